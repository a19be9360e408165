//! From bytes to text: UTF-8 or Windows-1251 (the Bureau's two encodings), detected or named.
//! A refusal names the encoding it tried.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1251};

/// Parses `--encoding`: `utf-8` or `windows-1251` (and the WHATWG labels of either: `cp1251`).
pub fn encoding_by_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).filter(|e| *e == UTF_8 || *e == WINDOWS_1251)
}

/// Decodes an export. With `forced`, that encoding or a refusal; otherwise a byte-order mark
/// decides, then valid UTF-8 is UTF-8 and anything else is read as Windows-1251 when it reads
/// as Cyrillic text (else refused). Returns the text (without BOM) and the encoding's name.
pub fn decode(
    bytes: Vec<u8>,
    forced: Option<&'static Encoding>,
) -> Result<(String, &'static str), String> {
    let (bom, bom_len) = match Encoding::for_bom(&bytes) {
        Some((e, n)) => (Some(e), n),
        None => (None, 0),
    };
    if let (Some(f), Some(b)) = (forced, bom) {
        if f != b {
            return Err(format!(
                "--encoding {} given, but the file starts with a {} byte-order mark",
                f.name(),
                b.name()
            ));
        }
    }
    let enc = forced.or(bom);
    let body = &bytes[bom_len..];
    match enc {
        Some(e) if e == UTF_8 || e == WINDOWS_1251 => strict(body, e),
        Some(e) => Err(format!(
            "the file is {} (by its byte-order mark); exports are read as UTF-8 or Windows-1251",
            e.name()
        )),
        // Valid UTF-8 with no byte-order mark: the bytes become the text, no copy (a 50 MB
        // export is held once).
        None if std::str::from_utf8(body).is_ok() && bom_len == 0 => String::from_utf8(bytes)
            .map(|s| (s, UTF_8.name()))
            .map_err(|e| e.to_string()),
        None => match std::str::from_utf8(body) {
            Ok(s) => Ok((s.to_owned(), UTF_8.name())),
            Err(utf8) => {
                let (text, name) = strict(body, WINDOWS_1251)?;
                if looks_cyrillic(&text) {
                    Ok((text, name))
                } else {
                    Err(format!(
                        "not UTF-8 (invalid byte at offset {}) and not Windows-1251 Cyrillic text; give --encoding",
                        utf8.valid_up_to()
                    ))
                }
            }
        },
    }
}

fn strict(body: &[u8], e: &'static Encoding) -> Result<(String, &'static str), String> {
    e.decode_without_bom_handling_and_without_replacement(body)
        .map(|t| (t.into_owned(), e.name()))
        .ok_or_else(|| {
            let at = if e == UTF_8 {
                std::str::from_utf8(body).err().map_or(0, |x| x.valid_up_to())
            } else {
                0
            };
            format!("the file is not valid {} (first bad byte at offset {at}); try --encoding with the other of utf-8 and windows-1251", e.name())
        })
}

/// Windows-1251 text of an export: most letters Cyrillic, few C1 or unusual symbols.
fn looks_cyrillic(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let cyrillic = text
        .chars()
        .filter(|c| ('\u{400}'..='\u{4ff}').contains(c))
        .count();
    let odd = text
        .chars()
        .filter(|c| !c.is_ascii() && !('\u{400}'..='\u{4ff}').contains(c) && !"«»–—№ ".contains(*c))
        .count();
    letters > 0 && cyrillic * 2 >= letters && odd * 20 <= cyrillic
}

/// A name for matching: lower case, ё → е, only letters and digits (see the data crate's
/// `search::normalise`, which this is).
pub fn fold(s: &str) -> String {
    kz_iip_data::search::normalise(s)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn utf8_windows1251_and_boms() {
        let ru = "Индекс промышленного производства";
        let (cp, _, _) = WINDOWS_1251.encode(ru);
        assert_eq!(
            decode(cp.to_vec(), None),
            Ok((ru.to_owned(), "windows-1251"))
        );
        assert_eq!(
            decode(ru.as_bytes().to_vec(), None),
            Ok((ru.to_owned(), "UTF-8"))
        );
        let bom = [b"\xef\xbb\xbf".as_slice(), ru.as_bytes()].concat();
        assert_eq!(decode(bom.clone(), None), Ok((ru.to_owned(), "UTF-8")));
        let e = decode(cp.to_vec(), Some(UTF_8)).unwrap_err();
        assert!(e.contains("not valid UTF-8"), "{e}");
        let e = decode(b"\xff\xfeI\x00".to_vec(), None).unwrap_err();
        assert!(e.contains("UTF-16LE"), "{e}");
        assert!(decode(vec![0x80, 0x81, 0x82, 0x20, 0x41], None).is_err());
        assert_eq!(encoding_by_label("cp1251"), Some(WINDOWS_1251));
        assert_eq!(encoding_by_label("latin1"), None);
    }
}

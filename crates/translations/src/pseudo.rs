//! The pseudo-locale (QA only, never shipped): every text of the reference language accented
//! and about 40 % longer (vowels doubled, brackets), so that truncation, overflow and
//! hard-coded text show.

use crate::Part;

fn accent(c: char) -> char {
    match c {
        'a' => 'á',
        'e' => 'é',
        'i' => 'í',
        'o' => 'ö',
        'u' => 'ü',
        'y' => 'ý',
        'c' => 'ç',
        'n' => 'ñ',
        's' => 'š',
        'z' => 'ž',
        'A' => 'Å',
        'E' => 'É',
        'I' => 'Î',
        'O' => 'Ø',
        'U' => 'Û',
        'C' => 'Ç',
        'N' => 'Ñ',
        'S' => 'Š',
        'Z' => 'Ž',
        'g' => 'ğ',
        'r' => 'ř',
        'd' => 'đ',
        'l' => 'ł',
        't' => 'ţ',
        other => other,
    }
}

/// A text, accented and about 40 % longer: every vowel doubled (so words grow and still wrap
/// where the real ones do), in ⟦ ⟧ so that a cut end shows.
pub fn text(s: &str) -> String {
    if s.trim().is_empty() {
        return s.to_owned();
    }
    let mut out = String::from("⟦");
    for c in s.chars() {
        out.push(accent(c));
        if "aeiouyAEIOUY".contains(c) {
            out.push(accent(c));
        }
    }
    out.push('⟧');
    out
}

pub fn pattern(parts: &[Part]) -> Vec<Part> {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) => Part::Text(text(t)),
            Part::Var(v) => Part::Var(v.clone()),
            Part::Select(v, variants, d) => Part::Select(
                v.clone(),
                variants
                    .iter()
                    .map(|(k, p)| (k.clone(), pattern(p)))
                    .collect(),
                *d,
            ),
        })
        .collect()
}

//! Where in a JSON text a parse error happened, as a path (`regions[3].from`).
//!
//! serde_json reports a line and a column; the loader names the field. A small scanner walks
//! the text up to the error and keeps the stack of keys and indices. It replaces a generic
//! path-tracking deserializer that wrapped every raw type (≈ 70 KB of wasm) for the rare case
//! of a malformed file.

/// Parses JSON text into `T`; on failure, the field (`regions[3].from`, or `(top level)`) and
/// serde_json's message.
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    serde_json::from_str(text).map_err(|e| {
        let field = match path_at(text, offset_of(text, e.line(), e.column())) {
            p if p == "." => "(top level)".to_owned(),
            p => p,
        };
        (field, e.to_string())
    })
}

/// One level of nesting seen so far.
enum Frame {
    /// An object and the last key read in it.
    Object(Option<String>),
    /// An array and the index of the element being read.
    Array(usize),
}

/// The path of the value being read at byte `offset` of `text`: `a.b[2].c`, or `.` at the top.
pub fn path_at(text: &str, offset: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text.char_indices().take_while(|&(i, _)| i < offset);
    // A key is a string read where an object expects one (before its `:`).
    let mut want_key = false;
    while let Some((_, c)) = chars.next() {
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                want_key = true;
            }
            '[' => {
                stack.push(Frame::Array(0));
                want_key = false;
            }
            '}' | ']' => {
                stack.pop();
                want_key = false;
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(_)) => want_key = true,
                None => {}
            },
            ':' => want_key = false,
            '"' => {
                let mut s = String::new();
                let mut escaped = false;
                for (_, c) in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => {
                            escaped = false;
                            s.push(c);
                        }
                    }
                }
                if want_key {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        *key = Some(s);
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// The byte offset of a 1-based `line` and `column` (as serde_json reports them).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let t = r#"{"regions": [{"code": "1"}, {"code": "2", "from": "soon"}], "x": {"y": [1, [2, 3]]}}"#;
        let at = |needle: &str| path_at(t, t.find(needle).unwrap() + needle.len());
        assert_eq!(at(r#""soon""#), "regions[1].from");
        assert_eq!(at(r#""1""#), "regions[0].code");
        assert_eq!(at("3"), "x.y[1][1]");
        assert_eq!(path_at(t, 0), ".");
        assert_eq!(path_at(r#"{"a\"b": 1"#, 9), "a\"b");
    }

    #[test]
    fn offsets() {
        assert_eq!(offset_of("ab\ncd", 2, 2), 5);
        assert_eq!(offset_of("ab\ncd", 9, 9), 5);
    }
}

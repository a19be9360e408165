//! The pseudo-locale (QA only, never shipped): every text of the reference language accented
//! and about 40 % longer, in brackets, so that truncation, overflow and hard-coded text show.

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

/// A text, accented and padded by 40 % (vowels doubled, then tildes).
pub fn text(s: &str) -> String {
    if s.trim().is_empty() {
        return s.to_owned();
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let mut out: String = s.chars().map(accent).collect();
    let extra = (letters * 2).div_ceil(5);
    let pad: String = "~".repeat(extra);
    out = format!("⟦{out}{pad}⟧");
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

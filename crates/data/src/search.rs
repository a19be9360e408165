//! Finding regions by the names people type, in any of the three languages: the Bureau's
//! forms, common English forms ("North Kazakhstan"), abbreviations ("СКО"), former names
//! ("Nur-Sultan", "South Kazakhstan" → Turkistan).
//!
//! Matching is forgiving: case, punctuation and spaces are ignored, `ё` is `е`, and Kazakh
//! letters match their Russian look-alikes (`қ` = `к`, `ұ`/`ү` = `у` …), so "караганды" finds
//! "Қарағанды". A query matches a name when it starts the whole name or any of its words.

use super::model::{Db, Region};

/// How well a name matched (lower is better).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Quality {
    Exact,
    Prefix,
    WordPrefix,
}

/// The lower case of `c` for the alphabets the names are written in — Latin (ASCII, Latin-1,
/// Latin Extended-A) and Cyrillic (with Kazakh's letters and the Cyrillic Supplement) — and `c`
/// itself for any other character. The same as `char::to_lowercase` over those blocks (a test
/// checks every character; `İ` gives `i`, without the combining dot), without the standard
/// library's case tables for every script (#26: with the charts' typeface named by its variant,
/// no case table is left in either wasm — 8.6 KiB of the explorer's brotli, 5.0 of the widget's).
pub fn lower(c: char) -> char {
    let u = u32::from(c);
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x130 => 0x69,
        0x178 => 0xFF,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F
            if u % 2 == 0 =>
        {
            u + 1
        }
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// Whether a (lower-cased) character counts in a search: ASCII letters and digits, and any
/// other character but the Latin-1 signs and the general and CJK punctuation (dashes, quotes,
/// spaces).
fn counts(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || !(c.is_ascii()
            || matches!(u32::from(c), 0x80..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x206F | 0x3000..=0x303F))
}

/// A lower-case Kazakh letter or `ё` as its Russian look-alike (`қ` → `к`, `ұ`/`ү` → `у` …);
/// any other character as it is.
pub fn look_alike(c: char) -> char {
    match c {
        'ё' => 'е',
        'ә' => 'а',
        'ғ' => 'г',
        'қ' => 'к',
        'ң' => 'н',
        'ө' => 'о',
        'ұ' | 'ү' => 'у',
        'һ' => 'х',
        'і' => 'и',
        c => c,
    }
}

/// Lower-cases, folds Kazakh and `ё` to their Russian look-alikes and keeps letters and digits
/// (see [`counts`]).
pub fn normalise(s: &str) -> String {
    s.chars()
        .map(|c| look_alike(lower(c)))
        .filter(|&c| counts(c))
        .collect()
}

fn quality(name: &str, query: &str) -> Option<Quality> {
    let whole = normalise(name);
    if whole == query {
        return Some(Quality::Exact);
    }
    if whole.starts_with(query) {
        return Some(Quality::Prefix);
    }
    name.split(|c: char| c.is_whitespace() || c == '-' || c == '.')
        .map(normalise)
        .any(|w| !w.is_empty() && w.starts_with(query))
        .then_some(Quality::WordPrefix)
}

/// Every name a region answers to.
fn names(r: &Region) -> impl Iterator<Item = &str> {
    [
        Some(r.name_en.as_str()),
        Some(r.name_ru.as_str()),
        r.name_kk.as_deref(),
    ]
    .into_iter()
    .flatten()
    .chain(r.aliases.iter().map(String::as_str))
    .chain(std::iter::once(r.code.as_str()))
}

/// The regions matching `query`, best match first (then in file order). An empty query
/// matches every region.
pub fn regions<'a>(db: &'a Db, query: &str) -> Vec<&'a Region> {
    let q = normalise(query);
    if q.is_empty() {
        return db.regions.iter().collect();
    }
    let mut found: Vec<(Quality, usize, &Region)> = db
        .regions
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            names(r)
                .filter_map(|n| quality(n, &q))
                .min()
                .map(|m| (m, i, r))
        })
        .collect();
    super::sort::sort_by_key(&mut found, |&(m, i, _)| (m, i));
    found.into_iter().map(|(_, _, r)| r).collect()
}

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

/// Lower-cases, folds Kazakh and `ё` to their Russian look-alikes and keeps letters and digits.
pub fn normalise(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| {
            let c = match c {
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
            };
            c.is_alphanumeric().then_some(c)
        })
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

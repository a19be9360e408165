//! Text in the page's language. Its rooms:
//! - [`catalog`]: the messages, written by translators in `i18n/<lang>/*.ftl` (Project Fluent)
//!   and compiled by the build (`crates/translations`) into static tables; [`t`] gives a plain
//!   message, [`tr`] one with variables, plural forms and selectors;
//! - [`plural`]: CLDR's plural categories for the three languages;
//! - [`numbers`]: numbers in the language's decimal and group marks, the same on every target;
//! - [`names`]: regions, activities, products (their names live in the data files), statuses
//!   and units;
//! - [`phrases`]: text built from messages and data (titles by measure, notices, lineage notes,
//!   period names).
//!
//! Views never hold literal UI text.

pub mod catalog;
pub mod names;
pub mod numbers;
pub mod phrases;
pub mod plural;

pub use crate::state::Lang;
pub use catalog::Key;
pub use names::*;
pub use numbers::*;
pub use phrases::*;

use catalog::{END, KEY, PATTERN, SELECT, VAR};

/// A plain message (no variables) in `lang`. A message with variables is [`tr`]'s.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let s = catalog::message(lang, key);
    if catalog::is_plain(s) {
        s
    } else {
        ""
    }
}

/// A message's variable value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text placed as it is (a name, a year, a formatted value).
    Str(&'a str),
    /// A count: written in the language's number format, and chooses plural forms.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Self::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Self::Str(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Self::Num(n as f64)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Self::Num(n)
    }
}

/// A message with its variables filled in: `tr(lang, Key::TableRows, &[("count", 3.into())])`
/// → "3 строки". A variable the call does not give is written `{$name}` (a visible bug).
pub fn tr(lang: Lang, key: Key, args: &[(&str, Arg<'_>)]) -> String {
    let mut out = String::new();
    write(lang, catalog::message(lang, key), args, &mut out);
    out
}

/// Every text of a message, all variants included, variables as `{$name}` (for checks).
pub fn all_text(lang: Lang, key: Key) -> String {
    catalog::message(lang, key)
        .chars()
        .map(|c| match c {
            VAR => "{$".to_owned(),
            END => "} ".to_owned(),
            SELECT | KEY | PATTERN => " ".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// Up to the next `stop` marker at this nesting level: (before, after the marker).
fn split_at_level<'a>(s: &'a str, stops: &[char]) -> (&'a str, &'a str) {
    let mut depth = 0usize;
    for (i, c) in s.char_indices() {
        if depth == 0 && stops.contains(&c) {
            return (&s[..i], &s[i..]);
        }
        match c {
            SELECT | VAR => depth += 1,
            END => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    (s, "")
}

/// Writes an encoded message (see [`catalog`]).
fn write(lang: Lang, mut s: &str, args: &[(&str, Arg<'_>)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    while !s.is_empty() {
        let (text, rest) = split_at_level(s, &[VAR, SELECT]);
        out.push_str(text);
        let mut chars = rest.chars();
        match chars.next() {
            Some(VAR) => {
                let (name, after) = chars
                    .as_str()
                    .split_once(END)
                    .unwrap_or((chars.as_str(), ""));
                match arg(name) {
                    Some(Arg::Str(v)) => out.push_str(v),
                    Some(Arg::Num(n)) => out.push_str(&numbers::fmt_count(lang, n)),
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                s = after;
            }
            Some(SELECT) => {
                let body = chars.as_str();
                let (var, mut rest) = body.split_once(KEY).unwrap_or((body, ""));
                // The variants: key, pattern; until this select's END.
                let mut variants: Vec<(&str, &str)> = Vec::new();
                loop {
                    let (key, after_key) = rest.split_once(PATTERN).unwrap_or((rest, ""));
                    let (pattern, after) = split_at_level(after_key, &[KEY, END]);
                    variants.push((key, pattern));
                    let mut c = after.chars();
                    match c.next() {
                        Some(KEY) => rest = c.as_str(),
                        _ => {
                            s = c.as_str();
                            break;
                        }
                    }
                }
                let key_is = |k: &str, want: &str| k.trim_start_matches('*') == want;
                let chosen = match arg(var) {
                    Some(Arg::Str(v)) => variants.iter().find(|(k, _)| key_is(k, v)),
                    Some(Arg::Num(n)) => {
                        // An exact number (`[0]`) first, then the plural category.
                        let exact =
                            (n.fract() == 0.0 && n.abs() < 1e15).then(|| format!("{}", n as i64));
                        let cat = plural::category(lang, n);
                        variants
                            .iter()
                            .find(|(k, _)| exact.as_deref().is_some_and(|e| key_is(k, e)))
                            .or_else(|| variants.iter().find(|(k, _)| key_is(k, cat)))
                    }
                    None => None,
                };
                let chosen = chosen.or_else(|| variants.iter().find(|(k, _)| k.starts_with('*')));
                if let Some((_, p)) = chosen {
                    write(lang, p, args, out);
                }
            }
            _ => s = "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_and_plain_ones_are_plain_everywhere() {
        for key in Key::ALL {
            let plain: Vec<bool> = [Lang::En, Lang::Ru, Lang::Kk]
                .iter()
                .map(|l| catalog::is_plain(catalog::message(*l, *key)))
                .collect();
            assert!(plain.iter().all(|p| *p == plain[0]), "{key:?}");
            assert!(!catalog::message(Lang::Kk, *key).is_empty(), "{key:?}");
        }
        assert!(Key::ALL.len() >= 200);
        assert_eq!(
            t(Lang::En, Key::AppTitle),
            "Kazakhstan Industrial Production Explorer"
        );
    }

    #[test]
    fn table_rows_by_plural_rules() {
        let rows = |lang, n: usize| tr(lang, Key::TableRows, &[("count", n.into())]);
        assert_eq!(rows(Lang::Ru, 1), "1 строка");
        assert_eq!(rows(Lang::Ru, 3), "3 строки");
        assert_eq!(rows(Lang::Ru, 20), "20 строк");
        assert_eq!(rows(Lang::Ru, 21), "21 строка");
        assert_eq!(rows(Lang::En, 1), "1 row");
        assert_eq!(rows(Lang::En, 3), "3 rows");
        assert_eq!(rows(Lang::Kk, 3), "3 жол");
        assert_eq!(rows(Lang::Ru, 1597), "1\u{a0}597 строк");
    }

    #[test]
    fn selectors_by_measure_and_currency() {
        let title = |m: &str, c: &str| {
            tr(
                Lang::En,
                Key::TrendTitle,
                &[
                    ("measure", m.into()),
                    ("currency", c.into()),
                    ("base", "2015".into()),
                ],
            )
        };
        assert!(title("iip", "kzt").contains("% of the previous year"));
        assert!(title("level", "kzt").contains("(2015 = 100)"));
        assert!(title("volume", "usd").contains("US dollars"));
        assert!(title("volume", "kzt").contains("billion tenge"));
        // A missing variable shows, never panics.
        assert!(tr(Lang::En, Key::NoRegionMatches, &[]).contains("{$query}"));
    }
}

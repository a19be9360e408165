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

use catalog::{Part, Pattern};

/// A message's pattern in `lang`.
fn pattern(lang: Lang, key: Key) -> Pattern {
    let table: &[Pattern] = match lang {
        Lang::En => &catalog::EN,
        Lang::Ru => &catalog::RU,
        Lang::Kk => &catalog::KK,
    };
    table.get(key as usize).copied().unwrap_or(&[])
}

/// A plain message (no variables) in `lang`. A message with variables is [`tr`]'s.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match pattern(lang, key) {
        [Part::Text(s)] => s,
        _ => "",
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
    write(lang, pattern(lang, key), args, &mut out);
    out
}

/// Every text of a message, all variants included, variables as `{$name}` (for checks).
pub fn all_text(lang: Lang, key: Key) -> String {
    fn walk(parts: &[Part], out: &mut String) {
        for p in parts {
            match p {
                Part::Text(s) => out.push_str(s),
                Part::Var(v) => {
                    out.push_str("{$");
                    out.push_str(v);
                    out.push('}');
                }
                Part::Select(_, variants, _) => {
                    for (_, v) in *variants {
                        walk(v, out);
                        out.push(' ');
                    }
                }
            }
        }
    }
    let mut out = String::new();
    walk(pattern(lang, key), &mut out);
    out
}

fn write(lang: Lang, parts: &[Part], args: &[(&str, Arg<'_>)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
    for part in parts {
        match part {
            Part::Text(s) => out.push_str(s),
            Part::Var(name) => match arg(name) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&numbers::fmt_count(lang, n)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Part::Select(name, variants, default) => {
                let chosen = match arg(name) {
                    Some(Arg::Str(s)) => variants.iter().find(|(k, _)| *k == s),
                    Some(Arg::Num(n)) => variants
                        .iter()
                        .find(|(k, _)| k.parse::<f64>().is_ok_and(|x| x == n))
                        .or_else(|| {
                            let cat = plural::category(lang, n);
                            variants.iter().find(|(k, _)| *k == cat)
                        }),
                    None => None,
                };
                let (_, p) = chosen
                    .or_else(|| variants.get(*default))
                    .copied()
                    .unwrap_or(("", &[]));
                write(lang, p, args, out);
            }
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
                .map(|l| matches!(pattern(*l, *key), [Part::Text(_)]))
                .collect();
            assert!(plain.iter().all(|p| *p == plain[0]), "{key:?}");
            assert!(!pattern(Lang::Kk, *key).is_empty(), "{key:?}");
        }
        assert!(Key::ALL.len() >= 200);
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

//! The composition family: stacked 100 % bars of mining, manufacturing and the rest, one per
//! period, from a value table.

pub mod draw;
pub mod interact;

use crate::data::Db;
use crate::i18n::{self, Key, Lang};
use crate::table::{self, Table};

/// One row of the composition chart: shares adding up to 100.
#[derive(Clone, Debug, PartialEq)]
pub struct CompositionRow {
    pub label: String,
    /// Mining, manufacturing, rest (per cent).
    pub parts: [f64; 3],
}

/// Stacked 100 % bars, one per period.
#[derive(Clone, Debug, PartialEq)]
pub struct CompositionSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub x_label: String,
    pub part_names: [String; 3],
    pub rows: Vec<CompositionRow>,
}

/// Shares of mining, manufacturing and the rest, one row per period with both shares.
pub fn composition(db: &Db, lang: Lang) -> CompositionSpec {
    composition_of(lang, &table::composition(db))
}

/// [`composition`] from its table.
pub fn composition_of(lang: Lang, table: &Table<'_>) -> CompositionSpec {
    let share = |col: usize, row: usize| {
        table
            .columns
            .get(col)
            .and_then(|c| c.cells.get(row))
            .and_then(|(_, e)| e.as_ref().ok())
            .map_or(0.0, |v| v.shown)
    };
    let rows = table
        .periods()
        .into_iter()
        .enumerate()
        .map(|(i, p)| CompositionRow {
            label: i18n::period_name(lang, p),
            parts: [share(0, i), share(1, i), share(2, i)],
        })
        .collect();
    CompositionSpec {
        lang,
        title: i18n::t(lang, Key::CompositionTitle).to_owned(),
        x_label: i18n::t(lang, Key::ShareAxis).to_owned(),
        part_names: [Key::Mining, Key::Manufacturing, Key::Rest]
            .map(|k| i18n::t(lang, k).to_owned()),
        rows,
    }
}

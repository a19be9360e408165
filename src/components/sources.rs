//! Which sources stand behind each chart for a selection: shared by the explorer's panels and
//! the widget, so both cite the same sources.

use crate::charts::kinds::{self, Kind};
use crate::charts::spec::rate_notes;
use crate::data::{Db, Period};
use crate::i18n::Lang;
use crate::state::widget::ChartKind;
use crate::state::Filters;
use crate::table::{self, Table};

pub use super::source_note::SourceItem;

/// The sources a chart kind's view cites for its table ([`Kind::cites`]): every source its
/// values stand on, with the status they are cited with (a chained level's every IIP back to the
/// base, a dollar value's rate).
pub fn cited(db: &Db, kind: &Kind, f: &Filters, t: &Table<'_>) -> Vec<SourceItem> {
    SourceItem::cited(db, kind.cites(db, f, t))
}

/// The sources of a chart kind for a selection (builds its table).
pub fn for_kind(db: &Db, kind: ChartKind, f: &Filters) -> Vec<SourceItem> {
    let k = kinds::of(kind);
    cited(db, k, f, &(k.table)(db, f))
}

/// How the dollars of a view were obtained (the rate of each of its periods, or "no rate"),
/// when its table is in dollars; else nothing. For the table note and the chart's source line.
pub fn dollar_notes(db: &Db, lang: Lang, t: &Table<'_>) -> Vec<String> {
    if t.unit != table::Unit::MlnUsd {
        return Vec::new();
    }
    let mut periods: Vec<Period> = Vec::new();
    for c in t.columns.iter().chain(&t.reference) {
        for (p, _) in &c.cells {
            if !periods.contains(p) {
                periods.push(*p);
            }
        }
    }
    rate_notes(db, lang, periods)
}

/// One line naming the sources of a chart (for exported images): the first two in full, then
/// a count.
pub fn source_line(lang: Lang, items: &[SourceItem]) -> String {
    let mut parts: Vec<String> = items
        .iter()
        .take(2)
        .map(|s| {
            let title = if s.described {
                format!("[{}]", s.title)
            } else {
                s.title.clone()
            };
            format!(
                "{title} — {} ({})",
                s.publisher,
                crate::i18n::status_name(lang, s.status)
            )
        })
        .collect();
    if items.len() > 2 {
        parts.push(format!(
            "{} {}",
            items.len() - 2,
            crate::i18n::t(lang, crate::i18n::Key::MoreSources)
        ));
    }
    format!(
        "{}: {}",
        crate::i18n::t(lang, crate::i18n::Key::SourceLine),
        parts.join("; ")
    )
}

/// Notes under a chart of one year (ranking, map): values left out, how dollars were
/// obtained, and the formula of a derived measure — all of the view's table.
pub fn year_notes(db: &Db, lang: Lang, f: &Filters, t: &Table<'_>) -> Vec<String> {
    let formula = match t.unit {
        table::Unit::Level { .. } => Some(crate::i18n::Key::LevelFormula),
        table::Unit::GrowthPct { .. } => Some(crate::i18n::Key::GrowthFormula),
        _ => None,
    };
    db.omitted
        .iter()
        .filter(|o| o.indicator == f.measure.indicator() && o.period.year == f.year)
        .map(|o| super::panels::trend_panel::omitted_note(db, lang, o))
        .chain(dollar_notes(db, lang, t))
        .chain(formula.map(|k| crate::i18n::t(lang, k).to_owned()))
        .collect()
}

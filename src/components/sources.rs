//! Which sources stand behind each chart for a selection: shared by the explorer's panels and
//! the widget, so both cite the same sources.

use crate::charts::spec::rate_notes;
use crate::data::select::activity_values;
use crate::data::{Db, Period, RegionCode};
use crate::i18n::Lang;
use crate::state::{Currency, Filters, Measure};
use crate::table::{self, Table};

pub use super::source_note::SourceItem;

/// The sources of a view's table: every source its values stand on, with the status they are
/// cited with (a chained level's every IIP back to the base, a dollar value's rate).
pub fn of_table(db: &Db, table: &Table<'_>) -> Vec<SourceItem> {
    SourceItem::cited(db, table.sources(db))
}

/// Sources of the trend chart ([`table::trend`]).
pub fn for_trend(db: &Db, f: &Filters) -> Vec<SourceItem> {
    of_table(db, &table::trend(db, f))
}

/// Sources of the ranking ([`table::ranking`]).
pub fn for_ranking(db: &Db, f: &Filters) -> Vec<SourceItem> {
    of_table(db, &table::ranking(db, f))
}

/// Sources of the map ([`table::map`]).
pub fn for_map(db: &Db, f: &Filters) -> Vec<SourceItem> {
    of_table(db, &table::map(db, f))
}

/// Sources of the activity view: the period's values, and every value of the activity.
pub fn for_activity(db: &Db, f: &Filters) -> Vec<SourceItem> {
    let republic = RegionCode::republic();
    let mut obs: Vec<_> = activity_values(db, f.period)
        .into_iter()
        .map(|(_, o)| o)
        .collect();
    obs.extend(
        db.observations
            .iter()
            .filter(|o| o.geo == republic && o.activity == f.activity),
    );
    SourceItem::collect(db, obs)
}

/// Sources of the composition ([`table::composition`]).
pub fn for_composition(db: &Db) -> Vec<SourceItem> {
    of_table(db, &table::composition(db))
}

/// How the dollars of a view were obtained (the rate of each period, or "no rate"), when it
/// shows volumes in dollars; else nothing. For the table note and the chart's source line.
pub fn dollar_notes(
    db: &Db,
    f: &Filters,
    lang: Lang,
    periods: impl IntoIterator<Item = Period>,
) -> Vec<String> {
    if f.measure == Measure::Volume && f.currency == Currency::Usd {
        rate_notes(db, lang, periods)
    } else {
        Vec::new()
    }
}

/// The years of the trend chart, as periods.
pub fn trend_periods(f: &Filters) -> impl Iterator<Item = Period> {
    (f.from..=f.to).map(Period::year)
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
/// obtained, and for the level measure the formula (`formula`).
pub fn year_notes(db: &Db, lang: Lang, f: &Filters, formula: crate::i18n::Key) -> Vec<String> {
    db.omitted
        .iter()
        .filter(|o| o.indicator == f.measure.indicator() && o.period.year == f.year)
        .map(|o| super::trend_panel::omitted_note(db, lang, o))
        .chain(dollar_notes(db, f, lang, [Period::year(f.year)]))
        .chain((f.measure == Measure::Level).then(|| crate::i18n::t(lang, formula).to_owned()))
        .collect()
}

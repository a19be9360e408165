//! Which sources stand behind each chart for a selection: shared by the explorer's panels and
//! the widget, so both cite the same sources.

use crate::charts::spec::rate_notes;
use crate::data::select::{self, activity_values, compositions, series, Cell};
use crate::data::{index, Db, Period, PeriodType, RegionCode};
use crate::i18n::Lang;
use crate::state::{Currency, Filters, Measure};

use super::source_note::SourceItem;

/// Sources of the trend chart: every value of the selected units and years; for the
/// chain-linked level, every IIP between the base and each year shown (a level is built from
/// all of them).
pub fn for_trend(db: &Db, f: &Filters) -> Vec<SourceItem> {
    if f.measure == Measure::Level {
        let obs = f
            .regions
            .iter()
            .flat_map(|c| index::level_sources(db, c, f.from, f.to, f.base));
        return SourceItem::collect(db, obs);
    }
    let ind = f.measure.indicator();
    let obs = f.regions.iter().flat_map(|c| {
        series(db, c, &f.activity, ind, PeriodType::Year, (f.from, f.to))
            .into_iter()
            .filter_map(|p| p.1.ok())
    });
    SourceItem::collect(db, obs)
}

/// Sources of the ranking and the map: every unit of the year, and the Republic; for the level
/// measure (cumulative growth, chained levels) every IIP between the base and the year.
pub fn for_ranking(db: &Db, f: &Filters) -> Vec<SourceItem> {
    let period = Period::year(f.year);
    let ind = f.measure.indicator();
    let units = db
        .regions
        .iter()
        .filter(|r| r.exists_in(f.year) || r.code.is_republic());
    if f.measure == Measure::Level {
        let obs = units.flat_map(|r| index::level_sources(db, &r.code, f.year, f.year, f.base));
        return SourceItem::collect(db, obs.collect::<Vec<_>>());
    }
    let obs = units.filter_map(|r| select::best(db, &Cell::total(&r.code, ind, period)));
    SourceItem::collect(db, obs)
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

/// Sources of the composition: the shares and volumes behind every row.
pub fn for_composition(db: &Db) -> Vec<SourceItem> {
    let all = compositions(db);
    let obs = all.iter().flat_map(|c| {
        [
            Some(c.mining.from),
            c.mining.derived_from_total,
            Some(c.manufacturing.from),
            c.manufacturing.derived_from_total,
        ]
        .into_iter()
        .flatten()
    });
    SourceItem::collect(db, obs)
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

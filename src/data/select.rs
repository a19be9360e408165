//! Selection: pure functions from the validated [`Db`] to the rows a chart or table shows.
//!
//! The one rule for a cell with several published values: the highest [`Status`] wins, then the
//! dataset with the higher priority, then the later file. All values stay reachable through
//! [`releases`].

use super::model::{Db, Indicator, Observation, Period, Region, RegionCode, RegionKind};

/// Every published value of a cell, best first.
pub fn releases<'a>(
    db: &'a Db,
    geo: &RegionCode,
    indicator: Indicator,
    period: Period,
) -> Vec<&'a Observation> {
    let mut v: Vec<&Observation> = db
        .observations
        .iter()
        .filter(|o| &o.geo == geo && o.indicator == indicator && o.period == period)
        .collect();
    v.sort_by_key(|o| std::cmp::Reverse(rank(db, o)));
    v
}

fn rank(db: &Db, o: &Observation) -> (crate::data::Status, u8, usize) {
    let priority = db.datasets.get(o.dataset).map_or(0, |d| d.priority);
    (o.status, priority, o.dataset)
}

/// The value shown for a cell, if any source gives one.
pub fn best<'a>(
    db: &'a Db,
    geo: &RegionCode,
    indicator: Indicator,
    period: Period,
) -> Option<&'a Observation> {
    releases(db, geo, indicator, period).into_iter().next()
}

/// Why a cell of a series has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The unit did not exist (with this code) in that year.
    NotExisting,
    /// A value was published but left out as known-bad (see [`Db::omitted`]).
    Omitted,
    /// No source found gives a value.
    NoData,
}

/// One year of a series: the shown observation, or why there is none.
pub type Point<'a> = (i32, Result<&'a Observation, Gap>);

/// A region's annual series over `from..=to`, one entry per year, gaps included.
pub fn annual_series<'a>(
    db: &'a Db,
    geo: &RegionCode,
    indicator: Indicator,
    from: i32,
    to: i32,
) -> Vec<Point<'a>> {
    let region = db.region(geo);
    (from..=to)
        .map(|year| {
            let period = Period::year(year);
            if region.is_some_and(|r| !r.exists_in(year)) {
                return (year, Err(Gap::NotExisting));
            }
            match best(db, geo, indicator, period) {
                Some(o) => (year, Ok(o)),
                None if is_omitted(db, geo, indicator, period) => (year, Err(Gap::Omitted)),
                None => (year, Err(Gap::NoData)),
            }
        })
        .collect()
}

fn is_omitted(db: &Db, geo: &RegionCode, indicator: Indicator, period: Period) -> bool {
    db.omitted
        .iter()
        .any(|o| &o.geo == geo && o.indicator == indicator && o.period == period)
}

/// All sub-national units that existed in `year`, with their value (if any), sorted by value,
/// highest first; units without a value follow in file order.
pub fn ranking(db: &Db, indicator: Indicator, year: i32) -> Vec<(&Region, Option<&Observation>)> {
    let period = Period::year(year);
    let mut rows: Vec<_> = db
        .regions
        .iter()
        .filter(|r| r.kind != RegionKind::Country && r.exists_in(year))
        .map(|r| (r, best(db, &r.code, indicator, period)))
        .collect();
    rows.sort_by(|(_, a), (_, b)| match (a, b) {
        (Some(a), Some(b)) => b.value.total_cmp(&a.value),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows
}

/// Years (ascending) in which any sub-national unit has a value of `indicator`.
pub fn years_with_data(db: &Db, indicator: Indicator) -> Vec<i32> {
    let mut years: Vec<i32> = db
        .observations
        .iter()
        .filter(|o| o.indicator == indicator && !o.geo.is_republic())
        .map(|o| o.period.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The distinct sources behind a set of observations, in first-use order.
pub fn sources_of<'a>(
    db: &'a Db,
    obs: impl IntoIterator<Item = &'a Observation>,
) -> Vec<(&'a crate::data::Source, crate::data::Status)> {
    let mut out: Vec<(&crate::data::Source, crate::data::Status)> = Vec::new();
    for o in obs {
        if let Some(s) = db.source(&o.source) {
            if !out.iter().any(|(x, st)| x.id == s.id && *st == o.status) {
                out.push((s, o.status));
            }
        }
    }
    out
}

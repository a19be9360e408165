//! Selection: pure functions from the validated [`Db`] to the rows a chart or table shows.
//!
//! The one rule for a cell with several published values (releases): the highest [`Status`]
//! wins, then the dataset with the higher priority, then the later file, then the later
//! release date (the import tool's releases share one file). All values stay
//! reachable through [`releases`] and [`history`] (oldest first: preliminary → revised).
//! Periods of different types are never mixed: every series here has one [`PeriodType`].

use std::cmp::Reverse;

use super::model::{
    Activity, ActivityCode, Date, Db, Indicator, Observation, Period, PeriodType, Rate, Region,
    RegionCode, RegionKind, Status,
};

/// One cell: geo × activity × indicator × period.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Cell {
    pub geo: RegionCode,
    pub activity: ActivityCode,
    pub indicator: Indicator,
    pub period: Period,
}

impl Cell {
    pub fn new(
        geo: &RegionCode,
        activity: &ActivityCode,
        indicator: Indicator,
        period: Period,
    ) -> Self {
        Self {
            geo: geo.clone(),
            activity: activity.clone(),
            indicator,
            period,
        }
    }

    /// The cell an observation belongs to.
    pub fn of(o: &Observation) -> Self {
        Self::new(&o.geo, &o.activity, o.indicator, o.period)
    }

    /// A total-industry cell.
    pub fn total(geo: &RegionCode, indicator: Indicator, period: Period) -> Self {
        Self::new(geo, &ActivityCode::total(), indicator, period)
    }

    fn matches(&self, o: &Observation) -> bool {
        o.geo == self.geo
            && o.activity == self.activity
            && o.indicator == self.indicator
            && o.period == self.period
    }
}

/// Every published value of a cell, best first.
pub fn releases<'a>(db: &'a Db, key: &Cell) -> Vec<&'a Observation> {
    let k = (
        key.geo.clone(),
        key.activity.clone(),
        key.indicator,
        key.period,
    );
    let mut v: Vec<&Observation> = match db.cells.get(&k) {
        Some(ix) => ix.iter().filter_map(|&i| db.observations.get(i)).collect(),
        // A Db built by hand (not by `load`) has no index: scan.
        None if db.cells.is_empty() => db.observations.iter().filter(|o| key.matches(o)).collect(),
        None => Vec::new(),
    };
    super::sort::sort_by_key(&mut v, |o| Reverse(rank(db, o)));
    v
}

fn rank(db: &Db, o: &Observation) -> (Status, u8, usize, Option<Date>) {
    let priority = db.datasets.get(o.dataset).map_or(0, |d| d.priority);
    // Within one file (the import tool's releases), the later release wins.
    let date = o.published(db).and_then(Date::parse);
    (o.status, priority, o.dataset, date)
}

/// The value shown for a cell, if any source gives one.
pub fn best<'a>(db: &'a Db, key: &Cell) -> Option<&'a Observation> {
    releases(db, key).into_iter().next()
}

/// The releases of a cell in the order they were published: preliminary first, the shown
/// (revised) value last. Undated releases sort by status.
pub fn history<'a>(db: &'a Db, key: &Cell) -> Vec<&'a Observation> {
    let mut v = releases(db, key);
    v.reverse();
    super::sort::sort_by_key(&mut v, |o| {
        (o.status, o.published(db).and_then(Date::parse))
    });
    v
}

/// Whether the shown value of a cell revises an earlier, different release (a lower status,
/// or the same status with another value). Two copies of one table are not a revision, even
/// when one is rounded more coarsely (see [`same_figure`]).
pub fn is_revised(db: &Db, key: &Cell) -> bool {
    let rel = releases(db, key);
    let Some(shown) = rel.first() else {
        return false;
    };
    rel[1..]
        .iter()
        .any(|o| o.status < shown.status || !same_figure(o.indicator, o.value, shown.value))
}

/// Whether two published values are the same figure up to rounding: indices and shares are
/// published to 0.1, volumes to a whole million tenge at the finest.
pub fn same_figure(indicator: Indicator, a: f64, b: f64) -> bool {
    let half_unit = match indicator {
        Indicator::Iip | Indicator::Share => 0.05,
        Indicator::Volume => 0.5,
    };
    (a - b).abs() < half_unit + 1e-9
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
    /// The sources give activities for the Republic only, not by region.
    NotByRegion,
}

/// One year of a series: the shown observation, or why there is none.
pub type Point<'a> = (i32, Result<&'a Observation, Gap>);

/// A unit's series of one activity and one period type over `from..=to`, one entry per year,
/// gaps included.
pub fn series<'a>(
    db: &'a Db,
    geo: &RegionCode,
    activity: &ActivityCode,
    indicator: Indicator,
    kind: PeriodType,
    (from, to): (i32, i32),
) -> Vec<Point<'a>> {
    let region = db.region(geo);
    (from..=to)
        .map(|year| {
            let period = Period { year, kind };
            if region.is_some_and(|r| !r.exists_in(year)) {
                return (year, Err(Gap::NotExisting));
            }
            let key = Cell::new(geo, activity, indicator, period);
            match best(db, &key) {
                Some(o) => (year, Ok(o)),
                None if !activity.is_total() && !geo.is_republic() => (year, Err(Gap::NotByRegion)),
                None if is_omitted(db, &key) => (year, Err(Gap::Omitted)),
                None => (year, Err(Gap::NoData)),
            }
        })
        .collect()
}

/// A unit's annual total-industry series.
pub fn annual_series<'a>(
    db: &'a Db,
    geo: &RegionCode,
    indicator: Indicator,
    from: i32,
    to: i32,
) -> Vec<Point<'a>> {
    series(
        db,
        geo,
        &ActivityCode::total(),
        indicator,
        PeriodType::Year,
        (from, to),
    )
}

fn is_omitted(db: &Db, key: &Cell) -> bool {
    key.activity.is_total()
        && db
            .omitted
            .iter()
            .any(|o| o.geo == key.geo && o.indicator == key.indicator && o.period == key.period)
}

/// All sub-national units that existed in `year`, with their total-industry value (if any),
/// sorted by value, highest first; units without a value follow in file order.
pub fn ranking(db: &Db, indicator: Indicator, year: i32) -> Vec<(&Region, Option<&Observation>)> {
    let period = Period::year(year);
    let mut rows: Vec<_> = db
        .regions
        .iter()
        .filter(|r| r.kind != RegionKind::Country && r.exists_in(year))
        .map(|r| (r, best(db, &Cell::total(&r.code, indicator, period))))
        .collect();
    super::sort::sort_by(&mut rows, |(_, a), (_, b)| match (a, b) {
        (Some(a), Some(b)) => b.value.total_cmp(&a.value),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    rows
}

/// Years (ascending) in which any sub-national unit has an annual value of `indicator`.
pub fn years_with_data(db: &Db, indicator: Indicator) -> Vec<i32> {
    let mut years: Vec<i32> = db
        .observations
        .iter()
        .filter(|o| {
            o.indicator == indicator && !o.geo.is_republic() && o.period.kind == PeriodType::Year
        })
        .map(|o| o.period.year)
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Periods (newest first) with a Republic IIP for some activity other than the total: the
/// periods the activity view offers.
pub fn activity_periods(db: &Db) -> Vec<Period> {
    let mut v: Vec<Period> = db
        .observations
        .iter()
        .filter(|o| o.geo.is_republic() && o.indicator == Indicator::Iip && !o.activity.is_total())
        .map(|o| o.period)
        .collect();
    super::sort::sort_by_key(&mut v, |p| Reverse((p.end_index(), p.kind)));
    v.dedup();
    v
}

/// The Republic's IIP of every activity in `period`, in tree order, only where a value exists.
pub fn activity_values(db: &Db, period: Period) -> Vec<(&Activity, &Observation)> {
    let republic = RegionCode::republic();
    db.activities
        .iter()
        .filter_map(|a| {
            let key = Cell::new(&republic, &a.code, Indicator::Iip, period);
            best(db, &key).map(|o| (a, o))
        })
        .collect()
}

/// Every period (newest first) with any Republic value for `activity`.
pub fn periods_of(db: &Db, activity: &ActivityCode) -> Vec<Period> {
    let mut v: Vec<Period> = db
        .observations
        .iter()
        .filter(|o| o.geo.is_republic() && &o.activity == activity)
        .map(|o| o.period)
        .collect();
    super::sort::sort_by_key(&mut v, |p| Reverse((p.end_index(), p.kind)));
    v.dedup();
    v
}

/// Years with a Republic value of `activity`/`indicator` for periods of type `kind`.
pub fn years_of_type(
    db: &Db,
    activity: &ActivityCode,
    indicator: Indicator,
    kind: PeriodType,
) -> Vec<i32> {
    let mut v: Vec<i32> = db
        .observations
        .iter()
        .filter(|o| {
            o.geo.is_republic()
                && &o.activity == activity
                && o.indicator == indicator
                && o.period.kind == kind
        })
        .map(|o| o.period.year)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A share of total output: as a source states it, or derived from two stated volumes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Share<'a> {
    pub percent: f64,
    /// The stated share, or the activity volume the share was derived from.
    pub from: &'a Observation,
    /// `Some(total volume)` when derived (activity volume ÷ total volume).
    pub derived_from_total: Option<&'a Observation>,
}

impl Share<'_> {
    /// The weakest status of what the share is built from (a derived share is no more official
    /// than its volumes).
    pub fn status(&self) -> Status {
        self.derived_from_total
            .map_or(self.from.status, |t| self.from.status.min(t.status))
    }
}

/// The share of `activity` in total output in `period`: stated if a source gives it, else
/// derived from the activity's and the total's volumes of the same period.
pub fn share<'a>(db: &'a Db, activity: &ActivityCode, period: Period) -> Option<Share<'a>> {
    let republic = RegionCode::republic();
    if let Some(o) = best(
        db,
        &Cell::new(&republic, activity, Indicator::Share, period),
    ) {
        return Some(Share {
            percent: o.value,
            from: o,
            derived_from_total: None,
        });
    }
    let part = best(
        db,
        &Cell::new(&republic, activity, Indicator::Volume, period),
    )?;
    let total = best(db, &Cell::total(&republic, Indicator::Volume, period))?;
    Some(Share {
        percent: part.value / total.value * 100.0,
        from: part,
        derived_from_total: Some(total),
    })
}

/// Mining (B), manufacturing (C) and the rest of industry in total output for one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Composition<'a> {
    pub period: Period,
    pub mining: Share<'a>,
    pub manufacturing: Share<'a>,
    /// 100 − mining − manufacturing: always derived.
    pub rest: f64,
}

/// Every period (newest first) for which both the mining and the manufacturing share are
/// known (stated or derived).
pub fn compositions(db: &Db) -> Vec<Composition<'_>> {
    let (b, c) = (code("B"), code("C"));
    let mut periods: Vec<Period> = db
        .observations
        .iter()
        .filter(|o| o.geo.is_republic() && (o.activity == b || o.activity == c))
        .map(|o| o.period)
        .collect();
    super::sort::sort_by_key(&mut periods, |p| Reverse((p.end_index(), p.kind)));
    periods.dedup();
    periods
        .into_iter()
        .filter_map(|period| {
            let mining = share(db, &b, period)?;
            let manufacturing = share(db, &c, period)?;
            let rest = 100.0 - mining.percent - manufacturing.percent;
            (rest >= 0.0).then_some(Composition {
                period,
                mining,
                manufacturing,
                rest,
            })
        })
        .collect()
}

fn code(s: &str) -> ActivityCode {
    ActivityCode::parse(s).unwrap_or_else(ActivityCode::total)
}

/// The rate used to convert a value of `period` into dollars: only a rate for that very period
/// (a pair of tenge and dollar amounts of the same period, or a rate quoted for it). A rate of
/// another period is never used, however near: the dollar value is then "no rate" and the
/// chart leaves a gap. Among several rates of the period, the first listed wins (the files list
/// the total-industry pair first).
pub fn rate_for(db: &Db, period: Period) -> Option<&Rate> {
    db.rates.iter().find(|r| r.period == Some(period))
}

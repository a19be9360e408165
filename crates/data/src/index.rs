//! Index arithmetic on yearly IIPs ("% of the previous year"): chain-linked levels with a base
//! year = 100, cumulative growth between two years and the average annual (geometric) rate.
//!
//! Everything here is derived and says so: each value carries the weakest status of the
//! published values it is built from, and a chain is only ever computed across an unbroken run —
//! a missing year or a boundary change (a region losing territory to a new one, or a region
//! that did not exist yet) breaks it, and the break is reported, never bridged.
//!
//! Formulas: `L(base) = 100`; `L(t) = L(t−1) × IIP(t) / 100` forward; `L(t−1) = L(t) ÷ (IIP(t) /
//! 100)` backward. Growth from A to B: `Π IIP(t)/100` for t in A+1..=B, minus 1; average annual
//! rate: that product to the power `1/(B−A)`, minus 1.

use super::model::{Db, Indicator, Observation, RegionCode, Status};
use super::select::{annual_series, Gap};

/// Why a chain stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Break {
    /// No published IIP for this year (the step into it is unknown).
    Missing(i32),
    /// The unit's territory changed in this year (a new region was carved from it, or it was
    /// itself formed): its IIP for the year does not link to the year before.
    Boundary(i32),
    /// The unit did not exist in this year.
    NotExisting(i32),
}

impl Break {
    pub fn year(self) -> i32 {
        match self {
            Self::Missing(y) | Self::Boundary(y) | Self::NotExisting(y) => y,
        }
    }
}

/// A derived value and the weakest status of the values it is built from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Derived {
    pub value: f64,
    pub status: Status,
}

/// One year of a chained level series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LevelPoint {
    pub year: i32,
    /// `Err` says why there is no level in this year (the chain to the base is broken).
    pub level: Result<Derived, Break>,
}

/// Years in which `geo`'s territory changed: a unit carved from it started, or it started itself.
pub fn boundary_years(db: &Db, geo: &RegionCode) -> Vec<i32> {
    let mut years: Vec<i32> = db
        .regions
        .iter()
        .filter(|c| c.carved_from.contains(geo))
        .filter_map(|c| c.from)
        .chain(db.region(geo).and_then(|r| r.from))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The IIP of `geo` in each year of `from..=to` (total industry), or why there is none.
fn links<'a>(
    db: &'a Db,
    geo: &RegionCode,
    from: i32,
    to: i32,
) -> Vec<(i32, Result<&'a Observation, Gap>)> {
    annual_series(db, geo, Indicator::Iip, from, to)
}

/// Whether the step from `year − 1` to `year` can be chained, and with which IIP.
fn step<'a>(
    db: &'a Db,
    geo: &RegionCode,
    boundaries: &[i32],
    link: Option<&(i32, Result<&'a Observation, Gap>)>,
    year: i32,
) -> Result<&'a Observation, Break> {
    if boundaries.contains(&year) {
        return Err(Break::Boundary(year));
    }
    match link.map(|l| &l.1) {
        Some(Ok(o)) => Ok(*o),
        Some(Err(Gap::NotExisting)) => Err(Break::NotExisting(year)),
        _ if db.region(geo).is_some_and(|r| !r.exists_in(year)) => Err(Break::NotExisting(year)),
        _ => Err(Break::Missing(year)),
    }
}

/// The chain-linked level of `geo` over `from..=to` with `base` = 100.
pub fn levels(db: &Db, geo: &RegionCode, from: i32, to: i32, base: i32) -> Vec<LevelPoint> {
    let lo = from.min(base);
    let hi = to.max(base);
    let all = links(db, geo, lo, hi);
    let at = |y: i32| all.iter().find(|l| l.0 == y);
    let boundaries = boundary_years(db, geo);
    let exists = |y: i32| db.region(geo).is_none_or(|r| r.exists_in(y));
    let mut out: Vec<LevelPoint> = Vec::new();
    // The base itself.
    let base_point = if exists(base) {
        Ok(Derived {
            value: 100.0,
            status: Status::Official,
        })
    } else {
        Err(Break::NotExisting(base))
    };
    let mut forward = base_point;
    let mut points = vec![(base, base_point)];
    for y in base + 1..=hi {
        forward = forward.and_then(|prev| {
            let o = step(db, geo, &boundaries, at(y), y)?;
            Ok(Derived {
                value: prev.value * o.value / 100.0,
                status: prev.status.min(o.status),
            })
        });
        points.push((y, forward));
    }
    let mut backward = base_point;
    for y in (lo..base).rev() {
        // L(y) = L(y+1) ÷ (IIP(y+1) / 100): the step from y to y+1.
        backward = backward.and_then(|next| {
            if !exists(y) {
                return Err(Break::NotExisting(y));
            }
            let o = step(db, geo, &boundaries, at(y + 1), y + 1)?;
            Ok(Derived {
                value: next.value / (o.value / 100.0),
                status: next.status.min(o.status),
            })
        });
        points.push((y, backward));
    }
    super::sort::sort_by_key(&mut points, |p| p.0);
    for (year, level) in points.into_iter().filter(|p| (from..=to).contains(&p.0)) {
        out.push(LevelPoint { year, level });
    }
    out
}

/// The IIPs the chained levels of `geo` over `from..=to` (`base` = 100) are built from: for each
/// year that has a level, every link between the base and it — what a level must cite.
pub fn level_sources<'a>(
    db: &'a Db,
    geo: &RegionCode,
    from: i32,
    to: i32,
    base: i32,
) -> Vec<&'a Observation> {
    let mut years = std::collections::BTreeSet::new();
    for p in levels(db, geo, from, to, base) {
        if p.level.is_ok() {
            years.extend(p.year.min(base) + 1..=p.year.max(base));
        }
    }
    links(db, geo, from.min(base), to.max(base))
        .into_iter()
        .filter(|(y, _)| years.contains(y))
        .filter_map(|(_, o)| o.ok())
        .collect()
}

/// Cumulative change from year `a` to year `b` (`a < b`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Growth {
    /// Total change in per cent: `(Π IIP/100 − 1) × 100`.
    pub total_pct: f64,
    /// Average annual rate in per cent (geometric).
    pub annual_pct: f64,
    pub status: Status,
}

/// Cumulative growth of `geo` from `a` to `b`, or the first break on the way.
pub fn growth(db: &Db, geo: &RegionCode, a: i32, b: i32) -> Result<Growth, Break> {
    if b <= a {
        return Err(Break::Missing(b));
    }
    let exists = db.region(geo).is_none_or(|r| r.exists_in(a));
    if !exists {
        return Err(Break::NotExisting(a));
    }
    let all = links(db, geo, a, b);
    let boundaries = boundary_years(db, geo);
    let mut product = 1.0;
    let mut status = Status::Official;
    for y in a + 1..=b {
        let o = step(db, geo, &boundaries, all.iter().find(|l| l.0 == y), y)?;
        product *= o.value / 100.0;
        status = status.min(o.status);
    }
    Ok(Growth {
        total_pct: (product - 1.0) * 100.0,
        annual_pct: (product.powf(1.0 / f64::from(b - a)) - 1.0) * 100.0,
        status,
    })
}

/// Sub-national units that existed in both years, ranked by cumulative growth from `a` to `b`
/// (highest first); units whose chain is broken are returned apart, with the break.
pub type GrowthRanking<'a> = (
    Vec<(&'a super::model::Region, Growth)>,
    Vec<(&'a super::model::Region, Break)>,
);

pub fn growth_ranking(db: &Db, a: i32, b: i32) -> GrowthRanking<'_> {
    let mut ok = Vec::new();
    let mut broken = Vec::new();
    for r in db.subnational().filter(|r| r.exists_in(b)) {
        match growth(db, &r.code, a, b) {
            Ok(g) => ok.push((r, g)),
            Err(e) => broken.push((r, e)),
        }
    }
    super::sort::sort_by(&mut ok, |x, y| y.1.total_pct.total_cmp(&x.1.total_pct));
    (ok, broken)
}

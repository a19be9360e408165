//! One value table per view: a pure function from `Db` × the view's query to columns of
//! cells, each the value shown with everything said about it (status, every observation it is
//! built from, how it was derived, whether it revises a release) or a typed reason for its
//! absence.
//!
//! Measure and currency derivations (dollars, chain-linked levels, cumulative growth, shares
//! derived from volumes) happen here and only here. The chart specs, the table mirrors, the
//! CSVs, the source lists and the notes are functions of a [`Table`], so they cannot disagree:
//! `tests/it/agreement.rs` checks that as a property over random selections. Nothing here knows
//! a language, the DOM or plotters.

use crate::data::index::{self, Break};
use crate::data::select::{self, Cell, Gap};
use crate::data::{
    ActivityCode, Db, Indicator, Observation, Period, PeriodType, Rate, RegionCode, SourceId,
    Status,
};
use crate::state::{Currency, Filters, Measure};

/// How a value was obtained from what the sources published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Derivation<'a> {
    /// As published (an IIP restated from a growth rate says so through its observation).
    Published,
    /// A volume converted into US dollars at the rate of the same period.
    Dollars(&'a Rate),
    /// A chain-linked level, `base` = 100.
    Level { base: i32 },
    /// Cumulative growth in per cent from `from` to the cell's year, and the average annual rate.
    Growth { from: i32, annual_pct: f64 },
    /// A share of total output derived from two volumes (the activity's ÷ the total's × 100).
    Share,
    /// The rest of industry: 100 − the other shares of the period.
    Remainder,
}

/// One value of a table and everything said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Value<'a> {
    /// In the table's [`Unit`].
    pub shown: f64,
    /// The published observation the value shows (as is, restated or converted); `None` for a
    /// value computed from several.
    pub stated: Option<&'a Observation>,
    /// The weakest status of everything it is built from (a rate counts by its source).
    pub status: Status,
    /// Every published observation it is built from, in order of use.
    pub built_from: Vec<&'a Observation>,
    pub derivation: Derivation<'a>,
    /// It revises an earlier, different release of the same figure.
    pub revised: bool,
}

impl<'a> Value<'a> {
    /// Computed by the project (not a figure as a source gave it).
    pub fn is_derived(&self) -> bool {
        !matches!(self.derivation, Derivation::Published)
    }

    /// Every source it stands on with that source's status: its observations', and a rate's.
    pub fn cites(&self, db: &'a Db) -> Vec<(&'a SourceId, Status)> {
        let mut out: Vec<(&SourceId, Status)> = self
            .built_from
            .iter()
            .map(|o| (&o.source, o.status))
            .collect();
        if let Derivation::Dollars(r) = self.derivation {
            out.push((&r.source, rate_status(db, r)));
        }
        out
    }

    /// A published observation as it stands.
    pub fn published(db: &'a Db, o: &'a Observation) -> Self {
        Self {
            shown: o.value,
            stated: Some(o),
            status: o.status,
            built_from: vec![o],
            derivation: Derivation::Published,
            revised: select::is_revised(db, &Cell::of(o)),
        }
    }
}

/// Why a cell has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// Nothing published for it, or left out (the data layer's reason).
    Gap(Gap),
    /// A chain to the base year is broken there.
    Break(Break),
    /// A volume of a period without a rate of its own: no dollar value.
    NoRate,
}

/// A cell: the value, or why there is none.
pub type Entry<'a> = Result<Value<'a>, Missing>;

/// What a column is of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeriesKey {
    Region(RegionCode),
    Activity(ActivityCode),
    /// The rest of industry in a composition.
    Rest,
}

impl SeriesKey {
    /// The region of a unit's series.
    pub fn region(&self) -> Option<&RegionCode> {
        match self {
            SeriesKey::Region(code) => Some(code),
            _ => None,
        }
    }

    /// The activity of an activity's series.
    pub fn activity(&self) -> Option<&ActivityCode> {
        match self {
            SeriesKey::Activity(code) => Some(code),
            _ => None,
        }
    }
}

/// One series: a unit or an activity, one cell per period.
#[derive(Clone, Debug, PartialEq)]
pub struct Column<'a> {
    pub key: SeriesKey,
    pub cells: Vec<(Period, Entry<'a>)>,
}

/// The unit of every value of a table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// The IIP: the same period of the year before = 100.
    Index,
    MlnTenge,
    MlnUsd,
    /// A chain-linked level, the base year = 100.
    Level {
        base: i32,
    },
    /// Cumulative growth in per cent since `from`.
    GrowthPct {
        from: i32,
    },
    /// Per cent of total output.
    SharePct,
}

impl Unit {
    /// The exports' indicator and unit keys.
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            Self::Index => ("iip", "index_previous_period_100"),
            Self::MlnTenge => ("volume", "mln_tenge"),
            Self::MlnUsd => ("volume", "mln_usd"),
            Self::Level { .. } => ("level", "index_base_year_100"),
            Self::GrowthPct { .. } => ("growth", "percent_change"),
            Self::SharePct => ("share", "percent_of_total"),
        }
    }

    /// The unit of a measure in a currency (`base` of a level).
    pub fn of(m: Measure, cur: Currency, base: i32) -> Self {
        match (m, cur) {
            (Measure::Iip, _) => Self::Index,
            (Measure::Volume, Currency::Kzt) => Self::MlnTenge,
            (Measure::Volume, Currency::Usd) => Self::MlnUsd,
            (Measure::Level, _) => Self::Level { base },
        }
    }
}

/// The values of one view.
#[derive(Clone, Debug, PartialEq)]
pub struct Table<'a> {
    pub unit: Unit,
    /// Columns in the order the view shows them (selection order, rank, tree order).
    pub columns: Vec<Column<'a>>,
    /// The Republic as a reference line, not one of the ranked units (ranking, map).
    pub reference: Option<Column<'a>>,
}

impl<'a> Table<'a> {
    /// Every cell with a value, reference last: what the CSV lists.
    pub fn values(&self) -> impl Iterator<Item = (&SeriesKey, Period, &Value<'a>)> {
        self.columns.iter().chain(&self.reference).flat_map(|c| {
            c.cells
                .iter()
                .filter_map(move |(p, e)| e.as_ref().ok().map(|v| (&c.key, *p, v)))
        })
    }

    /// The distinct sources behind every value (with the status they are cited with), in
    /// first-use order: what the view's source list names.
    pub fn sources(&self, db: &'a Db) -> Vec<(&'a SourceId, Status)> {
        let mut out: Vec<(&SourceId, Status)> = Vec::new();
        for (_, _, v) in self.values() {
            for c in v.cites(db) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }

    /// The periods of its rows (the first column's, in order; every column has the same).
    pub fn periods(&self) -> Vec<Period> {
        self.columns
            .first()
            .map(|c| c.cells.iter().map(|(p, _)| *p).collect())
            .unwrap_or_default()
    }

    /// The cells of the first column (one-period views: ranking, map, activities).
    pub fn first(&self, key: &SeriesKey) -> Option<&Entry<'a>> {
        self.columns
            .iter()
            .chain(&self.reference)
            .find(|c| &c.key == key)
            .and_then(|c| c.cells.first().map(|(_, e)| e))
    }
}

/// The status a rate is cited with: its source's.
pub fn rate_status(db: &Db, r: &Rate) -> Status {
    db.source(&r.source)
        .map_or(Status::Press, |s| s.basis.status())
}

/// A published observation in the query's measure and currency (dollars at the rate of the
/// same period only, with the weaker of the two statuses).
fn measured<'a>(db: &'a Db, o: &'a Observation, m: Measure, cur: Currency) -> Entry<'a> {
    let v = Value::published(db, o);
    match (m, cur) {
        (Measure::Volume, Currency::Usd) => {
            let r = select::rate_for(db, o.period).ok_or(Missing::NoRate)?;
            Ok(Value {
                shown: o.value / r.kzt_per_usd,
                status: v.status.min(rate_status(db, r)),
                derivation: Derivation::Dollars(r),
                ..v
            })
        }
        _ => Ok(v),
    }
}

/// A published cell (its best release) in a measure and currency: what a table row of the
/// activity view shows.
pub fn published_cell<'a>(db: &'a Db, cell: &Cell, m: Measure, cur: Currency) -> Entry<'a> {
    let o = select::best(db, cell).ok_or(Missing::Gap(Gap::NoData))?;
    measured(db, o, m, cur)
}

fn level_value<'a>(
    db: &'a Db,
    geo: &RegionCode,
    year: i32,
    base: i32,
    d: index::Derived,
) -> Value<'a> {
    Value {
        shown: d.value,
        stated: None,
        status: d.status,
        built_from: index::level_sources(db, geo, year, year, base),
        derivation: Derivation::Level { base },
        revised: false,
    }
}

/// The chained levels of `geo` over `from..=to`.
fn level_column<'a>(db: &'a Db, geo: &RegionCode, from: i32, to: i32, base: i32) -> Column<'a> {
    Column {
        key: SeriesKey::Region(geo.clone()),
        cells: index::levels(db, geo, from, to, base)
            .into_iter()
            .map(|p| {
                let cell = p
                    .level
                    .map(|d| level_value(db, geo, p.year, base, d))
                    .map_err(Missing::Break);
                (Period::year(p.year), cell)
            })
            .collect(),
    }
}

/// The trend: the selected units (existing ones), one cell per year of the range; the level
/// measure is of total industry (activities have no chain).
pub fn trend<'a>(db: &'a Db, f: &Filters) -> Table<'a> {
    let codes = f.regions.iter().filter(|c| db.region(c).is_some());
    let columns = if f.measure == Measure::Level {
        codes
            .map(|c| level_column(db, c, f.from, f.to, f.base))
            .collect()
    } else {
        codes
            .map(|c| Column {
                key: SeriesKey::Region(c.clone()),
                cells: select::series(
                    db,
                    c,
                    &f.activity,
                    f.measure.indicator(),
                    PeriodType::Year,
                    (f.from, f.to),
                )
                .into_iter()
                .map(|(y, p)| {
                    let e = p
                        .map_err(Missing::Gap)
                        .and_then(|o| measured(db, o, f.measure, f.currency));
                    (Period::year(y), e)
                })
                .collect(),
            })
            .collect()
    };
    Table {
        unit: Unit::of(f.measure, f.currency, f.base),
        columns,
        reference: None,
    }
}

/// The Republic's value of the year as a one-cell column, when it has one.
fn republic_cell<'a>(db: &'a Db, f: &Filters) -> Column<'a> {
    let republic = RegionCode::republic();
    let cell = select::best(
        db,
        &Cell::total(&republic, f.measure.indicator(), Period::year(f.year)),
    )
    .ok_or(Missing::Gap(Gap::NoData))
    .and_then(|o| measured(db, o, f.measure, f.currency));
    Column {
        key: SeriesKey::Region(republic),
        cells: vec![(Period::year(f.year), cell)],
    }
}

/// The ranking: every sub-national unit of the year, highest first, those without a value
/// last; the Republic apart as the reference of an index. For the level measure, cumulative
/// growth from the base year (the units whose chain is broken last, with the break).
pub fn ranking<'a>(db: &'a Db, f: &Filters) -> Table<'a> {
    let period = Period::year(f.year);
    if f.measure == Measure::Level {
        let (a, b) = (f.base, f.year);
        let growth_value = |code: &RegionCode, g: index::Growth| Value {
            shown: g.total_pct,
            stated: None,
            status: g.status,
            built_from: index::level_sources(db, code, b, b, a),
            derivation: Derivation::Growth {
                from: a,
                annual_pct: g.annual_pct,
            },
            revised: false,
        };
        let (ok, broken) = if a < b {
            index::growth_ranking(db, a, b)
        } else {
            (Vec::new(), Vec::new())
        };
        let column = |code: &RegionCode, e| Column {
            key: SeriesKey::Region(code.clone()),
            cells: vec![(period, e)],
        };
        let columns = ok
            .into_iter()
            .map(|(r, g)| column(&r.code, Ok(growth_value(&r.code, g))))
            .chain(
                broken
                    .into_iter()
                    .map(|(r, e)| column(&r.code, Err(Missing::Break(e)))),
            )
            .collect();
        let republic = RegionCode::republic();
        let reference = (a < b)
            .then(|| index::growth(db, &republic, a, b).ok())
            .flatten()
            .map(|g| column(&republic, Ok(growth_value(&republic, g))));
        return Table {
            unit: Unit::GrowthPct { from: a },
            columns,
            reference,
        };
    }
    // Units without a value follow (the data layer's order); a dollar value is missing for all
    // units of a year alike (one rate per period), so the order holds in dollars too.
    let columns = select::ranking(db, f.measure.indicator(), f.year)
        .into_iter()
        .map(|(r, o)| Column {
            key: SeriesKey::Region(r.code.clone()),
            cells: vec![(
                period,
                o.ok_or(Missing::Gap(Gap::NoData))
                    .and_then(|o| measured(db, o, f.measure, f.currency)),
            )],
        })
        .collect();
    // The Republic is a reference for an index; for volumes it is the sum of the bars, not a
    // level to compare them with (its row is in the CSV all the same).
    Table {
        unit: Unit::of(f.measure, f.currency, f.base),
        columns,
        reference: Some(republic_cell(db, f)).filter(|c| c.cells.iter().any(|(_, e)| e.is_ok())),
    }
}

/// The map: every unit of the year (a tile for each), the Republic as the reference; for the
/// level measure, each unit's chained level in the year.
pub fn map<'a>(db: &'a Db, f: &Filters) -> Table<'a> {
    if f.measure != Measure::Level {
        return ranking(db, f);
    }
    let republic = RegionCode::republic();
    let columns = db
        .subnational()
        .filter(|r| r.exists_in(f.year))
        .map(|r| level_column(db, &r.code, f.year, f.year, f.base))
        .collect();
    Table {
        unit: Unit::of(f.measure, f.currency, f.base),
        columns,
        reference: Some(level_column(db, &republic, f.year, f.year, f.base)),
    }
}

/// The activity view: the Republic's IIP of every activity with a value in the chosen period,
/// in tree order.
pub fn activities<'a>(db: &'a Db, f: &Filters) -> Table<'a> {
    Table {
        unit: Unit::Index,
        columns: select::activity_values(db, f.period)
            .into_iter()
            .map(|(a, o)| Column {
                key: SeriesKey::Activity(a.code.clone()),
                cells: vec![(f.period, Ok(Value::published(db, o)))],
            })
            .collect(),
        reference: None,
    }
}

/// The chosen activity's IIP over the years of the chosen period's type (the years it has).
pub fn activity_trend<'a>(db: &'a Db, f: &Filters) -> Table<'a> {
    let kind = f.period.kind;
    let years = select::years_of_type(db, &f.activity, Indicator::Iip, kind);
    let republic = RegionCode::republic();
    let columns = match (years.first(), years.last()) {
        (Some(&from), Some(&to)) if years.len() >= 2 => vec![Column {
            key: SeriesKey::Activity(f.activity.clone()),
            cells: select::series(db, &republic, &f.activity, Indicator::Iip, kind, (from, to))
                .into_iter()
                .map(|(year, p)| {
                    let e = p.map_err(Missing::Gap).map(|o| Value::published(db, o));
                    (Period { year, kind }, e)
                })
                .collect(),
        }],
        _ => Vec::new(),
    };
    Table {
        unit: Unit::Index,
        columns,
        reference: None,
    }
}

/// The composition: mining, manufacturing and the rest of industry in total output, one cell
/// per period (newest first) where both shares are known, stated or derived from two volumes.
pub fn composition<'a>(db: &'a Db) -> Table<'a> {
    let all = select::compositions(db);
    let share = |s: select::Share<'a>| -> Value<'a> {
        match s.derived_from_total {
            None => Value::published(db, s.from),
            Some(total) => Value {
                shown: s.percent,
                stated: None,
                status: s.status(),
                built_from: vec![s.from, total],
                derivation: Derivation::Share,
                revised: false,
            },
        }
    };
    let code = |s| ActivityCode::parse(s).unwrap_or_else(ActivityCode::total);
    let mining = Column {
        key: SeriesKey::Activity(code("B")),
        cells: all
            .iter()
            .map(|c| (c.period, Ok(share(c.mining))))
            .collect(),
    };
    let manufacturing = Column {
        key: SeriesKey::Activity(code("C")),
        cells: all
            .iter()
            .map(|c| (c.period, Ok(share(c.manufacturing))))
            .collect(),
    };
    let rest = Column {
        key: SeriesKey::Rest,
        cells: all
            .iter()
            .map(|c| {
                let (m, k) = (share(c.mining), share(c.manufacturing));
                let mut built_from = m.built_from;
                built_from.extend(k.built_from);
                let v = Value {
                    shown: c.rest,
                    stated: None,
                    status: m.status.min(k.status),
                    built_from,
                    derivation: Derivation::Remainder,
                    revised: false,
                };
                (c.period, Ok(v))
            })
            .collect(),
    };
    Table {
        unit: Unit::SharePct,
        columns: vec![mining, manufacturing, rest],
        reference: None,
    }
}

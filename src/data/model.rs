//! The validated data model: codes, periods, observations and their provenance.
//!
//! Everything here is constructed by [`crate::data::load`] after validation; the fields a view
//! reads are plain values. Values are normalised at load time (IIP as an index with the
//! previous period = 100, volumes in million tenge) and keep what the source actually said in
//! [`Stated`], so the UI can always show the figure as published.

use std::fmt;

/// A region key: the KATO code where the sources give one (e.g. `"230000000"` for Atyrau),
/// `"000000000"` for the Republic, or a project key for a former unit without a code.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RegionCode(String);

impl RegionCode {
    /// The Republic of Kazakhstan as a whole.
    pub const REPUBLIC: &'static str = "000000000";

    /// Parses a code: 1 to 12 ASCII letters or digits. Anything else is rejected.
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_alphanumeric());
        ok.then(|| Self(s.to_owned()))
    }

    pub fn republic() -> Self {
        Self(Self::REPUBLIC.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_republic(&self) -> bool {
        self.0 == Self::REPUBLIC
    }
}

impl fmt::Display for RegionCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Key of a [`Source`] in `data/sources.json`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(pub(crate) String);

impl SourceId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// Industrial production index: physical volume, % of the same period a year earlier.
    Iip,
    /// Industrial output in current prices, normalised to million tenge.
    Volume,
}

/// How authoritative a published value is. Ordered: `Press < Preliminary < Official`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// A news report or secondary publication quoting the Bureau or a ministry.
    Press,
    /// An early figure (a minister's statement, an early release) later superseded.
    Preliminary,
    /// The Bureau of National Statistics' own table or release.
    Official,
}

/// The kind of period an observation covers. Only calendar years are bundled so far; part-year
/// periods (Jan–Feb, Q1, H1, …) are added by the activities work and are never mixed with years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodType {
    Year,
}

/// A period: a year and the kind of period within it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub kind: PeriodType,
}

impl Period {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            kind: PeriodType::Year,
        }
    }

    /// Parses `"2023"` (a calendar year, 1990–2100).
    pub fn parse(s: &str) -> Option<Self> {
        let year: i32 = s.trim().parse().ok()?;
        (1990..=2100).contains(&year).then(|| Self::year(year))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodType::Year => write!(f, "{}", self.year),
        }
    }
}

/// Units a source may state a value in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An index, previous period = 100.
    Percent,
    /// A change in per cent ("grew 4.1 %"); the index is `100 + value`, a restatement.
    GrowthPct,
    MlnTenge,
    BnTenge,
    TrnTenge,
}

impl Unit {
    pub(crate) fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "percent" => Self::Percent,
            "growth_pct" => Self::GrowthPct,
            "mln_tenge" => Self::MlnTenge,
            "bn_tenge" => Self::BnTenge,
            "trn_tenge" => Self::TrnTenge,
            _ => return None,
        })
    }

    /// The indicator a value in this unit measures.
    pub fn indicator(self) -> Indicator {
        match self {
            Self::Percent | Self::GrowthPct => Indicator::Iip,
            Self::MlnTenge | Self::BnTenge | Self::TrnTenge => Indicator::Volume,
        }
    }

    /// Converts a stated value to the model's unit (IIP index, or million tenge).
    pub fn normalise(self, v: f64) -> f64 {
        match self {
            Self::Percent | Self::MlnTenge => v,
            Self::GrowthPct => 100.0 + v,
            Self::BnTenge => v * 1_000.0,
            Self::TrnTenge => v * 1_000_000.0,
        }
    }
}

/// The value exactly as the source published it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stated {
    pub value: f64,
    pub unit: Unit,
}

/// Where a value comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: SourceId,
    pub title: String,
    pub publisher: String,
    pub url: String,
    /// Publication date as precise as the source gives it (`"2019-02-24"`, `"2024-02"`), if known.
    pub date: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    Country,
    Oblast,
    City,
}

/// A territorial unit and its lineage.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub code: RegionCode,
    pub kind: RegionKind,
    pub name_en: String,
    pub name_ru: String,
    /// First full year of data for a unit created later (2018, 2022); `None`: always existed.
    pub from: Option<i32>,
    /// Last full year for an abolished unit; `None`: still exists.
    pub to: Option<i32>,
    /// The unit(s) this one was carved from.
    pub carved_from: Vec<RegionCode>,
    pub note: Option<String>,
}

impl Region {
    /// Whether the unit existed (with its current code) in `year`.
    pub fn exists_in(&self, year: i32) -> bool {
        self.from.is_none_or(|f| year >= f) && self.to.is_none_or(|t| year <= t)
    }
}

/// One published value of one cell (geo × indicator × period).
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub geo: RegionCode,
    pub indicator: Indicator,
    pub period: Period,
    /// Normalised: IIP index (previous = 100) or million tenge.
    pub value: f64,
    pub stated: Stated,
    pub source: SourceId,
    pub status: Status,
    /// Index into [`Db::datasets`].
    pub dataset: usize,
    pub note: Option<String>,
}

impl Observation {
    /// True when the value shown is a restatement of what the source said (a growth rate shown
    /// as an index). Unit changes within tenge are not restatements.
    pub fn is_restated(&self) -> bool {
        self.stated.unit == Unit::GrowthPct
    }
}

/// A value a source published that the project deliberately leaves out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Omitted {
    pub geo: RegionCode,
    pub indicator: Indicator,
    pub period: Period,
    /// The value and unit as the source published them.
    pub stated: Stated,
    pub reason: String,
    pub dataset: usize,
}

/// A bundled data file.
#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub id: String,
    pub file: String,
    pub description: String,
    /// Among values of equal status for the same cell, the higher priority is shown.
    pub priority: u8,
}

/// All bundled data, validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Db {
    pub sources: Vec<Source>,
    pub regions: Vec<Region>,
    pub datasets: Vec<Dataset>,
    pub observations: Vec<Observation>,
    pub omitted: Vec<Omitted>,
}

impl Db {
    pub fn region(&self, code: &RegionCode) -> Option<&Region> {
        self.regions.iter().find(|r| &r.code == code)
    }

    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// Sub-national units (everything but the Republic), in file order.
    pub fn subnational(&self) -> impl Iterator<Item = &Region> {
        self.regions
            .iter()
            .filter(|r| r.kind != RegionKind::Country)
    }

    /// First and last year with any observation.
    pub fn year_span(&self) -> Option<(i32, i32)> {
        let years = self.observations.iter().map(|o| o.period.year);
        Some((years.clone().min()?, years.max()?))
    }
}

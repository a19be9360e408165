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
pub struct RegionCode(pub(crate) String);

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

/// An activity key: `IND` (total industry), an OKED section letter (`B`, `C`, `D`, `E`) or a
/// branch key of this project (`C-mech`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActivityCode(pub(crate) String);

impl ActivityCode {
    /// Total industry (B + C + D + E).
    pub const TOTAL: &'static str = "IND";

    /// Parses a code: 1 to 16 ASCII letters, digits or `-`.
    pub fn parse(s: &str) -> Option<Self> {
        let ok = !s.is_empty()
            && s.len() <= 16
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        ok.then(|| Self(s.to_owned()))
    }

    pub fn total() -> Self {
        Self(Self::TOTAL.to_owned())
    }

    pub fn is_total(&self) -> bool {
        self.0 == Self::TOTAL
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActivityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Indicator {
    /// Industrial production index: physical volume, % of the same period a year earlier.
    Iip,
    /// Industrial output in current prices, normalised to million tenge.
    Volume,
    /// Share of an activity in total industrial output (current prices), per cent.
    Share,
}

impl Indicator {
    /// The key used in the data files and exports (`iip`, `volume`, `share`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Iip => "iip",
            Self::Volume => "volume",
            Self::Share => "share",
        }
    }
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

impl Status {
    /// The key used in the exports (`official`, `preliminary`, `press`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Official => "official",
            Self::Preliminary => "preliminary",
            Self::Press => "press",
        }
    }
}

/// The kind of period an observation covers. Every value compares a period with the same
/// period a year earlier; values of different kinds are never compared in one chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PeriodType {
    /// January to the given month (1–11), cumulative: 2 = Jan–Feb, 3 = Q1, 6 = H1.
    Cumulative(u8),
    /// The calendar year.
    Year,
}

impl PeriodType {
    /// Last month the period covers (1–12).
    pub fn end_month(self) -> u8 {
        match self {
            Self::Cumulative(m) => m,
            Self::Year => 12,
        }
    }

    /// Parses the URL/data form: `Y` (year) or `M01`–`M11`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "Y" => Some(Self::Year),
            _ => {
                let m: u8 = s.strip_prefix('M')?.parse().ok()?;
                (s.len() == 3 && (1..=11).contains(&m)).then_some(Self::Cumulative(m))
            }
        }
    }

    /// The URL/data form (`Y`, `M02`).
    pub fn key(self) -> String {
        match self {
            Self::Year => "Y".to_owned(),
            Self::Cumulative(m) => format!("M{m:02}"),
        }
    }
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

    /// Parses `"2023"` (a calendar year) or `"2024-M02"` (January–February 2024); years
    /// 1990–2100.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let (y, kind) = match s.split_once('-') {
            Some((y, k)) => (y, PeriodType::parse(k)?),
            None => (s, PeriodType::Year),
        };
        if y.len() != 4 {
            return None;
        }
        let year: i32 = y.parse().ok()?;
        (1990..=2100).contains(&year).then_some(Self { year, kind })
    }

    /// Months since year 0 of the period's last month, for distances between dates.
    pub fn end_index(self) -> i32 {
        self.year * 12 + i32::from(self.kind.end_month()) - 1
    }
}

impl fmt::Display for Period {
    /// The canonical key (`2023`, `2024-M02`); human names come from `i18n`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            PeriodType::Year => write!(f, "{}", self.year),
            PeriodType::Cumulative(m) => write!(f, "{}-M{m:02}", self.year),
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
    /// "1.8 times" the level a year earlier; the index is `100 × value`, a restatement.
    Times,
    /// Per cent of total industrial output.
    SharePct,
    /// Tenge: the unit of Taldau's tree answers of output.
    Tenge,
    /// Thousand tenge: the unit of the Bureau's dynamic-table exports of output.
    ThousandTenge,
    MlnTenge,
    BnTenge,
    TrnTenge,
}

impl Unit {
    /// The key used in the data files and exports (`percent`, `bn_tenge` …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Percent => "percent",
            Self::GrowthPct => "growth_pct",
            Self::Times => "times",
            Self::SharePct => "share_pct",
            Self::Tenge => "tenge",
            Self::ThousandTenge => "thousand_tenge",
            Self::MlnTenge => "mln_tenge",
            Self::BnTenge => "bn_tenge",
            Self::TrnTenge => "trn_tenge",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "percent" => Self::Percent,
            "growth_pct" => Self::GrowthPct,
            "times" => Self::Times,
            "share_pct" => Self::SharePct,
            "tenge" => Self::Tenge,
            "thousand_tenge" => Self::ThousandTenge,
            "mln_tenge" => Self::MlnTenge,
            "bn_tenge" => Self::BnTenge,
            "trn_tenge" => Self::TrnTenge,
            _ => return None,
        })
    }

    /// The indicator a value in this unit measures.
    pub fn indicator(self) -> Indicator {
        match self {
            Self::Percent | Self::GrowthPct | Self::Times => Indicator::Iip,
            Self::SharePct => Indicator::Share,
            Self::Tenge | Self::ThousandTenge | Self::MlnTenge | Self::BnTenge | Self::TrnTenge => {
                Indicator::Volume
            }
        }
    }

    /// Converts a stated value to the model's unit (IIP index, or million tenge).
    pub fn normalise(self, v: f64) -> f64 {
        match self {
            Self::Percent | Self::SharePct | Self::MlnTenge => v,
            Self::GrowthPct => 100.0 + v,
            Self::Times => 100.0 * v,
            Self::Tenge => v / 1_000_000.0,
            Self::ThousandTenge => v / 1_000.0,
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

/// Who stands behind a source's figures: decides the status of a value (see [`Basis::status`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The Bureau of National Statistics' own publication (or a verbatim copy of its table).
    Bns,
    /// A news report quoting or citing the Bureau.
    BnsRelayed,
    /// A minister, the government or a ministry, read directly or relayed by the press.
    Government,
    /// A news report that names no origin for the figure.
    Press,
    /// A secondary compilation (USGS, BP, an analyst's note).
    Secondary,
}

impl Basis {
    /// The data files' form (`bns`, `bns-relayed`, `government`, `press`, `secondary`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Bns => "bns",
            Self::BnsRelayed => "bns-relayed",
            Self::Government => "government",
            Self::Press => "press",
            Self::Secondary => "secondary",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "bns" => Some(Self::Bns),
            "bns-relayed" => Some(Self::BnsRelayed),
            "government" => Some(Self::Government),
            "press" => Some(Self::Press),
            "secondary" => Some(Self::Secondary),
            _ => None,
        }
    }

    /// The one status rule (data/README.md): the Bureau's own figures are official; what a
    /// minister, the government or a ministry states is preliminary, whoever relays it; news
    /// and secondary compilations are press. A figure of the Bureau (own or relayed) that a
    /// later official figure of the same cell supersedes is preliminary (an early release).
    pub fn status(self) -> Status {
        match self {
            Self::Bns => Status::Official,
            Self::Government => Status::Preliminary,
            Self::BnsRelayed | Self::Press | Self::Secondary => Status::Press,
        }
    }
}

/// Where a value comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: SourceId,
    /// The source's own headline or title, or (when [`Source::title_is_description`]) the
    /// project's description of it.
    pub title: String,
    /// The title was composed by the project, not quoted from the source.
    pub title_is_description: bool,
    /// The language of the title (`en`, `ru`, `kk`, `tr`, `it`, `de`, `ja`): marked on the page.
    pub lang: String,
    pub publisher: String,
    pub basis: Basis,
    /// Where to read it; `None` when the project's copy carries no address.
    pub url: Option<String>,
    /// Publication date as precise as the source gives it (`"2019-02-24"`, `"2024-02"`), if known.
    pub date: Option<String>,
    /// The date was inferred (from the article's content or the page), not printed with it.
    pub date_inferred: bool,
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegionKind {
    Country,
    Oblast,
    City,
}

impl RegionKind {
    /// The data files' form (`country`, `oblast`, `city`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Oblast => "oblast",
            Self::City => "city",
        }
    }
}

/// A territorial unit and its lineage.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    pub code: RegionCode,
    pub kind: RegionKind,
    pub name_en: String,
    pub name_ru: String,
    pub name_kk: Option<String>,
    /// Other names people type: common English forms, abbreviations (СКО), former names
    /// (Nur-Sultan); used by [`crate::data::search`].
    pub aliases: Vec<String>,
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

/// An economic activity (total industry, an OKED section or a branch).
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    pub code: ActivityCode,
    pub parent: Option<ActivityCode>,
    pub name_en: String,
    pub name_ru: Option<String>,
    pub name_kk: Option<String>,
    /// 0 = total industry, 1 = section, 2 and more = branch.
    pub depth: u8,
    pub note: Option<String>,
}

/// One published value of one cell (geo × activity × indicator × period).
#[derive(Clone, Debug, PartialEq)]
pub struct Observation {
    pub geo: RegionCode,
    pub activity: ActivityCode,
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
    /// The source's wording leaves the reading open (e.g. a percentage with no direction):
    /// shown with an "uncertain reading" mark.
    pub uncertain: bool,
}

impl Observation {
    /// True when the value shown is a restatement of what the source said (a growth rate shown
    /// as an index). Unit changes within tenge are not restatements.
    pub fn is_restated(&self) -> bool {
        matches!(self.stated.unit, Unit::GrowthPct | Unit::Times)
    }

    /// The publication date of its source, if known (`"2024-03-25"`).
    pub fn published<'a>(&self, db: &'a Db) -> Option<&'a str> {
        db.source(&self.source).and_then(|s| s.date.as_deref())
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

/// A date as precise as a source gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// Parses `2024`, `2024-03` or `2024-03-25`.
    pub fn parse(s: &str) -> Option<Self> {
        let mut it = s.trim().split('-');
        let year: i32 = it.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let month = it
            .next()
            .map(|m| m.parse::<u8>().ok().filter(|m| (1..=12).contains(m)));
        let day = it
            .next()
            .map(|d| d.parse::<u8>().ok().filter(|d| (1..=31).contains(d)));
        if it.next().is_some() || month == Some(None) || day == Some(None) {
            return None;
        }
        Some(Self {
            year,
            month: month.flatten(),
            day: day.flatten(),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A tenge/dollar rate, quoted by a source or implied by a tenge/dollar pair in one.
#[derive(Clone, Debug, PartialEq)]
pub struct Rate {
    /// Tenge per US dollar.
    pub kzt_per_usd: f64,
    pub date: Date,
    pub source: SourceId,
    /// `Some(description)` when implied by a pair (tenge ÷ dollars): a derived value.
    pub implied_by: Option<String>,
    /// The period of the pair's amounts, for an implied rate.
    pub period: Option<Period>,
    pub note: Option<String>,
}

/// A physical-output figure as published (product, value, unit).
/// A product of the physical-output table and its names (data/physical_output.json).
#[derive(Clone, Debug, PartialEq)]
pub struct Product {
    /// The English name the items use.
    pub key: String,
    pub name_en: String,
    pub name_ru: String,
    pub name_kk: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PhysicalItem {
    pub period: Period,
    pub product: String,
    pub value: f64,
    /// As published: `mn_t`, `t`, `bn_m3`.
    pub unit: String,
    pub change_pct: Option<f64>,
    pub source: SourceId,
    pub status: Status,
    pub note: Option<String>,
}

/// A sentence of context with its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: String,
    pub source: SourceId,
}

/// A major investment project (seed 003).
#[derive(Clone, Debug, PartialEq)]
pub struct Project {
    pub id: String,
    pub region: RegionCode,
    pub company: Option<String>,
    pub product: String,
    pub capacity: Option<String>,
    pub investment_usd_bn: Option<f64>,
    /// How the source qualifies the investment ("up to", "exceeds", "around"); kept wherever the
    /// number is shown.
    pub investment_qualifier: Option<Qualifier>,
    pub jobs: Option<u32>,
    pub jobs_text: Option<String>,
    pub timing: Option<String>,
    pub status_text: String,
    pub source: SourceId,
    pub status: Status,
}

/// How a source qualifies an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// «up to»
    UpTo,
    /// «exceeds», «over», «more than»
    MoreThan,
    /// «around», «about»
    About,
}

impl Qualifier {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "up_to" => Some(Self::UpTo),
            "more_than" => Some(Self::MoreThan),
            "about" => Some(Self::About),
            _ => None,
        }
    }

    /// The data files' form (`up_to`, `more_than`, `about`).
    pub fn key(self) -> &'static str {
        match self {
            Self::UpTo => "up_to",
            Self::MoreThan => "more_than",
            Self::About => "about",
        }
    }
}

/// A glossary term and its definition in English (the source) and translated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Term {
    pub en: (String, String),
    pub ru: (String, String),
    pub kk: (String, String),
}

/// The Bureau's glossary and method notes (seed 000), as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Glossary {
    pub source: Option<SourceId>,
    pub terms: Vec<Term>,
    /// Method notes: the Bureau's English, and translations.
    pub method: Vec<String>,
    pub method_ru: Vec<String>,
    pub method_kk: Vec<String>,
    pub links: Vec<(String, String)>,
    pub related: Vec<String>,
}

/// What a release says in words about a period (e.g. which regions grew most).
#[derive(Clone, Debug, PartialEq)]
pub struct Statement {
    pub period: Period,
    pub text: String,
    pub source: SourceId,
}

/// All bundled data, validated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Db {
    pub sources: Vec<Source>,
    pub regions: Vec<Region>,
    /// In tree order: each parent before its children.
    pub activities: Vec<Activity>,
    pub rates: Vec<Rate>,
    pub products: Vec<Product>,
    pub physical: Vec<PhysicalItem>,
    pub physical_context: Vec<Fact>,
    pub projects: Vec<Project>,
    pub projects_summary: Option<Fact>,
    pub glossary: Glossary,
    pub statements: Vec<Statement>,
    /// Positions in `observations` of every cell's values, built once by [`Db::index_cells`].
    pub(crate) cells: std::collections::HashMap<CellKey, Vec<usize>>,
    /// Position of each region in `regions`, built with the cell index.
    pub(crate) region_ix: std::collections::HashMap<RegionCode, usize>,
    pub datasets: Vec<Dataset>,
    pub observations: Vec<Observation>,
    pub omitted: Vec<Omitted>,
}

/// geo × activity × indicator × period.
pub(crate) type CellKey = (RegionCode, ActivityCode, Indicator, Period);

impl Db {
    /// What a widget draws (#26: the widget's own feature set): every chart's data, without
    /// the explorer-only parts (glossary, projects, physical output, press statements). The
    /// widget's wasm carries this, not the whole bundle.
    pub fn for_widget(&self) -> Self {
        Self {
            glossary: Glossary::default(),
            projects: Vec::new(),
            projects_summary: None,
            physical: Vec::new(),
            physical_context: Vec::new(),
            products: Vec::new(),
            statements: Vec::new(),
            ..self.clone()
        }
    }

    /// What the app's bundles carry (#26): the whole without the notes the data files keep for
    /// their readers and maintainers on a source, a region, an activity or a rate, which no view
    /// shows (a boundary change is told from the lineage, in the page's language). They stay in
    /// `data/` and in the data package, beside every value. An observation's note, which the
    /// Activity view shows, stays.
    pub fn without_file_notes(&self) -> Self {
        let mut db = self.clone();
        db.sources.iter_mut().for_each(|s| s.note = None);
        db.regions.iter_mut().for_each(|r| r.note = None);
        db.activities.iter_mut().for_each(|a| a.note = None);
        db.rates.iter_mut().for_each(|r| r.note = None);
        db
    }

    /// The explorer's bundle split in two (#26): what any first view can show, and the parts
    /// only About the data (glossary, method) and Output (physical output, its products and
    /// context) show, which the explorer fetches when one of them opens. The later part is whole
    /// by itself: it carries a copy of every source it cites (the first part keeps all
    /// sources), so the app reads it as it is. [`Db::joined`] puts the two together again.
    pub fn split_later(&self) -> (Self, Self) {
        let first = Self {
            glossary: Glossary::default(),
            products: Vec::new(),
            physical: Vec::new(),
            physical_context: Vec::new(),
            ..self.clone()
        };
        let cited: Vec<&SourceId> = (self.glossary.source.iter())
            .chain(self.physical.iter().map(|p| &p.source))
            .chain(self.physical_context.iter().map(|f| &f.source))
            .collect();
        let later = Self {
            sources: (self.sources.iter())
                .filter(|s| cited.contains(&&s.id))
                .cloned()
                .collect(),
            glossary: self.glossary.clone(),
            products: self.products.clone(),
            physical: self.physical.clone(),
            physical_context: self.physical_context.clone(),
            ..Self::default()
        };
        (first, later)
    }

    /// The first part of [`Db::split_later`] with the later part in its place: the whole.
    pub fn joined(&self, later: Self) -> Self {
        Self {
            glossary: later.glossary,
            products: later.products,
            physical: later.physical,
            physical_context: later.physical_context,
            ..self.clone()
        }
    }

    /// The data release: the newest publication date the sources print (dates the project
    /// inferred from a page do not count: they are not releases).
    pub fn data_release(&self) -> Option<Date> {
        self.sources
            .iter()
            .filter(|s| !s.date_inferred)
            .filter_map(|s| s.date.as_deref().and_then(Date::parse))
            .max()
    }

    /// Indexes the regions by code (done as soon as they are loaded).
    pub(crate) fn index_regions(&mut self) {
        self.region_ix = self
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.code.clone(), i))
            .collect();
    }

    /// Indexes the observations by cell, so selecting a cell does not scan them all.
    pub(crate) fn index_cells(&mut self) {
        self.cells.clear();
        for (i, o) in self.observations.iter().enumerate() {
            let key = (o.geo.clone(), o.activity.clone(), o.indicator, o.period);
            self.cells.entry(key).or_default().push(i);
        }
    }

    pub fn region(&self, code: &RegionCode) -> Option<&Region> {
        match self.region_ix.get(code) {
            Some(&i) => self.regions.get(i),
            // Not indexed yet (during loading, or a Db built by hand): scan.
            None if self.region_ix.is_empty() => self.regions.iter().find(|r| &r.code == code),
            None => None,
        }
    }

    pub fn activity(&self, code: &ActivityCode) -> Option<&Activity> {
        self.activities.iter().find(|a| &a.code == code)
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

    /// First and last year with any annual regional observation (the trend chart's range).
    pub fn year_span(&self) -> Option<(i32, i32)> {
        let years = self
            .observations
            .iter()
            .filter(|o| o.period.kind == PeriodType::Year && !o.geo.is_republic())
            .map(|o| o.period.year);
        Some((years.clone().min()?, years.max()?))
    }
}

//! Loading: private serde "raw" types → validated [`Db`], once at start-up.
//!
//! Every problem is collected as a [`DataError`] naming the file and the field (a JSON path such
//! as `regions[3].code`); nothing here panics on bad input. The app shows the errors and keeps
//! running; the tests fail on them.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use serde::Deserialize;

use super::model::{
    Dataset, Db, Indicator, Observation, Omitted, Period, Region, RegionCode, RegionKind, Source,
    SourceId, Stated, Status, Unit,
};

/// The data files compiled into the app, in load order: `(path, contents)`.
pub const BUNDLED: &[(&str, &str)] = &[
    ("data/sources.json", include_str!("../../data/sources.json")),
    ("data/regions.json", include_str!("../../data/regions.json")),
    (
        "data/regional_iip.json",
        include_str!("../../data/regional_iip.json"),
    ),
    (
        "data/regional_volume.json",
        include_str!("../../data/regional_volume.json"),
    ),
    (
        "data/table_2023.json",
        include_str!("../../data/table_2023.json"),
    ),
    (
        "data/national.json",
        include_str!("../../data/national.json"),
    ),
];

/// Plausible bounds of an annual IIP (% of the previous year). The bundled extremes are 69.3
/// (Zhambyl 2009) and 130.1 (Akmola 2010).
pub const IIP_RANGE: std::ops::RangeInclusive<f64> = 50.0..=200.0;

/// A problem in a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: String,
    /// JSON path of the offending field, e.g. `values.2009.590000000`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.field, self.message)
    }
}

/// Loads and validates the bundled files.
pub fn load_bundled() -> (Db, Vec<DataError>) {
    load(BUNDLED)
}

/// Loads and validates data files given as `(path, contents)`. The first two must be the
/// sources and regions files; every further file is a dataset.
///
/// Returns everything that is valid, and the errors: a bad value is dropped (and reported),
/// never guessed, and the rest of the file still loads.
pub fn load(files: &[(&str, &str)]) -> (Db, Vec<DataError>) {
    let mut cx = Cx::default();
    let mut db = Db::default();
    let mut iter = files.iter();
    if let Some((name, text)) = iter.next() {
        if let Some(raw) = cx.parse::<RawSources>(name, text) {
            db.sources = cx.sources(name, raw);
        }
    }
    if let Some((name, text)) = iter.next() {
        if let Some(raw) = cx.parse::<RawRegions>(name, text) {
            db.regions = cx.regions(name, raw);
        }
    }
    for (name, text) in iter {
        if let Some(raw) = cx.parse::<RawDataset>(name, text) {
            cx.dataset(name, raw, &mut db);
        }
    }
    (db, cx.errors)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSources {
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: String,
    title: String,
    publisher: String,
    url: String,
    date: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegions {
    #[allow(dead_code)]
    source: String,
    #[allow(dead_code)]
    note: String,
    regions: Vec<RawRegion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    code: String,
    kind: String,
    name_en: String,
    name_ru: String,
    from: Option<i32>,
    to: Option<i32>,
    carved_from: Vec<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDataset {
    id: String,
    description: String,
    period_type: String,
    priority: u8,
    /// Defaults for every value in the file.
    indicator: Option<String>,
    unit: Option<String>,
    source: Option<String>,
    status: Option<String>,
    /// `period → region code → value`, the shape of the BNS dynamic-table copies.
    values: Option<BTreeMap<String, BTreeMap<String, f64>>>,
    observations: Option<Vec<RawObservation>>,
    #[serde(default)]
    omitted: Vec<RawOmitted>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawObservation {
    geo: String,
    period: String,
    indicator: String,
    unit: String,
    value: f64,
    source: Option<String>,
    status: Option<String>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOmitted {
    geo: String,
    period: String,
    value_as_published: f64,
    reason: String,
}

/// Validation context: collects errors.
#[derive(Default)]
struct Cx {
    errors: Vec<DataError>,
}

/// A cell value before checks, with the JSON path it came from.
struct Cell<'a> {
    path: String,
    geo: &'a str,
    period: &'a str,
    indicator: &'a str,
    unit: &'a str,
    value: f64,
    source: Option<&'a str>,
    status: Option<&'a str>,
    note: Option<&'a str>,
}

impl Cx {
    fn err(&mut self, file: &str, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: file.to_owned(),
            field: field.into(),
            message: message.into(),
        });
    }

    fn parse<T: for<'de> Deserialize<'de>>(&mut self, file: &str, text: &str) -> Option<T> {
        let de = &mut serde_json::Deserializer::from_str(text);
        match serde_path_to_error::deserialize(de) {
            Ok(v) => Some(v),
            Err(e) => {
                let field = match e.path().to_string() {
                    p if p == "." => "(top level)".to_owned(),
                    p => p,
                };
                let message = e.into_inner().to_string();
                self.err(file, field, message);
                None
            }
        }
    }

    fn sources(&mut self, file: &str, raw: RawSources) -> Vec<Source> {
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, s) in raw.sources.into_iter().enumerate() {
            let at = |f: &str| format!("sources[{i}].{f}");
            if s.id.trim().is_empty() {
                self.err(file, at("id"), "empty id");
                continue;
            }
            if !seen.insert(s.id.clone()) {
                self.err(file, at("id"), format!("duplicate source id {:?}", s.id));
            }
            if s.title.trim().is_empty() {
                self.err(file, at("title"), "empty title");
            }
            if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
                self.err(file, at("url"), format!("not an http(s) URL: {:?}", s.url));
            }
            out.push(Source {
                id: SourceId(s.id),
                title: s.title,
                publisher: s.publisher,
                url: s.url,
                date: s.date,
                note: s.note,
            });
        }
        out
    }

    fn regions(&mut self, file: &str, raw: RawRegions) -> Vec<Region> {
        let mut out: Vec<Region> = Vec::new();
        for (i, r) in raw.regions.iter().enumerate() {
            let at = |f: &str| format!("regions[{i}].{f}");
            let Some(code) = RegionCode::parse(&r.code) else {
                self.err(
                    file,
                    at("code"),
                    format!("invalid region code {:?}", r.code),
                );
                continue;
            };
            if out.iter().any(|o| o.code == code) {
                self.err(file, at("code"), format!("duplicate region code {code}"));
            }
            let kind = match r.kind.as_str() {
                "country" => RegionKind::Country,
                "oblast" => RegionKind::Oblast,
                "city" => RegionKind::City,
                other => {
                    self.err(file, at("kind"), format!("unknown kind {other:?}"));
                    continue;
                }
            };
            if let (Some(f), Some(t)) = (r.from, r.to) {
                if f > t {
                    self.err(file, at("from"), format!("from {f} is after to {t}"));
                }
            }
            if r.name_en.trim().is_empty() {
                self.err(file, at("name_en"), "empty name");
            }
            out.push(Region {
                code,
                kind,
                name_en: r.name_en.clone(),
                name_ru: r.name_ru.clone(),
                from: r.from,
                to: r.to,
                carved_from: Vec::new(),
                note: r.note.clone(),
            });
        }
        // Lineage references resolve once every code is known.
        for (i, r) in raw.regions.iter().enumerate() {
            for (j, parent) in r.carved_from.iter().enumerate() {
                let found = RegionCode::parse(parent).filter(|p| out.iter().any(|o| &o.code == p));
                match (found, out.iter_mut().find(|o| o.code.as_str() == r.code)) {
                    (Some(p), Some(region)) => region.carved_from.push(p),
                    _ => self.err(
                        file,
                        format!("regions[{i}].carved_from[{j}]"),
                        format!("unknown region {parent:?}"),
                    ),
                }
            }
        }
        let countries = out.iter().filter(|r| r.kind == RegionKind::Country).count();
        if countries != 1 || !out.iter().any(|r| r.code.is_republic()) {
            self.err(
                file,
                "regions",
                format!(
                    "expected exactly one country with code {}",
                    RegionCode::REPUBLIC
                ),
            );
        }
        out
    }

    fn dataset(&mut self, file: &str, raw: RawDataset, db: &mut Db) {
        if raw.period_type != "year" {
            self.err(
                file,
                "period_type",
                format!("unsupported period type {:?}", raw.period_type),
            );
            return;
        }
        if db.datasets.iter().any(|d| d.id == raw.id) {
            self.err(file, "id", format!("duplicate dataset id {:?}", raw.id));
        }
        let index = db.datasets.len();
        db.datasets.push(Dataset {
            id: raw.id.clone(),
            file: file.to_owned(),
            description: raw.description.clone(),
            priority: raw.priority,
        });
        let mut cells = Vec::new();
        if let Some(values) = &raw.values {
            let (Some(indicator), Some(unit)) = (raw.indicator.as_deref(), raw.unit.as_deref())
            else {
                self.err(
                    file,
                    "values",
                    "a values table needs file-level indicator and unit",
                );
                return;
            };
            for (period, row) in values {
                for (geo, &value) in row {
                    cells.push(Cell {
                        path: format!("values.{period}.{geo}"),
                        geo,
                        period,
                        indicator,
                        unit,
                        value,
                        source: None,
                        status: None,
                        note: None,
                    });
                }
            }
        }
        for (i, o) in raw.observations.iter().flatten().enumerate() {
            cells.push(Cell {
                path: format!("observations[{i}]"),
                geo: &o.geo,
                period: &o.period,
                indicator: &o.indicator,
                unit: &o.unit,
                value: o.value,
                source: o.source.as_deref(),
                status: o.status.as_deref(),
                note: o.note.as_deref(),
            });
        }
        if raw.values.is_none() && raw.observations.is_none() {
            self.err(file, "values", "neither values nor observations given");
        }
        let first_new = db.observations.len();
        for cell in cells {
            if let Some(obs) = self.observation(file, &raw, cell, index, db) {
                let dup = db.observations[first_new..].iter().any(|o| {
                    o.geo == obs.geo && o.period == obs.period && o.indicator == obs.indicator
                });
                if dup {
                    self.err(
                        file,
                        format!(
                            "{}/{}/{}",
                            obs.period,
                            obs.geo,
                            indicator_key(obs.indicator)
                        ),
                        "the same cell appears twice in one file",
                    );
                }
                db.observations.push(obs);
            }
        }
        for (i, o) in raw.omitted.iter().enumerate() {
            let at = |f: &str| format!("omitted[{i}].{f}");
            let geo = RegionCode::parse(&o.geo).filter(|g| db.region(g).is_some());
            let period = Period::parse(&o.period);
            let indicator = raw.indicator.as_deref().and_then(parse_indicator);
            let unit = raw.unit.as_deref().and_then(Unit::parse);
            match (geo, period, indicator, unit) {
                (Some(geo), Some(period), Some(indicator), Some(unit)) => {
                    db.omitted.push(Omitted {
                        geo,
                        indicator,
                        period,
                        stated: Stated {
                            value: o.value_as_published,
                            unit,
                        },
                        reason: o.reason.clone(),
                        dataset: index,
                    })
                }
                _ => self.err(file, at("geo"), "omitted value does not name a known cell"),
            }
        }
    }

    fn observation(
        &mut self,
        file: &str,
        raw: &RawDataset,
        c: Cell<'_>,
        dataset: usize,
        db: &Db,
    ) -> Option<Observation> {
        let at = |f: &str| format!("{}.{f}", c.path);
        let geo = match RegionCode::parse(c.geo) {
            Some(g) if db.region(&g).is_some() => g,
            _ => {
                self.err(file, at("geo"), format!("unknown region {:?}", c.geo));
                return None;
            }
        };
        let Some(period) = Period::parse(c.period) else {
            self.err(file, at("period"), format!("invalid period {:?}", c.period));
            return None;
        };
        let Some(indicator) = parse_indicator(c.indicator) else {
            self.err(
                file,
                at("indicator"),
                format!("unknown indicator {:?}", c.indicator),
            );
            return None;
        };
        let Some(unit) = Unit::parse(c.unit).filter(|u| u.indicator() == indicator) else {
            self.err(
                file,
                at("unit"),
                format!("unit {:?} does not fit {:?}", c.unit, c.indicator),
            );
            return None;
        };
        let source_key = c.source.or(raw.source.as_deref()).unwrap_or_default();
        let Some(source) = db.sources.iter().find(|s| s.id.as_str() == source_key) else {
            self.err(file, at("source"), format!("unknown source {source_key:?}"));
            return None;
        };
        let status_key = c.status.or(raw.status.as_deref()).unwrap_or_default();
        let Some(status) = parse_status(status_key) else {
            self.err(file, at("status"), format!("unknown status {status_key:?}"));
            return None;
        };
        let value = unit.normalise(c.value);
        if !value.is_finite() {
            self.err(file, at("value"), "not a finite number");
            return None;
        }
        match indicator {
            Indicator::Iip if !IIP_RANGE.contains(&value) => {
                self.err(
                    file,
                    at("value"),
                    format!("IIP {value} outside {IIP_RANGE:?}"),
                );
                return None;
            }
            Indicator::Volume if value <= 0.0 => {
                self.err(file, at("value"), format!("volume {value} is not positive"));
                return None;
            }
            _ => {}
        }
        if let Some(region) = db.region(&geo) {
            if !region.exists_in(period.year) {
                self.err(
                    file,
                    at("period"),
                    format!("{} did not exist in {period}", geo),
                );
                return None;
            }
        }
        Some(Observation {
            geo,
            indicator,
            period,
            value,
            stated: Stated {
                value: c.value,
                unit,
            },
            source: source.id.clone(),
            status,
            dataset,
            note: c.note.map(str::to_owned),
        })
    }
}

fn parse_indicator(s: &str) -> Option<Indicator> {
    match s {
        "iip" => Some(Indicator::Iip),
        "volume" => Some(Indicator::Volume),
        _ => None,
    }
}

fn indicator_key(i: Indicator) -> &'static str {
    match i {
        Indicator::Iip => "iip",
        Indicator::Volume => "volume",
    }
}

fn parse_status(s: &str) -> Option<Status> {
    match s {
        "official" => Some(Status::Official),
        "preliminary" => Some(Status::Preliminary),
        "press" => Some(Status::Press),
        _ => None,
    }
}

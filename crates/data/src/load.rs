//! Loading: private serde "raw" types → validated [`Db`], from the JSON files. Run at build time
//! by `build.rs` (the app decodes its result, see [`crate::encoded`]), by the tests and by the
//! refresh tool.
//!
//! Every problem is collected as a [`DataError`] naming the file and the field (a JSON path such
//! as `regions[3].code`); nothing here panics on bad input. The app shows the errors and keeps
//! running; the tests fail on them.

use std::collections::HashSet;
use std::fmt;

use serde::de::DeserializeOwned;

use super::model::{
    Activity, ActivityCode, Basis, Dataset, Date, Db, Fact, Glossary, Indicator, Observation,
    Omitted, Period, PhysicalItem, Product, Project, Qualifier, Rate, Region, RegionCode,
    RegionKind, Source, SourceId, Stated, Statement, Status, Term, Unit,
};
use super::raw::*;

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

/// Loads and validates data files given as `(path, contents)`, recognised by file name:
/// `sources.json`, `regions.json`, `activities.json` (read first, in that order, because the
/// rest refers to them), `exchange_rates.json`, `physical_output.json`, `projects.json`,
/// `glossary.json`; any other file is an observation dataset (in the order given).
///
/// Returns everything that is valid, and the errors: a bad value is dropped (and reported),
/// never guessed, and the rest of the file still loads.
pub fn load(files: &[(&str, &str)]) -> (Db, Vec<DataError>) {
    let mut cx = Cx::default();
    let mut db = Db::default();
    let named = |k: Kind| files.iter().find(|(path, _)| Kind::of(path) == k).copied();
    if let Some((name, text)) = named(Kind::Sources) {
        if let Some(raw) = cx.parse::<RawSources>(name, text) {
            db.sources = cx.sources(name, raw);
        }
    }
    if let Some((name, text)) = named(Kind::Regions) {
        if let Some(raw) = cx.parse::<RawRegions>(name, text) {
            db.regions = cx.regions(name, raw);
            db.index_regions();
        }
    }
    if let Some((name, text)) = named(Kind::Activities) {
        if let Some(raw) = cx.parse::<RawActivities>(name, text) {
            db.activities = cx.activities(name, raw);
        }
    }
    for (name, text) in files.iter().filter(|(p, _)| Kind::of(p) == Kind::Dataset) {
        if let Some(raw) = cx.parse::<RawDataset>(name, text) {
            cx.dataset(name, raw, &mut db);
        }
    }
    if let Some((name, text)) = named(Kind::Rates) {
        if let Some(raw) = cx.parse::<RawRates>(name, text) {
            cx.rates(name, raw, &mut db);
        }
    }
    if let Some((name, text)) = named(Kind::Physical) {
        if let Some(raw) = cx.parse::<RawPhysical>(name, text) {
            cx.physical(name, raw, &mut db);
        }
    }
    if let Some((name, text)) = named(Kind::Projects) {
        if let Some(raw) = cx.parse::<RawProjects>(name, text) {
            cx.projects(name, raw, &mut db);
        }
    }
    if let Some((name, text)) = named(Kind::Glossary) {
        if let Some(raw) = cx.parse::<RawGlossary>(name, text) {
            cx.glossary(name, raw, &mut db);
        }
    }
    if let Some((name, text)) = named(Kind::Statements) {
        if let Some(raw) = cx.parse::<RawStatements>(name, text) {
            cx.statements(name, raw, &mut db);
        }
    }
    db.index_cells();
    cx.check_statuses(&db);
    (db, cx.errors)
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
    activity: Option<&'a str>,
    period: &'a str,
    indicator: &'a str,
    unit: &'a str,
    value: f64,
    source: Option<&'a str>,
    status: Option<&'a str>,
    note: Option<&'a str>,
    reading: Option<&'a str>,
}

impl Cx {
    /// A file parsed into its raw type, or `None` with the error recorded.
    fn parse<T: DeserializeOwned>(&mut self, file: &str, text: &str) -> Option<T> {
        match super::json_path::from_json(text) {
            Ok(v) => Some(v),
            Err((field, message)) => {
                self.err(file, field, message);
                None
            }
        }
    }

    fn err(&mut self, file: &str, field: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError {
            file: file.to_owned(),
            field: field.into(),
            message: message.into(),
        });
    }

    /// Every status follows the one rule of [`Basis::status`]; the only exception is a Bureau
    /// figure (own or relayed) marked preliminary because a later official figure of the same
    /// cell supersedes it.
    fn check_statuses(&mut self, db: &Db) {
        let superseded = |o: &Observation| {
            let key = (o.geo.clone(), o.activity.clone(), o.indicator, o.period);
            db.cells.get(&key).is_some_and(|ix| {
                ix.iter()
                    .filter_map(|&i| db.observations.get(i))
                    .any(|other| other.status == Status::Official && other.source != o.source)
            })
        };
        let mut bad = Vec::new();
        for o in &db.observations {
            let Some(src) = db.source(&o.source) else {
                continue;
            };
            let want = src.basis.status();
            let early_release = o.status == Status::Preliminary
                && matches!(src.basis, Basis::Bns | Basis::BnsRelayed)
                && superseded(o);
            if o.status != want && !early_release {
                let file = db.datasets.get(o.dataset).map_or("", |d| d.file.as_str());
                bad.push((
                    file.to_owned(),
                    format!(
                        "{}/{}/{}/{}",
                        o.period,
                        o.geo,
                        o.activity,
                        o.indicator.key()
                    ),
                    src.id.as_str().to_owned(),
                    o.status,
                    want,
                ));
            }
        }
        let others = db
            .physical
            .iter()
            .map(|p| {
                (
                    "physical_output.json",
                    format!("{} {}", p.product, p.period),
                    &p.source,
                    p.status,
                )
            })
            .chain(
                db.projects
                    .iter()
                    .map(|p| ("projects.json", p.id.clone(), &p.source, p.status)),
            );
        for (file, field, source, status) in others {
            if let Some(src) = db.source(source) {
                if status != src.basis.status() {
                    bad.push((
                        file.to_owned(),
                        field,
                        src.id.as_str().to_owned(),
                        status,
                        src.basis.status(),
                    ));
                }
            }
        }
        for (file, field, source, is, want) in bad {
            self.err(
                &file,
                field,
                format!("status {is:?} breaks the status rule: source {source} gives {want:?}"),
            );
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
            if let Some(url) = &s.url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.err(file, at("url"), format!("not an http(s) URL: {url:?}"));
                }
            }
            if let Some(d) = s.date.as_deref().filter(|d| Date::parse(d).is_none()) {
                self.err(
                    file,
                    at("date"),
                    format!("not a date (YYYY[-MM[-DD]]): {d:?}"),
                );
            }
            let Some(basis) = Basis::parse(&s.basis) else {
                self.err(file, at("basis"), format!("unknown basis {:?}", s.basis));
                continue;
            };
            out.push(Source {
                id: SourceId(s.id),
                title: s.title,
                title_is_description: s.title_is_description,
                lang: s.lang,
                publisher: s.publisher,
                basis,
                url: s.url,
                date: s.date,
                date_inferred: s.date_inferred,
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
                name_kk: Some(r.name_kk.clone()),
                aliases: r.aliases.clone(),
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

    fn dataset(&mut self, file: &str, mut raw: RawDataset, db: &mut Db) {
        if db.datasets.iter().any(|d| d.id == raw.id) {
            self.err(file, "id", format!("duplicate dataset id {:?}", raw.id));
        }
        let own = RawSources {
            sources: std::mem::take(&mut raw.sources),
        };
        for s in self.sources(file, own) {
            if db.source(&s.id).is_some() {
                self.err(
                    file,
                    "sources",
                    format!("duplicate source id {:?}", s.id.as_str()),
                );
            } else {
                db.sources.push(s);
            }
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
                        activity: None,
                        period,
                        indicator,
                        unit,
                        value,
                        source: None,
                        status: None,
                        note: None,
                        reading: None,
                    });
                }
            }
        }
        for (i, o) in raw.observations.iter().flatten().enumerate() {
            cells.push(Cell {
                path: format!("observations[{i}]"),
                geo: &o.geo,
                activity: o.activity.as_deref(),
                period: &o.period,
                indicator: &o.indicator,
                unit: &o.unit,
                value: o.value,
                source: o.source.as_deref(),
                status: o.status.as_deref(),
                note: o.note.as_deref(),
                reading: o.reading.as_deref(),
            });
        }
        if raw.values.is_none() && raw.observations.is_none() {
            self.err(file, "values", "neither values nor observations given");
        }
        // Cells of this file seen so far (a set: files can be large).
        let mut seen = HashSet::new();
        for cell in cells {
            if let Some(obs) = self.observation(file, &raw, cell, index, db) {
                let key = (
                    obs.geo.clone(),
                    obs.activity.clone(),
                    obs.period,
                    obs.indicator,
                    obs.source.clone(),
                );
                if !seen.insert(key) {
                    self.err(
                        file,
                        format!("{}/{}/{}", obs.period, obs.geo, obs.indicator.key()),
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
        let activity_key = c
            .activity
            .or(raw.activity.as_deref())
            .unwrap_or(ActivityCode::TOTAL);
        let activity = match ActivityCode::parse(activity_key) {
            Some(a) if db.activity(&a).is_some() => a,
            _ => {
                self.err(
                    file,
                    at("activity"),
                    format!("unknown activity {activity_key:?}"),
                );
                return None;
            }
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
        let uncertain = match c.reading {
            None => false,
            Some("uncertain") => true,
            Some(other) => {
                self.err(file, at("reading"), format!("unknown reading {other:?}"));
                return None;
            }
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
            Indicator::Share if !(0.0..=100.0).contains(&value) => {
                self.err(
                    file,
                    at("value"),
                    format!("share {value} is not a percentage"),
                );
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
            activity,
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
            uncertain,
        })
    }
}

impl Cx {
    fn source_ref(&mut self, file: &str, field: String, db: &Db, key: &str) -> Option<SourceId> {
        let found = db
            .sources
            .iter()
            .find(|s| s.id.as_str() == key)
            .map(|s| s.id.clone());
        if found.is_none() {
            self.err(file, field, format!("unknown source {key:?}"));
        }
        found
    }

    fn status_ref(&mut self, file: &str, field: String, key: &str) -> Option<Status> {
        let found = parse_status(key);
        if found.is_none() {
            self.err(file, field, format!("unknown status {key:?}"));
        }
        found
    }

    fn activities(&mut self, file: &str, raw: RawActivities) -> Vec<Activity> {
        let mut out: Vec<Activity> = Vec::new();
        for (i, a) in raw.activities.into_iter().enumerate() {
            let at = |f: &str| format!("activities[{i}].{f}");
            let Some(code) = ActivityCode::parse(&a.code) else {
                self.err(
                    file,
                    at("code"),
                    format!("invalid activity code {:?}", a.code),
                );
                continue;
            };
            if out.iter().any(|o| o.code == code) {
                self.err(file, at("code"), format!("duplicate activity code {code}"));
                continue;
            }
            // Parents come first, so the list is in tree order.
            let parent = match a.parent.as_deref() {
                None => None,
                Some(p) => match out.iter().find(|o| o.code.as_str() == p) {
                    Some(o) => Some(o),
                    None => {
                        self.err(
                            file,
                            at("parent"),
                            format!("unknown (or later) parent {p:?}"),
                        );
                        continue;
                    }
                },
            };
            let depth = parent.map_or(0, |p| p.depth.saturating_add(1));
            let expected = match depth {
                0 => "total",
                1 => "section",
                _ => "branch",
            };
            if a.level != expected && !(depth == 0 && a.level == "section") {
                self.err(file, at("level"), format!("{:?} at depth {depth}", a.level));
            }
            let parent = parent.map(|p| p.code.clone());
            out.push(Activity {
                code,
                parent,
                name_en: a.name_en,
                name_ru: a.name_ru,
                name_kk: a.name_kk,
                depth,
                note: a.note,
            });
        }
        if !out.iter().any(|a| a.code.is_total()) {
            self.err(
                file,
                "activities",
                format!("no {} (total industry)", ActivityCode::TOTAL),
            );
        }
        // Keep tree order: children right after their parent.
        let mut ordered = Vec::with_capacity(out.len());
        fn push_tree(all: &[Activity], parent: Option<&ActivityCode>, into: &mut Vec<Activity>) {
            for a in all.iter().filter(|a| a.parent.as_ref() == parent) {
                into.push(a.clone());
                push_tree(all, Some(&a.code), into);
            }
        }
        push_tree(&out, None, &mut ordered);
        ordered
    }

    fn rates(&mut self, file: &str, raw: RawRates, db: &mut Db) {
        for (i, q) in raw.quoted.iter().enumerate() {
            let at = |f: &str| format!("quoted[{i}].{f}");
            let source = self.source_ref(file, at("source"), db, &q.source);
            let date = Date::parse(&q.date);
            if date.is_none() {
                self.err(file, at("date"), format!("not a date: {:?}", q.date));
            }
            if !(q.usd_per_kzt.is_finite() && q.usd_per_kzt > 0.0) {
                self.err(file, at("usd_per_kzt"), "not a positive number");
                continue;
            }
            if let (Some(source), Some(date)) = (source, date) {
                db.rates.push(Rate {
                    kzt_per_usd: 1.0 / q.usd_per_kzt,
                    date,
                    source,
                    implied_by: None,
                    period: None,
                    note: q.note.clone(),
                });
            }
        }
        for (i, p) in raw.pairs.iter().enumerate() {
            let at = |f: &str| format!("pairs[{i}].{f}");
            let source = self.source_ref(file, at("source"), db, &p.source);
            let period = Period::parse(&p.period);
            if period.is_none() {
                self.err(file, at("period"), format!("invalid period {:?}", p.period));
            }
            let unit = Unit::parse(&p.tenge_unit).filter(|u| u.indicator() == Indicator::Volume);
            if unit.is_none() {
                self.err(
                    file,
                    at("tenge_unit"),
                    format!("not a tenge unit: {:?}", p.tenge_unit),
                );
            }
            if !(p.usd_bn.is_finite() && p.usd_bn > 0.0 && p.tenge > 0.0) {
                self.err(file, at("usd_bn"), "amounts must be positive");
                continue;
            }
            let (Some(source), Some(period), Some(unit)) = (source, period, unit) else {
                continue;
            };
            // Dated by the source's publication, or else by the end of the period.
            let date = db
                .source(&source)
                .and_then(|s| s.date.as_deref())
                .and_then(Date::parse)
                .unwrap_or(Date {
                    year: period.year,
                    month: Some(period.kind.end_month()),
                    day: None,
                });
            let kzt_mln = unit.normalise(p.tenge);
            let kzt_per_usd = kzt_mln * 1e6 / (p.usd_bn * 1e9);
            if !(50.0..=2000.0).contains(&kzt_per_usd) {
                self.err(
                    file,
                    at("usd_bn"),
                    format!("implied rate {kzt_per_usd:.1} is implausible"),
                );
                continue;
            }
            db.rates.push(Rate {
                kzt_per_usd,
                date,
                source,
                implied_by: Some(format!(
                    "{} {}: {} {} = ${} bn",
                    p.what, period, p.tenge, p.tenge_unit, p.usd_bn
                )),
                period: Some(period),
                note: p.note.clone(),
            });
        }
    }

    fn physical(&mut self, file: &str, raw: RawPhysical, db: &mut Db) {
        for (i, p) in raw.products.into_iter().enumerate() {
            let names = [&p.key, &p.name_en, &p.name_ru, &p.name_kk];
            if names.iter().any(|n| n.trim().is_empty()) {
                self.err(
                    file,
                    format!("products[{i}]"),
                    "a product needs its key and three names",
                );
            } else if db.products.iter().any(|x| x.key == p.key) {
                self.err(
                    file,
                    format!("products[{i}].key"),
                    format!("{:?} twice", p.key),
                );
            } else {
                db.products.push(Product {
                    key: p.key,
                    name_en: p.name_en,
                    name_ru: p.name_ru,
                    name_kk: p.name_kk,
                });
            }
        }
        for (i, p) in raw.items.into_iter().enumerate() {
            let at = |f: &str| format!("items[{i}].{f}");
            let source = self.source_ref(file, at("source"), db, &p.source);
            let status = self.status_ref(file, at("status"), &p.status);
            let period = Period::parse(&p.period);
            if period.is_none() {
                self.err(file, at("period"), format!("invalid period {:?}", p.period));
            }
            if !matches!(p.unit.as_str(), "mn_t" | "t" | "bn_m3" | "bn_kwh") {
                self.err(file, at("unit"), format!("unknown unit {:?}", p.unit));
                continue;
            }
            if !(p.value.is_finite() && p.value > 0.0) {
                self.err(file, at("value"), "not a positive number");
                continue;
            }
            if !db.products.iter().any(|x| x.key == p.product) {
                self.err(
                    file,
                    at("product"),
                    format!("{:?} is not in `products`", p.product),
                );
                continue;
            }
            if let (Some(source), Some(status), Some(period)) = (source, status, period) {
                db.physical.push(PhysicalItem {
                    period,
                    product: p.product,
                    value: p.value,
                    unit: p.unit,
                    change_pct: p.change_pct,
                    source,
                    status,
                    note: p.note,
                });
            }
        }
        for (i, f) in raw.context.into_iter().enumerate() {
            if let Some(source) =
                self.source_ref(file, format!("context[{i}].source"), db, &f.source)
            {
                db.physical_context.push(Fact {
                    text: f.text,
                    source,
                });
            }
        }
    }

    fn projects(&mut self, file: &str, raw: RawProjects, db: &mut Db) {
        let Some(source) = self.source_ref(file, "source".into(), db, &raw.source) else {
            return;
        };
        let Some(status) = self.status_ref(file, "status".into(), &raw.status) else {
            return;
        };
        db.projects_summary = Some(Fact {
            text: raw.summary,
            source: source.clone(),
        });
        for (i, p) in raw.projects.into_iter().enumerate() {
            let region = RegionCode::parse(&p.region).filter(|r| db.region(r).is_some());
            let Some(region) = region else {
                self.err(
                    file,
                    format!("projects[{i}].region"),
                    format!("unknown region {:?}", p.region),
                );
                continue;
            };
            let qualifier = match p.investment_qualifier.as_deref().map(Qualifier::parse) {
                None => None,
                Some(Some(q)) => Some(q),
                Some(None) => {
                    self.err(
                        file,
                        format!("projects[{i}].investment_qualifier"),
                        "expected up_to, more_than or about",
                    );
                    continue;
                }
            };
            db.projects.push(Project {
                id: p.id,
                region,
                company: p.company,
                product: p.product,
                capacity: p.capacity,
                investment_usd_bn: p.investment_usd_bn,
                investment_qualifier: qualifier,
                jobs: p.jobs,
                jobs_text: p.jobs_text,
                timing: p.timing,
                status_text: p.status,
                source: source.clone(),
                status,
            });
        }
    }

    fn statements(&mut self, file: &str, raw: RawStatements, db: &mut Db) {
        for (i, s) in raw.statements.into_iter().enumerate() {
            let source = self.source_ref(file, format!("statements[{i}].source"), db, &s.source);
            let period = Period::parse(&s.period);
            if period.is_none() {
                self.err(
                    file,
                    format!("statements[{i}].period"),
                    format!("invalid period {:?}", s.period),
                );
            }
            if let (Some(source), Some(period)) = (source, period) {
                db.statements.push(Statement {
                    period,
                    text: s.text,
                    source,
                });
            }
        }
    }

    fn glossary(&mut self, file: &str, raw: RawGlossary, db: &mut Db) {
        let source = self.source_ref(file, "source".into(), db, &raw.source);
        if raw.glossary.is_empty() {
            self.err(file, "glossary", "no terms");
        }
        db.glossary = Glossary {
            source,
            terms: raw
                .glossary
                .into_iter()
                .map(|t| Term {
                    en: (t.term, t.text),
                    ru: (t.term_ru, t.text_ru),
                    kk: (t.term_kk, t.text_kk),
                })
                .collect(),
            method: raw.method,
            method_ru: raw.method_ru,
            method_kk: raw.method_kk,
            links: raw.links.into_iter().map(|l| (l.title, l.url)).collect(),
            related: raw.related,
        };
    }
}

fn parse_indicator(s: &str) -> Option<Indicator> {
    match s {
        "iip" => Some(Indicator::Iip),
        "volume" => Some(Indicator::Volume),
        "share" => Some(Indicator::Share),
        _ => None,
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

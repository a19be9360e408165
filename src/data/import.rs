//! Importing the Bureau's machine-readable exports (the `kz-iip-data` command): parse, validate
//! as the loader does, compare with the bundle, and plan what to write. Pure: no files, no
//! printing (the binary does both).
//!
//! Formats (documented in `../shared/sources/figures.md`):
//! - the dynamic-table CSV of stat.gov.kz (§5b): tab-separated, a territory column whose name
//!   starts with `КАТО(`, optional `ГОКЭД(по разделу)03` (activity) and `ССП` (comparison)
//!   columns, `PERIOD` (starts with the year), `DAT` (period type in words), `VAL` (may be `x`).
//!   Output is in thousand tenge; the known artefact "decimal zero groups" (5332.7 exported as
//!   5 332 700 000) is caught by magnitude checks and rejects the whole file;
//! - Taldau's `GetIndexData` JSON (§5c): rows `{terms, termNames, periods: [{name, date, value}]}`;
//! - Taldau's `GetIndexTreeData` JSON (§5c): nodes `{id, text, leaf, "MMYYYY": …, "yMMYYYY": value}`,
//!   read as January–month cumulative (the `p_period_id=8` request); month 12 is the year.
//!
//! Nothing is ever overwritten: a value that differs from the bundle's becomes a new release
//! (its own source, dated by the export), and the plan lists it as a revision.

use serde::{Deserialize, Serialize};

use super::load::IIP_RANGE;
use super::model::{
    ActivityCode, Date, Db, Indicator, Period, PeriodType, Region, RegionCode, Unit,
};
use super::search::normalise;
use super::select::{best, same_figure, Cell};

/// What the exported values measure and in which unit (the exports do not say).
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub indicator: Indicator,
    /// Unit of the exported numbers: `Percent` for the IIP; `ThousandTenge` (the Bureau's
    /// export unit) or another tenge unit for volumes.
    pub unit: Unit,
    /// Activity of rows that do not name one (Taldau tree data; CSV without the OKED column).
    pub activity: ActivityCode,
}

impl Options {
    pub fn iip() -> Self {
        Self {
            indicator: Indicator::Iip,
            unit: Unit::Percent,
            activity: ActivityCode::total(),
        }
    }

    pub fn volume() -> Self {
        Self {
            indicator: Indicator::Volume,
            unit: Unit::ThousandTenge,
            activity: ActivityCode::total(),
        }
    }
}

/// The format of an export, recognised from its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    BnsCsv,
    TaldauIndexData,
    TaldauTree,
}

/// One value read from an export.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// 1-based line (CSV) or item (JSON) number, for messages.
    pub row: usize,
    pub geo: RegionCode,
    pub activity: ActivityCode,
    pub indicator: Indicator,
    pub period: Period,
    /// As exported.
    pub stated: f64,
    pub unit: Unit,
    /// Normalised (index, or million tenge).
    pub value: f64,
}

/// Why an export (or one of its rows) cannot be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub row: usize,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.row == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}: row {}: {}", self.file, self.row, self.message)
        }
    }
}

/// What a file gave: its rows, and the rows skipped on purpose (with why).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub rows: Vec<Row>,
    pub skipped: Vec<(usize, String)>,
}

/// Recognises the format of an export.
pub fn detect(text: &str) -> Option<Format> {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('[') || t.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(t).ok()?;
        let first = v.as_array()?.first()?.clone();
        if first.get("periods").is_some() || first.get("termNames").is_some() {
            Some(Format::TaldauIndexData)
        } else if first.get("text").is_some() {
            Some(Format::TaldauTree)
        } else {
            None
        }
    } else if t.lines().any(|l| l.contains("КАТО(") && l.contains('\t')) {
        Some(Format::BnsCsv)
    } else {
        None
    }
}

/// Parses an export of any known format; `file` names it in messages.
pub fn parse(db: &Db, file: &str, text: &str, opts: &Options) -> Result<Parsed, Vec<ImportError>> {
    let err = |row, message: String| ImportError {
        file: file.to_owned(),
        row,
        message,
    };
    match detect(text) {
        Some(Format::BnsCsv) => parse_bns_csv(db, file, text, opts),
        Some(Format::TaldauIndexData) => parse_taldau_index(db, file, text, opts),
        Some(Format::TaldauTree) => parse_taldau_tree(db, file, text, opts),
        None => Err(vec![err(
            0,
            "not a known export (BNS dynamic-table CSV, Taldau GetIndexData or GetIndexTreeData JSON)".into(),
        )]),
    }
}

/// A number as exported: spaces (also no-break) as group separators, comma or point decimals.
fn number(s: &str) -> Option<f64> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A region by a name as the Bureau writes it ("Акмолинская область", "г.Астана",
/// "РЕСПУБЛИКА КАЗАХСТАН", "Г.НУР-СУЛТАН") or by its KATO code. Official names win over other
/// names; an ambiguous name is refused.
pub fn region_by_name<'a>(db: &'a Db, name: &str) -> Option<&'a Region> {
    if let Some(r) = RegionCode::parse(name.trim()).and_then(|c| db.region(&c)) {
        return Some(r);
    }
    let q = normalise(name);
    let strip = |s: String| {
        s.strip_suffix("облысы")
            .or_else(|| s.strip_suffix("область"))
            .or_else(|| s.strip_prefix("область"))
            .or_else(|| s.strip_prefix("г"))
            .map(str::to_owned)
            .unwrap_or(s)
    };
    let q_short = strip(q.clone());
    let official: Vec<&Region> = db
        .regions
        .iter()
        .filter(|r| {
            [Some(&r.name_en), Some(&r.name_ru), r.name_kk.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| normalise(n) == q || strip(normalise(n)) == q_short)
        })
        .collect();
    if let [one] = official.as_slice() {
        return Some(one);
    }
    let other: Vec<&Region> = db
        .regions
        .iter()
        .filter(|r| {
            r.aliases
                .iter()
                .any(|a| normalise(a) == q || strip(normalise(a)) == q_short)
        })
        .collect();
    match (official.len(), other.as_slice()) {
        (0, [one]) => Some(one),
        _ => None,
    }
}

/// An activity by the Bureau's Russian name ("Промышленность" = total industry, section names)
/// or by code.
fn activity_by_name(db: &Db, name: &str) -> Option<ActivityCode> {
    let q = normalise(name);
    if q == normalise("Промышленность") || q == normalise("Всего") {
        return Some(ActivityCode::total());
    }
    if let Some(a) = ActivityCode::parse(name.trim()).filter(|a| db.activity(a).is_some()) {
        return Some(a);
    }
    db.activities
        .iter()
        .find(|a| {
            [Some(&a.name_en), a.name_ru.as_ref(), a.name_kk.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| normalise(n) == q)
        })
        .map(|a| a.code.clone())
}

/// Taldau's OKED term ids (figures.md §5c).
fn activity_by_term(id: i64) -> Option<ActivityCode> {
    let code = match id {
        3079117 => "IND",
        3078703 => "B",
        3078734 => "C",
        3079084 => "D",
        3079097 => "E",
        _ => return None,
    };
    ActivityCode::parse(code)
}

/// The Russian month names (nominative), for Taldau period names ("январь-февраль 2024").
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// A Taldau period name: "2004 год" → the year; "январь-февраль 2024" → Jan–Feb cumulative.
/// A single month ("февраль 2024") has no place in the model: `None`.
fn taldau_period(name: &str) -> Option<Period> {
    let lower = name.to_lowercase();
    let year: i32 = lower
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 4)?
        .parse()
        .ok()?;
    if lower.contains("год") || lower.contains("жыл") {
        return Some(Period::year(year));
    }
    let months: Vec<usize> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter_map(|w| MONTHS_RU.iter().position(|m| *m == w))
        .collect();
    match months.as_slice() {
        [0, end] if *end == 11 => Some(Period::year(year)),
        [0, end] => Some(Period {
            year,
            kind: PeriodType::Cumulative(u8::try_from(*end + 1).ok()?),
        }),
        _ => None,
    }
}

fn make_row(
    row: usize,
    geo: &Region,
    activity: ActivityCode,
    period: Period,
    stated: f64,
    opts: &Options,
) -> Result<Row, String> {
    if !geo.exists_in(period.year) {
        return Err(format!("{} did not exist in {period}", geo.name_en));
    }
    let value = opts.unit.normalise(stated);
    if opts.indicator == Indicator::Iip && !IIP_RANGE.contains(&value) {
        return Err(format!(
            "IIP {stated} outside {IIP_RANGE:?}: not a plausible index (a decimal-zero-groups artefact?)"
        ));
    }
    if opts.indicator == Indicator::Volume && value <= 0.0 {
        return Err(format!("volume {stated} is not positive"));
    }
    Ok(Row {
        row,
        geo: geo.code.clone(),
        activity,
        indicator: opts.indicator,
        period,
        stated,
        unit: opts.unit,
        value,
    })
}

/// The BNS dynamic-table CSV (tab-separated). Lines starting with `#` are comments.
pub fn parse_bns_csv(
    db: &Db,
    file: &str,
    text: &str,
    opts: &Options,
) -> Result<Parsed, Vec<ImportError>> {
    let mut errors = Vec::new();
    let mut out = Parsed::default();
    let err = |row, message: String| ImportError {
        file: file.to_owned(),
        row,
        message,
    };
    let mut lines = text
        .trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let Some((_, header)) = lines.next() else {
        return Err(vec![err(0, "empty file".into())]);
    };
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    let find = |pred: &dyn Fn(&str) -> bool| cols.iter().position(|c| pred(c));
    let (Some(geo_col), Some(period_col), Some(val_col)) = (
        find(&|c| c.starts_with("КАТО(")),
        find(&|c| c == "PERIOD"),
        find(&|c| c == "VAL"),
    ) else {
        return Err(vec![err(
            1,
            "header lacks a КАТО(…) territory, PERIOD or VAL column".into(),
        )]);
    };
    let dat_col = find(&|c| c == "DAT");
    let act_col = find(&|c| c.starts_with("ГОКЭД"));
    let rel_col = find(&|c| c == "ССП");
    for (n, line) in lines {
        let cells: Vec<&str> = line.split('\t').map(str::trim).collect();
        let cell = |i: usize| cells.get(i).copied().unwrap_or_default();
        let geo_name = cell(geo_col);
        let period_text = cell(period_col);
        let what = format!("{geo_name}, {period_text}");
        if let Some(rel) = rel_col.map(cell) {
            let wanted = normalise("отчетный период к предыдущему периоду");
            if opts.indicator == Indicator::Iip && normalise(rel) != wanted {
                out.skipped
                    .push((n, format!("{what}: another comparison («{rel}»)")));
                continue;
            }
        }
        if let Some(kind) = dat_col.map(cell) {
            let k = kind.to_lowercase();
            if !(k.is_empty() || k.contains("год") || k.contains("жыл")) {
                out.skipped.push((
                    n,
                    format!("{what}: period type «{kind}» (only years are read from this table)"),
                ));
                continue;
            }
        }
        let raw = cell(val_col);
        if raw.eq_ignore_ascii_case("x") || raw.is_empty() || raw == "-" {
            out.skipped.push((
                n,
                format!("{what}: no value («{raw}», confidential or absent)"),
            ));
            continue;
        }
        let Some(geo) = region_by_name(db, geo_name) else {
            errors.push(err(n, format!("unknown territory «{geo_name}»")));
            continue;
        };
        let year = period_text
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (1990..=2100).contains(y));
        let Some(year) = year else {
            errors.push(err(n, format!("{what}: PERIOD does not start with a year")));
            continue;
        };
        let activity = match act_col.map(cell) {
            Some(a) => match activity_by_name(db, a) {
                Some(a) => a,
                None => {
                    errors.push(err(n, format!("{what}: unknown activity «{a}»")));
                    continue;
                }
            },
            None => opts.activity.clone(),
        };
        let Some(stated) = number(raw) else {
            errors.push(err(n, format!("{what}: not a number «{raw}»")));
            continue;
        };
        match make_row(n, geo, activity, Period::year(year), stated, opts) {
            Ok(r) => out.rows.push(r),
            Err(m) => errors.push(err(n, format!("{what}: {m}"))),
        }
    }
    finish(db, file, out, errors)
}

/// The magnitude checks over a parsed file, then its rows, or every error.
fn finish(
    db: &Db,
    file: &str,
    out: Parsed,
    mut errors: Vec<ImportError>,
) -> Result<Parsed, Vec<ImportError>> {
    check_magnitudes(db, file, &out.rows, &mut errors);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Volumes: the Bureau's "decimal zero groups" artefact multiplies a value by a thousand, so a
/// value is refused (and its row named) when it is larger than the Republic's total of the same
/// year, more than ten times all other regions of the file together, or a hundred times the
/// same region's value in the bundle or in other years — no revision or year-on-year change
/// comes near that.
fn check_magnitudes(db: &Db, file: &str, rows: &[Row], errors: &mut Vec<ImportError>) {
    let volumes: Vec<&Row> = rows
        .iter()
        .filter(|r| r.indicator == Indicator::Volume)
        .collect();
    for r in &volumes {
        let same_year = |f: &dyn Fn(&Row) -> bool| {
            volumes
                .iter()
                .filter(|o| o.period == r.period && o.activity == r.activity && f(o))
                .map(|o| o.value)
                .collect::<Vec<_>>()
        };
        let name = db
            .region(&r.geo)
            .map_or(r.geo.as_str(), |g| g.name_en.as_str());
        let republic_cell = Cell::new(&RegionCode::republic(), &r.activity, r.indicator, r.period);
        let mut republic = same_year(&|o| o.geo.is_republic());
        republic.extend(best(db, &republic_cell).map(|o| o.value));
        let others = same_year(&|o| !o.geo.is_republic() && o.geo != r.geo);
        let others_sum: f64 = others.iter().sum();
        // The same region in other years (file and bundle), for a median.
        let mut own: Vec<f64> = volumes
            .iter()
            .filter(|o| {
                o.geo == r.geo
                    && o.activity == r.activity
                    && o.period.kind == r.period.kind
                    && o.period != r.period
            })
            .map(|o| o.value)
            .chain(
                db.observations
                    .iter()
                    .filter(|o| {
                        o.geo == r.geo
                            && o.activity == r.activity
                            && o.indicator == r.indicator
                            && o.period.kind == r.period.kind
                            && o.period != r.period
                    })
                    .map(|o| o.value),
            )
            .collect();
        own.sort_by(f64::total_cmp);
        let median = own.get(own.len() / 2).copied();
        let cell = Cell::new(&r.geo, &r.activity, r.indicator, r.period);
        let bundled = best(db, &cell).map(|o| o.value);
        let problem = if !r.geo.is_republic() && republic.iter().any(|&t| r.value > t) {
            Some("more than the Republic's total".to_owned())
        } else if !r.geo.is_republic() && others.len() >= 3 && r.value > 10.0 * others_sum {
            Some(format!(
                "more than ten times all {} other regions together",
                others.len()
            ))
        } else if let Some(old) = bundled.filter(|&old| !(0.01..=100.0).contains(&(r.value / old)))
        {
            Some(format!(
                "{:.0} times the bundled value {old}",
                r.value / old
            ))
        } else {
            median.filter(|&m| r.value / m >= 100.0).map(|m| {
                format!(
                    "{:.0} times the region's median of other years",
                    r.value / m
                )
            })
        };
        if let Some(p) = problem {
            errors.push(ImportError {
                file: file.to_owned(),
                row: r.row,
                message: format!(
                    "{name}, {}: {} {} is {p} — the export's \"decimal zero groups\" artefact? The file is rejected; nothing is imported from it.",
                    r.period,
                    r.stated,
                    r.unit.key()
                ),
            });
        }
    }
}

#[derive(Deserialize)]
struct TaldauRow {
    #[serde(default)]
    terms: Vec<serde_json::Value>,
    #[serde(default, rename = "termNames")]
    term_names: Vec<String>,
    #[serde(default)]
    periods: Vec<TaldauPeriod>,
}

#[derive(Deserialize)]
struct TaldauPeriod {
    name: String,
    #[serde(default)]
    date: Option<String>,
    value: serde_json::Value,
}

fn json_number(v: &serde_json::Value) -> Option<f64> {
    match v {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => number(s),
        _ => None,
    }
}

fn is_x(v: &serde_json::Value) -> bool {
    matches!(v, serde_json::Value::Null)
        || v.as_str()
            .is_some_and(|s| s.trim().eq_ignore_ascii_case("x") || s.trim().is_empty())
}

fn term_id(v: &serde_json::Value) -> Option<i64> {
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

/// Taldau `GetIndexData`: one row per territory × classifier terms, periods inside.
pub fn parse_taldau_index(
    db: &Db,
    file: &str,
    text: &str,
    opts: &Options,
) -> Result<Parsed, Vec<ImportError>> {
    let err = |row, message: String| ImportError {
        file: file.to_owned(),
        row,
        message,
    };
    let rows: Vec<TaldauRow> = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![err(0, format!("not GetIndexData JSON: {e}"))])?;
    let mut errors = Vec::new();
    let mut out = Parsed::default();
    for (i, row) in rows.iter().enumerate() {
        let n = i + 1;
        let geo_term = row.terms.first().and_then(term_id);
        let geo_name = row.term_names.first().map_or("", String::as_str);
        let geo = if geo_term == Some(741_880) {
            db.region(&RegionCode::republic())
        } else {
            region_by_name(db, geo_name)
        };
        let Some(geo) = geo else {
            errors.push(err(n, format!("unknown territory «{geo_name}»")));
            continue;
        };
        let activity = row
            .terms
            .iter()
            .skip(1)
            .filter_map(term_id)
            .find_map(activity_by_term)
            .or_else(|| {
                row.term_names
                    .iter()
                    .skip(1)
                    .find_map(|t| activity_by_name(db, t))
            })
            .unwrap_or_else(|| opts.activity.clone());
        for p in &row.periods {
            let what = format!("{geo_name}, {}", p.name);
            if is_x(&p.value) {
                out.skipped
                    .push((n, format!("{what}: no value (confidential or absent)")));
                continue;
            }
            let Some(period) = taldau_period(&p.name) else {
                out.skipped
                    .push((n, format!("{what}: a single month or an unknown period")));
                continue;
            };
            if let Some(d) = p.date.as_deref() {
                // "31.12.2004": the year must agree with the name.
                if d.rsplit('.').next().and_then(|y| y.parse::<i32>().ok()) != Some(period.year) {
                    errors.push(err(
                        n,
                        format!("{what}: date {d} does not match the period"),
                    ));
                    continue;
                }
            }
            let Some(stated) = json_number(&p.value) else {
                errors.push(err(n, format!("{what}: not a number {}", p.value)));
                continue;
            };
            match make_row(n, geo, activity.clone(), period, stated, opts) {
                Ok(r) => out.rows.push(r),
                Err(m) => errors.push(err(n, format!("{what}: {m}"))),
            }
        }
    }
    finish(db, file, out, errors)
}

/// Taldau `GetIndexTreeData`: one node per territory, a `yMMYYYY` key per period.
pub fn parse_taldau_tree(
    db: &Db,
    file: &str,
    text: &str,
    opts: &Options,
) -> Result<Parsed, Vec<ImportError>> {
    let err = |row, message: String| ImportError {
        file: file.to_owned(),
        row,
        message,
    };
    let nodes: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| vec![err(0, format!("not GetIndexTreeData JSON: {e}"))])?;
    let mut errors = Vec::new();
    let mut out = Parsed::default();
    for (i, node) in nodes.iter().enumerate() {
        let n = i + 1;
        let name = node
            .get("text")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let id = node.get("id").and_then(term_id);
        let geo = if id == Some(741_880) {
            db.region(&RegionCode::republic())
        } else {
            region_by_name(db, name)
        };
        let Some(geo) = geo else {
            errors.push(err(n, format!("unknown territory «{name}»")));
            continue;
        };
        for (key, v) in node {
            let Some(mmyyyy) = key
                .strip_prefix('y')
                .filter(|k| k.len() == 6 && k.chars().all(|c| c.is_ascii_digit()))
            else {
                continue;
            };
            let (Ok(month), Ok(year)) = (mmyyyy[..2].parse::<u8>(), mmyyyy[2..].parse::<i32>())
            else {
                continue;
            };
            let what = format!("{name}, {key}");
            let period = match month {
                12 => Period::year(year),
                1..=11 => Period {
                    year,
                    kind: PeriodType::Cumulative(month),
                },
                _ => {
                    errors.push(err(n, format!("{what}: month {month} out of range")));
                    continue;
                }
            };
            if is_x(v) {
                out.skipped
                    .push((n, format!("{what}: no value (confidential or absent)")));
                continue;
            }
            let Some(stated) = json_number(v) else {
                errors.push(err(n, format!("{what}: not a number {v}")));
                continue;
            };
            match make_row(n, geo, opts.activity.clone(), period, stated, opts) {
                Ok(r) => out.rows.push(r),
                Err(m) => errors.push(err(n, format!("{what}: {m}"))),
            }
        }
    }
    finish(db, file, out, errors)
}

/// A value that differs from the bundle's shown value for its cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    pub row: Row,
    pub old: f64,
    pub old_source: String,
}

/// What an import would change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// Cells no release had.
    pub new: Vec<Row>,
    /// Same figure as the bundle's (up to rounding): nothing to write.
    pub unchanged: Vec<Row>,
    /// Different from the bundle's: written as a new release, never over the old one.
    pub revised: Vec<Revision>,
}

/// Compares rows with the bundle.
pub fn plan(db: &Db, rows: Vec<Row>) -> Plan {
    let mut p = Plan::default();
    for row in rows {
        let cell = Cell::new(&row.geo, &row.activity, row.indicator, row.period);
        match best(db, &cell) {
            None => p.new.push(row),
            Some(o) if same_figure(row.indicator, o.value, row.value) => p.unchanged.push(row),
            Some(o) => p.revised.push(Revision {
                old: o.value,
                old_source: o.source.as_str().to_owned(),
                row,
            }),
        }
    }
    p
}

/// The release an import writes: one source, dated by the export.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub id: String,
    pub date: Date,
    pub title: String,
    pub url: Option<String>,
}

impl Release {
    /// `bns-export-2026-01-15`, titled after the files.
    pub fn new(date: Date, files: &[String], url: Option<String>) -> Self {
        Self {
            id: format!("bns-export-{date}"),
            date,
            title: format!(
                "Bureau of National Statistics export of {date} ({})",
                files.join(", ")
            ),
            url,
        }
    }
}

/// The file the import tool owns: `data/bns_imports.json` (a dataset with its own sources).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportFile {
    pub id: String,
    pub description: String,
    pub priority: u8,
    pub sources: Vec<OutSource>,
    pub observations: Vec<OutObservation>,
}

impl Default for ImportFile {
    fn default() -> Self {
        Self {
            id: "bns-imports".into(),
            description: "Values imported by `kz-iip-data import` from the Bureau's machine-readable exports (dynamic-table CSV, Taldau JSON). Each import is one release (a source dated by its export); a value that differs from an earlier release is added beside it, never over it.".into(),
            priority: 3,
            sources: Vec::new(),
            observations: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutSource {
    pub id: String,
    pub title: String,
    pub title_is_description: bool,
    pub lang: String,
    pub publisher: String,
    pub basis: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutObservation {
    pub geo: String,
    pub activity: String,
    pub period: String,
    pub indicator: String,
    pub unit: String,
    pub value: f64,
    pub source: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Adds the plan's new and revised values to the import file as one release.
pub fn apply(file: &mut ImportFile, plan: &Plan, release: &Release) {
    if plan.new.is_empty() && plan.revised.is_empty() {
        return;
    }
    if !file.sources.iter().any(|s| s.id == release.id) {
        file.sources.push(OutSource {
            id: release.id.clone(),
            title: release.title.clone(),
            title_is_description: true,
            lang: "en".into(),
            publisher: "Bureau of National Statistics of the Republic of Kazakhstan".into(),
            basis: "bns".into(),
            url: release.url.clone(),
            date: Some(release.date.to_string()),
            note: Some("Imported with kz-iip-data; the export's own date.".into()),
        });
    }
    let rows = plan
        .new
        .iter()
        .map(|r| (r, None))
        .chain(plan.revised.iter().map(|r| {
            (
                &r.row,
                Some(format!("Revises {} ({}).", r.old, r.old_source)),
            )
        }));
    for (r, note) in rows {
        file.observations.push(OutObservation {
            geo: r.geo.to_string(),
            activity: r.activity.to_string(),
            period: r.period.to_string(),
            indicator: r.indicator.key().into(),
            unit: r.unit.key().into(),
            value: r.stated,
            source: release.id.clone(),
            status: "official".into(),
            note,
        });
    }
}

/// The revision report: one line per changed cell, then the counts.
pub fn report(db: &Db, plan: &Plan, release: &Release) -> String {
    let name = |c: &RegionCode| {
        db.region(c)
            .map_or(c.as_str(), |r| r.name_en.as_str())
            .to_owned()
    };
    let mut out = String::new();
    for r in &plan.revised {
        out.push_str(&format!(
            "revised  {} {} · {} · {} · {}: {} → {} (was {}; new release {}, {})\n",
            r.row.geo,
            name(&r.row.geo),
            r.row.activity,
            r.row.indicator.key(),
            r.row.period,
            r.old,
            r.row.value,
            r.old_source,
            release.id,
            release.date
        ));
    }
    out.push_str(&format!(
        "{} new, {} unchanged, {} revised\n",
        plan.new.len(),
        plan.unchanged.len(),
        plan.revised.len()
    ));
    out
}

//! Reading one export: which layout, which indicator and unit, then its rows. Every column means
//! something (territory, activity, comparison base, another breakdown, period, value); a row the
//! bundle cannot hold is skipped and counted by reason, never merged into another cell; a row
//! that cannot be read is a refusal naming it. Pure: bytes in, an [`Export`] out, no panics.
//!
//! Layouts (described in README.md, "Refreshing the data"):
//! - the dynamic-table CSV of stat.gov.kz: every field quoted, tab-separated, header
//!   `NAM DAT PERIOD КАТО(…) LКАТО(…) [classifier L-classifier …] VAL`; `NAM` = `name(unit)`;
//! - Taldau `GetIndexData` JSON: `[{terms, termNames, periods: [{name, date, value}]}]`;
//! - Taldau `GetIndexTreeData` JSON: nodes `{id, text, leaf, "MMYYYY": …, "yMMYYYY": value}`.
//!
//! Neither Taldau answer names its index (`--index`), and the tree answer does not say whether
//! its periods are single months or January–month (`--period-id 4|8`).

use std::collections::{BTreeMap, HashMap};

use encoding_rs::Encoding;
use kz_iip_data::select::Cell;
use kz_iip_data::{ActivityCode, Db, Indicator, Region, RegionCode, Unit};
use serde::Deserialize;

use crate::terms::{self, PeriodKind, Territory};

/// What the command line says about the exports.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub encoding: Option<&'static Encoding>,
    /// Taldau's index id (701625 IIP, 701592 volume): required for Taldau answers.
    pub index: Option<u32>,
    pub unit: Option<Unit>,
    /// Taldau's `p_period_id` (4 single months, 7 years, 8 January–month): required for tree data.
    pub period_id: Option<u8>,
    /// Activity of rows that do not name one; total industry by default.
    pub activity: Option<ActivityCode>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    BnsCsv,
    TaldauIndexData,
    TaldauTree,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Self::BnsCsv => "stat.gov.kz dynamic-table CSV",
            Self::TaldauIndexData => "Taldau GetIndexData JSON",
            Self::TaldauTree => "Taldau GetIndexTreeData JSON",
        }
    }
}

/// One value read.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// 1-based line (CSV) or item (JSON).
    pub line: usize,
    pub cell: Cell,
    /// The value as exported, parsed.
    pub stated: f64,
    /// The text as exported.
    pub raw: String,
    pub unit: Unit,
    /// Normalised: index, or million tenge.
    pub value: f64,
    /// Printed with the "decimal zero groups" pattern (`3 361 007 000 000`).
    pub zero_groups: bool,
}

/// What one file held.
#[derive(Clone, Debug, Default)]
pub struct Export {
    pub file: String,
    pub encoding: &'static str,
    pub format: Option<Format>,
    pub indicator: Option<Indicator>,
    /// How the file named it: its `NAM`, or "Taldau index 701625".
    pub indicator_text: String,
    pub unit: Option<Unit>,
    /// Values (data rows or periods) read.
    pub read: usize,
    pub rows: Vec<Row>,
    /// Reason → count.
    pub skipped: BTreeMap<String, usize>,
    /// Why the file cannot be imported; non-empty means nothing of it is.
    pub refused: Vec<String>,
}

impl Export {
    fn skip(&mut self, reason: String) {
        *self.skipped.entry(reason).or_default() += 1;
    }

    fn refuse(&mut self, line: usize, message: String) {
        // A file with thousands of bad rows: the first 20 name their rows, then a count.
        if self.refused.len() < 20 {
            self.refused.push(if line == 0 {
                message
            } else {
                format!("row {line}: {message}")
            });
        } else if self.refused.len() == 20 {
            self.refused.push("… and more rows refused".to_owned());
        }
    }

    /// Periods read, as text ("2009–2024 (years)").
    pub fn periods(&self) -> Vec<String> {
        let mut p: Vec<String> = self
            .rows
            .iter()
            .map(|r| r.cell.period.to_string())
            .collect();
        p.sort();
        p.dedup();
        p
    }

    pub fn territories(&self) -> usize {
        let mut t: Vec<&RegionCode> = self.rows.iter().map(|r| &r.cell.geo).collect();
        t.sort_by_key(|c| c.as_str());
        t.dedup();
        t.len()
    }
}

/// Reads one export; `file` names it in messages.
pub fn read_export(db: &Db, file: &str, bytes: impl Into<Vec<u8>>, opts: &Options) -> Export {
    let mut ex = Export {
        file: file.to_owned(),
        ..Export::default()
    };
    let text = match crate::text::decode(bytes.into(), opts.encoding) {
        Ok((text, enc)) => {
            ex.encoding = enc;
            text
        }
        Err(m) => {
            ex.refuse(0, m);
            return ex;
        }
    };
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.is_empty() {
        ex.refuse(0, "the file is empty".into());
    } else if body.starts_with('[') || body.starts_with('{') {
        read_json(db, body, opts, &mut ex);
    } else {
        ex.format = Some(Format::BnsCsv);
        read_csv(db, body, opts, &mut ex);
    }
    if ex.refused.is_empty() && ex.read == 0 {
        ex.refuse(0, "no values in the file".into());
    }
    ex
}

/// The unit: the file's (NAM brackets, Taldau's measureName) and `--unit` must agree.
fn settle_unit(
    ex: &mut Export,
    indicator: Indicator,
    named: Option<&str>,
    opts: &Options,
) -> Option<Unit> {
    let from_file = match named.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => match terms::unit_by_name(n) {
            Some(u) => Some(u),
            None => {
                ex.refuse(0, format!("unit «{n}» is not one the bundle holds"));
                return None;
            }
        },
        None => None,
    };
    let unit = match (from_file, opts.unit) {
        (Some(f), Some(o)) if f != o => {
            ex.refuse(
                0,
                format!("the file's unit is {} but --unit says {}", f.key(), o.key()),
            );
            return None;
        }
        (Some(u), _) | (None, Some(u)) => u,
        (None, None) if indicator == Indicator::Iip => Unit::Percent,
        (None, None) => {
            ex.refuse(
                0,
                "the file does not say its unit: give --unit tenge|thousand_tenge|mln_tenge|bn_tenge".into(),
            );
            return None;
        }
    };
    if unit.indicator() != indicator
        || !matches!(unit, Unit::Percent) && indicator == Indicator::Iip
    {
        ex.refuse(
            0,
            format!("unit {} does not fit the {}", unit.key(), indicator.key()),
        );
        return None;
    }
    ex.unit = Some(unit);
    Some(unit)
}

/// A number as exported: spaces (also no-break) as group separators, comma or point decimals.
pub fn number(s: &str) -> Option<f64> {
    let cleaned: String = s
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty()
        || !cleaned
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A gap: `x` (confidential), `-`, empty.
pub fn is_gap(s: &str) -> bool {
    matches!(
        s.trim(),
        "" | "x" | "X" | "х" | "Х" | "-" | "–" | "—" | "…" | "..."
    )
}

/// The "decimal zero groups" artefact's print: digit groups whose last two are `000`, no
/// decimals (`3 361 007 000 000`, `127 787 300 000`).
pub fn zero_groups(raw: &str) -> bool {
    let groups: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|g| !g.is_empty())
        .collect();
    groups.len() >= 3
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups[groups.len() - 2..].iter().all(|g| *g == "000")
}

struct Value<'a> {
    line: usize,
    geo: &'a Region,
    activity: ActivityCode,
    kind: PeriodKind,
    year: i32,
    raw: &'a str,
    indicator: Indicator,
    unit: Unit,
}

/// The common end of a row: the bundle's period, the territory's lifetime, gap, number.
fn take_value(ex: &mut Export, v: Value<'_>) {
    let Some(period) = v.kind.period(v.year) else {
        ex.skip(format!("period: {}", v.kind.describe()));
        return;
    };
    if !v.activity.is_total() && !v.geo.code.is_republic() {
        ex.skip(format!(
            "activity {} of a region (the bundle holds activities for the Republic only)",
            v.activity
        ));
        return;
    }
    if !v.geo.exists_in(v.year) {
        ex.skip(format!("{} did not exist in {}", v.geo.name_en, v.year));
        return;
    }
    if is_gap(v.raw) {
        ex.skip(format!("no value («{}»)", v.raw.trim()));
        return;
    }
    let Some(stated) = number(v.raw) else {
        ex.refuse(v.line, format!("not a number «{}»", v.raw));
        return;
    };
    ex.rows.push(Row {
        line: v.line,
        cell: Cell::new(&v.geo.code, &v.activity, v.indicator, period),
        stated,
        raw: v.raw.trim().to_owned(),
        unit: v.unit,
        value: v.unit.normalise(stated),
        zero_groups: zero_groups(v.raw),
    });
}

/// What a classifier column means.
#[derive(Clone, Debug, PartialEq)]
enum Column {
    Nam,
    Dat,
    Period,
    Val,
    Territory,
    Activity,
    Comparison,
    /// Another classifier (СПВД, СВСР, ГКОФ …): rows other than its total are skipped.
    Breakdown(String),
    /// `L…`: the code or level beside a classifier column.
    Label,
}

fn columns(header: &csv::StringRecord) -> Vec<Column> {
    let names: Vec<String> = header.iter().map(|h| h.trim().to_owned()).collect();
    names
        .iter()
        .map(|h| {
            let up = h.to_uppercase();
            match up.as_str() {
                "NAM" => Column::Nam,
                "DAT" => Column::Dat,
                "PERIOD" => Column::Period,
                "VAL" => Column::Val,
                _ if h
                    .strip_prefix(['L', 'l'])
                    .is_some_and(|rest| names.iter().any(|o| o == rest)) =>
                {
                    Column::Label
                }
                _ if up.starts_with("КАТО") => Column::Territory,
                _ if up.starts_with("ГОКЭД") || up.starts_with("ОКЭД") => Column::Activity,
                _ if up.starts_with("ССП") => Column::Comparison,
                _ => Column::Breakdown(h.clone()),
            }
        })
        .collect()
}

fn read_csv(db: &Db, body: &str, opts: &Options, ex: &mut Export) {
    let first = body.lines().next().unwrap_or_default();
    let delimiter = [b'\t', b';', b','];
    let delimiter = delimiter
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b'\t');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(body.as_bytes());
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            ex.refuse(0, format!("cannot read the header: {e}"));
            return;
        }
    };
    let cols = columns(&header);
    let find = |c: &Column| cols.iter().position(|x| x == c);
    let (Some(geo_col), Some(val_col)) = (find(&Column::Territory), find(&Column::Val)) else {
        ex.refuse(
            0,
            "not a dynamic-table export: the header lacks a КАТО(…) territory or VAL column (nor is it Taldau JSON)"
                .into(),
        );
        return;
    };
    let (nam_col, dat_col, period_col) = (
        find(&Column::Nam),
        find(&Column::Dat),
        find(&Column::Period),
    );
    if dat_col.is_none() && period_col.is_none() {
        ex.refuse(0, "the header has neither DAT nor PERIOD".into());
        return;
    }
    let mut settled: Option<(String, Indicator, Unit)> = None;
    if nam_col.is_none() {
        // No NAM: only `--index` can say what the file holds.
        let Some(indicator) = opts.index.and_then(terms::indicator_by_index) else {
            ex.refuse(0, "the file does not name its indicator (no NAM column): give --index 701625 (IIP) or 701592 (output volume)".into());
            return;
        };
        let Some(unit) = settle_unit(ex, indicator, None, opts) else {
            return;
        };
        ex.indicator = Some(indicator);
        ex.indicator_text = format!("--index {}", opts.index.unwrap_or_default());
        settled = Some((String::new(), indicator, unit));
    }
    let mut territories: HashMap<String, Territory<'_>> = HashMap::new();
    let mut periods: HashMap<String, Result<(i32, PeriodKind), String>> = HashMap::new();
    let mut activities: HashMap<String, Option<ActivityCode>> = HashMap::new();
    for (i, record) in reader.records().enumerate() {
        // Line numbers count the header as line 1 (comment lines are not counted by csv).
        let line = record
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map_or(i + 2, |p| usize::try_from(p.line()).unwrap_or(i + 2));
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                ex.refuse(line, format!("unreadable row: {e}"));
                continue;
            }
        };
        let cell = |c: usize| record.get(c).unwrap_or_default().trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        // Know what the file holds before reading a value.
        let (indicator, unit) = match (&settled, nam_col) {
            (Some((nam, ind, unit)), Some(nc)) if cell(nc) != nam => {
                let _ = (ind, unit);
                ex.refuse(
                    line,
                    format!("NAM «{}» differs from the first row's", cell(nc)),
                );
                continue;
            }
            (Some((_, ind, unit)), _) => (*ind, *unit),
            (None, Some(nc)) => {
                let nam = cell(nc).to_owned();
                let (name, unit_text) = terms::split_nam(&nam);
                let Some(indicator) = terms::indicator_by_name(name) else {
                    ex.indicator_text = nam.clone();
                    ex.refuse(0, format!("NAM «{nam}» is not the industrial production index (element 5809) or output volume (5791): refused"));
                    return;
                };
                if let Some(i) = opts.index.and_then(terms::indicator_by_index) {
                    if i != indicator {
                        ex.refuse(0, format!("NAM «{nam}» contradicts --index"));
                        return;
                    }
                }
                let Some(unit) = settle_unit(ex, indicator, unit_text, opts) else {
                    return;
                };
                ex.indicator = Some(indicator);
                ex.indicator_text.clone_from(&nam);
                settled = Some((nam, indicator, unit));
                (indicator, unit)
            }
            (None, None) => return,
        };
        ex.read += 1;
        // Exports repeat a few names over many rows: each is resolved once.
        let name = cell(geo_col);
        let territory = match territories.get(name) {
            Some(t) => t.clone(),
            None => {
                let t = terms::territory(db, name);
                territories.insert(name.to_owned(), t.clone());
                t
            }
        };
        let geo = match territory {
            Territory::Unit(r) => r,
            Territory::Local => {
                ex.skip("territory: a town or district".into());
                continue;
            }
            Territory::Empty => {
                ex.skip("territory: empty".into());
                continue;
            }
            Territory::Unknown => {
                ex.refuse(line, format!("unknown territory «{}»", cell(geo_col)));
                continue;
            }
            Territory::Ambiguous(a, b) => {
                ex.refuse(
                    line,
                    format!("territory «{}» fits both {a} and {b}", cell(geo_col)),
                );
                continue;
            }
        };
        let key = format!(
            "{}\u{1}{}",
            dat_col.map(cell).unwrap_or_default(),
            period_col.map(cell).unwrap_or_default()
        );
        let period = periods
            .entry(key)
            .or_insert_with(|| csv_period(dat_col.map(cell), period_col.map(cell)))
            .clone();
        let (year, kind) = match period {
            Ok(p) => p,
            Err(m) => {
                ex.refuse(line, m);
                continue;
            }
        };
        let mut activity = opts.activity.clone().unwrap_or_else(ActivityCode::total);
        let mut skip = None;
        for (c, col) in cols.iter().enumerate() {
            let v = cell(c);
            match col {
                Column::Activity => match activities
                    .entry(v.to_owned())
                    .or_insert_with(|| terms::activity_by_name(db, v))
                    .clone()
                {
                    Some(a) => activity = a,
                    None => skip = Some(format!("{} = «{v}»", header.get(c).unwrap_or_default())),
                },
                Column::Comparison
                    if !(indicator == Indicator::Iip && terms::comparison_fits(v, kind)
                        || indicator == Indicator::Volume && terms::is_total(v)) =>
                {
                    skip = Some(format!("{} = «{v}»", header.get(c).unwrap_or_default()));
                }
                Column::Breakdown(name) if !terms::is_total(v) => {
                    skip = Some(format!("{name} = «{v}»"));
                }
                _ => {}
            }
            if skip.is_some() {
                break;
            }
        }
        if let Some(reason) = skip {
            ex.skip(reason);
            continue;
        }
        take_value(
            ex,
            Value {
                line,
                geo,
                activity,
                kind,
                year,
                raw: cell(val_col),
                indicator,
                unit,
            },
        );
    }
}

/// `DAT` + `PERIOD` → the year and the period type; they must agree.
fn csv_period(dat: Option<&str>, period: Option<&str>) -> Result<(i32, PeriodKind), String> {
    let code = match period.filter(|p| !p.is_empty()) {
        Some(p) => Some(
            terms::period_code(p).ok_or_else(|| format!("PERIOD «{p}» is not YYYY or YYYYMM"))?,
        ),
        None => None,
    };
    let named = match dat.filter(|d| !d.is_empty()) {
        Some(d) => {
            Some(terms::period_name(d).ok_or_else(|| format!("period «{d}» not understood"))?)
        }
        None => None,
    };
    match (named, code) {
        (Some((Some(y), _)), Some((py, _))) if y != py => Err(format!(
            "DAT «{}» and PERIOD «{}» name different years",
            dat.unwrap_or_default(),
            period.unwrap_or_default()
        )),
        (Some((Some(y), kind)), _) => Ok((y, kind)),
        (Some((None, kind)), Some((y, _))) => Ok((y, kind)),
        (None, Some((y, None))) => Ok((y, PeriodKind::Year)),
        (None, Some(_)) => {
            Err("PERIOD has a month but there is no DAT to say the period type".into())
        }
        (Some((None, _)), None) | (None, None) => Err("no year in DAT or PERIOD".into()),
    }
}

#[derive(Deserialize)]
struct TaldauRow {
    #[serde(default)]
    terms: Vec<serde_json::Value>,
    #[serde(default, rename = "termNames")]
    term_names: Vec<serde_json::Value>,
    #[serde(default)]
    periods: Vec<TaldauPeriod>,
}

#[derive(Deserialize)]
struct TaldauPeriod {
    #[serde(default)]
    name: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    value: serde_json::Value,
}

fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn term_id(v: &serde_json::Value) -> Option<i64> {
    v.as_i64()
        .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
}

fn read_json(db: &Db, body: &str, opts: &Options, ex: &mut Export) {
    let value: serde_json::Value = match serde_json::from_str(body) {
        Ok(v) => v,
        Err(e) => {
            let what = if e.is_eof() {
                "truncated JSON (it ends before its last bracket)"
            } else {
                "invalid JSON"
            };
            ex.refuse(
                0,
                format!("{what} at line {}, column {}: {e}", e.line(), e.column()),
            );
            return;
        }
    };
    let Some(items) = value.as_array() else {
        ex.refuse(0, "JSON, but not a Taldau answer (an array of rows or tree nodes); an error message from the API?".into());
        return;
    };
    let first = items.iter().find(|i| i.is_object());
    let format = match first {
        Some(f) if f.get("periods").is_some() || f.get("termNames").is_some() => {
            Format::TaldauIndexData
        }
        Some(f) if f.get("text").is_some() => Format::TaldauTree,
        _ => {
            ex.refuse(
                0,
                "JSON, but neither GetIndexData nor GetIndexTreeData rows".into(),
            );
            return;
        }
    };
    ex.format = Some(format);
    let Some(index) = opts.index else {
        ex.refuse(0, format!("a {} answer does not name its index: give --index 701625 (industrial production index) or --index 701592 (output volume)", format.name()));
        return;
    };
    let Some(indicator) = terms::indicator_by_index(index) else {
        ex.refuse(0, format!("--index {index} is not the industrial production index (701625) or output volume (701592)"));
        return;
    };
    ex.indicator = Some(indicator);
    ex.indicator_text = format!("Taldau index {index}");
    let measure = first
        .and_then(|f| f.get("measureName"))
        .and_then(|m| m.as_str())
        .map(str::to_owned);
    let Some(unit) = settle_unit(ex, indicator, measure.as_deref(), opts) else {
        return;
    };
    let default_activity = opts.activity.clone().unwrap_or_else(ActivityCode::total);
    match format {
        Format::TaldauIndexData => {
            for (i, item) in items.iter().enumerate() {
                let row: TaldauRow = match serde_json::from_value(item.clone()) {
                    Ok(r) => r,
                    Err(e) => {
                        ex.refuse(i + 1, format!("not a GetIndexData row: {e}"));
                        continue;
                    }
                };
                taldau_row(
                    db,
                    ex,
                    i + 1,
                    &row,
                    indicator,
                    unit,
                    opts,
                    &default_activity,
                );
            }
        }
        Format::TaldauTree => {
            let kind_of = match opts.period_id {
                Some(4) => |m: u8| PeriodKind::Month(m),
                Some(7) => |_| PeriodKind::Year,
                Some(8) => |m: u8| PeriodKind::Cumulative(m),
                _ => {
                    ex.refuse(0, "a GetIndexTreeData answer does not say whether its periods are single months or January–month: give --period-id 4 (single months), 7 (years) or 8 (January–month), as in the request's p_period_id".into());
                    return;
                }
            };
            for (i, node) in items.iter().enumerate() {
                let n = i + 1;
                let Some(node) = node.as_object() else {
                    ex.refuse(n, "not a tree node".into());
                    continue;
                };
                let name = node.get("text").map(json_text).unwrap_or_default();
                let geo = if node.get("id").and_then(term_id) == Some(terms::TALDAU_REPUBLIC) {
                    db.region(&RegionCode::republic())
                } else {
                    match terms::territory(db, &name) {
                        Territory::Unit(r) => Some(r),
                        other => {
                            let values = node
                                .keys()
                                .filter(|k| k.starts_with('y') && k.len() == 7)
                                .count();
                            territory_problem(ex, n, &name, &other, values);
                            continue;
                        }
                    }
                };
                let Some(geo) = geo else { continue };
                for (key, v) in node {
                    let Some(mmyyyy) = key
                        .strip_prefix('y')
                        .filter(|k| k.len() == 6 && k.bytes().all(|b| b.is_ascii_digit()))
                    else {
                        continue;
                    };
                    ex.read += 1;
                    let month: u8 = mmyyyy[..2].parse().unwrap_or(0);
                    let year: i32 = mmyyyy[2..].parse().unwrap_or(0);
                    if !(1..=12).contains(&month) || !(1990..=2100).contains(&year) {
                        ex.refuse(n, format!("period key «{key}» is not yMMYYYY"));
                        continue;
                    }
                    if opts.period_id == Some(7) && month != 12 {
                        ex.refuse(
                            n,
                            format!("--period-id 7 (years) but the key «{key}» is not December"),
                        );
                        continue;
                    }
                    let raw = json_text(v);
                    take_value(
                        ex,
                        Value {
                            line: n,
                            geo,
                            activity: default_activity.clone(),
                            kind: kind_of(month),
                            year,
                            raw: &raw,
                            indicator,
                            unit,
                        },
                    );
                }
            }
        }
        Format::BnsCsv => {}
    }
}

/// A Taldau row or node whose territory is not a unit: its `values` skipped (town, district,
/// empty) or the file refused (unknown, ambiguous).
fn territory_problem(ex: &mut Export, n: usize, name: &str, t: &Territory<'_>, values: usize) {
    match t {
        Territory::Local | Territory::Empty => {
            ex.read += values;
            let what = if name.trim().is_empty() {
                "territory: empty"
            } else {
                "territory: a town or district"
            };
            *ex.skipped.entry(what.into()).or_default() += values;
        }
        Territory::Ambiguous(a, b) => {
            ex.refuse(n, format!("territory «{name}» fits both {a} and {b}"));
        }
        Territory::Unit(_) | Territory::Unknown => {
            ex.refuse(n, format!("unknown territory «{name}»"))
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn taldau_row(
    db: &Db,
    ex: &mut Export,
    n: usize,
    row: &TaldauRow,
    indicator: Indicator,
    unit: Unit,
    opts: &Options,
    default_activity: &ActivityCode,
) {
    let names: Vec<String> = row.term_names.iter().map(json_text).collect();
    let geo_name = names.first().cloned().unwrap_or_default();
    let count = row.periods.len();
    let geo = if row.terms.first().and_then(term_id) == Some(terms::TALDAU_REPUBLIC) {
        db.region(&RegionCode::republic())
    } else {
        match terms::territory(db, &geo_name) {
            Territory::Unit(r) => Some(r),
            other => {
                territory_problem(ex, n, &geo_name, &other, count);
                return;
            }
        }
    };
    let Some(geo) = geo else { return };
    // The other terms: an activity (OKED), a comparison base (dic 848) or another breakdown.
    let mut activity = default_activity.clone();
    let mut comparison = String::new();
    let mut breakdown = None;
    for (k, name) in names.iter().enumerate().skip(1) {
        let id = row.terms.get(k).and_then(term_id);
        if let Some(a) = id.and_then(terms::activity_by_term) {
            activity = a;
        } else if let Some(a) = terms::activity_by_name(db, name) {
            activity = a;
        } else if terms::is_comparison(name) {
            comparison.clone_from(name);
        } else if !terms::is_total(name) {
            breakdown = Some(format!("term = «{name}»"));
        }
    }
    for p in &row.periods {
        ex.read += 1;
        if let Some(b) = &breakdown {
            ex.skip(b.clone());
            continue;
        }
        let Some((year, kind)) = terms::period_name(&p.name) else {
            ex.refuse(n, format!("period «{}» not understood", p.name));
            continue;
        };
        let Some(year) = year.or_else(|| p.date.as_deref().and_then(date_year)) else {
            ex.refuse(n, format!("period «{}» has no year", p.name));
            continue;
        };
        if let Some(d) = p.date.as_deref() {
            if date_year(d).is_some_and(|y| y != year) {
                ex.refuse(
                    n,
                    format!("date {d} does not match the period «{}»", p.name),
                );
                continue;
            }
        }
        let id_kind = match opts.period_id {
            Some(4) => matches!(kind, PeriodKind::Month(_)),
            Some(7) => kind == PeriodKind::Year,
            Some(8) => matches!(kind, PeriodKind::Cumulative(_) | PeriodKind::Year),
            _ => true,
        };
        if !id_kind {
            ex.refuse(n, format!("period «{}» contradicts --period-id", p.name));
            continue;
        }
        if indicator == Indicator::Iip && !terms::comparison_fits(&comparison, kind) {
            ex.skip(format!("comparison = «{comparison}»"));
            continue;
        }
        let raw = json_text(&p.value);
        take_value(
            ex,
            Value {
                line: n,
                geo,
                activity: activity.clone(),
                kind,
                year,
                raw: &raw,
                indicator,
                unit,
            },
        );
    }
}

/// "31.12.2004" → 2004.
fn date_year(d: &str) -> Option<i32> {
    d.rsplit('.').next()?.trim().parse().ok()
}

//! Taking charts and numbers away: the export frame (title, subtitle, source line and the
//! project's name drawn around the chart, for PNG and SVG), SVG through plotters' SVG backend
//! (text as text), and CSV of exactly what a chart shows — one row per value, machine-readable
//! numbers, status and source on every row, derived values flagged with how.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::data::{ActivityCode, Db, Period, PeriodType, RegionCode};
use crate::i18n::{self, Key, Lang};
use crate::state::Filters;
use crate::table::{Derivation, SeriesKey, Table, Unit, Value};

use super::draw::{self, palette, DrawResult};
use super::frame::{Look, Marks};
use super::map::{self, MapSpec};
use super::spec::{BarSpec, CompositionSpec, TrendSpec};

/// A spec that can be drawn on any backend (the canvas, an SVG string, a bitmap).
pub trait Drawable {
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
        marks: &Marks,
    ) -> DrawResult<DB>;

    /// Legend entries drawn with an exported image (label, colour); none for bar charts.
    fn legend(&self) -> Vec<(String, (u8, u8, u8))> {
        Vec::new()
    }
}

/// `Drawable` for a spec type through its drawing function (and its legend, if it has one).
macro_rules! drawable {
    ($spec:ty, $draw:path $(, legend: $legend:path)?) => {
        impl Drawable for $spec {
            fn draw_on<DB: DrawingBackend>(
                &self,
                root: &DrawingArea<DB, Shift>,
                look: &Look,
                marks: &Marks,
            ) -> DrawResult<DB> {
                $draw(root, self, look, marks)
            }
            $(
                fn legend(&self) -> Vec<(String, (u8, u8, u8))> {
                    $legend(self)
                }
            )?
        }
    };
}

drawable!(TrendSpec, draw::draw_trend, legend: trend_legend);
drawable!(Option<TrendSpec>, draw::draw_trend_opt);
drawable!(BarSpec, draw::draw_bars);
drawable!(CompositionSpec, draw::draw_composition);
drawable!(MapSpec, map::draw_map);

/// A trend's legend: one entry per series.
fn trend_legend(s: &TrendSpec) -> Vec<(String, (u8, u8, u8))> {
    s.series
        .iter()
        .map(|x| (x.label.clone(), x.color))
        .collect()
}

/// What is printed around an exported chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportMeta {
    pub title: String,
    pub subtitle: String,
    /// "Source: …".
    pub source: String,
    /// The project's name and the permalink.
    pub credit: String,
}

/// Size of an export in CSS pixels (PNG doubles it).
pub const EXPORT_WIDTH: u32 = 1000;

/// Draws `spec` with its title and subtitle above and the source line and credit below.
pub fn draw_export<DB: DrawingBackend, S: Drawable>(
    root: &DrawingArea<DB, Shift>,
    spec: &S,
    meta: &ExportMeta,
    look: &Look,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let s = look.scale;
    let pal = palette(look.dark);
    let ink = draw::rgb(pal.ink);
    let muted = draw::rgb(pal.muted);
    root.fill(&draw::rgb(pal.background))?;
    let (w, h) = root.dim_in_pixel();
    let legend = spec.legend();
    let header = ((if legend.is_empty() { 64.0 } else { 84.0 }) * s) as u32;
    let footer = (60.0 * s) as u32;
    let (top, rest) = root.split_vertically(header);
    let (chart, bottom) = rest.split_vertically(h.saturating_sub(header + footer));
    let left = Pos::new(HPos::Left, VPos::Top);
    let x = (16.0 * s) as i32;
    top.draw(&Text::new(
        meta.title.clone(),
        (x, (12.0 * s) as i32),
        (draw::FONT, 20.0 * s)
            .into_font()
            .style(FontStyle::Bold)
            .color(&ink)
            .pos(left),
    ))?;
    top.draw(&Text::new(
        meta.subtitle.clone(),
        (x, (40.0 * s) as i32),
        (draw::FONT, 13.0 * s).into_font().color(&muted).pos(left),
    ))?;
    let mut lx = f64::from(x);
    for (label, color) in legend {
        let c = draw::themed(color, look.dark);
        let y = 66.0 * s;
        top.draw(&Rectangle::new(
            [
                (lx as i32, (y + 4.0 * s) as i32),
                ((lx + 16.0 * s) as i32, (y + 8.0 * s) as i32),
            ],
            draw::rgb(c).filled(),
        ))?;
        let text_x = lx + 20.0 * s;
        top.draw(&Text::new(
            label.clone(),
            (text_x as i32, y as i32),
            (draw::FONT, 12.0 * s).into_font().color(&ink).pos(left),
        ))?;
        lx = text_x + (label.chars().count() as f64 * 7.0 + 18.0) * s;
    }
    spec.draw_on(&chart, look, &Marks::default())?;
    // The source line wraps onto a second line (and is cut with "…" after that).
    let per_line = ((f64::from(w) / s - 32.0) / (11.0 * 0.56)).max(20.0) as usize;
    for (k, text) in wrap(&meta.source, per_line, 2).into_iter().enumerate() {
        bottom.draw(&Text::new(
            text,
            (x, ((6.0 + 15.0 * k as f64) * s) as i32),
            (draw::FONT, 11.0 * s).into_font().color(&ink).pos(left),
        ))?;
    }
    bottom.draw(&Text::new(
        meta.credit.clone(),
        (x, (40.0 * s) as i32),
        (draw::FONT, 11.0 * s).into_font().color(&muted).pos(left),
    ))?;
    root.present()
}

/// `text` in lines of at most `width` characters (broken at spaces), at most `max` lines; the
/// last is cut with "…" if text remains.
pub fn wrap(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in text.split(' ') {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let keep: String = last.chars().take(width.saturating_sub(1)).collect();
            *last = format!("{keep}…");
        }
    }
    lines
}

/// A CSV file: its name and text.
#[derive(Clone, Debug, PartialEq)]
pub struct Csv {
    pub name: String,
    pub body: String,
}

/// The columns of every CSV.
pub const CSV_HEADER: &str = "region_code,region,activity_code,activity,period,period_type,indicator,unit,value,value_as_published,unit_as_published,status,derived,source_title,source_url,release_date";

/// A number for machines: point decimal, no grouping, at most 6 decimals, no trailing zeros.
pub fn number(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn period_type(p: Period) -> String {
    match p.kind {
        PeriodType::Year => "year".into(),
        PeriodType::Cumulative(m) => format!("jan-to-month-{m:02}"),
    }
}

/// How a value was derived, in words for machines (empty for a published value).
fn derivation_text(v: &Value<'_>, period: Period) -> String {
    match v.derivation {
        Derivation::Published if v.stated.is_some_and(|o| o.is_restated()) => {
            "restated: the source gives a growth rate; index = 100 + rate".to_owned()
        }
        Derivation::Published => String::new(),
        Derivation::Dollars(r) => format!(
            "converted to US dollars at {} KZT/USD ({})",
            number(r.kzt_per_usd),
            r.implied_by.as_deref().unwrap_or("quoted rate")
        ),
        Derivation::Level { base } => format!("chain-linked from the IIP, base {base} = 100"),
        Derivation::Growth { from, annual_pct } => format!(
            "cumulative growth {from}–{} from the IIP; average annual {} %",
            period.year,
            number(annual_pct)
        ),
        Derivation::Share => match v.built_from.as_slice() {
            [part, total] => format!(
                "share = {} ÷ {} × 100 (volumes)",
                number(part.value),
                number(total.value)
            ),
            _ => "share of two volumes".to_owned(),
        },
        Derivation::Remainder => "rest = 100 − mining − manufacturing".to_owned(),
    }
}

/// One CSV line of a table value.
fn line(db: &Db, lang: Lang, unit: Unit, key: &SeriesKey, period: Period, v: &Value<'_>) -> String {
    let republic = RegionCode::republic();
    let (geo, activity) = match key {
        SeriesKey::Region(c) => (
            c.clone(),
            v.stated
                .map_or_else(ActivityCode::total, |o| o.activity.clone()),
        ),
        SeriesKey::Activity(a) => (republic, a.clone()),
        SeriesKey::Rest => (republic, ActivityCode::total()),
    };
    let region = db.region(&geo).map_or("", |g| i18n::region_name(lang, g));
    let (activity_code, activity_name) = match key {
        SeriesKey::Rest => ("rest".to_owned(), i18n::t(lang, Key::Rest)),
        _ => (
            activity.to_string(),
            db.activity(&activity)
                .map_or("", |a| i18n::activity_name(lang, a)),
        ),
    };
    // Every source the value stands on (a derived value's several), in order of first use.
    let mut from: Vec<&crate::data::Source> = Vec::new();
    for (id, _) in v.cites(db) {
        if let Some(s) = db.source(id) {
            if !from.iter().any(|x| x.id == s.id) {
                from.push(s);
            }
        }
    }
    let joined = |f: &dyn Fn(&crate::data::Source) -> Option<String>| {
        from.iter()
            .filter_map(|s| f(s))
            .collect::<Vec<_>>()
            .join(" | ")
    };
    let (indicator, unit_key) = unit.keys();
    let cols = [
        geo.to_string(),
        region.to_owned(),
        activity_code,
        activity_name.to_owned(),
        period.to_string(),
        period_type(period),
        indicator.to_owned(),
        unit_key.to_owned(),
        number(v.shown),
        v.stated.map(|o| number(o.stated.value)).unwrap_or_default(),
        v.stated
            .map(|o| o.stated.unit.key().to_owned())
            .unwrap_or_default(),
        v.status.key().to_owned(),
        derivation_text(v, period),
        joined(&|s| Some(s.title.clone())),
        joined(&|s| s.url.clone()),
        joined(&|s| s.date.clone()),
    ];
    cols.iter().map(|c| field(c)).collect::<Vec<_>>().join(",")
}

/// A view's table as CSV: one row per value (the reference last), then the formula of its
/// derived measure as a comment.
pub fn table_csv(db: &Db, lang: Lang, table: &Table<'_>, name: String) -> Csv {
    let mut out = String::new();
    out.push_str(CSV_HEADER);
    out.push('\n');
    for (key, period, v) in table.values() {
        out.push_str(&line(db, lang, table.unit, key, period, v));
        out.push('\n');
    }
    let note = match table.unit {
        Unit::Level { .. } => Some(Key::LevelFormula),
        Unit::GrowthPct { .. } => Some(Key::GrowthFormula),
        Unit::SharePct => Some(Key::ShareFormula),
        _ => None,
    };
    if let Some(k) = note {
        out.push_str(&format!("# {}\n", i18n::t(lang, k)));
    }
    Csv {
        name: format!("{name}.csv"),
        body: out,
    }
}

fn stem(chart: &str, f: &Filters, span: &str) -> String {
    format!("kz-iip_{chart}_{}_{span}_{}", f.measure.key(), f.lang.tag())
}

/// The file name of a chart's downloads (without extension).
pub fn file_stem(kind: &str, f: &Filters) -> String {
    match kind {
        "trend" => stem("trend", f, &format!("{}-{}", f.from, f.to)),
        "ranking" => stem("ranking", f, &f.year.to_string()),
        "map" => stem("map", f, &f.year.to_string()),
        "activity" => format!("kz-iip_activities_{}_{}", f.period, f.lang.tag()),
        _ => format!("kz-iip_{kind}_{}", f.lang.tag()),
    }
}

/// The data release ([`Db::data_release`]: the newest date a source prints), as text.
pub fn data_release(db: &Db) -> String {
    db.data_release()
        .map_or_else(String::new, |d| d.to_string())
}

/// How to cite the explorer and its data.
pub fn citation(db: &Db, title: &str, permalink: &str) -> String {
    format!(
        "{title}. Kazakhstan Industrial Production Explorer (kz-iip), data release {}. Data: Bureau of National Statistics of the Republic of Kazakhstan and the sources named per value. {permalink}",
        data_release(db)
    )
}

/// Every observation of the bundle, as CSV with a licence and citation line.
pub fn all_csv(db: &Db, lang: Lang) -> Csv {
    let mut body = format!("{CSV_HEADER}\n");
    for o in &db.observations {
        let unit = match o.indicator {
            crate::data::Indicator::Iip => Unit::Index,
            crate::data::Indicator::Volume => Unit::MlnTenge,
            crate::data::Indicator::Share => Unit::SharePct,
        };
        let key = SeriesKey::Region(o.geo.clone());
        body.push_str(&line(
            db,
            lang,
            unit,
            &key,
            o.period,
            &Value::published(db, o),
        ));
        body.push('\n');
    }
    let note = format!(
        "Licence: the statistics are the publishers' (BNS and the sources named per row); this compilation may be reused with attribution. Cite as: Kazakhstan Industrial Production Explorer (kz-iip), data release {}.",
        data_release(db)
    );
    Csv {
        name: format!("kz-iip_all-data_{}.csv", data_release(db)),
        body: format!("{body}# {note}\n"),
    }
}

/// Every observation of the bundle as JSON, with sources, regions, the licence and citation.
pub fn all_json(db: &Db) -> String {
    use Json::{Bool, Num, Obj, Str};
    fn text(s: &Option<String>) -> Json<'_> {
        s.as_deref().map_or(Json::Null, |s| Json::Str(s.into()))
    }
    let year = |y: Option<i32>| y.map_or(Json::Null, |y| Num(f64::from(y)));
    let observations = db.observations.iter().map(|o| {
        Obj(vec![
            ("geo", Str(o.geo.as_str().into())),
            ("activity", Str(o.activity.as_str().into())),
            ("period", Str(o.period.to_string().into())),
            ("indicator", Str(o.indicator.key().into())),
            ("value", Num(o.value)),
            ("value_as_published", Num(o.stated.value)),
            ("unit_as_published", Str(o.stated.unit.key().into())),
            ("status", Str(o.status.key().into())),
            ("source", Str(o.source.as_str().into())),
            ("uncertain_reading", Bool(o.uncertain)),
        ])
    });
    let sources = db.sources.iter().map(|s| {
        Obj(vec![
            ("id", Str(s.id.as_str().into())),
            ("title", Str(s.title.as_str().into())),
            ("publisher", Str(s.publisher.as_str().into())),
            ("url", text(&s.url)),
            ("date", text(&s.date)),
        ])
    });
    let regions = db.regions.iter().map(|r| {
        Obj(vec![
            ("code", Str(r.code.as_str().into())),
            ("name_en", Str(r.name_en.as_str().into())),
            ("name_ru", Str(r.name_ru.as_str().into())),
            ("name_kk", text(&r.name_kk)),
            ("from", year(r.from)),
            ("to", year(r.to)),
        ])
    });
    let doc = Obj(vec![
        ("citation", Str(format!("Kazakhstan Industrial Production Explorer (kz-iip), data release {}", data_release(db)).into())),
        ("licence", Str("The statistics are the publishers' (BNS and the sources named per value); this compilation may be reused with attribution.".into())),
        ("units", Str("value: IIP as index (previous period = 100), volume in million tenge, share in per cent".into())),
        ("sources", Json::Arr(sources.collect())),
        ("regions", Json::Arr(regions.collect())),
        ("observations", Json::Arr(observations.collect())),
    ]);
    let mut out = String::new();
    doc.write(&mut out, 0);
    out
}

/// A JSON value as the all-data file writes it: a few lines in place of serde_json's `Value`,
/// its pretty printer and its float formatter (the explorer's wasm is 4.6 KiB brotli smaller).
enum Json<'a> {
    Null,
    Bool(bool),
    /// A number; one that is not finite is written as `null` (JSON has no NaN).
    Num(f64),
    Str(std::borrow::Cow<'a, str>),
    Arr(Vec<Json<'a>>),
    /// Fields in the order given.
    Obj(Vec<(&'static str, Json<'a>)>),
}

impl Json<'_> {
    /// Appends the value, indented by two spaces per level as serde_json's pretty printer does.
    fn write(&self, out: &mut String, depth: usize) {
        use std::fmt::Write as _;
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            // `{}` of a finite f64 is the shortest text that reads back as the same number,
            // never with an exponent: a JSON number.
            Json::Num(v) if v.is_finite() => {
                let _ = write!(out, "{v}");
            }
            Json::Num(_) => out.push_str("null"),
            Json::Str(s) => json_string(out, s),
            Json::Arr(items) => Self::block(out, depth, "[]", items.iter().map(|v| (None, v))),
            Json::Obj(fields) => {
                Self::block(out, depth, "{}", fields.iter().map(|(k, v)| (Some(*k), v)))
            }
        }
    }

    /// An array or object: `brackets` around one item (`"key": value`) per line.
    fn block<'v>(
        out: &mut String,
        depth: usize,
        brackets: &str,
        items: impl Iterator<Item = (Option<&'static str>, &'v Self)>,
    ) where
        Self: 'v,
    {
        let (open, close) = brackets.split_at(1);
        out.push_str(open);
        let mut empty = true;
        for (key, value) in items {
            out.push_str(if empty { "\n" } else { ",\n" });
            empty = false;
            out.extend(std::iter::repeat_n("  ", depth + 1));
            if let Some(key) = key {
                json_string(out, key);
                out.push_str(": ");
            }
            value.write(out, depth + 1);
        }
        if !empty {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        }
        out.push_str(close);
    }
}

/// Appends `s` as a JSON string: quotes, backslashes and control characters escaped.
pub fn json_string(out: &mut String, s: &str) {
    use std::fmt::Write as _;
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

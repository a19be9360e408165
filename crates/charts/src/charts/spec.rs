//! Chart specifications: what a chart shows, computed from the data and the filters.
//!
//! Table → chart state → render, as in OWID Grapher: the builders here are pure and tested
//! natively; the drawing functions only draw a spec.

use crate::data::index;
use crate::data::select::{self, Gap};
use crate::data::{Db, Period, RegionCode, Status, Unit as DataUnit};
use crate::i18n::{self, Key, Lang};
use crate::state::{Currency, Filters, Measure};
use crate::table::{self, Column, Derivation, Missing, SeriesKey, Table, Unit, Value};

/// Colour-blind-safe series colours (Okabe–Ito), in selection order. The Republic is drawn in
/// [`REPUBLIC_COLOR`].
pub const PALETTE: [(u8, u8, u8); 6] = [
    (0x00, 0x72, 0xB2),
    (0xE6, 0x9F, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0xD5, 0x5E, 0x00),
    (0x56, 0xB4, 0xE9),
];
pub const REPUBLIC_COLOR: (u8, u8, u8) = (0x00, 0x00, 0x00);
/// Bars at or above the baseline, and below it.
pub const BAR_UP: (u8, u8, u8) = (0x00, 0x72, 0xB2);
pub const BAR_DOWN: (u8, u8, u8) = (0xD5, 0x5E, 0x00);
/// Composition: mining, manufacturing, rest of industry.
pub const COMPOSITION: [(u8, u8, u8); 3] =
    [(0x8C, 0x56, 0x3B), (0x00, 0x72, 0xB2), (0xBB, 0xBB, 0xBB)];

/// `#rrggbb` for CSS.
pub fn css_color((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// What a read-out says about one value: as shown, as the source stated it, its status and
/// its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    /// The value as the chart shows it, localised ("105.4", "10,815").
    pub value: String,
    /// The source's own wording when the shown value restates it ("+4.1 %"), if so.
    pub stated: Option<String>,
    pub status: Status,
    /// The source's title (a composed one in brackets).
    pub source: String,
    /// "revised" or "uncertain reading" marks, localised; empty if none.
    pub marks: String,
}

/// One line of the trend chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub code: RegionCode,
    pub label: String,
    pub color: (u8, u8, u8),
    pub emphasis: bool,
    /// One entry per year of the range; `None` is a gap (never bridged by a line).
    pub points: Vec<(i32, Option<f64>)>,
    /// Points whose value revises an earlier, different release (drawn with a ring).
    pub revised: Vec<(i32, f64)>,
    /// For each point (same order as `points`), what a read-out says; `None` for gaps.
    pub details: Vec<Option<Detail>>,
}

/// The line chart of a measure over years (one period type).
#[derive(Clone, Debug, PartialEq)]
pub struct TrendSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub y_label: String,
    /// The unit as a read-out says it ("% of the previous year", "billion tenge").
    pub unit: String,
    pub from: i32,
    pub to: i32,
    /// The 100 line of an index chart.
    pub reference: Option<f64>,
    /// Years where a shown unit's boundaries changed (its earlier values are not comparable).
    pub breaks: Vec<i32>,
    pub series: Vec<Series>,
}

/// One bar of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub code: String,
    pub label: String,
    pub value: f64,
    /// The value as printed next to the bar (with "(revised)" where it revises a release).
    pub text: String,
    /// What a read-out says about it.
    pub detail: Option<Detail>,
}

/// A reference line (the Republic) in the ranking chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub name: String,
    pub value: f64,
    pub text: String,
}

/// A horizontal bar chart: the ranking of regions, or the IIP by activity.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub x_label: String,
    /// The unit as a read-out says it.
    pub unit: String,
    /// Bars start here: 100 for an index (growth vs decline), 0 for a volume.
    pub baseline: f64,
    /// Top to bottom.
    pub bars: Vec<Bar>,
    /// The Republic's value, drawn as a reference line.
    pub reference: Option<Reference>,
    /// Units that existed but have no value this year.
    pub missing: Vec<String>,
}

impl BarSpec {
    /// The chart in words (its text alternative): title, then every bar in order.
    pub fn describe(&self) -> String {
        let order: Vec<_> = self
            .bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.text))
            .collect();
        format!("{}: {}", self.title, order.join("; "))
    }

    /// A summary in words, in the chart's language: the highest and the lowest bar, how many
    /// have a value, and the reference (the Republic). The canvas's accessible description.
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let by_value = |a: &&Bar, b: &&Bar| a.value.total_cmp(&b.value);
        let (Some(hi), Some(lo)) = (
            self.bars.iter().max_by(by_value),
            self.bars.iter().min_by(by_value),
        ) else {
            return format!("{}.", self.title);
        };
        let name = |b: &Bar| b.label.trim_start_matches("· ").to_owned();
        let mut out = format!(
            "{}. {}",
            self.title,
            i18n::tr(
                lang,
                Key::DescHighLow,
                &[
                    ("high_name", (&name(hi)).into()),
                    ("high", (&hi.text).into()),
                    ("low_name", (&name(lo)).into()),
                    ("low", (&lo.text).into()),
                    ("count", self.bars.len().into()),
                ],
            )
        );
        if let Some(r) = &self.reference {
            out.push(' ');
            out.push_str(&i18n::tr(
                lang,
                Key::DescReference,
                &[("text", (&r.text).into())],
            ));
        }
        out
    }
}

impl TrendSpec {
    /// A summary in words, in the chart's language: per series the latest value and its change
    /// on the year before, and the highest and lowest of the range. The canvas's accessible
    /// description.
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let parts: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                let known: Vec<(i32, f64, &Detail)> = s
                    .points
                    .iter()
                    .zip(&s.details)
                    .filter_map(|(&(y, v), d)| Some((y, v?, d.as_ref()?)))
                    .collect();
                let Some(&(ly, lv, ld)) = known.last() else {
                    return i18n::tr(lang, Key::DescNoValues, &[("series", (&s.label).into())]);
                };
                let mut text = i18n::tr(
                    lang,
                    Key::DescLatest,
                    &[
                        ("series", (&s.label).into()),
                        ("value", (&ld.value).into()),
                        ("period", (&ly.to_string()).into()),
                    ],
                );
                if let Some(&(py, pv, pd)) = known.len().checked_sub(2).and_then(|i| known.get(i)) {
                    let key = if lv >= pv {
                        Key::DescRose
                    } else {
                        Key::DescFell
                    };
                    text.push_str(", ");
                    text.push_str(&i18n::tr(
                        lang,
                        key,
                        &[
                            ("value", (&pd.value).into()),
                            ("period", (&py.to_string()).into()),
                        ],
                    ));
                }
                let hi = known.iter().max_by(|a, b| a.1.total_cmp(&b.1));
                let lo = known.iter().min_by(|a, b| a.1.total_cmp(&b.1));
                if let (Some(hi), Some(lo), true) = (hi, lo, known.len() > 2) {
                    text.push_str("; ");
                    text.push_str(&i18n::tr(
                        lang,
                        Key::DescRange,
                        &[
                            ("high", (&hi.2.value).into()),
                            ("high_period", (&hi.0.to_string()).into()),
                            ("low", (&lo.2.value).into()),
                            ("low_period", (&lo.0.to_string()).into()),
                        ],
                    ));
                }
                text
            })
            .collect();
        format!(
            "{}, {}–{}. {}.",
            self.title,
            self.from,
            self.to,
            parts.join(". ")
        )
    }
}

/// One row of the composition chart: shares adding up to 100.
#[derive(Clone, Debug, PartialEq)]
pub struct CompositionRow {
    pub label: String,
    /// Mining, manufacturing, rest (per cent).
    pub parts: [f64; 3],
}

/// Stacked 100 % bars, one per period.
#[derive(Clone, Debug, PartialEq)]
pub struct CompositionSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub x_label: String,
    pub part_names: [String; 3],
    pub rows: Vec<CompositionRow>,
}

/// Charts show volumes in billions (tenge or dollars); every other unit as the table has it.
pub fn chart_value(unit: Unit, v: f64) -> f64 {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => v / 1_000.0,
        _ => v,
    }
}

/// A chart value (volumes already in billions) as a read-out and a line chart print it.
fn value_text(lang: Lang, unit: Unit, v: f64) -> String {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => i18n::fmt_decimal(lang, v, 1),
        Unit::GrowthPct { .. } => signed_pct(lang, v),
        Unit::SharePct => i18n::fmt_share(lang, v),
        Unit::Index | Unit::Level { .. } => i18n::fmt_index(lang, v),
    }
}

/// A value as tables and bar labels write it: volumes whole (millions in tables, billions
/// on bars).
pub fn table_text(lang: Lang, unit: Unit, v: f64) -> String {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => i18n::fmt_int(lang, v),
        _ => value_text(lang, unit, v),
    }
}

/// "+4.1 %", "−2.0 %".
fn signed_pct(lang: Lang, v: f64) -> String {
    format!(
        "{}{} %",
        if v > 0.0 { "+" } else { "" },
        i18n::fmt_decimal(lang, v, 1)
    )
}

/// The read-out details of a table value shown as `shown`: the source's own wording when the
/// value restates it, the status, the source (or the formula of a derived value) and marks.
pub fn detail(db: &Db, lang: Lang, v: &Value<'_>, shown: String) -> Detail {
    let stated = v.stated.and_then(|o| match o.stated.unit {
        DataUnit::GrowthPct => Some(signed_pct(lang, o.stated.value)),
        DataUnit::Times => Some(format!("× {}", i18n::fmt_decimal(lang, o.stated.value, 1))),
        _ => None,
    });
    let mut marks = Vec::new();
    if v.revised {
        marks.push(i18n::t(lang, Key::Revised));
    }
    if v.stated.is_some_and(|o| o.uncertain) {
        marks.push(i18n::t(lang, Key::UncertainReading));
    }
    if v.is_derived() {
        marks.push(i18n::t(lang, Key::Derived));
    }
    let formula = match v.derivation {
        Derivation::Level { .. } => Some(Key::LevelFormula),
        Derivation::Growth { .. } => Some(Key::GrowthFormula),
        Derivation::Share | Derivation::Remainder => Some(Key::ShareFormula),
        Derivation::Published | Derivation::Dollars(_) => None,
    };
    let source = match (formula, v.stated) {
        (Some(k), _) => i18n::t(lang, k).to_owned(),
        (None, Some(o)) => db.source(&o.source).map_or_else(String::new, |s| {
            if s.title_is_description {
                format!("[{}]", s.title)
            } else {
                s.title.clone()
            }
        }),
        (None, None) => String::new(),
    };
    let value = match v.derivation {
        Derivation::Growth { annual_pct, .. } => format!(
            "{shown} ({} {})",
            signed_pct(lang, annual_pct),
            i18n::t(lang, Key::AvgAnnual)
        ),
        _ => shown,
    };
    Detail {
        value,
        stated,
        status: v.status,
        source,
        marks: marks.join("; "),
    }
}

/// The unit a read-out names.
pub fn readout_unit(lang: Lang, m: Measure, cur: Currency, base: i32) -> String {
    match m {
        Measure::Iip => i18n::t(lang, Key::UnitPrevYear).to_owned(),
        Measure::Volume | Measure::Level => i18n::value_axis(lang, m, cur, base),
    }
}

fn revised_suffix(lang: Lang, revised: bool) -> String {
    if revised {
        format!(" ({})", i18n::t(lang, Key::Revised))
    } else {
        String::new()
    }
}

/// Why a level or a growth is missing, in words.
pub fn break_text(lang: Lang, b: index::Break) -> String {
    let key = match b {
        index::Break::Missing(_) => Key::BreakMissing,
        index::Break::Boundary(_) => Key::BreakBoundary,
        index::Break::NotExisting(_) => Key::BreakNotExisting,
    };
    i18n::tr(lang, key, &[("year", (&b.year().to_string()).into())])
}

/// Why a table cell is empty, in words.
pub fn missing_text(lang: Lang, m: Missing) -> String {
    match m {
        Missing::Gap(g) => gap_text(lang, g).to_owned(),
        Missing::Break(b) => break_text(lang, b),
        Missing::NoRate => i18n::t(lang, Key::NoRate).to_owned(),
    }
}

/// Years in the trend's range where `code`'s boundaries changed (the data layer's rule).
fn breaks_in(db: &Db, code: &RegionCode, f: &Filters) -> Vec<i32> {
    index::boundary_years(db, code)
        .into_iter()
        .filter(|y| (f.from..=f.to).contains(y))
        .collect()
}

/// A series' colour in selection order; the Republic is black and drawn emphasised.
fn series_color(
    code: &RegionCode,
    colors: &mut impl Iterator<Item = &'static (u8, u8, u8)>,
) -> ((u8, u8, u8), bool) {
    if code.is_republic() {
        (REPUBLIC_COLOR, true)
    } else {
        (colors.next().copied().unwrap_or(REPUBLIC_COLOR), false)
    }
}

/// A column of a table as a line: chart points (gaps `None`), revised points, read-outs.
fn line_of(db: &Db, lang: Lang, unit: Unit, c: &Column<'_>) -> ChartPoints {
    let mut points = Vec::new();
    let mut revised = Vec::new();
    let mut details = Vec::new();
    for (p, e) in &c.cells {
        let v = e.as_ref().ok();
        let y = v.map(|v| chart_value(unit, v.shown));
        points.push((p.year, y));
        if let (Some(v), Some(y)) = (v, y) {
            if v.revised {
                revised.push((p.year, y));
            }
        }
        details.push(
            v.zip(y)
                .map(|(v, y)| detail(db, lang, v, value_text(lang, unit, y))),
        );
    }
    (points, revised, details)
}

/// A series' chart points (`None` for gaps), the points whose value revises an earlier
/// release, and each point's read-out details.
type ChartPoints = (
    Vec<(i32, Option<f64>)>,
    Vec<(i32, f64)>,
    Vec<Option<Detail>>,
);

/// The trend chart of a trend table: the selected units over the years; for the level
/// measure, chain-linked levels (a broken chain is a gap); boundary changes are marked.
pub fn trend(db: &Db, f: &Filters, lang: Lang) -> TrendSpec {
    trend_of(db, f, lang, &table::trend(db, f))
}

/// [`trend`] from its table.
pub fn trend_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> TrendSpec {
    let mut colors = PALETTE.iter().cycle();
    let mut breaks = Vec::new();
    let series = table
        .columns
        .iter()
        .filter_map(|c| match &c.key {
            SeriesKey::Region(code) => db.region(code).map(|r| (c, code, r)),
            _ => None,
        })
        .map(|(c, code, region)| {
            let (points, revised, details) = line_of(db, lang, table.unit, c);
            breaks.extend(breaks_in(db, code, f));
            let (color, emphasis) = series_color(code, &mut colors);
            Series {
                code: code.clone(),
                label: i18n::region_name(lang, region).to_owned(),
                color,
                emphasis,
                points,
                revised,
                details,
            }
        })
        .collect();
    breaks.sort_unstable();
    breaks.dedup();
    let mut title = i18n::trend_title(lang, f.measure, f.currency, f.base);
    if let Some(a) = db
        .activity(&f.activity)
        .filter(|a| !a.code.is_total() && f.measure != Measure::Level)
    {
        title = format!("{}: {title}", i18n::activity_name(lang, a));
    }
    TrendSpec {
        lang,
        title,
        y_label: i18n::value_axis(lang, f.measure, f.currency, f.base),
        unit: readout_unit(lang, f.measure, f.currency, f.base),
        from: f.from,
        to: f.to,
        reference: (f.measure != Measure::Volume).then_some(100.0),
        breaks,
        series,
    }
}

/// The ranking chart: every unit of the year by value; for the level measure, by cumulative
/// growth from the base year (the units whose chain is broken listed apart with the reason).
pub fn ranking(db: &Db, f: &Filters, lang: Lang) -> BarSpec {
    ranking_of(db, f, lang, &table::ranking(db, f))
}

/// [`ranking`] from its table.
pub fn ranking_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> BarSpec {
    let unit = table.unit;
    let name = |key: &SeriesKey| match key {
        SeriesKey::Region(c) => db
            .region(c)
            .map_or_else(|| c.to_string(), |r| i18n::region_name(lang, r).to_owned()),
        _ => String::new(),
    };
    let mut bars = Vec::new();
    let mut missing = Vec::new();
    for c in &table.columns {
        let Some((_, e)) = c.cells.first() else {
            continue;
        };
        match e {
            Ok(v) => {
                let y = chart_value(unit, v.shown);
                bars.push(Bar {
                    code: key_code(&c.key),
                    label: name(&c.key),
                    value: y,
                    text: table_text(lang, unit, y) + &revised_suffix(lang, v.revised),
                    detail: Some(detail(db, lang, v, table_text(lang, unit, y))),
                });
            }
            Err(Missing::Break(b)) => {
                missing.push(format!("{} — {}", name(&c.key), break_text(lang, *b)))
            }
            Err(_) => missing.push(name(&c.key)),
        }
    }
    // The Republic is a reference for an index or a growth; for volumes it is the sum of the
    // bars, not a level to compare them with.
    let reference = table
        .reference
        .as_ref()
        .filter(|_| !matches!(unit, Unit::MlnTenge | Unit::MlnUsd))
        .and_then(|c| c.cells.first()?.1.as_ref().ok())
        .map(|v| {
            let y = chart_value(unit, v.shown);
            Reference {
                name: i18n::t(lang, Key::RepublicReference).to_owned(),
                value: y,
                text: table_text(lang, unit, y) + &revised_suffix(lang, v.revised),
            }
        });
    let (title, axis) = match unit {
        Unit::GrowthPct { from } => {
            let (sa, sb) = (from.to_string(), f.year.to_string());
            let span = [("from", (&sa).into()), ("to", (&sb).into())];
            (
                i18n::tr(lang, Key::RankingTitleGrowth, &span),
                i18n::tr(lang, Key::AxisGrowth, &span),
            )
        }
        _ => (
            format!("{}, {}", i18n::ranking_title(lang, f.measure), f.year),
            i18n::value_axis(lang, f.measure, f.currency, f.base),
        ),
    };
    BarSpec {
        lang,
        title,
        unit: match unit {
            Unit::GrowthPct { .. } => axis.clone(),
            _ => readout_unit(lang, f.measure, f.currency, f.base),
        },
        x_label: axis,
        baseline: if unit == Unit::Index { 100.0 } else { 0.0 },
        bars,
        reference,
        missing,
    }
}

/// A column's key as a machine code (region or activity code, `rest`).
pub fn key_code(key: &SeriesKey) -> String {
    match key {
        SeriesKey::Region(c) => c.to_string(),
        SeriesKey::Activity(a) => a.to_string(),
        SeriesKey::Rest => "rest".to_owned(),
    }
}

/// The IIP of every activity with a value in the chosen period, in tree order (total first,
/// then each section followed by its branches). One period only: like is compared with like.
pub fn activity_bars(db: &Db, f: &Filters, lang: Lang) -> BarSpec {
    activity_bars_of(db, f, lang, &table::activities(db, f))
}

/// [`activity_bars`] from its table.
pub fn activity_bars_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> BarSpec {
    let bars = table
        .values()
        .filter_map(|(key, _, v)| {
            let SeriesKey::Activity(code) = key else {
                return None;
            };
            let a = db.activity(code)?;
            let o = v.stated?;
            let indent = "· ".repeat(usize::from(a.depth.saturating_sub(1)));
            let mark = match (o.is_restated(), o.uncertain) {
                (true, true) => "*?",
                (true, false) => "*",
                (false, true) => "?",
                (false, false) => "",
            };
            Some(Bar {
                code: a.code.to_string(),
                label: format!("{indent}{}", i18n::activity_name(lang, a)),
                value: v.shown,
                text: format!(
                    "{}{mark}{}",
                    i18n::fmt_index(lang, v.shown),
                    revised_suffix(lang, v.revised)
                ),
                detail: Some(detail(db, lang, v, i18n::fmt_index(lang, v.shown))),
            })
        })
        .collect();
    BarSpec {
        lang,
        title: format!(
            "{}, {} ({})",
            i18n::t(lang, Key::ActivityTitle),
            i18n::period_name(lang, f.period),
            i18n::iip_basis(lang, f.period)
        ),
        x_label: i18n::iip_basis(lang, f.period),
        unit: i18n::iip_basis(lang, f.period),
        baseline: 100.0,
        bars,
        reference: None,
        missing: Vec::new(),
    }
}

/// The selected activity's IIP over the years, for the period type of the chosen period;
/// `None` when fewer than two such periods have a value.
pub fn activity_trend(db: &Db, f: &Filters, lang: Lang) -> Option<TrendSpec> {
    activity_trend_of(db, f, lang, &table::activity_trend(db, f))
}

/// [`activity_trend`] from its table.
pub fn activity_trend_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> Option<TrendSpec> {
    let activity = db.activity(&f.activity)?;
    let column = table.columns.first()?;
    let (from, to) = (column.cells.first()?.0.year, column.cells.last()?.0.year);
    let (points, revised, details) = line_of(db, lang, table.unit, column);
    let kind_name = i18n::period_type_name(lang, f.period.kind);
    let basis = format!("{} ({kind_name})", i18n::t(lang, Key::SamePeriodBasis));
    Some(TrendSpec {
        lang,
        title: format!(
            "{}: {}, {kind_name}",
            i18n::activity_name(lang, activity),
            i18n::t(lang, Key::Iip)
        ),
        y_label: basis.clone(),
        unit: basis,
        from,
        to,
        reference: Some(100.0),
        breaks: Vec::new(),
        series: vec![Series {
            code: RegionCode::republic(),
            label: i18n::activity_name(lang, activity).to_owned(),
            color: PALETTE[0],
            emphasis: false,
            points,
            revised,
            details,
        }],
    })
}

/// Shares of mining, manufacturing and the rest, one row per period with both shares.
pub fn composition(db: &Db, lang: Lang) -> CompositionSpec {
    composition_of(lang, &table::composition(db))
}

/// [`composition`] from its table.
pub fn composition_of(lang: Lang, table: &Table<'_>) -> CompositionSpec {
    let share = |col: usize, row: usize| {
        table
            .columns
            .get(col)
            .and_then(|c| c.cells.get(row))
            .and_then(|(_, e)| e.as_ref().ok())
            .map_or(0.0, |v| v.shown)
    };
    let rows = table
        .periods()
        .into_iter()
        .enumerate()
        .map(|(i, p)| CompositionRow {
            label: i18n::period_name(lang, p),
            parts: [share(0, i), share(1, i), share(2, i)],
        })
        .collect();
    CompositionSpec {
        lang,
        title: i18n::t(lang, Key::CompositionTitle).to_owned(),
        x_label: i18n::t(lang, Key::ShareAxis).to_owned(),
        part_names: [Key::Mining, Key::Manufacturing, Key::Rest]
            .map(|k| i18n::t(lang, k).to_owned()),
        rows,
    }
}

/// Why a trend cell is empty, for the table mirror.
pub fn gap_text(lang: Lang, gap: Gap) -> &'static str {
    i18n::t(
        lang,
        match gap {
            Gap::NotExisting => Key::NotExisting,
            Gap::Omitted => Key::OmittedValue,
            Gap::NoData => Key::NoData,
            Gap::NotByRegion => Key::NotByRegion,
        },
    )
}

/// The dollar conversion of a chart's periods, in words, for its table note and source line:
/// the rate of each period that has one (quoted, or implied by which tenge/dollar pair, and its
/// source) and the periods with none (left empty: a rate of another period is never used).
pub fn rate_notes(db: &Db, lang: Lang, periods: impl IntoIterator<Item = Period>) -> Vec<String> {
    let mut notes = Vec::new();
    let mut missing = Vec::new();
    for p in periods {
        let Some(r) = select::rate_for(db, p) else {
            missing.push(i18n::period_name(lang, p));
            continue;
        };
        let rate = i18n::fmt_decimal(lang, r.kzt_per_usd, 1);
        let source = db.source(&r.source).map_or("", |s| s.title.as_str());
        notes.push(match &r.implied_by {
            Some(pair) => i18n::tr(
                lang,
                Key::RateImplied,
                &[
                    ("period", (&i18n::period_name(lang, p)).into()),
                    ("rate", (&rate).into()),
                    ("pair", pair.into()),
                    ("source", source.into()),
                ],
            ),
            None => i18n::tr(
                lang,
                Key::RateQuoted,
                &[
                    ("period", (&i18n::period_name(lang, p)).into()),
                    ("rate", (&rate).into()),
                    ("source", source.into()),
                    ("date", (&r.date.to_string()).into()),
                ],
            ),
        });
    }
    if !missing.is_empty() {
        notes.push(i18n::tr(
            lang,
            Key::NoRateFor,
            &[("period", (&missing.join(", ")).into())],
        ));
    }
    notes
}

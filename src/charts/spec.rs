//! Chart specifications: what a chart shows, computed from the data and the filters.
//!
//! Table → chart state → render, as in OWID Grapher: the builders here are pure and tested
//! natively; the drawing functions only draw a spec.

use crate::data::select::{self, Gap};
use crate::data::{Db, Period, RegionCode};
use crate::i18n::{self, Lang};
use crate::state::{Filters, Measure};

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

/// `#rrggbb` for CSS.
pub fn css_color((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
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
}

/// The line chart of a measure over years.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendSpec {
    pub title: String,
    pub y_label: String,
    pub from: i32,
    pub to: i32,
    /// The 100 line of an index chart.
    pub reference: Option<f64>,
    /// Years where a shown unit's boundaries changed (its earlier values are not comparable).
    pub breaks: Vec<i32>,
    pub series: Vec<Series>,
}

/// One bar of the ranking chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub code: RegionCode,
    pub label: String,
    pub value: f64,
    /// The value as printed next to the bar.
    pub text: String,
}

/// A reference line (the Republic) in the ranking chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub name: String,
    pub value: f64,
    pub text: String,
}

/// The ranking of all units for one year.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSpec {
    pub title: String,
    pub x_label: String,
    /// Bars start here: 100 for an index (growth vs decline), 0 for a volume.
    pub baseline: f64,
    /// Highest first.
    pub bars: Vec<Bar>,
    /// The Republic's value, drawn as a reference line.
    pub reference: Option<Reference>,
    /// Units that existed but have no value this year.
    pub missing: Vec<String>,
}

/// Chart values are in table units, except volumes, which the charts show in billion tenge.
fn chart_value(m: Measure, v: f64) -> f64 {
    match m {
        Measure::Iip => v,
        Measure::Volume => v / 1_000.0,
    }
}

/// A value as printed on a chart (volumes in billion tenge).
fn chart_text(lang: Lang, m: Measure, v: f64) -> String {
    match m {
        Measure::Iip => i18n::fmt_index(lang, v),
        Measure::Volume => i18n::fmt_int(lang, v / 1_000.0),
    }
}

/// The trend chart for the current filters.
pub fn trend(db: &Db, f: &Filters, lang: Lang) -> TrendSpec {
    let indicator = f.measure.indicator();
    let mut colors = PALETTE.iter().cycle();
    let mut breaks = Vec::new();
    let series = f
        .regions
        .iter()
        .filter_map(|code| db.region(code).map(|r| (code, r)))
        .map(|(code, region)| {
            let points = select::annual_series(db, code, indicator, f.from, f.to)
                .into_iter()
                .map(|(y, p)| (y, p.ok().map(|o| chart_value(f.measure, o.value))))
                .collect();
            // A unit that lost territory to a new one: the new one's first year is a break.
            for child in db.regions.iter().filter(|c| c.carved_from.contains(code)) {
                if let Some(y) = child.from.filter(|y| (f.from..=f.to).contains(y)) {
                    breaks.push(y);
                }
            }
            let emphasis = code.is_republic();
            let color = if emphasis {
                REPUBLIC_COLOR
            } else {
                colors.next().copied().unwrap_or(REPUBLIC_COLOR)
            };
            Series {
                code: code.clone(),
                label: i18n::region_name(lang, region).to_owned(),
                color,
                emphasis,
                points,
            }
        })
        .collect();
    breaks.sort_unstable();
    breaks.dedup();
    TrendSpec {
        title: i18n::trend_title(lang, f.measure).to_owned(),
        y_label: i18n::value_axis(lang, f.measure).to_owned(),
        from: f.from,
        to: f.to,
        reference: (f.measure == Measure::Iip).then_some(100.0),
        breaks,
        series,
    }
}

/// The ranking chart for the current filters.
pub fn ranking(db: &Db, f: &Filters, lang: Lang) -> BarSpec {
    let indicator = f.measure.indicator();
    let mut bars = Vec::new();
    let mut missing = Vec::new();
    for (region, obs) in select::ranking(db, indicator, f.year) {
        let label = i18n::region_name(lang, region).to_owned();
        match obs {
            Some(o) => bars.push(Bar {
                code: region.code.clone(),
                label,
                value: chart_value(f.measure, o.value),
                text: chart_text(lang, f.measure, o.value),
            }),
            None => missing.push(label),
        }
    }
    let republic = RegionCode::republic();
    let key = select::Cell::total(&republic, indicator, Period::year(f.year));
    let reference = select::best(db, &key).map(|o| Reference {
        name: i18n::t(lang, i18n::Key::RepublicReference).to_owned(),
        value: chart_value(f.measure, o.value),
        text: chart_text(lang, f.measure, o.value),
    });
    BarSpec {
        title: format!("{}, {}", i18n::ranking_title(lang, f.measure), f.year),
        x_label: i18n::value_axis(lang, f.measure).to_owned(),
        baseline: if f.measure == Measure::Iip {
            100.0
        } else {
            0.0
        },
        bars,
        reference,
        missing,
    }
}

/// Why a trend cell is empty, for the table mirror.
pub fn gap_text(lang: Lang, gap: Gap) -> &'static str {
    use i18n::Key;
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

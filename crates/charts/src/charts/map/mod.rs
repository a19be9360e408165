//! The map: a grid cartogram of Kazakhstan's regions (one equal tile per region, laid out in
//! the country's geography; no external map data), coloured by the chosen measure and year.
//! Spec (pure), colour scales, and drawing with the same plotters code as the other charts.

use crate::data::{Db, RegionCode};
use crate::i18n::{self, Key, Lang};
use crate::state::{Filters, Measure};

use crate::charts::draw::themed;
use crate::charts::spec::{chart_value, detail, readout_unit, Detail, BAR_DOWN, BAR_UP};
use crate::table::{self, SeriesKey, Table};

pub mod draw;
pub mod interact;

pub use draw::draw_map;
pub use interact::tile_at;

/// Grid columns and rows of the cartogram.
pub const COLS: u8 = 6;

pub const ROWS: u8 = 4;

/// Where each region's tile sits (column, row), west to east and north to south. South
/// Kazakhstan (–2017) takes Turkistan's tile before 2018.
pub const LAYOUT: [(&str, u8, u8); 20] = [
    ("270000000", 1, 0), // Batys Kazakhstan
    ("390000000", 2, 0), // Kostanay
    ("590000000", 3, 0), // Soltustik Kazakhstan
    ("550000000", 4, 0), // Pavlodar
    ("230000000", 0, 1), // Atyrau
    ("150000000", 1, 1), // Aktobe
    ("110000000", 2, 1), // Akmola
    ("710000000", 3, 1), // Astana city
    ("100000000", 4, 1), // Abay
    ("630000000", 5, 1), // Shygys Kazakhstan
    ("470000000", 0, 2), // Mangystau
    ("430000000", 1, 2), // Kyzylorda
    ("620000000", 2, 2), // Ulytau
    ("350000000", 3, 2), // Karagandy
    ("330000000", 4, 2), // Zhetisu
    ("610000000", 1, 3), // Turkistan (South Kazakhstan before 2018)
    ("790000000", 2, 3), // Shymkent city
    ("310000000", 3, 3), // Zhambyl
    ("190000000", 4, 3), // Almaty
    ("750000000", 5, 3), // Almaty city
];

/// What a tile shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TileState {
    Value(f64),
    NoData,
    NotExisting,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Tile {
    pub code: RegionCode,
    /// The region's full name.
    pub name: String,
    /// The short form in use, for a tile too narrow for the name (ЗКО, СҚО, WKO, Атырау).
    pub short: Option<String>,
    pub col: u8,
    pub row: u8,
    pub state: TileState,
    /// The value as printed, or why there is none.
    pub text: String,
    pub detail: Option<Detail>,
    /// In the trend chart's selection.
    pub selected: bool,
}

/// How values map to colours.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    /// Around a centre (100 for an index): growth blue up to `high`, decline orange down to
    /// `low` (the extremes of the year, so both ends of the legend are real values).
    Diverging { low: f64, center: f64, high: f64 },
    /// From zero up (volumes).
    Sequential { max: f64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapSpec {
    pub lang: Lang,
    pub title: String,
    pub unit: String,
    pub year: i32,
    pub scale: Scale,
    pub tiles: Vec<Tile>,
    /// The Republic's value as printed, if known.
    pub republic: Option<String>,
}

/// The map for the chosen measure and year (`f.year`).
pub fn map(db: &Db, f: &Filters, lang: Lang) -> MapSpec {
    map_of(db, f, lang, &table::map(db, f))
}

/// [`map`] from its table.
pub fn map_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> MapSpec {
    let year = f.year;
    let value_of = |code: &RegionCode| -> Option<(f64, Detail)> {
        let v = table
            .first(&SeriesKey::Region(code.clone()))?
            .as_ref()
            .ok()?;
        let y = chart_value(table.unit, v.shown);
        let text = if f.measure == Measure::Volume {
            i18n::fmt_int(lang, y)
        } else {
            i18n::fmt_index(lang, y)
        };
        Some((y, detail(db, lang, v, text)))
    };
    let tiles: Vec<Tile> = LAYOUT
        .iter()
        .filter_map(|&(code, col, row)| {
            let mut region = db.region(&RegionCode::parse(code)?)?;
            // Before 2018 Turkistan's tile is South Kazakhstan's.
            if !region.exists_in(year) && code == "610000000" {
                if let Some(sko) = db.regions.iter().find(|r| r.code.as_str() == "SKO") {
                    region = sko;
                }
            }
            let name = i18n::region_name(lang, region).to_owned();
            let (state, text, detail) = if !region.exists_in(year) {
                let t = i18n::tr(
                    lang,
                    Key::BreakNotExisting,
                    &[("year", (&year.to_string()).into())],
                );
                (TileState::NotExisting, t, None)
            } else {
                match value_of(&region.code) {
                    Some((v, d)) => (TileState::Value(v), d.value.clone(), Some(d)),
                    None => (
                        TileState::NoData,
                        i18n::t(lang, Key::NoData).to_owned(),
                        None,
                    ),
                }
            };
            Some(Tile {
                selected: f.regions.contains(&region.code),
                code: region.code.clone(),
                short: i18n::region_short(lang, region).map(str::to_owned),
                name,
                col,
                row,
                state,
                text,
                detail,
            })
        })
        .collect();
    let values = tiles.iter().filter_map(|t| match t.state {
        TileState::Value(v) => Some(v),
        _ => None,
    });
    let scale = match f.measure {
        Measure::Iip | Measure::Level => {
            let (low, high) =
                values.fold((99.0_f64, 101.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
            Scale::Diverging {
                low,
                center: 100.0,
                high,
            }
        }
        Measure::Volume => Scale::Sequential {
            max: values.fold(1.0, f64::max),
        },
    };
    let republic = value_of(&RegionCode::republic()).map(|(_, d)| d.value);
    let measure_name = match f.measure {
        Measure::Iip | Measure::Level => i18n::trend_title(lang, f.measure, f.currency, f.base),
        Measure::Volume => i18n::ranking_title(lang, Measure::Volume).to_owned(),
    };
    let unit = readout_unit(lang, f.measure, f.currency, f.base);
    MapSpec {
        lang,
        title: format!("{measure_name}, {year}"),
        unit,
        year,
        scale,
        tiles,
        republic,
    }
}

pub(crate) fn mix(a: (u8, u8, u8), b: (u8, u8, u8), t: f64) -> (u8, u8, u8) {
    let t = t.clamp(0.0, 1.0);
    let m = |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * t).round() as u8;
    (m(a.0, b.0), m(a.1, b.1), m(a.2, b.2))
}

/// The fill of a value on a scale, in a theme.
pub fn color_of(scale: Scale, v: f64, dark: bool) -> (u8, u8, u8) {
    let neutral = if dark {
        (0x2a, 0x2a, 0x2a)
    } else {
        (0xf2, 0xf2, 0xf2)
    };
    match scale {
        Scale::Diverging { low, center, high } => {
            let t = if v >= center {
                (v - center) / (high - center).max(1e-9)
            } else {
                (v - center) / (center - low).max(1e-9)
            };
            let end = themed(if t >= 0.0 { BAR_UP } else { BAR_DOWN }, dark);
            mix(neutral, end, t.abs().sqrt())
        }
        Scale::Sequential { max } => {
            let end = themed(BAR_UP, dark);
            mix(neutral, end, (v / max.max(1e-9)).sqrt())
        }
    }
}

/// Black or white, whichever reads better on `bg` (WCAG relative luminance).
pub fn text_on(bg: (u8, u8, u8)) -> (u8, u8, u8) {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * lin(bg.0) + 0.7152 * lin(bg.1) + 0.0722 * lin(bg.2);
    // Contrast with black (l + 0.05) / 0.05 vs with white 1.05 / (l + 0.05).
    if (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) {
        (0, 0, 0)
    } else {
        (0xff, 0xff, 0xff)
    }
}

//! The map: a grid cartogram of Kazakhstan's regions (one equal tile per region, laid out in
//! the country's geography; no external map data), coloured by the chosen measure and year.
//! Spec (pure), colour scales, and drawing with the same plotters code as the other charts.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::data::{Db, RegionCode};
use crate::i18n::{self, Key, Lang};
use crate::state::{Filters, Measure};

use super::draw::{self, palette, themed, DrawResult};
use super::frame::{Frame, Look, Marks, Pick};
use super::interact::{Line, Readout};
use super::spec::{chart_value, detail, readout_unit, Detail, BAR_DOWN, BAR_UP};
use crate::table::{self, SeriesKey, Table};

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

fn mix(a: (u8, u8, u8), b: (u8, u8, u8), t: f64) -> (u8, u8, u8) {
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

/// A short tile label: the name without "region"/"city" words, cut to `max` characters.
fn short(name: &str, max: usize) -> String {
    let mut s = name.to_owned();
    // Region words go; the city mark stays short ("Almaty city" and "Almaty" both exist).
    for (w, by) in [
        (" облысы", ""),
        (" область", ""),
        ("Область ", ""),
        (" қаласы", " қ."),
    ] {
        s = s.replace(w, by);
    }
    if s.chars().count() > max {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    } else {
        s
    }
}

/// Draws the cartogram and its legend.
pub fn draw_map<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &MapSpec,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    let s = look.scale;
    let pal = palette(look.dark);
    root.fill(&draw::rgb(pal.background))?;
    let (w, h) = root.dim_in_pixel();
    let (w, h) = (f64::from(w), f64::from(h));
    // A second legend line (the Republic's value) on narrow maps.
    let legend_h = if w / s < 560.0 { 60.0 } else { 44.0 } * s;
    let pad = 4.0 * s;
    let grid_h = (h - legend_h - pad).max(40.0);
    let cell_w = (w - 2.0 * pad) / f64::from(COLS);
    let cell_h = grid_h / f64::from(ROWS);
    let gap = 3.0 * s;
    let ink = draw::rgb(pal.ink);
    let font_px = (cell_w / 7.5).clamp(9.0 * s, 13.0 * s);
    let max_chars = ((cell_w - 6.0 * s) / (font_px * 0.58)).floor().max(3.0) as usize;
    for (i, t) in spec.tiles.iter().enumerate() {
        let x0 = pad + f64::from(t.col) * cell_w + gap / 2.0;
        let y0 = pad + f64::from(t.row) * cell_h + gap / 2.0;
        let (x1, y1) = (x0 + cell_w - gap, y0 + cell_h - gap);
        let fill = match t.state {
            TileState::Value(v) => color_of(spec.scale, v, look.dark),
            TileState::NoData => {
                if look.dark {
                    (0x1c, 0x1c, 0x1c)
                } else {
                    (0xff, 0xff, 0xff)
                }
            }
            TileState::NotExisting => pal.background,
        };
        let rect = [(x0 as i32, y0 as i32), (x1 as i32, y1 as i32)];
        root.draw(&Rectangle::new(rect, draw::rgb(fill).filled()))?;
        // Regions with no value get a dashed-looking grey outline; others a thin one.
        let outline = if t.state == TileState::NotExisting {
            draw::rgb(pal.grid).stroke_width(1)
        } else {
            draw::rgb(pal.muted).stroke_width((0.5 * s).max(1.0) as u32)
        };
        root.draw(&Rectangle::new(rect, outline))?;
        if t.selected || marks.active.map(|p| p.index) == Some(i) {
            let width = if marks.active.map(|p| p.index) == Some(i) && marks.keyboard {
                3.0
            } else {
                2.0
            };
            root.draw(&Rectangle::new(rect, ink.stroke_width((width * s) as u32)))?;
        }
        let fg = match t.state {
            TileState::Value(v) => text_on(color_of(spec.scale, v, look.dark)),
            _ => pal.muted,
        };
        let color = draw::rgb(fg);
        let cx = ((x0 + x1) / 2.0) as i32;
        let name_style = (draw::FONT, font_px)
            .into_font()
            .color(&color)
            .pos(Pos::new(HPos::Center, VPos::Center));
        let cy = (y0 + y1) / 2.0;
        root.draw(&Text::new(
            short(&t.name, max_chars),
            (cx, (cy - font_px * 0.65) as i32),
            name_style.clone(),
        ))?;
        let value = match t.state {
            TileState::Value(_) => t.text.clone(),
            TileState::NoData => "—".to_owned(),
            TileState::NotExisting => "×".to_owned(),
        };
        let value_style = (draw::FONT, font_px * 1.1)
            .into_font()
            .style(FontStyle::Bold)
            .color(&color)
            .pos(Pos::new(HPos::Center, VPos::Center));
        root.draw(&Text::new(
            value,
            (cx, (cy + font_px * 0.75) as i32),
            value_style,
        ))?;
    }
    // Legend: the colour ramp with its ends and centre.
    let ly = pad + grid_h + 10.0 * s;
    let lx0 = pad + 4.0 * s;
    let lx1 = (w * 0.55).max(lx0 + 80.0 * s);
    let steps = 40;
    let (lo, mid, hi) = match spec.scale {
        Scale::Diverging { low, center, high } => (low, Some(center), high),
        Scale::Sequential { max } => (0.0, None, max),
    };
    // The ramp: the centre in the middle of a diverging legend, each side to its extreme.
    let value_at = |u: f64| match mid {
        Some(m) if u < 0.5 => lo + (m - lo) * u * 2.0,
        Some(m) => m + (hi - m) * (u - 0.5) * 2.0,
        None => lo + (hi - lo) * u,
    };
    for k in 0..steps {
        let v = value_at((f64::from(k) + 0.5) / f64::from(steps));
        let c = color_of(spec.scale, v, look.dark);
        let a = lx0 + (lx1 - lx0) * f64::from(k) / f64::from(steps);
        let b = lx0 + (lx1 - lx0) * f64::from(k + 1) / f64::from(steps);
        root.draw(&Rectangle::new(
            [
                (a as i32, ly as i32),
                (b.ceil() as i32, (ly + 10.0 * s) as i32),
            ],
            draw::rgb(c).filled(),
        ))?;
    }
    let small = (draw::FONT, 11.0 * s).into_font().color(&ink);
    let label = |v: f64| i18n::fmt_tick(spec.lang, v);
    let at = |v: f64| {
        let u = match mid {
            Some(m) if v < m => 0.5 * (v - lo) / (m - lo).max(1e-9),
            Some(m) => 0.5 + 0.5 * (v - m) / (hi - m).max(1e-9),
            None => (v - lo) / (hi - lo).max(1e-9),
        };
        (lx0 + (lx1 - lx0) * u) as i32
    };
    let ty = (ly + 12.0 * s) as i32;
    root.draw(&Text::new(
        label(lo),
        (at(lo), ty),
        small.clone().pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    if let Some(m) = mid {
        root.draw(&Text::new(
            label(m),
            (at(m), ty),
            small.clone().pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    root.draw(&Text::new(
        label(hi),
        (at(hi), ty),
        small.clone().pos(Pos::new(HPos::Right, VPos::Top)),
    ))?;
    if let Some(r) = &spec.republic {
        // Right of the ramp if it fits, else under it.
        let text = format!("{}: {r}", i18n::t(spec.lang, Key::Republic));
        let (tw, _) = root.estimate_text_size(&text, &small).unwrap_or((0, 0));
        let right = lx1 + 16.0 * s;
        let at = if right + f64::from(tw) <= w - pad {
            (right as i32, (ly + 5.0 * s) as i32)
        } else {
            (lx0 as i32, (ly + 31.0 * s) as i32)
        };
        root.draw(&Text::new(
            text,
            at,
            small.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    root.present()?;
    Ok(Frame {
        left: pad,
        top: pad,
        right: pad + cell_w * f64::from(COLS),
        bottom: pad + grid_h,
        x: (0.0, f64::from(COLS)),
        y: (f64::from(ROWS), 0.0),
        rows: 0,
        x_ticks: Vec::new(),
        scale: s,
    })
}

/// The tile at a grid position.
pub fn tile_at(spec: &MapSpec, col: u8, row: u8) -> Option<usize> {
    spec.tiles.iter().position(|t| t.col == col && t.row == row)
}

impl super::interact::Interactive for MapSpec {
    fn pick(&self, frame: &Frame, _: &Marks, px: f64, py: f64) -> Option<Pick> {
        if !frame.contains(px, py, 0.0) {
            return None;
        }
        let col = frame.x_at(px).floor();
        let row = frame.y_at(py).floor();
        if col < 0.0 || row < 0.0 {
            return None;
        }
        tile_at(self, col as u8, row as u8).map(|index| Pick { series: 0, index })
    }

    fn step(&self, _: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        let at = |index: usize| Some(Pick { series: 0, index });
        let Some(cur) = from.and_then(|p| self.tiles.get(p.index).map(|t| (p, t))) else {
            return at(0).filter(|_| !self.tiles.is_empty());
        };
        let (p, t) = cur;
        let (c, r) = (i32::from(t.col), i32::from(t.row));
        // The nearest tile in the key's direction: along the axis first, then across it.
        let (dc, dr) = match key {
            "ArrowLeft" => (-1, 0),
            "ArrowRight" => (1, 0),
            "ArrowUp" => (0, -1),
            "ArrowDown" => (0, 1),
            "Home" => return at(0),
            "End" => return at(self.tiles.len().saturating_sub(1)),
            _ => return Some(p),
        };
        self.tiles
            .iter()
            .enumerate()
            .filter_map(|(i, o)| {
                let (oc, or) = (i32::from(o.col) - c, i32::from(o.row) - r);
                let along = oc * dc + or * dr;
                let across = (oc * dr).abs() + (or * dc).abs();
                (along > 0).then_some((along + 2 * across, across, i))
            })
            .min()
            .map(|(_, _, i)| Pick {
                series: 0,
                index: i,
            })
            .or(Some(p))
    }

    fn readout(&self, frame: &Frame, _: &Marks, pick: Pick) -> Option<Readout> {
        let t = self.tiles.get(pick.index)?;
        let value = match t.state {
            TileState::Value(_) => format!("{} {}", t.text, self.unit),
            _ => t.text.clone(),
        };
        let sentence = match &t.detail {
            Some(d) => format!(
                "{}, {}: {value}, {}",
                t.name,
                self.year,
                i18n::status_name(self.lang, d.status)
            ),
            None => format!("{}, {}: {value}", t.name, self.year),
        };
        let cx = frame.x_px(f64::from(t.col) + 0.5);
        let cy = frame.y_px(f64::from(t.row) + 0.5);
        Some(Readout {
            heading: format!("{}, {}", t.name, self.year),
            lines: vec![Line {
                color: None,
                label: t.name.clone(),
                value,
                active: true,
            }],
            detail: t.detail.clone(),
            sentence,
            anchor: (cx, cy),
        })
    }

    fn summary(&self) -> String {
        let mut with: Vec<&Tile> = self
            .tiles
            .iter()
            .filter(|t| matches!(t.state, TileState::Value(_)))
            .collect();
        let v = |t: &Tile| match t.state {
            TileState::Value(v) => v,
            _ => f64::NAN,
        };
        crate::data::sort::sort_by(&mut with, |a, b| v(b).total_cmp(&v(a)));
        let (Some(hi), Some(lo)) = (with.first(), with.last()) else {
            return format!("{}.", self.title);
        };
        let mut out = format!(
            "{}. {}",
            self.title,
            i18n::tr(
                self.lang,
                Key::DescHighLow,
                &[
                    ("high_name", (&hi.name).into()),
                    ("high", (&hi.text).into()),
                    ("low_name", (&lo.name).into()),
                    ("low", (&lo.text).into()),
                    ("count", with.len().into()),
                ],
            )
        );
        if let Some(r) = &self.republic {
            out.push(' ');
            out.push_str(&i18n::tr(
                self.lang,
                Key::DescReference,
                &[("text", r.into())],
            ));
        }
        out
    }

    fn activates(&self) -> bool {
        true
    }
}

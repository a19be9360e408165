//! Pure drawing functions, generic over plotters' [`DrawingBackend`].
//!
//! The app draws into a `<canvas>` (`plotters-canvas`); the tests draw the same specs into an
//! SVG string and inspect it. [`Look::scale`] is the device-pixel ratio: every size in CSS
//! pixels is multiplied by it so the chart stays sharp on HiDPI screens. Each function returns
//! the [`Frame`] it drew (plot area and value ranges, read from plotters' own coordinate
//! mapping), which the pointer and keyboard read-outs use.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::types::{RangedCoordf64, RangedCoordi32};
use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::fmt_tick;

use super::frame::{value_tick_count, Frame, Look, Marks};

pub use super::bars::draw::draw_bars;
pub use super::composition::draw::draw_composition;
pub use super::trend::draw::{draw_trend, draw_trend_opt, trend_x_range};

/// Result of a drawing function: the frame drawn.
pub type DrawResult<DB> = Result<Frame, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// The charts' typeface: the reader's sans-serif (named by its variant, not by the string,
/// whose parsing lower-cases it through the standard library's Unicode case tables, #26).
pub(crate) const FONT: FontFamily<'static> = FontFamily::SansSerif;

/// The colours of one theme. Text colours keep at least 4.5:1 against the background (WCAG AA).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: (u8, u8, u8),
    pub ink: (u8, u8, u8),
    pub muted: (u8, u8, u8),
    pub grid: (u8, u8, u8),
}

/// The palette of a theme.
pub fn palette(dark: bool) -> Palette {
    if dark {
        Palette {
            background: (0x12, 0x12, 0x12),
            ink: (0xe8, 0xe8, 0xe8),
            muted: (0xa8, 0xa8, 0xa8),
            grid: (0x3a, 0x3a, 0x3a),
        }
    } else {
        Palette {
            background: (0xff, 0xff, 0xff),
            ink: (0x33, 0x33, 0x33),
            muted: (0x6b, 0x6b, 0x6b),
            grid: (0xdd, 0xdd, 0xdd),
        }
    }
}

/// A series or bar colour as drawn in a theme: the Okabe–Ito colours, lightened on dark
/// backgrounds (the Republic's black becomes near-white); same hues, so legends still match.
/// The quiet grey of what is not highlighted (`hl=`): lines and bars that stay readable
/// behind the strong ones.
pub(crate) fn quiet_color(dark: bool) -> (u8, u8, u8) {
    if dark {
        (0x6b, 0x6b, 0x6b)
    } else {
        (0xb0, 0xb0, 0xb0)
    }
}

pub fn themed(color: (u8, u8, u8), dark: bool) -> (u8, u8, u8) {
    if !dark {
        return color;
    }
    match color {
        (0, 0, 0) => (0xf2, 0xf2, 0xf2),
        (0x00, 0x72, 0xB2) => (0x56, 0xB4, 0xE9),
        (0x00, 0x9E, 0x73) => (0x3d, 0xc9, 0x9e),
        (0xD5, 0x5E, 0x00) => (0xff, 0x8c, 0x42),
        (0xCC, 0x79, 0xA7) => (0xe0, 0x9c, 0xc4),
        (0x56, 0xB4, 0xE9) => (0x9a, 0xd4, 0xf5),
        (0x8C, 0x56, 0x3B) => (0xc4, 0x8a, 0x6a),
        (0xBB, 0xBB, 0xBB) => (0x77, 0x77, 0x77),
        c => c,
    }
}

pub(crate) fn px(scale: f64, css: f64) -> u32 {
    (css * scale).round().max(0.0) as u32
}

/// A plotters colour.
pub(crate) fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Lower and upper bound of an axis holding `values` (and `always`), padded by 8 %.
pub(crate) fn padded_bounds(values: impl Iterator<Item = f64>, always: &[f64]) -> (f64, f64) {
    let (lo, hi) = values
        .chain(always.iter().copied())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if !lo.is_finite() || !hi.is_finite() {
        return (0.0, 1.0);
    }
    let pad = ((hi - lo) * 0.08).max(1.0);
    (lo - pad, hi + pad)
}

/// Splits a series into runs of consecutive values; a `None` ends a run.
pub fn runs(points: &[(i32, Option<f64>)]) -> Vec<Vec<(i32, f64)>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for &(x, y) in points {
        match y {
            Some(y) => cur.push((x, y)),
            None if !cur.is_empty() => out.push(std::mem::take(&mut cur)),
            None => {}
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

pub(crate) type RowsChart<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<RangedCoordf64, plotters::coord::ranged1d::SegmentedCoord<RangedCoordi32>>,
>;

/// A chart of horizontal rows (bars), one per label, top to bottom, on `x`: the shared frame of
/// the ranking, activity and composition charts. Row `k` (0 = top) is segment `n - 1 - k`.
pub(crate) fn rows_chart<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    labels: &[(&str, &[String])],
    x: std::ops::Range<f64>,
    x_label: &str,
    lang: crate::i18n::Lang,
    look: &Look,
) -> Result<(RowsChart<'a, DB>, Frame), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = look.scale;
    let pal = palette(look.dark);
    let (ink, grid) = (rgb(pal.ink), rgb(pal.grid));
    let n = labels.len() as i32;
    let longest = labels
        .iter()
        .map(|l| l.0.chars().count())
        .max()
        .unwrap_or(4);
    // Row labels take at most 45 % of the width; longer ones are shortened with "…".
    let label_css = (12.0 + 7.0 * longest as f64).min(look.css_width * 0.45);
    let max_chars = ((label_css - 12.0) / 7.0).floor().max(4.0) as usize;
    let label_font = (FONT, 12.0 * scale).into_font().color(&ink);
    let mut chart = ChartBuilder::on(root)
        .margin(px(scale, 12.0))
        .margin_top(px(scale, 22.0))
        .x_label_area_size(px(scale, 40.0))
        .y_label_area_size(px(scale, label_css))
        .build_cartesian_2d(x.clone(), (0..n.max(1)).into_segmented())?;
    let label_of = |v: &SegmentValue<i32>| match v {
        SegmentValue::CenterOf(i) => usize::try_from(n - 1 - i)
            .ok()
            .and_then(|k| labels.get(k))
            .map_or_else(String::new, |&(full, shorter)| {
                fitted(full, shorter, max_chars)
            }),
        _ => String::new(),
    };
    let plot_css = (look.css_width - 24.0 - label_css).max(60.0);
    // The caption is centred under the plot, not the canvas: it must fit the plot's width and
    // the right margin (it ran off the canvas at 320 px in Kazakh).
    let caption = axis_caption(x_label, plot_css + 24.0 + 40.0);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(labels.len() + 1)
        .y_label_formatter(&label_of)
        .x_labels(value_tick_count(plot_css, 5))
        .x_label_formatter(&|v| fmt_tick(lang, *v))
        .x_desc(caption)
        .label_style(label_font.clone())
        .axis_desc_style(label_font)
        .axis_style(ink.stroke_width(px(scale, 1.0)))
        .bold_line_style(grid.stroke_width(px(scale, 1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;
    let area = chart.plotting_area();
    let (left, bottom) = area.map_coordinate(&(x.start, SegmentValue::Exact(0)));
    let (right, top) = area.map_coordinate(&(x.end, SegmentValue::Exact(n.max(1))));
    let frame = Frame {
        left: f64::from(left),
        top: f64::from(top),
        right: f64::from(right),
        bottom: f64::from(bottom),
        x: (x.start, x.end),
        y: (0.0, f64::from(n.max(1))),
        rows: labels.len(),
        x_ticks: Vec::new(),
        scale,
    };
    Ok((chart, frame))
}

/// An axis caption that fits `css_width`: without its parenthetical ("(100 = no change)") when
/// the whole would not.
pub(crate) fn axis_caption(caption: &str, css_width: f64) -> &str {
    if caption.chars().count() as f64 * 7.0 <= css_width - 40.0 {
        caption
    } else {
        caption.split(" (").next().unwrap_or(caption)
    }
}

/// A label in `max` characters (ranking rows, map tiles): the label, else the first of its
/// shorter forms that fits, else the first shorter form (or the label) cut with "…".
pub(crate) fn fitted(full: &str, shorter: &[String], max: usize) -> String {
    std::iter::once(full)
        .chain(shorter.iter().map(String::as_str))
        .find(|l| l.chars().count() <= max)
        .map_or_else(
            || shorten(shorter.first().map_or(full, String::as_str), max),
            str::to_owned,
        )
}

/// `s` cut to `max` characters with "…".
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Outlines row `k` of a rows chart (the active bar): thicker for keyboard focus.
pub(crate) fn outline_row<DB: DrawingBackend>(
    chart: &mut RowsChart<'_, DB>,
    n: i32,
    k: usize,
    x: (f64, f64),
    look: &Look,
    marks: &Marks,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let seg = n - 1 - k as i32;
    let ink = rgb(palette(look.dark).ink);
    let w = px(look.scale, if marks.keyboard { 2.5 } else { 1.5 });
    let rect = Rectangle::new(
        [
            (x.0, SegmentValue::Exact(seg)),
            (x.1, SegmentValue::Exact(seg + 1)),
        ],
        ink.stroke_width(w),
    );
    chart.draw_series(std::iter::once(rect))?;
    Ok(())
}

//! Pure drawing functions, generic over plotters' [`DrawingBackend`].
//!
//! The app draws into a `<canvas>` (`plotters-canvas`); the tests draw the same specs into an
//! SVG string and inspect it. `scale` is the device-pixel ratio: every size in CSS pixels is
//! multiplied by it so the chart stays sharp on HiDPI screens.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::types::{RangedCoordf64, RangedCoordi32};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::fmt_tick;

use super::spec::{BarSpec, CompositionSpec, TrendSpec, BAR_DOWN, BAR_UP, COMPOSITION};

/// Result of a drawing function.
pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

const FONT: &str = "sans-serif";
const GRID: RGBColor = RGBColor(0xdd, 0xdd, 0xdd);
const INK: RGBColor = RGBColor(0x33, 0x33, 0x33);
const MUTED: RGBColor = RGBColor(0x77, 0x77, 0x77);

fn px(scale: f64, css: f64) -> u32 {
    (css * scale).round().max(0.0) as u32
}

fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
    RGBColor(r, g, b)
}

/// Lower and upper bound of an axis holding `values` (and `always`), padded by 8 %.
fn padded_bounds(values: impl Iterator<Item = f64>, always: &[f64]) -> (f64, f64) {
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

/// Draws the trend (line) chart.
pub fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &TrendSpec,
    scale: f64,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let values = spec
        .series
        .iter()
        .flat_map(|s| s.points.iter().filter_map(|p| p.1));
    let always: Vec<f64> = spec.reference.into_iter().collect();
    let (y0, y1) = padded_bounds(values, &always);
    let (x0, x1) = if spec.from < spec.to {
        (spec.from, spec.to)
    } else {
        (spec.from - 1, spec.to + 1)
    };
    let label_font = (FONT, 12.0 * scale).into_font().color(&INK);
    let mut chart = ChartBuilder::on(root)
        .margin(px(scale, 12.0))
        .x_label_area_size(px(scale, 28.0))
        .y_label_area_size(px(scale, 56.0))
        .build_cartesian_2d(x0..x1, y0..y1)?;
    chart
        .configure_mesh()
        .x_labels(((x1 - x0 + 1) as usize).min(16))
        .x_label_formatter(&|y| y.to_string())
        .y_labels(8)
        .y_label_formatter(&|v| fmt_tick(spec.lang, *v))
        .label_style(label_font.clone())
        .axis_style(INK.stroke_width(px(scale, 1.0)))
        .bold_line_style(GRID.stroke_width(px(scale, 1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;
    let muted = MUTED.stroke_width(px(scale, 1.0));
    for &year in &spec.breaks {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(year, y0), (year, y1)],
            muted,
        )))?;
    }
    if let Some(r) = spec.reference {
        let style = INK.stroke_width(px(scale, 1.5));
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x0, r), (x1, r)],
            style,
        )))?;
    }
    for s in &spec.series {
        let color = rgb(s.color);
        let width = px(scale, if s.emphasis { 3.0 } else { 2.0 });
        for run in runs(&s.points) {
            if run.len() > 1 {
                chart.draw_series(LineSeries::new(run.clone(), color.stroke_width(width)))?;
            }
            let r = px(scale, 3.0);
            chart.draw_series(run.into_iter().map(|p| Circle::new(p, r, color.filled())))?;
        }
        // A ring marks a value that revises an earlier release.
        let ring = color.stroke_width(px(scale, 1.5));
        let r = px(scale, 7.0);
        chart.draw_series(s.revised.iter().map(|&p| Circle::new(p, r, ring)))?;
    }
    root.present()
}

/// Draws a trend chart if there is one, else clears the area.
pub fn draw_trend_opt<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &Option<TrendSpec>,
    scale: f64,
) -> DrawResult<DB> {
    match spec {
        Some(s) => draw_trend(root, s, scale),
        None => {
            root.fill(&WHITE)?;
            root.present()
        }
    }
}

/// A chart of horizontal rows (bars), one per label, top to bottom, on `x`: the shared frame of
/// the ranking, activity and composition charts. Row `k` (0 = top) is segment `n - 1 - k`.
fn rows_chart<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    labels: &[&str],
    x: std::ops::Range<f64>,
    x_label: &str,
    lang: crate::i18n::Lang,
    scale: f64,
) -> Result<RowsChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let n = labels.len() as i32;
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4);
    let label_font = (FONT, 12.0 * scale).into_font().color(&INK);
    let mut chart = ChartBuilder::on(root)
        .margin(px(scale, 12.0))
        .margin_top(px(scale, 22.0))
        .x_label_area_size(px(scale, 40.0))
        .y_label_area_size(px(scale, 12.0 + 7.0 * longest as f64))
        .build_cartesian_2d(x, (0..n.max(1)).into_segmented())?;
    let label_of = |v: &SegmentValue<i32>| match v {
        SegmentValue::CenterOf(i) => usize::try_from(n - 1 - i)
            .ok()
            .and_then(|k| labels.get(k))
            .map_or_else(String::new, |l| (*l).to_owned()),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(labels.len() + 1)
        .y_label_formatter(&label_of)
        .x_labels(6)
        .x_label_formatter(&|v| fmt_tick(lang, *v))
        .x_desc(x_label)
        .label_style(label_font.clone())
        .axis_desc_style(label_font)
        .axis_style(INK.stroke_width(px(scale, 1.0)))
        .bold_line_style(GRID.stroke_width(px(scale, 1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;
    Ok(chart)
}

type RowsChart<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<RangedCoordf64, plotters::coord::ranged1d::SegmentedCoord<RangedCoordi32>>,
>;

/// Draws the ranking (horizontal bar) chart, highest bar on top.
pub fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &BarSpec,
    scale: f64,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let n = spec.bars.len() as i32;
    let mut always = vec![spec.baseline];
    always.extend(spec.reference.as_ref().map(|r| r.value));
    let (mut x0, x1) = padded_bounds(spec.bars.iter().map(|b| b.value), &always);
    if spec.baseline == 0.0 {
        x0 = 0.0;
    }
    // Room for the value labels right of the bars.
    let x1 = x1 + (x1 - x0) * 0.12;
    let label_font = (FONT, 12.0 * scale).into_font().color(&INK);
    let labels: Vec<&str> = spec.bars.iter().map(|b| b.label.as_str()).collect();
    let mut chart = rows_chart(root, &labels, x0..x1, &spec.x_label, spec.lang, scale)?;
    let gap = px(scale, 2.0);
    for (k, bar) in spec.bars.iter().enumerate() {
        let seg = n - 1 - k as i32;
        let color = if bar.value >= spec.baseline {
            BAR_UP
        } else {
            BAR_DOWN
        };
        let mut rect = Rectangle::new(
            [
                (spec.baseline, SegmentValue::Exact(seg)),
                (bar.value, SegmentValue::Exact(seg + 1)),
            ],
            rgb(color).filled(),
        );
        rect.set_margin(gap, gap, 0, 0);
        chart.draw_series(std::iter::once(rect))?;
        let at = (bar.value.max(spec.baseline), SegmentValue::CenterOf(seg));
        let font = label_font.clone().pos(Pos::new(HPos::Left, VPos::Center));
        let text = format!(" {}", bar.text);
        chart.draw_series(std::iter::once(Text::new(text, at, font)))?;
    }
    if let Some(r) = &spec.reference {
        let v = r.value;
        let line = PathElement::new(
            vec![
                (v, SegmentValue::Exact(0)),
                (v, SegmentValue::Exact(n.max(1))),
            ],
            INK.stroke_width(px(scale, 2.0)),
        );
        chart.draw_series(std::iter::once(line))?;
        let font = label_font.clone().pos(Pos::new(HPos::Center, VPos::Bottom));
        let at = (v, SegmentValue::Exact(n.max(1)));
        let label = Text::new(format!("{} {}", r.name, r.text), at, font);
        chart.draw_series(std::iter::once(label))?;
    }
    root.present()
}

/// Draws stacked 100 % bars (mining, manufacturing, rest), one row per period, newest on top.
pub fn draw_composition<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &CompositionSpec,
    scale: f64,
) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let n = spec.rows.len() as i32;
    let label_font = (FONT, 12.0 * scale).into_font().color(&INK);
    let labels: Vec<&str> = spec.rows.iter().map(|r| r.label.as_str()).collect();
    let mut chart = rows_chart(root, &labels, 0.0..100.0, &spec.x_label, spec.lang, scale)?;
    let gap = px(scale, 3.0);
    for (k, row) in spec.rows.iter().enumerate() {
        let seg = n - 1 - k as i32;
        let mut start = 0.0;
        for (i, part) in row.parts.iter().enumerate() {
            let color = COMPOSITION.get(i).copied().unwrap_or(COMPOSITION[2]);
            let end = (start + part).min(100.0);
            let mut rect = Rectangle::new(
                [
                    (start, SegmentValue::Exact(seg)),
                    (end, SegmentValue::Exact(seg + 1)),
                ],
                rgb(color).filled(),
            );
            rect.set_margin(gap, gap, 0, 0);
            chart.draw_series(std::iter::once(rect))?;
            if *part >= 8.0 {
                let font = label_font
                    .clone()
                    .color(&WHITE)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                let at = ((start + end) / 2.0, SegmentValue::CenterOf(seg));
                chart.draw_series(std::iter::once(Text::new(format!("{part:.1}"), at, font)))?;
            }
            start = end;
        }
    }
    root.present()
}

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
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::i18n::fmt_tick;

use super::frame::{value_tick_count, year_ticks, Frame, Look, Marks, Tick};
use super::spec::{BarSpec, CompositionSpec, TrendSpec, BAR_DOWN, BAR_UP, COMPOSITION};

/// Result of a drawing function: the frame drawn.
pub type DrawResult<DB> = Result<Frame, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

pub(crate) const FONT: &str = "sans-serif";

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

fn px(scale: f64, css: f64) -> u32 {
    (css * scale).round().max(0.0) as u32
}

/// A plotters colour.
pub(crate) fn rgb((r, g, b): (u8, u8, u8)) -> RGBColor {
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

/// The x range a trend chart maps (a single year gets a year of room on each side).
pub fn trend_x_range(spec: &TrendSpec) -> (i32, i32) {
    if spec.from < spec.to {
        (spec.from, spec.to)
    } else {
        (spec.from - 1, spec.to + 1)
    }
}

/// Draws the trend (line) chart.
pub fn draw_trend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &TrendSpec,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    let scale = look.scale;
    let pal = palette(look.dark);
    let (ink, muted_c, grid) = (rgb(pal.ink), rgb(pal.muted), rgb(pal.grid));
    root.fill(&rgb(pal.background))?;
    let visible = |i: usize| !marks.hidden.contains(&i);
    let values = spec
        .series
        .iter()
        .enumerate()
        .filter(|(i, _)| visible(*i))
        .flat_map(|(_, s)| s.points.iter().filter_map(|p| p.1));
    let always: Vec<f64> = spec.reference.into_iter().collect();
    let (y0, y1) = padded_bounds(values, &always);
    let (x0, x1) = trend_x_range(spec);
    let label_font = (FONT, 12.0 * scale).into_font().color(&ink);
    let y_area = 56.0;
    let plot_css = (look.css_width - 24.0 - y_area).max(60.0);
    let ticks = year_ticks(spec.from, spec.to, plot_css);
    let mut chart = ChartBuilder::on(root)
        .margin(px(scale, 12.0))
        .x_label_area_size(px(scale, 28.0))
        .y_label_area_size(px(scale, y_area))
        .build_cartesian_2d(x0..x1, y0..y1)?;
    let tick_label = |y: &i32| {
        if ticks.contains(y) {
            y.to_string()
        } else {
            String::new()
        }
    };
    chart
        .configure_mesh()
        .x_labels(((x1 - x0 + 1) as usize).max(2))
        .x_label_formatter(&tick_label)
        .y_labels(8)
        .y_label_formatter(&|v| fmt_tick(spec.lang, *v))
        .label_style(label_font.clone())
        .axis_style(ink.stroke_width(px(scale, 1.0)))
        .bold_line_style(grid.stroke_width(px(scale, 1.0)))
        .light_line_style(TRANSPARENT)
        .draw()?;
    let muted = muted_c.stroke_width(px(scale, 1.0));
    for &year in &spec.breaks {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(year, y0), (year, y1)],
            muted,
        )))?;
    }
    if let Some(r) = spec.reference {
        let style = ink.stroke_width(px(scale, 1.5));
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(x0, r), (x1, r)],
            style,
        )))?;
    }
    // The guide at the active year, under the lines.
    let active_year = marks
        .active
        .and_then(|p| spec.series.get(p.series)?.points.get(p.index).map(|q| q.0));
    if let Some(year) = active_year {
        let guide = muted_c.stroke_width(px(scale, 1.0));
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(year, y0), (year, y1)],
            guide,
        )))?;
    }
    for (i, s) in spec.series.iter().enumerate().filter(|(i, _)| visible(*i)) {
        let base = rgb(themed(s.color, look.dark));
        let dimmed = marks.emphasis.is_some_and(|e| e != i);
        let color: RGBAColor = if dimmed { base.mix(0.3) } else { base.mix(1.0) };
        let emphasised = marks.emphasis == Some(i) || s.emphasis;
        let width = px(scale, if emphasised { 3.0 } else { 2.0 });
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
    // The active point: a filled dot on every series at that year, a ring on the active one.
    if let (Some(p), Some(year)) = (marks.active, active_year) {
        for (i, s) in spec.series.iter().enumerate().filter(|(i, _)| visible(*i)) {
            if let Some(Some(v)) = s.points.iter().find(|q| q.0 == year).map(|q| q.1) {
                let c = rgb(themed(s.color, look.dark));
                let r = px(scale, if i == p.series { 5.0 } else { 4.0 });
                chart.draw_series(std::iter::once(Circle::new((year, v), r, c.filled())))?;
                if i == p.series {
                    let ring_r = px(scale, if marks.keyboard { 10.0 } else { 8.0 });
                    let w = px(scale, if marks.keyboard { 2.5 } else { 1.5 });
                    chart.draw_series(std::iter::once(Circle::new(
                        (year, v),
                        ring_r,
                        ink.stroke_width(w),
                    )))?;
                }
            }
        }
    }
    let area = chart.plotting_area();
    let (left, bottom) = area.map_coordinate(&(x0, y0));
    let (right, top) = area.map_coordinate(&(x1, y1));
    let x_ticks = ticks
        .iter()
        .map(|&y| Tick {
            text: y.to_string(),
            x: f64::from(area.map_coordinate(&(y, y0)).0),
        })
        .collect();
    root.present()?;
    Ok(Frame {
        left: f64::from(left),
        top: f64::from(top),
        right: f64::from(right),
        bottom: f64::from(bottom),
        x: (f64::from(x0), f64::from(x1)),
        y: (y0, y1),
        rows: 0,
        x_ticks,
        scale,
    })
}

/// Draws a trend chart if there is one, else clears the area.
pub fn draw_trend_opt<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &Option<TrendSpec>,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    match spec {
        Some(s) => draw_trend(root, s, look, marks),
        None => {
            root.fill(&rgb(palette(look.dark).background))?;
            root.present()?;
            Ok(Frame::default())
        }
    }
}

type RowsChart<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<RangedCoordf64, plotters::coord::ranged1d::SegmentedCoord<RangedCoordi32>>,
>;

/// A chart of horizontal rows (bars), one per label, top to bottom, on `x`: the shared frame of
/// the ranking, activity and composition charts. Row `k` (0 = top) is segment `n - 1 - k`.
fn rows_chart<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    labels: &[&str],
    x: std::ops::Range<f64>,
    x_label: &str,
    lang: crate::i18n::Lang,
    look: &Look,
) -> Result<(RowsChart<'a, DB>, Frame), DrawingAreaErrorKind<DB::ErrorType>> {
    let scale = look.scale;
    let pal = palette(look.dark);
    let (ink, grid) = (rgb(pal.ink), rgb(pal.grid));
    let n = labels.len() as i32;
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(4);
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
            .map_or_else(String::new, |l| shorten(l, max_chars)),
        _ => String::new(),
    };
    let plot_css = (look.css_width - 24.0 - label_css).max(60.0);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(labels.len() + 1)
        .y_label_formatter(&label_of)
        .x_labels(value_tick_count(plot_css, 5))
        .x_label_formatter(&|v| fmt_tick(lang, *v))
        .x_desc(axis_caption(x_label, look.css_width))
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
fn axis_caption(caption: &str, css_width: f64) -> &str {
    if caption.chars().count() as f64 * 7.0 <= css_width - 40.0 {
        caption
    } else {
        caption.split(" (").next().unwrap_or(caption)
    }
}

/// `s` cut to `max` characters with "…".
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Outlines row `k` of a rows chart (the active bar): thicker for keyboard focus.
fn outline_row<DB: DrawingBackend>(
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

/// Draws the ranking (horizontal bar) chart, highest bar on top.
pub fn draw_bars<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &BarSpec,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    let scale = look.scale;
    let pal = palette(look.dark);
    let ink = rgb(pal.ink);
    root.fill(&rgb(pal.background))?;
    let n = spec.bars.len() as i32;
    let mut always = vec![spec.baseline];
    always.extend(spec.reference.as_ref().map(|r| r.value));
    let (mut x0, x1) = padded_bounds(spec.bars.iter().map(|b| b.value), &always);
    if spec.baseline == 0.0 {
        x0 = 0.0;
    }
    // Room for the value labels right of the bars.
    let x1 = x1 + (x1 - x0) * 0.12;
    let label_font = (FONT, 12.0 * scale).into_font().color(&ink);
    let labels: Vec<&str> = spec.bars.iter().map(|b| b.label.as_str()).collect();
    let (mut chart, frame) = rows_chart(root, &labels, x0..x1, &spec.x_label, spec.lang, look)?;
    let gap = px(scale, 2.0);
    let active = marks.active.map(|p| p.index);
    for (k, bar) in spec.bars.iter().enumerate() {
        let seg = n - 1 - k as i32;
        let color = themed(
            if bar.value >= spec.baseline {
                BAR_UP
            } else {
                BAR_DOWN
            },
            look.dark,
        );
        let dimmed = active.is_some_and(|a| a != k);
        let fill: RGBAColor = rgb(color).mix(if dimmed { 0.55 } else { 1.0 });
        let mut rect = Rectangle::new(
            [
                (spec.baseline, SegmentValue::Exact(seg)),
                (bar.value, SegmentValue::Exact(seg + 1)),
            ],
            fill.filled(),
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
            ink.stroke_width(px(scale, 2.0)),
        );
        chart.draw_series(std::iter::once(line))?;
        // The label runs right of the line if it fits in the canvas, else ends at it.
        let text = format!("{} {}", r.name, r.text);
        let (tw, _) = root
            .estimate_text_size(&text, &label_font)
            .unwrap_or((0, 0));
        let x_line = frame.x_px(v);
        let (w, _) = root.dim_in_pixel();
        let h = if x_line + f64::from(tw) <= f64::from(w) - 2.0 {
            HPos::Left
        } else if x_line - f64::from(tw) >= 2.0 {
            HPos::Right
        } else {
            HPos::Center
        };
        let font = label_font.clone().pos(Pos::new(h, VPos::Bottom));
        let at = (v, SegmentValue::Exact(n.max(1)));
        chart.draw_series(std::iter::once(Text::new(text, at, font)))?;
    }
    if let Some(k) = active.filter(|&k| k < spec.bars.len()) {
        outline_row(&mut chart, n, k, (x0, x1), look, marks)?;
    }
    root.present()?;
    Ok(frame)
}

/// Draws stacked 100 % bars (mining, manufacturing, rest), one row per period, newest on top.
pub fn draw_composition<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &CompositionSpec,
    look: &Look,
    marks: &Marks,
) -> DrawResult<DB> {
    let scale = look.scale;
    let pal = palette(look.dark);
    root.fill(&rgb(pal.background))?;
    let n = spec.rows.len() as i32;
    let label_font = (FONT, 12.0 * scale).into_font();
    let labels: Vec<&str> = spec.rows.iter().map(|r| r.label.as_str()).collect();
    let (mut chart, frame) = rows_chart(root, &labels, 0.0..100.0, &spec.x_label, spec.lang, look)?;
    let gap = px(scale, 3.0);
    for (k, row) in spec.rows.iter().enumerate() {
        let seg = n - 1 - k as i32;
        let mut start = 0.0;
        for (i, part) in row.parts.iter().enumerate() {
            let color = themed(
                COMPOSITION.get(i).copied().unwrap_or(COMPOSITION[2]),
                look.dark,
            );
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
                // White on the two dark parts, ink on the light grey "rest".
                let text_color = if i == 2 { rgb(pal.ink) } else { WHITE };
                let text_color = if look.dark { BLACK } else { text_color };
                let font = label_font
                    .clone()
                    .color(&text_color)
                    .pos(Pos::new(HPos::Center, VPos::Center));
                let at = ((start + end) / 2.0, SegmentValue::CenterOf(seg));
                chart.draw_series(std::iter::once(Text::new(format!("{part:.1}"), at, font)))?;
            }
            start = end;
        }
    }
    if let Some(k) = marks
        .active
        .map(|p| p.index)
        .filter(|&k| k < spec.rows.len())
    {
        outline_row(&mut chart, n, k, (0.0, 100.0), look, marks)?;
    }
    root.present()?;
    Ok(frame)
}

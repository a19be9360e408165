//! Drawing the trend family's specs on any plotters backend.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::*;
use crate::charts::draw::*;
use crate::charts::draw::{palette, DrawResult};
use crate::charts::frame::{year_ticks, Frame, Look, Marks, Tick};
use crate::charts::notes::{self, draw_notes, label_width, NoteBox, Obstacles, Rect};
use crate::i18n::fmt_tick;

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
    let (y0, mut y1) = padded_bounds(values, &always);
    // Room above the lines for a newsroom's notes.
    if !spec.notes.is_empty() {
        y1 += (y1 - y0) * 0.35;
    }
    let (x0, x1) = trend_x_range(spec);
    let label_font = (FONT, 12.0 * scale).into_font().color(&ink);
    let y_area = 56.0;
    // Direct labels: each line's name right of its end, in a margin as wide as the longest
    // (at most a third of the width; longer names are shortened).
    let end_labels = end_labels(spec, marks, look);
    let label_css = end_labels
        .iter()
        .map(|(_, l)| 8.0 + 6.5 * l.chars().count() as f64)
        .fold(0.0, f64::max);
    let plot_css = (look.css_width - 24.0 - y_area - label_css).max(60.0);
    let ticks = year_ticks(spec.from, spec.to, plot_css);
    let mut chart = ChartBuilder::on(root)
        .margin(px(scale, 12.0))
        .margin_right(px(scale, 12.0 + label_css))
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
    // Quiet lines (another is highlighted) first, under the strong ones.
    let order = spec.series.iter().enumerate().filter(|(_, s)| s.quiet);
    let order = order.chain(spec.series.iter().enumerate().filter(|(_, s)| !s.quiet));
    for (i, s) in order.filter(|(i, _)| visible(*i)) {
        let base = rgb(series_color(s, look.dark));
        let dimmed = marks.emphasis.is_some_and(|e| e != i);
        let color: RGBAColor = if dimmed { base.mix(0.3) } else { base.mix(1.0) };
        let emphasised = marks.emphasis == Some(i) || (s.emphasis && !s.quiet);
        let width = px(
            scale,
            if emphasised {
                3.0
            } else if s.quiet {
                1.5
            } else {
                2.0
            },
        );
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
                let c = rgb(series_color(s, look.dark));
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
    let at = |year: i32, v: f64| {
        let (x, y) = area.map_coordinate(&(year, v));
        (f64::from(x), f64::from(y))
    };
    // `at` and the frame are in the backend's pixels; `root` draws from its own corner (an
    // export draws the chart below its title).
    let (ox, oy) = root.get_base_pixel();
    let rel = |x: f64, y: f64| ((x as i32) - ox, (y as i32) - oy);
    // Direct labels, moved apart vertically where two line ends are close.
    let line_h = 14.0 * scale;
    let mut ends: Vec<(f64, usize, &str)> = end_labels
        .iter()
        .map(|(i, l)| {
            (
                at_end(spec, *i).map_or(0.0, |(y, v)| at(y, v).1),
                *i,
                l.as_str(),
            )
        })
        .collect();
    // Top to bottom (at most four: an insertion sort, not another instance of the slice sort).
    for i in 1..ends.len() {
        let mut j = i;
        while j > 0 && ends[j - 1].0 > ends[j].0 {
            ends.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut prev = f64::NEG_INFINITY;
    for e in &mut ends {
        e.0 = e.0.max(prev + line_h);
        prev = e.0;
    }
    let overflow = (prev - f64::from(bottom)).max(0.0);
    for (y, i, text) in ends {
        let color = rgb(series_color(&spec.series[i], look.dark));
        let font = label_font
            .clone()
            .color(&color)
            .pos(Pos::new(HPos::Left, VPos::Center));
        let x = f64::from(right) + 6.0 * scale;
        root.draw(&Text::new(text.to_owned(), rel(x, y - overflow), font))?;
    }
    // The newsroom's notes, placed clear of every value and inside the plot, with a leader line.
    let plot = (
        f64::from(left),
        f64::from(top),
        f64::from(right),
        f64::from(bottom),
    );
    let measure = |t: &str| label_width(root, t, scale);
    let boxes = layout_notes(spec, marks, plot, &at, &measure, scale);
    draw_notes(root, &boxes, look)?;
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

/// A series' colour as drawn (and in its legend swatch): its own, or a quiet grey when another
/// is highlighted.
pub fn drawn_color(color: (u8, u8, u8), quiet: bool, dark: bool) -> (u8, u8, u8) {
    if quiet {
        quiet_color(dark)
    } else {
        themed(color, dark)
    }
}

fn series_color(s: &Series, dark: bool) -> (u8, u8, u8) {
    drawn_color(s.color, s.quiet, dark)
}

/// The last year with a value of series `i`, and the value.
fn at_end(spec: &TrendSpec, i: usize) -> Option<(i32, f64)> {
    spec.series
        .get(i)?
        .points
        .iter()
        .rev()
        .find_map(|&(y, v)| Some((y, v?)))
}

/// The direct labels of a chart that has them: each visible line with a value, and its name
/// shortened to fit a third of the width.
fn end_labels(spec: &TrendSpec, marks: &Marks, look: &Look) -> Vec<(usize, String)> {
    if !spec.direct_labels {
        return Vec::new();
    }
    let max = ((look.css_width / 3.0 - 8.0) / 6.5).max(4.0) as usize;
    (0..spec.series.len())
        .filter(|i| !marks.hidden.contains(i) && at_end(spec, *i).is_some())
        .map(|i| (i, shorten(&spec.series[i].end_label, max)))
        .collect()
}

/// Places the notes of `spec` ([`notes::place`]): each at its year's point of the line it is
/// about ([`TrendSpec::note_anchor`]), clear of every drawn point and line segment. `at` maps a
/// value to device pixels.
pub fn layout_notes(
    spec: &TrendSpec,
    marks: &Marks,
    plot: Rect,
    at: &dyn Fn(i32, f64) -> (f64, f64),
    measure: &dyn Fn(&str) -> f64,
    scale: f64,
) -> Vec<Option<NoteBox>> {
    let mut obstacles = Obstacles::default();
    for i in (0..spec.series.len()).filter(|i| !marks.hidden.contains(i)) {
        for run in runs(&spec.series[i].points) {
            let px: Vec<(f64, f64)> = run.iter().map(|&(y, v)| at(y, v)).collect();
            obstacles
                .segments
                .extend(px.windows(2).map(|w| (w[0], w[1])));
            obstacles.points.extend(px);
        }
    }
    let notes: Vec<(&str, Option<(f64, f64)>)> = spec
        .notes
        .iter()
        .map(|n| {
            let anchor = spec.note_anchor(n.year).map(|(_, _, v)| at(n.year, v));
            (n.text.as_str(), anchor)
        })
        .collect();
    notes::place(&notes, plot, &obstacles, measure, scale)
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

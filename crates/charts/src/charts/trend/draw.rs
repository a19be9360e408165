//! Drawing the trend family's specs on any plotters backend.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::*;
use crate::charts::draw::*;
use crate::charts::draw::{palette, DrawResult};
use crate::charts::frame::{year_ticks, Frame, Look, Marks, Tick};
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

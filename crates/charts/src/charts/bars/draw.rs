//! Drawing the bars family's specs on any plotters backend.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::*;
use crate::charts::draw::*;
use crate::charts::draw::{palette, DrawResult};
use crate::charts::frame::{Frame, Look, Marks};
use crate::charts::notes::{self, draw_notes, label_width, NoteBox, Obstacles};
use crate::charts::spec::*;

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
    let labels: Vec<(&str, &[String])> = spec
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.shorter.as_slice()))
        .collect();
    let (mut chart, frame) = rows_chart(root, &labels, x0..x1, &spec.x_label, spec.lang, look)?;
    let gap = px(scale, 2.0);
    let active = marks.active.map(|p| p.index);
    for (k, bar) in spec.bars.iter().enumerate() {
        let seg = n - 1 - k as i32;
        let color = if bar.quiet {
            quiet_color(look.dark)
        } else {
            themed(
                if bar.value >= spec.baseline {
                    BAR_UP
                } else {
                    BAR_DOWN
                },
                look.dark,
            )
        };
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
    let measure = |t: &str| label_width(root, t, scale);
    let boxes = layout_bar_notes(spec, &frame, &measure);
    draw_notes(root, &boxes, look)?;
    root.present()?;
    Ok(frame)
}

/// Places the notes of a ranking ([`notes::place`]): a note of its year at the end of the
/// value label of the bar it is about ([`BarSpec::note_anchor`]), clear of every bar, every
/// value label and the reference line.
pub fn layout_bar_notes(
    spec: &BarSpec,
    frame: &Frame,
    measure: &dyn Fn(&str) -> f64,
) -> Vec<Option<NoteBox>> {
    let n = spec.bars.len() as f64;
    // Row k (0 = top) spans segment n - 1 - k of the y axis.
    let row = |k: usize| {
        let seg = n - 1.0 - k as f64;
        (frame.y_px(seg + 1.0), frame.y_px(seg))
    };
    let mut obstacles = Obstacles::default();
    let mut ends = Vec::new();
    for (k, bar) in spec.bars.iter().enumerate() {
        let (top, bottom) = row(k);
        let (a, b) = (bar.value.min(spec.baseline), bar.value.max(spec.baseline));
        let end = frame.x_px(b) + measure(&format!(" {}", bar.text));
        obstacles.rects.push((frame.x_px(a), top, end, bottom));
        ends.push((end, (top + bottom) / 2.0));
    }
    if let Some(r) = &spec.reference {
        let x = frame.x_px(r.value);
        obstacles.segments.push(((x, frame.top), (x, frame.bottom)));
    }
    let notes: Vec<(&str, Option<(f64, f64)>)> = spec
        .notes
        .iter()
        .map(|note| {
            (
                note.text.as_str(),
                spec.note_anchor(note).and_then(|k| ends.get(k).copied()),
            )
        })
        .collect();
    let plot = (frame.left, frame.top, frame.right, frame.bottom);
    notes::place(&notes, plot, &obstacles, measure, frame.scale)
}

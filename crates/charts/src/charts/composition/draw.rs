//! Drawing the composition family's specs on any plotters backend.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::*;
use crate::charts::draw::*;
use crate::charts::draw::{palette, DrawResult};
use crate::charts::frame::{Look, Marks};
use crate::charts::spec::*;

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
    let labels: Vec<(&str, &[String])> = spec
        .rows
        .iter()
        .map(|r| (r.label.as_str(), &[][..]))
        .collect();
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
                chart.draw_series(std::iter::once(Text::new(
                    crate::i18n::fmt_decimal(spec.lang, *part, 1),
                    at,
                    font,
                )))?;
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

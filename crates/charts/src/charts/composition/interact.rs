//! Read-outs of the composition family: pick, step, describe.

use crate::i18n;

use super::*;
use crate::charts::frame::{Frame, Marks, Pick};
use crate::charts::interact::*;

impl Interactive for CompositionSpec {
    fn pick(&self, frame: &Frame, _: &Marks, _px: f64, py: f64) -> Option<Pick> {
        frame
            .row_at(py)
            .filter(|&k| k < self.rows.len())
            .map(|index| Pick { series: 0, index })
    }

    fn step(&self, _: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        step_rows(self.rows.len(), from, key)
    }

    fn readout(&self, frame: &Frame, _: &Marks, pick: Pick) -> Option<Readout> {
        let row = self.rows.get(pick.index)?;
        let lines: Vec<Line> = self
            .part_names
            .iter()
            .zip(row.parts)
            .zip(crate::charts::spec::COMPOSITION)
            .map(|((name, v), color)| Line {
                color: Some(color),
                label: name.clone(),
                value: i18n::fmt_share(self.lang, v),
                active: false,
            })
            .collect();
        let said: Vec<String> = lines
            .iter()
            .map(|l| format!("{} {}", l.label, l.value))
            .collect();
        Some(Readout {
            heading: row.label.clone(),
            sentence: format!("{}: {}", row.label, said.join(", ")),
            lines,
            detail: None,
            anchor: (frame.x_px(50.0), frame.row_y(pick.index)),
        })
    }

    fn summary(&self) -> String {
        let rows: Vec<String> = self
            .rows
            .iter()
            .map(|r| {
                format!(
                    "{}: {} {}, {} {}",
                    r.label,
                    self.part_names[0],
                    i18n::fmt_share(self.lang, r.parts[0]),
                    self.part_names[1],
                    i18n::fmt_share(self.lang, r.parts[1])
                )
            })
            .collect();
        format!("{}. {}.", self.title, rows.join("; "))
    }
}

//! Read-outs of the bars family: pick, step, describe.

use super::*;
use crate::charts::frame::{Frame, Marks, Pick};
use crate::charts::interact::*;

impl Interactive for BarSpec {
    fn pick(&self, frame: &Frame, _: &Marks, px: f64, py: f64) -> Option<Pick> {
        // Anywhere on the row, including its label.
        if px > frame.right + 12.0 * frame.scale {
            return None;
        }
        frame
            .row_at(py)
            .filter(|&k| k < self.bars.len())
            .map(|index| Pick { series: 0, index })
    }

    fn step(&self, _: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        step_rows(self.bars.len(), from, key)
    }

    fn readout(&self, frame: &Frame, _: &Marks, pick: Pick) -> Option<Readout> {
        let bar = self.bars.get(pick.index)?;
        let label = bar.label.trim_start_matches("· ").to_owned();
        let shown = bar
            .detail
            .as_ref()
            .map_or_else(|| bar.text.clone(), |d| d.value.clone());
        let mut lines = vec![Line {
            color: None,
            label: label.clone(),
            value: format!("{shown} {}", self.unit),
            active: true,
        }];
        if let Some(r) = &self.reference {
            lines.push(Line {
                color: None,
                label: r.name.clone(),
                value: format!("{} {}", r.text, self.unit),
                active: false,
            });
        }
        Some(Readout {
            heading: label.clone(),
            lines,
            sentence: {
                let mut s = sentence(self.lang, &label, &shown, &self.unit, bar.detail.as_ref());
                let notes = self.notes_text(Some(pick.index));
                if !notes.is_empty() {
                    s.push('.');
                    s.push_str(&notes);
                }
                s
            },
            detail: bar.detail.clone(),
            anchor: (
                frame.x_px(bar.value.max(self.baseline)),
                frame.row_y(pick.index),
            ),
        })
    }

    fn summary(&self) -> String {
        BarSpec::summary(self)
    }
}

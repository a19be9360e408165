//! Read-outs of the trend family: pick, step, describe.

use super::*;
use crate::charts::frame::{Frame, Marks, Pick};
use crate::charts::interact::*;

impl TrendSpec {
    fn visible(&self, marks: &Marks) -> Vec<usize> {
        (0..self.series.len())
            .filter(|i| !marks.hidden.contains(i))
            .collect()
    }

    fn value_at(&self, series: usize, index: usize) -> Option<f64> {
        self.series.get(series)?.points.get(index)?.1
    }
}

impl Interactive for TrendSpec {
    fn pick(&self, frame: &Frame, marks: &Marks, px: f64, py: f64) -> Option<Pick> {
        if !frame.contains(px, py, 12.0 * frame.scale) {
            return None;
        }
        let year = frame.x_at(px).round() as i32;
        let index = usize::try_from(year.clamp(self.from, self.to) - self.from).ok()?;
        self.visible(marks)
            .into_iter()
            .filter_map(|s| {
                self.value_at(s, index)
                    .map(|v| (s, (frame.y_px(v) - py).abs()))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(series, _)| Pick { series, index })
    }

    fn step(&self, marks: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        let visible = self.visible(marks);
        let has = |s: usize, i: usize| self.value_at(s, i).is_some();
        let indices = |s: usize| {
            (0..self.series.get(s).map_or(0, |x| x.points.len())).filter(move |&i| has(s, i))
        };
        let Some(from) = from.filter(|p| has(p.series, p.index) && visible.contains(&p.series))
        else {
            // First focus: the latest value of the first visible series with one.
            return visible.iter().find_map(|&s| {
                indices(s)
                    .next_back()
                    .map(|index| Pick { series: s, index })
            });
        };
        let s = from.series;
        match key {
            "ArrowRight" => indices(s)
                .find(|&i| i > from.index)
                .map(|index| Pick { series: s, index }),
            "ArrowLeft" => indices(s)
                .rfind(|&i| i < from.index)
                .map(|index| Pick { series: s, index }),
            "Home" => indices(s).next().map(|index| Pick { series: s, index }),
            "End" => indices(s)
                .next_back()
                .map(|index| Pick { series: s, index }),
            "ArrowUp" | "ArrowDown" => {
                let pos = visible.iter().position(|&v| v == s)?;
                let order: Vec<usize> = if key == "ArrowDown" {
                    visible[pos + 1..].to_vec()
                } else {
                    visible[..pos].iter().rev().copied().collect()
                };
                // The next series with a value at this year, else its nearest year.
                order.into_iter().find_map(|t| {
                    indices(t)
                        .min_by_key(|&i| i.abs_diff(from.index))
                        .map(|index| Pick { series: t, index })
                })
            }
            _ => None,
        }
        .or(Some(from))
    }

    fn readout(&self, frame: &Frame, marks: &Marks, pick: Pick) -> Option<Readout> {
        let series = self.series.get(pick.series)?;
        let (year, value) = *series.points.get(pick.index)?;
        let value = value?;
        let lines = self
            .visible(marks)
            .into_iter()
            .filter_map(|i| {
                let s = self.series.get(i)?;
                let d = s.details.get(pick.index)?.as_ref();
                Some(Line {
                    // The quiet grey of a line that is not highlighted, as drawn.
                    color: Some(super::draw::drawn_color(s.color, s.quiet, false)),
                    label: s.label.clone(),
                    value: d
                        .map_or_else(|| "—".to_owned(), |d| format!("{} {}", d.value, self.unit)),
                    active: i == pick.series,
                })
            })
            .collect();
        let detail = series.details.get(pick.index).cloned().flatten();
        let shown = detail
            .as_ref()
            .map_or_else(String::new, |d| d.value.clone());
        let head = format!("{}, {year}", series.label);
        let mut sentence = sentence(self.lang, &head, &shown, &self.unit, detail.as_ref());
        // A newsroom's note at this year is read with it.
        for n in self.notes.iter().filter(|n| n.year == year) {
            sentence.push_str(". ");
            sentence.push_str(&self.note_text(n));
        }
        Some(Readout {
            heading: year.to_string(),
            lines,
            sentence,
            detail,
            anchor: (frame.x_px(f64::from(year)), frame.y_px(value)),
        })
    }

    fn summary(&self) -> String {
        TrendSpec::summary(self)
    }

    fn has_series(&self) -> bool {
        true
    }
}

impl Interactive for Option<TrendSpec> {
    fn pick(&self, frame: &Frame, marks: &Marks, px: f64, py: f64) -> Option<Pick> {
        self.as_ref()?.pick(frame, marks, px, py)
    }

    fn step(&self, marks: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        self.as_ref()?.step(marks, from, key)
    }

    fn readout(&self, frame: &Frame, marks: &Marks, pick: Pick) -> Option<Readout> {
        self.as_ref()?.readout(frame, marks, pick)
    }

    fn summary(&self) -> String {
        self.as_ref().map(TrendSpec::summary).unwrap_or_default()
    }

    fn has_series(&self) -> bool {
        true
    }
}

//! Read-outs, pure: which item is under a pointer (from the drawn [`Frame`]), where an arrow
//! key moves the focus, and what a read-out says (tooltip lines and the sentence the live
//! region speaks). Tested natively; the canvas component only forwards events.

use crate::i18n::{self, status_name, Lang};

use super::frame::{Frame, Marks, Pick};
use super::spec::{BarSpec, CompositionSpec, Detail, TrendSpec};

/// One line of a read-out: a colour swatch (series charts), a label and a value.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub color: Option<(u8, u8, u8)>,
    pub label: String,
    pub value: String,
    /// The line of the active item.
    pub active: bool,
}

/// What a read-out shows for the active item.
#[derive(Clone, Debug, PartialEq)]
pub struct Readout {
    pub heading: String,
    pub lines: Vec<Line>,
    /// Status and source of the active value, if it has them.
    pub detail: Option<Detail>,
    /// One sentence for the live region: "Atyrau, 2019: 105.4 % of the previous year, official".
    pub sentence: String,
    /// Where to anchor the tooltip, in device pixels.
    pub anchor: (f64, f64),
}

/// A chart that answers a pointer and a keyboard.
pub trait Interactive {
    /// The item nearest a device-pixel point, if the point is on the chart.
    fn pick(&self, frame: &Frame, marks: &Marks, px: f64, py: f64) -> Option<Pick>;
    /// Where a key (`ArrowLeft`, `ArrowRight`, `ArrowUp`, `ArrowDown`, `Home`, `End`) moves the
    /// focus from `from` (`None`: the chart was just focused).
    fn step(&self, marks: &Marks, from: Option<Pick>, key: &str) -> Option<Pick>;
    /// The read-out of an item.
    fn readout(&self, frame: &Frame, marks: &Marks, pick: Pick) -> Option<Readout>;
    /// The chart in words (its accessible description).
    fn summary(&self) -> String;
    /// Whether items belong to series that hovering emphasises (line charts).
    fn has_series(&self) -> bool {
        false
    }
    /// Whether Enter / a click on an item does something (the map selects a region).
    fn activates(&self) -> bool {
        false
    }
}

fn sentence(lang: Lang, head: &str, value: &str, unit: &str, d: Option<&Detail>) -> String {
    let mut s = format!("{head}: {value} {unit}");
    if let Some(d) = d {
        s.push_str(", ");
        s.push_str(status_name(lang, d.status));
        if !d.marks.is_empty() {
            s.push_str(", ");
            s.push_str(&d.marks);
        }
    }
    s
}

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
                    color: Some(s.color),
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
        Some(Readout {
            heading: year.to_string(),
            lines,
            sentence: sentence(self.lang, &head, &shown, &self.unit, detail.as_ref()),
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

/// Keyboard steps over `n` rows (bars): ←/↑ previous, →/↓ next, Home/End.
fn step_rows(n: usize, from: Option<Pick>, key: &str) -> Option<Pick> {
    if n == 0 {
        return None;
    }
    let at = |index: usize| Some(Pick { series: 0, index });
    let Some(from) = from.filter(|p| p.index < n) else {
        return at(0);
    };
    match key {
        "ArrowDown" | "ArrowRight" => at((from.index + 1).min(n - 1)),
        "ArrowUp" | "ArrowLeft" => at(from.index.saturating_sub(1)),
        "Home" => at(0),
        "End" => at(n - 1),
        _ => Some(from),
    }
}

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
            sentence: sentence(self.lang, &label, &shown, &self.unit, bar.detail.as_ref()),
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
            .zip(super::spec::COMPOSITION)
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

//! Read-outs, pure: which item is under a pointer (from the drawn [`Frame`]), where an arrow
//! key moves the focus, and what a read-out says (tooltip lines and the sentence the live
//! region speaks). Tested natively; the canvas component only forwards events.

use crate::i18n::{status_name, Lang};

use super::frame::{Frame, Marks, Pick};
use super::spec::Detail;

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

/// The keys that move a chart's read-out ([`Interactive::step`]).
pub const STEP_KEYS: [&str; 6] = [
    "ArrowLeft",
    "ArrowRight",
    "ArrowUp",
    "ArrowDown",
    "Home",
    "End",
];

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

pub(crate) fn sentence(
    lang: Lang,
    head: &str,
    value: &str,
    unit: &str,
    d: Option<&Detail>,
) -> String {
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

/// Keyboard steps over `n` rows (bars): ←/↑ previous, →/↓ next, Home/End.
pub(crate) fn step_rows(n: usize, from: Option<Pick>, key: &str) -> Option<Pick> {
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

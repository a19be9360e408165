//! What a drawing leaves behind for interaction: the plot area in device pixels and the value
//! ranges it maps (read from plotters' own coordinate system after drawing), the tick labels
//! drawn, and the pure mappings pixel ↔ value the pointer and the tests use.
//!
//! Also what interaction asks a drawing to show ([`Marks`]) and how it looks ([`Look`]).

/// One item of a chart: a point of a series (trend), a bar or a row (`series` 0), a tile (map).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Pick {
    pub series: usize,
    pub index: usize,
}

/// What the interaction layer asks a drawing to mark.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Marks {
    /// The item under the pointer or the keyboard focus: drawn with a guide and a ring.
    pub active: Option<Pick>,
    /// Whether `active` comes from the keyboard (then a focus ring is drawn).
    pub keyboard: bool,
    /// A series to emphasise (others are dimmed): hovered, or highlighted in the legend.
    pub emphasis: Option<usize>,
    /// Series switched off in the legend.
    pub hidden: Vec<usize>,
}

/// How the pointer, the keyboard and the legend move the marks: the one set of rules for every
/// canvas (the explorer's component and the widget's). `series`: the chart's items belong to
/// series, which are emphasised with their item.
impl Marks {
    /// The pointer is over `pick` (or over nothing); whether anything changed.
    pub fn point(&mut self, pick: Option<Pick>, series: bool) -> bool {
        let changed = self.active != pick || self.keyboard;
        if changed {
            self.active = pick;
            self.keyboard = false;
            self.emphasis = pick.map(|p| p.series).filter(|_| series);
        }
        changed
    }

    /// The pointer left the chart: its read-out goes (a keyboard one stays).
    pub fn leave(&mut self) {
        if !self.keyboard {
            self.active = None;
            self.emphasis = None;
        }
    }

    /// Escape: nothing is active.
    pub fn clear(&mut self) {
        self.active = None;
        self.emphasis = None;
    }

    /// The keyboard moved to `next`.
    pub fn key_to(&mut self, next: Option<Pick>, series: bool) {
        self.active = next;
        self.keyboard = true;
        self.emphasis = next.map(|p| p.series).filter(|_| series);
    }

    /// The chart took the focus: `first` becomes active unless something is; whether it did.
    pub fn focus(&mut self, first: Option<Pick>) -> bool {
        let took = self.active.is_none();
        if took {
            self.active = first;
            self.keyboard = true;
        }
        took
    }

    /// The chart lost the focus: a keyboard read-out goes.
    pub fn blur(&mut self) {
        if self.keyboard {
            self.active = None;
            self.emphasis = None;
            self.keyboard = false;
        }
    }

    /// A legend entry was pressed: series `i` is hidden, or shown again.
    pub fn toggle_hidden(&mut self, i: usize) {
        if let Some(k) = self.hidden.iter().position(|&h| h == i) {
            self.hidden.remove(k);
        } else {
            self.hidden.push(i);
            self.active = None;
        }
    }
}

/// How a chart is drawn: device-pixel ratio and colour theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Look {
    pub scale: f64,
    pub dark: bool,
    /// The area's width in CSS pixels (decides how many tick labels fit).
    pub css_width: f64,
}

impl Look {
    pub fn light(scale: f64, css_width: f64) -> Self {
        Self {
            scale,
            dark: false,
            css_width,
        }
    }
}

/// A tick label as drawn: its text and the device-pixel x of its centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub text: String,
    pub x: f64,
}

/// The plot area of a drawn chart, in device pixels, and the value ranges it maps.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Frame {
    /// Left, top, right, bottom of the plotting area (device pixels).
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    /// The x range mapped onto `left..right` and the y range onto `bottom..top`.
    pub x: (f64, f64),
    pub y: (f64, f64),
    /// Rows of a horizontal-bar chart, top to bottom (0 for line charts).
    pub rows: usize,
    /// The x-axis labels drawn.
    pub x_ticks: Vec<Tick>,
    /// The device-pixel ratio the chart was drawn at.
    pub scale: f64,
}

impl Frame {
    /// Device-pixel x of a value.
    pub fn x_px(&self, v: f64) -> f64 {
        lerp(v, self.x, (self.left, self.right))
    }

    /// Device-pixel y of a value.
    pub fn y_px(&self, v: f64) -> f64 {
        lerp(v, self.y, (self.bottom, self.top))
    }

    /// The value at a device-pixel x.
    pub fn x_at(&self, px: f64) -> f64 {
        lerp(px, (self.left, self.right), self.x)
    }

    /// The value at a device-pixel y.
    pub fn y_at(&self, py: f64) -> f64 {
        lerp(py, (self.bottom, self.top), self.y)
    }

    /// Whether a device-pixel point lies in the plotting area (with `slack` pixels around it).
    pub fn contains(&self, px: f64, py: f64, slack: f64) -> bool {
        px >= self.left - slack
            && px <= self.right + slack
            && py >= self.top - slack
            && py <= self.bottom + slack
    }

    /// The row (0 = top) of a horizontal-bar chart at a device-pixel y.
    pub fn row_at(&self, py: f64) -> Option<usize> {
        if self.rows == 0 || py < self.top || py > self.bottom || self.bottom <= self.top {
            return None;
        }
        let h = (self.bottom - self.top) / self.rows as f64;
        let k = ((py - self.top) / h).floor() as usize;
        Some(k.min(self.rows - 1))
    }

    /// Device-pixel y of the centre of row `k` (0 = top).
    pub fn row_y(&self, k: usize) -> f64 {
        let h = (self.bottom - self.top) / self.rows.max(1) as f64;
        self.top + h * (k as f64 + 0.5)
    }
}

fn lerp(v: f64, (a0, a1): (f64, f64), (b0, b1): (f64, f64)) -> f64 {
    if (a1 - a0).abs() < f64::EPSILON {
        return b0;
    }
    b0 + (v - a0) / (a1 - a0) * (b1 - b0)
}

/// Width in CSS pixels of a label of `chars` characters at a 12 px font (a generous estimate:
/// digits of common sans-serif fonts are about 0.6 em wide).
pub fn label_width(chars: usize) -> f64 {
    chars as f64 * 12.0 * 0.62
}

/// The years to label on an axis `from..=to` that is `width` CSS pixels wide: every year if
/// they fit, else every 2nd, 5th, 10th … (multiples of the step, so labels are round years),
/// leaving at least a label's width plus 12 px between label centres.
pub fn year_ticks(from: i32, to: i32, width: f64) -> Vec<i32> {
    let room = label_width(4) + 12.0;
    let fits = |n: usize| n as f64 * room <= width.max(room);
    for step in [1, 2, 5, 10, 20, 50] {
        let ticks: Vec<i32> = (from..=to).filter(|y| y.rem_euclid(step) == 0).collect();
        let ticks = if step == 1 || !ticks.is_empty() {
            ticks
        } else {
            vec![from]
        };
        if fits(ticks.len()) {
            return ticks;
        }
    }
    vec![from]
}

/// How many value labels fit on an axis `width` CSS pixels wide, for labels up to `chars` long.
pub fn value_tick_count(width: f64, chars: usize) -> usize {
    let room = label_width(chars) + 16.0;
    ((width / room).floor() as usize).clamp(2, 10)
}

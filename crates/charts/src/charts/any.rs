//! One type for every chart the components show: the canvas component, the download menu and
//! their views are compiled once instead of once per spec type (each generic instance of a
//! component carried its own copy of the view code and of the export drawing; together about
//! a tenth of the wasm).

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend};

use super::draw::DrawResult;
use super::export::Drawable;
use super::frame::{Frame, Look, Marks, Pick};
use super::interact::{Interactive, Readout};
use super::map::MapSpec;
use super::spec::{BarSpec, CompositionSpec, TrendSpec};

/// Any chart spec.
#[derive(Clone, Debug, PartialEq)]
pub enum AnyChart {
    Trend(TrendSpec),
    /// A trend that may have nothing to show (the activity view's).
    MaybeTrend(Option<TrendSpec>),
    Bars(BarSpec),
    Composition(CompositionSpec),
    Map(MapSpec),
}

/// Calls `$e` with the spec inside any variant bound to `$s`.
macro_rules! each {
    ($self:expr, $s:ident => $e:expr) => {
        match $self {
            AnyChart::Trend($s) => $e,
            AnyChart::MaybeTrend($s) => $e,
            AnyChart::Bars($s) => $e,
            AnyChart::Composition($s) => $e,
            AnyChart::Map($s) => $e,
        }
    };
}

impl From<TrendSpec> for AnyChart {
    fn from(s: TrendSpec) -> Self {
        Self::Trend(s)
    }
}
impl From<Option<TrendSpec>> for AnyChart {
    fn from(s: Option<TrendSpec>) -> Self {
        Self::MaybeTrend(s)
    }
}
impl From<BarSpec> for AnyChart {
    fn from(s: BarSpec) -> Self {
        Self::Bars(s)
    }
}
impl From<CompositionSpec> for AnyChart {
    fn from(s: CompositionSpec) -> Self {
        Self::Composition(s)
    }
}
impl From<MapSpec> for AnyChart {
    fn from(s: MapSpec) -> Self {
        Self::Map(s)
    }
}

impl AnyChart {
    /// The chart's own title as a page or an embed names it (a trend with its years).
    pub fn title(&self) -> String {
        match self {
            Self::Trend(s) => format!("{}, {}–{}", s.title, s.from, s.to),
            Self::MaybeTrend(s) => s.as_ref().map(|s| s.title.clone()).unwrap_or_default(),
            Self::Bars(s) => s.title.clone(),
            Self::Composition(s) => s.title.clone(),
            Self::Map(s) => s.title.clone(),
        }
    }
}

impl Drawable for AnyChart {
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        look: &Look,
        marks: &Marks,
    ) -> DrawResult<DB> {
        each!(self, s => s.draw_on(root, look, marks))
    }

    fn legend(&self) -> Vec<(String, (u8, u8, u8))> {
        each!(self, s => s.legend())
    }
}

impl Interactive for AnyChart {
    fn pick(&self, frame: &Frame, marks: &Marks, px: f64, py: f64) -> Option<Pick> {
        each!(self, s => s.pick(frame, marks, px, py))
    }
    fn step(&self, marks: &Marks, from: Option<Pick>, key: &str) -> Option<Pick> {
        each!(self, s => s.step(marks, from, key))
    }
    fn readout(&self, frame: &Frame, marks: &Marks, pick: Pick) -> Option<Readout> {
        each!(self, s => s.readout(frame, marks, pick))
    }
    // Called by the canvas and the share dialog: one copy of every kind's summary.
    #[inline(never)]
    fn summary(&self) -> String {
        each!(self, s => s.summary())
    }
    fn has_series(&self) -> bool {
        each!(self, s => s.has_series())
    }
    fn activates(&self) -> bool {
        each!(self, s => s.activates())
    }
}

//! Charts: specs (what to show, pure, read from a view's value table), drawing (plotters,
//! generic over the backend), the frame a drawing leaves for interaction, the pure read-out
//! logic, exports (SVG, CSV, the export frame) and the registry of chart kinds.

pub mod any;
pub mod bars;
pub mod composition;
pub mod draw;
pub mod export;
pub mod frame;
pub mod interact;
pub mod kinds;
pub mod map;
pub mod notes;
pub mod spec;
pub mod trend;

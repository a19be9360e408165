//! Charts on the page: everything of `kz_iip_charts::charts` (specs, drawing, exports, the
//! registry), plus what needs the DOM — the drawing backend over `<canvas>` or SVG, and the one
//! canvas component that owns the `<canvas>` and the device-pixel ratio, and the widget's
//! canvas without Leptos ([`instrument`]).

pub use kz_iip_charts::charts::*;

pub mod backend;
pub mod canvas;
pub mod instrument;

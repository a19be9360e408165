//! Charts: specs (what to show, pure), drawing (plotters, generic over the backend) and the one
//! canvas component that owns the DOM `<canvas>` and the device-pixel ratio.

pub mod canvas;
pub mod draw;
pub mod spec;

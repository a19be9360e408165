//! Charts: specs (what to show, pure), drawing (plotters, generic over the backend), the frame
//! a drawing leaves for interaction, the pure read-out logic, and the one canvas component that
//! owns the DOM `<canvas>` and the device-pixel ratio.

pub mod any;
pub mod backend;
pub mod canvas;
pub mod draw;
pub mod export;
pub mod frame;
pub mod interact;
pub mod kinds;
pub mod map;
pub mod spec;

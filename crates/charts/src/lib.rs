//! kz-iip's charts layer: everything between the data and the page, with no Leptos, web-sys,
//! js-sys or wasm-bindgen below it (a test reads `cargo tree`).
//!
//! Layers depend one way: [`data`] (the `kz-iip-data` crate) ← [`state`] (the selection and its
//! URL form) ← [`table`] (one value table per view) ← [`charts`] (specs, drawing on any plotters
//! backend, exports, the registry of chart kinds); [`i18n`] beside them holds every UI string.
//! The web app (`kz-iip`) renders these with Leptos.

pub use kz_iip_data as data;

pub mod charts;
pub mod i18n;
pub mod state;
pub mod table;

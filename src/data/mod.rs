//! The data layer: model, loading + validation, selection.
//!
//! Knows nothing of Leptos, the DOM or plotters. `load` turns the bundled JSON into a validated
//! [`Db`] once at start-up (errors are values, never panics); `select` holds pure functions the
//! views and charts use to pick what to show.

pub mod bundled;
pub mod import;
pub mod index;
mod json_path;
pub mod load;
pub mod model;
mod raw;
pub mod search;
pub mod select;
pub mod sort;

pub use bundled::load_bundled;
pub use load::{load, DataError};
pub use model::*;

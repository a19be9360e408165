//! The data layer, from the `kz-iip-data` crate (model, loading + validation, selection; no
//! Leptos, DOM or plotters), plus what this app's build bundled ([`bundled`]).

pub use kz_iip_data::*;

pub mod bundled;
pub use bundled::{load_bundled, load_widget_bundle};

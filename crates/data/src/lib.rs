//! kz-iip's data layer: model, loading + validation, the bundled encoding, selection.
//!
//! Knows nothing of Leptos, the DOM or plotters (a Cargo fact: none of them is in this crate's
//! dependency tree, checked by a test). [`load()`] turns the JSON files of `data/` into a
//! validated [`Db`] (errors are values, never panics); [`encoded`] is the compact form the
//! app's build writes and the app decodes; `select` holds pure functions the views and charts
//! use to pick what to show.

pub mod encoded;
pub mod index;
mod json_path;
pub mod lineage;
pub mod load;
pub mod model;
pub mod pack;
mod raw;
pub mod search;
pub mod select;
pub mod sort;

pub use load::{load, DataError};
pub use model::*;

/// The data files, in the order [`load()`] reads observation datasets. The app's build bundles
/// them, the refresh tool reads and rewrites them, the data package exports them.
pub const FILES: [&str; 14] = [
    "sources.json",
    "regions.json",
    "activities.json",
    "regional_iip.json",
    "regional_volume.json",
    "table_2023.json",
    "national.json",
    "activities_national.json",
    "exchange_rates.json",
    "physical_output.json",
    "projects.json",
    "glossary.json",
    "statements.json",
    "bns_imports.json",
];

/// Reads every file of [`FILES`] from `dir` as `("data/NAME", text)`, the form [`load()`] takes.
/// A missing file is read as empty text (the loader reports it).
pub fn read_dir(dir: &std::path::Path) -> Vec<(String, String)> {
    FILES
        .iter()
        .map(|name| {
            (
                format!("data/{name}"),
                std::fs::read_to_string(dir.join(name)).unwrap_or_default(),
            )
        })
        .collect()
}

/// Loads `(path, text)` pairs as [`read_dir`] gives them.
pub fn load_owned(files: &[(String, String)]) -> (Db, Vec<DataError>) {
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    load(&refs)
}

//! kz-iip: the Kazakhstan Industrial Production Explorer.
//!
//! Layers depend one way: [`data`] ← [`state`] ← [`charts`] ← [`components`]; [`i18n`] holds
//! every UI string. [`start`] is the explorer's entry point. See ARCHITECTURE.md.

pub mod charts;
pub mod components;
pub mod data;
pub mod i18n;
pub mod state;
pub mod widget;

use leptos::prelude::*;

/// Sets a performance mark (for the benchmark's breakdown); failures only affect benchmarks.
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// Removes the build's static first paint (the default view as HTML + SVG, shown before the
/// wasm arrives) just before the app mounts in its place.
pub fn remove_static_paint() {
    if let Some(el) = document().get_element_by_id("kz-iip-static") {
        el.remove();
    }
}

/// Loads the bundled data once and mounts the explorer on `<body>`.
pub fn start() {
    mark("kz-iip:wasm-started");
    let (db, errors) = data::load_bundled();
    mark("kz-iip:data-loaded");
    for e in &errors {
        leptos::logging::warn!("kz-iip data: {e}");
    }
    let db: &'static data::Db = Box::leak(Box::new(db));
    let query = window().location().search().unwrap_or_default();
    remove_static_paint();
    leptos::mount::mount_to_body(move || {
        view! { <components::App db=db data_errors=errors query=query sync_url=true /> }
    });
    mark("kz-iip:view-built");
}

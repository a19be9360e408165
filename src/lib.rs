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

/// Loads the bundled data once and mounts the explorer on `<body>`.
pub fn start() {
    let (db, errors) = data::load_bundled();
    for e in &errors {
        leptos::logging::warn!("kz-iip data: {e}");
    }
    let db: &'static data::Db = Box::leak(Box::new(db));
    let query = window().location().search().unwrap_or_default();
    leptos::mount::mount_to_body(move || {
        view! { <components::App db=db data_errors=errors query=query sync_url=true /> }
    });
}

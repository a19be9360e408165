//! The table mirror of the map: every tile's region, value (or why none), status and source,
//! highest first, the Republic as a footer (its markup: [`crate::markup::map_table`]).

use leptos::prelude::*;

use crate::charts::map::MapSpec;

use crate::components::app::use_ctx;

/// Same numbers as the map.
#[component]
pub fn MapTable(
    /// The map's spec (read from its value table).
    #[prop(into)]
    spec: Signal<MapSpec>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let rows = move || spec.with(|s| crate::markup::map_table(lang, s));
    view! { <table class=crate::markup::MAP_TABLE role=crate::markup::table_role(crate::markup::MAP_TABLE) inner_html=rows></table> }
}

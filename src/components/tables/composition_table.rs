//! The table mirror of the composition chart: mining, manufacturing and the rest per period,
//! read from the same value table as the chart (stated shares with their status, derived ones
//! labelled; its markup: [`crate::markup::composition_table`]).

use leptos::prelude::*;

use crate::table::Table;

use crate::components::app::use_ctx;
use crate::components::FormulaNote;

/// Same numbers as the composition chart.
#[component]
pub fn CompositionTable(
    /// The composition's value table (the chart's own).
    table: Table<'static>,
) -> impl IntoView {
    let ctx = use_ctx();
    let rows = crate::markup::composition_table(ctx.db, ctx.lang, &table);
    view! {
        <table class="kz-iip-table kz-iip-composition-table" inner_html=rows></table>
        <FormulaNote unit=table.unit />
    }
}

//! The formula under a table of derived values (levels, growth, shares).

use leptos::prelude::*;

use crate::table::Unit;

use crate::components::app::use_ctx;

/// The formula under a table of derived values (levels, growth, shares); nothing otherwise.
#[component]
pub fn FormulaNote(
    /// The table's unit.
    unit: Unit,
) -> impl IntoView {
    let lang = use_ctx().lang;
    crate::markup::formula_note(lang, unit).map(|n| view! { <p class="kz-iip-table-note">{n}</p> })
}

//! The formula under a table of derived values (levels, growth, shares).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::table::Unit;

use crate::components::app::use_ctx;

/// The formula under a table of derived values (levels, growth, shares); nothing otherwise.
#[component]
pub fn FormulaNote(
    /// The table's unit.
    unit: Unit,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let key = match unit {
        Unit::Level { .. } => Some(Key::LevelFormula),
        Unit::GrowthPct { .. } => Some(Key::GrowthFormula),
        Unit::SharePct => Some(Key::ShareFormula),
        Unit::Index | Unit::MlnTenge | Unit::MlnUsd => None,
    };
    key.map(|k| view! { <p class="kz-iip-table-note">{t(lang, k)}</p> })
}

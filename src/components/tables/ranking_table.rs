//! The table mirror of the ranking chart: every unit of the chosen year, ranked, with status
//! and source, those without a value after them with the reason, the Republic as a footer
//! row — read from the same value table as the chart (its markup:
//! [`crate::markup::ranking_table`]).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::Measure;
use crate::table::Table;

use crate::components::app::use_ctx;
use crate::components::FormulaNote;

/// Same numbers as the ranking chart.
#[component]
pub fn RankingTable(
    /// The ranking's value table (the chart's own).
    #[prop(into)]
    table: Signal<Table<'static>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        table.with(|table| {
            let unit = table.unit;
            let (year, measure, base) = filters.with(|f| (f.year, f.measure, f.base));
            let head = filters.with(|f| crate::markup::ranking_head(lang, unit, f));
            let empty = (measure == Measure::Level && base >= year)
                .then(|| view! { <p class="kz-iip-hint">{t(lang, Key::GrowthNeedsYears)}</p> });
            let rows = crate::markup::ranking_table(db, lang, table, (year, measure), &head);
            view! {
                {empty}
                <table class=crate::markup::RANKING_TABLE role=crate::markup::table_role(crate::markup::RANKING_TABLE) inner_html=rows></table>
                <FormulaNote unit=unit />
            }
        })
    }
}

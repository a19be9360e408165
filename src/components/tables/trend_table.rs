//! The table mirror of the trend chart: one row per year, one column per selected unit, read
//! from the same value table as the chart (its markup: [`crate::markup::trend_table`]).

use leptos::prelude::*;

use crate::i18n::value_column;
use crate::table::Table;

use crate::components::app::use_ctx;
use crate::components::FormulaNote;

/// Same numbers as the trend chart, with status markers, releases and the reason for every gap.
#[component]
pub fn TrendTable(
    /// The trend's value table (the chart's own).
    #[prop(into)]
    table: Signal<Table<'static>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        table.with(|table| {
            let column = filters.with(|f| value_column(lang, f.measure, f.currency, f.base));
            let rows = crate::markup::trend_table(db, lang, table, &column);
            view! {
                <table class="kz-iip-table kz-iip-trend-table" inner_html=rows></table>
                <FormulaNote unit=table.unit />
            }
        })
    }
}

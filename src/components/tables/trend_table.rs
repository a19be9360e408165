//! The table mirror of the trend chart: one row per year, one column per selected unit, read
//! from the same value table as the chart.

use leptos::prelude::*;

use crate::i18n::{region_name, t, value_column, Key};
use crate::table::{SeriesKey, Table};

use crate::components::app::use_ctx;
use crate::components::{row_cells, FormulaNote};

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
            let (measure, currency, base) = filters.with(|f| (f.measure, f.currency, f.base));
            let head = table
                .columns
                .iter()
                .filter_map(|c| match &c.key {
                    SeriesKey::Region(code) => db.region(code),
                    _ => None,
                })
                .map(|r| view! { <th scope="col">{region_name(lang, r).to_owned()}</th> })
                .collect_view();
            let rows = table
                .periods()
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let cells = row_cells(table, i);
                    view! {
                        <tr>
                            <th scope="row">{p.year}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="kz-iip-table kz-iip-trend-table">
                    <caption>
                        {t(lang, Key::DataTable)} ": " {value_column(lang, measure, currency, base)}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Key::Year)}</th>
                            {head}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
                <FormulaNote unit=table.unit />
            }
        })
    }
}

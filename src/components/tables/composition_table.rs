//! The table mirror of the composition chart: mining, manufacturing and the rest per period,
//! read from the same value table as the chart (stated shares with their status, derived ones
//! labelled).

use leptos::prelude::*;

use crate::i18n::{period_name, period_type_name, t, Key};
use crate::table::Table;

use crate::components::app::use_ctx;
use crate::components::{row_cells, FormulaNote};

/// Same numbers as the composition chart.
#[component]
pub fn CompositionTable(
    /// The composition's value table (the chart's own).
    table: Table<'static>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let rows = table
        .periods()
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let cells = row_cells(&table, i);
            view! {
                <tr>
                    <th scope="row">{period_name(lang, p)}</th>
                    <td>{period_type_name(lang, p.kind)}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="kz-iip-table kz-iip-composition-table">
            <caption>{t(lang, Key::CompositionTitle)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Key::Period)}</th>
                    <th scope="col">{t(lang, Key::PeriodType)}</th>
                    <th scope="col">{t(lang, Key::Mining)}</th>
                    <th scope="col">{t(lang, Key::Manufacturing)}</th>
                    <th scope="col">{t(lang, Key::Rest)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <FormulaNote unit=table.unit />
    }
}

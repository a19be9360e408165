//! The table mirror of the activity bar chart: every activity with a value in the chosen
//! period, with its IIP, volume and share.

use leptos::prelude::*;

use crate::data::select::activity_values;
use crate::i18n::{activity_name, iip_basis, period_name, period_type_name, t, Key};
use crate::state::Measure;

use crate::components::app::use_ctx;
use crate::components::ActivityCells;

/// Same numbers as the activity bar chart, for the selected period.
#[component]
pub fn ActivityTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        let (period, currency) = filters.with(|f| (f.period, f.currency));
        let rows = activity_values(db, period)
            .into_iter()
            .map(|(a, _)| {
                view! {
                    <tr data-code=a.code.to_string()>
                        <th scope="row" style=format!("padding-left:{}em", 0.4 + f32::from(a.depth) * 0.9)>
                            {activity_name(lang, a).to_owned()}
                        </th>
                        <ActivityCells activity=a.code.clone() period=period currency=currency />
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="kz-iip-table kz-iip-activity-table">
                <caption>
                    {t(lang, Key::DataTable)} ", " {period_name(lang, period)} " — "
                    {t(lang, Key::PeriodType)} ": " {period_type_name(lang, period.kind)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::Activity)}</th>
                        <th scope="col">{t(lang, Key::Iip)} ", " {iip_basis(lang, period)}</th>
                        <th scope="col">{crate::i18n::value_column(lang, Measure::Volume, currency, 0)}</th>
                        <th scope="col">{t(lang, Key::Share)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}

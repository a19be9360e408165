//! The table mirror of the activity bar chart: every activity with a value in the chosen
//! period, with its IIP, volume and share (its markup: [`crate::markup::activity_table`]).

use leptos::prelude::*;

use crate::components::app::use_ctx;

/// Same numbers as the activity bar chart, for the selected period.
#[component]
pub fn ActivityTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let rows = move || {
        let (period, currency) = filters.with(|f| (f.period, f.currency));
        crate::markup::activity_table(db, lang, period, currency)
    };
    view! { <table class="kz-iip-table kz-iip-activity-table" inner_html=rows></table> }
}

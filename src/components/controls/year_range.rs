//! Two selects for the trend chart's first and last year.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::Bounds;

use crate::components::app::use_ctx;

/// The year-range filter of the trend chart.
#[component]
pub fn YearRange() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let b = Bounds::of(ctx.db);
    let options = move |selected: fn(&crate::state::Filters) -> i32| {
        (b.first..=b.last)
            .map(|y| {
                view! {
                    <option value=y.to_string() prop:selected=move || filters.with(selected) == y>
                        {y}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="kz-iip-year-range">
            <legend>{t(ctx.lang, Key::YearRange)}</legend>
            <label>
                {t(ctx.lang, Key::From)} " "
                <select
                    name="from"
                    prop:value=move || filters.with(|f| f.from.to_string())
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        filters.update(|f| f.set_range(y, None));
                    }
                >
                    {options(|f| f.from)}
                </select>
            </label>
            " "
            <label>
                {t(ctx.lang, Key::To)} " "
                <select
                    name="to"
                    prop:value=move || filters.with(|f| f.to.to_string())
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        filters.update(|f| f.set_range(None, y));
                    }
                >
                    {options(|f| f.to)}
                </select>
            </label>
        </fieldset>
    }
}

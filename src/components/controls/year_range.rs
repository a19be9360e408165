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
    // The options are markup (`markup::options`), each select's value a property.
    let options = move |selected: fn(&crate::state::Filters) -> i32| {
        move || {
            let now = filters.with(selected).to_string();
            crate::markup::options((b.first..=b.last).map(|y| (y, y.to_string())), &now)
        }
    };
    view! {
        <fieldset class="kz-iip-year-range">
            <legend>{t(ctx.lang, Key::YearRange)}</legend>
            <label>
                {t(ctx.lang, Key::From)} " "
                <select
                    name="from"
                    inner_html=options(|f| f.from)
                    prop:value=move || filters.with(|f| f.from.to_string())
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        filters.update(|f| f.set_range(y, None));
                    }
                ></select>
            </label>
            " "
            <label>
                {t(ctx.lang, Key::To)} " "
                <select
                    name="to"
                    inner_html=options(|f| f.to)
                    prop:value=move || filters.with(|f| f.to.to_string())
                    on:change=move |ev| {
                        let y = event_target_value(&ev).parse().ok();
                        filters.update(|f| f.set_range(None, y));
                    }
                ></select>
            </label>
        </fieldset>
    }
}

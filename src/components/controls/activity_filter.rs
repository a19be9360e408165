//! The activity filter: total industry, the four OKED sections and their branches, as a tree
//! of radio buttons.

use leptos::prelude::*;

use crate::i18n::{activity_name, t, Key};

use crate::components::app::use_ctx;

/// Picks the activity of the trend chart and the activity view.
#[component]
pub fn ActivityFilter() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let items = ctx
        .db
        .activities
        .iter()
        .map(|a| {
            let code = a.code.clone();
            let c1 = code.clone();
            let style = format!(
                "padding-left:{:.1}em",
                f64::from(a.depth.saturating_sub(1)) * 1.1
            );
            view! {
                <li style=style class:kz-iip-section=a.depth <= 1>
                    <label>
                        <input
                            type="radio"
                            name="kz-iip-activity"
                            value=code.to_string()
                            prop:checked=move || filters.with(|f| f.activity == c1)
                            on:change=move |_| filters.update(|f| f.activity = code.clone())
                        />
                        {activity_name(ctx.lang, a).to_owned()}
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="kz-iip-activity-filter">
            <legend>{t(ctx.lang, Key::Activity)}</legend>
            <p class="kz-iip-hint">{t(ctx.lang, Key::ActivityHint)}</p>
            <ul>{items}</ul>
        </fieldset>
    }
}

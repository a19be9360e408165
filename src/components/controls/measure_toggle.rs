//! Radio buttons: index (IIP, % of the previous year), chain-linked level (base year = 100,
//! derived) or volume (tenge).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::{Bounds, Measure};

use crate::components::app::use_ctx;

/// Switches the measure shown by both charts.
#[component]
pub fn MeasureToggle() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let option = move |m: Measure, key: Key| {
        view! {
            <label>
                <input
                    type="radio"
                    name="measure"
                    value=m.key()
                    prop:checked=move || filters.with(|f| f.measure == m)
                    on:change=move |_| filters.update(|f| f.measure = m)
                />
                {t(ctx.lang, key)}
            </label>
        }
    };
    let b = Bounds::of(ctx.db);
    let level = move || filters.with(|f| f.measure == Measure::Level);
    let years = move || {
        let now = filters.with(|f| f.base.to_string());
        crate::markup::options((b.first..=b.last).map(|y| (y, y.to_string())), &now)
    };
    view! {
        <fieldset class="kz-iip-measure">
            <legend>{t(ctx.lang, Key::Measure)}</legend>
            {option(Measure::Iip, Key::MeasureIip)}
            " "
            {option(Measure::Level, Key::MeasureLevel)}
            " "
            {option(Measure::Volume, Key::MeasureVolume)}
            <label class="kz-iip-base" hidden=move || !level()>
                " " {t(ctx.lang, Key::BaseYear)} " "
                <select
                    name="base"
                    inner_html=years
                    prop:value=move || filters.with(|f| f.base.to_string())
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            filters.update(|f| f.base = y);
                        }
                    }
                ></select>
            </label>
        </fieldset>
    }
}

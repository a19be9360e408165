//! Radio buttons: index (IIP) or volume (tenge).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::Measure;

use super::app::use_ctx;

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
    view! {
        <fieldset class="kz-iip-measure">
            <legend>{t(ctx.lang, Key::Measure)}</legend>
            {option(Measure::Iip, Key::MeasureIip)}
            " "
            {option(Measure::Volume, Key::MeasureVolume)}
        </fieldset>
    }
}

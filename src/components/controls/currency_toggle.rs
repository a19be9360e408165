//! Radio buttons: volumes in tenge (as published) or US dollars (converted, derived).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::Currency;

use crate::components::app::use_ctx;

/// Switches the currency of every volume on the page.
#[component]
pub fn CurrencyToggle() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let option = move |c: Currency, key: Key| {
        view! {
            <label>
                <input
                    type="radio"
                    name="kz-iip-currency"
                    value=c.key()
                    prop:checked=move || filters.with(|f| f.currency == c)
                    on:change=move |_| filters.update(|f| f.currency = c)
                />
                {t(ctx.lang, key)}
            </label>
        }
    };
    view! {
        <fieldset class="kz-iip-currency">
            <legend>{t(ctx.lang, Key::Currency)}</legend>
            {option(Currency::Kzt, Key::CurrencyKzt)}
            " "
            {option(Currency::Usd, Key::CurrencyUsd)}
            <p class="kz-iip-hint" hidden=move || filters.with(|f| f.currency == Currency::Kzt)>
                {t(ctx.lang, Key::UsdNote)}
            </p>
        </fieldset>
    }
}

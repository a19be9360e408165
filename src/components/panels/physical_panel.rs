//! Physical output of key products (steel, ferroalloys, coal, oil, gas) as published (the
//! markup: [`crate::markup::physical_section`]). Its data is the later part, fetched when the
//! view opens ([`crate::components::with_later_data`]).

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// A table of products, newest first, with context sentences.
#[component]
pub fn PhysicalPanel() -> impl IntoView {
    let lang = use_ctx().lang;
    view! {
        <section class="kz-iip-panel kz-iip-physical" id="kz-iip-physical" aria-labelledby="kz-iip-physical-title">
            <h2 id="kz-iip-physical-title">{t(lang, Key::PhysicalTitle)}</h2>
            {crate::components::with_later_data(lang, crate::markup::physical_section)}
        </section>
    }
}

//! Kazakh / Russian / English: links to the same view in another language (the page reloads,
//! from the offline cache when there is no network). Their markup:
//! [`crate::markup::language_links`], rewritten as the selection changes.

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// The language links; the current one is marked.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let (lang, filters) = (ctx.lang, ctx.filters);
    let links = move || filters.with(|f| crate::markup::language_links(lang, f));
    view! {
        <nav class="kz-iip-languages" aria-label=t(lang, Key::Language) inner_html=links></nav>
    }
}

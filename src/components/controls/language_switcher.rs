//! Kazakh / Russian / English: links to the same view in another language (the page reloads,
//! from the offline cache when there is no network).

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::Lang;

use crate::components::app::use_ctx;

/// The language links; the current one is marked.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let links = Lang::ALL
        .into_iter()
        .map(|l| {
            let href = move || {
                let mut f = filters.get();
                f.lang = l;
                format!("?{}", f.to_query())
            };
            let current = (l == ctx.lang).then_some("true");
            view! {
                <a href=href hreflang=l.tag() lang=l.tag() aria-current=current class="kz-iip-lang">
                    {crate::i18n::catalog::language_name(l)}
                </a>
            }
        })
        .collect_view();
    view! {
        <nav class="kz-iip-languages" aria-label=t(ctx.lang, Key::Language)>
            {links}
        </nav>
    }
}

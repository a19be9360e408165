//! The explorer's views as tabs: links that carry the whole selection with `v=` (a permalink
//! opens the right view; they work as plain links), switched in place without a reload.

use leptos::prelude::*;

use crate::i18n::{t, Key};
use crate::state::View;

use crate::components::app::use_ctx;

/// The name of a view in the page's language.
pub fn view_name(lang: crate::i18n::Lang, v: View) -> &'static str {
    t(
        lang,
        match v {
            View::Trend => Key::ViewTrend,
            View::Ranking => Key::ViewRanking,
            View::Map => Key::ViewMap,
            View::Activities => Key::ViewActivities,
            View::Composition => Key::ViewComposition,
            View::Projects => Key::ViewProjects,
            View::Output => Key::ViewOutput,
            View::About => Key::ViewAbout,
        },
    )
}

/// Follows a link to another view ([`crate::markup::view_link`]) in place: the explorer's
/// one listener for them (on `<main>`, where they are). A click with a modifier or another
/// button is left to the browser (a new tab or window opens the link).
pub fn follow_view_link(filters: RwSignal<crate::state::Filters>, ev: &leptos::ev::MouseEvent) {
    use wasm_bindgen::JsCast;
    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
        return;
    }
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("a[data-to]").ok().flatten())
    else {
        return;
    };
    let Some(to) = link.get_attribute("data-to").and_then(|k| View::parse(&k)) else {
        return;
    };
    ev.prevent_default();
    filters.update(|f| f.view = to);
    let anchor = link.get_attribute("data-anchor");
    request_animation_frame(move || {
        let target = anchor
            .and_then(|a| document().get_element_by_id(&a))
            .or_else(|| document().get_element_by_id("kz-iip-view"));
        if let Some(el) = target {
            el.scroll_into_view();
        }
    });
}

/// The row of views.
#[component]
pub fn ViewTabs() -> impl IntoView {
    let ctx = use_ctx();
    let (lang, filters) = (ctx.lang, ctx.filters);
    let items = View::ALL
        .into_iter()
        .map(|v| {
            let current = move || filters.with(|f| f.view == v);
            let href = move || {
                filters.with(|f| {
                    let mut f = f.clone();
                    f.view = v;
                    format!("?{}", f.to_query())
                })
            };
            let go = move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                ev.prevent_default();
                filters.update(|f| f.view = v);
            };
            view! {
                <li>
                    <a
                        href=href
                        class="kz-iip-tab"
                        data-view=v.key()
                        aria-current=move || current().then_some("page")
                        on:click=go
                    >
                        {view_name(lang, v)}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="kz-iip-tabs" aria-label=t(lang, Key::Views)>
            <ul>{items}</ul>
        </nav>
    }
}

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

/// A link to another view (same selection); `anchor` scrolls to an element of it.
#[component]
pub fn ViewLink(
    /// The view to open.
    to: View,
    /// An element id to scroll to once the view is shown (without `#`), if any.
    #[prop(optional, into)]
    anchor: Option<String>,
    children: Children,
) -> impl IntoView {
    let filters = use_ctx().filters;
    let fragment = anchor.clone().map(|a| format!("#{a}")).unwrap_or_default();
    let href = move || {
        filters.with(|f| {
            let mut f = f.clone();
            f.view = to;
            format!("?{}{fragment}", f.to_query())
        })
    };
    let go = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return; // a new tab or window: let the link do it
        }
        ev.prevent_default();
        filters.update(|f| f.view = to);
        let anchor = anchor.clone();
        request_animation_frame(move || {
            let target = anchor
                .and_then(|a| document().get_element_by_id(&a))
                .or_else(|| document().get_element_by_id("kz-iip-view"));
            if let Some(el) = target {
                el.scroll_into_view();
            }
        });
    };
    view! { <a href=href on:click=go>{children()}</a> }
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

//! Shows what part of the URL could not be used, and that a default was used instead (its
//! markup: [`crate::markup::notice`]).

use leptos::prelude::*;

use crate::state::Notice;

use super::app::use_ctx;

/// A dismissable list of URL notices; hidden when there are none.
#[component]
pub fn NoticeBar(
    /// Notices from `Filters::from_query`.
    notices: Vec<Notice>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let (open, set_open) = signal(!notices.is_empty());
    // The dismiss button is the notice's only button.
    let dismiss = move |ev: web_sys::MouseEvent| {
        use wasm_bindgen::JsCast;
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| el.closest("button").ok().flatten().is_some());
        if on_button {
            set_open.set(false);
        }
    };
    view! {
        <div
            class="kz-iip-notice"
            role="status"
            hidden=move || !open.get()
            inner_html=crate::markup::notice(lang, &notices)
            on:click=dismiss
        ></div>
    }
}

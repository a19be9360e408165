//! Shows what part of the URL could not be used, and that a default was used instead.

use leptos::prelude::*;

use crate::i18n::{notice_text, t, Key};
use crate::state::Notice;

use super::app::use_ctx;

/// A dismissable list of URL notices; renders nothing when there are none.
#[component]
pub fn NoticeBar(
    /// Notices from `Filters::from_query`.
    notices: Vec<Notice>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let (open, set_open) = signal(!notices.is_empty());
    let items = notices
        .iter()
        .map(|n| view! { <li>{notice_text(lang, n)}</li> })
        .collect_view();
    view! {
        <div class="kz-iip-notice" role="status" hidden=move || !open.get()>
            <strong>{t(lang, Key::NoticeHeading)}</strong>
            <ul>{items}</ul>
            <button type="button" on:click=move |_| set_open.set(false)>{t(lang, Key::Dismiss)}</button>
        </div>
    }
}

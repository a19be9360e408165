//! The fold a table mirror lives in: closed at first (the chart answers most questions), one
//! click or Enter away, and saying how many rows it holds ("Data table · 21 rows").

use leptos::prelude::*;

use crate::i18n::{t, Key};

use super::app::use_ctx;

/// A collapsed table with its row count.
#[component]
pub fn TableDetails(
    /// Rows the table holds.
    #[prop(into)]
    rows: Signal<usize>,
    /// The fold's name (defaults to "Data table").
    #[prop(optional)]
    title: Option<Key>,
    /// Whether it starts open.
    #[prop(optional)]
    open: bool,
    children: Children,
) -> impl IntoView {
    let lang = use_ctx().lang;
    view! {
        <details class="kz-iip-table-wrap" open=open>
            <summary>
                {t(lang, title.unwrap_or(Key::DataTable))} " · " {move || rows.get()} " "
                {t(lang, Key::Rows)}
            </summary>
            {children()}
        </details>
    }
}

//! The header row of a table that stacks on phones (`kz-iip-stack`: a labelled block per row).
//! The explicit ARIA roles, here and on the rows and cells, keep it a table for screen readers
//! in browsers that drop table semantics from a table displayed as blocks (WebKit).

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// `<thead>` with one column header per key, in the page's language.
#[component]
pub fn StackHead(
    /// The columns, in order.
    columns: Vec<Key>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    view! {
        <thead role="rowgroup">
            <tr role="row">
                {columns.into_iter().map(|k| view! { <th scope="col" role="columnheader">{t(lang, k)}</th> }).collect_view()}
            </tr>
        </thead>
    }
}

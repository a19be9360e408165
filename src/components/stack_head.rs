//! The header row of a table that stacks on phones (`kz-iip-stack`: a labelled block per row).
//! The explicit ARIA roles, here and on the rows and cells, keep it a table for screen readers
//! in browsers that drop table semantics from a table displayed as blocks (WebKit).

use leptos::prelude::*;

/// `<thead>` with one column header per label.
#[component]
pub fn StackHead(
    /// The column names, in order.
    labels: Vec<&'static str>,
) -> impl IntoView {
    view! {
        <thead role="rowgroup">
            <tr role="row">
                {labels.into_iter().map(|l| view! { <th scope="col" role="columnheader">{l}</th> }).collect_view()}
            </tr>
        </thead>
    }
}

//! The fold a table mirror lives in: closed at first (the chart answers most questions), one
//! click or Enter away, and saying how many rows it holds ("Data table · 21 rows"). The table
//! is built only while the fold is open (or the page is printed): a closed table costs nothing
//! on the first paint or on a filter change, and opening it puts it right after its chart.

use leptos::prelude::*;

use crate::i18n::{t, table_rows, Key};

use crate::components::app::use_ctx;

/// Whether the page is being printed (print media), kept current; shared by every fold.
#[derive(Clone, Copy)]
pub struct Printing(pub Signal<bool>);

/// Provides [`Printing`] from `matchMedia("print")` (also what print emulation switches).
pub fn provide_printing() {
    let printing = crate::components::media_signal("print");
    let before = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        move |_| printing.set(true),
    );
    let after = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("afterprint"),
        move |_| printing.set(false),
    );
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    provide_context(Printing(printing.into()));
}

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
    children: ChildrenFn,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let printing = use_context::<Printing>().map_or(Signal::stored(false), |p| p.0);
    let (is_open, set_open) = signal(open);
    let node = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| {
        if let Some(d) = node.get() {
            set_open.set(d.open());
        }
    };
    view! {
        <details class="kz-iip-table-wrap" open=open node_ref=node on:toggle=on_toggle>
            <summary>
                {t(lang, title.unwrap_or(Key::DataTable))} " · " {move || table_rows(lang, rows.get())}
            </summary>
            {move || (is_open.get() || printing.get()).then(|| children())}
        </details>
    }
}

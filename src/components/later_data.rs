//! The later part of the data (#26): the glossary and the physical output, which only About
//! the data and Output show, are not in the wasm (`Db::split_later`). The first of those views
//! to open fetches their file (`fetch_file("later")`, beside the wasm; precached by the
//! service worker, inlined in the single-file edition) and reads it once for the session: a
//! `Db` of its own, with the sources it cites. Meanwhile the view says it is loading; if the
//! file cannot be had, it says so, and opening the view again tries again.

use std::cell::Cell;

use leptos::prelude::*;

use crate::data::Db;
use crate::i18n::{Key, Lang};

thread_local! {
    /// The later part, once read.
    static LATER_DB: Cell<Option<&'static Db>> = const { Cell::new(None) };
}

#[derive(Clone, Copy)]
enum Later {
    Loading,
    Ready(&'static Db),
    Failed,
}

/// The markup `render` writes from the later part, once it is there (inside a `<div>`; until
/// then a line that says it is loading, or that it could not load).
pub fn with_later_data(lang: Lang, render: fn(&Db, Lang) -> String) -> impl IntoView {
    let state = RwSignal::new(LATER_DB.get().map_or(Later::Loading, Later::Ready));
    if LATER_DB.get().is_none() {
        crate::fetch_file("later", move |bytes| {
            let read = bytes
                .ok_or_else(|| "not fetched".to_owned())
                .and_then(|b| crate::data::bundled::load_later(&b));
            let next = match read {
                Ok(db) => {
                    let db: &'static Db = Box::leak(Box::new(db));
                    LATER_DB.set(Some(db));
                    Later::Ready(db)
                }
                Err(e) => {
                    leptos::logging::warn!("kz-iip: the later data could not be read: {e}");
                    Later::Failed
                }
            };
            // The view may be closed by now (the signal is then gone: nothing to show).
            let _ = state.try_set(next);
        });
    }
    let markup = move || {
        let failed = match state.get() {
            Later::Ready(db) => return render(db, lang),
            Later::Loading => false,
            Later::Failed => true,
        };
        let mut h = crate::markup::Html::default();
        let keys = (Key::LoadingPart, Key::LoadFailedPart);
        crate::markup::load_line(&mut h, lang, keys, failed);
        h.finish()
    };
    view! { <div inner_html=markup></div> }
}

//! The share dialog's binary (#26): the embed builder, fetched when "Share / Embed" is first
//! clicked, so that the explorer's first view carries none of it. Its one export, `open`, is
//! called by the explorer with the open `<dialog>`, its selection (a query) and its language.

use wasm_bindgen::prelude::wasm_bindgen;

/// Writes the builder into the open `dialog` and answers its events (`kz_iip::share_dom`).
#[wasm_bindgen]
pub fn open(dialog: web_sys::HtmlDialogElement, query: String, lang: String) {
    kz_iip::share_dom::open(dialog, &query, &lang);
}

fn main() {}

//! Share / Embed: the button and its `<dialog>`. The builder itself (copy the permalink; build
//! the embed of one chart with the newsroom's words, a highlight and notes; preview the widget
//! at 320 / 480 / 720 px) is a wasm of its own (#26: `kz-iip-share`, `crate::share_dom`), which
//! the page's loader fetches when the button is first clicked (`window.kzIipShare`, a promise of
//! the started module) and which then writes the dialog's content and answers its events. Until
//! it has, the dialog says it is loading; if it cannot be fetched, the dialog says so, and the
//! next click tries again.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlDialogElement};

use crate::i18n::{t, Key, Lang};
use crate::markup::Html;

use super::app::use_ctx;

/// The dialog's line while the builder loads, or why it could not (with the close button).
fn status(lang: Lang, failed: bool) -> String {
    let mut h = Html::default();
    h.el(
        "h2",
        &[("id", "kz-iip-share-title")],
        t(lang, Key::ShareEmbed),
    );
    let keys = (Key::LoadingShare, Key::LoadFailedShare);
    crate::markup::load_line(&mut h, lang, keys, failed);
    h.open("p", &[])
        .el(
            "button",
            &[("type", "button"), ("data-act", "close")],
            t(lang, Key::Close),
        )
        .close("p");
    h.finish()
}

/// Hands `dialog` to the share module once the loader has it started (`kzIipShare`):
/// `open(dialog, query, lang)`; `failed` when there is no loader, or what its promise gave has
/// no `open` (a failed fetch: an error).
fn hand_over(
    dialog: HtmlDialogElement,
    query: String,
    lang: Lang,
    failed: impl FnOnce() + 'static,
) {
    crate::call_loader("kzIipShare", None, move |module| {
        let open = module
            .and_then(|m| js_sys::Reflect::get(&m, &JsValue::from_str("open")).ok())
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let args = (
            dialog.into(),
            JsValue::from_str(&query),
            JsValue::from_str(lang.tag()),
        );
        if open.is_none_or(|f| f.call3(&JsValue::NULL, &args.0, &args.1, &args.2).is_err()) {
            failed();
        }
    });
}

/// The "Share / Embed" button and its dialog.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let ctx = use_ctx();
    let (lang, filters) = (ctx.lang, ctx.filters);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let show = move |_| {
        let Some(d) = dialog.get() else {
            return;
        };
        d.set_inner_html(&status(lang, false));
        let _ = d.show_modal();
        let query = filters.with_untracked(|f| f.to_query());
        let shown = d.clone();
        hand_over(d, query, lang, move || {
            // Only if the dialog still shows the loading line (not closed and opened again).
            if shown.open()
                && shown
                    .query_selector("[data-act=copy-link]")
                    .ok()
                    .flatten()
                    .is_none()
            {
                shown.set_inner_html(&status(lang, true));
            }
        });
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let close = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button[data-act=close]").ok().flatten())
            .is_some();
        if let (true, Some(d)) = (close, dialog.get()) {
            d.close();
        }
    };
    let on_close = move |_| {
        if let Some(d) = dialog.get() {
            d.set_inner_html("");
        }
    };
    view! {
        <button type="button" class="kz-iip-share-button" on:click=show>{t(lang, Key::ShareEmbed)}</button>
        <dialog
            node_ref=dialog
            class="kz-iip-share"
            aria-labelledby="kz-iip-share-title"
            on:click=on_click
            on:close=on_close
        ></dialog>
    }
}

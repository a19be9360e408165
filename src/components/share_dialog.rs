//! Share / Embed: copy the permalink; build the embed of one chart (#25: the newsroom's words,
//! a highlight, notes on a trend) and copy it as an iframe, an iframe with the height
//! listener, an AMP iframe or an image; preview the widget at 320 / 480 / 720 px.
//!
//! The dialog's content is markup written when it opens ([`crate::share::Share::body`]); one
//! `input` listener reads every field's edit and one `click` listener every button, and an
//! edit rewrites only what follows from it (the code, its hint, the preview).

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};

use crate::i18n::{t, Key};
use crate::share::Share;

use super::app::use_ctx;

/// The folder URL of the current page (`https://host/path/`), where `widget.html` lives too.
fn page_base() -> String {
    let loc = window().location();
    let href = loc.href().unwrap_or_default();
    let no_query = href.split(['?', '#']).next().unwrap_or_default();
    match no_query.rfind('/') {
        Some(i) => no_query[..=i].to_owned(),
        None => no_query.to_owned(),
    }
}

/// Copies `text` with the async clipboard API where the page may use it; returns whether it
/// was handed over (the text stays selectable in the dialog either way).
fn copy(text: &str) -> bool {
    let navigator = window().navigator();
    let has = js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
    let usable = has
        && js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
            .is_ok_and(|c| !c.is_undefined() && !c.is_null());
    if usable {
        // The promise's outcome is not awaited: the status says "handed over", not "done".
        let _ = navigator.clipboard().write_text(text);
    }
    usable
}

/// The element of the dialog matching `selector`.
fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn set_hidden(el: Option<Element>, hidden: bool) {
    if let Some(el) = el {
        let _ = el.toggle_attribute_with_force("hidden", hidden);
    }
}

/// Rewrites what follows from the builder: the code, its hint, the notes' warning, the
/// preview and its width buttons.
fn refresh(root: &Element, share: &Share) {
    let out = share.outputs();
    if let Some(code) = find(root, "textarea[name=snippet]") {
        if let Some(code) = code.dyn_ref::<HtmlTextAreaElement>() {
            code.set_value(&out.code);
        }
    }
    if let Some(hint) = find(root, ".kz-iip-embed-hint") {
        hint.set_text_content(Some(out.hint));
    }
    set_hidden(find(root, ".kz-iip-notes-bad"), !out.bad_notes);
    if let Ok(buttons) = root.query_selector_all("button[data-width]") {
        for i in 0..buttons.length() {
            if let Some(b) = buttons.get(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let on = b.get_attribute("data-width") == Some(out.width.to_string());
                let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
    }
    if let Some(frame) = find(root, "iframe") {
        // Set only when changed: a new `src` reloads the preview.
        for (name, value) in [
            ("title", &out.embed.title),
            ("style", &out.preview_style),
            ("src", &out.embed.url),
        ] {
            if frame.get_attribute(name).as_ref() != Some(value) {
                let _ = frame.set_attribute(name, value);
            }
        }
    }
}

/// The "Share / Embed" button and its dialog.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // The builder while the dialog is open (its content is built on opening: the snippet's
    // title needs a chart spec, which would otherwise be recomputed on every filter change).
    let share = StoredValue::new_local(None::<Share>);
    let show = move |_| {
        let Some(d) = dialog.get() else {
            return;
        };
        let s = Share::new(db, lang, filters.get_untracked(), page_base());
        d.set_inner_html(&s.body());
        share.set_value(Some(s));
        let _ = d.show_modal();
    };
    let on_input = move |ev: web_sys::Event| {
        let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let name = el.get_attribute("name").unwrap_or_default();
        let (value, checked) = match el.dyn_ref::<HtmlInputElement>() {
            Some(i) => (i.value(), i.checked()),
            None => (leptos::prelude::event_target_value(&ev), false),
        };
        let Some(root) = dialog.get() else {
            return;
        };
        share.update_value(|s| {
            let Some(s) = s else {
                return;
            };
            let (changed, long) = s.edit(&name, &value, checked);
            if name.starts_with("words-") {
                set_hidden(el.next_element_sibling(), !long);
            }
            if changed {
                refresh(&root, s);
            }
        });
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button").ok().flatten())
        else {
            return;
        };
        let Some(root) = dialog.get() else {
            return;
        };
        if let Some(w) = button.get_attribute("data-width") {
            share.update_value(|s| {
                if let Some(s) = s {
                    if s.set_width(w.parse().unwrap_or_default()) {
                        refresh(&root, s);
                    }
                }
            });
            return;
        }
        let (what, text) = match button.get_attribute("data-act").as_deref() {
            Some("close") => {
                root.close();
                return;
            }
            Some("copy-link") => (
                Key::Link,
                share.with_value(|s| s.as_ref().map(Share::permalink)),
            ),
            // The code shown (written by the last edit), not the embed built again.
            Some("copy-embed") => (
                Key::EmbedCode,
                find(&root, "textarea[name=snippet]")
                    .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
                    .map(|t| t.value()),
            ),
            _ => return,
        };
        let msg = if copy(&text.unwrap_or_default()) {
            Key::Copied
        } else {
            Key::CopyManually
        };
        if let Some(status) = find(&root, ".kz-iip-status") {
            status.set_text_content(Some(&format!("{} {}", t(lang, what), t(lang, msg))));
        }
    };
    let on_close = move |_| {
        share.set_value(None);
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
            on:input=on_input
            on:click=on_click
            on:close=on_close
        ></dialog>
    }
}

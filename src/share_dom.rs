//! The Share / Embed dialog at work, in a wasm of its own (#26: `kz-iip-share`, fetched when the
//! button is first clicked; the explorer's first view carries none of it). The explorer opens
//! the `<dialog>` and hands it over with its selection ([`open`]); this module writes the
//! builder's markup into it ([`Share::body`]) and answers its `input`, `click` and `close`
//! events with one listener each, rewriting only what an edit changes. Plain `web_sys`, no
//! Leptos: the module reads the widget's bundle, so the builder shows what the widget will.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

use crate::data::Db;
use crate::i18n::{t, Key, Lang};
use crate::share::Share;
use crate::state::Filters;

thread_local! {
    /// The widget's bundle, decoded on the first opening.
    static DB: &'static Db = {
        let (db, errors) = crate::data::load_widget_bundle();
        for e in &errors {
            web_sys::console::warn_1(&format!("kz-iip data: {e}").into());
        }
        Box::leak(Box::new(db))
    };
    /// The builder while the dialog is open.
    static OPEN: RefCell<Option<Share>> = const { RefCell::new(None) };
    /// The dialogs whose events this module answers (one set of listeners each).
    static WIRED: RefCell<Vec<HtmlDialogElement>> = const { RefCell::new(Vec::new()) };
}

/// Writes the builder into `dialog` (already open), for the explorer's selection `query` in the
/// page's language `lang` (a tag): at once in English, once its catalog is in for another.
pub fn open(dialog: HtmlDialogElement, query: &str, lang: &str) {
    let lang = Lang::parse(lang).unwrap_or(Lang::En);
    let query = query.to_owned();
    crate::with_catalog(Some(lang), move || {
        // Closed while this module or its catalog was on the way: nothing to write.
        if !dialog.open() {
            return;
        }
        let db = DB.with(|db| *db);
        // A language whose catalog did not come falls back to English, as the page did.
        let lang = if crate::i18n::catalog::available(lang) {
            lang
        } else {
            Lang::En
        };
        let (filters, _) = Filters::from_query(&query, db);
        let share = Share::new(db, lang, filters, page_base());
        dialog.set_inner_html(&share.body());
        OPEN.with(|o| *o.borrow_mut() = Some(share));
        wire(&dialog);
        // Focus where the dialog would have put it, had the builder been there on opening
        // (the loading line's button it had is gone).
        if let Some(first) = find(&dialog, "input[name=permalink]")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = first.focus();
        }
    });
}

/// The listeners of `dialog`, added once.
fn wire(dialog: &HtmlDialogElement) {
    let fresh = WIRED.with(|w| {
        let mut w = w.borrow_mut();
        let fresh = !w.iter().any(|d| d == dialog);
        if fresh {
            w.push(dialog.clone());
        }
        fresh
    });
    if !fresh {
        return;
    }
    let root = dialog.clone();
    let on_input = Closure::<dyn FnMut(Event)>::new(move |ev: Event| on_input(&root, &ev));
    let root = dialog.clone();
    let on_click = Closure::<dyn FnMut(Event)>::new(move |ev: Event| on_click(&root, &ev));
    let on_close = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
        OPEN.with(|o| *o.borrow_mut() = None);
    });
    for (name, f) in [
        ("input", on_input),
        ("click", on_click),
        ("close", on_close),
    ] {
        let _ = dialog.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        // The dialog lives as long as the page.
        f.forget();
    }
}

fn on_input(root: &HtmlDialogElement, ev: &Event) {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let name = el.get_attribute("name").unwrap_or_default();
    let (value, checked) = match el.dyn_ref::<HtmlInputElement>() {
        Some(i) => (i.value(), i.checked()),
        None => (
            js_sys::Reflect::get(&el, &JsValue::from_str("value"))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default(),
            false,
        ),
    };
    OPEN.with(|o| {
        let mut o = o.borrow_mut();
        let Some(s) = o.as_mut() else {
            return;
        };
        let (changed, long) = s.edit(&name, &value, checked);
        if name.starts_with("words-") {
            set_hidden(el.next_element_sibling(), !long);
        }
        if changed {
            refresh(root, s);
        }
    });
}

fn on_click(root: &HtmlDialogElement, ev: &Event) {
    let Some(button) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|el| el.closest("button").ok().flatten())
    else {
        return;
    };
    if let Some(w) = button.get_attribute("data-width") {
        OPEN.with(|o| {
            if let Some(s) = o.borrow_mut().as_mut() {
                if s.set_width(w.parse().unwrap_or_default()) {
                    refresh(root, s);
                }
            }
        });
        return;
    }
    // (The explorer's own listener closes the dialog.)
    let (what, text) = match button.get_attribute("data-act").as_deref() {
        Some("copy-link") => (
            Key::Link,
            OPEN.with(|o| o.borrow().as_ref().map(Share::permalink)),
        ),
        // The code shown (written by the last edit), not the embed built again.
        Some("copy-embed") => (
            Key::EmbedCode,
            find(root, "textarea[name=snippet]")
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
    let lang = OPEN.with(|o| o.borrow().as_ref().map_or(Lang::En, Share::lang));
    if let Some(status) = find(root, ".kz-iip-status") {
        status.set_text_content(Some(&format!("{} {}", t(lang, what), t(lang, msg))));
    }
}

/// The folder URL of the current page (`https://host/path/`), where `widget.html` lives too.
fn page_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let no_query = href.split(['?', '#']).next().unwrap_or_default();
    match no_query.rfind('/') {
        Some(i) => no_query[..=i].to_owned(),
        None => no_query.to_owned(),
    }
}

/// Copies `text` with the async clipboard API where the page may use it; returns whether it
/// was handed over (the text stays selectable in the dialog either way).
fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
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

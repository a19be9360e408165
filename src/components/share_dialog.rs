//! Share / Embed: copy the permalink, copy an iframe snippet for one chart, preview the widget
//! at 320 / 480 / 720 px.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::charts::kinds;
use crate::i18n::{t, Key};
use crate::state::widget::{snippet, stable_id, ChartKind, WidgetOptions};

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

/// The "Share / Embed" button and its dialog.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (open, set_open) = signal(false);
    let (kind, set_kind) = signal(ChartKind::Trend);
    let (width, set_width) = signal(480u32);
    let (status, set_status) = signal(String::new());
    let base = page_base();
    let b1 = base.clone();
    let permalink = Memo::new(move |_| format!("{b1}?{}", filters.with(|f| f.to_query())));
    let widget_url = Memo::new(move |_| {
        let q = filters.with(|f| f.to_query());
        let k = kind.get();
        let opts = WidgetOptions {
            chart: k,
            id: stable_id(&format!("{q}&{}", k.key())),
            ..Default::default()
        };
        (
            format!("{base}widget.html?{q}&{}", opts.to_query()),
            opts.id,
        )
    });
    // The iframe's title: the chart's own.
    let title = Memo::new(move |_| {
        let k = kinds::of(kind.get());
        let chart = filters.with(|f| (k.chart)(db, f, lang, &(k.table)(db, f)).title());
        format!("{chart} — {}", t(lang, Key::AppTitle))
    });
    let code = Memo::new(move |_| {
        let (url, id) = widget_url.get();
        snippet(
            &url,
            &id,
            &title.get(),
            kinds::of(kind.get()).snippet_height,
            lang,
        )
    });
    let show = move |_| {
        set_open.set(true);
        set_status.set(String::new());
        // The content is built on opening (below); open the dialog once it is there, so that
        // focus lands on its first field.
        request_animation_frame(move || {
            if let Some(d) = dialog.get() {
                let _ = d.show_modal();
            }
        });
    };
    let close = move |_| {
        set_open.set(false);
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copied = move |what: Key, text: String| {
        let msg = if copy(&text) {
            Key::Copied
        } else {
            Key::CopyManually
        };
        set_status.set(format!("{} {}", t(lang, what), t(lang, msg)));
    };
    let kinds = move || {
        kinds::KINDS
            .iter()
            .map(|entry| {
                let k = entry.kind;
                view! {
                    <option value=k.key() prop:selected=move || kind.get() == k>{t(lang, entry.label)}</option>
                }
            })
            .collect_view()
    };
    let widths = move || {
        [320u32, 480, 720]
            .into_iter()
            .map(|w| {
                view! {
                    <button
                        type="button"
                        class="kz-iip-width"
                        aria-pressed=move || (width.get() == w).to_string()
                        on:click=move |_| set_width.set(w)
                    >
                        {w} " px"
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <button type="button" class="kz-iip-share-button" on:click=show>{t(lang, Key::ShareEmbed)}</button>
        <dialog node_ref=dialog class="kz-iip-share" aria-labelledby="kz-iip-share-title" on:close=move |_| set_open.set(false)>
            // Built only while open: the snippet's title needs a chart spec, which would
            // otherwise be recomputed on every filter change.
            {move || open.get().then(|| view! {
                <h2 id="kz-iip-share-title">{t(lang, Key::ShareEmbed)}</h2>
                <label class="kz-iip-field">
                    {t(lang, Key::Link)}
                    <input type="text" readonly name="permalink" prop:value=move || permalink.get() />
                </label>
                <button type="button" on:click=move |_| copied(Key::Link, permalink.get())>{t(lang, Key::CopyLink)}</button>
                <label class="kz-iip-field">
                    {t(lang, Key::Chart)} " "
                    <select
                        name="chart"
                        on:change=move |ev| {
                            if let Some(k) = ChartKind::parse(&event_target_value(&ev)) {
                                set_kind.set(k);
                            }
                        }
                    >
                        {kinds()}
                    </select>
                </label>
                <label class="kz-iip-field">
                    {t(lang, Key::EmbedCode)}
                    <textarea readonly rows="4" name="snippet" prop:value=move || code.get()></textarea>
                </label>
                <button type="button" on:click=move |_| copied(Key::EmbedCode, code.get())>{t(lang, Key::CopyEmbed)}</button>
                <p class="kz-iip-hint">{t(lang, Key::EmbedHint)}</p>
                <p role="status" class="kz-iip-status">{move || status.get()}</p>
                <fieldset class="kz-iip-preview-widths">
                    <legend>{t(lang, Key::Preview)}</legend>
                    {widths()}
                </fieldset>
                <iframe
                    class="kz-iip-preview"
                    title=move || title.get()
                    src=move || widget_url.get().0
                    style=move || format!("width:{}px;height:{}px;border:1px solid #ccc", width.get(), kinds::of(kind.get()).snippet_height)
                ></iframe>
                <p>
                    <button type="button" on:click=close>{t(lang, Key::Close)}</button>
                </p>
            })}
        </dialog>
    }
}

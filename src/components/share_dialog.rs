//! Share / Embed: copy the permalink; build the embed of one chart (#25: the newsroom's words,
//! a highlight, notes on a trend) and copy it as an iframe, an iframe with the height
//! listener, an AMP iframe or an image; preview the widget at 320 / 480 / 720 px.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::charts::interact::Interactive;
use crate::charts::{export, kinds};
use crate::data::RegionCode;
use crate::i18n::{region_name, t, tr, Key};
use crate::state::widget::{
    clean_words, stable_id, ChartKind, Embed, Note, Variant, WidgetOptions, Words,
};

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

/// What the embed builder holds.
struct Builder {
    kind: ChartKind,
    /// The preview's width (CSS pixels).
    width: u32,
    variant: Variant,
    /// The newsroom's words and notes as typed (cleaned and cut in the link, as the widget
    /// reads them); whether a typed note line could not be read.
    words: Words,
    notes: Vec<Note>,
    bad_notes: bool,
    /// The units to highlight: the explorer's own highlight to begin with.
    highlight: Vec<RegionCode>,
}

/// The "Share / Embed" button and its dialog.
#[component]
pub fn ShareDialog() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let (open, set_open) = signal(false);
    let (status, set_status) = signal(String::new());
    // What the builder holds, in one signal (one set of reactive code, not one per field).
    let b = RwSignal::new(Builder {
        kind: ChartKind::Trend,
        width: 480,
        variant: Variant::Iframe,
        words: Words::default(),
        notes: Vec::new(),
        bad_notes: false,
        highlight: filters.with_untracked(|f| f.highlight.clone()),
    });
    let base = page_base();
    let b1 = base.clone();
    let permalink = Memo::new(move |_| format!("{b1}?{}", filters.with(|f| f.to_query())));
    // Everything the embed code is made of: the explorer's selection with the builder's
    // highlight, the chart's own title and description, the newsroom's words and notes.
    let embed = Memo::new(move |_| {
        let mut f = filters.get();
        b.with(|b| {
            f.highlight = b.highlight.clone();
            let q = f.to_query();
            let entry = kinds::of(b.kind);
            let opts = WidgetOptions {
                chart: b.kind,
                id: stable_id(&format!("{q}&{}", b.kind.key())),
                words: b.words.clone(),
                notes: b.notes.clone(),
                ..Default::default()
            };
            let chart = (entry.chart)(db, &f, lang, &(entry.table)(db, &f));
            let (name, alt) = match &b.words.title {
                Some(h) => (h.clone(), format!("{h}. {}", chart.summary())),
                None => (chart.title(), chart.summary()),
            };
            Embed {
                url: format!("{base}widget.html?{q}&{}", opts.to_query()),
                id: opts.id,
                title: format!("{name} — {}", t(lang, Key::AppTitle)),
                height: entry.snippet_height,
                lang,
                png: format!("{}.png", export::file_stem(b.kind.key(), &f)),
                png_height: entry.export_height + 120,
                alt,
                explorer: format!("{base}?{q}"),
                more: t(lang, Key::AmpMore).to_owned(),
            }
        })
    });
    let code = Memo::new(move |_| embed.with(|e| e.code(b.with(|b| b.variant))));
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
                    <option value=k.key() prop:selected=move || b.with(|b| b.kind == k)>{t(lang, entry.label)}</option>
                }
            })
            .collect_view()
    };
    // A field per word key; a hint when the text is longer than the widget keeps.
    let word_fields = move || {
        Words::KEYS
            .into_iter()
            .map(|(key, max)| {
                let label = match key {
                    "title" => Key::WordsTitle,
                    "desc" => Key::WordsDesc,
                    "note" => Key::WordsNote,
                    _ => Key::WordsByline,
                };
                let (long, set_long) = signal(false);
                view! {
                    <label class="kz-iip-field">
                        {t(lang, label)}
                        <input
                            type="text"
                            name=format!("words-{key}")
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                b.update(|b| {
                                    b.words.set(key, &v);
                                });
                                set_long.set(clean_words(&v, max).1);
                            }
                        />
                        <span class="kz-iip-hint" role="status" hidden=move || !long.get()>
                            {tr(lang, Key::WordsCut, &[("max", max.into())])}
                        </span>
                    </label>
                }
            })
            .collect_view()
    };
    // A checkbox per unit of the selection.
    let highlight_boxes = move || {
        filters
            .with(|f| f.regions.clone())
            .into_iter()
            .filter_map(|code| Some((region_name(lang, db.region(&code)?).to_owned(), code)))
            .map(|(name, code): (String, RegionCode)| {
                let c = code.clone();
                let on = move || b.with(|b| b.highlight.contains(&c));
                view! {
                    <label class="kz-iip-check">
                        <input
                            type="checkbox"
                            prop:checked=on
                            on:change=move |_| b.update(|b| {
                                let h = &mut b.highlight;
                                match h.iter().position(|x| x == &code) {
                                    Some(i) => {
                                        h.remove(i);
                                    }
                                    None => h.push(code.clone()),
                                }
                            })
                        />
                        {name}
                    </label>
                }
            })
            .collect_view()
    };
    let variants = move || {
        Variant::ALL
            .into_iter()
            .map(|v| {
                let label = match v {
                    Variant::Iframe => Key::VariantIframe,
                    Variant::Resizing => Key::VariantResizing,
                    Variant::Amp => Key::VariantAmp,
                    Variant::Image => Key::VariantImage,
                };
                view! { <option value=v.key() prop:selected=move || b.with(|b| b.variant == v)>{t(lang, label)}</option> }
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
                        aria-pressed=move || b.with(|b| b.width == w).to_string()
                        on:click=move |_| b.update(|b| b.width = w)
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
                                b.update(|b| b.kind = k);
                            }
                        }
                    >
                        {kinds()}
                    </select>
                </label>
                <fieldset class="kz-iip-words">
                    <legend>{t(lang, Key::WordsLegend)}</legend>
                    {word_fields()}
                </fieldset>
                <fieldset class="kz-iip-words">
                    <legend>{t(lang, Key::HighlightLegend)}</legend>
                    {highlight_boxes()}
                </fieldset>
                <label class="kz-iip-field">
                    {t(lang, Key::NotesLabel)}
                    <textarea
                        rows="2"
                        name="notes"
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            let lines = v.lines().filter(|l| !l.trim().is_empty());
                            let parsed: Vec<Option<Note>> = lines.map(Note::parse).collect();
                            let bad = parsed.iter().any(Option::is_none);
                            b.update(|b| {
                                b.notes = parsed.into_iter().flatten().take(Note::MAX).collect();
                                b.bad_notes = bad;
                            });
                        }
                    ></textarea>
                    <span class="kz-iip-hint" role="status" hidden=move || !b.with(|b| b.bad_notes)>
                        {t(lang, Key::NotesBad)}
                    </span>
                </label>
                <label class="kz-iip-field">
                    {t(lang, Key::VariantLabel)} " "
                    <select
                        name="variant"
                        on:change=move |ev| {
                            if let Some(v) = Variant::parse(&event_target_value(&ev)) {
                                b.update(|b| b.variant = v);
                            }
                        }
                    >
                        {variants()}
                    </select>
                </label>
                <label class="kz-iip-field">
                    {t(lang, Key::EmbedCode)}
                    <textarea readonly rows="4" name="snippet" prop:value=move || code.get()></textarea>
                </label>
                <button type="button" on:click=move |_| copied(Key::EmbedCode, code.get())>{t(lang, Key::CopyEmbed)}</button>
                <p class="kz-iip-hint">
                    {move || {
                        // The image and AMP's placeholder are the chart's PNG, hosted by the newsroom.
                        let png = matches!(b.with(|b| b.variant), Variant::Image | Variant::Amp);
                        t(lang, if png { Key::ImageHint } else { Key::EmbedHint })
                    }}
                </p>
                <p role="status" class="kz-iip-status">{move || status.get()}</p>
                <fieldset class="kz-iip-preview-widths">
                    <legend>{t(lang, Key::Preview)}</legend>
                    {widths()}
                </fieldset>
                <iframe
                    class="kz-iip-preview"
                    title=move || embed.with(|e| e.title.clone())
                    src=move || embed.with(|e| e.url.clone())
                    style=move || b.with(|b| format!("width:{}px;height:{}px;border:1px solid #ccc", b.width, kinds::of(b.kind).snippet_height))
                ></iframe>
                <p>
                    <button type="button" on:click=close>{t(lang, Key::Close)}</button>
                </p>
            })}
        </dialog>
    }
}

//! The download menu under a chart (and in the widget): PNG at 2× and SVG of the chart drawn at
//! export size with its title, subtitle, source line and the project's name; CSV of exactly the
//! values it shows; and "Cite this" with the permalink and the data release.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::any::AnyChart;
use crate::charts::canvas::DarkMode;
use crate::charts::export::{self, Csv, ExportMeta, EXPORT_WIDTH};
use crate::charts::frame::Look;
use crate::i18n::{t, Key};
use plotters::prelude::IntoDrawingArea;

use super::app::use_ctx;

/// Saves `bytes` (already a URL: data or blob) under `name`.
fn save_url(url: &str, name: &str) {
    let Ok(a) = document().create_element("a") else {
        return;
    };
    let a: web_sys::HtmlAnchorElement = a.unchecked_into();
    a.set_href(url);
    a.set_download(name);
    a.set_class_name("kz-iip-sr-only");
    if let Some(body) = document().body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
}

/// Saves text as a file of type `mime`.
pub fn save_text(text: &str, name: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
        save_url(&url, name);
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}

/// The format of the menu's button a click was on (`png`, `svg`, `csv`; see
/// `markup::download_menu`), if any.
pub fn clicked_format(e: &web_sys::Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button[data-format]").ok().flatten())
        .and_then(|b| b.get_attribute("data-format"))
}

/// The permalink of the current selection (the explorer's page, also from a widget).
pub fn permalink(query: &str) -> String {
    let loc = window().location();
    let origin = loc.origin().unwrap_or_default();
    let path = loc.pathname().unwrap_or_default();
    let page = path.replace("widget.html", "index.html");
    format!("{origin}{page}?{query}")
}

/// Saves `chart` drawn at export size with `meta` as a PNG at 2× (`height`: the chart's).
pub fn save_png(chart: &AnyChart, meta: &ExportMeta, height: u32, dark: bool, stem: &str) {
    let total_h = height + 120;
    let Ok(el) = document().create_element("canvas") else {
        return;
    };
    let canvas: web_sys::HtmlCanvasElement = el.unchecked_into();
    canvas.set_width(EXPORT_WIDTH * 2);
    canvas.set_height(total_h * 2);
    let Some(backend) = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let look = Look {
        scale: 2.0,
        dark,
        css_width: f64::from(EXPORT_WIDTH),
    };
    let root = crate::charts::backend::Backend::Canvas(backend).into_drawing_area();
    if export::draw_export(&root, chart, meta, &look).is_ok() {
        if let Ok(url) = canvas.to_data_url() {
            save_url(&url, &format!("{stem}.png"));
        }
    }
}

/// Saves `chart` drawn at export size with `meta` as an SVG file.
pub fn save_svg(chart: &AnyChart, meta: &ExportMeta, height: u32, dark: bool, stem: &str) {
    let text = crate::charts::backend::svg(chart, meta, EXPORT_WIDTH, height + 120, dark);
    save_text(&text, &format!("{stem}.svg"), "image/svg+xml");
}

/// What an export prints under a chart: the project's name and the permalink.
pub fn credit(lang: crate::i18n::Lang, link: &str) -> String {
    format!("kz-iip — {} · {link}", t(lang, Key::AppTitle))
}

/// Download menu of one chart.
#[component]
pub fn Downloads(
    /// File-name kind: `trend`, `ranking`, `map`, `activity`, `composition`.
    kind: &'static str,
    /// The chart to export (read only when a download is asked for).
    spec: Signal<AnyChart>,
    /// Title, subtitle and source line printed with it.
    #[prop(into)]
    meta: Signal<(String, String, String)>,
    /// The values it shows.
    #[prop(into)]
    csv: Signal<Csv>,
    /// Chart height in CSS pixels at export width.
    height: u32,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let dark = use_context::<DarkMode>().map_or(Signal::stored(false), |d| d.0);
    let link = Signal::derive(move || filters.with(|f| permalink(&f.to_query())));
    let full_meta = move || {
        let (title, subtitle, source) = meta.get();
        ExportMeta {
            title,
            subtitle,
            source,
            credit: credit(lang, &link.get()),
        }
    };
    let stem = move || filters.with(|f| export::file_stem(kind, f));
    let png = move || {
        save_png(
            &spec.get_untracked(),
            &full_meta(),
            height,
            dark.get_untracked(),
            &stem(),
        );
    };
    let svg = move || {
        save_svg(
            &spec.get_untracked(),
            &full_meta(),
            height,
            dark.get_untracked(),
            &stem(),
        );
    };
    let csv_dl = move || {
        let c = csv.get_untracked();
        save_text(&c.body, &c.name, "text/csv;charset=utf-8");
    };
    let cite = move || export::citation(db, &meta.get().0, &link.get());
    // The menu is the widget's markup (`markup::download_menu`), written only while open: a
    // closed menu costs nothing on a filter change (the citation and permalink are not
    // recomputed on every click); one listener serves its three buttons.
    let (is_open, set_open) = signal(false);
    let node = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| {
        if let Some(d) = node.get() {
            set_open.set(d.open());
        }
    };
    let on_click = move |e: leptos::ev::MouseEvent| match clicked_format(&e).as_deref() {
        Some("png") => png(),
        Some("svg") => svg(),
        Some("csv") => csv_dl(),
        _ => {}
    };
    let menu = move || {
        if is_open.get() {
            crate::markup::download_menu(lang, &cite())
        } else {
            String::new()
        }
    };
    view! {
        <details class="kz-iip-downloads" node_ref=node on:toggle=on_toggle on:click=on_click>
            <summary>{t(lang, Key::Download)}</summary>
            <div inner_html=menu></div>
        </details>
    }
}

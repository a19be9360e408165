//! kz-iip: the Kazakhstan Industrial Production Explorer.
//!
//! The web app: Leptos views ([`components`]), the markup of their read-only parts
//! ([`markup`]), the canvas component and the drawing backend ([`charts`], beside the
//! `kz-iip-charts` crate's charts), the bundled data ([`data`]) and the
//! three entry points ([`start`], [`widget::start`], and [`share_dom::open`], the share
//! dialog's wasm, fetched on its first opening). Layers depend one way: data ← state ←
//! table ← charts (the `kz-iip-data` and `kz-iip-charts` crates) ← these views; [`i18n`] holds
//! every UI string. See ARCHITECTURE.md.

pub mod charts;
pub mod components;
pub mod data;
pub mod markup;
pub mod share;
pub mod share_dom;
pub mod widget;

pub use kz_iip_charts::{i18n, state, table};

use leptos::prelude::*;

/// The wasm's allocator: talc, smaller than the standard library's dlmalloc (#26; measured by
/// scripts/bench.sh). The app is single-threaded (no `atomics`).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Sets a performance mark (for the benchmark's breakdown); failures only affect benchmarks.
pub fn mark(name: &str) {
    if let Some(perf) = window().performance() {
        let _ = perf.mark(name);
    }
}

/// The media query of the system's dark theme (the pages' `theme=auto`).
pub const SYSTEM_DARK: &str = "(prefers-color-scheme: dark)";

/// The page's [`SYSTEM_DARK`] query, to read now or to follow (`web_sys`'s window: the widget
/// uses it too, and carries nothing of Leptos).
pub fn system_dark() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(SYSTEM_DARK).ok().flatten()
}

/// The static first paint's SVG drawings of the trend (one per size and theme; CSS shows one).
const STATIC_DRAWINGS: &str = "#kz-iip-static svg.kz-iip-static-chart";

/// Removes the build's static first paint just before the app mounts in its place: the
/// explorer's default view as HTML + SVG (`#kz-iip-static`), or the widget page's loading line
/// (`#kz-iip-loading`), both written by tools/og.
pub fn remove_static_paint() {
    for id in ["kz-iip-static", "kz-iip-loading"] {
        if let Some(el) = document().get_element_by_id(id) {
            el.remove();
        }
    }
}

/// Decodes the bundled data once and mounts the explorer on `<body>`.
pub fn start() {
    mark("kz-iip:wasm-started");
    let (db, errors) = data::load_bundled();
    mark("kz-iip:data-loaded");
    for e in &errors {
        leptos::logging::warn!("kz-iip data: {e}");
    }
    let db: &'static data::Db = Box::leak(Box::new(db));
    let query = window().location().search().unwrap_or_default();
    let lang = state::query_lang(&query);
    with_catalog(lang, move || start_explorer(db, errors, query));
}

fn start_explorer(db: &'static data::Db, errors: Vec<data::DataError>, query: String) {
    // The page's inline check marked the page (the link asks for another view): its static
    // paint is only the heading and a loading note, so there is nothing to wait for.
    if document()
        .document_element()
        .is_some_and(|html| html.class_list().contains("kz-iip-no-static"))
    {
        remove_static_paint();
    }
    let first = query.clone();
    let mount = move || {
        remove_static_paint();
        leptos::mount::mount_to_body(move || {
            view! { <components::App db=db data_errors=errors query=query sync_url=true /> }
        });
        mark("kz-iip:view-built");
    };
    // The page's loader starts the wasm once the static paint is on screen: the chart can take
    // its place at once (a canvas is no candidate for the largest paint, the text around it
    // is), each step a task of its own (no long task: Lighthouse's total blocking time). The
    // chart is on screen, answering the pointer and the keys, in the next frame; the view is
    // built around it in the task after that frame, by when the static paint has been on screen
    // for two frames (its largest paint reported; the view's own text is no larger: the chart's
    // description is for screen readers). Waiting for the largest-paint entry as well (as the
    // view did when it drew the chart itself) measured worse: Lighthouse's simulated total
    // blocking time (mobile) 49–163 ms, median 100, in 8 runs with that wait; 28–176, median
    // 44, in 15 without.
    let zero = std::time::Duration::ZERO;
    set_timeout(
        move || {
            if first_chart(db, &first) {
                after_frame(mount);
            } else {
                after_static_paint(mount);
            }
        },
        zero,
    );
}

/// Runs `then` in a task after the next frame, or after 100 ms where no frame comes (a
/// background tab draws none until it is shown): once.
fn after_frame(then: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;
    let slot = Rc::new(Cell::new(Some(then)));
    let run = move || {
        if let Some(f) = slot.take() {
            f();
        }
    };
    let later = run.clone();
    request_animation_frame(move || set_timeout(later, std::time::Duration::ZERO));
    set_timeout(run, std::time::Duration::from_millis(100));
}

/// Draws the explorer's first chart into the static first paint, in place of its SVG drawing,
/// and hands it to the view that will show it (#26: the interactive chart before the rest of
/// the view is built; the trend view adopts it, see [`charts::instrument::take_handed`]).
/// Only where the page opened on the view the static paint shows (the trend); returns whether
/// it drew.
fn first_chart(db: &'static data::Db, query: &str) -> bool {
    use crate::charts::instrument::{hand_over, Hooks, Instrument};
    let (f, _) = state::Filters::from_query(query, db);
    let svg = document().query_selector(STATIC_DRAWINGS);
    let (Ok(Some(svg)), state::View::Trend) = (svg, f.view) else {
        return false;
    };
    let spec = charts::spec::trend(db, &f, f.lang);
    let height = charts::canvas::TREND_HEIGHT;
    let mut html = markup::Html::default();
    markup::chart_box(&mut html, f.lang, (&spec.name(), &spec.summary()), height);
    let Ok(holder) = document().create_element("div") else {
        return false;
    };
    holder.set_inner_html(&html.finish());
    let Some(chart) = holder.first_element_child() else {
        return false;
    };
    if svg.before_with_node_1(&chart).is_err() {
        return false;
    }
    // The drawings of the other sizes and themes go with it (CSS showed one of them).
    if let Ok(all) = document().query_selector_all(STATIC_DRAWINGS) {
        for i in 0..all.length() {
            if let Some(el) = all
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                el.remove();
            }
        }
    }
    let dark = f.theme.is_dark(system_dark().is_some_and(|q| q.matches()));
    let look = (height, f.lang, dark);
    match Instrument::mount(chart, spec.into(), look, Hooks::default()) {
        Some(chart) => {
            hand_over(chart);
            true
        }
        None => false,
    }
}

/// Runs `then` once the page's language (`lang`, the query's; English without one) can be
/// written: at once for a language compiled in; else once the page's loader has fetched that
/// language's catalog file (it starts the fetch beside the wasm's) and it is installed. Without
/// the file (no loader, a failed fetch, a damaged file) the page is English with a notice
/// (`Filters::from_query`), English fetched the same way where the wasm has none (the
/// explorer's, #26). Only if no language at all can be had does `then` not run: the page then
/// says it could not load, as when the wasm cannot be fetched.
pub fn with_catalog(lang: Option<i18n::Lang>, then: impl FnOnce() + 'static) {
    install_then(lang.unwrap_or(i18n::Lang::En), then);
}

fn install_then(lang: i18n::Lang, then: impl FnOnce() + 'static) {
    use i18n::{catalog::available, Lang};
    if available(lang) {
        return then();
    }
    fetch_file(lang.tag(), move |bytes| {
        if let Some(bytes) = bytes {
            if let Err(e) = i18n::catalog::install(lang, &bytes) {
                leptos::logging::warn!("kz-iip: the {} catalog was refused: {e:?}", lang.tag());
            }
        }
        if available(lang) || available(Lang::En) {
            then();
        } else if lang != Lang::En {
            install_then(Lang::En, then);
        } else if let Some(html) = document().document_element() {
            // The static first paint's line says so (postbuild.mjs marks the same class when
            // the wasm cannot be fetched).
            let _ = html.class_list().add_1("kz-iip-load-failed");
        }
    });
}

/// Runs `then` with the bytes of one of the build's files beside the wasm, as the page's loader
/// fetched them (`window.kzIipFile(key)`, a promise of its bytes or null; `key` a language's
/// tag for its catalog, or `later` for the data only About the data and Output show), or
/// with `None`: no loader (a test's page), a failed fetch, a loader of another build.
pub fn fetch_file(key: &str, then: impl FnOnce(Option<Vec<u8>>) + 'static) {
    use wasm_bindgen::JsCast;
    call_loader("kzIipFile", Some(key), move |value| {
        then(value.and_then(|v| {
            v.dyn_ref::<js_sys::ArrayBuffer>()
                .map(|buf| js_sys::Uint8Array::new(buf).to_vec())
        }));
    });
}

/// Calls the page loader's `window[name]` (with `arg`, if any) and runs `then` once with what
/// its promise settled with — a rejection's reason too: callers check that they got what they
/// asked for — or with `None` where there is no such loader (a test's page, a loader of
/// another build). The files beside the wasm ([`fetch_file`]) and the share dialog's wasm
/// (`kzIipShare`) come this way.
pub fn call_loader(
    name: &str,
    arg: Option<&str>,
    then: impl FnOnce(Option<wasm_bindgen::JsValue>) + 'static,
) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let promise = js_sys::Reflect::get(&window(), &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| match arg {
            Some(a) => f.call1(&JsValue::NULL, &JsValue::from_str(a)).ok(),
            None => f.call0(&JsValue::NULL).ok(),
        })
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        return then(None);
    };
    let mut then = Some(then);
    let settled = Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
        if let Some(f) = then.take() {
            f(Some(value));
        }
    });
    // Fulfilled or rejected: `then` runs once.
    let _ = promise.then2(&settled, &settled);
    settled.forget();
}

/// Runs `mount` once the browser has recorded the static first paint as the page's largest
/// contentful paint (replacing it sooner lost that record: the app's own heading, painted
/// later, then counted as the page's main content). It waits only while that paint has not
/// happened (the visitor sees nothing yet either way), at most a second; at once in a hidden
/// tab, where nothing is painted, and where there is no static paint or no such record.
fn after_static_paint(mount: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    const LCP: &str = "largest-contentful-paint";
    let supported = js_sys::Reflect::get(&window(), &JsValue::from_str("PerformanceObserver"))
        .and_then(|po| js_sys::Reflect::get(&po, &JsValue::from_str("supportedEntryTypes")))
        .is_ok_and(|types| js_sys::Array::from(&types).includes(&JsValue::from_str(LCP), 0));
    if !supported || document().hidden() || document().get_element_by_id("kz-iip-static").is_none()
    {
        mount();
        return;
    }
    type Once = Option<Box<dyn FnOnce()>>;
    let slot: Rc<RefCell<Once>> = Rc::new(RefCell::new(Some(Box::new(mount))));
    let run = {
        let slot = slot.clone();
        move || {
            let next = slot.borrow_mut().take();
            if let Some(m) = next {
                m();
            }
        }
    };
    let observed = Closure::<dyn FnMut(JsValue, web_sys::PerformanceObserver)>::new({
        let run = run.clone();
        move |_, observer: web_sys::PerformanceObserver| {
            observer.disconnect();
            run();
        }
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(
        &options,
        &JsValue::from_str("type"),
        &JsValue::from_str(LCP),
    );
    let _ = js_sys::Reflect::set(&options, &JsValue::from_str("buffered"), &JsValue::TRUE);
    match web_sys::PerformanceObserver::new(observed.as_ref().unchecked_ref()) {
        Ok(observer) => observer.observe(options.unchecked_ref()),
        Err(_) => run(),
    }
    // Runs once at start-up.
    observed.forget();
    set_timeout(run, std::time::Duration::from_millis(1000));
}

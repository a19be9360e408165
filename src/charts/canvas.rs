//! The one component that owns a DOM `<canvas>`: sizes its pixel buffer to the element's CSS
//! width × devicePixelRatio (sharp on HiDPI screens), redraws when the spec, the marks, the
//! theme, the canvas's width (a ResizeObserver) or the page's pixel ratio ([`PixelRatio`])
//! change, and sets the `kz-iip:first-chart` performance mark after the first paint.
//!
//! It also makes the chart an instrument: the pointer (mouse, pen, finger) and the keyboard
//! (one tab stop; arrows, Home/End, Escape) move a read-out whose text comes from
//! [`Interactive`]; the focused item is drawn with a focus mark and spoken through a polite
//! live region; the generated summary is the canvas's accessible description.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::any::AnyChart;
use super::backend::Backend;
use super::export::Drawable;
use super::frame::{Frame, Look, Marks};
use super::interact::{Interactive, STEP_KEYS};
use crate::i18n::{t, Key, Lang};

/// Name of the performance mark set once, after the first chart is painted.
pub const FIRST_CHART_MARK: &str = "kz-iip:first-chart";

static MARKED: AtomicBool = AtomicBool::new(false);
pub(crate) static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// Whether charts are drawn on a dark background (provided by the root; light if absent).
#[derive(Clone, Copy)]
pub struct DarkMode(pub Signal<bool>);

/// The page's device-pixel ratio (1–4), provided by the root ([`provide_pixel_ratio`]). It
/// changes with the browser's zoom and when the window moves to a screen of another density,
/// often with no change of the canvas's CSS size (a chart at its maximum width): without it the
/// chart stayed drawn for the old ratio, blurred, until something else redrew it.
#[derive(Clone, Copy)]
pub struct PixelRatio(pub RwSignal<f64>);

/// Provides [`PixelRatio`] to the charts below the root, kept current by [`watch_ratio`].
pub fn provide_pixel_ratio() {
    let ratio = RwSignal::new(current_ratio());
    watch_ratio(std::rc::Rc::new(move |r| ratio.try_set(r).is_none()));
    provide_context(PixelRatio(ratio));
}

/// The page's device-pixel ratio, within 1–4.
pub(crate) fn current_ratio() -> f64 {
    window().device_pixel_ratio().clamp(1.0, 4.0)
}

/// Calls `on_change` with the new ratio each time the page leaves its present pixel ratio (a
/// media query that matches only the present ratio, re-armed for each new one), for as long as
/// it returns `true`.
pub(crate) fn watch_ratio(on_change: std::rc::Rc<dyn Fn(f64) -> bool>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let query = format!("(resolution: {}dppx)", window().device_pixel_ratio());
    let Ok(Some(list)) = window().match_media(&query) else {
        return;
    };
    // Runs at most once (the listener is `once`); one small closure per change of ratio stays.
    let listener = Closure::<dyn FnMut()>::new(move || {
        if on_change(current_ratio()) {
            watch_ratio(on_change.clone());
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = list.add_event_listener_with_callback_and_add_event_listener_options(
        "change",
        listener.as_ref().unchecked_ref(),
        &options,
    );
    listener.forget();
}

/// Draws `spec` into a canvas as wide as its container and `height` CSS pixels tall.
#[component]
pub fn ChartCanvas(
    /// What to draw; the canvas repaints whenever it changes.
    #[prop(into)]
    spec: Signal<AnyChart>,
    /// Height in CSS pixels.
    height: u32,
    /// The chart's name (its title): the accessible name of the canvas.
    #[prop(into)]
    label: Signal<String>,
    /// The page's language (read-out words).
    lang: Lang,
    /// Hover, focus and legend state, shared with a legend; the canvas keeps its own if absent.
    #[prop(optional)]
    marks: Option<RwSignal<Marks>>,
    /// Print the generated summary under the chart (else it is only the accessible description).
    #[prop(optional)]
    show_summary: bool,
    /// What Enter or a click on an item does (the map selects a region).
    #[prop(optional, into)]
    on_activate: Option<Callback<super::frame::Pick>>,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let marks = marks.unwrap_or_else(|| RwSignal::new(Marks::default()));
    let dark = use_context::<DarkMode>().map_or(Signal::stored(false), |d| d.0);
    let ratio = use_context::<PixelRatio>().map_or_else(|| RwSignal::new(current_ratio()), |r| r.0);
    let frame = RwSignal::new(Frame::default());
    let said = RwSignal::new(String::new());
    // The canvas's CSS width, kept by a ResizeObserver: a redraw never reads layout (reading
    // `clientWidth` after a filter change forced a synchronous layout on every click).
    let width = RwSignal::new(0.0_f64);
    watch_width(canvas, width);
    let last = StoredValue::new(None::<AnyChart>);
    Effect::new(move |_| {
        // Drawn once the observer has reported the laid-out width (in the rendering step of
        // the canvas's first frame, before that frame is painted): asking for the width
        // earlier forced a layout of the half-built page, and the observer's report then
        // drew the chart a second time.
        let css_width = width.get();
        if css_width <= 0.0 {
            return;
        }
        let spec = spec.get();
        // A new selection: the old read-out refers to other items.
        if last.with_value(|l| l.as_ref() != Some(&spec)) {
            last.set_value(Some(spec.clone()));
            if marks.with_untracked(|m| m.active.is_some() || !m.hidden.is_empty()) {
                marks.update(|m| *m = Marks::default());
            }
        }
        let m = marks.get();
        let dark = dark.get();
        let dpr = ratio.get();
        if let Some(el) = canvas.get() {
            if let Some(f) = paint(&el, &spec, height, dark, &m, (css_width, dpr)) {
                frame.set(f);
            }
        }
    });
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let desc_id = format!("kz-iip-chart-desc-{id}");
    let summary = Memo::new(move |_| spec.with(Interactive::summary));
    let readout = Memo::new(move |_| {
        let m = marks.get();
        let p = m.active?;
        frame.with(|f| spec.with(|s| s.readout(f, &m, p)))
    });
    let dpr = move || ratio.get_untracked();
    let to_device = move |x: i32, y: i32| (f64::from(x) * dpr(), f64::from(y) * dpr());
    let on_move = move |ev: web_sys::PointerEvent| {
        let (x, y) = to_device(ev.offset_x(), ev.offset_y());
        let pick = frame.with(|f| spec.with(|s| s.pick(f, &marks.get_untracked(), x, y)));
        let series = spec.with(is_series);
        marks.update(|m| {
            m.point(pick, series);
        });
    };
    let on_leave = move |_| marks.update(Marks::leave);
    let on_click = move |ev: web_sys::MouseEvent| {
        let (x, y) = to_device(ev.offset_x(), ev.offset_y());
        let pick = frame.with(|f| spec.with(|s| s.pick(f, &marks.get_untracked(), x, y)));
        if let (Some(cb), Some(p)) = (on_activate, pick) {
            cb.run(p);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            if let (Some(cb), Some(p)) = (on_activate, marks.with_untracked(|m| m.active)) {
                ev.prevent_default();
                cb.run(p);
            }
            return;
        }
        if key == "Escape" {
            marks.update(Marks::clear);
            said.set(String::new());
            if let Some(el) = canvas.get() {
                let _ = el.blur();
            }
            return;
        }
        if !STEP_KEYS.contains(&key.as_str()) {
            return;
        }
        ev.prevent_default();
        let current = marks.with_untracked(|m| m.active);
        let next = spec.with(|s| s.step(&marks.get_untracked(), current, &key));
        let series = spec.with(is_series);
        marks.update(|m| m.key_to(next, series));
        let sentence = readout.with_untracked(|r| r.as_ref().map(|r| r.sentence.clone()));
        said.set(sentence.unwrap_or_default());
    };
    let on_focus = move |_| {
        if marks.with_untracked(|m| m.active.is_none()) {
            let first = spec.with(|s| s.step(&marks.get_untracked(), None, "Home"));
            marks.update(|m| {
                m.focus(first);
            });
            let sentence = readout.with_untracked(|r| r.as_ref().map(|r| r.sentence.clone()));
            said.set(sentence.unwrap_or_default());
        }
    };
    let on_blur = move |_| marks.update(Marks::blur);
    let ticks = move || frame.with(ticks_attr);
    // The mapping, for end-to-end tests that point at a value.
    let frame_attr = move || frame.with(frame_attr);
    let tooltip = move || {
        readout.get().map(|r| {
            let (style, html) =
                crate::markup::tooltip(lang, &r, frame.get_untracked().scale, dark.get_untracked());
            view! { <div class="kz-iip-tooltip" style=style aria-hidden="true" inner_html=html></div> }
        })
    };
    view! {
        <div class="kz-iip-chart">
            <canvas
                node_ref=canvas
                class="kz-iip-canvas"
                tabindex="0"
                role="application"
                aria-roledescription=t(lang, Key::ChartRole)
                aria-label=move || label.get()
                aria-describedby=desc_id.clone()
                data-x-ticks=ticks
                data-frame=frame_attr
                style=format!("height:{height}px")
                on:pointermove=on_move
                on:pointerdown=on_move
                on:pointerleave=on_leave
                on:click=on_click
                on:keydown=on_key
                on:focus=on_focus
                on:blur=on_blur
            ></canvas>
            {tooltip}
            // The accessible description; printed where a reader wants the summary in words.
            <p id=desc_id class=if show_summary { "kz-iip-chart-desc" } else { "kz-iip-sr-only" }>
                {move || summary.get()}
            </p>
            <p class="kz-iip-sr-only" aria-live="polite">{move || said.get()}</p>
        </div>
    }
}

/// The x-axis ticks as JSON (`data-x-ticks`: the end-to-end tests read them).
pub(crate) fn ticks_attr(f: &Frame) -> String {
    let list: Vec<String> = f
        .x_ticks
        .iter()
        .map(|t| {
            // JSON by the export's writer: Rust's `{:?}` wrote `\u{a0}`, not JSON.
            let mut text = String::new();
            crate::charts::export::json_string(&mut text, &t.text);
            format!("{{\"text\":{text},\"x\":{:.1}}}", t.x)
        })
        .collect();
    format!("[{}]", list.join(","))
}

/// The pixel ↔ value mapping (`data-frame`: the end-to-end tests point at values with it).
pub(crate) fn frame_attr(f: &Frame) -> String {
    format!(
        "{:.1},{:.1},{:.1},{:.1},{},{},{},{},{}",
        f.left, f.top, f.right, f.bottom, f.x.0, f.x.1, f.y.0, f.y.1, f.scale
    )
}

/// Whether the chart's items belong to series that can be emphasised (line charts).
pub(crate) fn is_series(s: &AnyChart) -> bool {
    s.has_series()
}

pub(crate) fn paint(
    el: &HtmlCanvasElement,
    spec: &AnyChart,
    height: u32,
    dark: bool,
    marks: &Marks,
    (css_width, dpr): (f64, f64),
) -> Option<Frame> {
    let (w, h) = (
        (css_width * dpr).round() as u32,
        (f64::from(height) * dpr).round() as u32,
    );
    if el.width() != w {
        el.set_width(w);
    }
    if el.height() != h {
        el.set_height(h);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) else {
        leptos::logging::warn!("kz-iip: canvas 2D context unavailable");
        return None;
    };
    let root = Backend::Canvas(backend).into_drawing_area();
    let look = Look {
        scale: dpr,
        dark,
        css_width,
    };
    match spec.draw_on(&root, &look, marks) {
        Ok(frame) => {
            mark_first_chart();
            Some(frame)
        }
        Err(e) => {
            leptos::logging::warn!("kz-iip: drawing failed: {e:?}");
            None
        }
    }
}

/// Keeps `width` equal to the canvas's CSS width (whole pixels) while it is mounted.
fn watch_width(canvas: NodeRef<leptos::html::Canvas>, width: RwSignal<f64>) {
    use wasm_bindgen::{closure::Closure, JsCast};
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
            return;
        };
        let w = entry.content_rect().width().round();
        if w > 0.0 && width.get_untracked() != w {
            width.set(w);
        }
    });
    let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else {
        return;
    };
    canvas.on_load({
        let observer = observer.clone();
        move |el| observer.observe(&el)
    });
    // Dropped with the component: the observer stops and the callback is freed.
    let held = StoredValue::new_local((observer, on_resize));
    on_cleanup(move || {
        let _ = held.try_with_value(|(observer, _)| observer.disconnect());
    });
}

fn mark_first_chart() {
    if MARKED.swap(true, Ordering::Relaxed) {
        return;
    }
    if let Some(perf) = window().performance() {
        // A failed mark only affects benchmarks; nothing to tell the user.
        let _ = perf.mark(FIRST_CHART_MARK);
    }
}

/// A chart's spec signal as the one type the canvas and the download menu take (memoised: a
/// clone per change of the spec, none per read).
pub fn any_chart<S>(spec: impl Get<Value = S> + Send + Sync + 'static) -> Signal<AnyChart>
where
    S: Into<AnyChart>,
{
    Memo::new(move |_| spec.get().into()).into()
}

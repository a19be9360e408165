//! The explorer's chart component: a `.kz-iip-chart` box written as markup and handed to an
//! [`Instrument`] (the same controller as the widget's), fed from the view's signals — the
//! spec, the theme ([`DarkMode`]), the accessible name and the marks it shares with a legend.
//! Also what both entry points draw with: [`paint`], the `data-` attributes the end-to-end
//! tests read, the pixel ratio and its watcher, and the `kz-iip:first-chart` performance mark
//! set after the first paint.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

use super::any::AnyChart;
use super::backend::Backend;
use super::export::Drawable;
use super::frame::{Frame, Look, Marks};
use super::instrument::{Hooks, Instrument, OnMarks};
use super::interact::Interactive;
use crate::i18n::Lang;

/// Name of the performance mark set once, after the first chart is painted.
pub const FIRST_CHART_MARK: &str = "kz-iip:first-chart";

/// The explorer's trend chart's height in CSS pixels (also the chart drawn into the static
/// first paint before the view is built: [`crate::first_chart`]).
pub const TREND_HEIGHT: u32 = 340;

static MARKED: AtomicBool = AtomicBool::new(false);
pub(crate) static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// Whether charts are drawn on a dark background (provided by the root; light if absent).
#[derive(Clone, Copy)]
pub struct DarkMode(pub Signal<bool>);

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
    /// Hover, focus and legend state, shared with a legend.
    #[prop(optional)]
    marks: Option<RwSignal<Marks>>,
    /// What Enter or a click on an item does (the map selects a region).
    #[prop(optional, into)]
    on_activate: Option<Callback<super::frame::Pick>>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let dark = use_context::<DarkMode>().map_or(Signal::stored(false), |d| d.0);
    // The chart drawn into the static first paint, if it waits for this view: its box's
    // content moves here (none is written for it), brought to this view's spec, theme and
    // name below.
    let handed = super::instrument::take_handed(height);
    let mut html = crate::markup::Html::default();
    if handed.is_none() {
        let summary = spec.with_untracked(Interactive::summary);
        let name = label.get_untracked();
        crate::markup::chart_box_content(&mut html, lang, (&name, &summary), height);
    }
    let held = StoredValue::new_local(handed);
    node.on_load(move |el| {
        let hooks = Hooks {
            on_marks: marks.map(|m| {
                Box::new(move |now: &Marks| {
                    if m.with_untracked(|old| old != now) {
                        m.set(now.clone());
                    }
                }) as OnMarks
            }),
            on_activate: on_activate.map(|cb| Box::new(move |p| cb.run(p)) as Box<dyn Fn(_)>),
        };
        // The handed chart: each update a no-op when equal (the effects below may have run
        // before the box was loaded).
        let chart = match held.with_value(Clone::clone) {
            Some(chart) => {
                chart.adopt(&el, hooks);
                chart.set_dark(dark.get_untracked());
                chart.set_spec(spec.get_untracked());
                let _ = chart
                    .canvas()
                    .set_attribute("aria-label", &label.get_untracked());
                Some(chart)
            }
            None => {
                let look = (height, lang, dark.get_untracked());
                Instrument::mount(el.into(), spec.get_untracked(), look, hooks)
            }
        };
        held.set_value(chart);
    });
    // What the signals change; each is a no-op while equal to what is drawn.
    Effect::new(move |_| {
        let (s, d) = (spec.get(), dark.get());
        held.with_value(|i| {
            if let Some(i) = i {
                i.set_dark(d);
                i.set_spec(s);
            }
        });
    });
    if let Some(m) = marks {
        Effect::new(move |_| {
            let m = m.get();
            held.with_value(|i| i.as_ref().map(|i| i.set_marks(m)));
        });
    }
    Effect::new(move |_| {
        let name = label.get();
        held.with_value(|i| {
            i.as_ref()
                .map(|i| i.canvas().set_attribute("aria-label", &name))
        });
    });
    on_cleanup(move || {
        let _ = held.try_with_value(|i| i.as_ref().map(|i| i.dispose()));
    });
    view! { <div class="kz-iip-chart" node_ref=node inner_html=html.finish()></div> }
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

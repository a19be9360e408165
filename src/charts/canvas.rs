//! The one component that owns a DOM `<canvas>`: sizes its pixel buffer to the element's CSS
//! width × devicePixelRatio (sharp on HiDPI screens), redraws when the spec or the window size
//! changes, and sets the `kz-iip:first-chart` performance mark after the first paint.

use std::sync::atomic::{AtomicBool, Ordering};

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// A pure drawing function for a spec `S` (see [`crate::charts::draw`]).
pub type DrawFn<S> = fn(
    &DrawingArea<CanvasBackend, Shift>,
    &S,
    f64,
) -> Result<
    (),
    DrawingAreaErrorKind<<CanvasBackend as plotters::prelude::DrawingBackend>::ErrorType>,
>;

/// Name of the performance mark set once, after the first chart is painted.
pub const FIRST_CHART_MARK: &str = "kz-iip:first-chart";

static MARKED: AtomicBool = AtomicBool::new(false);

/// Draws `spec` with `draw` into a canvas as wide as its container and `height` CSS pixels tall.
#[component]
pub fn ChartCanvas<S>(
    /// What to draw; the canvas repaints whenever it changes.
    #[prop(into)]
    spec: Signal<S>,
    /// The pure drawing function.
    draw: DrawFn<S>,
    /// Height in CSS pixels.
    height: u32,
    /// Text alternative of the chart (the table under it carries the numbers).
    #[prop(into)]
    label: Signal<String>,
) -> impl IntoView
where
    S: Clone + Send + Sync + 'static,
{
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let (resized, set_resized) = signal(0u32);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_resized.update(|n| *n = n.wrapping_add(1));
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        resized.track();
        let spec = spec.get();
        if let Some(el) = canvas.get() {
            paint(&el, &spec, draw, height);
        }
    });
    view! {
        <canvas
            node_ref=canvas
            class="kz-iip-canvas"
            role="img"
            aria-label=move || label.get()
            style=format!("height:{height}px")
        ></canvas>
    }
}

fn paint<S>(el: &HtmlCanvasElement, spec: &S, draw: DrawFn<S>, height: u32) {
    let dpr = window().device_pixel_ratio().clamp(1.0, 4.0);
    let css_width = match el.client_width() {
        w if w > 0 => w as f64,
        _ => 640.0,
    };
    el.set_width((css_width * dpr).round() as u32);
    el.set_height((height as f64 * dpr).round() as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(el.clone()) else {
        leptos::logging::warn!("kz-iip: canvas 2D context unavailable");
        return;
    };
    let root = backend.into_drawing_area();
    match draw(&root, spec, dpr) {
        Ok(()) => mark_first_chart(),
        Err(e) => leptos::logging::warn!("kz-iip: drawing failed: {e:?}"),
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

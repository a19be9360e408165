//! Benchmark probe (not shipped): the smallest wasm this stack makes for one interactive chart.
//!
//! It decodes the bundled data, reads the query as the app does, draws the trend on a canvas
//! with the app's drawing code and answers the pointer with the app's read-out — and has no
//! Leptos, no legend, no table, no source line, no downloads. `scripts/bench.sh` builds it like
//! the app's wasm (wasm-bindgen, wasm-opt with the same flags) and prints its brotli size: the
//! floor under any first view that draws a chart from the bundled data (issue #9's budgets).

#[cfg(target_arch = "wasm32")]
fn main() {
    use kz_iip::charts::{
        any::AnyChart,
        backend::Backend,
        export::Drawable,
        frame::{Look, Marks},
        interact::Interactive,
        spec,
    };
    use kz_iip::state::Filters;
    use plotters::prelude::IntoDrawingArea;
    use plotters_canvas::CanvasBackend;
    use wasm_bindgen::{closure::Closure, JsCast};

    let Some(win) = web_sys::window() else { return };
    let Some(doc) = win.document() else { return };
    let Some(body) = doc.body() else { return };
    let (db, _) = kz_iip::data::load_bundled();
    let db: &'static kz_iip::data::Db = Box::leak(Box::new(db));
    let (filters, _) = Filters::from_query(&win.location().search().unwrap_or_default(), db);
    let chart = AnyChart::from(spec::trend(db, &filters, filters.lang));
    let Some(canvas) = doc
        .create_element("canvas")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    let Ok(readout) = doc.create_element("p") else {
        return;
    };
    canvas.set_width(800);
    canvas.set_height(400);
    let _ = body.append_child(&canvas);
    let _ = body.append_child(&readout);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let look = Look::light(1.0, 800.0);
    let Ok(frame) = chart.draw_on(
        &Backend::Canvas(backend).into_drawing_area(),
        &look,
        &Marks::default(),
    ) else {
        return;
    };
    let on_move =
        Closure::<dyn FnMut(web_sys::PointerEvent)>::new(move |e: web_sys::PointerEvent| {
            let marks = Marks::default();
            let (x, y) = (f64::from(e.offset_x()), f64::from(e.offset_y()));
            if let Some(r) = chart
                .pick(&frame, &marks, x, y)
                .and_then(|p| chart.readout(&frame, &marks, p))
            {
                readout.set_text_content(Some(&r.sentence));
            }
        });
    let _ =
        canvas.add_event_listener_with_callback("pointermove", on_move.as_ref().unchecked_ref());
    on_move.forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("floor: a wasm probe; scripts/bench.sh builds it for wasm32-unknown-unknown");
}

//! A chart on a `<canvas>` without Leptos: the widget's. The same instrument as the explorer's
//! [`ChartCanvas`](super::canvas::ChartCanvas) — drawn by its [`paint`], the marks moved by
//! [`Marks`]' methods, read-outs from [`Interactive`], the tooltip's markup from
//! [`crate::markup::tooltip`], the same `data-` attributes — wired to the DOM's events by hand,
//! for a widget that carries no reactive runtime (#26).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, HtmlCanvasElement};

use super::any::AnyChart;
use super::canvas::{current_ratio, frame_attr, is_series, paint, ticks_attr, watch_ratio};
use super::frame::{Frame, Marks};
use super::interact::{Interactive, STEP_KEYS};
use crate::i18n::Lang;

/// One drawn chart and its read-out state.
pub struct Instrument {
    canvas: HtmlCanvasElement,
    /// The `.kz-iip-chart` box: the tooltip goes in it, after the canvas.
    chart: Element,
    /// The polite live region that speaks keyboard read-outs.
    said: Element,
    spec: AnyChart,
    height: u32,
    lang: Lang,
    state: RefCell<State>,
}

struct State {
    marks: Marks,
    frame: Frame,
    /// The canvas's CSS width (a ResizeObserver's), and the page's pixel ratio.
    width: f64,
    dpr: f64,
    dark: bool,
}

impl Instrument {
    /// Takes over the canvas of `chart` (a `.kz-iip-chart` box as
    /// [`crate::markup::chart_box`] writes it, in the document): draws `spec` at once, and again
    /// whenever its width, the pixel ratio or the theme changes; answers the pointer and the
    /// keyboard.
    pub fn mount(
        chart: Element,
        spec: AnyChart,
        height: u32,
        lang: Lang,
        dark: bool,
    ) -> Option<Rc<Self>> {
        let canvas = chart.query_selector("canvas").ok()??.dyn_into().ok()?;
        let said = chart.query_selector("[aria-live]").ok()??;
        let this = Rc::new(Self {
            canvas,
            chart,
            said,
            spec,
            height,
            lang,
            state: RefCell::new(State {
                marks: Marks::default(),
                frame: Frame::default(),
                width: 0.0,
                dpr: current_ratio(),
                dark,
            }),
        });
        this.listen();
        // Drawn at once, at the width laid out now: the widget's page is small and already in
        // the document, so reading it costs one short layout and saves the frame the observer
        // would take to report it (which then finds the same width and does not redraw).
        let width = f64::from(this.canvas.client_width());
        if width > 0.0 {
            this.state.borrow_mut().width = width;
            this.repaint();
        }
        Some(this)
    }

    /// Redraws in the other theme.
    pub fn set_dark(&self, dark: bool) {
        self.state.borrow_mut().dark = dark;
        self.repaint();
    }

    /// Draws the chart and its tooltip; returns the active item's sentence (empty if none),
    /// for the live region when the keyboard moved.
    fn repaint(&self) -> String {
        let mut st = self.state.borrow_mut();
        if st.width <= 0.0 {
            return String::new();
        }
        if let Some(f) = paint(
            &self.canvas,
            &self.spec,
            self.height,
            st.dark,
            &st.marks,
            (st.width, st.dpr),
        ) {
            let _ = self.canvas.set_attribute("data-frame", &frame_attr(&f));
            let _ = self.canvas.set_attribute("data-x-ticks", &ticks_attr(&f));
            st.frame = f;
        }
        // The tooltip of the active item, or none.
        if let Ok(Some(old)) = self.chart.query_selector(".kz-iip-tooltip") {
            old.remove();
        }
        let readout = st
            .marks
            .active
            .and_then(|p| self.spec.readout(&st.frame, &st.marks, p));
        let Some(r) = readout else {
            return String::new();
        };
        {
            let (style, html) = crate::markup::tooltip(self.lang, &r, st.frame.scale, st.dark);
            let doc = self.canvas.owner_document();
            if let Some(tip) = doc.and_then(|d| d.create_element("div").ok()) {
                tip.set_class_name("kz-iip-tooltip");
                let _ = tip.set_attribute("style", &style);
                let _ = tip.set_attribute("aria-hidden", "true");
                tip.set_inner_html(&html);
                let _ = self.canvas.after_with_node_1(&tip);
            }
        }
        r.sentence
    }

    /// Speaks `sentence` through the polite live region.
    fn speak(&self, sentence: &str) {
        self.said.set_text_content(Some(sentence));
    }

    fn pointer(&self, x: i32, y: i32) {
        let changed = {
            let mut st = self.state.borrow_mut();
            let (px, py) = (f64::from(x) * st.dpr, f64::from(y) * st.dpr);
            let pick = self.spec.pick(&st.frame, &st.marks, px, py);
            let series = is_series(&self.spec);
            st.marks.point(pick, series)
        };
        if changed {
            self.repaint();
        }
    }

    fn key(&self, ev: &web_sys::KeyboardEvent) {
        let key = ev.key();
        if key == "Escape" {
            self.state.borrow_mut().marks.clear();
            self.speak("");
            let _ = self.canvas.blur();
            self.repaint();
            return;
        }
        if !STEP_KEYS.contains(&key.as_str()) {
            return;
        }
        ev.prevent_default();
        {
            let mut st = self.state.borrow_mut();
            let next = self.spec.step(&st.marks, st.marks.active, &key);
            st.marks.key_to(next, is_series(&self.spec));
        }
        let sentence = self.repaint();
        self.speak(&sentence);
    }

    fn listen(self: &Rc<Self>) {
        let on = |name: &str, f: Box<dyn FnMut(web_sys::Event)>| {
            let f = Closure::<dyn FnMut(web_sys::Event)>::wrap(f);
            let _ = self
                .canvas
                .add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
            // The widget's chart lives as long as its page.
            f.forget();
        };
        for name in ["pointermove", "pointerdown"] {
            let this = self.clone();
            on(
                name,
                Box::new(move |e| {
                    if let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() {
                        this.pointer(e.offset_x(), e.offset_y());
                    }
                }),
            );
        }
        let this = self.clone();
        on(
            "pointerleave",
            Box::new(move |_| {
                this.state.borrow_mut().marks.leave();
                this.repaint();
            }),
        );
        let this = self.clone();
        on(
            "keydown",
            Box::new(move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    this.key(e);
                }
            }),
        );
        let this = self.clone();
        on(
            "focus",
            Box::new(move |_| {
                let took = {
                    let mut st = this.state.borrow_mut();
                    let first = this.spec.step(&st.marks, None, "Home");
                    st.marks.focus(first)
                };
                if took {
                    let sentence = this.repaint();
                    this.speak(&sentence);
                }
            }),
        );
        let this = self.clone();
        on(
            "blur",
            Box::new(move |_| {
                this.state.borrow_mut().marks.blur();
                this.repaint();
            }),
        );
        // The CSS width, from a ResizeObserver (drawn when it first reports it).
        let this = self.clone();
        let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let w = entry.content_rect().width().round();
            let changed = {
                let mut st = this.state.borrow_mut();
                let changed = w > 0.0 && st.width != w;
                if changed {
                    st.width = w;
                }
                changed
            };
            if changed {
                this.repaint();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&self.canvas);
        }
        on_resize.forget();
        let this = self.clone();
        watch_ratio(Rc::new(move |r| {
            this.state.borrow_mut().dpr = r;
            this.repaint();
            true
        }));
    }
}

//! The one controller of a chart's `<canvas>`, for both entry points: the widget wires it to
//! its page by hand, the explorer's [`ChartCanvas`](super::canvas::ChartCanvas) feeds it from
//! its signals. It sizes the pixel buffer to the element's CSS width × devicePixelRatio (sharp
//! on HiDPI screens) and redraws when the spec, the marks, the theme, the width (a
//! ResizeObserver) or the pixel ratio change; drawn by [`paint`], the marks moved by [`Marks`]'
//! methods, read-outs from [`Interactive`], the tooltip's markup from [`crate::markup::tooltip`]
//! (#26: the explorer's Leptos canvas component cost more wasm than this whole controller).
//!
//! It makes the chart an instrument: the pointer (mouse, pen, finger) and the keyboard (one
//! tab stop; arrows, Home/End, Escape) move a read-out; the focused item is drawn with a focus
//! mark and spoken through a polite live region; the generated summary is the canvas's
//! accessible description.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, HtmlCanvasElement};

use super::any::AnyChart;
use super::canvas::{current_ratio, frame_attr, is_series, paint, ticks_attr, watch_ratio};
use super::frame::{Frame, Marks, Pick};
use super::interact::{Interactive, STEP_KEYS};
use crate::i18n::Lang;

/// Told the marks after they moved.
pub type OnMarks = Box<dyn Fn(&Marks)>;

/// What a chart tells its page.
#[derive(Default)]
pub struct Hooks {
    /// The marks after the pointer, the keyboard or a new spec moved them (a legend shows
    /// them).
    pub on_marks: Option<OnMarks>,
    /// What a click on an item, or Enter on the focused one, does (the map selects a region).
    pub on_activate: Option<Box<dyn Fn(Pick)>>,
}

thread_local! {
    /// A chart drawn before the view that will show it was built ([`hand_over`]).
    static HANDED: RefCell<Option<Rc<Instrument>>> = const { RefCell::new(None) };
}

/// Keeps a drawn chart for the first view that asks for one of its height ([`take_handed`]):
/// the explorer draws its first chart into the static first paint, then builds the view
/// around it (#26).
pub fn hand_over(chart: Rc<Instrument>) {
    HANDED.with(|h| *h.borrow_mut() = Some(chart));
}

/// The chart handed over, if any and drawn at `height` (else it is dropped: the view that
/// asks first is not the one it was drawn for).
pub fn take_handed(height: u32) -> Option<Rc<Instrument>> {
    let chart = HANDED.with(|h| h.borrow_mut().take())?;
    if chart.height == height {
        Some(chart)
    } else {
        chart.dispose();
        None
    }
}

type Listener = Closure<dyn FnMut(web_sys::Event)>;
type Resize = Closure<dyn FnMut(js_sys::Array)>;

/// One drawn chart and its read-out state.
pub struct Instrument {
    canvas: HtmlCanvasElement,
    /// The `.kz-iip-chart` box: the tooltip goes in it, after the canvas (another box when a
    /// view adopts the chart: [`Self::adopt`]).
    chart: RefCell<Element>,
    /// The polite live region that speaks keyboard read-outs.
    said: Element,
    height: u32,
    lang: Lang,
    hooks: RefCell<Hooks>,
    state: RefCell<State>,
    /// The event listeners and the size observer, kept to be removed ([`Self::dispose`]).
    listeners: RefCell<Vec<(&'static str, Listener)>>,
    observer: RefCell<Option<(web_sys::ResizeObserver, Resize)>>,
    disposed: Cell<bool>,
}

struct State {
    spec: AnyChart,
    marks: Marks,
    frame: Frame,
    /// The canvas's CSS width (a ResizeObserver's), and the page's pixel ratio.
    width: f64,
    dpr: f64,
    dark: bool,
}

impl Instrument {
    /// Takes over the canvas of `chart` (a `.kz-iip-chart` box as
    /// [`crate::markup::chart_box`] writes it, in the document): draws `spec` at once if the
    /// box is laid out (else when the ResizeObserver first reports its width), and again
    /// whenever its width, the pixel ratio or the theme changes; answers the pointer and the
    /// keyboard.
    pub fn mount(
        chart: Element,
        spec: AnyChart,
        (height, lang, dark): (u32, Lang, bool),
        hooks: Hooks,
    ) -> Option<Rc<Self>> {
        let canvas = chart.query_selector("canvas").ok()??.dyn_into().ok()?;
        let said = chart.query_selector("[aria-live]").ok()??;
        let this = Rc::new(Self {
            canvas,
            chart: RefCell::new(chart),
            said,
            height,
            lang,
            hooks: RefCell::new(hooks),
            state: RefCell::new(State {
                spec,
                marks: Marks::default(),
                frame: Frame::default(),
                width: 0.0,
                dpr: current_ratio(),
                dark,
            }),
            listeners: RefCell::default(),
            observer: RefCell::default(),
            disposed: Cell::new(false),
        });
        this.listen();
        // Drawn at once, at the width laid out now: reading it costs one short layout and
        // saves the frame the observer would take to report it (which then finds the same
        // width and does not redraw).
        let width = f64::from(this.canvas.client_width());
        if width > 0.0 {
            this.state.borrow_mut().width = width;
            this.repaint();
        }
        Some(this)
    }

    /// Moves the chart into another `.kz-iip-chart` box (its content replaced) with the hooks
    /// of the view that now shows it: the chart drawn before the explorer's view was built
    /// ([`hand_over`]) becomes the view's, its listeners, read-out and drawing kept.
    pub fn adopt(&self, into: &Element, hooks: Hooks) {
        into.set_inner_html("");
        let old = self.chart.replace(into.clone());
        while let Some(child) = old.first_child() {
            if into.append_child(&child).is_err() {
                break;
            }
        }
        *self.hooks.borrow_mut() = hooks;
    }

    /// The canvas (its accessible name is the page's to set).
    pub fn canvas(&self) -> &HtmlCanvasElement {
        &self.canvas
    }

    /// Redraws in the other theme.
    pub fn set_dark(&self, dark: bool) {
        if std::mem::replace(&mut self.state.borrow_mut().dark, dark) != dark {
            self.repaint();
        }
    }

    /// Draws another chart: the read-out and the legend's choices referred to the old one's
    /// items, so they are cleared; the description becomes the new chart's summary.
    pub fn set_spec(&self, spec: AnyChart) {
        let reset = {
            let mut st = self.state.borrow_mut();
            if st.spec == spec {
                return;
            }
            st.spec = spec;
            if let Some(desc) = self.description() {
                desc.set_text_content(Some(&st.spec.summary()));
            }
            let reset = st.marks.active.is_some() || !st.marks.hidden.is_empty();
            if reset {
                st.marks = Marks::default();
            }
            reset
        };
        if reset {
            self.tell_marks();
        }
        self.repaint();
    }

    /// Takes the marks a legend set (hover, emphasis, hidden series).
    pub fn set_marks(&self, marks: Marks) {
        if std::mem::replace(&mut self.state.borrow_mut().marks, marks.clone()) != marks {
            self.repaint();
        }
    }

    /// Stops answering events and drops the listeners (the explorer's chart left the page).
    pub fn dispose(&self) {
        self.disposed.set(true);
        for (name, f) in self.listeners.take() {
            let _ = self
                .canvas
                .remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
        if let Some((observer, _)) = self.observer.take() {
            observer.disconnect();
        }
    }

    /// The `<p>` the canvas's `aria-describedby` names.
    fn description(&self) -> Option<Element> {
        let id = self.canvas.get_attribute("aria-describedby")?;
        self.chart
            .borrow()
            .query_selector(&format!("[id=\"{id}\"]"))
            .ok()
            .flatten()
    }

    fn tell_marks(&self) {
        if let Some(f) = &self.hooks.borrow().on_marks {
            let marks = self.state.borrow().marks.clone();
            f(&marks);
        }
    }

    /// Draws the chart and its tooltip; returns the active item's sentence (empty if none),
    /// for the live region when the keyboard moved.
    fn repaint(&self) -> String {
        let mut st = self.state.borrow_mut();
        if st.width <= 0.0 || self.disposed.get() {
            return String::new();
        }
        let st = &mut *st;
        if let Some(f) = paint(
            &self.canvas,
            &st.spec,
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
        if let Ok(Some(old)) = self.chart.borrow().query_selector(".kz-iip-tooltip") {
            old.remove();
        }
        let readout = st
            .marks
            .active
            .and_then(|p| st.spec.readout(&st.frame, &st.marks, p));
        let Some(r) = readout else {
            return String::new();
        };
        let (style, html) = crate::markup::tooltip(self.lang, &r, st.frame.scale, st.dark);
        let doc = self.canvas.owner_document();
        if let Some(tip) = doc.and_then(|d| d.create_element("div").ok()) {
            tip.set_class_name("kz-iip-tooltip");
            let _ = tip.set_attribute("style", &style);
            let _ = tip.set_attribute("aria-hidden", "true");
            tip.set_inner_html(&html);
            let _ = self.canvas.after_with_node_1(&tip);
        }
        r.sentence
    }

    /// Speaks `sentence` through the polite live region.
    fn speak(&self, sentence: &str) {
        self.said.set_text_content(Some(sentence));
    }

    /// The item at CSS pixel (`x`, `y`).
    fn pick_at(&self, x: i32, y: i32) -> Option<Pick> {
        let st = self.state.borrow();
        let (px, py) = (f64::from(x) * st.dpr, f64::from(y) * st.dpr);
        st.spec.pick(&st.frame, &st.marks, px, py)
    }

    /// Applies a rule of [`Marks`] to the marks; when it changed them, redraws and tells the
    /// page. Returns the read-out's sentence (empty if unchanged or none).
    fn moved(&self, rule: impl FnOnce(&mut Marks, &AnyChart) -> bool) -> Option<String> {
        let changed = {
            let mut st = self.state.borrow_mut();
            let st = &mut *st;
            rule(&mut st.marks, &st.spec)
        };
        changed.then(|| {
            let sentence = self.repaint();
            self.tell_marks();
            sentence
        })
    }

    fn key(&self, ev: &web_sys::KeyboardEvent) {
        let key = ev.key();
        if key == "Enter" || key == " " {
            let active = self.state.borrow().marks.active;
            if let (Some(f), Some(p)) = (&self.hooks.borrow().on_activate, active) {
                ev.prevent_default();
                f(p);
            }
            return;
        }
        if key == "Escape" {
            self.moved(|m, _| {
                m.clear();
                true
            });
            self.speak("");
            let _ = self.canvas.blur();
            return;
        }
        if !STEP_KEYS.contains(&key.as_str()) {
            return;
        }
        ev.prevent_default();
        let sentence = self.moved(|m, spec| {
            let next = spec.step(m, m.active, &key);
            m.key_to(next, is_series(spec));
            true
        });
        self.speak(&sentence.unwrap_or_default());
    }

    fn on(self: &Rc<Self>, name: &'static str, f: impl Fn(&Self, &web_sys::Event) + 'static) {
        let this = self.clone();
        let f = Listener::new(move |e: web_sys::Event| f(&this, &e));
        let _ = self
            .canvas
            .add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        // Kept (with the `Rc` it holds) until `dispose`; the widget's chart lives as long as
        // its page.
        self.listeners.borrow_mut().push((name, f));
    }

    fn listen(self: &Rc<Self>) {
        for name in ["pointermove", "pointerdown"] {
            self.on(name, |this, e| {
                if let Some(e) = e.dyn_ref::<web_sys::MouseEvent>() {
                    let pick = this.pick_at(e.offset_x(), e.offset_y());
                    this.moved(|m, spec| m.point(pick, is_series(spec)));
                }
            });
        }
        self.on("pointerleave", |this, _| {
            this.moved(|m, _| {
                m.leave();
                true
            });
        });
        self.on("click", |this, e| {
            if let (Some(f), Some(e)) = (
                &this.hooks.borrow().on_activate,
                e.dyn_ref::<web_sys::MouseEvent>(),
            ) {
                if let Some(p) = this.pick_at(e.offset_x(), e.offset_y()) {
                    f(p);
                }
            }
        });
        self.on("keydown", |this, e| {
            if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                this.key(e);
            }
        });
        self.on("focus", |this, _| {
            let sentence = this.moved(|m, spec| {
                let first = spec.step(m, None, "Home");
                m.focus(first)
            });
            if let Some(s) = sentence {
                this.speak(&s);
            }
        });
        self.on("blur", |this, _| {
            this.moved(|m, _| {
                m.blur();
                true
            });
        });
        // The CSS width, from a ResizeObserver (drawn when it first reports it, if not yet).
        let weak = Rc::downgrade(self);
        let on_resize = Resize::new(move |entries: js_sys::Array| {
            let Some(this) = weak.upgrade() else { return };
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let w = entry.content_rect().width().round();
            let old = std::mem::replace(&mut this.state.borrow_mut().width, w);
            if w > 0.0 && old != w {
                this.repaint();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&self.canvas);
            *self.observer.borrow_mut() = Some((observer, on_resize));
        }
        let weak = Rc::downgrade(self);
        watch_ratio(Rc::new(move |r| {
            let Some(this) = weak.upgrade().filter(|t| !t.disposed.get()) else {
                return false;
            };
            this.state.borrow_mut().dpr = r;
            this.repaint();
            true
        }));
    }
}

//! The explorer's root: owns the one `Filters` signal, restores it from the URL on load and
//! writes it back (replaceState) as the user picks.

use leptos::prelude::*;

use crate::data::{DataError, Db};
use crate::i18n::{t, Key, Lang};
use crate::state::{Filters, Notice, View};

use super::{
    ActivityFilter, ActivityPanel, CompositionPanel, CurrencyToggle, GlossaryPanel,
    LanguageSwitcher, MapPanel, NoticeBar, PhysicalPanel, ProjectsPanel, RankingPanel,
    RegionPicker, ShareDialog, ThemeToggle, TrendPanel, ViewTabs, YearRange,
};

/// What every view of one mounted root shares.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub db: &'static Db,
    pub lang: Lang,
    pub filters: RwSignal<Filters>,
}

/// Reads the shared context; components are only ever mounted under [`App`].
pub fn use_ctx() -> Ctx {
    use_context::<Ctx>().unwrap_or_else(|| {
        // Only reachable by mounting a component outside App, a programming error caught by
        // the component tests; fall back to an empty explorer rather than abort.
        let db: &'static Db = Box::leak(Box::default());
        Ctx {
            db,
            lang: Lang::En,
            filters: RwSignal::new(Filters::default_for(crate::state::Bounds::of(db))),
        }
    })
}

/// The explorer.
#[component]
pub fn App(
    /// The validated data (leaked once at start-up: it lives as long as the page).
    db: &'static Db,
    /// Problems found while loading the bundled data (normally none).
    #[prop(optional)]
    data_errors: Vec<DataError>,
    /// The query string the page was opened with (`?r=…`).
    #[prop(into)]
    query: String,
    /// Whether to mirror the selection into the address bar.
    #[prop(optional)]
    sync_url: bool,
) -> impl IntoView {
    let (initial, notices): (Filters, Vec<Notice>) = Filters::from_query(&query, db);
    // The language is fixed for the life of the page: the switcher reloads with `lang=`.
    let lang = initial.lang;
    let filters = RwSignal::new(initial);
    provide_context(Ctx { db, lang, filters });
    super::provide_theme(Signal::derive(move || filters.with(|f| f.theme)));
    super::provide_printing();
    // Printing shows every table: open the folded ones first.
    let before_print = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("beforeprint"),
        |_| {
            if let Ok(list) = document().query_selector_all("details.kz-iip-table-wrap") {
                for i in 0..list.length() {
                    if let Some(d) = list.item(i) {
                        let _ = wasm_bindgen::JsCast::unchecked_ref::<web_sys::Element>(&d)
                            .set_attribute("open", "");
                    }
                }
            }
        },
    );
    on_cleanup(move || before_print.remove());
    if sync_url {
        // The explorer owns its page: the document's language and title follow.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document().set_title(t(lang, Key::AppTitle));
        // Written a moment after the last change, not in the frame that shows it (history
        // writes cost about a millisecond each and Chromium throttles bursts of them).
        let pending = StoredValue::new(None::<TimeoutHandle>);
        Effect::new(move |_| {
            let q = filters.with(Filters::to_query);
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let h = set_timeout_with_handle(move || replace_query(&q), URL_DELAY).ok();
            pending.set_value(h);
        });
    }
    let data_release = crate::charts::export::data_release(db);
    let errors = (!data_errors.is_empty()).then(|| {
        let list: Vec<String> = data_errors.iter().map(ToString::to_string).collect();
        view! {
            <div class="kz-iip-errors" role="alert">
                <p>{t(lang, Key::DataErrors)}</p>
                <ul inner_html=crate::markup::list_items(&list)></ul>
            </div>
        }
    });
    let view_now = Memo::new(move |_| filters.with(|f| f.view));
    // Only the controls that change the open view show; none, and the panel goes.
    let controls = Memo::new(move |_| filters.with(|f| f.view.controls(f.measure)));
    // The controls that act, as one attribute: the style sheet hides the others.
    let acting =
        move || controls.with(|cs| cs.iter().map(|c| c.key()).collect::<Vec<_>>().join(" "));
    let no_filters = move || controls.with(|cs| cs.is_empty());
    // The chart first: the filter panel is built after the first paint (two frames later). Its
    // grid column has a fixed width and on phones it sits below the chart, so nothing moves;
    // the panel's downloads, table and sources and the footer likewise (see `FirstPaint`).
    let painted = RwSignal::new(0u8);
    provide_context(FirstPaint(painted.read_only()));
    after_frames(2, move || next_stage(painted));
    // Phones get the chart first and the filters folded; wider screens show both side by side.
    // The breakpoint is the style sheet's (`--kz-iip-narrow`), written once there.
    let narrow = document()
        .document_element()
        .and_then(|root| window().get_computed_style(&root).ok().flatten())
        .and_then(|style| style.get_property_value("--kz-iip-narrow").ok())
        .is_some_and(|v| v.trim() == "1");
    view! {
        <header class="kz-iip-header">
            <h1>{t(lang, Key::AppTitle)}</h1>
            <LanguageSwitcher />
            <ThemeToggle />
            <ShareDialog />
            <p class="kz-iip-sub">{t(lang, Key::AppSubtitle)}</p>
        </header>
        {errors}
        <NoticeBar notices=notices />
        <ViewTabs />
        <main class="kz-iip-main" class:kz-iip-no-filters=no_filters on:click=move |ev| super::follow_view_link(filters, &ev)>
            <div class="kz-iip-charts" id="kz-iip-view">
                {move || match view_now.get() {
                    View::Trend => view! { <TrendPanel /> }.into_any(),
                    View::Ranking => view! { <RankingPanel /> }.into_any(),
                    View::Map => view! { <MapPanel /> }.into_any(),
                    View::Activities => view! { <ActivityPanel /> }.into_any(),
                    View::Composition => view! { <CompositionPanel /> }.into_any(),
                    View::Projects => view! { <ProjectsPanel /> }.into_any(),
                    View::Output => view! { <PhysicalPanel /> }.into_any(),
                    View::About => view! { <GlossaryPanel /> }.into_any(),
                }}
            </div>
            <details class="kz-iip-filters" open=!narrow hidden=no_filters data-controls=acting>
                <summary>{t(lang, Key::Filters)}</summary>
                <AfterFirstPaint stage=2>
                    <RegionPicker />
                    <YearRange />
                </AfterFirstPaint>
                <AfterFirstPaint stage=3>
                    <ActivityFilter />
                    <CurrencyToggle />
                </AfterFirstPaint>
            </details>
        </main>
        <AfterFirstPaint stage=4>
            <p class="kz-iip-print-only">{move || super::permalink(&filters.with(Filters::to_query))}</p>
            <footer class="kz-iip-footer" inner_html=crate::markup::footer(lang, &data_release)></footer>
        </AfterFirstPaint>
    }
}

/// How far the first view has been built after its chart was painted (#26): what a reader needs
/// only after the chart is built in later frames, one stage per frame, so that no task is long
/// (Lighthouse's total blocking time) and the chart is drawn sooner. Only what lies below the
/// chart, or beside it in a column of its own, waits (the header's controls wrap on phones and
/// would push the chart down). Stage 1: the panel's downloads, table and sources; 2 and 3: the
/// filter panel's two halves (regions and years, then activities and currency); 4: the footer.
/// Views opened later build everything at once.
#[derive(Clone, Copy)]
struct FirstPaint(ReadSignal<u8>);

/// The last stage of [`FirstPaint`].
const STAGES: u8 = 4;

/// Set in the frame after the first view has been built in full (tests wait for it).
pub const SETTLED_MARK: &str = "kz-iip:settled";

/// Runs `then` after `n` animation frames.
fn after_frames(n: u8, then: impl FnOnce() + 'static) {
    if n == 0 {
        then();
    } else {
        request_animation_frame(move || after_frames(n - 1, then));
    }
}

/// Builds the next stage, and the one after it in the next frame; marks the view settled.
fn next_stage(stage: RwSignal<u8>) {
    let now = stage.get_untracked();
    if now >= STAGES {
        crate::mark(SETTLED_MARK);
        return;
    }
    stage.set(now + 1);
    after_frames(1, move || next_stage(stage));
}

/// Its children, once the first view has reached `stage` (see [`FirstPaint`]); at once outside
/// the explorer and in views opened later.
#[component]
pub fn AfterFirstPaint(
    /// 1: what completes the view; 2, 3: the filter panel; 4: the footer.
    #[prop(default = 1)]
    stage: u8,
    children: ChildrenFn,
) -> impl IntoView {
    let built = use_context::<FirstPaint>();
    // A memo: the children are built once, when the stage is reached, not again at every later
    // stage (that rebuilt them, and would have closed a table opened meanwhile).
    let reached = Memo::new(move |_| built.is_none_or(|b| b.0.get() >= stage));
    move || reached.get().then(|| children())
}

/// How long the address bar lags behind the last change.
pub const URL_DELAY: std::time::Duration = std::time::Duration::from_millis(150);

/// Writes `?query` into the address bar without a navigation or a history entry.
fn replace_query(query: &str) {
    let w = window();
    let Ok(history) = w.history() else { return };
    let path = w.location().pathname().unwrap_or_default();
    let hash = w.location().hash().unwrap_or_default();
    let url = format!("{path}?{query}{hash}");
    if history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .is_err()
    {
        leptos::logging::warn!("kz-iip: could not update the address bar");
    }
}

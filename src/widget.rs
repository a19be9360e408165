//! Widget (embed) mode: the second entry point. One chart with its title, source line, period
//! type, an "open in the explorer" link and the table on demand; selection and options from the
//! URL (parsed by the same code as the explorer's); heights posted to the parent page.
//!
//! A newsroom's words (`title`, `desc`, `note`, `byline`: plain text, cleaned and cut) frame
//! the chart; its own title stays as the subtitle. The widget sets its own page's title to the
//! headline, and never writes the host's URL, history, storage or title, nor its own URL,
//! history or storage; it listens to no messages: it only posts its content height, in three
//! formats (Datawrapper's `{"datawrapper-height": {id: h}}`, AMP's `embed-size`, and
//! `{"type": "kz-iip:height"}`).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::any::AnyChart;
use crate::charts::canvas::ChartCanvas;
use crate::charts::interact::Interactive;
use crate::charts::kinds;
use crate::components::{
    sources, ActivityTable, CompositionTable, Ctx, Downloads, MapTable, NoticeBar, RankingTable,
    SourceItem, SourceNote, TrendLegend, TrendTable,
};
use crate::data::{self, Db};
use crate::i18n::{period_name, period_type_name, status_name, t, tr, Key};
use crate::state::widget::{ChartKind, WidgetOptions};
use crate::state::{Filters, Notice};
use crate::table::Table;

/// Decodes the widget's bundle once and mounts the widget on `<body>`.
pub fn start() {
    crate::mark("kz-iip:wasm-started");
    let (db, errors) = data::load_widget_bundle();
    crate::mark("kz-iip:data-loaded");
    for e in &errors {
        leptos::logging::warn!("kz-iip data: {e}");
    }
    let db: &'static Db = Box::leak(Box::new(db));
    let query = window().location().search().unwrap_or_default();
    let lang = crate::state::query_lang(&query);
    crate::with_catalog(lang, move || {
        // The page's loading line goes as the chart comes.
        crate::remove_static_paint();
        leptos::mount::mount_to_body(move || view! { <Widget db=db query=query /> });
        crate::mark("kz-iip:view-built");
    });
}

/// One chart for embedding.
#[component]
pub fn Widget(
    /// The validated data.
    db: &'static Db,
    /// The widget URL's query: selection keys (as the explorer's) and widget keys.
    #[prop(into)]
    query: String,
) -> impl IntoView {
    let (initial, mut notices): (Filters, Vec<Notice>) = Filters::from_query(&query, db);
    let lang = initial.lang;
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
    let (opts, more) = WidgetOptions::from_query(&query);
    notices.extend(more);
    let filters = RwSignal::new(initial);
    provide_context(Ctx { db, lang, filters });
    crate::components::provide_theme(Signal::derive(move || filters.with(|f| f.theme)));
    crate::charts::canvas::provide_pixel_ratio();
    post_heights(opts.id.clone());
    crate::components::provide_printing();
    let f = filters.get_untracked();
    let kind = opts.chart;
    // One chart, whatever its kind: its table, then its chart, title, sources and height.
    let entry = kinds::of(kind);
    let table = (entry.table)(db, &f);
    let mut chart = (entry.chart)(db, &f, lang, &table);
    // A trend or a ranking carries the newsroom's notes; a trend names its lines at their ends
    // when there are few (instead of a legend).
    let direct = match &mut chart {
        AnyChart::Trend(s) => {
            s.notes = opts.notes.clone();
            s.direct_labels = s.series.len() <= 4;
            s.direct_labels
        }
        AnyChart::Bars(s) => {
            s.notes = opts.notes.clone();
            false
        }
        _ => false,
    };
    let title = chart.title();
    // The newsroom's words (#25): its headline above, the chart's own title kept as the
    // subtitle (the data's meaning is never lost); the credit and the sources stay the project's.
    let words = opts.words.clone();
    let headline = words.title.clone().unwrap_or_else(|| title.clone());
    let subtitle = words.title.as_ref().map(|_| title.clone());
    // The widget page's own title (never the host's).
    document().set_title(&format!("{headline} — {}", t(lang, Key::AppTitle)));
    let label = [Some(headline.clone()), subtitle.clone(), words.desc.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(". ");
    let cited = SourceItem::cited(db, entry.cites(db, &f, &table));
    let height = (entry.widget_height)(&chart);
    let summary = chart.summary();
    let legend = match &chart {
        AnyChart::Trend(s) if !direct => {
            Some(view! { <TrendLegend spec=Signal::stored(s.clone()) /> })
        }
        _ => None,
    };
    let meta = (
        headline.clone(),
        subtitle.clone().unwrap_or_default(),
        sources::source_line(lang, &cited),
    );
    // The CSV is written when asked for, not at start-up.
    let fstore = StoredValue::new(f.clone());
    let tstore = StoredValue::new(table.clone());
    let csv = Signal::derive(move || {
        fstore.with_value(|f| tstore.with_value(|t| entry.csv(db, f, lang, t)))
    });
    let mirror = chart.clone();
    let spec = Signal::stored(chart);
    let chart = view! {
        <ChartCanvas spec=spec height=height label=label lang=lang />
        {legend}
        <Downloads
            kind=kind.key()
            spec=spec
            meta=Signal::stored(meta)
            csv=csv
            height=entry.export_height
        />
    };
    let period_line = match opts.chart {
        ChartKind::Activity => format!(
            "{}: {} ({})",
            t(lang, Key::Period),
            period_name(lang, f.period),
            period_type_name(lang, f.period.kind)
        ),
        ChartKind::Trend | ChartKind::Ranking | ChartKind::Map => format!(
            "{}: {}",
            t(lang, Key::PeriodType),
            period_type_name(lang, crate::data::PeriodType::Year)
        ),
        ChartKind::Composition => String::new(),
    };
    // One line: the first source, cited in its own language (cut with "…" where the column is
    // narrow), and how many more; the full list is under the table.
    let source_line = cited.first().map(|s| {
        let title = if s.described {
            format!("[{}]", s.title)
        } else {
            s.title.clone()
        };
        view! {
            <span class="kz-iip-widget-first-source">
                <cite lang=s.lang.clone()>{title}</cite>
                " — "
                <span lang="en">{s.publisher.clone()}</span>
                " (" {status_name(lang, s.status)} ")"
            </span>
        }
    });
    let more = (cited.len() > 1).then(|| {
        let n = cited.len() - 1;
        format!(" {}", tr(lang, Key::SourcesAndMore, &[("count", n.into())]))
    });
    // How dollars were obtained: in the source line, not only in a tooltip.
    let notes = sources::dollar_notes(db, lang, &table);
    let rate_line = notes.clone();
    let explorer = format!("index.html?{}", f.to_query());
    let (table_open, set_table_open) = signal(opts.table);
    let printing =
        use_context::<crate::components::Printing>().map_or(Signal::stored(false), |p| p.0);
    let fold = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| {
        if let Some(d) = fold.get() {
            set_table_open.set(d.open());
        }
    };
    view! {
        <main class=format!("kz-iip-widget kz-iip-widget-{}", opts.chart.key())>
            <NoticeBar notices=notices />
            <h1 class="kz-iip-widget-title">{headline}</h1>
            {subtitle.map(|s| view! { <p class="kz-iip-widget-subtitle">{s}</p> })}
            {words.desc.map(|d| view! { <p class="kz-iip-widget-desc">{d}</p> })}
            {opts.table.then(|| view! { <p class="kz-iip-widget-summary">{summary.clone()}</p> })}
            <p class="kz-iip-widget-period">{period_line}</p>
            {chart}
            {words.note.map(|n| view! {
                <p class="kz-iip-widget-note"><strong>{t(lang, Key::WordsNote)} ": "</strong>{n}</p>
            })}
            <p class="kz-iip-widget-source">
                <strong>{t(lang, Key::Source)} ": "</strong>
                {source_line}
                {more.map(|m| view! { <span class="kz-iip-widget-more">{m}</span> })}
            </p>
            {rate_line.into_iter().map(|n| view! { <p class="kz-iip-widget-rate">{n}</p> }).collect_view()}
            <details class="kz-iip-table-wrap" open=opts.table node_ref=fold on:toggle=on_toggle>
                <summary>{t(lang, Key::DataTable)}</summary>
                // Built only while open (or printed), as in the explorer.
                {move || (table_open.get() || printing.get()).then(|| view! {
                    {table_of(kind, table.clone(), &mirror)}
                    <SourceNote items=cited.clone() notes=notes.clone() lang=lang />
                })}
            </details>
            {words.byline.map(|b| view! { <p class="kz-iip-widget-byline">{b}</p> })}
            <p class="kz-iip-widget-links">
                <a href=explorer target="_blank" rel="noopener">{t(lang, Key::OpenExplorer)}</a>
                " · "
                <a href=format!("index.html?v=about&lang={}#kz-iip-glossary", lang.tag()) target="_blank" rel="noopener">{t(lang, Key::WhatIsIip)}</a>
            </p>
        </main>
    }
}

/// Posts the content height to the parent now and whenever it changes.
fn post_heights(id: String) {
    let post = move || {
        let doc = document();
        let Some(body) = doc.body() else { return };
        let h = body.scroll_height();
        let Ok(parent) = window().parent() else {
            return;
        };
        let Some(parent) = parent else { return };
        let mut id_json = String::new();
        crate::charts::export::json_string(&mut id_json, &id);
        for msg in [
            format!(r#"{{"datawrapper-height":{{{id_json}:{h}}}}}"#),
            format!(r#"{{"sentinel":"amp","type":"embed-size","height":{h}}}"#),
            format!(r#"{{"type":"kz-iip:height","id":{id_json},"height":{h}}}"#),
        ] {
            if let Ok(v) = js_sys::JSON::parse(&msg) {
                // Heights are not secret: any parent may read them.
                let _ = parent.post_message(&v, "*");
            }
        }
    };
    let on_resize =
        Closure::<dyn FnMut(js_sys::Array, web_sys::ResizeObserver)>::new(move |_, _| post());
    if let (Ok(observer), Some(body)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().body(),
    ) {
        observer.observe(&body);
    }
    // Lives as long as the page.
    on_resize.forget();
}

/// The table mirror of a widget's chart, from its table.
fn table_of(kind: ChartKind, table: Table<'static>, chart: &AnyChart) -> AnyView {
    match kind {
        ChartKind::Trend => view! { <TrendTable table=Signal::stored(table) /> }.into_any(),
        ChartKind::Ranking => view! { <RankingTable table=Signal::stored(table) /> }.into_any(),
        ChartKind::Activity => view! { <ActivityTable /> }.into_any(),
        ChartKind::Composition => view! { <CompositionTable table=table /> }.into_any(),
        ChartKind::Map => match chart {
            AnyChart::Map(s) => view! { <MapTable spec=Signal::stored(s.clone()) /> }.into_any(),
            _ => ().into_any(),
        },
    }
}

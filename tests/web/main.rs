//! Component tests in headless Chromium (wasm-bindgen-test): the explorer mounts, reads its
//! query, and reacts to input. Run with `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use kz_iip::components::App;
use kz_iip::data::{self, Db};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn db() -> &'static Db {
    let (db, errors) = data::load_bundled();
    assert!(errors.is_empty(), "{errors:?}");
    Box::leak(Box::new(db))
}

/// Mounts the explorer for `query` into a fresh container and waits for it to render.
async fn mount(query: &str) -> Element {
    let doc = document();
    let host = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let el: HtmlElement = host.clone().unchecked_into();
    let db = db();
    let query = query.to_owned();
    let handle = leptos::mount::mount_to(el, move || view! { <App db=db query=query /> });
    std::mem::forget(handle);
    // What waits for the first paint (tables, sources, the footer) is built two frames later.
    for _ in 0..100 {
        tick().await;
        if !all(&host, ".kz-iip-footer").is_empty() {
            break;
        }
    }
    open_tables(&host).await;
    host
}

/// Opens the folded tables (as a reader does) and lets them render.
async fn open_tables(root: &Element) {
    for d in all(root, "details.kz-iip-table-wrap") {
        let _ = d.set_attribute("open", "");
    }
    tick().await;
}

/// Lets effects and the scheduled re-render run.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    all(root, selector)
        .iter()
        .filter_map(|e| e.text_content())
        .collect::<Vec<_>>()
        .join("|")
}

fn click(root: &Element, selector: &str) {
    let el: HtmlElement = root
        .query_selector(selector)
        .expect("selector")
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn mounts_the_view_of_the_link_with_its_table_and_canvas() {
    let root = mount("r=000000000,230000000&y=2023&m=iip").await;
    let head = text(&root, ".kz-iip-trend-table thead th");
    assert!(
        head.contains("Republic of Kazakhstan") && head.contains("Atyrau"),
        "{head}"
    );
    // Only the chosen view is built.
    assert!(all(&root, ".kz-iip-ranking-table").is_empty());
    let canvases = all(&root, ".kz-iip-trend canvas");
    assert_eq!(canvases.len(), 1);
    let c: web_sys::HtmlCanvasElement = canvases[0].clone().unchecked_into();
    let dpr = window().device_pixel_ratio();
    assert!(c.width() > 0 && (c.width() as f64 - c.client_width() as f64 * dpr).abs() <= 1.0);
    assert_eq!(c.get_attribute("tabindex").as_deref(), Some("0"));
    let desc_id = c.get_attribute("aria-describedby").expect("described");
    let desc = text(&root, &format!("#{desc_id}"));
    assert!(
        desc.contains("Atyrau: 111.2 in 2023, up from 98.3 in 2022"),
        "{desc}"
    );
    let ranking = mount("v=ranking&y=2023&m=iip").await;
    assert_eq!(all(&ranking, ".kz-iip-ranking-table tbody tr").len(), 20);
    assert!(text(&ranking, ".kz-iip-ranking-table tfoot").contains("104.4"));
}

#[wasm_bindgen_test]
async fn a_tab_switches_the_view() {
    let root = mount("r=000000000&y=2023").await;
    click(&root, ".kz-iip-tab[data-view=ranking]");
    tick().await;
    open_tables(&root).await;
    assert_eq!(all(&root, ".kz-iip-ranking-table tbody tr").len(), 20);
    assert!(all(&root, ".kz-iip-trend-table").is_empty());
    let current = text(&root, ".kz-iip-tab[aria-current=page]");
    assert_eq!(current, "Ranking");
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_read_out_and_the_live_region_speaks() {
    let root = mount("r=000000000,230000000&from=2009&to=2023").await;
    let canvas: HtmlElement = root
        .query_selector(".kz-iip-trend canvas")
        .expect("selector")
        .expect("canvas")
        .unchecked_into();
    canvas.focus().expect("focus");
    tick().await;
    let live = || text(&root, ".kz-iip-trend [aria-live=polite]");
    // Focus starts at the latest value of the first series.
    assert!(
        live().starts_with("Republic of Kazakhstan, 2023: 104.4"),
        "{}",
        live()
    );
    let key = |k: &str| {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(k);
        init.set_bubbles(true);
        let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("event");
        canvas.dispatch_event(&ev).expect("dispatch");
    };
    key("Home");
    tick().await;
    assert!(
        live().starts_with("Republic of Kazakhstan, 2015: 98.4"),
        "{}",
        live()
    );
    key("End");
    tick().await;
    assert!(
        live().starts_with("Republic of Kazakhstan, 2023: 104.4"),
        "{}",
        live()
    );
    key("ArrowDown");
    tick().await;
    assert_eq!(
        live(),
        "Atyrau, 2023: 111.2 % of the previous year, official"
    );
    assert!(text(&root, ".kz-iip-tooltip").contains("111.2"));
    key("Escape");
    tick().await;
    assert!(all(&root, ".kz-iip-tooltip").is_empty());
}

#[wasm_bindgen_test]
async fn checking_a_region_adds_a_column() {
    let root = mount("r=000000000&y=2023").await;
    assert_eq!(all(&root, ".kz-iip-trend-table thead th").len(), 2);
    click(&root, "input[type=checkbox][value='100000000']");
    tick().await;
    let head = text(&root, ".kz-iip-trend-table thead th");
    assert!(head.contains("Abay"), "{head}");
    // Abay did not exist before 2022: the table says so instead of showing a number.
    assert!(text(&root, ".kz-iip-trend-table tbody").contains("did not exist"));
}

#[wasm_bindgen_test]
async fn the_region_search_filters_the_list() {
    let root = mount("r=000000000").await;
    let input: HtmlInputElement = root
        .query_selector("input[name=region-search]")
        .expect("selector")
        .expect("search box")
        .unchecked_into();
    input.set_value("СКО");
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    tick().await;
    let shown: Vec<String> = all(&root, ".kz-iip-region-picker li:not([hidden]) input")
        .iter()
        .filter_map(|e| e.get_attribute("value"))
        .collect();
    assert_eq!(shown, vec!["590000000".to_owned()]);
}

#[wasm_bindgen_test]
async fn switching_measure_and_year_updates_the_ranking() {
    let root = mount("v=ranking&r=230000000&y=2023&m=iip").await;
    click(&root, ".kz-iip-ranking input[type=radio][value='vol']");
    tick().await;
    assert!(text(&root, ".kz-iip-ranking-table caption").contains("million tenge"));
    let first = text(&root, ".kz-iip-ranking-table tbody tr:first-child");
    assert!(
        first.contains("Atyrau") && first.contains("10,815,028"),
        "{first}"
    );
    let year: HtmlSelectElement = root
        .query_selector("select[name=year]")
        .expect("selector")
        .expect("year select")
        .unchecked_into();
    year.set_value("2012");
    let ev = web_sys::Event::new("change").expect("event");
    year.dispatch_event(&ev).expect("dispatch");
    tick().await;
    assert!(text(&root, ".kz-iip-ranking-table caption").contains("2012"));
    assert_eq!(all(&root, ".kz-iip-ranking-table tbody tr").len(), 16);
}

#[wasm_bindgen_test]
async fn garbage_query_shows_a_notice_and_the_default_view() {
    let root = mount("r=bogus&from=zzz&m=%E0&v=nope").await;
    let notice = all(&root, ".kz-iip-notice");
    assert_eq!(notice.len(), 1);
    assert!(!notice[0].has_attribute("hidden"));
    let msg = notice[0].text_content().unwrap_or_default();
    assert!(
        msg.contains("bogus") && msg.contains("zzz") && msg.contains("nope"),
        "{msg}"
    );
    assert_eq!(
        all(&root, ".kz-iip-trend-table thead th").len(),
        5,
        "year + 4 default units"
    );
}

#[wasm_bindgen_test]
async fn choosing_an_activity_with_a_region_says_there_is_no_data() {
    let root = mount("r=230000000&y=2023").await;
    let alert = root
        .query_selector(".kz-iip-not-by-region")
        .expect("selector")
        .expect("alert");
    assert!(alert.has_attribute("hidden"));
    click(&root, "input[type=radio][value='C']");
    tick().await;
    assert!(
        !alert.has_attribute("hidden"),
        "the combination has no data"
    );
    assert!(text(&root, ".kz-iip-trend-table tbody").contains("not published by region"));
    // The nearest view with data: the activity for the Republic.
    let button: HtmlElement = alert
        .query_selector("button")
        .expect("selector")
        .expect("button")
        .unchecked_into();
    button.click();
    tick().await;
    assert!(alert.has_attribute("hidden"));
    assert!(text(&root, ".kz-iip-trend-table tbody").contains("104.0"));
}

/// About the data (#26): its glossary is the later part, which the page's loader hands over
/// (`window.kzIipFile('later')`). With no loader the view says the part could not load; once
/// the loader gives the build's file, opening the view shows the glossary.
#[wasm_bindgen_test]
async fn about_the_data_shows_the_later_part_the_loader_hands_over() {
    let root = mount("v=about").await;
    tick().await;
    let alert = text(&root, "#kz-iip-glossary [role=alert]");
    assert!(alert.contains("could not load"), "{alert}");
    assert!(all(&root, "#kz-iip-glossary dt").is_empty());
    let buffer = js_sys::Uint8Array::from(data::bundled::BUNDLED_LATER).buffer();
    js_sys::Reflect::set(&window(), &"kzIipTestLater".into(), &buffer).expect("set");
    let loader = js_sys::Function::new_with_args(
        "k",
        "return Promise.resolve(k === 'later' ? window.kzIipTestLater : null)",
    );
    js_sys::Reflect::set(&window(), &"kzIipFile".into(), &loader).expect("set");
    let root = mount("v=about").await;
    tick().await;
    assert!(all(&root, "#kz-iip-glossary [role=alert]").is_empty());
    assert_eq!(all(&root, "#kz-iip-glossary dt").len(), 3);
    assert!(text(&root, "#kz-iip-glossary").contains("(basket) of representative goods"));
    // Output reads the same part, already read.
    let root = mount("v=output").await;
    tick().await;
    assert!(all(&root, ".kz-iip-physical-table tbody tr").len() > 5);
    let global: js_sys::Object = window().unchecked_into();
    let _ = js_sys::Reflect::delete_property(&global, &"kzIipFile".into());
}

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
    tick().await;
    host
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

#[wasm_bindgen_test]
async fn mounts_with_both_tables_and_canvases() {
    let root = mount("r=000000000,230000000&y=2023&m=iip").await;
    assert_eq!(all(&root, ".kz-iip-ranking-table tbody tr").len(), 20);
    let head = text(&root, ".kz-iip-trend-table thead th");
    assert!(
        head.contains("Republic of Kazakhstan") && head.contains("Atyrau"),
        "{head}"
    );
    let canvases = all(&root, ".kz-iip-trend canvas, .kz-iip-ranking canvas");
    assert_eq!(canvases.len(), 2);
    for c in canvases {
        let c: web_sys::HtmlCanvasElement = c.unchecked_into();
        let dpr = window().device_pixel_ratio();
        assert!(c.width() > 0 && (c.width() as f64 - c.client_width() as f64 * dpr).abs() <= 1.0);
    }
    assert!(text(&root, ".kz-iip-ranking-table tfoot").contains("104.4"));
}

#[wasm_bindgen_test]
async fn checking_a_region_adds_a_column() {
    let root = mount("r=000000000&y=2023").await;
    assert_eq!(all(&root, ".kz-iip-trend-table thead th").len(), 2);
    let abay: HtmlInputElement = root
        .query_selector("input[type=checkbox][value='100000000']")
        .expect("selector")
        .expect("Abay checkbox")
        .unchecked_into();
    abay.click();
    tick().await;
    let head = text(&root, ".kz-iip-trend-table thead th");
    assert!(head.contains("Abay"), "{head}");
    // Abay did not exist before 2022: the table says so instead of showing a number.
    assert!(text(&root, ".kz-iip-trend-table tbody").contains("did not exist"));
}

#[wasm_bindgen_test]
async fn switching_measure_and_year_updates_the_ranking() {
    let root = mount("r=230000000&y=2023&m=iip").await;
    let vol: HtmlInputElement = root
        .query_selector("input[type=radio][value='vol']")
        .expect("selector")
        .expect("volume radio")
        .unchecked_into();
    vol.click();
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
    let root = mount("r=bogus&from=zzz&m=%E0").await;
    let notice = all(&root, ".kz-iip-notice");
    assert_eq!(notice.len(), 1);
    assert!(!notice[0].has_attribute("hidden"));
    let msg = notice[0].text_content().unwrap_or_default();
    assert!(msg.contains("bogus") && msg.contains("zzz"), "{msg}");
    assert_eq!(all(&root, ".kz-iip-ranking-table tbody tr").len(), 20);
}

#[wasm_bindgen_test]
async fn choosing_an_activity_with_a_region_says_there_is_no_data() {
    let root = mount("r=230000000&y=2023").await;
    let alert = root
        .query_selector(".kz-iip-not-by-region")
        .expect("selector")
        .expect("alert");
    assert!(alert.has_attribute("hidden"));
    let manufacturing: HtmlInputElement = root
        .query_selector("input[type=radio][value='C']")
        .expect("selector")
        .expect("manufacturing radio")
        .unchecked_into();
    manufacturing.click();
    tick().await;
    assert!(
        !alert.has_attribute("hidden"),
        "the combination has no data"
    );
    assert!(text(&root, ".kz-iip-trend-table tbody").contains("not published by region"));
    let all = text(&root, ".kz-iip-activity-all caption");
    assert!(all.contains("Manufacturing"), "{all}");
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

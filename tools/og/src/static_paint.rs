//! The static first paint: the explorer's default view (heading, the trend drawn to SVG by the
//! same code, text as text, and its summary) in all three languages, written into the page so a
//! visitor sees the data before the wasm arrives (and search engines and no-JS readers see it at
//! all); the app removes it when it mounts. With the widget page, its loading line too.

use kz_iip::charts::frame::Look;
use kz_iip::charts::spec::trend;
use kz_iip::data::load_bundled;
use kz_iip::i18n::{t, Key, Lang};
use kz_iip::state::{Bounds, Filters};
use plotters::prelude::*;

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The static trend's drawing sizes (CSS pixels) and names: wide screens, phones. Each fills a
/// box as tall as the canvas chart that takes its place (340 px, `TREND_HEIGHT`), top-aligned:
/// the phones' drawing is about as wide as a phone's panel (290–400 px) at that height.
const WIDE: (u32, u32, &str) = (880, 340, "wide");
const NARROW: (u32, u32, &str) = (330, 340, "narrow");

/// Writes the static first paint into `index` (replacing an earlier one): the default view in
/// every language (the page shows the one its address asks for; English without one).
pub fn write_static(index: &str, widget: Option<&str>) -> Result<(), String> {
    let (db, errors) = load_bundled();
    if !errors.is_empty() {
        return Err(format!("bundled data has {} errors", errors.len()));
    }
    let f = Filters::default_for(Bounds::of(&db));
    let specs: Vec<_> = Lang::ALL.iter().map(|&l| (l, trend(&db, &f, l))).collect();
    // The trend as an SVG in one language and theme. It scales with the page: plotters' viewBox
    // stays, the fixed size goes; it is named by the heading above it (in the page's language).
    // Two sizes: the desktop's, and a phone's (drawn at its width, so its labels stay legible
    // rather than shrunk to a third); CSS shows the one that fits.
    let draw = |spec: &kz_iip::charts::spec::TrendSpec,
                (w, h, size): (u32, u32, &str),
                dark: bool|
     -> Result<String, String> {
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
            let look = Look {
                scale: 1.0,
                dark,
                css_width: f64::from(w),
            };
            kz_iip::charts::draw::draw_trend(&root, spec, &look, &Default::default())
                .map_err(|e| format!("drawing: {e:?}"))?;
        }
        let theme = if dark { "dark" } else { "light" };
        Ok(svg.replacen(
            &format!("<svg width=\"{w}\" height=\"{h}\""),
            &format!("<svg preserveAspectRatio=\"xMidYMin meet\" role=\"img\" aria-labelledby=\"kz-iip-static-title\" class=\"kz-iip-static-chart kz-iip-static-{theme} kz-iip-static-{size}\""),
            1,
        ))
    };
    let mut svg = String::new();
    for (size, dark) in [(WIDE, false), (WIDE, true), (NARROW, false), (NARROW, true)] {
        let drawings = specs
            .iter()
            .map(|(_, spec)| draw(spec, size, dark))
            .collect::<Result<Vec<_>, _>>()?;
        // The drawing has no words, only numbers written alike in every language: one copy
        // serves all three. Should a change ever put words in it, the build says so here.
        match drawings.as_slice() {
            [first, rest @ ..] if rest.iter().all(|s| s == first) => svg.push_str(first),
            _ => return Err(
                "the static trend drawing differs between languages: give each language its own"
                    .to_owned(),
            ),
        }
    }
    // One element per language; CSS shows the one of the page's `lang`.
    let each = |text: &dyn Fn(Lang, &kz_iip::charts::spec::TrendSpec) -> String| -> String {
        specs
            .iter()
            .map(|(l, s)| {
                format!(
                    "<span data-l=\"{}\">{}</span>",
                    l.tag(),
                    html_escape(&text(*l, s))
                )
            })
            .collect()
    };
    let legend: Vec<String> = (0..specs[0].1.series.len())
        .map(|i| {
            format!(
                "<li><span class=\"kz-iip-swatch\" style=\"--kz-iip-c:{};--kz-iip-c-dark:{}\"></span>{}</li>",
                kz_iip::charts::spec::css_color(specs[0].1.series[i].color),
                kz_iip::charts::spec::css_color(kz_iip::charts::draw::themed(
                    specs[0].1.series[i].color,
                    true
                )),
                each(&|_, s| s
                    .series
                    .get(i)
                    .map_or_else(String::new, |x| x.label.clone()))
            )
        })
        .collect();
    // A link to another selection or view must not show the default view first (a map link
    // flashing the trend): before the static paint is parsed, this script marks the page when
    // the address asks for anything the default view is not (keys the app does not know, such
    // as utm_source, are ignored); then only the heading and the loading note show. It picks
    // the language from `lang` and a forced `theme` (the paint otherwise follows the system's).
    // Allowed by its hash in the page's CSP (scripts/postbuild.mjs); on a marked page the app
    // mounts at once.
    let others: Vec<&str> = Lang::ALL
        .iter()
        .filter(|&&l| l != f.lang)
        .map(|l| l.tag())
        .collect();
    let check = format!(
        "<script id=\"kz-iip-static-check\">(function(){{var d=new URLSearchParams({:?}),q=new URLSearchParams(location.search),h=document.documentElement,l=q.get(\"lang\"),n=function(){{h.classList.add(\"kz-iip-no-static\")}};q.forEach(function(v,k){{if(k!==\"lang\"&&d.has(k)&&d.get(k)!==v)n()}});if({:?}.indexOf(l)>=0)h.lang=l;else if(l!==null&&l!==d.get(\"lang\"))n();{THEME_JS}}})()</script>",
        f.to_query(),
        others
    );
    let block = format!(
        "<!-- static:start -->\n{check}\n<div id=\"kz-iip-static\">\n<header class=\"kz-iip-header\"><h1>{}</h1><p class=\"kz-iip-sub\">{}</p></header>\n<main class=\"kz-iip-main kz-iip-no-filters\"><div class=\"kz-iip-charts\"><section class=\"kz-iip-panel\"><h2 id=\"kz-iip-static-title\">{}</h2>\n{svg}\n<ul class=\"kz-iip-legend\">{}</ul><p class=\"kz-iip-chart-desc\">{}</p><p class=\"kz-iip-hint\">{}</p></section></div></main>\n</div>\n<!-- static:end -->",
        each(&|l, _| t(l, Key::AppTitle).to_owned()),
        each(&|l, _| t(l, Key::AppSubtitle).to_owned()),
        each(&|_, s| s.title.clone()),
        legend.join(""),
        each(&|_, s| s.summary()),
        loading_line(
            &each(&|l, _| t(l, Key::LoadingExplorer).to_owned()),
            &each(&|l, _| t(l, Key::LoadFailedExplorer).to_owned())
        ),
    );
    splice(index, &block)?;
    println!("static first paint: {index}");
    if let Some(widget) = widget {
        // The widget page: a line in the page's language while its wasm loads (an empty box in
        // the article until then), removed by the widget when it mounts.
        let block = format!(
            "<!-- static:start -->\n<script id=\"kz-iip-static-check\">(function(){{var q=new URLSearchParams(location.search),h=document.documentElement,l=q.get(\"lang\");if({:?}.indexOf(l)>=0)h.lang=l;{THEME_JS}}})()</script>\n<p id=\"kz-iip-loading\" class=\"kz-iip-hint\">{}</p>\n<!-- static:end -->",
            others,
            loading_line(
                &each(&|l, _| t(l, Key::LoadingChart).to_owned()),
                &each(&|l, _| t(l, Key::LoadFailedChart).to_owned())
            ),
        );
        splice(widget, &block)?;
        println!("static first paint: {widget}");
    }
    Ok(())
}

/// The static paint's line while the wasm loads, and the one that takes its place should the
/// wasm fail to load or start (the page's loader then marks `<html>` `kz-iip-load-failed`;
/// scripts/postbuild.mjs): it said "Loading…" for ever.
fn loading_line(loading: &str, failed: &str) -> String {
    format!("<span class=\"kz-iip-when-loading\">{loading}</span><span class=\"kz-iip-when-failed\" role=\"alert\">{failed}</span>")
}

/// The part of each page's inline check that applies a theme the link forces
/// (`theme=dark|light`; the static paint otherwise follows the system's): a class on `<html>`
/// (`q` is the query, `h` the root element).
const THEME_JS: &str =
    "var t=q.get(\"theme\");if(t===\"dark\"||t===\"light\")h.classList.add(\"kz-iip-early-\"+t)";

/// Puts `block` at the start of the page's `<body>` (or in place of the one a previous run put
/// there).
fn splice(path: &str, block: &str) -> Result<(), String> {
    const START: &str = "<!-- static:start -->";
    const END: &str = "<!-- static:end -->";
    let page = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let page = match (page.find(START), page.find(END)) {
        (Some(a), Some(b)) => format!("{}{}{}", &page[..a], block, &page[b + END.len()..]),
        _ => {
            let body = page
                .find("<body")
                .and_then(|b| page[b..].find('>').map(|e| b + e + 1))
                .ok_or_else(|| format!("{path}: no <body>"))?;
            format!("{}\n{}{}", &page[..body], block, &page[body..])
        }
    };
    std::fs::write(path, page).map_err(|e| format!("{path}: {e}"))
}

//! Chart specs and drawing into plotters' SVG backend.

use kz_iip::charts::draw::{draw_bars, draw_trend, runs};
use kz_iip::charts::spec::{self, css_color, BAR_DOWN, BAR_UP, REPUBLIC_COLOR};
use kz_iip::data::RegionCode;
use kz_iip::i18n::Lang;
use kz_iip::state::{Bounds, Filters, Measure};
use plotters::prelude::*;

use crate::check;

fn filters(q: &str) -> Filters {
    let db = check::db();
    let (f, notices) = Filters::from_query(q, &db);
    assert!(notices.is_empty(), "{notices:?}");
    f
}

fn svg_of(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>)) -> String {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (800, 600)).into_drawing_area();
        draw(&root);
    }
    out
}

/// `(y, text)` of every `<text>` element.
fn texts(svg: &str) -> Vec<(f64, String)> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let y = t.split(" y=\"").nth(1)?.split('"').next()?.parse().ok()?;
            let body = t
                .split_once('>')?
                .1
                .split("</text>")
                .next()?
                .trim()
                .to_owned();
            Some((y, body))
        })
        .collect()
}

/// How many `<element …>` tags have `attr="#rrggbb"` for `color` (`attr` is fill or stroke).
fn count_with(svg: &str, element: &str, attr: &str, color: (u8, u8, u8)) -> usize {
    let needle = format!("{attr}=\"{}\"", css_color(color)).to_lowercase();
    svg.split(&format!("<{element}"))
        .skip(1)
        .filter(|e| {
            e.split('>')
                .next()
                .is_some_and(|attrs| attrs.to_lowercase().contains(&needle))
        })
        .count()
}

fn count_with_fill(svg: &str, element: &str, color: (u8, u8, u8)) -> usize {
    count_with(svg, element, "fill", color)
}

fn count_with_stroke(svg: &str, element: &str, color: (u8, u8, u8)) -> usize {
    count_with(svg, element, "stroke", color)
}

#[test]
fn ranking_2023_spec_has_20_sorted_bars_and_the_republic() {
    let db = check::db();
    let s = spec::ranking(&db, &filters("y=2023&m=iip"), Lang::En);
    assert_eq!(s.bars.len(), 20);
    assert!(
        s.bars.windows(2).all(|w| w[0].value >= w[1].value),
        "sorted, highest first"
    );
    assert_eq!(
        (s.bars[0].label.as_str(), s.bars[0].text.as_str()),
        ("Soltustik Kazakhstan", "114.4")
    );
    assert_eq!(s.bars[19].label, "Aktobe");
    let r = s.reference.expect("republic");
    assert_eq!(r.text, "104.4 (revised)", "the early release said 104.3");
    assert_eq!(s.baseline, 100.0);
    assert!(s.missing.is_empty());
}

#[test]
fn ranking_2023_draws_20_bars_in_order() {
    let db = check::db();
    let s = spec::ranking(&db, &filters("y=2023&m=iip"), Lang::En);
    let svg = svg_of(|root| draw_bars(root, &s, 1.0).expect("draws"));
    let bars = count_with_fill(&svg, "rect", BAR_UP) + count_with_fill(&svg, "rect", BAR_DOWN);
    assert_eq!(bars, 20);
    // Four regions declined in 2023 (Aktobe, Karagandy, Ulytau, Mangystau): drawn below 100.
    assert_eq!(count_with_fill(&svg, "rect", BAR_DOWN), 4);
    // Region labels from top to bottom are in ranking order.
    let labels: Vec<_> = texts(&svg);
    let mut ys = Vec::new();
    for b in &s.bars {
        let (y, _) = labels
            .iter()
            .find(|(_, t)| *t == b.label)
            .unwrap_or_else(|| panic!("label {}", b.label));
        ys.push(*y);
    }
    assert!(
        ys.windows(2).all(|w| w[0] < w[1]),
        "labels top to bottom: {ys:?}"
    );
    assert!(labels
        .iter()
        .any(|(_, t)| t.contains("Republic") && t.contains("104.4")));
}

#[test]
fn volume_ranking_uses_a_zero_baseline_and_notes_gaps() {
    let db = check::db();
    let s = spec::ranking(&db, &filters("y=2009&m=vol"), Lang::En);
    assert_eq!(s.baseline, 0.0);
    assert_eq!(
        s.missing,
        vec!["Soltustik Kazakhstan", "Astana city", "Ontustik Kazakhstan"]
    );
    assert_eq!(s.bars[0].label, "Atyrau");
    let svg = svg_of(|root| draw_bars(root, &s, 1.0).expect("draws"));
    assert_eq!(count_with_fill(&svg, "rect", BAR_UP), s.bars.len());
}

#[test]
fn trend_spec_has_gaps_where_a_region_did_not_exist() {
    let db = check::db();
    let s = spec::trend(
        &db,
        &filters("r=100000000,190000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let abay = &s.series[0];
    assert_eq!(abay.points.len(), 15);
    assert!(abay.points[..13].iter().all(|p| p.1.is_none()));
    assert_eq!(
        abay.points[13..].iter().map(|p| p.1).collect::<Vec<_>>(),
        vec![Some(110.1), Some(104.3)]
    );
    assert_eq!(s.reference, Some(100.0));
    assert_eq!(s.breaks, vec![2022], "Almaty region lost Zhetisu in 2022");
}

#[test]
fn runs_split_at_gaps() {
    let pts = [
        (1, Some(1.0)),
        (2, None),
        (3, Some(3.0)),
        (4, Some(4.0)),
        (5, None),
    ];
    assert_eq!(runs(&pts), vec![vec![(1, 1.0)], vec![(3, 3.0), (4, 4.0)]]);
    assert!(runs(&[(1, None)]).is_empty());
}

#[test]
fn trend_never_draws_a_line_through_a_gap() {
    let db = check::db();
    // The Republic: 2015–2016, 2018 alone, 2021–2023 — two lines and six points.
    let s = spec::trend(
        &db,
        &filters("r=000000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let svg = svg_of(|root| draw_trend(root, &s, 1.0).expect("draws"));
    assert_eq!(count_with_stroke(&svg, "polyline", REPUBLIC_COLOR), 2);
    assert_eq!(count_with_fill(&svg, "circle", REPUBLIC_COLOR), 6);
}

#[test]
fn trend_marks_the_100_line_only_for_the_index() {
    let db = check::db();
    let iip = spec::trend(&db, &filters("r=230000000&m=iip"), Lang::En);
    let vol = spec::trend(&db, &filters("r=230000000&m=vol"), Lang::En);
    assert_eq!((iip.reference, vol.reference), (Some(100.0), None));
    // Volumes are charted in billion tenge.
    let last = vol.series[0].points.last().and_then(|p| p.1).expect("2023");
    assert!((last - 10_815.028).abs() < 1e-6);
}

#[test]
fn drawing_handles_empty_and_single_year_views() {
    let db = check::db();
    let mut f = Filters::default_for(Bounds::of(&db));
    f.regions.clear();
    let s = spec::trend(&db, &f, Lang::En);
    svg_of(|root| draw_trend(root, &s, 2.0).expect("empty trend draws"));
    f.regions = vec![RegionCode::parse("SKO").expect("code")];
    f.from = 2012;
    f.to = 2012;
    let s = spec::trend(&db, &f, Lang::En);
    svg_of(|root| draw_trend(root, &s, 1.0).expect("single year draws"));
    f.measure = Measure::Volume;
    let mut bars = spec::ranking(&db, &f, Lang::En);
    bars.bars.clear();
    svg_of(|root| draw_bars(root, &bars, 1.0).expect("no bars draws"));
}

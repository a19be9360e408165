//! Chart specs and drawing into plotters' SVG backend.

use kz_iip::charts::draw::{draw_bars, draw_trend, runs};
use kz_iip::charts::frame::{year_ticks, Look, Marks};
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

fn svg_of<T>(draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> T) -> String {
    svg_and(draw).0
}

/// The SVG of a drawing and what the drawing function returned (its frame).
pub fn svg_and<T>(
    draw: impl FnOnce(&DrawingArea<SVGBackend, plotters::coord::Shift>) -> T,
) -> (String, T) {
    let mut out = String::new();
    let result;
    {
        let root = SVGBackend::with_string(&mut out, (800, 600)).into_drawing_area();
        result = draw(&root);
    }
    (out, result)
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
    let svg = svg_of(|root| {
        draw_bars(root, &s, &Look::light(1.0, 800.0), &Marks::default()).expect("draws")
    });
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
    let svg = svg_of(|root| {
        draw_bars(root, &s, &Look::light(1.0, 800.0), &Marks::default()).expect("draws")
    });
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
    let svg = svg_of(|root| {
        draw_trend(root, &s, &Look::light(1.0, 800.0), &Marks::default()).expect("draws")
    });
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
    svg_of(|root| {
        draw_trend(root, &s, &Look::light(2.0, 800.0), &Marks::default())
            .expect("empty trend draws")
    });
    f.regions = vec![RegionCode::parse("SKO").expect("code")];
    f.from = 2012;
    f.to = 2012;
    let s = spec::trend(&db, &f, Lang::En);
    svg_of(|root| {
        draw_trend(root, &s, &Look::light(1.0, 800.0), &Marks::default())
            .expect("single year draws")
    });
    f.measure = Measure::Volume;
    let mut bars = spec::ranking(&db, &f, Lang::En);
    bars.bars.clear();
    svg_of(|root| {
        draw_bars(root, &bars, &Look::light(1.0, 800.0), &Marks::default()).expect("no bars draws")
    });
}

/// `(cx, cy)` of every `<circle>` of `color` (filled).
fn circles(svg: &str, color: (u8, u8, u8)) -> Vec<(f64, f64)> {
    let needle = format!("fill=\"{}\"", css_color(color)).to_lowercase();
    svg.split("<circle")
        .skip(1)
        .filter_map(|c| {
            let attrs = c.split('>').next()?;
            if !attrs.to_lowercase().contains(&needle) {
                return None;
            }
            let num = |a: &str| -> Option<f64> {
                attrs
                    .split(&format!(" {a}=\""))
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()
            };
            Some((num("cx")?, num("cy")?))
        })
        .collect()
}

#[test]
fn the_frame_maps_values_to_the_pixels_plotters_drew() {
    let db = check::db();
    let s = spec::trend(
        &db,
        &filters("r=230000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let (svg, frame) = svg_and(|root| {
        draw_trend(root, &s, &Look::light(1.0, 800.0), &Marks::default()).expect("draws")
    });
    let drawn = circles(&svg, spec::PALETTE[0]);
    assert_eq!(drawn.len(), 15, "one dot per year");
    for (&(year, v), &(cx, cy)) in s.series[0].points.iter().zip(&drawn) {
        let v = v.expect("Atyrau has every year");
        assert!((frame.x_px(f64::from(year)) - cx).abs() <= 1.0, "{year}: x");
        assert!((frame.y_px(v) - cy).abs() <= 1.0, "{year}: y");
        // And back: the pixel maps to the year and the value.
        assert_eq!(frame.x_at(cx).round() as i32, year);
        assert!((frame.y_at(cy) - v).abs() < 0.5);
    }
}

#[test]
fn year_ticks_thin_out_with_the_width() {
    assert_eq!(
        year_ticks(2009, 2023, 1000.0).len(),
        15,
        "every year at 1000 px"
    );
    let narrow = year_ticks(2009, 2023, 240.0);
    assert!(narrow.len() <= 5, "{narrow:?}");
    assert!(
        narrow.iter().all(|y| y % 5 == 0 || narrow.len() == 1),
        "round years: {narrow:?}"
    );
    let mid = year_ticks(2009, 2023, 400.0);
    assert!(
        mid.windows(2).all(|w| w[1] - w[0] == mid[1] - mid[0]),
        "even steps: {mid:?}"
    );
    // Enough room between label centres at every width from 200 to 720 px.
    for w in (200..=720).step_by(20) {
        let t = year_ticks(2009, 2023, f64::from(w));
        let room = f64::from(w) / 14.0; // px per year
        let step = t.get(1).map_or(14, |b| b - t[0]);
        assert!(
            f64::from(step) * room >= kz_iip::charts::frame::label_width(4) + 4.0,
            "{w}: {t:?}"
        );
    }
}

#[test]
fn hovering_atyrau_2019_reads_105_4_with_status_and_source() {
    use kz_iip::charts::interact::Interactive;
    let db = check::db();
    let s = spec::trend(
        &db,
        &filters("r=000000000,230000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let (_, frame) = svg_and(|root| {
        draw_trend(root, &s, &Look::light(1.0, 800.0), &Marks::default()).expect("draws")
    });
    let atyrau = 1;
    let (x, y) = (frame.x_px(2019.0), frame.y_px(105.4));
    let pick = s
        .pick(&frame, &Marks::default(), x + 3.0, y - 2.0)
        .expect("a point");
    assert_eq!(
        (pick.series, s.series[1].points[pick.index].0),
        (atyrau, 2019)
    );
    let r = s
        .readout(&frame, &Marks::default(), pick)
        .expect("read-out");
    assert_eq!(r.heading, "2019");
    assert_eq!(
        r.sentence,
        "Atyrau, 2019: 105.4 % of the previous year, official"
    );
    let d = r.detail.expect("detail");
    assert!(
        d.source.contains("industrial_production_index.json"),
        "{}",
        d.source
    );
    // The Republic has no 2019 value: its line says so.
    assert_eq!(r.lines[0].value, "—");
    assert!(r.lines[1].active && r.lines[1].value.starts_with("105.4"));
}

#[test]
fn arrow_keys_move_along_years_and_between_series() {
    use kz_iip::charts::interact::Interactive;
    let db = check::db();
    let s = spec::trend(
        &db,
        &filters("r=000000000,230000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let m = Marks::default();
    let first = s.step(&m, None, "Home").expect("focus");
    assert_eq!(
        (first.series, s.series[0].points[first.index].0),
        (0, 2023),
        "the latest Republic value"
    );
    let left = s.step(&m, Some(first), "ArrowLeft").unwrap();
    assert_eq!(s.series[0].points[left.index].0, 2022);
    // The Republic's gap 2019–2020 is skipped: from 2021 left goes to 2018.
    let y2021 = s.step(&m, Some(left), "ArrowLeft").unwrap();
    let y2018 = s.step(&m, Some(y2021), "ArrowLeft").unwrap();
    assert_eq!(s.series[0].points[y2018.index].0, 2018);
    let down = s.step(&m, Some(y2018), "ArrowDown").unwrap();
    assert_eq!(
        (down.series, s.series[1].points[down.index].0),
        (1, 2018),
        "Atyrau, same year"
    );
    let end = s.step(&m, Some(down), "End").unwrap();
    assert_eq!(s.series[1].points[end.index].0, 2023);
    assert_eq!(
        s.step(&m, Some(end), "ArrowRight"),
        Some(end),
        "stays at the last year"
    );
    // A hidden series is skipped.
    let hidden = Marks {
        hidden: vec![1],
        ..Marks::default()
    };
    assert_eq!(s.step(&hidden, Some(y2018), "ArrowDown"), Some(y2018));
}

#[test]
fn the_2023_ranking_description_names_the_highest_and_the_lowest() {
    let db = check::db();
    let s = spec::ranking(&db, &filters("y=2023&m=iip"), Lang::En);
    let d = s.summary();
    assert!(d.contains("Highest: Soltustik Kazakhstan (114.4)"), "{d}");
    assert!(d.contains("lowest: Aktobe (95.2)"), "{d}");
    assert!(d.contains("20 with a value"), "{d}");
    assert!(d.contains("Republic: 104.4"), "{d}");
    let ru = spec::ranking(&db, &filters("y=2023&m=iip"), Lang::Ru).summary();
    assert!(
        ru.contains("Наибольшее: Северо-Казахстанская область"),
        "{ru}"
    );
}

#[test]
fn the_trend_description_gives_the_latest_change() {
    let db = check::db();
    let s = spec::trend(
        &db,
        &filters("r=150000000&from=2009&to=2023&m=iip"),
        Lang::En,
    );
    let d = s.summary();
    assert!(
        d.contains("Aktobe: 95.2 in 2023, down from 101.2 in 2022"),
        "{d}"
    );
    assert!(d.contains("lowest 95.2 (2023)"), "{d}");
}

#[test]
fn svg_export_has_the_title_as_text_and_every_series() {
    use kz_iip::charts::backend::svg;
    use kz_iip::charts::export::ExportMeta;
    let db = check::db();
    let s = spec::trend(&db, &filters("from=2009&to=2023&m=iip"), Lang::En);
    assert_eq!(s.series.len(), 4);
    let meta = ExportMeta {
        title: s.title.clone(),
        subtitle: "2009–2023".into(),
        source: "Source: x".into(),
        credit: "kz-iip".into(),
    };
    let out = svg(&s, &meta, 1000, 460, false);
    assert!(out.starts_with("<svg"), "{}", &out[..40.min(out.len())]);
    let words: Vec<String> = texts(&out).into_iter().map(|t| t.1).collect();
    assert!(
        words
            .iter()
            .any(|t| t == "Industrial production index, % of the previous year"),
        "title as text"
    );
    for series in &s.series {
        assert!(words.contains(&series.label), "legend: {}", series.label);
        let color = css_color(kz_iip::charts::draw::themed(series.color, false));
        assert!(
            out.to_lowercase().contains(&format!("stroke=\"{color}\"")),
            "line of {}",
            series.label
        );
    }
    // Dark: the background is the dark palette's.
    let dark = svg(&s, &meta, 1000, 460, true);
    assert!(dark.to_lowercase().contains("fill=\"#121212\""));
}

#[test]
fn csv_of_the_trend_is_machine_readable_with_source_and_status() {
    use crate::check::csv_of;
    use kz_iip::charts::export::{number, CSV_HEADER};
    use kz_iip::state::widget::ChartKind;
    let trend_csv = |db, f: &_, lang| csv_of(ChartKind::Trend, db, f, lang);
    let db = check::db();
    let f = filters("r=000000000,230000000&from=2009&to=2023&m=iip");
    let csv = trend_csv(&db, &f, Lang::En);
    assert_eq!(csv.name, "kz-iip_trend_iip_2009-2023_en.csv");
    let lines: Vec<&str> = csv.body.lines().collect();
    assert_eq!(lines[0], CSV_HEADER);
    // One row per value shown: Atyrau's 15 years and the Republic's 6.
    assert_eq!(lines.len() - 1, 15 + 6);
    let republic_2023 = lines
        .iter()
        .find(|l| l.starts_with("000000000,") && l.contains(",2023,year,"))
        .unwrap();
    assert!(
        republic_2023.contains(",iip,index_previous_period_100,104.4,104.4,percent,official,"),
        "{republic_2023}"
    );
    assert!(
        republic_2023.contains("Main indicators of industry performance"),
        "{republic_2023}"
    );
    let restated = lines
        .iter()
        .find(|l| l.starts_with("000000000,") && l.contains(",2015,"))
        .unwrap();
    assert!(
        restated.contains("98.4,-1.6,growth_pct,press,restated"),
        "{restated}"
    );
    assert_eq!(
        (number(10815.0283), number(104.0), number(-0.0)),
        ("10815.0283".into(), "104".into(), "0".into())
    );
    // Dollars say how they were derived.
    let usd = trend_csv(
        &db,
        &filters("r=230000000&from=2015&to=2015&m=vol&cur=usd"),
        Lang::En,
    );
    assert!(
        usd.body
            .contains("converted to US dollars at 221.396731 KZT/USD"),
        "{}",
        usd.body
    );
}

/// The canvas and the download menu draw every chart through `AnyChart`: it must draw,
/// describe and read out exactly as the spec it wraps.
#[test]
fn any_chart_is_the_chart_it_wraps() {
    use kz_iip::charts::any::AnyChart;
    use kz_iip::charts::export::Drawable;
    use kz_iip::charts::interact::Interactive;
    let db = check::db();
    let f = filters("r=000000000,230000000&y=2023&m=iip");
    let look = Look {
        scale: 1.0,
        dark: false,
        css_width: 800.0,
    };
    let trend = spec::trend(&db, &f, Lang::En);
    let bars = spec::ranking(&db, &f, Lang::En);
    let cases: [(AnyChart, String, String); 2] = [
        (
            trend.clone().into(),
            svg_of(|root| trend.draw_on(root, &look, &Marks::default())),
            trend.summary(),
        ),
        (
            bars.clone().into(),
            svg_of(|root| bars.draw_on(root, &look, &Marks::default())),
            bars.summary(),
        ),
    ];
    for (any, svg, summary) in cases {
        assert_eq!(
            svg_of(|root| any.draw_on(root, &look, &Marks::default())),
            svg
        );
        assert_eq!(any.summary(), summary);
        assert!(svg.contains("<polyline") || svg.contains("<rect"));
    }
}

/// The app draws through one backend enum (one compiled copy of the drawing code); through its
/// SVG side a chart must come out exactly as plotters' own SVG backend draws it, text included.
#[test]
fn the_app_backend_draws_what_the_svg_backend_draws() {
    use kz_iip::charts::backend::Backend;
    let db = check::db();
    let f = filters("r=000000000,230000000,750000000&from=2009&to=2023&m=iip");
    let look = Look {
        scale: 1.5,
        dark: true,
        css_width: 800.0,
    };
    let trend = spec::trend(&db, &f, Lang::Ru);
    let direct = svg_of(|root| draw_trend(root, &trend, &look, &Marks::default()).is_ok());
    let mut through = String::new();
    {
        let root =
            Backend::Svg(SVGBackend::with_string(&mut through, (800, 600))).into_drawing_area();
        assert!(draw_trend(&root, &trend, &look, &Marks::default()).is_ok());
    }
    assert!(direct.contains("<polyline") && direct.contains("<text"));
    assert_eq!(through, direct);
}

/// "All data" as JSON (About the data): valid JSON holding every observation, source and
/// region with the bundle's values, whatever the strings hold; a value that is not a finite
/// number is written as null, never as invalid JSON.
#[test]
fn all_data_json_holds_every_value_and_escapes_any_text() {
    use kz_iip::charts::export::{all_json, data_release};
    let mut db = check::db();
    let tricky = "a \"quoted\" \\ back\\slash,\nnew line,\ttab, \u{1} control, é, Қ, 🙂 </script>";
    db.sources[0].title = tricky.to_string();
    db.observations[0].stated.value = f64::NAN;
    let doc: serde_json::Value = serde_json::from_str(&all_json(&db)).expect("valid JSON");
    assert!(doc["citation"]
        .as_str()
        .unwrap()
        .contains(&data_release(&db)));
    assert!(doc["licence"].as_str().unwrap().contains("attribution"));
    assert!(doc["units"].as_str().unwrap().contains("million tenge"));

    let obs = doc["observations"].as_array().unwrap();
    assert_eq!(obs.len(), db.observations.len());
    assert!(obs[0]["value_as_published"].is_null());
    for (o, j) in db.observations.iter().zip(obs).skip(1) {
        assert_eq!(j["geo"], o.geo.as_str());
        assert_eq!(j["activity"], o.activity.as_str());
        assert_eq!(j["period"], o.period.to_string());
        assert_eq!(j["indicator"], o.indicator.key());
        // (serde_json's parser, without its float_roundtrip feature, may be off in the last bit)
        let near = |v: &serde_json::Value, x: f64| {
            v.as_f64()
                .is_some_and(|v| (v - x).abs() <= 1e-12 * x.abs().max(1.0))
        };
        assert!(near(&j["value"], o.value), "{j}");
        assert!(near(&j["value_as_published"], o.stated.value), "{j}");
        assert_eq!(j["unit_as_published"], o.stated.unit.key());
        assert_eq!(j["status"], o.status.key());
        assert_eq!(j["source"], o.source.as_str());
        assert_eq!(j["uncertain_reading"], o.uncertain);
    }

    let sources = doc["sources"].as_array().unwrap();
    assert_eq!(sources.len(), db.sources.len());
    assert_eq!(sources[0]["title"], tricky);
    for (s, j) in db.sources.iter().zip(sources) {
        assert_eq!(j["id"], s.id.as_str());
        assert_eq!(j["title"], s.title.as_str());
        assert_eq!(j["publisher"], s.publisher.as_str());
        assert_eq!(j["url"].as_str(), s.url.as_deref());
        assert_eq!(j["date"].as_str(), s.date.as_deref());
    }
    assert!(
        db.sources.iter().any(|s| s.url.is_none()) || db.sources.iter().any(|s| s.date.is_none())
    );

    let regions = doc["regions"].as_array().unwrap();
    assert_eq!(regions.len(), db.regions.len());
    for (r, j) in db.regions.iter().zip(regions) {
        assert_eq!(j["code"], r.code.as_str());
        assert_eq!(j["name_en"], r.name_en.as_str());
        assert_eq!(j["name_ru"], r.name_ru.as_str());
        assert_eq!(j["name_kk"].as_str(), r.name_kk.as_deref());
        assert_eq!(j["from"].as_i64(), r.from.map(i64::from));
        assert_eq!(j["to"].as_i64(), r.to.map(i64::from));
    }
    assert!(
        db.regions.iter().any(|r| r.from.is_some()) && db.regions.iter().any(|r| r.to.is_none())
    );
}

/// Regression (#23): a unit is never shown by its data key (`trn_tenge`): every unit a source
/// may state has a name in every language, and the trend's notes of values left out use it.
#[test]
fn units_are_named_never_keyed() {
    use kz_iip::data::Unit;
    let all = [
        Unit::Percent,
        Unit::GrowthPct,
        Unit::Times,
        Unit::SharePct,
        Unit::Tenge,
        Unit::ThousandTenge,
        Unit::MlnTenge,
        Unit::BnTenge,
        Unit::TrnTenge,
    ];
    for lang in Lang::ALL {
        for u in all {
            let name = kz_iip::i18n::unit_name(lang, u);
            // ("tenge" is both the key and the English word.)
            assert!(
                !name.is_empty() && !name.contains('_'),
                "{lang:?} {u:?}: {name}"
            );
        }
    }
}

/// Regression (seen in a 320 px screenshot, Kazakh): the ranking's axis caption, centred under
/// the plot, ran off the canvas; it now drops its parenthetical when the plot is narrow.
#[test]
fn the_ranking_caption_fits_a_320_px_canvas() {
    let db = check::db();
    let f = filters("y=2023");
    let s = spec::ranking(&db, &f, Lang::Kk);
    let svg = |w: u32| {
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (w, 560)).into_drawing_area();
            draw_bars(
                &root,
                &s,
                &Look::light(1.0, f64::from(w)),
                &Marks::default(),
            )
            .expect("draws");
        }
        out
    };
    assert!(svg(320).contains("алдыңғы жылға %") && !svg(320).contains("(100 = "));
    assert!(
        svg(720).contains("(100 = "),
        "the whole caption where there is room"
    );
}

/// A ranking row too narrow for a region's name shows its shorter form (without "облысы", then
/// the short form in use), not a cut word; the read-out keeps the full name.
#[test]
fn narrow_ranking_rows_read_short_forms_not_cut_words() {
    let db = check::db();
    let f = filters("y=2023");
    for (lang, short, cut) in [
        (Lang::Kk, "СҚО", "Солтүстік Қазақс…"),
        (Lang::Ru, "СКО", "Северо-Казахст…"),
    ] {
        let s = spec::ranking(&db, &f, lang);
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (320, 560)).into_drawing_area();
            draw_bars(&root, &s, &Look::light(1.0, 320.0), &Marks::default()).expect("draws");
        }
        let rows: Vec<String> = texts(&out).into_iter().map(|(_, t)| t).collect();
        assert!(rows.iter().any(|t| t == short), "{lang:?}: {rows:?}");
        assert!(
            !rows.iter().any(|t| t.ends_with('…')),
            "{lang:?}: a cut row label in {rows:?}"
        );
        assert!(!out.contains(cut));
        let nko = s
            .bars
            .iter()
            .find(|b| b.code == "590000000")
            .expect("ranked");
        assert!(
            nko.label.chars().count() > 10,
            "the full name stays the bar's label"
        );
    }
}

/// The marks' rules, shared by the explorer's canvas component and the widget's instrument.
#[test]
fn marks_follow_the_pointer_the_keyboard_and_the_legend() {
    use kz_iip::charts::frame::{Marks, Pick};
    let a = Some(Pick {
        series: 1,
        index: 3,
    });
    let mut m = Marks::default();
    assert!(m.point(a, true));
    assert_eq!((m.active, m.emphasis, m.keyboard), (a, Some(1), false));
    assert!(!m.point(a, true), "the same item again changes nothing");
    m.leave();
    assert_eq!((m.active, m.emphasis), (None, None));
    // A keyboard read-out survives the pointer leaving, not the focus leaving.
    assert!(m.focus(a));
    assert!(!m.focus(None), "focus keeps what is active");
    m.key_to(a, false);
    assert_eq!(
        (m.emphasis, m.keyboard),
        (None, true),
        "bars have no series to emphasise"
    );
    m.leave();
    assert_eq!(m.active, a);
    m.blur();
    assert_eq!((m.active, m.keyboard), (None, false));
    m.point(a, true);
    m.clear();
    assert_eq!((m.active, m.emphasis), (None, None));
    // The legend: hiding a series drops the read-out; pressing again shows it.
    m.point(a, true);
    m.toggle_hidden(1);
    assert_eq!((m.hidden.clone(), m.active), (vec![1], None));
    m.toggle_hidden(1);
    assert!(m.hidden.is_empty());
}

/// Regression: the composition's segment labels were written by `{:.1}` ("55.3" on a Russian
/// or Kazakh chart); they are written with the page's decimal mark, as every other value.
#[test]
fn composition_labels_use_the_languages_decimal_mark() {
    use kz_iip::charts::draw::draw_composition;
    let db = check::db();
    let table = kz_iip::table::composition(&db);
    for (lang, mark, other) in [
        (Lang::En, '.', ','),
        (Lang::Ru, ',', '.'),
        (Lang::Kk, ',', '.'),
    ] {
        let s = spec::composition_of(lang, &table);
        let svg = svg_of(|root| {
            draw_composition(root, &s, &Look::light(1.0, 800.0), &Marks::default())
                .expect("composition draws")
        });
        let labels: Vec<String> = texts(&svg)
            .into_iter()
            .map(|(_, t)| t)
            .filter(|t| {
                t.len() <= 5
                    && t.chars()
                        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            })
            .filter(|t| t.contains(['.', ',']))
            .collect();
        assert!(labels.len() >= 3, "{lang:?}: segment labels {labels:?}");
        assert!(
            labels
                .iter()
                .all(|t| t.contains(mark) && !t.contains(other)),
            "{lang:?}: {labels:?}"
        );
    }
}

//! The map (issue 11): tiles, colour scale ends, regions that did not exist, keyboard moves.

use kz_iip::charts::frame::{Look, Marks};
use kz_iip::charts::interact::Interactive;
use kz_iip::charts::map::{color_of, draw_map, map, text_on, Scale, TileState};
use kz_iip::i18n::Lang;
use kz_iip::state::{Filters, View};
use plotters::prelude::*;

use crate::check;

fn spec(q: &str) -> kz_iip::charts::map::MapSpec {
    let db = check::db();
    let (f, notices) = Filters::from_query(q, &db);
    assert!(notices.is_empty(), "{notices:?}");
    map(&db, &f, Lang::En)
}

fn value(s: &kz_iip::charts::map::MapSpec, name: &str) -> TileState {
    s.tiles
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("{name}"))
        .state
}

#[test]
fn v_map_2023_colours_20_regions_with_aktobe_and_soltustik_at_the_ends() {
    let db = check::db();
    let (f, _) = Filters::from_query("v=map&y=2023", &db);
    assert_eq!(f.view, View::Map);
    let s = map(&db, &f, Lang::En);
    assert_eq!(s.tiles.len(), 20);
    assert!(s
        .tiles
        .iter()
        .all(|t| matches!(t.state, TileState::Value(_))));
    assert_eq!(value(&s, "Aktobe"), TileState::Value(95.2));
    assert_eq!(value(&s, "Soltustik Kazakhstan"), TileState::Value(114.4));
    assert_eq!(
        s.scale,
        Scale::Diverging {
            low: 95.2,
            center: 100.0,
            high: 114.4
        }
    );
    // The two ends of the scale are the two extreme colours; 100 is neutral.
    let lo = color_of(s.scale, 95.2, false);
    let hi = color_of(s.scale, 114.4, false);
    assert_eq!(lo, kz_iip::charts::spec::BAR_DOWN);
    assert_eq!(hi, kz_iip::charts::spec::BAR_UP);
    assert_eq!(color_of(s.scale, 100.0, false), (0xf2, 0xf2, 0xf2));
    assert_eq!(s.republic.as_deref(), Some("104.4"));
    // Tile text keeps at least 4.5:1 against its fill (white or black).
    for t in &s.tiles {
        if let TileState::Value(v) = t.state {
            let bg = color_of(s.scale, v, false);
            assert!(contrast(bg, text_on(bg)) >= 4.5, "{}: {bg:?}", t.name);
        }
    }
}

fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let lum = |c: (u8, u8, u8)| {
        let f = |x: u8| {
            let x = f64::from(x) / 255.0;
            if x <= 0.03928 {
                x / 12.92
            } else {
                ((x + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * f(c.0) + 0.7152 * f(c.1) + 0.0722 * f(c.2)
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn regions_that_did_not_exist_are_shown_as_such() {
    let s = spec("y=2015&m=iip");
    assert_eq!(value(&s, "Abay"), TileState::NotExisting);
    assert_eq!(value(&s, "Shymkent city"), TileState::NotExisting);
    // Turkistan's tile is South Kazakhstan's before 2018, and no source gives its figures.
    assert_eq!(value(&s, "Ontustik Kazakhstan"), TileState::NoData);
    assert!(s.tiles.iter().all(|t| t.name != "Turkistan"));
    let s = spec("y=2019&m=vol");
    assert!(matches!(s.scale, Scale::Sequential { .. }));
    assert!(matches!(value(&s, "Turkistan"), TileState::Value(_)));
}

#[test]
fn arrows_move_between_neighbouring_tiles_and_clicks_find_the_tile() {
    let s = spec("y=2023");
    let idx = |name: &str| s.tiles.iter().position(|t| t.name == name).unwrap();
    let m = Marks::default();
    let at = |i: usize| {
        Some(kz_iip::charts::frame::Pick {
            series: 0,
            index: i,
        })
    };
    assert_eq!(
        s.step(&m, at(idx("Soltustik Kazakhstan")), "ArrowDown"),
        at(idx("Astana city"))
    );
    assert_eq!(
        s.step(&m, at(idx("Astana city")), "ArrowDown"),
        at(idx("Karagandy"))
    );
    assert_eq!(
        s.step(&m, at(idx("Karagandy")), "ArrowLeft"),
        at(idx("Ulytau"))
    );
    assert_eq!(
        s.step(&m, at(idx("Atyrau")), "ArrowLeft"),
        at(idx("Atyrau")),
        "the west edge"
    );
    let r = s
        .readout(
            &kz_iip::charts::frame::Frame::default(),
            &m,
            at(idx("Aktobe")).unwrap(),
        )
        .unwrap();
    assert_eq!(
        r.sentence,
        "Aktobe, 2023: 95.2 % of the previous year, official"
    );
    assert!(s
        .summary()
        .contains("Highest: Soltustik Kazakhstan (114.4); lowest: Aktobe (95.2)"));
    // Drawn into SVG: the frame's grid finds Karagandy's tile at its centre.
    let mut out = String::new();
    let frame = {
        let root = SVGBackend::with_string(&mut out, (720, 380)).into_drawing_area();
        draw_map(&root, &s, &Look::light(1.0, 720.0), &Marks::default()).expect("draws")
    };
    assert!(out.contains("Karagandy"));
    let (x, y) = (frame.x_px(3.5), frame.y_px(2.5));
    assert_eq!(s.pick(&frame, &m, x, y), at(idx("Karagandy")));
}

/// #25: at phone width the long "… Kazakhstan" tiles read as the short forms people use
/// (ЗКО, СҚО, WKO), not as cut words ("Западно…"); the read-out keeps the full name.
#[test]
fn phone_width_tiles_show_short_forms_not_cut_words() {
    let db = check::db();
    let (f, _) = Filters::from_query("v=map&y=2023", &db);
    for (lang, shorts, cut) in [
        (Lang::Ru, ["ЗКО", "СКО", "ВКО"], "Западно…"),
        (Lang::Kk, ["БҚО", "СҚО", "ШҚО"], "Батыс Қа…"),
        (Lang::En, ["WKO", "NKO", "EKO"], "Batys Ka…"),
    ] {
        let s = map(&db, &f, lang);
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (320, 300)).into_drawing_area();
            draw_map(&root, &s, &Look::light(1.0, 320.0), &Marks::default()).expect("draws");
        }
        for short in shorts {
            assert!(
                out.lines().any(|l| l.trim() == short),
                "{lang:?}: no tile reads {short}"
            );
        }
        assert!(!out.contains(cut), "{lang:?}: a tile reads {cut}");
        // The full name stays where there is room, and in the read-out.
        let wide = s
            .tiles
            .iter()
            .find(|t| t.code.as_str() == "270000000")
            .expect("tile");
        assert!(wide.name.chars().count() > 3 && !shorts.contains(&wide.name.as_str()));
    }
}

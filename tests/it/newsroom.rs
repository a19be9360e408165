//! #25: a newsroom's highlight (`hl=`), notes (`ann=`) and direct labels.

use kz_iip::charts::frame::{Look, Marks};
use kz_iip::charts::interact::Interactive;
use kz_iip::charts::notes::{label_width, NoteBox};
use kz_iip::charts::spec::{self, TrendSpec};
use kz_iip::charts::trend::draw::{draw_trend, layout_notes};
use kz_iip::i18n::Lang;
use kz_iip::state::widget::{Note, WidgetOptions};
use kz_iip::state::{Filters, Notice};
use plotters::prelude::*;

use crate::check;

const DONE_WHEN: &str =
    "chart=trend&r=000000000,150000000&hl=150000000&title=Aktobe%27s%20industry%20shrank\
    &desc=One%20line&note=A%20note&ann=2023:Lowest%20since%202015";

fn story(q: &str, lang: Lang) -> TrendSpec {
    let db = check::db();
    let (f, notices) = Filters::from_query(q, &db);
    assert!(notices.is_empty(), "{notices:?}");
    let (o, notices) = WidgetOptions::from_query(q);
    assert!(notices.is_empty(), "{notices:?}");
    let mut s = spec::trend(&db, &f, lang);
    s.notes = o.notes;
    s.direct_labels = s.series.len() <= 4;
    s
}

#[test]
fn hl_makes_the_others_quiet_and_travels_in_the_explorer_link() {
    let db = check::db();
    let (f, notices) = Filters::from_query(DONE_WHEN, &db);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(f.highlight.len(), 1);
    assert!(f.to_query().ends_with("&hl=150000000"), "{}", f.to_query());
    // The words do not travel; the highlight does.
    assert!(!f.to_query().contains("title=") && !f.to_query().contains("ann="));
    let s = spec::trend(&db, &f, Lang::En);
    let quiet: Vec<_> = s
        .series
        .iter()
        .map(|x| (x.code.as_str(), x.quiet))
        .collect();
    assert_eq!(quiet, [("000000000", true), ("150000000", false)]);
    // The ranking: every bar but Aktobe's is quiet; without hl none is.
    let bars = spec::ranking(&db, &f, Lang::En);
    assert!(bars.bars.iter().all(|b| b.quiet == (b.code != "150000000")));
    let (plain, _) = Filters::from_query("r=150000000", &db);
    assert!(spec::ranking(&db, &plain, Lang::En)
        .bars
        .iter()
        .all(|b| !b.quiet));
    assert!(!plain.to_query().contains("hl="));
    // Regression (review): a highlight of a unit the chart does not show quiets nothing — not
    // every line grey (a trend of the Republic and Atyrau with Aktobe highlighted; a ranking
    // with the Republic, a reference line, highlighted).
    let (other, _) = Filters::from_query("r=000000000,230000000&hl=150000000", &db);
    assert!(spec::trend(&db, &other, Lang::En)
        .series
        .iter()
        .all(|x| !x.quiet));
    let (republic, _) = Filters::from_query("hl=000000000", &db);
    assert!(spec::ranking(&db, &republic, Lang::En)
        .bars
        .iter()
        .all(|b| !b.quiet));
    // An unknown code is a notice, never a panic; repeats and too many are trimmed.
    let (f, notices) = Filters::from_query("hl=999,150000000,150000000", &db);
    assert_eq!(f.highlight.len(), 1);
    assert_eq!(notices, [Notice::UnknownRegion("999".into())]);
}

#[test]
fn ann_reads_up_to_three_year_notes_cut_at_sixty_characters() {
    let (o, notices) = WidgetOptions::from_query(DONE_WHEN);
    assert!(notices.is_empty());
    assert_eq!(
        o.notes,
        [Note {
            year: 2023,
            text: "Lowest since 2015".into()
        }]
    );
    assert_eq!(WidgetOptions::from_query(&o.to_query()).0, o, "round trip");
    let long = "word ".repeat(30);
    let q =
        format!("ann=2020:a&ann=2021:{long}&ann=2022:c&ann=2023:d&ann=soon:e&ann=2019:&ann=1066:x");
    let (o, notices) = WidgetOptions::from_query(&q);
    assert_eq!(o.notes.len(), Note::MAX);
    assert!(o.notes[1].text.chars().count() <= Note::MAX_CHARS && o.notes[1].text.ends_with('…'));
    // The fourth note, a bad year, an empty text and a year out of range: four notices.
    assert_eq!(notices.len(), 4, "{notices:?}");
    assert!(notices
        .iter()
        .all(|n| matches!(n, Notice::BadWidgetOption { key, .. } if key == "ann")));
}

#[test]
fn a_note_reaches_the_description_and_the_keyboard_readout() {
    let s = story(DONE_WHEN, Lang::En);
    assert!(
        s.summary().ends_with("Note (2023): Lowest since 2015."),
        "{}",
        s.summary()
    );
    // Anchored on the highlighted line (Aktobe), not on the Republic.
    let (series, index, _) = s.note_anchor(2023).expect("a value in 2023");
    assert_eq!(s.series[series].code.as_str(), "150000000");
    let frame = kz_iip::charts::frame::Frame {
        left: 0.0,
        top: 0.0,
        right: 100.0,
        bottom: 100.0,
        x: (f64::from(s.from), f64::from(s.to)),
        y: (0.0, 200.0),
        scale: 1.0,
        ..Default::default()
    };
    let pick = kz_iip::charts::frame::Pick { series, index };
    let r = s.readout(&frame, &Marks::default(), pick).expect("readout");
    assert!(
        r.sentence.ends_with("Note (2023): Lowest since 2015"),
        "{}",
        r.sentence
    );
    // A note at a year without a value is neither drawn nor said.
    let s = story("r=150000000&ann=1999:Before", Lang::En);
    assert!(s.note_anchor(1999).is_none() && !s.summary().contains("Before"));
}

/// The notes of a drawn chart as placed, the device pixels of every drawn value, the plot
/// area and the SVG.
struct Drawn {
    boxes: Vec<Option<NoteBox>>,
    points: Vec<(f64, f64)>,
    plot: (f64, f64, f64, f64),
    svg: String,
}

fn placed(s: &TrendSpec, width: u32) -> Drawn {
    let mut out = String::new();
    let (frame, boxes, points);
    {
        let root = SVGBackend::with_string(&mut out, (width, 340)).into_drawing_area();
        let look = Look::light(1.0, f64::from(width));
        frame = draw_trend(&root, s, &look, &Marks::default()).expect("draws");
        let at = |y: i32, v: f64| (frame.x_px(f64::from(y)), frame.y_px(v));
        let measure = |t: &str| label_width(&root, t, 1.0);
        let plot = (frame.left, frame.top, frame.right, frame.bottom);
        boxes = layout_notes(s, &Marks::default(), plot, &at, &measure, 1.0);
        points = s
            .series
            .iter()
            .flat_map(|x| x.points.iter().filter_map(|&(y, v)| Some(at(y, v?))))
            .collect::<Vec<_>>();
    }
    Drawn {
        boxes,
        points,
        plot: (frame.left, frame.top, frame.right, frame.bottom),
        svg: out,
    }
}

#[test]
fn notes_sit_inside_the_plot_and_cover_no_value_at_320_and_720_px() {
    for lang in Lang::ALL {
        for q in [
            DONE_WHEN.to_owned(),
            "r=000000000,150000000,230000000,750000000&ann=2015:Oil price fall&ann=2020:Pandemic year, output fell&ann=2023:Lowest since 2015".to_owned(),
        ] {
            let s = story(&q, lang);
            for width in [320, 720] {
                let Drawn { boxes, points, plot: (l, t, r, b), svg } = placed(&s, width);
                assert_eq!(boxes.len(), s.notes.len());
                for (n, b_) in s.notes.iter().zip(&boxes) {
                    let nb = b_.as_ref().unwrap_or_else(|| panic!("{lang:?} {width}px: «{}» found no place", n.text));
                    let (x0, y0, x1, y1) = nb.rect;
                    assert!(x0 >= l && y0 >= t && x1 <= r && y1 <= b, "{lang:?} {width}px: «{}» leaves the plot", n.text);
                    for &(px, py) in &points {
                        assert!(!(x0..=x1).contains(&px) || !(y0..=y1).contains(&py), "{lang:?} {width}px: «{}» covers a value", n.text);
                    }
                    for line in &nb.lines {
                        assert!(svg.contains(line.as_str()), "{lang:?} {width}px: «{line}» not drawn");
                    }
                }
                // No two notes overlap.
                let rects: Vec<_> = boxes.iter().flatten().map(|b| b.rect).collect();
                for (i, a) in rects.iter().enumerate() {
                    for c in &rects[i + 1..] {
                        assert!(a.2 <= c.0 || c.2 <= a.0 || a.3 <= c.1 || c.3 <= a.1, "{lang:?} {width}px: notes overlap");
                    }
                }
            }
        }
    }
}

#[test]
fn direct_labels_name_each_line_at_its_end_in_its_colour() {
    let s = story(DONE_WHEN, Lang::Ru);
    let Drawn {
        plot: (_, _, right, _),
        svg,
        ..
    } = placed(&s, 480);
    // Short forms: «Республика», «Актобе» (not «Актюбинская область»).
    let ends: Vec<&str> = s.series.iter().map(|x| x.end_label.as_str()).collect();
    assert_eq!(ends, ["Республика", "Актобе"]);
    for label in ends {
        assert!(svg.contains(label), "{label} not labelled");
    }
    // The labels sit right of the plot.
    let x_of = |label: &str| {
        let i = svg.find(label).expect("label");
        let tag = &svg[svg[..i].rfind("<text").expect("text")..i];
        let x = tag
            .split("x=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("x");
        x.parse::<f64>().expect("number")
    };
    assert!(x_of(&s.series[1].end_label) > right);
}

/// A ranking's note (of its year) sits at the end of the highlighted bar's value label, inside
/// the plot, clear of every bar and value label; it is said in the description and with that
/// bar. A note of another year is neither drawn nor said.
#[test]
fn a_ranking_note_sits_clear_of_every_bar_at_320_and_720_px() {
    use kz_iip::charts::bars::draw::{draw_bars, layout_bar_notes};
    let db = check::db();
    for lang in Lang::ALL {
        let q =
            "chart=ranking&y=2023&hl=150000000&ann=2023:Lowest%20since%202015&ann=2019:Elsewhere";
        let (f, _) = Filters::from_query(q, &db);
        let (o, _) = WidgetOptions::from_query(q);
        let mut s = spec::ranking(&db, &f, lang);
        s.notes = o.notes;
        let aktobe = s
            .bars
            .iter()
            .position(|b| b.code == "150000000")
            .expect("Aktobe ranked");
        assert_eq!(s.note_anchor(&s.notes[0]), Some(aktobe));
        assert_eq!(s.note_anchor(&s.notes[1]), None, "another year");
        assert!(
            s.summary().contains("(2023): Lowest since 2015.")
                && !s.summary().contains("Elsewhere")
        );
        for width in [320u32, 720] {
            let mut out = String::new();
            let (frame, boxes);
            {
                let root = SVGBackend::with_string(&mut out, (width, 620)).into_drawing_area();
                frame = draw_bars(
                    &root,
                    &s,
                    &Look::light(1.0, f64::from(width)),
                    &Marks::default(),
                )
                .expect("draws");
                let measure = |t: &str| label_width(&root, t, 1.0);
                boxes = layout_bar_notes(&s, &frame, &measure);
            }
            let b = boxes[0]
                .as_ref()
                .unwrap_or_else(|| panic!("{lang:?} {width}px: no place"));
            assert!(boxes[1].is_none());
            let (x0, y0, x1, y1) = b.rect;
            assert!(
                x0 >= frame.left && y0 >= frame.top && x1 <= frame.right && y1 <= frame.bottom,
                "{lang:?} {width}px: leaves the plot"
            );
            // Clear of every bar (from the baseline to its value).
            let n = s.bars.len() as f64;
            for (k, bar) in s.bars.iter().enumerate() {
                let (top, bottom) = (frame.y_px(n - k as f64), frame.y_px(n - 1.0 - k as f64));
                let (a, z) = (
                    frame.x_px(bar.value.min(s.baseline)),
                    frame.x_px(bar.value.max(s.baseline)),
                );
                assert!(
                    x1 <= a || z <= x0 || y1 <= top || bottom <= y0,
                    "{lang:?} {width}px: covers {}'s bar",
                    bar.label
                );
            }
            for line in &b.lines {
                assert!(
                    out.contains(line.as_str()),
                    "{lang:?} {width}px: «{line}» not drawn"
                );
            }
        }
    }
}

//! URL state: round trip, garbage, fallbacks.

use kz_iip::data::RegionCode;
use kz_iip::state::{
    percent_decode, Bounds, Currency, Filters, Lang, Measure, Notice, MAX_SELECTED,
};

use crate::check;

#[test]
fn default_round_trips() {
    let db = check::db();
    let f = Filters::default_for(Bounds::of(&db));
    let (back, notices) = Filters::from_query(&f.to_query(), &db);
    assert_eq!(back, f);
    assert!(notices.is_empty());
}

#[test]
fn many_filters_round_trip() {
    let db = check::db();
    let codes: Vec<RegionCode> = db.regions.iter().map(|r| r.code.clone()).collect();
    let b = Bounds::of(&db);
    let activities: Vec<_> = db.activities.iter().map(|a| a.code.clone()).collect();
    let periods = kz_iip::data::select::activity_periods(&db);
    let mut n = 0;
    for k in 0..=MAX_SELECTED {
        for start in 0..codes.len() {
            let regions: Vec<_> = codes.iter().cycle().skip(start).take(k).cloned().collect();
            let from = b.first + (start as i32 % 7);
            let f = Filters {
                regions,
                from,
                to: from + (k as i32) % (b.last - from + 1),
                year: b.last - (start as i32 % 5),
                measure: [Measure::Iip, Measure::Volume, Measure::Level][start % 3],
                activity: activities[(start + k) % activities.len()].clone(),
                period: periods[(start * 3 + k) % periods.len()],
                currency: if k % 2 == 0 {
                    Currency::Kzt
                } else {
                    Currency::Usd
                },
                lang: Lang::ALL[start % 3],
                view: kz_iip::state::View::ALL[(start + k) % kz_iip::state::View::ALL.len()],
                base: b.first + (k as i32 % 9),
                theme: kz_iip::state::Theme::ALL[start % 3],
                highlight: codes.iter().skip(k).take(start % 3).cloned().collect(),
            };
            let q = f.to_query();
            let (back, notices) = Filters::from_query(&q, &db);
            assert_eq!(back, f, "query {q}");
            assert!(notices.is_empty(), "query {q}: {notices:?}");
            n += 1;
        }
    }
    assert!(n > 100);
}

#[test]
fn a_permalink_restores_the_view() {
    let db = check::db();
    let (f, notices) =
        Filters::from_query("?r=230000000,100000000&from=2015&to=2020&y=2019&m=vol", &db);
    assert!(notices.is_empty());
    assert_eq!(f.regions, vec![code("230000000"), code("100000000")]);
    assert_eq!(
        (f.from, f.to, f.year, f.measure),
        (2015, 2020, 2019, Measure::Volume)
    );
}

#[test]
fn encoded_commas_and_tracking_parameters() {
    let db = check::db();
    let (f, notices) = Filters::from_query("utm_source=x&r=230000000%2C750000000&fbclid=abc", &db);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(f.regions, vec![code("230000000"), code("750000000")]);
}

#[test]
fn unknown_code_is_dropped_with_a_notice() {
    let db = check::db();
    let (f, notices) = Filters::from_query("r=230000000,999999999", &db);
    assert_eq!(f.regions, vec![code("230000000")]);
    assert_eq!(notices, vec![Notice::UnknownRegion("999999999".into())]);
    // Only unknown codes: the default selection, with a notice.
    let (f, notices) = Filters::from_query("r=nope", &db);
    assert_eq!(f.regions, Filters::default_for(Bounds::of(&db)).regions);
    assert_eq!(notices.len(), 1);
}

#[test]
fn bad_years_fall_back() {
    let db = check::db();
    let d = Filters::default_for(Bounds::of(&db));
    let (f, notices) = Filters::from_query("from=abc&to=1900&y=3000", &db);
    assert_eq!((f.from, f.to, f.year), (d.from, d.to, d.year));
    assert_eq!(notices.len(), 3, "{notices:?}");
    let (f, notices) = Filters::from_query("from=2020&to=2010", &db);
    assert_eq!((f.from, f.to), (d.from, d.to));
    assert_eq!(
        notices,
        vec![Notice::BadRange {
            from: 2020,
            to: 2010
        }]
    );
}

#[test]
fn too_many_regions_are_cut() {
    let db = check::db();
    let all: Vec<_> = db.regions.iter().map(|r| r.code.to_string()).collect();
    let (f, notices) = Filters::from_query(&format!("r={}", all.join(",")), &db);
    assert_eq!(f.regions.len(), MAX_SELECTED);
    assert_eq!(notices, vec![Notice::TooManyRegions { kept: MAX_SELECTED }]);
}

#[test]
fn garbage_never_panics_and_always_gives_a_usable_view() {
    let db = check::db();
    let long = "r=".to_owned() + &"9".repeat(10_000);
    let garbage = [
        "",
        "?",
        "&&&",
        "=",
        "r",
        "r=",
        "r=,,,",
        "from=",
        "m=",
        "m=IIP",
        "y=-1",
        "y=99999999999999999999",
        "%",
        "%%%",
        "%zz",
        "%E0%A4%A",
        "r=%FF%FE",
        "r=<script>alert(1)</script>",
        "m=💥",
        "from=2e3",
        "r=230000000&r=750000000",
        "y=2023.5",
        "to=+2023",
        "from= 2015",
        long.as_str(),
    ];
    for q in garbage {
        let (f, _) = Filters::from_query(q, &db);
        let b = Bounds::of(&db);
        assert!(f.from <= f.to && f.from >= b.first && f.to <= b.last, "{q}");
        assert!(f.regions.len() <= MAX_SELECTED, "{q}");
        assert!(f.regions.iter().all(|c| db.region(c).is_some()), "{q}");
        assert_eq!(Filters::from_query(&f.to_query(), &db).0, f, "{q}");
    }
    let (_, notices) = Filters::from_query(&long, &db);
    match &notices[..] {
        [Notice::UnknownRegion(s)] => assert!(s.chars().count() <= 41, "notice text is bounded"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_empty_region_list_is_kept() {
    let db = check::db();
    let (f, notices) = Filters::from_query("r=&m=iip", &db);
    assert!(f.regions.is_empty() && notices.is_empty());
}

#[test]
fn percent_decoding() {
    assert_eq!(percent_decode("a%2Cb+c"), "a,b c");
    assert_eq!(percent_decode("%"), "%");
    assert_eq!(percent_decode("%4"), "%4");
    assert_eq!(percent_decode("%+1"), "% 1");
    assert_eq!(percent_decode("%D0%90"), "А");
    assert_eq!(percent_decode("%FF"), "\u{FFFD}");
}

#[test]
fn toggling_respects_the_limit() {
    let db = check::db();
    let mut f = Filters::default_for(Bounds::of(&db));
    f.regions.clear();
    for r in db.regions.iter().take(MAX_SELECTED) {
        assert!(f.toggle_region(&r.code));
    }
    let extra = db.regions[MAX_SELECTED].code.clone();
    assert!(!f.toggle_region(&extra), "an 8th unit is refused");
    let first = db.regions[0].code.clone();
    assert!(f.toggle_region(&first) && !f.regions.contains(&first));
}

#[test]
fn range_setter_keeps_from_before_to() {
    let db = check::db();
    let mut f = Filters::default_for(Bounds::of(&db));
    f.set_range(Some(2015), Some(2012));
    assert_eq!((f.from, f.to), (2012, 2012));
    f.set_range(Some(2020), None);
    assert_eq!((f.from, f.to), (2020, 2020));
}

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).expect("valid code")
}

#[test]
fn activity_period_and_currency_from_a_permalink() {
    let db = check::db();
    let (f, notices) = Filters::from_query("a=C&p=2024-M02&cur=usd", &db);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(f.activity.as_str(), "C");
    assert_eq!(f.period.to_string(), "2024-M02");
    assert_eq!(f.currency, Currency::Usd);
    let (f, notices) = Filters::from_query("a=Q&p=2024-M12&cur=eur", &db);
    assert_eq!(notices.len(), 3, "{notices:?}");
    assert_eq!(f, Filters::default_for(Bounds::of(&db)));
}

#[test]
fn language_is_in_the_permalink() {
    let db = check::db();
    let (f, notices) = Filters::from_query("lang=kk&y=2023", &db);
    assert!(notices.is_empty());
    assert_eq!(f.lang, Lang::Kk);
    assert!(f.to_query().ends_with("&lang=kk"));
    let (f, notices) = Filters::from_query("lang=de", &db);
    assert_eq!(
        (f.lang, notices),
        (Lang::En, vec![Notice::UnknownLanguage("de".into())])
    );
}

#[test]
fn the_view_is_in_the_permalink_and_a_bad_one_falls_back() {
    use kz_iip::state::{Notice, View};
    let db = check::db();
    let (f, notices) = Filters::from_query("v=ranking&y=2019", &db);
    assert_eq!((f.view, f.year), (View::Ranking, 2019));
    assert!(notices.is_empty());
    assert!(f.to_query().starts_with("v=ranking&"));
    let (f, notices) = Filters::from_query("v=%3Cscript%3E", &db);
    assert_eq!(f.view, View::Trend);
    assert_eq!(notices, vec![Notice::BadView("<script>".into())]);
}

/// Regression (#23): a bad `theme=` in the explorer gets its own notice, not "not a widget option".
#[test]
fn a_bad_theme_gets_the_themes_notice() {
    use kz_iip::i18n::{notice_text, Lang};
    use kz_iip::state::{Filters, Notice};
    let db = check::db();
    let (_, notices) = Filters::from_query("theme=neon", &db);
    assert_eq!(notices, vec![Notice::BadTheme("neon".into())]);
    let text = notice_text(Lang::En, &notices[0]);
    assert!(
        text.contains("neon") && text.contains("theme") && !text.contains("widget"),
        "{text}"
    );
}

/// Property (#23): 10 000 random queries — known keys with good, bad, empty, huge, percent-encoded
/// and non-ASCII values, unknown keys, stray separators — never panic; what they give reads back
/// from its own link unchanged with no notice; every notice is written in full in every language.
mod random_queries {
    use super::*;
    use kz_iip::i18n::notice_text;
    use proptest::prelude::*;

    fn key() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => prop::sample::select(vec!["v", "r", "from", "to", "y", "m", "base", "a", "p", "cur", "theme", "lang", "chart", "id", "table"]).prop_map(String::from),
            1 => "[a-zA-Z%&=]{0,6}",
        ]
    }

    fn value() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => prop::sample::select(vec![
                "2023", "2009", "1900", "99999999999", "-1", "trend", "ranking", "map", "about", "level", "iip", "vol", "usd",
                "kzt", "dark", "ru", "kk", "de", "000000000,230000000", "620000000", "SKO", "IND", "C", "C-mech", "2024-M02",
                "2024-M13", "%", "%zz", "%E2%82", ",,,", "", " ", "x".repeat(5000).leak(),
            ]).prop_map(String::from),
            2 => "\\PC{0,24}",
            1 => "[0-9,]{0,40}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, .. ProptestConfig::default() })]

        #[test]
        fn never_panic_and_round_trip(pairs in prop::collection::vec((key(), value()), 0..8), sep in prop::sample::select(vec!["&", ";", "&&"])) {
            let db = check::db();
            let q: String = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(sep);
            let (f, notices) = Filters::from_query(&q, &db);
            let (back, again) = Filters::from_query(&f.to_query(), &db);
            prop_assert_eq!(&back, &f, "query {}", q);
            prop_assert!(again.is_empty(), "query {}: {:?}", q, again);
            for n in &notices {
                for lang in Lang::ALL {
                    let text = notice_text(lang, n);
                    // A `{$name}` left in the text is a variable the call did not fill (unless the query had one).
                    prop_assert!(!text.trim().is_empty() && (!text.contains("{$") || q.contains("{$")), "{:?} {:?}: {}", n, lang, text);
                }
            }
        }
    }
}

/// #26: a page in Russian or Kazakh reads its messages from a catalog file; the file
/// round-trips, and a damaged, foreign or hostile one is refused whole (never half-read, never a
/// panic).
#[test]
fn catalog_files_round_trip_and_refuse_damage() {
    use kz_iip::i18n::catalog::{encode, file_name, install, message, CatalogError, SEP};
    use kz_iip::i18n::Key;
    for lang in [Lang::Ru, Lang::Kk] {
        let file = encode(lang);
        assert!(file_name(lang).starts_with(&format!("i18n-{}-", lang.tag())));
        let parts: Vec<&str> = file.split(SEP).skip(1).collect();
        assert_eq!(parts.len(), Key::ALL.len());
        for (key, part) in Key::ALL.iter().zip(&parts) {
            assert_eq!(*part, message(lang, *key), "{key:?}");
        }
        // Cut short, a message missing, another build's magic, not UTF-8: refused.
        let cut = &file.as_bytes()[..file.len() / 2];
        let fewer = file
            .rsplit_once(SEP)
            .map(|(a, _)| a.to_owned())
            .unwrap_or_default();
        for bad in [
            cut,
            fewer.as_bytes(),
            b"KZC0\xee\x80\x85x",
            b"\xff\xfe",
            b"",
        ] {
            assert_eq!(install(lang, bad), Err(CatalogError::NotThisBuild));
        }
    }
    // A good file installs once per process (a page has one language); a second is refused.
    let first = install(Lang::Kk, encode(Lang::Kk).as_bytes());
    assert!(first.is_ok() || first == Err(CatalogError::Taken));
    assert_eq!(
        install(Lang::Ru, encode(Lang::Ru).as_bytes()),
        Err(CatalogError::Taken)
    );
}

proptest::proptest! {
    /// Any bytes: refused or installed, never a panic.
    #[test]
    fn catalog_install_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600)) {
        let _ = kz_iip::i18n::catalog::install(Lang::Ru, &bytes);
    }
}

/// The language a query asks for, as the page decides which catalog to install.
#[test]
fn query_lang_is_the_last_valid_lang() {
    use kz_iip::state::query_lang;
    assert_eq!(query_lang("?lang=ru"), Some(Lang::Ru));
    assert_eq!(query_lang("lang=kk&lang=xx"), Some(Lang::Kk));
    assert_eq!(query_lang("lang=%20ru%20&v=map"), Some(Lang::Ru));
    assert_eq!(query_lang("v=map&lang=de"), None);
    assert_eq!(query_lang(""), None);
}

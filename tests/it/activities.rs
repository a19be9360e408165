//! Activities, part-year periods, releases, USD conversion, composition and the new files.

use kz_iip::charts::spec;
use kz_iip::table::{published_cell, Missing};

/// The Republic's total-industry value of `indicator` in `p`, as a view in `m` and `cur` shows it.
fn shown(
    db: &kz_iip::data::Db,
    m: Measure,
    cur: Currency,
    indicator: Indicator,
    p: Period,
) -> Option<f64> {
    let cell = Cell::total(&RegionCode::republic(), indicator, p);
    published_cell(db, &cell, m, cur).ok().map(|v| v.shown)
}
use kz_iip::data::select::{
    activity_values, compositions, history, is_revised, rate_for, series, years_of_type, Cell,
};
use kz_iip::data::{ActivityCode, Indicator, Period, PeriodType, RegionCode, Status};
use kz_iip::i18n::{self, Lang};
use kz_iip::state::{Currency, Filters, Measure};

use crate::check;

fn act(s: &str) -> ActivityCode {
    ActivityCode::parse(s).expect("activity code")
}

fn period(s: &str) -> Period {
    Period::parse(s).expect("period")
}

fn republic() -> RegionCode {
    RegionCode::republic()
}

#[test]
fn activity_tree_is_in_order() {
    let db = check::db();
    assert!(db.activities[0].code.is_total());
    let sections: Vec<_> = db
        .activities
        .iter()
        .filter(|a| a.depth == 1)
        .map(|a| a.code.as_str())
        .collect();
    assert_eq!(sections, vec!["B", "C", "D", "E"]);
    for (i, a) in db.activities.iter().enumerate() {
        if let Some(p) = &a.parent {
            let pi = db
                .activities
                .iter()
                .position(|x| &x.code == p)
                .expect("parent");
            assert!(pi < i, "{} after its parent", a.code);
        }
    }
    assert_eq!(
        db.activity(&act("B-oil")).map(|a| a.depth),
        Some(3),
        "B → oil and gas → crude oil"
    );
}

#[test]
fn activities_are_published_for_the_republic_only() {
    let db = check::db();
    assert!(db
        .observations
        .iter()
        .filter(|o| !o.activity.is_total())
        .all(|o| o.geo.is_republic()));
    let s = series(
        &db,
        &RegionCode::parse("230000000").expect("code"),
        &act("C"),
        Indicator::Iip,
        PeriodType::Year,
        (2021, 2023),
    );
    assert!(s
        .iter()
        .all(|p| p.1 == Err(kz_iip::data::select::Gap::NotByRegion)));
}

#[test]
fn periods_parse_and_print() {
    assert_eq!(period("2024-M02").kind, PeriodType::Cumulative(2));
    assert_eq!(period("2024-M02").to_string(), "2024-M02");
    for bad in [
        "2024-M12", "2024-M00", "2024-M2", "24", "2024-Q1", "2024-", "abcd",
    ] {
        assert!(Period::parse(bad).is_none(), "{bad}");
    }
    assert_eq!(
        i18n::period_name(Lang::En, period("2024-M02")),
        "Jan–Feb 2024"
    );
    assert_eq!(i18n::period_name(Lang::En, period("2024-M03")), "Q1 2024");
    assert_eq!(i18n::period_name(Lang::En, period("2013-M06")), "H1 2013");
    assert_eq!(
        i18n::period_name(Lang::En, period("2023-M07")),
        "Jan–Jul 2023"
    );
    assert_eq!(
        i18n::iip_basis(Lang::En, period("2024-M02")),
        "% (Jan–Feb 2023 = 100)"
    );
}

#[test]
fn seed_figures_for_manufacturing() {
    let db = check::db();
    let c = act("C");
    let get = |p: &str| {
        kz_iip::data::select::best(&db, &Cell::new(&republic(), &c, Indicator::Iip, period(p)))
            .map(|o| o.value)
    };
    assert_eq!(get("2023"), Some(104.0));
    assert_eq!(get("2024-M02"), Some(107.4));
    let branches = activity_values(&db, period("2024-M02"));
    let other = branches
        .iter()
        .find(|(a, _)| a.code.as_str() == "C-other")
        .expect("other");
    assert!(
        (other.1.value - 180.0).abs() < 1e-9 && other.1.is_restated(),
        "«1.8 times»"
    );
}

/// A chart compares like with like: one period, or one period type.
#[test]
fn period_types_are_never_mixed() {
    let db = check::db();
    let mut f = Filters::default_for(kz_iip::state::Bounds::of(&db));
    f.period = period("2024-M02");
    let bars = spec::activity_bars(&db, &f, Lang::En);
    assert!(bars.title.contains("Jan–Feb 2024") && bars.title.contains("% (Jan–Feb 2023 = 100)"));
    for (_, o) in activity_values(&db, f.period) {
        assert_eq!(o.period, f.period);
    }
    assert_eq!(bars.bars.len(), activity_values(&db, f.period).len());
    // The manufacturing Jan–Jul trend holds only Jan–Jul values.
    f.activity = act("C");
    f.period = period("2023-M07");
    let trend = spec::activity_trend(&db, &f, Lang::En).expect("several Jan–Jul values");
    assert!(trend.title.contains("Jan–Jul"));
    let years = years_of_type(&db, &f.activity, Indicator::Iip, PeriodType::Cumulative(7));
    assert_eq!(years, vec![2018, 2020, 2022, 2023]);
    let shown: Vec<_> = trend.series[0]
        .points
        .iter()
        .filter(|p| p.1.is_some())
        .map(|p| p.0)
        .collect();
    assert_eq!(shown, years);
    // Jan–Feb has a single manufacturing value: no trend.
    f.period = period("2024-M02");
    assert!(spec::activity_trend(&db, &f, Lang::En).is_none());
}

#[test]
fn releases_run_from_preliminary_to_revised() {
    let db = check::db();
    let cell = Cell::total(&republic(), Indicator::Volume, period("2023"));
    let h: Vec<_> = history(&db, &cell)
        .iter()
        .map(|o| (o.source.as_str().to_owned(), o.status))
        .collect();
    assert_eq!(
        h,
        vec![
            ("tukib-2024-02".to_owned(), Status::Preliminary),
            ("seed-001".to_owned(), Status::Preliminary),
            ("seed-000".to_owned(), Status::Official),
        ]
    );
    assert!(is_revised(&db, &cell));
    // Two identical copies of one official table are not a revision.
    let atyrau = RegionCode::parse("230000000").expect("code");
    assert!(!is_revised(
        &db,
        &Cell::total(&atyrau, Indicator::Iip, period("2023"))
    ));
    // Regression: the table's whole millions against the database copy's 0.1 million are the
    // same figure, not a revision.
    for r in db.subnational().filter(|r| r.exists_in(2023)) {
        let cell = Cell::total(&r.code, Indicator::Volume, period("2023"));
        assert!(!is_revised(&db, &cell), "{}", r.name_en);
    }
    // Sections 2023: the Bureau's release revises the early one.
    let d = Cell::new(&republic(), &act("D"), Indicator::Iip, period("2023"));
    let values: Vec<_> = history(&db, &d)
        .iter()
        .map(|o| (o.value * 10.0).round() / 10.0)
        .collect();
    assert_eq!(values, vec![101.8, 105.4]);
}

#[test]
fn usd_conversion_uses_only_a_rate_of_the_same_period() {
    let db = check::db();
    let feb = rate_for(&db, period("2024-M02")).expect("rate");
    assert_eq!(
        feb.period,
        Some(period("2024-M02")),
        "the pair for that very period"
    );
    assert!((feb.kzt_per_usd - 7.5e12 / 16.6e9).abs() < 1e-9);
    let v = shown(
        &db,
        Measure::Volume,
        Currency::Usd,
        Indicator::Volume,
        period("2024-M02"),
    )
    .expect("usd");
    assert!(
        (v - 16_600.0).abs() < 0.5,
        "7.5 trn tenge = $16.6 bn as the source says: {v}"
    );
    let y2023 = rate_for(&db, period("2023")).expect("rate");
    assert!(
        (y2023.kzt_per_usd - 46.4e12 / 102.5e9).abs() < 1e-9,
        "the total-industry pair is listed first"
    );
    // IIP and tenge are never converted.
    assert_eq!(
        shown(
            &db,
            Measure::Iip,
            Currency::Usd,
            Indicator::Iip,
            period("2023")
        ),
        Some(104.4)
    );
    let tenge = shown(
        &db,
        Measure::Volume,
        Currency::Kzt,
        Indicator::Volume,
        period("2023"),
    );
    let cell = Cell::total(&RegionCode::republic(), Indicator::Volume, period("2023"));
    assert_eq!(
        tenge,
        kz_iip::data::select::best(&db, &cell).map(|o| o.value)
    );
}

/// Regression (audit): every volume of 2009–2019 was converted at the rate implied for 2015
/// (221.4), 2020–2021 at one implied for 2024, so Atyrau fell 34 % in tenge from 2019 to 2020
/// but 68 % in dollars. A period without its own rate has no dollar value.
#[test]
fn no_dollar_value_without_a_rate_for_that_period() {
    let db = check::db();
    for y in (2009..=2021).filter(|&y| y != 2015) {
        assert!(rate_for(&db, Period::year(y)).is_none(), "{y} has no rate");
        let cell = Cell::total(
            &RegionCode::parse("230000000").unwrap(),
            Indicator::Volume,
            Period::year(y),
        );
        assert_eq!(
            published_cell(&db, &cell, Measure::Volume, Currency::Usd).err(),
            Some(Missing::NoRate),
            "{y}: no 221.4 conversion outside 2015"
        );
    }
    let r2015 = rate_for(&db, Period::year(2015)).expect("2015 pair");
    assert!((r2015.kzt_per_usd - 14.9e12 / 67.3e9).abs() < 1e-9);
    // Seed 002's ticker is a rate of one day, not of any period the data has.
    assert!(rate_for(&db, period("2025-M11")).is_none());
    // The trend chart leaves the gap: Atyrau 2019 and 2020 have no dollar point.
    let f = Filters {
        regions: vec![RegionCode::parse("230000000").unwrap()],
        measure: Measure::Volume,
        currency: Currency::Usd,
        ..Filters::default_for(kz_iip::state::Bounds::of(&db))
    };
    let spec = kz_iip::charts::spec::trend(&db, &f, Lang::En);
    let pts = &spec.series[0].points;
    let at = |y: i32| pts.iter().find(|p| p.0 == y).and_then(|p| p.1);
    assert_eq!((at(2019), at(2020)), (None, None));
    assert!(at(2015).is_some() && at(2023).is_some());
    // The table note names the rate and its pair, and the years without one.
    let notes = kz_iip::charts::spec::rate_notes(&db, Lang::En, (2014..=2016).map(Period::year));
    assert!(
        notes[0].starts_with("Dollars (derived) for 2015: 221.4 KZT/USD"),
        "{notes:?}"
    );
    assert!(notes[0].contains("total industry 2015"), "{notes:?}");
    assert!(notes[1].contains("2014, 2016"), "{notes:?}");
}

#[test]
fn composition_prefers_stated_shares_and_derives_the_rest() {
    let db = check::db();
    let all = compositions(&db);
    let y2023 = all
        .iter()
        .find(|c| c.period == period("2023"))
        .expect("2023");
    assert_eq!(
        (y2023.mining.percent, y2023.manufacturing.percent),
        (46.7, 46.9)
    );
    assert!(y2023.mining.derived_from_total.is_none());
    assert!((y2023.rest - 6.4).abs() < 1e-9);
    let h1 = all
        .iter()
        .find(|c| c.period == period("2024-M06"))
        .expect("H1 2024");
    assert!(
        h1.mining.derived_from_total.is_some(),
        "derived from 10.7 / 23.5 trn"
    );
    assert!((h1.mining.percent - 10.7 / 23.5 * 100.0).abs() < 1e-9);
    assert!(all
        .iter()
        .all(|c| c.rest >= 0.0 && c.mining.from.period == c.period));
}

#[test]
fn projects_physical_output_and_glossary_are_loaded() {
    let db = check::db();
    assert_eq!(db.projects.len(), 5);
    let regions: Vec<_> = db.projects.iter().map(|p| p.region.as_str()).collect();
    assert_eq!(
        regions,
        vec![
            "100000000",
            "350000000",
            "390000000",
            "270000000",
            "470000000"
        ]
    );
    let steel = db
        .physical
        .iter()
        .find(|p| p.product == "steel")
        .expect("steel");
    assert_eq!(
        (steel.value, steel.unit.as_str(), steel.period),
        (4.0, "mn_t", period("2023"))
    );
    assert_eq!(db.glossary.terms.len(), 3);
    assert_eq!(db.glossary.method.len(), 3);
    let feb = db
        .statements
        .iter()
        .find(|s| s.period.to_string() == "2024-M02")
        .expect("seed 001");
    assert!(feb.text.contains("East Kazakhstan, Aktobe, and Akmola"));
}

#[test]
fn broken_new_files_name_file_and_field() {
    let (_, e) = check::load_edited("data/activities.json", |v| {
        v["activities"][2]["parent"] = "Z".into()
    });
    // Its children lose their parent in turn: exactly those three.
    check::errors_name(
        &e,
        "data/activities.json",
        &[
            "activities[2].parent",
            "activities[3].parent",
            "activities[4].parent",
        ],
    );
    let (_, e) = check::load_edited("data/exchange_rates.json", |v| {
        v["quoted"][0]["date"] = "soon".into()
    });
    check::error_names(&e, "data/exchange_rates.json", "quoted[0].date");
    let (_, e) = check::load_edited("data/exchange_rates.json", |v| {
        v["pairs"][0]["usd_bn"] = 0.001.into()
    });
    check::error_names(&e, "data/exchange_rates.json", "pairs[0].usd_bn");
    let (_, e) = check::load_edited("data/projects.json", |v| {
        v["projects"][0]["region"] = "999".into()
    });
    check::error_names(&e, "data/projects.json", "projects[0].region");
    let (_, e) = check::load_edited("data/physical_output.json", |v| {
        v["items"][0]["unit"] = "barrels".into()
    });
    check::error_names(&e, "data/physical_output.json", "items[0].unit");
    let (_, e) = check::load_edited("data/glossary.json", |v| v["source"] = "nowhere".into());
    check::error_names(&e, "data/glossary.json", "source");
    let (_, e) = check::load_edited("data/activities_national.json", |v| {
        v["observations"][0]["activity"] = "Q".into()
    });
    // Dropping the official 2023 mining IIP leaves its earlier releases out of the status rule:
    // exactly those two follow.
    check::errors_name(
        &e,
        "data/activities_national.json",
        &["observations[0].activity", "2023/000000000/B/iip"],
    );
    let (_, e) = check::load_edited("data/activities_national.json", |v| {
        v["observations"][0]["period"] = "2024-M13".into()
    });
    check::errors_name(
        &e,
        "data/activities_national.json",
        &["observations[0].period", "2023/000000000/B/iip"],
    );
}

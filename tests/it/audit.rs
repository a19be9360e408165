//! The outside audit's findings (issue 13), one regression test each: statuses by one rule,
//! uncertain readings, qualifiers, composed titles and inferred dates.

use kz_iip::data::select::{best, Cell};
use kz_iip::data::{ActivityCode, Basis, Indicator, Period, Qualifier, RegionCode, Status};

use crate::check;

#[test]
fn seed_002_steel_is_preliminary_like_every_ministry_statement() {
    let db = check::db();
    let steel: Vec<_> = db
        .physical
        .iter()
        .filter(|p| p.source.as_str() == "seed-002")
        .collect();
    assert_eq!(steel.len(), 5);
    assert!(steel.iter().all(|p| p.status == Status::Preliminary));
    // The coal and oil statements of ministers have the same status.
    for id in ["trend-3902445", "inform-oil-2024"] {
        assert!(db
            .physical
            .iter()
            .filter(|p| p.source.as_str() == id)
            .all(|p| p.status == Status::Preliminary));
    }
    // The projects were reported by the minister at a government meeting.
    assert!(db.projects.iter().all(|p| p.status == Status::Preliminary));
}

#[test]
fn every_status_follows_the_one_rule() {
    let db = check::db();
    for o in &db.observations {
        let src = db.source(&o.source).expect("source");
        let rule = src.basis.status();
        if o.status != rule {
            // The one exception: an early Bureau figure superseded by an official one.
            assert_eq!(o.status, Status::Preliminary, "{o:?}");
            assert!(matches!(src.basis, Basis::Bns | Basis::BnsRelayed), "{o:?}");
            let shown = best(&db, &Cell::of(o)).expect("cell");
            assert_eq!(shown.status, Status::Official, "superseded: {o:?}");
        }
    }
}

#[test]
fn a_status_against_the_rule_is_reported() {
    let (_, errors) = check::load_edited("data/physical_output.json", |v| {
        v["items"][0]["status"] = "official".into();
    });
    check::error_names(&errors, "physical_output.json", "steel 2023");
    assert!(errors[0].message.contains("status rule"), "{errors:?}");
    let (_, errors) = check::load_edited("data/sources.json", |v| {
        v["sources"][0]["basis"] = "rumour".into();
    });
    check::error_names(&errors, "data/sources.json", "sources[0].basis");
}

#[test]
fn the_directionless_2023_water_line_is_an_uncertain_reading() {
    let db = check::db();
    let republic = RegionCode::republic();
    for code in ["E-water", "E-sewage", "E-waste"] {
        let a = ActivityCode::parse(code).unwrap();
        let o = best(
            &db,
            &Cell::new(&republic, &a, Indicator::Iip, Period::year(2023)),
        )
        .unwrap();
        assert!(o.uncertain, "{code}");
        assert_eq!(
            o.status,
            Status::Official,
            "the source is the Bureau's own release"
        );
    }
    let c = ActivityCode::parse("C").unwrap();
    let o = best(
        &db,
        &Cell::new(&republic, &c, Indicator::Iip, Period::year(2023)),
    )
    .unwrap();
    assert!(!o.uncertain);
}

#[test]
fn the_2025_stei_figures_say_they_are_not_the_iip_release() {
    let db = check::db();
    let republic = RegionCode::republic();
    for p in ["2025-M02", "2025-M05"] {
        let cell = Cell::total(&republic, Indicator::Iip, Period::parse(p).unwrap());
        let o = best(&db, &cell).unwrap();
        let note = o.note.as_deref().unwrap_or_default();
        assert!(note.starts_with("Not the IIP release"), "{p}: {note}");
    }
}

#[test]
fn investment_qualifiers_are_kept() {
    let db = check::db();
    let q = |id: &str| {
        let p = db.projects.iter().find(|p| p.id == id).unwrap();
        (p.investment_usd_bn, p.investment_qualifier)
    };
    assert_eq!(q("kostanay-hbi"), (Some(1.2), Some(Qualifier::UpTo)));
    assert_eq!(
        q("west-kazakhstan-potash"),
        (Some(2.4), Some(Qualifier::MoreThan))
    );
    assert_eq!(q("mangystau-kazazot"), (Some(1.5), None));
    let summary = &db.projects_summary.as_ref().unwrap().text;
    assert!(summary.contains("around $10bn"), "{summary}");
}

#[test]
fn composed_titles_and_inferred_dates_are_marked() {
    let db = check::db();
    let s = |id: &str| db.sources.iter().find(|s| s.id.as_str() == id).unwrap();
    assert!(s("seed-003").title_is_description);
    assert!(
        !s("kt-2019-02-24").title_is_description,
        "a quoted headline"
    );
    assert!(
        s("seed-002").date_inferred,
        "the page's date, not the article's"
    );
    assert!(!s("seed-001").date_inferred);
    assert_eq!(s("seed-002").basis, Basis::Government);
}

//! Loading and validation of the bundled data, and the agreements between its sources.

use kz_iip::data::select::{annual_series, best, ranking, releases, Cell, Gap};
use kz_iip::data::{Indicator, Observation, Period, RegionCode, Status, Unit};

use crate::check;

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).expect("valid code")
}

#[test]
fn bundled_data_is_valid() {
    let db = check::db();
    assert_eq!(
        db.regions.len(),
        22,
        "20 regions + South Kazakhstan + the Republic"
    );
    assert!(db.observations.len() > 500);
}

#[test]
fn every_reference_resolves() {
    let db = check::db();
    for o in &db.observations {
        assert!(db.source(&o.source).is_some(), "{o:?}");
        assert!(db.region(&o.geo).is_some(), "{o:?}");
        assert!(db.datasets.get(o.dataset).is_some(), "{o:?}");
    }
    for r in &db.regions {
        for p in &r.carved_from {
            assert!(db.region(p).is_some(), "{} carved from unknown {p}", r.code);
        }
    }
    let mut codes: Vec<_> = db.regions.iter().map(|r| r.code.clone()).collect();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), db.regions.len(), "region codes are unique");
}

#[test]
fn every_iip_is_plausible_and_every_volume_positive() {
    let db = check::db();
    for o in &db.observations {
        match o.indicator {
            // Totals stay near 100; a branch can double ("1.8 times", manufacturing Jan–Feb 2024).
            Indicator::Iip if o.activity.is_total() => {
                assert!((60.0..=140.0).contains(&o.value), "{o:?}")
            }
            Indicator::Iip => assert!(kz_iip::data::load::IIP_RANGE.contains(&o.value), "{o:?}"),
            Indicator::Volume => assert!(o.value > 0.0, "{o:?}"),
            Indicator::Share => assert!((0.0..=100.0).contains(&o.value), "{o:?}"),
        }
    }
}

#[test]
fn region_counts_follow_the_boundary_changes() {
    let db = check::db();
    let count = |y| db.subnational().filter(|r| r.exists_in(y)).count();
    assert_eq!(
        count(2017),
        16,
        "14 oblasts incl. South Kazakhstan + Astana + Almaty"
    );
    assert_eq!(
        count(2018),
        17,
        "South Kazakhstan → Turkistan + Shymkent city"
    );
    assert_eq!(count(2021), 17);
    assert_eq!(count(2022), 20, "Abay, Zhetisu, Ulytau");
    assert_eq!(count(2023), 20);
}

#[test]
fn lineage_of_the_new_regions() {
    let db = check::db();
    let parents = |c: &str| {
        db.region(&code(c))
            .map(|r| r.carved_from.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        parents("100000000"),
        vec![code("630000000")],
        "Abay from East Kazakhstan"
    );
    assert_eq!(
        parents("330000000"),
        vec![code("190000000")],
        "Zhetisu from Almaty region"
    );
    assert_eq!(
        parents("620000000"),
        vec![code("350000000")],
        "Ulytau from Karaganda"
    );
    assert_eq!(
        parents("610000000"),
        vec![code("SKO")],
        "Turkistan from South Kazakhstan"
    );
    assert_eq!(
        parents("790000000"),
        vec![code("SKO")],
        "Shymkent from South Kazakhstan"
    );
}

/// Seed 000's 2023 table, regional volumes: their sum is the republic total within rounding.
#[test]
fn table_2023_regions_sum_to_the_republic() {
    let db = check::db();
    let p = Period::year(2023);
    let table: Vec<_> = db
        .observations
        .iter()
        .filter(|o| {
            o.period == p && o.indicator == Indicator::Volume && o.stated.unit == Unit::MlnTenge
        })
        .collect();
    let (republic, regions): (Vec<&Observation>, Vec<&Observation>) =
        table.iter().copied().partition(|o| o.geo.is_republic());
    assert_eq!(regions.len(), 20);
    assert_eq!(republic.len(), 1);
    let sum: f64 = regions.iter().map(|o| o.value).sum();
    // Each of 20 values is rounded to a million: at most 20 × 0.5 apart.
    assert!(
        (sum - republic[0].value).abs() <= 10.0,
        "sum {sum} vs {}",
        republic[0].value
    );
}

/// The seed-000 table agrees with the BNS dynamic-table series for 2023.
#[test]
fn table_2023_agrees_with_the_regional_series() {
    let db = check::db();
    let p = Period::year(2023);
    let mut compared = 0;
    for r in db.subnational().filter(|r| r.exists_in(2023)) {
        for ind in [Indicator::Iip, Indicator::Volume] {
            let rel = releases(&db, &Cell::total(&r.code, ind, p));
            assert_eq!(rel.len(), 2, "{} {ind:?}: table and series", r.name_en);
            let (a, b) = (rel[0].value, rel[1].value);
            // Volumes: the series has 0.1 million precision, the table whole millions.
            let tolerance = if ind == Indicator::Iip {
                1e-9
            } else {
                0.5 + 1e-6
            };
            assert!(
                (a - b).abs() <= tolerance,
                "{} {ind:?}: {a} vs {b}",
                r.name_en
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 40);
}

#[test]
fn the_2023_ranking_shows_the_seed_table() {
    let db = check::db();
    let rows = ranking(&db, Indicator::Iip, 2023);
    assert_eq!(rows.len(), 20);
    let first = rows[0].1.expect("value");
    assert_eq!(
        (rows[0].0.name_en.as_str(), first.value),
        ("Soltustik Kazakhstan", 114.4)
    );
    let source = &db
        .sources
        .iter()
        .find(|s| s.id == first.source)
        .expect("source")
        .id;
    assert_eq!(
        source.as_str(),
        "seed-000",
        "the seed table is preferred for 2023"
    );
    let last = rows[19].1.expect("value");
    assert_eq!((rows[19].0.name_en.as_str(), last.value), ("Aktobe", 95.2));
}

#[test]
fn known_bad_values_are_left_out_with_a_note() {
    let db = check::db();
    assert_eq!(db.omitted.len(), 3);
    for (geo, year) in [
        ("590000000", 2009),
        ("710000000", 2009),
        ("590000000", 2010),
    ] {
        let c = code(geo);
        assert!(best(&db, &Cell::total(&c, Indicator::Volume, Period::year(year))).is_none());
        let series = annual_series(&db, &c, Indicator::Volume, year, year);
        assert_eq!(series[0].1, Err(Gap::Omitted));
        let o = db
            .omitted
            .iter()
            .find(|o| o.geo == c && o.period.year == year)
            .expect("noted");
        assert!(o.stated.value > 10_000.0 && o.reason.contains("1000"));
    }
    // The IIP of the same cells is fine and present.
    assert!(best(
        &db,
        &Cell::total(&code("590000000"), Indicator::Iip, Period::year(2009))
    )
    .is_some());
}

#[test]
fn gaps_where_a_region_did_not_exist() {
    let db = check::db();
    let abay = annual_series(&db, &code("100000000"), Indicator::Iip, 2009, 2023);
    assert_eq!(abay.len(), 15);
    assert!(abay[..13].iter().all(|p| p.1 == Err(Gap::NotExisting)));
    assert_eq!(abay[13].1.map(|o| o.value), Ok(110.1));
    let south = annual_series(&db, &code("SKO"), Indicator::Iip, 2009, 2023);
    assert!(
        south[..9].iter().all(|p| p.1 == Err(Gap::NoData)),
        "no source gives South Kazakhstan"
    );
    assert!(south[9..].iter().all(|p| p.1 == Err(Gap::NotExisting)));
}

#[test]
fn national_iip_releases_are_ordered_official_first() {
    let db = check::db();
    let republic = RegionCode::republic();
    let rel = releases(
        &db,
        &Cell::total(&republic, Indicator::Iip, Period::year(2023)),
    );
    let shown: Vec<_> = rel
        .iter()
        .map(|o| (o.status, (o.value * 10.0).round() / 10.0))
        .collect();
    assert_eq!(
        shown,
        vec![
            (Status::Official, 104.4),
            (Status::Preliminary, 104.3),
            (Status::Preliminary, 104.3)
        ]
    );
    let y2015 = best(
        &db,
        &Cell::total(&republic, Indicator::Iip, Period::year(2015)),
    )
    .expect("2015");
    assert!(y2015.is_restated() && (y2015.value - 98.4).abs() < 1e-9);
    assert_eq!(y2015.status, Status::Press);
    for missing in [2009, 2010, 2014, 2017, 2019, 2020] {
        assert!(
            best(
                &db,
                &Cell::total(&republic, Indicator::Iip, Period::year(missing))
            )
            .is_none(),
            "{missing}"
        );
    }
}

// Broken fixtures: each names the file and the field.

#[test]
fn malformed_json_names_the_file() {
    let (_, errors) = check::load_with("data/regions.json", "{ \"regions\": [ ");
    check::error_names(&errors, "data/regions.json", "regions[0]");
    assert!(!errors.is_empty());
}

#[test]
fn wrong_type_names_the_field() {
    let (_, errors) = check::load_edited("data/regions.json", |v| {
        v["regions"][3]["from"] = "soon".into();
    });
    check::error_names(&errors, "data/regions.json", "regions[3].from");
}

#[test]
fn duplicate_region_code_is_reported() {
    let (_, errors) = check::load_edited("data/regions.json", |v| {
        v["regions"][2]["code"] = v["regions"][1]["code"].clone();
    });
    check::error_names(&errors, "data/regions.json", "regions[2].code");
}

#[test]
fn unknown_lineage_is_reported() {
    let (_, errors) = check::load_edited("data/regions.json", |v| {
        v["regions"][1]["carved_from"] = serde_json::json!(["999999999"]);
    });
    check::error_names(&errors, "data/regions.json", "regions[1].carved_from[0]");
}

#[test]
fn unknown_region_in_values_is_reported_and_the_rest_loads() {
    let (db, errors) = check::load_edited("data/regional_iip.json", |v| {
        v["values"]["2015"]["123456789"] = 101.0.into();
    });
    check::error_names(
        &errors,
        "data/regional_iip.json",
        "values.2015.123456789.geo",
    );
    assert_eq!(errors.len(), 1);
    assert!(db.observations.len() > 500, "valid values still load");
}

#[test]
fn implausible_iip_is_reported() {
    let (_, errors) = check::load_edited("data/regional_iip.json", |v| {
        v["values"]["2015"]["110000000"] = 1064.0.into();
    });
    check::error_names(
        &errors,
        "data/regional_iip.json",
        "values.2015.110000000.value",
    );
}

#[test]
fn value_before_a_region_existed_is_reported() {
    let (_, errors) = check::load_edited("data/regional_iip.json", |v| {
        v["values"]["2015"]["100000000"] = 101.0.into();
    });
    check::error_names(
        &errors,
        "data/regional_iip.json",
        "values.2015.100000000.period",
    );
}

#[test]
fn unknown_source_and_status_are_reported() {
    let (_, errors) = check::load_edited("data/national.json", |v| {
        v["observations"][0]["source"] = "nowhere".into();
        v["observations"][1]["status"] = "rumour".into();
    });
    check::errors_name(
        &errors,
        "data/national.json",
        &["observations[0].source", "observations[1].status"],
    );
}

#[test]
fn unit_must_fit_the_indicator() {
    let (_, errors) = check::load_edited("data/table_2023.json", |v| {
        v["observations"][0]["unit"] = "percent".into();
    });
    check::error_names(&errors, "data/table_2023.json", "observations[0].unit");
}

#[test]
fn unknown_field_is_reported() {
    let (_, errors) = check::load_edited("data/sources.json", |v| {
        v["sources"][0]["titel"] = "typo".into();
    });
    check::error_names(&errors, "data/sources.json", "sources[0].titel");
}

#[test]
fn duplicate_source_id_is_reported() {
    let (_, errors) = check::load_edited("data/sources.json", |v| {
        v["sources"][1]["id"] = v["sources"][0]["id"].clone();
    });
    check::error_names(&errors, "data/sources.json", "sources[1].id");
}

#[test]
fn duplicate_cell_in_one_file_is_reported() {
    let (_, errors) = check::load_edited("data/table_2023.json", |v| {
        let first = v["observations"][0].clone();
        if let Some(list) = v["observations"].as_array_mut() {
            list.push(first);
        }
    });
    check::error_names(&errors, "data/table_2023.json", "2023/000000000/volume");
}

/// The app loads the bundled files in their build-time binary form (build.rs); it must give
/// exactly what the JSON gives.
#[test]
fn bundled_binary_form_loads_as_the_json() {
    let (from_json, json_errors) = kz_iip::data::load(kz_iip::data::bundled::BUNDLED);
    let (from_binary, binary_errors) = kz_iip::data::load_bundled();
    assert_eq!(json_errors, binary_errors);
    // The wasm's part and the file's (#26: the later part, fetched by About the data and Output).
    // The bundles leave out the files' notes no view shows (#26); the files have them.
    assert!(from_json.sources.iter().any(|s| s.note.is_some()));
    assert!(from_json.regions.iter().any(|r| r.note.is_some()));
    let from_json = from_json.without_file_notes();
    assert!(from_json.observations.iter().any(|o| o.note.is_some()));
    let (first, later) = from_json.split_later();
    assert!(from_binary == first, "the wasm's part differs");
    let from_file = kz_iip::data::bundled::load_later(kz_iip::data::bundled::BUNDLED_LATER)
        .expect("the later part's file reads");
    assert!(from_file == later, "the later part's file differs");
    assert!(
        from_binary.joined(from_file) == from_json,
        "the two parts are not the whole"
    );
    assert!(from_binary.observations.len() > 500);
    assert!(from_binary.glossary.terms.is_empty() && from_binary.physical.is_empty());
    // The widget's bundle: the same, without the explorer-only parts.
    let (widget, widget_errors) = kz_iip::data::load_widget_bundle();
    assert_eq!(widget_errors, json_errors);
    assert!(
        widget == from_json.for_widget(),
        "the widget's bundle differs"
    );
    assert!(widget.observations == from_json.observations && widget.sources == from_json.sources);
    assert!(
        widget.glossary.terms.is_empty()
            && widget.projects.is_empty()
            && widget.physical.is_empty()
    );
}

/// Regression (#23): the data release is a date a source prints, never a date the project
/// inferred from a page (seed 002's 2025-12-15 was cited as the release).
#[test]
fn the_data_release_is_a_printed_date() {
    let db = check::db();
    let release = db.data_release().expect("a release");
    let inferred_newer = db
        .sources
        .iter()
        .filter(|s| s.date_inferred)
        .filter_map(|s| s.date.as_deref().and_then(kz_iip::data::Date::parse))
        .any(|d| d > release);
    assert!(
        inferred_newer,
        "the test needs an inferred date newer than the release"
    );
    assert!(db.sources.iter().any(|s| !s.date_inferred
        && s.date.as_deref().and_then(kz_iip::data::Date::parse) == Some(release)));
}

/// The bundle's binary form (#26: kz_iip_data::pack in place of postcard): every prefix of the
/// bytes and a flipped bit anywhere decode to an error or to data, never to a panic; a clean
/// encoding reads back equal.
#[test]
fn the_bundle_form_survives_truncation_and_corruption() {
    use kz_iip::data::encoded::{decode, encode};
    let (db, errors) = kz_iip::data::load(kz_iip::data::bundled::BUNDLED);
    let bytes = encode(&db, &errors).expect("encodes");
    let (back, back_errors) = decode(&bytes);
    assert!(back == db && back_errors == errors);
    let step = (bytes.len() / 400).max(1);
    for cut in (0..bytes.len()).step_by(step) {
        let (_, errs) = decode(&bytes[..cut]);
        assert!(
            errs.iter().any(|e| e.file == "(bundled data)"),
            "a prefix of {cut} bytes decoded"
        );
    }
    for (i, pos) in (0..bytes.len()).step_by(step).enumerate() {
        let mut broken = bytes.clone();
        broken[pos] ^= 1 << (i % 8);
        let _ = decode(&broken);
    }
}

/// Regression guard (#26): the later part (`Db::split_later`) is read by itself, so it must
/// carry every source it cites: About the data and Output written from it are what the whole
/// bundle gives, in every language.
#[test]
fn the_later_part_shows_what_the_whole_shows() {
    let whole = check::db();
    let (_, later) = whole.split_later();
    assert!(later.observations.is_empty() && later.sources.len() < whole.sources.len());
    for lang in kz_iip::i18n::Lang::ALL {
        assert_eq!(
            kz_iip::markup::glossary(&later, lang),
            kz_iip::markup::glossary(&whole, lang)
        );
        assert_eq!(
            kz_iip::markup::physical_rows(&later, lang),
            kz_iip::markup::physical_rows(&whole, lang)
        );
    }
}

/// The later part's file is checked before it is used: the first part's bytes, or any bytes
/// that are not the later part, are refused with a reason (the view then says it could not
/// load), never shown as an empty glossary.
#[test]
fn a_file_that_is_not_the_later_part_is_refused() {
    let (first, _) = check::db().split_later();
    let first_bytes = kz_iip::data::encoded::encode(&first, &[]).expect("encodes");
    let bundled = kz_iip::data::bundled::BUNDLED_LATER;
    let cut = &bundled[..bundled.len() / 2];
    for bytes in [&first_bytes[..], cut, b"<html>not found</html>", &[]] {
        assert!(kz_iip::data::bundled::load_later(bytes).is_err());
    }
}

//! The refresh tool (`kz-iip-data import`): each fixture's observations, the artefact rejected
//! with its row named, a revision becoming a second release with a report line.

use std::path::{Path, PathBuf};
use std::process::Command;

use kz_iip::data::import::{self, ImportFile, Options, Release};
use kz_iip::data::select::{best, is_revised, releases, Cell};
use kz_iip::data::{self, Date, Db, Indicator, Period, PeriodType, RegionCode};

use crate::check;

fn fixture(name: &str) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    (
        name.to_owned(),
        std::fs::read_to_string(path).expect("fixture"),
    )
}

/// The bundle without some files (so that the fixtures' cells are new).
fn db_without(skip: &[&str]) -> Db {
    let files: Vec<(&str, &str)> = data::bundled::BUNDLED
        .iter()
        .copied()
        .filter(|(n, _)| !skip.iter().any(|s| n.ends_with(s)))
        .collect();
    let (db, errors) = data::load(&files);
    // Without the files that supersede them, early releases break the status rule: expected.
    let errors: Vec<_> = errors
        .into_iter()
        .filter(|e| !e.message.contains("status rule"))
        .collect();
    assert!(errors.is_empty(), "{}", check::list(&errors));
    db
}

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).unwrap()
}

fn release() -> Release {
    Release::new(
        Date::parse("2026-01-15").unwrap(),
        &["test.tsv".into()],
        None,
    )
}

#[test]
fn bns_csv_yields_its_years_and_skips_what_it_must() {
    let (name, text) = fixture("bns_iip.tsv");
    let db = db_without(&["regional_iip.json", "table_2023.json"]);
    let parsed = import::parse(&db, &name, &text, &Options::iip()).expect("parses");
    let got: Vec<(String, String, f64)> = parsed
        .rows
        .iter()
        .map(|r| (r.geo.to_string(), r.period.to_string(), r.value))
        .collect();
    assert_eq!(
        got,
        [
            ("230000000".into(), "2023".into(), 111.2),
            ("110000000".into(), "2023".into(), 111.9),
            ("710000000".into(), "2023".into(), 102.0),
            ("790000000".into(), "2021".into(), 105.2),
            ("590000000".into(), "2023".into(), 114.4),
        ]
    );
    assert!(parsed
        .rows
        .iter()
        .all(|r| r.indicator == Indicator::Iip && r.activity.is_total()));
    // "x", another comparison (ССП), a quarter: skipped with the reason, by row.
    let skipped: Vec<usize> = parsed.skipped.iter().map(|s| s.0).collect();
    assert_eq!(skipped, [10, 11, 12], "{:?}", parsed.skipped);
    assert!(parsed.skipped[0].1.contains("confidential"));
    let plan = import::plan(&db, parsed.rows);
    assert_eq!(
        (plan.new.len(), plan.unchanged.len(), plan.revised.len()),
        (5, 0, 0)
    );
    // Against the full bundle the same file changes nothing.
    let full = check::db();
    let parsed = import::parse(&full, &name, &text, &Options::iip()).unwrap();
    let plan = import::plan(&full, parsed.rows);
    assert_eq!(
        (plan.new.len(), plan.unchanged.len(), plan.revised.len()),
        (0, 5, 0)
    );
}

#[test]
fn the_zero_groups_artefact_rejects_the_file_naming_the_row() {
    let (name, text) = fixture("bns_volume_artefact.tsv");
    let db = db_without(&["regional_volume.json"]);
    let errors = import::parse(&db, &name, &text, &Options::volume()).expect_err("rejected");
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.row, 9, "the North Kazakhstan line");
    let msg = e.to_string();
    assert!(
        msg.starts_with("bns_volume_artefact.tsv: row 9: Soltustik Kazakhstan, 2009"),
        "{msg}"
    );
    assert!(msg.contains("decimal zero groups"), "{msg}");
    // Without that row the file imports: thousand tenge become million tenge.
    let good: String = text
        .lines()
        .filter(|l| !l.starts_with("Северо"))
        .map(|l| format!("{l}\n"))
        .collect();
    let parsed = import::parse(&db, &name, &good, &Options::volume()).expect("the rest is fine");
    let atyrau = parsed
        .rows
        .iter()
        .find(|r| r.geo == code("230000000"))
        .unwrap();
    assert!(
        (atyrau.value - 2_171_652.5).abs() < 1e-6,
        "{}",
        atyrau.value
    );
}

#[test]
fn a_bundled_value_multiplied_by_a_thousand_is_rejected_too() {
    let db = check::db();
    let text =
        "КАТО(наименование)\tPERIOD\tDAT\tVAL\nАтырауская область\t2023\tгод\t10 815 028 300 000\n";
    let errors = import::parse(&db, "one.tsv", text, &Options::volume()).expect_err("rejected");
    assert_eq!(errors[0].row, 2);
    assert!(
        errors[0].message.contains("more than the Republic's total"),
        "{errors:?}"
    );
}

#[test]
fn an_implausible_index_and_an_unknown_territory_are_named() {
    let db = check::db();
    let text = "КАТО(наименование)\tPERIOD\tVAL\nАтырауская область\t2023\t1 112 000\nАтлантида\t2023\t101,0\n";
    let errors = import::parse(&db, "bad.tsv", text, &Options::iip()).expect_err("rejected");
    let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        msgs[0].contains("row 2") && msgs[0].contains("IIP"),
        "{msgs:?}"
    );
    assert!(
        msgs[1].contains("row 3") && msgs[1].contains("Атлантида"),
        "{msgs:?}"
    );
    assert!(import::parse(&db, "junk", "hello", &Options::iip()).is_err());
}

#[test]
fn taldau_index_data_and_tree_data() {
    let db = db_without(&[
        "national.json",
        "regional_iip.json",
        "activities_national.json",
    ]);
    let (name, text) = fixture("taldau_index_data.json");
    let parsed = import::parse(&db, &name, &text, &Options::iip()).expect("GetIndexData");
    let got: Vec<(String, Period, f64)> = parsed
        .rows
        .iter()
        .map(|r| (r.geo.to_string(), r.period, r.value))
        .collect();
    assert_eq!(
        got,
        [
            ("000000000".into(), Period::year(2021), 103.6),
            ("710000000".into(), Period::year(2021), 115.6)
        ]
    );
    assert_eq!(parsed.skipped.len(), 1, "2022 is «x»");
    let (name, text) = fixture("taldau_tree.json");
    let parsed = import::parse(&db, &name, &text, &Options::iip()).expect("GetIndexTreeData");
    let mut got: Vec<(Period, f64)> = parsed.rows.iter().map(|r| (r.period, r.value)).collect();
    got.sort_by_key(|g| g.0.end_index());
    let feb = Period {
        year: 2024,
        kind: PeriodType::Cumulative(2),
    };
    assert_eq!(got, [(Period::year(2021), 103.6), (feb, 104.6)]);
    // Both are the bundled values: nothing changes against the full bundle.
    let full = check::db();
    let parsed = import::parse(&full, &name, &text, &Options::iip()).unwrap();
    let plan = import::plan(&full, parsed.rows);
    assert_eq!((plan.new.len(), plan.revised.len()), (0, 0));
}

#[test]
fn a_revision_becomes_a_second_release_with_a_report_line() {
    let db = check::db();
    let (name, text) = fixture("bns_iip_revision.tsv");
    let parsed = import::parse(&db, &name, &text, &Options::iip()).unwrap();
    let plan = import::plan(&db, parsed.rows);
    assert_eq!(
        (plan.new.len(), plan.unchanged.len(), plan.revised.len()),
        (0, 1, 1)
    );
    let rel = release();
    let report = import::report(&db, &plan, &rel);
    assert!(
        report.contains("revised  230000000 Atyrau · IND · iip · 2023: 111.2 → 111.5 (was seed-000; new release bns-export-2026-01-15, 2026-01-15)"),
        "{report}"
    );
    let mut file = ImportFile::default();
    import::apply(&mut file, &plan, &rel);
    assert_eq!(file.observations.len(), 1);
    let json = serde_json::to_string_pretty(&file).unwrap();
    let (db2, errors) = check::load_with("data/bns_imports.json", &json);
    assert!(errors.is_empty(), "{}", check::list(&errors));
    let cell = Cell::total(&code("230000000"), Indicator::Iip, Period::year(2023));
    let all: Vec<f64> = releases(&db2, &cell).iter().map(|o| o.value).collect();
    assert!(
        all.contains(&111.2) && all.contains(&111.5),
        "both kept: {all:?}"
    );
    assert_eq!(
        best(&db2, &cell).unwrap().value,
        111.5,
        "the newer export is shown"
    );
    assert!(is_revised(&db2, &cell));
    // Importing the same export again adds nothing.
    let parsed = import::parse(&db2, &name, &text, &Options::iip()).unwrap();
    let again = import::plan(&db2, parsed.rows);
    assert_eq!((again.new.len(), again.revised.len()), (0, 0));
}

/// A copy of `data/` in a fresh temporary folder.
fn temp_data() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "kz-iip-import-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for e in std::fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kz-iip-data"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_checks_writes_and_rejects() {
    let dir = temp_data();
    let d = dir.to_str().unwrap();
    let fix = |n: &str| format!("{}/tests/fixtures/import/{n}", env!("CARGO_MANIFEST_DIR"));
    let imports = dir.join("bns_imports.json");
    let before = std::fs::read_to_string(&imports).unwrap();
    // --check reports and writes nothing.
    let (code_, out, _) = cli(&[
        "import",
        "--check",
        "--date",
        "2026-01-15",
        "--data",
        d,
        &fix("bns_iip_revision.tsv"),
    ]);
    assert_eq!(code_, 0);
    assert!(out.contains("111.2 → 111.5"), "{out}");
    assert_eq!(std::fs::read_to_string(&imports).unwrap(), before);
    // The import writes one release.
    let (code_, out, err) = cli(&[
        "import",
        "--date",
        "2026-01-15",
        "--data",
        d,
        &fix("bns_iip_revision.tsv"),
    ]);
    assert_eq!(code_, 0, "{err}");
    assert!(
        out.contains("wrote") && out.contains("1 values added"),
        "{out}"
    );
    let written: ImportFile =
        serde_json::from_str(&std::fs::read_to_string(&imports).unwrap()).unwrap();
    assert_eq!(written.sources[0].id, "bns-export-2026-01-15");
    assert_eq!(written.observations[0].value, 111.5);
    // The artefact file: exit 1, the row named, nothing written.
    let after = std::fs::read_to_string(&imports).unwrap();
    let (code_, _, err) = cli(&[
        "import",
        "--indicator",
        "volume",
        "--date",
        "2026-01-16",
        "--data",
        d,
        &fix("bns_volume_artefact.tsv"),
    ]);
    assert_eq!(code_, 1);
    assert!(err.contains("row 9") && err.contains("rejected"), "{err}");
    assert_eq!(std::fs::read_to_string(&imports).unwrap(), after);
    // Usage errors: exit 2.
    assert_eq!(
        cli(&["import", "--data", d, &fix("bns_iip.tsv")]).0,
        2,
        "no --date"
    );
    assert_eq!(cli(&["frobnicate"]).0, 2);
    std::fs::remove_dir_all(dir).ok();
}

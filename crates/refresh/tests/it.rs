//! The refresh tool, end to end: real layouts read right, everything else refused with a
//! message that says what the file holds, and `data/` never left changed by a refusal.
//! One test binary; a regression test per bug of issue #22.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use kz_iip_data::select::{best, Cell};
use kz_iip_data::{ActivityCode, Db, Indicator, Period, RegionCode};
use kz_iip_refresh::export::{read_export, Options};
use kz_iip_refresh::plan::plan;
use kz_iip_refresh::terms::{self, PeriodKind, Territory};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A real export of the Bureau's (copied from the project's source material, with its origin).
fn external(name: &str) -> PathBuf {
    root()
        .join("crates/refresh/tests/fixtures/external")
        .join(name)
}

fn bundle() -> Db {
    let (db, errors) = kz_iip_data::load_owned(&kz_iip_data::read_dir(&root().join("data")));
    assert!(errors.is_empty(), "{errors:?}");
    db
}

/// A private copy of `data/` for a run that may write.
fn data_copy(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kz-iip-refresh-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for name in kz_iip_data::FILES {
        std::fs::copy(root().join("data").join(name), dir.join(name)).unwrap();
    }
    dir
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

fn run(data: &Path, args: &[&str], files: &[&Path]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kz-iip-data"));
    c.arg("import")
        .arg("--date")
        .arg("2026-12-01")
        .arg("--data")
        .arg(data);
    c.args(args);
    c.args(files);
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn read(db: &Db, path: &Path, opts: &Options) -> kz_iip_refresh::export::Export {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    read_export(db, &name, std::fs::read(path).unwrap(), opts)
}

// ---- Done when: both real files refused, saying what they hold; data/ unchanged ----

#[test]
fn the_real_grp_export_is_refused_quoting_its_nam() {
    let data = data_copy("grp");
    let before = snapshot(&data);
    let out = run(
        &data,
        &[],
        &[&external("bns-dynamic-table_grp-volume-index.csv")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains("валового внутреннего продукта"), "{t}");
    assert!(t.contains("is not the industrial production index"), "{t}");
    assert_eq!(snapshot(&data), before);
}

#[test]
fn a_taldau_answer_without_index_is_refused() {
    let data = data_copy("taldau");
    let before = snapshot(&data);
    let out = run(
        &data,
        &[],
        &[&external(
            "taldau-GetIndexData-704449_real-income-index.json",
        )],
    );
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out);
    assert!(
        t.contains("does not name its index") && t.contains("--index 701625"),
        "{t}"
    );
    assert_eq!(snapshot(&data), before);
}

// ---- Done when: the real layout, holding the bundle's own IIPs: 0 new, 0 revised ----

#[test]
fn the_real_layout_with_the_bundles_values_changes_nothing() {
    let db = bundle();
    let mut ex = vec![read(
        &db,
        &fixture("bns_iip_real_layout.csv"),
        &Options::default(),
    )];
    assert!(ex[0].refused.is_empty(), "{:?}", ex[0].refused);
    assert_eq!(ex[0].indicator, Some(Indicator::Iip));
    let plans = plan(&db, &mut ex, false);
    assert_eq!(
        (
            plans[0].new.len(),
            plans[0].revised.len(),
            plans[0].unchanged.len()
        ),
        (0, 0, 40)
    );
    // Every skipped row, counted by what it is.
    let skipped = &ex[0].skipped;
    for reason in [
        "activity C of a region (the bundle holds activities for the Republic only)",
        "ССП = «отчетный период к декабрю предыдущего года»",
        "period: a single quarter",
        "territory: a town or district",
        "territory: empty",
        "no value («x»)",
    ] {
        assert_eq!(skipped.get(reason), Some(&1), "{reason}: {skipped:?}");
    }
    assert_eq!(ex[0].read, 46);
    // Г.АЛМАТЫ is Almaty city; ОБЛАСТЬ ҰЛЫТАУ is Ulytau.
    let geos: Vec<&str> = ex[0].rows.iter().map(|r| r.cell.geo.as_str()).collect();
    assert!(
        geos.contains(&"750000000") && geos.contains(&"620000000") && geos.contains(&"190000000")
    );
}

#[test]
fn one_changed_value_is_exactly_one_revision_and_is_written_once() {
    let text = std::fs::read_to_string(fixture("bns_iip_real_layout.csv")).unwrap();
    // Atyrau 2023 is 111.2 in the bundle (regional-iip); a made-up 111.5 for the test only.
    let changed = text.replacen("\"АТЫРАУСКАЯ ОБЛАСТЬ\"\t\"0\"\t\"Промышленность\"\t\"0\"\t\"отчетный период к предыдущему периоду\"\t\"0\"\t\"111.2\"", "\"АТЫРАУСКАЯ ОБЛАСТЬ\"\t\"0\"\t\"Промышленность\"\t\"0\"\t\"отчетный период к предыдущему периоду\"\t\"0\"\t\"111.5\"", 1);
    assert_ne!(changed, text);
    let data = data_copy("revision");
    let file = data.join("changed.csv");
    std::fs::write(&file, changed).unwrap();
    let out = run(&data, &["--json"], &[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", self::text(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &report["files"][0];
    assert_eq!(
        (
            f["new"].as_u64(),
            f["revised"].as_u64(),
            f["unchanged"].as_u64()
        ),
        (Some(0), Some(1), Some(39))
    );
    assert_eq!(f["revisions"][0]["geo"], "230000000");
    assert_eq!(f["revisions"][0]["old"], 111.2);
    assert_eq!(f["revisions"][0]["new"], 111.5);
    assert_eq!(f["indicator"], "iip");
    assert!(f["skipped"].as_object().unwrap().len() >= 5);
    // Written, valid, and shown: the revision is the cell's value now.
    let (db, errors) = kz_iip_data::load_owned(&kz_iip_data::read_dir(&data));
    assert!(errors.is_empty(), "{errors:?}");
    let cell = Cell::new(
        &RegionCode::parse("230000000").unwrap(),
        &ActivityCode::total(),
        Indicator::Iip,
        Period::year(2023),
    );
    assert_eq!(best(&db, &cell).map(|o| o.value), Some(111.5));
    // The same file again: nothing new, exit 0, nothing written twice (issue #22: it failed).
    let snap = snapshot(&data);
    let again = run(&data, &[], &[&file]);
    assert_eq!(again.status.code(), Some(0), "{}", self::text(&again));
    assert!(
        self::text(&again).contains("0 new, 40 unchanged, 0 revised"),
        "{}",
        self::text(&again)
    );
    assert_eq!(snapshot(&data), snap);
}

// ---- 1. kept libraries: quoting, BOM, CRLF, tabs; encodings ----

#[test]
fn windows_1251_reads_the_same_and_a_wrong_encoding_is_named() {
    let db = bundle();
    let utf8 = std::fs::read_to_string(fixture("bns_iip_real_layout.csv")).unwrap();
    // Windows-1251 has no Kazakh letters: Ұ and І are written У and И, as such files do.
    let russian = utf8
        .trim_start_matches('\u{feff}')
        .replace('Ұ', "У")
        .replace('І', "И");
    let (cp, _, bad) = encoding_rs::WINDOWS_1251.encode(&russian);
    assert!(!bad);
    let a = read(
        &db,
        &fixture("bns_iip_real_layout.csv"),
        &Options::default(),
    );
    let b = read_export(&db, "cp.csv", cp.to_vec(), &Options::default());
    assert_eq!(b.encoding, "windows-1251");
    assert_eq!(a.rows, b.rows);
    let forced = Options {
        encoding: Some(encoding_rs::UTF_8),
        ..Options::default()
    };
    let c = read_export(&db, "cp.csv", cp.to_vec(), &forced);
    assert!(c.refused[0].contains("not valid UTF-8"), "{:?}", c.refused);
}

#[test]
fn help_and_usage() {
    let out = Command::new(env!("CARGO_BIN_EXE_kz-iip-data"))
        .arg("--help")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--repair-zero-groups"));
    for bad in [
        &["import", "--unit", "furlongs"][..],
        &["import", "--index", "704449"],
        &["frobnicate"],
        &["import", "--date", "2026-12-01"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_kz-iip-data"))
            .args(bad)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
}

/// Nothing of the tool reaches the wasm, and the data crate has no UI crate below it.
#[test]
fn layers_are_cargo_facts() {
    let tree = |args: &[&str]| {
        let out = Command::new(env!("CARGO"))
            .current_dir(root())
            .args([
                "tree",
                "--offline",
                "--locked",
                "--prefix",
                "none",
                "-e",
                "normal",
            ])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // None of `crates` is in `tree` (lines of `cargo tree --prefix none`).
    let absent = |tree: &str, crates: &[&str], under: &str| {
        for c in crates {
            let found = tree.lines().any(|l| l.starts_with(&format!("{c} v")));
            assert!(!found, "{c} is under {under}");
        }
    };
    let app = tree(&["-p", "kz-iip", "--target", "wasm32-unknown-unknown"]);
    assert!(
        app.contains("kz-iip-data v") && app.contains("kz-iip-charts v"),
        "{app}"
    );
    let native = ["csv", "encoding_rs", "lexopt", "kz-iip-refresh", "proptest"];
    absent(&app, &native, "the app");
    let web = ["leptos", "web-sys", "js-sys", "wasm-bindgen"];
    let data = tree(&["-p", "kz-iip-data"]);
    absent(&data, &web, "the data crate");
    absent(&data, &["plotters"], "the data crate");
    // The charts layer draws with plotters but knows no DOM and no Leptos (on the host target:
    // plotters itself pulls web-sys on wasm32 for its canvas backends, which the charts crate
    // does not enable).
    let charts = tree(&["-p", "kz-iip-charts"]);
    assert!(charts.contains("kz-iip-data v"), "{charts}");
    absent(&charts, &web, "the charts crate");
    absent(&charts, &["plotters-canvas"], "the charts crate");
}

// ---- 2. know what a file holds ----

#[test]
fn indicators_by_name_and_unit_contradictions() {
    assert_eq!(
        terms::indicator_by_name("ИНДЕКС  промышленного   ПРОИЗВОДСТВА"),
        Some(Indicator::Iip)
    );
    assert_eq!(
        terms::indicator_by_name("Объём промышленного производства"),
        Some(Indicator::Volume)
    );
    assert_eq!(
        terms::indicator_by_name("Индекс физического объема ВВП"),
        None
    );
    assert_eq!(
        terms::split_nam("Объем промышленного производства(Тысяча тенге)"),
        ("Объем промышленного производства", Some("Тысяча тенге"))
    );
    let db = bundle();
    let csv = "\"NAM\"\t\"DAT\"\t\"PERIOD\"\t\"КАТО(по каталогу)\"\t\"VAL\"\n\"Объем промышленного производства(Тысяча тенге)\"\t\"2023 год\"\t\"202312\"\t\"РЕСПУБЛИКА КАЗАХСТАН\"\t\"1\"\n";
    let opts = Options {
        unit: Some(kz_iip_data::Unit::Tenge),
        ..Options::default()
    };
    let ex = read_export(&db, "v.csv", csv.as_bytes(), &opts);
    assert!(
        ex.refused[0].contains("thousand_tenge but --unit says tenge"),
        "{:?}",
        ex.refused
    );
}

// ---- 3. every column means something ----

#[test]
fn breakdowns_never_merge_into_the_total() {
    let db = bundle();
    let csv = "NAM\tDAT\tPERIOD\tКАТО(по отчету)\tLКАТО(по отчету)\tСПВД(по каталогу)\tLСПВД(по каталогу)\tVAL\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.АСТАНА\t0\tВсего\t0\t102.7\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.АСТАНА\t0\tМалые предприятия\t0\t99.9\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.АСТАНА\t0\tКрупные предприятия\t0\t104.1\n";
    let ex = read_export(&db, "b.csv", csv.as_bytes(), &Options::default());
    assert!(ex.refused.is_empty(), "{:?}", ex.refused);
    assert_eq!(ex.rows.len(), 1);
    assert_eq!(ex.rows[0].value, 102.7);
    assert_eq!(
        ex.skipped.get("СПВД(по каталогу) = «Малые предприятия»"),
        Some(&1)
    );
    assert_eq!(ex.skipped.len(), 2);
}

// ---- 4. territories ----

#[test]
fn territories_by_the_bureaus_names() {
    let db = bundle();
    let code = |name: &str| match terms::territory(&db, name) {
        Territory::Unit(r) => r.code.to_string(),
        other => format!("{other:?}"),
    };
    assert_eq!(code("Г.АЛМАТЫ"), "750000000");
    assert_eq!(code("АЛМАТИНСКАЯ ОБЛАСТЬ"), "190000000");
    assert_eq!(code("Г.АСТАНА"), "710000000");
    assert_eq!(code("Г.НУР-СУЛТАН"), "710000000");
    assert_eq!(code("Г.ШЫМКЕНТ"), "790000000");
    assert_eq!(code("ОБЛАСТЬ ҰЛЫТАУ"), "620000000");
    assert_eq!(code("ОБЛАСТЬ ЖЕТІСУ"), "330000000");
    assert_eq!(code("ЮЖНО-КАЗАХСТАНСКАЯ ОБЛАСТЬ"), "SKO");
    assert_eq!(code("РЕСПУБЛИКА КАЗАХСТАН"), "000000000");
    assert_eq!(code("ВОСТОЧНО-КАЗАХСТАНСКАЯ ОБЛАСТЬ"), "630000000");
    assert_eq!(code("750000000"), "750000000");
    assert_eq!(terms::territory(&db, "КОКШЕТАУ Г.А."), Territory::Local);
    assert_eq!(terms::territory(&db, "Г.КОКШЕТАУ"), Territory::Local);
    assert_eq!(terms::territory(&db, "  "), Territory::Empty);
    assert_eq!(terms::territory(&db, "АТЛАНТИДА"), Territory::Unknown);
    // No marker: Almaty region (Алматы облысы) and Almaty city (Алматы қаласы) both fit.
    assert!(matches!(
        terms::territory(&db, "АЛМАТЫ"),
        Territory::Ambiguous(..)
    ));
}

// ---- 5. periods ----

#[test]
fn period_types_are_told_apart() {
    assert_eq!(
        terms::period_name("2024 год"),
        Some((Some(2024), PeriodKind::Year))
    );
    assert_eq!(
        terms::period_name("2 квартал 2025 г."),
        Some((Some(2025), PeriodKind::Quarter(2)))
    );
    assert_eq!(
        terms::period_name("январь-март 2025 г."),
        Some((Some(2025), PeriodKind::Cumulative(3)))
    );
    assert_eq!(
        terms::period_name("Январь - февраль 2024"),
        Some((Some(2024), PeriodKind::Cumulative(2)))
    );
    assert_eq!(
        terms::period_name("март 2025 г."),
        Some((Some(2025), PeriodKind::Month(3)))
    );
    assert_eq!(
        terms::period_name("1 полугодие 2025"),
        Some((Some(2025), PeriodKind::Cumulative(6)))
    );
    assert_eq!(terms::period_name("февраль-март 2025"), None);
    let db = bundle();
    let tree = fixture("taldau_tree.json");
    let opts = Options {
        index: Some(701_625),
        ..Options::default()
    };
    let ex = read(&db, &tree, &opts);
    assert!(ex.refused[0].contains("--period-id"), "{:?}", ex.refused);
    let months = read(
        &db,
        &tree,
        &Options {
            period_id: Some(4),
            ..opts.clone()
        },
    );
    assert!(
        months.refused.is_empty() && months.rows.is_empty(),
        "{:?}",
        months.refused
    );
    assert_eq!(months.skipped.get("period: a single month"), Some(&3));
    let cumulative = read(
        &db,
        &tree,
        &Options {
            period_id: Some(8),
            ..opts
        },
    );
    let periods: Vec<String> = cumulative
        .rows
        .iter()
        .map(|r| r.cell.period.to_string())
        .collect();
    assert_eq!(periods.len(), 2, "{:?}", cumulative.refused);
    assert!(
        periods.contains(&"2021".to_owned()) && periods.contains(&"2024-M02".to_owned()),
        "{periods:?}"
    );
}

// ---- 6. values: gaps, the zero-groups artefact, bounds, repair ----

/// The bundle's 2009 regional output (bn tenge) as a dynamic-table CSV in thousand tenge,
/// each value multiplied by `extra` (10⁶ = the "decimal zero groups" artefact), grouped by spaces.
fn volume_csv(db: &Db, year: i32, extra: f64) -> String {
    let mut out = String::from("\"NAM\"\t\"DAT\"\t\"PERIOD\"\t\"КАТО(по каталогу)\"\t\"VAL\"\n");
    for r in &db.regions {
        let cell = Cell::new(
            &r.code,
            &ActivityCode::total(),
            Indicator::Volume,
            Period::year(year),
        );
        if let Some(o) = best(db, &cell).filter(|o| o.stated.unit == kz_iip_data::Unit::BnTenge) {
            let thousand = (o.stated.value * 1e6 * extra).round() as u128;
            let digits = thousand.to_string();
            let mut grouped = String::new();
            for (i, ch) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i).is_multiple_of(3) {
                    grouped.push(' ');
                }
                grouped.push(ch);
            }
            out.push_str(&format!("\"Объем промышленного производства(Тысяча тенге)\"\t\"{year} год\"\t\"{year}12\"\t\"{}\"\t\"{grouped}\"\n", r.name_ru.to_uppercase()));
        }
    }
    out
}

#[test]
fn the_zero_groups_artefact_is_refused_then_repaired_only_when_the_bundle_confirms_it() {
    let db = bundle();
    let plain = volume_csv(&db, 2009, 1.0);
    let mut ok = vec![read_export(
        &db,
        "v.csv",
        plain.as_bytes(),
        &Options::default(),
    )];
    let p = plan(&db, &mut ok, false);
    assert!(ok[0].refused.is_empty(), "{:?}", ok[0].refused);
    assert!(
        p[0].unchanged.len() >= 10 && p[0].revised.is_empty() && p[0].new.is_empty(),
        "{:?}",
        p[0]
    );

    let bad = volume_csv(&db, 2009, 1e6);
    let mut ex = vec![read_export(
        &db,
        "bad.csv",
        bad.as_bytes(),
        &Options::default(),
    )];
    plan(&db, &mut ex, false);
    assert!(
        ex[0].refused[0].contains("decimal zero groups") && ex[0].refused[0].contains("rows 2, 3"),
        "{:?}",
        ex[0].refused
    );

    let mut rep = vec![read_export(
        &db,
        "bad.csv",
        bad.as_bytes(),
        &Options::default(),
    )];
    let p = plan(&db, &mut rep, true);
    assert!(rep[0].refused.is_empty(), "{:?}", rep[0].refused);
    let (factor, confirmed) = p[0].repair.unwrap();
    assert_eq!(factor, 1e-6);
    assert_eq!(confirmed, p[0].unchanged.len());

    // Without overlap (a year the bundle does not hold) there is nothing to calibrate on.
    let none = bad
        .replace("2009 год", "2031 год")
        .replace("200912", "203112");
    let mut ex = vec![read_export(
        &db,
        "none.csv",
        none.as_bytes(),
        &Options::default(),
    )];
    plan(&db, &mut ex, true);
    assert!(
        ex[0]
            .refused
            .iter()
            .any(|m| m.contains("no factor can be calibrated")),
        "{:?}",
        ex[0].refused
    );

    // No zero groups, but a thousand times too big: caught by the bounds.
    let big = volume_csv(&db, 2009, 1000.0).replace(" 000\"", "001\"");
    let mut ex = vec![read_export(
        &db,
        "big.csv",
        big.as_bytes(),
        &Options::default(),
    )];
    plan(&db, &mut ex, false);
    assert!(!ex[0].refused.is_empty());
}

#[test]
fn gaps_are_counted_and_an_empty_result_fails() {
    let db = bundle();
    let csv = "NAM\tDAT\tPERIOD\tКАТО(по каталогу)\tVAL\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.АСТАНА\tx\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.АЛМАТЫ\t-\n\
Индекс промышленного производства(Процент)\t2023 год\t202312\tГ.ШЫМКЕНТ\t\n";
    let ex = read_export(&db, "g.csv", csv.as_bytes(), &Options::default());
    assert_eq!(ex.skipped.values().sum::<usize>(), 3);
    assert!(ex.rows.is_empty());
    let data = data_copy("empty");
    let file = data.join("header-only.csv");
    std::fs::write(&file, "NAM\tDAT\tPERIOD\tКАТО(по каталогу)\tVAL\n").unwrap();
    let out = run(&data, &[], &[&file]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("no values"));
}

// ---- 7. never break the bundle ----

#[test]
fn duplicates_across_files_are_refused_naming_both_rows() {
    let db = bundle();
    let a = "NAM\tDAT\tPERIOD\tКАТО(по каталогу)\tVAL\nИндекс промышленного производства(Процент)\t2030 год\t203012\tГ.АСТАНА\t101.0\n";
    let b = a.replace("101.0", "102.0");
    let mut same = vec![
        read_export(&db, "a.csv", a.as_bytes(), &Options::default()),
        read_export(&db, "a2.csv", a.as_bytes(), &Options::default()),
    ];
    let p = plan(&db, &mut same, false);
    assert!(same.iter().all(|e| e.refused.is_empty()));
    assert_eq!((p[0].new.len(), p[1].duplicates), (1, 1));
    let mut diff = vec![
        read_export(&db, "a.csv", a.as_bytes(), &Options::default()),
        read_export(&db, "b.csv", b.as_bytes(), &Options::default()),
    ];
    plan(&db, &mut diff, false);
    assert!(
        diff[1].refused[0].contains("row 2") && diff[1].refused[0].contains("row 2 of file 1"),
        "{:?}",
        diff[1].refused
    );
}

#[test]
fn a_refused_run_leaves_data_byte_identical() {
    let data = data_copy("refused");
    let before = snapshot(&data);
    let good = fixture("bns_iip_real_layout.csv");
    let bad = data.join("truncated.json");
    std::fs::write(&bad, "[{\"terms\": [741880], \"termNames\": [\"РЕСПУБЛИКА КАЗАХСТАН\"], \"periods\": [{\"name\": \"2").unwrap();
    let out = run(&data, &["--index", "701625"], &[&good, &bad]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out).contains("truncated JSON"), "{}", text(&out));
    let mut after = snapshot(&data);
    after.retain(|(n, _)| n != "truncated.json");
    let mut before = before;
    before.retain(|(n, _)| n != "truncated.json");
    assert_eq!(after, before);
}

// ---- 9. hostile input ----

mod hostile {
    use super::*;
    use proptest::prelude::*;

    fn base() -> Vec<u8> {
        std::fs::read(fixture("bns_iip_real_layout.csv")).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

        /// Truncated, cut, byte-flipped, shuffled, duplicated, re-encoded: no panic, and what
        /// is accepted passes the loader.
        #[test]
        fn mutated_exports_never_panic(cut in 0usize..4000, flips in proptest::collection::vec((0usize..4000, any::<u8>()), 0..6),
                                       dup in 0usize..50, cp1251 in any::<bool>(), huge in any::<bool>()) {
            let db = bundle();
            let mut text = String::from_utf8(base()).unwrap();
            if huge { text = text.replace("\"111.2\"", "\"1e308\"").replace("\"104.4\"", "\"99999999999999999999999999\""); }
            let lines: Vec<&str> = text.lines().collect();
            let mut shuffled: Vec<&str> = lines.clone();
            if dup < lines.len() { shuffled.push(lines[dup]); shuffled.swap(1, dup.max(1)); }
            let text = shuffled.join("\n");
            let mut bytes = if cp1251 { encoding_rs::WINDOWS_1251.encode(&text).0.into_owned() } else { text.into_bytes() };
            for (at, b) in flips { if !bytes.is_empty() { let i = at % bytes.len(); bytes[i] = b; } }
            bytes.truncate(cut.max(1).min(bytes.len()));
            let mut ex = vec![read_export(&db, "m.csv", bytes, &Options::default())];
            let plans = plan(&db, &mut ex, false);
            if ex[0].refused.is_empty() {
                let mut file = kz_iip_refresh::write::ImportFile::default();
                let release = kz_iip_refresh::write::Release::new(kz_iip_data::Date::parse("2026-12-01").unwrap(), &["m.csv".into()], None);
                if kz_iip_refresh::write::apply(&mut file, &plans, &release).is_ok() {
                    let mut files = kz_iip_data::read_dir(&root().join("data"));
                    for f in &mut files { if f.0 == "data/bns_imports.json" { f.1 = kz_iip_refresh::write::to_text(&file).unwrap(); } }
                    let (_, errors) = kz_iip_data::load_owned(&files);
                    prop_assert!(errors.is_empty(), "{errors:?}");
                }
            }
        }

        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), json in any::<bool>()) {
            let db = bundle();
            let mut b = bytes;
            if json { b.insert(0, b'['); }
            let opts = Options { index: Some(701_625), period_id: Some(8), ..Options::default() };
            let mut ex = vec![read_export(&db, "r", b, &opts)];
            plan(&db, &mut ex, true);
        }
    }
}

// ---- 10. the other way out: a Data Package ----

#[test]
fn the_data_package_holds_every_table_and_every_value() {
    let db = bundle();
    let out = std::env::temp_dir().join(format!("kz-iip-package-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let n = kz_iip_refresh::package::write_package(&root().join("data"), &out).unwrap();
    assert_eq!(n, 8);
    let descriptor: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("datapackage.json")).unwrap())
            .unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    assert_eq!(descriptor["version"], kz_iip_refresh::package::release(&db));
    let rows = |name: &str| -> Vec<csv::StringRecord> {
        csv::Reader::from_path(out.join(format!("{name}.csv")))
            .unwrap()
            .records()
            .map(Result::unwrap)
            .collect()
    };
    // Every observation, every release (the "All data" downloads hold only the shown ones).
    let obs = rows("observations");
    assert_eq!(obs.len(), db.observations.len());
    let mut shown = 0;
    for (o, r) in db.observations.iter().zip(&obs) {
        assert_eq!(&r[0], o.geo.as_str());
        assert_eq!(&r[3], o.period.to_string());
        assert_eq!(
            r[6].parse::<f64>().unwrap(),
            o.stated.value,
            "as published, exactly"
        );
        let v: f64 = r[4].parse().unwrap();
        assert!(
            (v - o.value).abs() <= o.value.abs() * 1e-11,
            "{v} vs {}",
            o.value
        );
        assert_eq!(&r[8], o.status.key());
        assert_eq!(&r[12], o.uncertain.to_string());
        shown += usize::from(&r[11] == "true");
    }
    assert!(
        shown < obs.len(),
        "earlier releases are kept beside the shown value"
    );
    // Every mark: composed titles, inferred dates; omitted values with their reason.
    let sources = rows("sources");
    assert_eq!(sources.len(), db.sources.len());
    assert!(sources.iter().any(|s| &s[2] == "true") && sources.iter().any(|s| &s[8] == "true"));
    assert_eq!(rows("omitted").len(), db.omitted.len());
    assert_eq!(rows("regions").len(), db.regions.len());
    assert_eq!(rows("projects").len(), db.projects.len());
    assert_eq!(rows("physical_output").len(), db.physical.len());
    assert_eq!(rows("exchange_rates").len(), db.rates.len());
    // Foreign keys hold.
    let ids: std::collections::HashSet<String> = sources.iter().map(|s| s[0].to_owned()).collect();
    assert!(obs.iter().all(|r| ids.contains(&r[9])));
}

#[test]
fn taldau_index_data_with_its_index_and_its_terms() {
    let db = bundle();
    let opts = Options {
        index: Some(701_625),
        ..Options::default()
    };
    let mut ex = vec![read(&db, &fixture("taldau_index_data.json"), &opts)];
    assert!(ex[0].refused.is_empty(), "{:?}", ex[0].refused);
    assert_eq!(ex[0].indicator_text, "Taldau index 701625");
    let got: Vec<(&str, String, f64)> = ex[0]
        .rows
        .iter()
        .map(|r| (r.cell.geo.as_str(), r.cell.period.to_string(), r.value))
        .collect();
    assert_eq!(
        got,
        [
            ("000000000", "2021".to_owned(), 103.6),
            ("710000000", "2021".to_owned(), 115.6)
        ]
    );
    assert_eq!(ex[0].skipped.get("no value («x»)"), Some(&1));
    let p = plan(&db, &mut ex, false);
    assert_eq!(
        (p[0].new.len(), p[0].revised.len()),
        (0, 0),
        "the bundle's own values: {:?}",
        p[0]
    );
    // Urban/rural (a second term) and another comparison base (dic 848) never merge into the total.
    let answer = r#"[
      {"terms": [268012, 3079117, 1], "termNames": ["Г.АСТАНА", "Промышленность", "Городская местность"],
       "periods": [{"name": "2021 год", "date": "31.12.2021", "value": "99.0"}]},
      {"terms": [268012, 3079117, 2], "termNames": ["Г.АСТАНА", "Промышленность", "Отчетный период к 2010 году"],
       "periods": [{"name": "2021 год", "date": "31.12.2021", "value": "180.0"}]},
      {"terms": [268012, 3079117], "termNames": ["Г.АСТАНА", "Промышленность"],
       "periods": [{"name": "2021 год", "date": "31.12.2021", "value": "115.6"}, {"name": "2 квартал 2021", "date": "30.06.2021", "value": "101.0"}]}
    ]"#;
    let ex = read_export(&db, "t.json", answer.as_bytes(), &opts);
    assert!(ex.refused.is_empty(), "{:?}", ex.refused);
    assert_eq!(ex.rows.len(), 1);
    assert_eq!(ex.rows[0].value, 115.6);
    assert_eq!(
        ex.skipped.get("term = «Городская местность»"),
        Some(&1),
        "{:?}",
        ex.skipped
    );
    assert_eq!(
        ex.skipped.get("comparison = «Отчетный период к 2010 году»"),
        Some(&1),
        "{:?}",
        ex.skipped
    );
    assert_eq!(ex.skipped.get("period: a single quarter"), Some(&1));
}

//! Benchmark (not a test): a synthetic dataset 100× the bundled one — generated here, never
//! shipped — loaded, filtered and redrawn with the app's own code. Prints median times.
//!
//! `cargo run --release --example scale`

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark on generated data: failing loudly is right

use std::time::Instant;

use kz_iip::charts::draw::{draw_bars, draw_trend};
use kz_iip::charts::frame::{Look, Marks};
use kz_iip::charts::spec;
use kz_iip::data::{self, bundled::BUNDLED};
use kz_iip::i18n::Lang;
use kz_iip::state::{Filters, Measure};
use plotters::prelude::*;

/// The bundle with `times` copies of every regional series under synthetic region codes.
fn synthetic(times: usize) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = BUNDLED
        .iter()
        .map(|(n, b)| ((*n).to_owned(), (*b).to_owned()))
        .collect();
    let mut regions: serde_json::Value = serde_json::from_str(BUNDLED[1].1).expect("regions");
    let originals: Vec<serde_json::Value> =
        regions["regions"].as_array().cloned().unwrap_or_default();
    for k in 1..times {
        for r in originals
            .iter()
            .filter(|r| r["kind"] != "country" && r["code"] != "SKO")
        {
            let mut c = r.clone();
            let code = format!(
                "{:09}",
                800_000_000
                    + k * 1000
                    + (r["code"].as_str().unwrap_or("0")[..2]
                        .parse::<usize>()
                        .unwrap_or(0))
            );
            c["code"] = code.into();
            c["carved_from"] = serde_json::json!([]);
            regions["regions"].as_array_mut().expect("array").push(c);
        }
    }
    files[1].1 = regions.to_string();
    for file in ["data/regional_iip.json", "data/regional_volume.json"] {
        let i = files.iter().position(|f| f.0 == file).expect("file");
        let mut v: serde_json::Value = serde_json::from_str(&files[i].1).expect("json");
        let values = v["values"].as_object_mut().expect("values");
        for (_, row) in values.iter_mut() {
            let row = row.as_object_mut().expect("row");
            let orig: Vec<(String, serde_json::Value)> =
                row.iter().map(|(a, b)| (a.clone(), b.clone())).collect();
            for k in 1..times {
                for (code, val) in &orig {
                    let code = format!(
                        "{:09}",
                        800_000_000 + k * 1000 + code[..2].parse::<usize>().unwrap_or(0)
                    );
                    row.insert(code, val.clone());
                }
            }
        }
        files[i].1 = v.to_string();
    }
    files
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let times = 100;
    let files = synthetic(times);
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_str()))
        .collect();
    let mut load = Vec::new();
    let mut db = None;
    for _ in 0..5 {
        let t = Instant::now();
        let (d, errors) = data::load(&refs);
        load.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(
            errors.iter().all(|e| e.message.contains("status rule")),
            "{:?}",
            errors.first()
        );
        db = Some(d);
    }
    let db = db.expect("loaded");
    let (base, _) = data::load_bundled();
    println!(
        "Scaling case: every regional series {times}× under synthetic codes ({} observations vs {} bundled), native release build",
        db.observations.len(),
        base.observations.len()
    );
    let (mut filter, mut redraw) = (Vec::new(), Vec::new());
    let codes: Vec<_> = db.subnational().map(|r| r.code.clone()).collect();
    for i in 0..30 {
        let (mut f, _) = Filters::from_query("from=2009&to=2023", &db);
        f.regions = codes
            .iter()
            .skip(i * 37 % codes.len())
            .take(6)
            .cloned()
            .collect();
        f.measure = if i % 2 == 0 {
            Measure::Iip
        } else {
            Measure::Volume
        };
        f.year = 2010 + (i as i32 % 14);
        let t = Instant::now();
        let trend = spec::trend(&db, &f, Lang::En);
        let ranking = spec::ranking(&db, &f, Lang::En);
        filter.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let mut svg = String::new();
        {
            let root = SVGBackend::with_string(&mut svg, (800, 340)).into_drawing_area();
            let _ = draw_trend(&root, &trend, &Look::light(1.0, 800.0), &Marks::default());
        }
        redraw.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box((svg, ranking.bars.len()));
    }
    // The ranking of all 1,900 units drawn too, once (the heaviest chart).
    let (f, _) = Filters::from_query("y=2023", &db);
    let t = Instant::now();
    let ranking = spec::ranking(&db, &f, Lang::En);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (800, 4000)).into_drawing_area();
        let _ = draw_bars(&root, &ranking, &Look::light(1.0, 800.0), &Marks::default());
    }
    let big = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "  load + validate   median {:7.1} ms (5 runs)",
        median(load)
    );
    println!(
        "  filter (specs)    median {:7.2} ms, max {:7.2} ms (30 changes)",
        median(filter.clone()),
        filter.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  redraw (trend)    median {:7.2} ms, max {:7.2} ms",
        median(redraw.clone()),
        redraw.iter().cloned().fold(0.0, f64::max)
    );
    println!(
        "  ranking of {} units, spec + draw: {big:.1} ms",
        ranking.bars.len()
    );
}

//! Loads and validates the bundled data files (`data/*.json`, the editable source) with the
//! app's own loader (`src/data/load.rs`, compiled here natively) and writes the validated `Db`
//! and the problems found as postcard bytes: the app decodes them (`data::bundled`) and carries
//! no JSON parser and no validation code. Also generates `BUNDLED`, the list of files as JSON
//! text (for the tests and the refresh tool).

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

// The data layer's loader, as in `src/data` (its modules refer to each other as `super::`).
#[path = "src/data/json_path.rs"]
#[allow(dead_code)]
mod json_path;
#[path = "src/data/load.rs"]
#[allow(dead_code)]
mod load;
#[path = "src/data/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/data/raw.rs"]
#[allow(dead_code)]
mod raw;

/// The bundled files, in the order `load` reads observation datasets.
const FILES: [&str; 14] = [
    "sources.json",
    "regions.json",
    "activities.json",
    "regional_iip.json",
    "regional_volume.json",
    "table_2023.json",
    "national.json",
    "activities_national.json",
    "exchange_rates.json",
    "physical_output.json",
    "projects.json",
    "glossary.json",
    "statements.json",
    "bns_imports.json",
];

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out = env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rerun-if-changed=build.rs");
    for module in ["json_path", "load", "model", "raw"] {
        println!("cargo:rerun-if-changed=src/data/{module}.rs");
    }
    let mut texts = Vec::new();
    let mut json = String::from("pub const BUNDLED: &[(&str, &str)] = &[\n");
    for name in FILES {
        let src = Path::new(&root).join("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        // A missing file is reported by the loader like an empty one.
        texts.push((
            format!("data/{name}"),
            fs::read_to_string(&src).unwrap_or_default(),
        ));
        let _ = writeln!(
            json,
            "    ({:?}, include_str!({:?})),",
            format!("data/{name}"),
            src.display()
        );
    }
    json.push_str("];\n");
    let files: Vec<(&str, &str)> = texts
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    let (db, errors) = load::load(&files);
    for e in &errors {
        println!("cargo:warning=data: {e}");
    }
    let bytes = match postcard::to_allocvec(&(db, errors)) {
        Ok(bytes) => bytes,
        Err(e) => {
            // The app then reports that its data cannot be decoded.
            println!("cargo:warning=cannot encode the data: {e}");
            Vec::new()
        }
    };
    let bin = Path::new(&out).join("db.postcard");
    if let Err(e) = fs::write(&bin, bytes) {
        println!("cargo:warning=cannot write {}: {e}", bin.display());
    }
    let _ = writeln!(
        json,
        "pub(crate) const BUNDLED_DB: &[u8] = include_bytes!({:?});",
        bin.display()
    );
    let _ = fs::write(Path::new(&out).join("bundled.rs"), json);
}

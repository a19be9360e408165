//! Compiles the bundled data files (`data/*.json`, the editable source) into a compact binary
//! form (postcard of the raw serde types of `src/data/raw.rs`), so that the app carries and
//! runs no JSON parser at start-up; it still validates every value (`data::load`). A file that
//! does not parse is written as its error (field and message) and reported by the app, as a
//! malformed JSON file is. Also generates the list of bundled files, `BUNDLED` (JSON text, for
//! the tests and the refresh tool) and `BUNDLED_ENCODED`.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

#[path = "src/data/json_path.rs"]
#[allow(dead_code)]
mod json_path;
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

/// `0` + postcard bytes, or `1` + "field\nmessage".
fn encode<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> Vec<u8> {
    let failed = |field: &str, message: &str| {
        let mut out = vec![1u8];
        out.extend(format!("{field}\n{message}").bytes());
        out
    };
    match json_path::from_json::<T>(text) {
        Ok(v) => match postcard::to_allocvec(&v) {
            Ok(bytes) => [vec![0u8], bytes].concat(),
            Err(e) => failed("(top level)", &e.to_string()),
        },
        Err((field, message)) => failed(&field, &message),
    }
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out = env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/data/raw.rs");
    println!("cargo:rerun-if-changed=src/data/json_path.rs");
    let mut json = String::from("pub const BUNDLED: &[(&str, &str)] = &[\n");
    let mut encoded = String::from("pub(crate) const BUNDLED_ENCODED: &[(&str, &[u8])] = &[\n");
    for name in FILES {
        let src = Path::new(&root).join("data").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src).unwrap_or_default();
        use raw::*;
        let bytes = match Kind::of(name) {
            Kind::Sources => encode::<RawSources>(&text),
            Kind::Regions => encode::<RawRegions>(&text),
            Kind::Activities => encode::<RawActivities>(&text),
            Kind::Rates => encode::<RawRates>(&text),
            Kind::Physical => encode::<RawPhysical>(&text),
            Kind::Projects => encode::<RawProjects>(&text),
            Kind::Glossary => encode::<RawGlossary>(&text),
            Kind::Statements => encode::<RawStatements>(&text),
            Kind::Dataset => encode::<RawDataset>(&text),
        };
        let bin = Path::new(&out).join(format!("{name}.bin"));
        if let Err(e) = fs::write(&bin, bytes) {
            println!("cargo:warning=cannot write {}: {e}", bin.display());
        }
        let path = format!("data/{name}");
        let _ = writeln!(json, "    ({path:?}, include_str!({:?})),", src.display());
        let _ = writeln!(
            encoded,
            "    ({path:?}, include_bytes!({:?})),",
            bin.display()
        );
    }
    json.push_str("];\n");
    encoded.push_str("];\n");
    let _ = fs::write(Path::new(&out).join("bundled.rs"), json + &encoded);
}

//! Loads and validates the data files (`data/*.json`, the editable source) with the data crate's
//! loader (`kz-iip-data`, a build-dependency) and writes the validated `Db` and the problems
//! found in its bundled encoding: the app decodes them (`data::bundled`) and carries no JSON
//! parser and no validation code. The widget gets a bundle of its own, without the
//! explorer-only parts (`Db::for_widget`); the explorer's leaves out what only About the data
//! and Output show (`Db::split_later`: written beside the wasm by `kz-iip-og`). Also generates `BUNDLED`, the files as JSON text (tests).
//! (The translations are compiled by the charts crate's build script.)

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out = env::var("OUT_DIR").unwrap_or_default();
    let dir = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed=build.rs");
    let mut json = String::from("pub const BUNDLED: &[(&str, &str)] = &[\n");
    for name in kz_iip_data::FILES {
        let src = dir.join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let _ = writeln!(
            json,
            "    ({:?}, include_str!({:?})),",
            format!("data/{name}"),
            src.display()
        );
    }
    json.push_str("];\n");
    // A missing file is read as empty and reported by the loader like an empty one.
    let (db, errors) = kz_iip_data::load_owned(&kz_iip_data::read_dir(&dir));
    for e in &errors {
        println!("cargo:warning=data: {e}");
    }
    // Without the files' notes no view shows (they are in the data package).
    let db = db.without_file_notes();
    // The explorer's wasm carries what its first views show; the rest (glossary, physical
    // output) is a file it fetches when About the data or Output opens (`Db::split_later`).
    let (first, later) = db.split_later();
    let bytes = kz_iip_data::encoded::encode(&first, &errors).unwrap_or_else(|e| {
        // The app then reports that its data cannot be decoded.
        println!("cargo:warning=cannot encode the data: {e}");
        Vec::new()
    });
    // The widget's own bundle: what its charts draw (`Db::for_widget`).
    let widget = kz_iip_data::encoded::encode(&db.for_widget(), &errors).unwrap_or_default();
    // The later part, for the build's tool that writes it beside the wasm (kz-iip-og) and the
    // tests: never read by the wasm.
    let later = kz_iip_data::encoded::encode(&later, &[]).unwrap_or_default();
    for (name, bytes, konst) in [
        ("db.bin", bytes, "pub(crate) const BUNDLED_DB"),
        (
            "db-widget.bin",
            widget,
            "pub(crate) const BUNDLED_WIDGET_DB",
        ),
        ("db-later.bin", later, "pub const BUNDLED_LATER"),
    ] {
        let bin = Path::new(&out).join(name);
        if let Err(e) = fs::write(&bin, bytes) {
            println!("cargo:warning=cannot write {}: {e}", bin.display());
        }
        let _ = writeln!(
            json,
            "{konst}: &[u8] = include_bytes!({:?});",
            bin.display()
        );
    }
    let _ = fs::write(Path::new(&out).join("bundled.rs"), json);
}

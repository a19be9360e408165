//! Loads and validates the data files (`data/*.json`, the editable source) with the data crate's
//! loader (`kz-iip-data`, a build-dependency) and writes the validated `Db` and the problems
//! found in its bundled encoding: the app decodes them (`data::bundled`) and carries no JSON
//! parser and no validation code. The widget gets a bundle of its own, without the
//! explorer-only parts (`Db::for_widget`). Also generates `BUNDLED`, the files as JSON text (tests).
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
    let bytes = kz_iip_data::encoded::encode(&db, &errors).unwrap_or_else(|e| {
        // The app then reports that its data cannot be decoded.
        println!("cargo:warning=cannot encode the data: {e}");
        Vec::new()
    });
    // The widget's own bundle: what its charts draw (`Db::for_widget`).
    let widget = kz_iip_data::encoded::encode(&db.for_widget(), &errors).unwrap_or_default();
    for (name, bytes, konst) in [
        ("db.bin", bytes, "BUNDLED_DB"),
        ("db-widget.bin", widget, "BUNDLED_WIDGET_DB"),
    ] {
        let bin = Path::new(&out).join(name);
        if let Err(e) = fs::write(&bin, bytes) {
            println!("cargo:warning=cannot write {}: {e}", bin.display());
        }
        let _ = writeln!(
            json,
            "pub(crate) const {konst}: &[u8] = include_bytes!({:?});",
            bin.display()
        );
    }
    let _ = fs::write(Path::new(&out).join("bundled.rs"), json);
}

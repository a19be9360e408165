//! Loads and validates the data files (`data/*.json`, the editable source) with the data crate's
//! loader (`kz-iip-data`, a build-dependency) and writes the validated `Db` and the problems
//! found in its bundled encoding: the app decodes them (`data::bundled`) and carries no JSON
//! parser and no validation code. Also generates `BUNDLED`, the files as JSON text (tests).
//!
//! Compiles the translations (`i18n/<lang>/*.ftl`) with `kz-iip-translations` into the message
//! tables of `i18n::catalog`; a missing or extra message, a variable one language lacks, a
//! missing plural form or a syntax error fails the build, naming the file and line.
//! `KZ_IIP_PSEUDO=1` builds the pseudo-locale in place of English (QA only).

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
    let bin = Path::new(&out).join("db.bin");
    if let Err(e) = fs::write(&bin, bytes) {
        println!("cargo:warning=cannot write {}: {e}", bin.display());
    }
    let _ = writeln!(
        json,
        "pub(crate) const BUNDLED_DB: &[u8] = include_bytes!({:?});",
        bin.display()
    );
    let _ = fs::write(Path::new(&out).join("bundled.rs"), json);
    translations(Path::new(&root), Path::new(&out));
}

fn translations(root: &Path, out: &Path) {
    let dir = root.join("i18n");
    println!("cargo:rerun-if-env-changed=KZ_IIP_PSEUDO");
    for f in kz_iip_translations::files(&dir) {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    let pseudo = env::var("KZ_IIP_PSEUDO").is_ok_and(|v| v == "1");
    match kz_iip_translations::check(&dir, pseudo) {
        Ok(catalog) => {
            let _ = fs::write(
                out.join("messages.rs"),
                kz_iip_translations::to_rust(&catalog),
            );
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("error: {p}");
                println!("cargo:warning={p}");
            }
            eprintln!(
                "error: {} problem(s) in the translations (i18n/)",
                problems.len()
            );
            std::process::exit(1);
        }
    }
}

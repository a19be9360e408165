//! Compiles the translations (`i18n/<lang>/*.ftl` at the workspace root) with
//! `kz-iip-translations` into the message tables of `i18n::catalog`; a missing or extra message,
//! a variable one language lacks, a missing plural form or a syntax error fails the build,
//! naming the file and line. `KZ_IIP_PSEUDO=1` builds the pseudo-locale in place of English
//! (QA only).

use std::path::Path;
use std::{env, fs};

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let out = env::var("OUT_DIR").unwrap_or_default();
    println!("cargo:rerun-if-changed=build.rs");
    translations(&Path::new(&root).join("../.."), Path::new(&out));
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

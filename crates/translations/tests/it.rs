//! The translations compiler on the project's files and on broken copies of them: a message
//! missing in one language, a plural variant missing, an extra message, a variable one language
//! lacks, a syntax error — each fails with its file and line.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use kz_iip_translations::{check, to_rust, LANGUAGES};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n")
}

/// A private copy of `i18n/` with `edit(lang, file, text) -> text` applied.
fn copy_with(tag: &str, edit: impl Fn(&str, &str, String) -> String) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kz-iip-i18n-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for lang in LANGUAGES {
        std::fs::create_dir_all(dir.join(lang)).unwrap();
        for e in std::fs::read_dir(root().join(lang)).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(dir.join(lang).join(&name), edit(lang, &name, text)).unwrap();
        }
    }
    dir
}

fn problems(dir: &Path) -> Vec<String> {
    check(dir, false)
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_projects_translations_are_complete() {
    let catalog = check(&root(), false).unwrap_or_else(|p| panic!("{p:#?}"));
    for lang in LANGUAGES {
        assert!(
            catalog.messages[lang].len() >= 200,
            "{lang}: {}",
            catalog.messages[lang].len()
        );
        assert_eq!(catalog.messages[lang].len(), catalog.messages["en"].len());
    }
    let rust = to_rust(&catalog);
    assert!(rust.contains("pub enum Key") && rust.contains("pub static RU_TEXT:"));
}

#[test]
fn a_missing_message_names_file_and_line() {
    let dir = copy_with("missing", |lang, file, text| {
        if lang == "ru" && file == "charts.ftl" {
            text.lines()
                .filter(|l| !l.starts_with("axis-year ="))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            text
        }
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 1, "{p:#?}");
    assert!(
        p[0].contains("ru/charts.ftl")
            && p[0].contains("`axis-year` is missing")
            && p[0].contains("en/charts.ftl:"),
        "{}",
        p[0]
    );
}

#[test]
fn a_missing_plural_variant_names_file_and_line() {
    let dir = copy_with("plural", |lang, file, text| {
        if lang == "ru" && file == "charts.ftl" {
            text.replace("        [few] { $count } строки\n", "")
        } else {
            text
        }
    });
    let p = problems(&dir);
    assert_eq!(p.len(), 1, "{p:#?}");
    let line = std::fs::read_to_string(dir.join("ru/charts.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("table-rows"))
        .unwrap()
        + 1;
    assert!(
        p[0].contains(&format!("ru/charts.ftl:{line}:")) && p[0].contains("[few]"),
        "{}",
        p[0]
    );
}

#[test]
fn extra_messages_variables_and_syntax_errors_are_named() {
    let dir = copy_with("extra", |lang, file, text| match (lang, file) {
        ("kk", "app.ftl") => format!("{text}\nonly-in-kazakh = артық\n"),
        ("ru", "notices.ftl") => text.replace("{ $code }", "{ $kod }"),
        ("en", "share.ftl") => format!("{text}\nbroken = {{ $x\n"),
        _ => text,
    });
    let p = problems(&dir).join("\n");
    assert!(
        p.contains("kk/app.ftl:") && p.contains("`only-in-kazakh` is not in the reference"),
        "{p}"
    );
    assert!(p.contains("ru/notices.ftl:") && p.contains("$kod"), "{p}");
    assert!(
        p.contains("en/share.ftl:") && p.contains("syntax error"),
        "{p}"
    );
}

#[test]
fn the_pseudo_locale_is_longer_and_keeps_variables() {
    let catalog = check(&root(), true).unwrap();
    let en = &catalog.messages["en"];
    let real = check(&root(), false).unwrap();
    for (p, r) in en.iter().zip(&real.messages["en"]) {
        assert_eq!(p.variables(), r.variables(), "{}", p.id);
    }
    let t = kz_iip_translations::pseudo_text("Regions");
    assert!(
        t.chars().count() as f64 >= 1.4 * "Regions".len() as f64,
        "{t}"
    );
}

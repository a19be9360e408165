//! The integration test binary (native): data, URL state, chart specs and drawing.
//!
//! One binary, several modules, shared `check` helpers (as in ripgrep and rust-analyzer).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

mod activities;
mod agreement;
mod audit;
mod charts;
mod data;
mod index;
mod map;
mod markup;
mod newsroom;
mod search;
mod share;
mod state;
mod widget;

/// Shared helpers.
mod check {
    use kz_iip::data::{self, Db};

    /// A chart kind's CSV for a selection, through the registry (as the app writes it).
    pub fn csv_of(
        kind: kz_iip::state::widget::ChartKind,
        db: &Db,
        f: &kz_iip::state::Filters,
        lang: kz_iip::i18n::Lang,
    ) -> kz_iip::charts::export::Csv {
        kz_iip::charts::kinds::of(kind).csv_for(db, f, lang)
    }

    /// The bundled data, whole (the wasm's part joined to the later part's file); fails the
    /// test with every error message if anything is invalid.
    pub fn db() -> Db {
        let (db, errors) = data::load_bundled();
        assert!(
            errors.is_empty(),
            "bundled data has errors:\n{}",
            list(&errors)
        );
        let later = data::bundled::load_later(data::bundled::BUNDLED_LATER);
        db.joined(later.expect("the later part reads"))
    }

    pub fn list(errors: &[data::DataError]) -> String {
        errors.iter().map(|e| format!("  {e}\n")).collect()
    }

    /// Loads the bundled files with one file replaced by `text`.
    pub fn load_with(file: &str, text: &str) -> (Db, Vec<data::DataError>) {
        let files: Vec<(&str, &str)> = data::bundled::BUNDLED
            .iter()
            .map(|&(name, body)| (name, if name == file { text } else { body }))
            .collect();
        data::load(&files)
    }

    /// Loads the bundled files with one JSON file edited by `edit`.
    pub fn load_edited(
        file: &str,
        edit: impl FnOnce(&mut serde_json::Value),
    ) -> (Db, Vec<data::DataError>) {
        let body = data::bundled::BUNDLED
            .iter()
            .find(|(name, _)| *name == file)
            .map(|(_, b)| *b)
            .unwrap_or_else(|| panic!("no bundled file {file}"));
        let mut v: serde_json::Value = serde_json::from_str(body).expect("bundled JSON parses");
        edit(&mut v);
        load_with(file, &v.to_string())
    }

    /// Asserts that an error names exactly `file` and exactly the field `field` (a JSON path),
    /// and that no error of that file names another field (errors it causes in other files,
    /// such as references to a dropped record, may follow).
    pub fn error_names(errors: &[data::DataError], file: &str, field: &str) {
        errors_name(errors, file, &[field]);
    }

    /// [`error_names`] for several fields: each is named, and no other field of `file`.
    pub fn errors_name(errors: &[data::DataError], file: &str, fields: &[&str]) {
        for field in fields {
            assert!(
                errors.iter().any(|e| e.file == file && e.field == *field),
                "expected an error naming {file} / {field}, got:\n{}",
                list(errors)
            );
        }
        assert!(
            errors
                .iter()
                .filter(|e| e.file == file)
                .all(|e| fields.contains(&e.field.as_str())),
            "{file}: errors beyond {fields:?}:\n{}",
            list(errors)
        );
    }
}

//! The bundled encoding: the validated [`Db`] and the problems found, as postcard bytes.
//!
//! The app's `build.rs` loads and validates `data/*.json` with [`crate::load()`] and writes
//! [`encode`]'s bytes; the app only [`decode`]s them and rebuilds its indices, so it carries no
//! JSON parser and no validation code, and a file with errors is still reported (naming the
//! field) in the app.

use crate::load::DataError;
use crate::model::Db;

/// What the build writes: `(Db, errors)` in postcard. `Err` says why it cannot be encoded.
pub fn encode(db: &Db, errors: &[DataError]) -> Result<Vec<u8>, String> {
    postcard::to_allocvec(&(db, errors)).map_err(|e| e.to_string())
}

/// Decodes what the build wrote; bytes that do not decode give an empty `Db` and say why.
pub fn decode(bytes: &[u8]) -> (Db, Vec<DataError>) {
    match postcard::from_bytes::<(Db, Vec<DataError>)>(bytes) {
        Ok((mut db, errors)) => {
            db.index_regions();
            db.index_cells();
            (db, errors)
        }
        Err(e) => (
            Db::default(),
            vec![DataError {
                file: "(bundled data)".to_owned(),
                field: "(top level)".to_owned(),
                message: format!("cannot decode the build's data: {e}"),
            }],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_found_at_build_time_reach_the_app() {
        let error = DataError {
            file: "data/regions.json".to_owned(),
            field: "regions[3].from".to_owned(),
            message: "invalid type".to_owned(),
        };
        let bytes = encode(&Db::default(), std::slice::from_ref(&error)).unwrap_or_default();
        let (db, errors) = decode(&bytes);
        assert_eq!(errors, vec![error]);
        assert!(db.regions.is_empty());
    }

    #[test]
    fn broken_bytes_are_an_error_not_a_panic() {
        for bytes in [&b""[..], b"\x00", b"\xff\xff\xff\xff\xff", b"\x07"] {
            let (db, errors) = decode(bytes);
            assert!(
                errors.iter().any(|e| e.file == "(bundled data)"),
                "{bytes:?}"
            );
            assert!(db.observations.is_empty());
        }
    }
}

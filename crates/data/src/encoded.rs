//! The bundled encoding: the validated [`Db`] and the problems found, in the bundle's binary
//! form ([`crate::pack`]).
//!
//! The app's `build.rs` loads and validates `data/*.json` with [`crate::load()`] and writes
//! [`encode`]'s bytes; the app only [`decode`]s them and rebuilds its indices, so it carries no
//! JSON parser and no validation code, and a file with errors is still reported (naming the
//! field) in the app.

use crate::load::DataError;
use crate::model::Db;
use crate::pack::{Pack, Reader, Writer};

/// What the build writes: `(Db, errors)`, then nothing.
pub fn encode(db: &Db, errors: &[DataError]) -> Result<Vec<u8>, String> {
    let mut w = Writer::default();
    db.put(&mut w);
    errors.to_vec().put(&mut w);
    Ok(w.finish())
}

/// Decodes what the build wrote; bytes that do not decode give an empty `Db` and say why.
pub fn decode(bytes: &[u8]) -> (Db, Vec<DataError>) {
    let read = Reader::new(bytes)
        .and_then(|mut r| <(Db, Vec<DataError>)>::take(&mut r).filter(|_| r.is_done()));
    match read {
        Some((mut db, errors)) => {
            db.index_regions();
            db.index_cells();
            (db, errors)
        }
        None => (
            Db::default(),
            vec![DataError {
                file: "(bundled data)".to_owned(),
                field: "(top level)".to_owned(),
                message: "cannot decode the build's data: truncated or corrupt".to_owned(),
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

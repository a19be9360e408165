//! Region search: the names people type, in three languages (issue 13).

use kz_iip::data::search::{normalise, regions};

use crate::check;

fn first(q: &str) -> String {
    let db = check::db();
    regions(&db, q)
        .first()
        .map(|r| r.code.to_string())
        .unwrap_or_default()
}

#[test]
fn common_and_former_english_names() {
    assert_eq!(first("North Kazakhstan"), "590000000");
    assert_eq!(first("north kaz"), "590000000");
    assert_eq!(first("Soltustik"), "590000000");
    assert_eq!(first("Nur-Sultan"), "710000000");
    assert_eq!(first("nursultan"), "710000000");
    assert_eq!(first("Astana"), "710000000");
    assert_eq!(first("Karaganda"), "350000000");
}

#[test]
fn russian_forms_and_abbreviations() {
    assert_eq!(first("СКО"), "590000000");
    assert_eq!(first("ско"), "590000000");
    assert_eq!(first("северо"), "590000000");
    assert_eq!(first("Северо-Казахстанская"), "590000000");
    assert_eq!(first("ВКО"), "630000000");
    assert_eq!(first("Нур-Султан"), "710000000");
}

#[test]
fn kazakh_letters_match_their_look_alikes() {
    assert_eq!(normalise("Қарағанды"), "караганды");
    assert_eq!(first("караганды"), "350000000");
    assert_eq!(first("Солтүстік"), "590000000");
}

#[test]
fn south_kazakhstan_finds_turkistan_and_the_old_region() {
    let db = check::db();
    let codes: Vec<String> = regions(&db, "South Kazakhstan")
        .iter()
        .map(|r| r.code.to_string())
        .collect();
    assert!(codes.contains(&"610000000".to_owned()), "{codes:?}");
    assert!(codes.contains(&"SKO".to_owned()), "{codes:?}");
    assert!(
        !codes.contains(&"590000000".to_owned()),
        "not North: {codes:?}"
    );
}

#[test]
fn empty_query_lists_all_and_nonsense_lists_none() {
    let db = check::db();
    assert_eq!(regions(&db, "  ").len(), db.regions.len());
    assert!(regions(&db, "zzzz").is_empty());
    assert!(regions(&db, "%%%<script>").is_empty());
}

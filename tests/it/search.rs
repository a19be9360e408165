//! Region search: the names people type, in three languages (issue 13).

use kz_iip::data::search::{self, normalise, regions};

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

/// `search::lower` is the standard library's lower case over the Latin and Cyrillic blocks it
/// covers (and leaves every other character as it is).
#[test]
fn lower_case_is_the_standard_librarys_over_latin_and_cyrillic() {
    for u in 0..=0x052F_u32 {
        let Some(c) = char::from_u32(u) else { continue };
        let std: Vec<char> = c.to_lowercase().collect();
        let expected = if c == 'İ' { 'i' } else { std[0] };
        assert_eq!(std.len(), if c == 'İ' { 2 } else { 1 }, "{c:?}");
        let covered = matches!(u, 0..=0x17F | 0x400..=0x52F);
        if covered {
            assert_eq!(search::lower(c), expected, "{c:?} U+{u:04X}");
        } else {
            assert_eq!(search::lower(c), c, "{c:?} U+{u:04X} left alone");
        }
    }
    // Other scripts are left alone, even where they have a case.
    assert_eq!(search::lower('Ω'), 'Ω');
    assert_eq!(search::lower('Ա'), 'Ա');
}

/// Every name and alias normalises as it did with the standard library's Unicode tables.
#[test]
fn every_name_normalises_as_with_the_unicode_tables() {
    // As before: the standard library's lower case and its test for letters and digits.
    let old = |s: &str| -> String {
        s.chars()
            .flat_map(char::to_lowercase)
            .map(search::look_alike)
            .filter(|c| c.is_alphanumeric())
            .collect()
    };
    let db = check::db();
    let mut n = 0;
    for r in &db.regions {
        for name in [&r.name_en, &r.name_ru]
            .into_iter()
            .chain(r.name_kk.as_ref())
            .chain(&r.aliases)
        {
            assert_eq!(search::normalise(name), old(name), "{name}");
            n += 1;
        }
    }
    assert!(n > 60, "{n} names");
    // Punctuation of any kind is ignored, letters of other scripts kept.
    assert_eq!(search::normalise("«Ақтөбе» — обл."), "актобеобл");
    assert_eq!(search::normalise("北京"), "北京");
}

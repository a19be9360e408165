//! Names in the page's language: regions, activities and products (their names live in the data
//! files), statuses and units (messages).

use super::{t, Key, Lang};
use crate::data::{Activity, Db, Region, RegionKind, Status, Unit};

/// A region's name in `lang` (Kazakh falls back to the Bureau's Russian form).
pub fn region_name(lang: Lang, r: &Region) -> &str {
    match lang {
        Lang::En => &r.name_en,
        Lang::Ru => &r.name_ru,
        Lang::Kk => r.name_kk.as_deref().unwrap_or(&r.name_ru),
    }
}

/// The short form in use for a long region name, for a tile too narrow for it: the messages'
/// form of a "… Kazakhstan" name (`region-short-*`: ЗКО, СҚО, WKO), else the first of the
/// data's aliases of an oblast that is one word, shorter than the name and begins as it does
/// (Атырауская → Атырау, Актюбинская → Актобе); `None` when there is neither. Cities keep their
/// city mark (Almaty the city is not Almaty the oblast) and no former name (Алма-Ата).
pub fn region_short(lang: Lang, r: &Region) -> Option<&str> {
    let key = match r.code.as_str() {
        "270000000" => Some(Key::RegionShortWest),
        "590000000" => Some(Key::RegionShortNorth),
        "630000000" => Some(Key::RegionShortEast),
        "SKO" => Some(Key::RegionShortSouth),
        _ => None,
    };
    if let Some(key) = key {
        return Some(t(lang, key));
    }
    if r.kind != RegionKind::Oblast {
        return None;
    }
    let name = region_name(lang, r);
    let stem: String = name
        .chars()
        .take(3)
        .map(crate::data::search::lower)
        .collect();
    r.aliases
        .iter()
        .map(String::as_str)
        .filter(|a| a.chars().count() < name.chars().count() && !a.contains(' '))
        .find(|a| {
            a.chars()
                .take(3)
                .map(crate::data::search::lower)
                .eq(stem.chars())
        })
}

/// A region's name without the words "region" and "city" ("Ақтөбе облысы" → "Ақтөбе",
/// "Алматы қаласы" → "Алматы қ."): for tiles and line ends, where the kind goes without saying.
pub fn region_compact(name: &str) -> String {
    let mut s = name.to_owned();
    // The city mark stays short ("Almaty city" and "Almaty" both exist).
    for (w, by) in [
        (" облысы", ""),
        (" область", ""),
        ("Область ", ""),
        (" қаласы", " қ."),
    ] {
        s = s.replace(w, by);
    }
    s
}

/// An activity's name in `lang`.
pub fn activity_name(lang: Lang, a: &Activity) -> &str {
    match lang {
        Lang::En => &a.name_en,
        Lang::Ru => a.name_ru.as_deref().unwrap_or(&a.name_en),
        Lang::Kk => a.name_kk.as_deref().unwrap_or(&a.name_en),
    }
}

/// A product of the physical-output table in `lang` (`data/physical_output.json`, `products`);
/// `None` for a product the data does not name.
pub fn product_name<'a>(lang: Lang, db: &'a Db, product: &str) -> Option<&'a str> {
    let p = db.products.iter().find(|p| p.key == product)?;
    Some(match lang {
        Lang::En => &p.name_en,
        Lang::Ru => &p.name_ru,
        Lang::Kk => &p.name_kk,
    })
}

/// A unit of the physical-output table.
pub fn physical_unit(lang: Lang, unit: &str) -> &'static str {
    t(
        lang,
        match unit {
            "mn_t" => Key::UnitMnT,
            "bn_m3" => Key::UnitBnM3,
            "bn_kwh" => Key::UnitBnKwh,
            _ => Key::UnitT,
        },
    )
}

pub fn status_name(lang: Lang, s: Status) -> &'static str {
    t(
        lang,
        match s {
            Status::Official => Key::StatusOfficial,
            Status::Preliminary => Key::StatusPreliminary,
            Status::Press => Key::StatusPress,
        },
    )
}

/// Short marker after a value in tables: "" for official, "p", "n".
pub fn status_mark(s: Status) -> &'static str {
    match s {
        Status::Official => "",
        Status::Preliminary => "p",
        Status::Press => "n",
    }
}

/// A unit as written after a number.
pub fn unit_name(lang: Lang, u: Unit) -> &'static str {
    t(
        lang,
        match u {
            Unit::Percent => Key::UnitPercent,
            Unit::GrowthPct => Key::UnitGrowth,
            Unit::Times => Key::UnitTimes,
            Unit::SharePct => Key::UnitShare,
            Unit::Tenge => Key::UnitTenge,
            Unit::ThousandTenge => Key::UnitThousand,
            Unit::MlnTenge => Key::UnitMln,
            Unit::BnTenge => Key::UnitBn,
            Unit::TrnTenge => Key::UnitTrn,
        },
    )
}

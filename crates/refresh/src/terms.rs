//! The Bureau's vocabulary, each list once: the indicators the bundle accepts, units, territory
//! names, period names, comparison bases and "total" classifier values.

use kz_iip_data::{
    ActivityCode, Db, Indicator, Period, PeriodType, Region, RegionCode, RegionKind, Unit,
};

use crate::text::fold;

/// The indicators an export may hold, by the dynamic table's `NAM` (before the unit's
/// brackets), its dynamic-table element and Taldau's index id. Anything else is refused.
pub const ACCEPTED: [(&str, Indicator, u32, u32); 2] = [
    (
        "Индекс промышленного производства",
        Indicator::Iip,
        5809,
        701_625,
    ),
    (
        "Объем промышленного производства",
        Indicator::Volume,
        5791,
        701_592,
    ),
];

/// `NAM` = `name(unit)`: the name and the unit text (the last brackets).
pub fn split_nam(nam: &str) -> (&str, Option<&str>) {
    let nam = nam.trim();
    match (nam.rfind('('), nam.ends_with(')')) {
        (Some(open), true) => (nam[..open].trim(), Some(&nam[open + 1..nam.len() - 1])),
        _ => (nam, None),
    }
}

/// The accepted indicator a `NAM`'s name stands for (case-, space- and ё/е-insensitive).
pub fn indicator_by_name(name: &str) -> Option<Indicator> {
    let q = fold(name);
    ACCEPTED
        .iter()
        .find(|(n, ..)| fold(n) == q)
        .map(|(_, i, ..)| *i)
}

/// Taldau's index id → indicator.
pub fn indicator_by_index(id: u32) -> Option<Indicator> {
    ACCEPTED
        .iter()
        .find(|(.., t)| *t == id)
        .map(|(_, i, ..)| *i)
}

/// A unit as the Bureau names it in `NAM` or Taldau's `measureName`.
pub fn unit_by_name(name: &str) -> Option<Unit> {
    Some(match fold(name).as_str() {
        "процент" | "проценты" | "percent" | "пайыз" => Unit::Percent,
        "тенге" | "tenge" | "теңге" => Unit::Tenge,
        "тысячатенге" | "тыстенге" | "thousandtenge" | "мыңтеңге" => {
            Unit::ThousandTenge
        }
        "миллионтенге" | "млнтенге" | "milliontenge" | "млнтеңге" => {
            Unit::MlnTenge
        }
        "миллиардтенге" | "млрдтенге" | "billiontenge" | "млрдтеңге" => {
            Unit::BnTenge
        }
        _ => return None,
    })
}

/// What a territory cell names.
#[derive(Clone, Debug, PartialEq)]
pub enum Territory<'a> {
    Unit(&'a Region),
    /// A town or district (`КОКШЕТАУ Г.А.`, `… РАЙОН`): below the bundle's level.
    Local,
    Empty,
    Unknown,
    /// Fits two units: both named.
    Ambiguous(String, String),
}

/// A territory by KATO code (nine digits) or by the Bureau's and Taldau's names:
/// `Г.АЛМАТЫ` (cities first: "г." marks a city and only cities are searched, so it never meets
/// Алматинская область), `ОБЛАСТЬ ҰЛЫТАУ`, `ЮЖНО-КАЗАХСТАНСКАЯ ОБЛАСТЬ`, `РЕСПУБЛИКА КАЗАХСТАН`.
/// Official names win over aliases.
pub fn territory<'a>(db: &'a Db, cell: &str) -> Territory<'a> {
    let raw = cell.trim();
    if raw.is_empty() {
        return Territory::Empty;
    }
    if let Some(r) = RegionCode::parse(raw).and_then(|c| db.region(&c)) {
        return Territory::Unit(r);
    }
    if raw.len() == 9 && raw.bytes().all(|b| b.is_ascii_digit()) {
        // A KATO code below the regions (a district or town code).
        return Territory::Local;
    }
    let lower = raw.to_lowercase().replace('ё', "е");
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '.' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    if lower.contains("г.а.")
        || lower.ends_with("г.а")
        || has("район")
        || has("ауданы")
        || has("р-н")
        || has("г.а")
    {
        return Territory::Local;
    }
    let city = lower.starts_with("г.")
        || lower.starts_with("г ")
        || has("город")
        || has("қаласы")
        || has("city");
    let kind = if city {
        Some(RegionKind::City)
    } else if has("область") || has("облысы") || has("region") || has("oblast") {
        Some(RegionKind::Oblast)
    } else if lower.contains("республика") {
        Some(RegionKind::Country)
    } else {
        None
    };
    let core = |s: &str| {
        let s = s.to_lowercase().replace('ё', "е");
        let stripped: String = s
            .split(|c: char| c.is_whitespace() || c == '.')
            .filter(|w| {
                !matches!(
                    *w,
                    "" | "г"
                        | "город"
                        | "қаласы"
                        | "city"
                        | "область"
                        | "облысы"
                        | "region"
                        | "oblast"
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        fold(&stripped)
    };
    let q = core(raw);
    let candidates = db
        .regions
        .iter()
        .filter(|r| kind.is_none_or(|k| r.kind == k));
    let (mut official, mut alias): (Vec<&Region>, Vec<&Region>) = (Vec::new(), Vec::new());
    for r in candidates {
        let names = [Some(&r.name_ru), r.name_kk.as_ref(), Some(&r.name_en)];
        if names.into_iter().flatten().any(|n| core(n) == q) {
            official.push(r);
        } else if r.aliases.iter().any(|a| core(a) == q) {
            alias.push(r);
        }
    }
    match (official.as_slice(), alias.as_slice()) {
        ([one], _) | ([], [one]) => Territory::Unit(one),
        ([a, b, ..], _) | ([], [a, b, ..]) => {
            Territory::Ambiguous(a.name_en.clone(), b.name_en.clone())
        }
        ([], []) if city => Territory::Local,
        ([], []) => Territory::Unknown,
    }
}

/// The period types an export distinguishes; the bundle holds years and January–month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    Year,
    /// January to month m (m = 1..11; "1 полугодие" is January–June).
    Cumulative(u8),
    Quarter(u8),
    HalfYear(u8),
    Month(u8),
}

impl PeriodKind {
    /// The bundle's period, if it can hold this one.
    pub fn period(self, year: i32) -> Option<Period> {
        match self {
            Self::Year => Some(Period::year(year)),
            Self::Cumulative(12) => Some(Period::year(year)),
            Self::Cumulative(m) => Some(Period {
                year,
                kind: PeriodType::Cumulative(m),
            }),
            _ => None,
        }
    }

    /// For reports: "a single quarter" …
    pub fn describe(self) -> &'static str {
        match self {
            Self::Year => "a year",
            Self::Cumulative(_) => "January–month",
            Self::Quarter(_) => "a single quarter",
            Self::HalfYear(_) => "a second half-year",
            Self::Month(_) => "a single month",
        }
    }
}

const MONTHS: [[&str; 3]; 12] = [
    ["январь", "января", "қаңтар"],
    ["февраль", "февраля", "ақпан"],
    ["март", "марта", "наурыз"],
    ["апрель", "апреля", "сәуір"],
    ["май", "мая", "мамыр"],
    ["июнь", "июня", "маусым"],
    ["июль", "июля", "шілде"],
    ["август", "августа", "тамыз"],
    ["сентябрь", "сентября", "қыркүйек"],
    ["октябрь", "октября", "қазан"],
    ["ноябрь", "ноября", "қараша"],
    ["декабрь", "декабря", "желтоқсан"],
];

fn month_of(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|forms| forms.contains(&word))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// A period name (`DAT`, Taldau's `name`): "2024 год", "2 квартал 2025 г.", "январь-март 2025",
/// "март 2025 г.", "1 полугодие 2025". The year, if the name has one, and the kind.
pub fn period_name(name: &str) -> Option<(Option<i32>, PeriodKind)> {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == '-' || c == '–' || c == '—' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let year = words
        .iter()
        .find(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|w| w.parse::<i32>().ok());
    let number = words
        .iter()
        .find(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|w| w.parse::<u8>().ok());
    let months: Vec<u8> = words.iter().filter_map(|w| month_of(w)).collect();
    let has = |stem: &str| words.iter().any(|w| w.starts_with(stem));
    let kind = if has("квартал") || has("тоқсан") {
        PeriodKind::Quarter(number.filter(|q| (1..=4).contains(q))?)
    } else if has("полугод") || has("жартыжыл") {
        match number? {
            1 => PeriodKind::Cumulative(6),
            2 => PeriodKind::HalfYear(2),
            _ => return None,
        }
    } else if let [first, .., last] = months.as_slice() {
        if *first != 1 || last <= first {
            return None;
        }
        PeriodKind::Cumulative(*last)
    } else if let [m] = months.as_slice() {
        PeriodKind::Month(*m)
    } else if has("год") || has("жыл") || has("year") {
        PeriodKind::Year
    } else {
        return None;
    };
    Some((year, kind))
}

/// `PERIOD` (`202412`, `2024`, `20252`): its year and, if given, month.
pub fn period_code(code: &str) -> Option<(i32, Option<u8>)> {
    let c = code.trim();
    if !c.bytes().all(|b| b.is_ascii_digit()) || c.len() < 4 {
        return None;
    }
    let year: i32 = c[..4].parse().ok().filter(|y| (1990..=2100).contains(y))?;
    let month = if c.len() > 4 {
        Some(c[4..].parse::<u8>().ok().filter(|m| (1..=12).contains(m))?)
    } else {
        None
    };
    Some((year, month))
}

/// The comparison bases (ССП, Taldau dic 848) the bundle's IIP is: the same period a year
/// earlier; "к предыдущему периоду" only for a year (whose previous period is the last year).
pub fn comparison_fits(base: &str, kind: PeriodKind) -> bool {
    let q = fold(base);
    q.is_empty()
        || q == fold("отчетный период к соответствующему периоду прошлого года")
        || q == fold("к соответствующему периоду предыдущего года")
        || (kind == PeriodKind::Year && q == fold("отчетный период к предыдущему периоду"))
}

/// Does a classifier term name a comparison base (for Taldau, whose terms are unlabelled)?
pub fn is_comparison(term: &str) -> bool {
    let l = term.to_lowercase();
    l.contains("период") && (l.contains(" к ") || l.starts_with("к "))
}

/// A classifier value that stands for the whole (kept: the bundle holds totals).
pub fn is_total(value: &str) -> bool {
    let q = fold(value);
    q.is_empty()
        || [
            "всего",
            "итого",
            "барлыгы",
            "total",
            "всеготерритории",
            "вседеятельности",
        ]
        .contains(&q.as_str())
}

/// Taldau's OKED term ids (figures.md §5c).
pub fn activity_by_term(id: i64) -> Option<ActivityCode> {
    let code = match id {
        3_079_117 => "IND",
        3_078_703 => "B",
        3_078_734 => "C",
        3_079_084 => "D",
        3_079_097 => "E",
        _ => return None,
    };
    ActivityCode::parse(code)
}

/// Taldau's term for the Republic.
pub const TALDAU_REPUBLIC: i64 = 741_880;

/// An activity by the Bureau's Russian name ("Промышленность" = total industry) or code.
pub fn activity_by_name(db: &Db, name: &str) -> Option<ActivityCode> {
    let q = fold(name);
    if q == fold("Промышленность") || q == fold("Всего") {
        return Some(ActivityCode::total());
    }
    if let Some(a) = ActivityCode::parse(name.trim()).filter(|a| db.activity(a).is_some()) {
        return Some(a);
    }
    db.activities
        .iter()
        .find(|a| {
            [Some(&a.name_en), a.name_ru.as_ref(), a.name_kk.as_ref()]
                .into_iter()
                .flatten()
                .any(|n| fold(n) == q)
        })
        .map(|a| a.code.clone())
}

//! Text built from messages and data: chart titles and axes by measure and currency, URL
//! notices, lineage notes, period names.

use super::{region_name, t, tr, Arg, Key, Lang};
use crate::data::lineage::{lineage, Lineage};
use crate::data::{Db, Period, PeriodType, Region};
use crate::state::{Currency, Measure, Notice};

/// The `measure`, `currency` and `base` variables of the messages that depend on them.
fn measure_args(m: Measure, cur: Currency, base: &str) -> [(&'static str, Arg<'_>); 3] {
    let measure = match m {
        Measure::Iip => "iip",
        Measure::Level => "level",
        Measure::Volume => "volume",
    };
    let currency = match cur {
        Currency::Kzt => "kzt",
        Currency::Usd => "usd",
    };
    [
        ("measure", measure.into()),
        ("currency", currency.into()),
        ("base", base.into()),
    ]
}

/// The title of the trend chart for a measure (`base`: the level's base year).
pub fn trend_title(lang: Lang, m: Measure, cur: Currency, base: i32) -> String {
    tr(
        lang,
        Key::TrendTitle,
        &measure_args(m, cur, &base.to_string()),
    )
}

pub fn ranking_title(lang: Lang, m: Measure) -> &'static str {
    t(
        lang,
        if m != Measure::Volume {
            Key::RankingTitleIip
        } else {
            Key::RankingTitleVolume
        },
    )
}

/// The value axis of a chart.
pub fn value_axis(lang: Lang, m: Measure, cur: Currency, base: i32) -> String {
    tr(
        lang,
        Key::ValueAxis,
        &measure_args(m, cur, &base.to_string()),
    )
}

/// Heading of the value column of a table.
pub fn value_column(lang: Lang, m: Measure, cur: Currency, base: i32) -> String {
    tr(
        lang,
        Key::ValueColumn,
        &measure_args(m, cur, &base.to_string()),
    )
}

/// A table's size: "3 rows", «3 строки».
pub fn table_rows(lang: Lang, n: usize) -> String {
    tr(lang, Key::TableRows, &[("count", n.into())])
}

/// The message for a URL notice.
pub fn notice_text(lang: Lang, n: &Notice) -> String {
    let one = |k: Key, name: &str, v: &str| tr(lang, k, &[(name, v.into())]);
    let two = |k: Key, (a, x): (&str, &str), (b, y): (&str, &str)| {
        tr(lang, k, &[(a, x.into()), (b, y.into())])
    };
    match n {
        Notice::UnknownRegion(c) => one(Key::NoticeUnknownRegion, "code", c),
        Notice::TooManyRegions { kept } => {
            tr(lang, Key::NoticeTooMany, &[("count", (*kept).into())])
        }
        Notice::BadYear { key, value } => two(Key::NoticeBadYear, ("key", key), ("value", value)),
        Notice::BadRange { from, to } => two(
            Key::NoticeBadRange,
            ("from", &from.to_string()),
            ("to", &to.to_string()),
        ),
        Notice::BadMeasure(m) => one(Key::NoticeBadMeasure, "value", m),
        Notice::UnknownActivity(a) => one(Key::NoticeUnknownActivity, "value", a),
        Notice::BadPeriod(p) => one(Key::NoticeBadPeriod, "value", p),
        Notice::BadCurrency(c) => one(Key::NoticeBadCurrency, "value", c),
        Notice::BadView(v) => one(Key::NoticeBadView, "value", v),
        Notice::BadBase(v) => one(Key::NoticeBadBase, "value", v),
        Notice::BadTheme(v) => one(Key::NoticeBadTheme, "value", v),
        Notice::BadWidgetOption { key, value } => {
            two(Key::NoticeBadWidget, ("key", key), ("value", value))
        }
        Notice::UnknownLanguage(l) => one(Key::NoticeUnknownLanguage, "value", l),
    }
}

/// What the shown unit's boundaries mean for its series ([`lineage`]): formed from another
/// unit, lost territory to a new one, or abolished.
pub fn lineage_note(lang: Lang, db: &Db, r: &Region) -> Option<String> {
    let name = region_name(lang, r);
    let names = |list: &[&Region]| {
        list.iter()
            .map(|x| region_name(lang, x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Some(match lineage(db, r)? {
        Lineage::FormedFrom { year, parents } => tr(
            lang,
            Key::FormedFrom,
            &[
                ("region", name.into()),
                ("year", (&year.to_string()).into()),
                ("parents", (&names(&parents)).into()),
            ],
        ),
        Lineage::Abolished { until } => tr(
            lang,
            Key::AbolishedNoData,
            &[
                ("region", name.into()),
                ("year", (&(until + 1).to_string()).into()),
            ],
        ),
        Lineage::SmallerSince { year, children } => tr(
            lang,
            Key::SmallerSince,
            &[
                ("region", name.into()),
                ("year", (&year.to_string()).into()),
                ("children", (&names(&children)).into()),
            ],
        ),
    })
}

/// The name of month `m` (1–12): "Jan" in English, "январь" / "қаңтар" (messages `month-1` …).
pub fn month_name(lang: Lang, m: u8) -> &'static str {
    const MONTHS: [Key; 12] = [
        Key::Month1,
        Key::Month2,
        Key::Month3,
        Key::Month4,
        Key::Month5,
        Key::Month6,
        Key::Month7,
        Key::Month8,
        Key::Month9,
        Key::Month10,
        Key::Month11,
        Key::Month12,
    ];
    t(lang, MONTHS[usize::from(m.clamp(1, 12)) - 1])
}

/// The name of a period type: "year", "Jan–Feb", "Q1", "H1", "Jan–Jul"; in Russian and Kazakh
/// with the full month names ("январь–июль", "қаңтар–шілде").
pub fn period_type_name(lang: Lang, kind: PeriodType) -> String {
    match kind {
        PeriodType::Year => t(lang, Key::PeriodYear).to_owned(),
        PeriodType::Cumulative(3) => t(lang, Key::Quarter1).to_owned(),
        PeriodType::Cumulative(6) => t(lang, Key::Half1).to_owned(),
        PeriodType::Cumulative(1) => month_name(lang, 1).to_owned(),
        PeriodType::Cumulative(m) => format!("{}–{}", month_name(lang, 1), month_name(lang, m)),
    }
}

/// A period: "2023", "Jan–Feb 2024", "Q1 2024"; "январь–февраль 2024".
pub fn period_name(lang: Lang, p: Period) -> String {
    match p.kind {
        PeriodType::Year => p.year.to_string(),
        kind => format!("{} {}", period_type_name(lang, kind), p.year),
    }
}

/// What an IIP of a period compares with, in every language the same shape:
/// "% (Jan–Feb 2023 = 100)".
pub fn iip_basis(lang: Lang, p: Period) -> String {
    let prev = Period {
        year: p.year - 1,
        kind: p.kind,
    };
    format!("% ({} = 100)", period_name(lang, prev))
}

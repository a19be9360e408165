//! The one place UI text, region names and number formats come from.
//!
//! English only for now; Kazakh and Russian are added by filling in [`Lang`] and the `match`es
//! below (a missing arm is a compile error). Views never hold literal UI text.

use crate::data::{Region, Status, Unit};
use crate::state::{Measure, Notice};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// BCP 47 tag for the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
        }
    }
}

/// Every fixed UI string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppTitle,
    AppSubtitle,
    Regions,
    RegionsHint,
    YearRange,
    From,
    To,
    TrendTitleIip,
    TrendTitleVolume,
    RankingTitleIip,
    RankingTitleVolume,
    Year,
    Measure,
    MeasureIip,
    MeasureVolume,
    AxisIip,
    AxisVolume,
    AxisYear,
    Republic,
    RepublicReference,
    Rank,
    Region,
    Value,
    Status,
    Source,
    Sources,
    NoData,
    NotByRegion,
    NotExisting,
    OmittedValue,
    NothingSelected,
    DataErrors,
    Dismiss,
    NoticeHeading,
    LegendPreliminary,
    LegendPress,
    LegendRestated,
    OmittedHeading,
    AsPublished,
    BoundaryHeading,
    DataTable,
    Footer,
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
    }
}

fn en(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Kazakhstan Industrial Production Explorer",
        AppSubtitle => "Industrial production index and output volume by region, from the Bureau of National Statistics and the press. All data is bundled: no network needed.",
        Regions => "Regions",
        RegionsHint => "Compare up to 7, the Republic included.",
        YearRange => "Years",
        From => "From",
        To => "To",
        TrendTitleIip => "Industrial production index, % of the previous year",
        TrendTitleVolume => "Industrial output, billion tenge at current prices",
        RankingTitleIip => "Industrial production index by region",
        RankingTitleVolume => "Industrial output by region",
        Year => "Year",
        Measure => "Measure",
        MeasureIip => "Index (IIP, %)",
        MeasureVolume => "Volume (tenge)",
        AxisIip => "% of previous year (100 = no change)",
        AxisVolume => "billion tenge",
        AxisYear => "year",
        Republic => "Republic of Kazakhstan",
        RepublicReference => "Republic",
        Rank => "#",
        Region => "Region",
        Value => "Value",
        Status => "Status",
        Source => "Source",
        Sources => "Sources",
        NoData => "no data",
        NotByRegion => "not published by region",
        NotExisting => "did not exist",
        OmittedValue => "left out (known error)",
        NothingSelected => "Pick at least one region to draw the trend.",
        DataErrors => "Some bundled data could not be read; the explorer shows what is valid.",
        Dismiss => "Dismiss",
        NoticeHeading => "Part of the link could not be used",
        LegendPreliminary => "p = preliminary",
        LegendPress => "n = press report",
        LegendRestated => "* = stated as a growth rate, shown as an index",
        OmittedHeading => "Value left out",
        AsPublished => "published as",
        BoundaryHeading => "Boundary changes",
        DataTable => "Data table",
        Footer => "Data: Bureau of National Statistics of the Republic of Kazakhstan and the press, as cited. Derived values are marked.",
    }
}

/// The title of a chart for a measure.
pub fn trend_title(lang: Lang, m: Measure) -> &'static str {
    t(
        lang,
        if m == Measure::Iip {
            Key::TrendTitleIip
        } else {
            Key::TrendTitleVolume
        },
    )
}

pub fn ranking_title(lang: Lang, m: Measure) -> &'static str {
    t(
        lang,
        if m == Measure::Iip {
            Key::RankingTitleIip
        } else {
            Key::RankingTitleVolume
        },
    )
}

pub fn value_axis(lang: Lang, m: Measure) -> &'static str {
    t(
        lang,
        if m == Measure::Iip {
            Key::AxisIip
        } else {
            Key::AxisVolume
        },
    )
}

/// A region's name as the Bureau writes it in `lang`.
pub fn region_name(lang: Lang, r: &Region) -> &str {
    match lang {
        Lang::En => &r.name_en,
    }
}

pub fn status_name(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::En, Status::Official) => "official",
        (Lang::En, Status::Preliminary) => "preliminary",
        (Lang::En, Status::Press) => "press",
    }
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
    match (lang, u) {
        (Lang::En, Unit::Percent) => "% of previous year",
        (Lang::En, Unit::GrowthPct) => "% change",
        (Lang::En, Unit::Times) => "times the level a year earlier",
        (Lang::En, Unit::SharePct) => "% of total output",
        (Lang::En, Unit::MlnTenge) => "million tenge",
        (Lang::En, Unit::BnTenge) => "billion tenge",
        (Lang::En, Unit::TrnTenge) => "trillion tenge",
    }
}

/// The message for a URL notice.
pub fn notice_text(lang: Lang, n: &Notice) -> String {
    match (lang, n) {
        (Lang::En, Notice::UnknownRegion(c)) => format!("Unknown region code “{c}” was ignored."),
        (Lang::En, Notice::TooManyRegions { kept }) => {
            format!("Too many regions; the first {kept} are shown.")
        }
        (Lang::En, Notice::BadYear { key, value }) => {
            format!("“{key}={value}” is not a year with data; the default is used.")
        }
        (Lang::En, Notice::BadRange { from, to }) => {
            format!("The year range {from}–{to} is reversed; the full range is shown.")
        }
        (Lang::En, Notice::BadMeasure(m)) => {
            format!("Unknown measure “{m}”; the production index is shown.")
        }
        (Lang::En, Notice::UnknownActivity(a)) => {
            format!("Unknown activity “{a}”; total industry is shown.")
        }
        (Lang::En, Notice::BadPeriod(p)) => {
            format!("“{p}” is not a period with data; the latest year is shown.")
        }
        (Lang::En, Notice::BadCurrency(c)) => {
            format!("Unknown currency “{c}”; volumes are shown in tenge.")
        }
    }
}

/// An index value: one decimal ("104.4").
pub fn fmt_index(lang: Lang, v: f64) -> String {
    match lang {
        Lang::En => format!("{v:.1}"),
    }
}

/// A number rounded to a whole, with thousands separators ("1,597,076").
pub fn fmt_int(lang: Lang, v: f64) -> String {
    match lang {
        Lang::En => group_thousands(&format!("{:.0}", v), ','),
    }
}

/// A value of a measure in its table unit (index, or million tenge).
pub fn fmt_value(lang: Lang, m: Measure, v: f64) -> String {
    match m {
        Measure::Iip => fmt_index(lang, v),
        Measure::Volume => fmt_int(lang, v),
    }
}

/// Heading of the value column of a table.
pub fn value_column(lang: Lang, m: Measure) -> &'static str {
    match (lang, m) {
        (Lang::En, Measure::Iip) => "IIP, % of previous year",
        (Lang::En, Measure::Volume) => "Volume, million tenge",
    }
}

fn group_thousands(digits: &str, sep: char) -> String {
    let (sign, digits) = digits.strip_prefix('-').map_or(("", digits), |d| ("-", d));
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    format!("{sign}{out}")
}

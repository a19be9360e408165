//! The one place UI text, region names and number formats come from.
//!
//! English only for now; Kazakh and Russian are added by filling in [`Lang`] and the `match`es
//! below (a missing arm is a compile error). Views never hold literal UI text.

use crate::data::{Activity, Period, PeriodType, Region, Status, Unit};
use crate::state::{Currency, Measure, Notice};

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
    Activity,
    ActivityHint,
    ActivityTitle,
    ActivityAllPeriods,
    ActivityTrendTitle,
    ActivityTrendNone,
    Period,
    PeriodType,
    Releases,
    ReleasesHint,
    Revised,
    RevisedLegend,
    NotByRegionHeading,
    NotByRegionText,
    ShowActivityForRepublic,
    ShowTotalForRegions,
    RankingTotalOnly,
    Currency,
    CurrencyKzt,
    CurrencyUsd,
    UsdNote,
    Rate,
    CompositionTitle,
    CompositionHint,
    Mining,
    Manufacturing,
    Rest,
    Derived,
    ProjectsTitle,
    ProjectsInRegion,
    Product,
    Capacity,
    Investment,
    Jobs,
    Timing,
    PhysicalTitle,
    Quantity,
    Change,
    GlossaryTitle,
    WhatIsIip,
    Method,
    Links,
    KeyPoints,
    Volume,
    Share,
    Iip,
    Note,
    OpenExplorer,
    DataRelease,
    WorksOffline,
    SingleFile,
    MoreSources,
    ShareEmbed,
    Link,
    CopyLink,
    Chart,
    EmbedCode,
    CopyEmbed,
    EmbedHint,
    Copied,
    CopyManually,
    Preview,
    Close,
    ChartTrend,
    ChartRanking,
    ChartActivity,
    ChartComposition,
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
        Activity => "Activity",
        ActivityHint => "Sections and their branches. The sources give activities for the Republic only.",
        ActivityTitle => "Industrial production index by activity",
        ActivityAllPeriods => "All published values",
        ActivityTrendTitle => "Trend",
        ActivityTrendNone => "Only one period of this type has a value: no trend to draw.",
        Period => "Period",
        PeriodType => "Period type",
        Releases => "releases",
        ReleasesHint => "Several published values: the earlier release first, the value shown last.",
        Revised => "revised",
        RevisedLegend => "○ = revised value: an earlier release differs (see the table)",
        NotByRegionHeading => "No data for this combination",
        NotByRegionText => "The sources give figures by activity for the Republic as a whole, and totals for regions — not a region × activity table.",
        ShowActivityForRepublic => "Show this activity for the Republic",
        ShowTotalForRegions => "Show total industry for the selected regions",
        RankingTotalOnly => "The regional ranking is for total industry: activities are not published by region.",
        Currency => "Volumes in",
        CurrencyKzt => "tenge",
        CurrencyUsd => "US dollars (converted)",
        UsdNote => "Dollar values are derived: converted by this project with the rate of the source nearest each period.",
        Rate => "Rate",
        CompositionTitle => "Composition of industrial output",
        CompositionHint => "Shares of mining and manufacturing in total output at current prices; the rest is everything else (electricity, gas, water, waste), computed as 100 minus the two.",
        Mining => "Mining and quarrying",
        Manufacturing => "Manufacturing",
        Rest => "Rest of industry (derived)",
        Derived => "derived",
        ProjectsTitle => "Major investment projects",
        ProjectsInRegion => "Major projects in this region",
        Product => "Product",
        Capacity => "Capacity",
        Investment => "Investment",
        Jobs => "Jobs",
        Timing => "Timing and status",
        PhysicalTitle => "Physical output of key products",
        Quantity => "Quantity",
        Change => "Change",
        GlossaryTitle => "What is the IIP? Glossary and method",
        WhatIsIip => "What is the IIP?",
        Method => "Method",
        Links => "The Bureau's publications",
        KeyPoints => "The release says",
        Volume => "Volume",
        Share => "Share of total output",
        Iip => "IIP",
        Note => "Note",
        OpenExplorer => "Open in the explorer",
        DataRelease => "Data release: sources up to",
        WorksOffline => "Everything is bundled, so the explorer works offline: install it from the browser menu, or keep the",
        SingleFile => "single-file edition (one HTML file, opens from disk)",
        MoreSources => "more sources, listed with the table",
        ShareEmbed => "Share / Embed",
        Link => "Link",
        CopyLink => "Copy link",
        Chart => "Chart",
        EmbedCode => "Embed code",
        CopyEmbed => "Copy embed code",
        EmbedHint => "Paste the code into any page or CMS: the chart sizes itself to the column. Optional: add the listener script from the README so the frame fits the chart exactly.",
        Copied => "copied to the clipboard.",
        CopyManually => "ready: select it and copy (Ctrl+C).",
        Preview => "Preview width",
        Close => "Close",
        ChartTrend => "Trend (line chart)",
        ChartRanking => "Ranking of regions (bars)",
        ChartActivity => "Index by activity (bars)",
        ChartComposition => "Composition of output",
    }
}

/// The title of the trend chart for a measure.
pub fn trend_title(lang: Lang, m: Measure, cur: Currency) -> String {
    match (m, cur) {
        (Measure::Iip, _) => t(lang, Key::TrendTitleIip).to_owned(),
        (Measure::Volume, Currency::Kzt) => t(lang, Key::TrendTitleVolume).to_owned(),
        (Measure::Volume, Currency::Usd) => match lang {
            Lang::En => "Industrial output, billion US dollars (converted, derived)".to_owned(),
        },
    }
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

/// The value axis of a chart.
pub fn value_axis(lang: Lang, m: Measure, cur: Currency) -> String {
    match (lang, m, cur) {
        (_, Measure::Iip, _) => t(lang, Key::AxisIip).to_owned(),
        (_, Measure::Volume, Currency::Kzt) => t(lang, Key::AxisVolume).to_owned(),
        (Lang::En, Measure::Volume, Currency::Usd) => "billion US dollars (derived)".to_owned(),
    }
}

/// An activity's name in `lang`.
pub fn activity_name(lang: Lang, a: &Activity) -> &str {
    match lang {
        Lang::En => &a.name_en,
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The name of a period type: "year", "Jan", "Jan–Feb", "Q1", "H1", "Jan–Jul".
pub fn period_type_name(lang: Lang, kind: PeriodType) -> String {
    match (lang, kind) {
        (Lang::En, PeriodType::Year) => "year".to_owned(),
        (Lang::En, PeriodType::Cumulative(1)) => "Jan".to_owned(),
        (Lang::En, PeriodType::Cumulative(3)) => "Q1".to_owned(),
        (Lang::En, PeriodType::Cumulative(6)) => "H1".to_owned(),
        (Lang::En, PeriodType::Cumulative(m)) => {
            let last = MONTHS_EN
                .get(usize::from(m.clamp(1, 12)) - 1)
                .copied()
                .unwrap_or("?");
            format!("Jan–{last}")
        }
    }
}

/// A period: "2023", "Jan–Feb 2024", "Q1 2024", "H1 2013".
pub fn period_name(lang: Lang, p: Period) -> String {
    match p.kind {
        PeriodType::Year => p.year.to_string(),
        kind => format!("{} {}", period_type_name(lang, kind), p.year),
    }
}

/// What an IIP of a period compares with: "% of 2022", "% of Jan–Feb 2023".
pub fn iip_basis(lang: Lang, p: Period) -> String {
    let prev = Period {
        year: p.year - 1,
        kind: p.kind,
    };
    match lang {
        Lang::En => format!("% of {}", period_name(lang, prev)),
    }
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
        (Lang::En, Notice::BadWidgetOption { key, value }) => {
            format!("“{key}={value}” is not a widget option; the default is used.")
        }
        (Lang::En, Notice::UnknownLanguage(l)) => {
            format!("Language “{l}” is not available; English is shown.")
        }
    }
}

/// A share: one decimal and a per cent sign ("46.7 %").
pub fn fmt_share(lang: Lang, v: f64) -> String {
    match lang {
        Lang::En => format!("{v:.1} %"),
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
pub fn value_column(lang: Lang, m: Measure, cur: Currency) -> &'static str {
    match (lang, m, cur) {
        (Lang::En, Measure::Iip, _) => "IIP, % of previous year",
        (Lang::En, Measure::Volume, Currency::Kzt) => "Volume, million tenge",
        (Lang::En, Measure::Volume, Currency::Usd) => "Volume, million US dollars (derived)",
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

//! The one place UI text, region and activity names, and number and period formats come from.
//!
//! Kazakh, Russian and English. Every string is a [`Key`]; each language's table is an
//! exhaustive `match`, so a missing translation does not compile. Numbers, percentages and month
//! names are formatted by the browser's `Intl` (through js-sys) in the locale of the language
//! (`kk-KZ`, `ru-KZ`, `en`); outside a browser (native tests) a plain English fallback is used.
//! Views never hold literal UI text.

use crate::data::{Activity, Period, PeriodType, Region, Status, Unit};
pub use crate::state::Lang;
use crate::state::{Currency, Measure, Notice};

/// Every fixed UI string (a missing translation is a compile error: every `match` below is
/// exhaustive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppTitle,
    AppSubtitle,
    /// The static first paint's line while the wasm loads (written by the build, tools/og).
    LoadingExplorer,
    /// The widget page's note before its wasm arrives (written into the page by the build).
    LoadingChart,
    /// The static paint's line when the wasm could not be fetched or started.
    LoadFailedExplorer,
    /// The widget page's line when its wasm could not be fetched or started.
    LoadFailedChart,
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
    Language,
    TranslatedNote,
    QuotedInEnglish,
    SamePeriodBasis,
    ShareAxis,
    TrendTitleVolumeUsd,
    AxisVolumeUsd,
    ValueColIip,
    ValueColVolKzt,
    ValueColVolUsd,
    UnitPercent,
    UnitGrowth,
    UnitTimes,
    UnitShare,
    UnitMln,
    UnitBn,
    UnitTrn,
    UnitMnT,
    UnitT,
    UnitBnM3,
    UnitBnKwh,
    UsdBn,
    StatusOfficial,
    StatusPreliminary,
    StatusPress,
    PeriodYear,
    Quarter1,
    Half1,
    OmittedReason,
    FormedFrom,
    SmallerSince,
    AbolishedNoData,
    NoticeUnknownRegion,
    NoticeTooMany,
    NoticeBadYear,
    NoticeBadRange,
    NoticeBadMeasure,
    NoticeUnknownActivity,
    NoticeBadPeriod,
    NoticeBadCurrency,
    NoticeBadWidget,
    NoticeUnknownLanguage,
    NoRate,
    RateImplied,
    RateQuoted,
    NoRateFor,
    LegendUncertain,
    UncertainReading,
    DescribedTitle,
    DateInferred,
    QualUpTo,
    QualMoreThan,
    QualAbout,
    FindRegion,
    FindRegionHint,
    NoRegionMatches,
    UnitTenge,
    UnitThousand,
    UnitPrevYear,
    DescHighLow,
    DescReference,
    DescLatest,
    DescRose,
    DescFell,
    DescRange,
    DescNoValues,
    DescLowestOf,
    DescHighestOf,
    ChartRole,
    ChartHelp,
    LegendToggle,
    NoticeBadView,
    Views,
    ViewTrend,
    ViewRanking,
    ViewActivities,
    ViewComposition,
    ViewProjects,
    ViewOutput,
    ViewAbout,
    Filters,
    Rows,
    MeasureLevel,
    TrendTitleLevel,
    AxisLevel,
    ValueColLevel,
    RankingTitleGrowth,
    AxisGrowth,
    AvgAnnual,
    BreakMissing,
    BreakBoundary,
    BreakNotExisting,
    LevelFormula,
    GrowthFormula,
    BaseYear,
    GrowthNeedsYears,
    ChainBrokenApart,
    NoticeBadBase,
    DerivedMeasures,
    ViewMap,
    MapHint,
    MapNoValue,
    Theme,
    ThemeAuto,
    ThemeLight,
    ThemeDark,
    Download,
    DownloadPng,
    DownloadSvg,
    DownloadCsv,
    CiteThis,
    AllData,
    AllDataHint,
    DataPackage,
    DataPackageHint,
    SourceLine,
}

impl Key {
    /// Every key, for the tests.
    pub const ALL: &'static [Key] = &[
        Key::AppTitle,
        Key::AppSubtitle,
        Key::LoadingExplorer,
        Key::LoadingChart,
        Key::LoadFailedExplorer,
        Key::LoadFailedChart,
        Key::Regions,
        Key::RegionsHint,
        Key::YearRange,
        Key::From,
        Key::To,
        Key::TrendTitleIip,
        Key::TrendTitleVolume,
        Key::RankingTitleIip,
        Key::RankingTitleVolume,
        Key::Year,
        Key::Measure,
        Key::MeasureIip,
        Key::MeasureVolume,
        Key::AxisIip,
        Key::AxisVolume,
        Key::AxisYear,
        Key::Republic,
        Key::RepublicReference,
        Key::Rank,
        Key::Region,
        Key::Value,
        Key::Status,
        Key::Source,
        Key::Sources,
        Key::NoData,
        Key::NotByRegion,
        Key::NotExisting,
        Key::OmittedValue,
        Key::NothingSelected,
        Key::DataErrors,
        Key::Dismiss,
        Key::NoticeHeading,
        Key::LegendPreliminary,
        Key::LegendPress,
        Key::LegendRestated,
        Key::OmittedHeading,
        Key::AsPublished,
        Key::BoundaryHeading,
        Key::DataTable,
        Key::Footer,
        Key::Activity,
        Key::ActivityHint,
        Key::ActivityTitle,
        Key::ActivityAllPeriods,
        Key::ActivityTrendTitle,
        Key::ActivityTrendNone,
        Key::Period,
        Key::PeriodType,
        Key::Releases,
        Key::ReleasesHint,
        Key::Revised,
        Key::RevisedLegend,
        Key::NotByRegionHeading,
        Key::NotByRegionText,
        Key::ShowActivityForRepublic,
        Key::ShowTotalForRegions,
        Key::RankingTotalOnly,
        Key::Currency,
        Key::CurrencyKzt,
        Key::CurrencyUsd,
        Key::UsdNote,
        Key::Rate,
        Key::CompositionTitle,
        Key::CompositionHint,
        Key::Mining,
        Key::Manufacturing,
        Key::Rest,
        Key::Derived,
        Key::ProjectsTitle,
        Key::ProjectsInRegion,
        Key::Product,
        Key::Capacity,
        Key::Investment,
        Key::Jobs,
        Key::Timing,
        Key::PhysicalTitle,
        Key::Quantity,
        Key::Change,
        Key::GlossaryTitle,
        Key::WhatIsIip,
        Key::Method,
        Key::Links,
        Key::KeyPoints,
        Key::Volume,
        Key::Share,
        Key::Iip,
        Key::Note,
        Key::OpenExplorer,
        Key::DataRelease,
        Key::WorksOffline,
        Key::SingleFile,
        Key::MoreSources,
        Key::ShareEmbed,
        Key::Link,
        Key::CopyLink,
        Key::Chart,
        Key::EmbedCode,
        Key::CopyEmbed,
        Key::EmbedHint,
        Key::Copied,
        Key::CopyManually,
        Key::Preview,
        Key::Close,
        Key::ChartTrend,
        Key::ChartRanking,
        Key::ChartActivity,
        Key::ChartComposition,
        Key::Language,
        Key::TranslatedNote,
        Key::QuotedInEnglish,
        Key::SamePeriodBasis,
        Key::ShareAxis,
        Key::TrendTitleVolumeUsd,
        Key::AxisVolumeUsd,
        Key::ValueColIip,
        Key::ValueColVolKzt,
        Key::ValueColVolUsd,
        Key::UnitPercent,
        Key::UnitGrowth,
        Key::UnitTimes,
        Key::UnitShare,
        Key::UnitMln,
        Key::UnitBn,
        Key::UnitTrn,
        Key::UnitMnT,
        Key::UnitT,
        Key::UnitBnM3,
        Key::UnitBnKwh,
        Key::UsdBn,
        Key::StatusOfficial,
        Key::StatusPreliminary,
        Key::StatusPress,
        Key::PeriodYear,
        Key::Quarter1,
        Key::Half1,
        Key::OmittedReason,
        Key::FormedFrom,
        Key::SmallerSince,
        Key::AbolishedNoData,
        Key::NoticeUnknownRegion,
        Key::NoticeTooMany,
        Key::NoticeBadYear,
        Key::NoticeBadRange,
        Key::NoticeBadMeasure,
        Key::NoticeUnknownActivity,
        Key::NoticeBadPeriod,
        Key::NoticeBadCurrency,
        Key::NoticeBadWidget,
        Key::NoticeUnknownLanguage,
        Key::NoRate,
        Key::RateImplied,
        Key::RateQuoted,
        Key::NoRateFor,
        Key::LegendUncertain,
        Key::UncertainReading,
        Key::DescribedTitle,
        Key::DateInferred,
        Key::QualUpTo,
        Key::QualMoreThan,
        Key::QualAbout,
        Key::FindRegion,
        Key::FindRegionHint,
        Key::NoRegionMatches,
        Key::UnitTenge,
        Key::UnitThousand,
        Key::UnitPrevYear,
        Key::DescHighLow,
        Key::DescReference,
        Key::DescLatest,
        Key::DescRose,
        Key::DescFell,
        Key::DescRange,
        Key::DescNoValues,
        Key::DescLowestOf,
        Key::DescHighestOf,
        Key::ChartRole,
        Key::ChartHelp,
        Key::LegendToggle,
        Key::NoticeBadView,
        Key::Views,
        Key::ViewTrend,
        Key::ViewRanking,
        Key::ViewActivities,
        Key::ViewComposition,
        Key::ViewProjects,
        Key::ViewOutput,
        Key::ViewAbout,
        Key::Filters,
        Key::Rows,
        Key::MeasureLevel,
        Key::TrendTitleLevel,
        Key::AxisLevel,
        Key::ValueColLevel,
        Key::RankingTitleGrowth,
        Key::AxisGrowth,
        Key::AvgAnnual,
        Key::BreakMissing,
        Key::BreakBoundary,
        Key::BreakNotExisting,
        Key::LevelFormula,
        Key::GrowthFormula,
        Key::BaseYear,
        Key::GrowthNeedsYears,
        Key::ChainBrokenApart,
        Key::NoticeBadBase,
        Key::DerivedMeasures,
        Key::ViewMap,
        Key::MapHint,
        Key::MapNoValue,
        Key::Theme,
        Key::ThemeAuto,
        Key::ThemeLight,
        Key::ThemeDark,
        Key::Download,
        Key::DownloadPng,
        Key::DownloadSvg,
        Key::DownloadCsv,
        Key::CiteThis,
        Key::AllData,
        Key::AllDataHint,
        Key::DataPackage,
        Key::DataPackageHint,
        Key::SourceLine,
    ];
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
        Lang::Ru => ru(key),
        Lang::Kk => kk(key),
    }
}

fn en(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Kazakhstan Industrial Production Explorer",
        AppSubtitle => "Industrial production index and output volume by region, from the Bureau of National Statistics and the press. All data is bundled: no network needed.",
        LoadingExplorer => "Loading the interactive explorer…",
        LoadingChart => "Loading the chart…",
        LoadFailedExplorer => "The interactive explorer could not load. Check the connection and reload the page.",
        LoadFailedChart => "The chart could not load. Check the connection and reload the page.",
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
        SingleFile => "single-file edition (one HTML file, opens from disk; kk, ru and en inside)",
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
        Language => "Language",
        TranslatedNote => "The Bureau's English text.",
        QuotedInEnglish => "as published",
        SamePeriodBasis => "% of the same period a year earlier",
        ShareAxis => "% of total industrial output",
        TrendTitleVolumeUsd => "Industrial output, billion US dollars (converted, derived)",
        AxisVolumeUsd => "billion US dollars (derived)",
        ValueColIip => "IIP, % of previous year",
        ValueColVolKzt => "Volume, million tenge",
        ValueColVolUsd => "Volume, million US dollars (derived)",
        UnitPercent => "% of previous year",
        UnitGrowth => "% change",
        UnitTimes => "times the level a year earlier",
        UnitShare => "% of total output",
        UnitMln => "million tenge",
        UnitBn => "billion tenge",
        UnitTrn => "trillion tenge",
        UnitMnT => "million t",
        UnitT => "t",
        UnitBnM3 => "billion m³",
        UnitBnKwh => "billion kWh",
        UsdBn => "billion US dollars",
        StatusOfficial => "official",
        StatusPreliminary => "preliminary",
        StatusPress => "press",
        PeriodYear => "year",
        Quarter1 => "Q1",
        Half1 => "H1",
        OmittedReason => "wrong by a factor of 1000 in the source (a BNS export artefact); left out, not corrected",
        FormedFrom => "{0}: formed in {1} from part of {2}.",
        SmallerSince => "{0}: smaller since {1}, when {2} was formed from part of it; values before {1} are for the old, larger region.",
        AbolishedNoData => "{0}: existed until {1}; the sources give no figures for it.",
        NoticeUnknownRegion => "Unknown region code “{0}” was ignored.",
        NoticeTooMany => "Too many regions; the first {0} are shown.",
        NoticeBadYear => "“{0}={1}” is not a year with data; the default is used.",
        NoticeBadRange => "The year range {0}–{1} is reversed; the full range is shown.",
        NoticeBadMeasure => "Unknown measure “{0}”; the production index is shown.",
        NoticeUnknownActivity => "Unknown activity “{0}”; total industry is shown.",
        NoticeBadPeriod => "“{0}” is not a period with data; the latest year is shown.",
        NoticeBadCurrency => "Unknown currency “{0}”; volumes are shown in tenge.",
        NoticeBadWidget => "“{0}={1}” is not a widget option; the default is used.",
        NoticeUnknownLanguage => "Language “{0}” is not available; English is shown.",
        SourceLine => "Source",
        AllDataHint => "Every value of the bundle with its unit, status and source, and a licence and citation line.",
        AllData => "All data",
        DataPackage => "Data Package: every table as CSV",
        DataPackageHint => "Observations with all their releases, values left out and why, sources, regions, activities, exchange rates, physical output and projects: one CSV each, described by a Frictionless Data Package (types, units, keys).",
        CiteThis => "Cite this",
        DownloadCsv => "CSV data",
        DownloadSvg => "SVG image",
        DownloadPng => "PNG image",
        Download => "Download",
        ThemeDark => "dark",
        ThemeLight => "light",
        ThemeAuto => "system",
        Theme => "Theme",
        MapNoValue => "no value",
        MapHint => "One tile per region, placed as on the map. Click or press Enter on a tile to add the region to the trend; move the year with the slider.",
        ViewMap => "Map",
        DerivedMeasures => "Derived measures",
        NoticeBadBase => "“base={0}” is not a year with data; 2015 is used.",
        ChainBrokenApart => "Not ranked (chain broken)",
        GrowthNeedsYears => "Choose a year after the base year to rank cumulative growth.",
        BaseYear => "Base year",
        GrowthFormula => "Derived: growth from A to B = (IIP(A+1) ÷ 100 × … × IIP(B) ÷ 100 − 1) × 100 %; average annual rate = (that product)^(1/(B−A)) − 1. Regions whose chain is broken are listed apart.",
        LevelFormula => "Derived from the published IIPs: level(base year) = 100; level(t) = level(t−1) × IIP(t) ÷ 100, and backwards level(t−1) = level(t) ÷ (IIP(t) ÷ 100). A chain never crosses a missing year or a boundary change; each value carries the weakest status of the IIPs it is built from.",
        BreakNotExisting => "did not exist in {0}",
        BreakBoundary => "chain broken: boundary change in {0}",
        BreakMissing => "chain broken: no IIP for {0}",
        AvgAnnual => "average per year",
        AxisGrowth => "% change {0}–{1} (derived)",
        RankingTitleGrowth => "Cumulative growth of industrial production, {0}–{1}",
        ValueColLevel => "Level, {0} = 100 (derived)",
        AxisLevel => "level, {0} = 100 (derived)",
        TrendTitleLevel => "Industrial production, chain-linked level ({0} = 100)",
        MeasureLevel => "Level (base year = 100)",
        Rows => "rows",
        Filters => "Filters",
        ViewAbout => "About the data",
        ViewOutput => "Output",
        ViewProjects => "Projects",
        ViewComposition => "Composition",
        ViewActivities => "Activities",
        ViewRanking => "Ranking",
        ViewTrend => "Trend",
        Views => "Views",
        NoticeBadView => "Unknown view “{0}”; the trend is shown.",
        LegendToggle => "Show or hide a series; hover or focus to highlight it",
        ChartHelp => "Tab to the chart, then ← → ↑ ↓, Home, End to read values; Escape to leave.",
        ChartRole => "interactive chart",
        DescHighestOf => "the highest of {0}",
        DescLowestOf => "the lowest of {0}",
        DescNoValues => "{0}: no values in this range",
        DescRange => "highest {0} ({1}), lowest {2} ({3})",
        DescFell => "down from {0} in {1}",
        DescRose => "up from {0} in {1}",
        DescLatest => "{0}: {1} in {2}",
        DescReference => "Republic: {0}.",
        DescHighLow => "Highest: {0} ({1}); lowest: {2} ({3}); {4} with a value.",
        UnitPrevYear => "% of the previous year",
        UnitTenge => "tenge",
        UnitThousand => "thousand tenge",
        NoRegionMatches => "No region matches “{0}”.",
        FindRegionHint => "Any name: Astana or Nur-Sultan, North Kazakhstan, СКО …",
        FindRegion => "Find a region",
        QualAbout => "about {0}",
        QualMoreThan => "more than {0}",
        QualUpTo => "up to {0}",
        DateInferred => "date inferred",
        DescribedTitle => "a description by this project, not the source's own title",
        UncertainReading => "uncertain reading: the source's wording leaves the direction open",
        LegendUncertain => "? = uncertain reading (the source's wording leaves the direction open)",
        NoRateFor => "No dollar values for {0}: no source gives a tenge/dollar rate for the same period, and a rate of another period is never used.",
        RateQuoted => "Dollars (derived) for {0}: {1} KZT/USD as quoted in {2} on {3}",
        RateImplied => "Dollars (derived) for {0}: {1} KZT/USD, implied by the pair «{2}» in {3}",
        NoRate => "no rate for this period",
    }
}

fn ru(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Обозреватель промышленного производства Казахстана",
        AppSubtitle => "Индекс промышленного производства и объём продукции по регионам — по данным Бюро национальной статистики и прессы. Все данные встроены: сеть не нужна.",
        LoadingExplorer => "Загружается интерактивный обозреватель…",
        LoadingChart => "Загружается график…",
        LoadFailedExplorer => "Не удалось загрузить интерактивный обозреватель. Проверьте подключение и обновите страницу.",
        LoadFailedChart => "Не удалось загрузить график. Проверьте подключение и обновите страницу.",
        Regions => "Регионы",
        RegionsHint => "Можно сравнить до 7, включая республику.",
        YearRange => "Годы",
        From => "С",
        To => "По",
        TrendTitleIip => "Индекс промышленного производства, % к предыдущему году",
        TrendTitleVolume => "Объём промышленной продукции, млрд тенге в текущих ценах",
        RankingTitleIip => "Индекс промышленного производства по регионам",
        RankingTitleVolume => "Объём промышленной продукции по регионам",
        Year => "Год",
        Measure => "Показатель",
        MeasureIip => "Индекс (ИПП, %)",
        MeasureVolume => "Объём (тенге)",
        AxisIip => "% к предыдущему году (100 = без изменений)",
        AxisVolume => "млрд тенге",
        AxisYear => "год",
        Republic => "Республика Казахстан",
        RepublicReference => "Республика",
        Rank => "№",
        Region => "Регион",
        Value => "Значение",
        Status => "Статус",
        Source => "Источник",
        Sources => "Источники",
        NoData => "нет данных",
        NotByRegion => "по регионам не публикуется",
        NotExisting => "не существовал",
        OmittedValue => "исключено (известная ошибка)",
        NothingSelected => "Выберите хотя бы один регион, чтобы построить динамику.",
        DataErrors => "Часть встроенных данных не удалось прочитать; показано то, что корректно.",
        Dismiss => "Скрыть",
        NoticeHeading => "Часть ссылки не удалось использовать",
        LegendPreliminary => "p = предварительные данные",
        LegendPress => "n = сообщение прессы",
        LegendRestated => "* = опубликовано как темп прироста, показано как индекс",
        OmittedHeading => "Исключённое значение",
        AsPublished => "опубликовано как",
        BoundaryHeading => "Изменения границ",
        DataTable => "Таблица данных",
        Footer => "Данные: Бюро национальной статистики Республики Казахстан и пресса, как указано. Расчётные значения отмечены.",
        Activity => "Вид деятельности",
        ActivityHint => "Разделы и их отрасли. Источники дают виды деятельности только по республике.",
        ActivityTitle => "Индекс промышленного производства по видам деятельности",
        ActivityAllPeriods => "Все опубликованные значения",
        ActivityTrendTitle => "Динамика",
        ActivityTrendNone => "Значение есть только за один период этого типа: динамику не построить.",
        Period => "Период",
        PeriodType => "Тип периода",
        Releases => "публикации",
        ReleasesHint => "Несколько опубликованных значений: сначала более ранняя публикация, последним — показанное значение.",
        Revised => "уточнено",
        RevisedLegend => "○ = уточнённое значение: более ранняя публикация отличается (см. таблицу)",
        NotByRegionHeading => "Нет данных для этого сочетания",
        NotByRegionText => "Источники дают данные по видам деятельности для республики в целом и итоги по регионам — таблицы «регион × вид деятельности» нет.",
        ShowActivityForRepublic => "Показать этот вид деятельности по республике",
        ShowTotalForRegions => "Показать промышленность в целом по выбранным регионам",
        RankingTotalOnly => "Рейтинг регионов — по промышленности в целом: виды деятельности по регионам не публикуются.",
        Currency => "Объёмы в",
        CurrencyKzt => "тенге",
        CurrencyUsd => "долларах США (пересчёт)",
        UsdNote => "Долларовые значения — расчётные: пересчитаны проектом по курсу источника, ближайшего к каждому периоду.",
        Rate => "Курс",
        CompositionTitle => "Структура промышленного производства",
        CompositionHint => "Доли горнодобывающей и обрабатывающей промышленности в общем объёме в текущих ценах; остальное (электроэнергия, газ, вода, отходы) рассчитано как 100 минус обе доли.",
        Mining => "Горнодобывающая промышленность и разработка карьеров",
        Manufacturing => "Обрабатывающая промышленность",
        Rest => "Остальная промышленность (расчёт)",
        Derived => "расчёт",
        ProjectsTitle => "Крупные инвестиционные проекты",
        ProjectsInRegion => "Крупные проекты в этом регионе",
        Product => "Продукция",
        Capacity => "Мощность",
        Investment => "Инвестиции",
        Jobs => "Рабочие места",
        Timing => "Сроки и статус",
        PhysicalTitle => "Производство основных видов продукции в натуральном выражении",
        Quantity => "Количество",
        Change => "Изменение",
        GlossaryTitle => "Что такое ИПП? Глоссарий и методология",
        WhatIsIip => "Что такое ИПП?",
        Method => "Методологические пояснения",
        Links => "Публикации Бюро",
        KeyPoints => "В публикации сказано",
        Volume => "Объём",
        Share => "Доля в общем объёме",
        Iip => "ИПП",
        Note => "Примечание",
        OpenExplorer => "Открыть в обозревателе",
        DataRelease => "Выпуск данных: источники по",
        WorksOffline => "Всё встроено, поэтому обозреватель работает без сети: установите его через меню браузера или сохраните",
        SingleFile => "версию в одном файле (один HTML-файл, открывается с диска)",
        MoreSources => "других источников — перечислены под таблицей",
        ShareEmbed => "Поделиться / Встроить",
        Link => "Ссылка",
        CopyLink => "Копировать ссылку",
        Chart => "График",
        EmbedCode => "Код для вставки",
        CopyEmbed => "Копировать код",
        EmbedHint => "Вставьте код на любую страницу или в CMS: график подстраивается под ширину колонки. По желанию добавьте скрипт-слушатель из README, чтобы рамка точно совпала с высотой графика.",
        Copied => "скопировано в буфер обмена.",
        CopyManually => "готово: выделите и скопируйте (Ctrl+C).",
        Preview => "Ширина предпросмотра",
        Close => "Закрыть",
        ChartTrend => "Динамика (линии)",
        ChartRanking => "Рейтинг регионов (столбцы)",
        ChartActivity => "Индекс по видам деятельности (столбцы)",
        ChartComposition => "Структура производства",
        Language => "Язык",
        TranslatedNote => "Перевод kz-iip с английского текста Бюро.",
        QuotedInEnglish => "на английском, как опубликовано",
        SamePeriodBasis => "% к соответствующему периоду прошлого года",
        ShareAxis => "% от общего объёма промышленной продукции",
        TrendTitleVolumeUsd => "Объём промышленной продукции, млрд долларов США (пересчёт, расчёт)",
        AxisVolumeUsd => "млрд долларов США (расчёт)",
        ValueColIip => "ИПП, % к предыдущему году",
        ValueColVolKzt => "Объём, млн тенге",
        ValueColVolUsd => "Объём, млн долларов США (расчёт)",
        UnitPercent => "% к предыдущему году",
        UnitGrowth => "% изменения",
        UnitTimes => "раза к уровню прошлого года",
        UnitShare => "% от общего объёма",
        UnitMln => "млн тенге",
        UnitBn => "млрд тенге",
        UnitTrn => "трлн тенге",
        UnitMnT => "млн т",
        UnitT => "т",
        UnitBnM3 => "млрд м³",
        UnitBnKwh => "млрд кВт·ч",
        UsdBn => "млрд долларов США",
        StatusOfficial => "официально",
        StatusPreliminary => "предварительно",
        StatusPress => "пресса",
        PeriodYear => "год",
        Quarter1 => "I квартал",
        Half1 => "I полугодие",
        OmittedReason => "ошибка в 1000 раз в источнике (артефакт выгрузки БНС); исключено, не исправлено",
        FormedFrom => "{0}: образована в {1} г. из части территории: {2}.",
        SmallerSince => "{0}: меньше с {1} г., когда из её части образована {2}; значения до {1} г. — для прежних, больших границ.",
        AbolishedNoData => "{0}: существовала до {1} г.; в источниках нет данных по ней.",
        NoticeUnknownRegion => "Неизвестный код региона «{0}» пропущен.",
        NoticeTooMany => "Слишком много регионов; показаны первые {0}.",
        NoticeBadYear => "«{0}={1}» — не год с данными; использовано значение по умолчанию.",
        NoticeBadRange => "Диапазон лет {0}–{1} перевёрнут; показан весь период.",
        NoticeBadMeasure => "Неизвестный показатель «{0}»; показан индекс производства.",
        NoticeUnknownActivity => "Неизвестный вид деятельности «{0}»; показана промышленность в целом.",
        NoticeBadPeriod => "«{0}» — не период с данными; показан последний год.",
        NoticeBadCurrency => "Неизвестная валюта «{0}»; объёмы показаны в тенге.",
        NoticeBadWidget => "«{0}={1}» — не параметр виджета; использовано значение по умолчанию.",
        NoticeUnknownLanguage => "Язык «{0}» недоступен; показан английский.",
        SourceLine => "Источник",
        AllDataHint => "Все значения с единицами, статусом и источником, со строкой о лицензии и цитировании.",
        AllData => "Все данные",
        DataPackage => "Пакет данных: все таблицы в CSV",
        DataPackageHint => "Наблюдения со всеми выпусками, исключённые значения и причины, источники, регионы, виды деятельности, курсы, натуральный выпуск и проекты: по CSV на таблицу, с машиночитаемым описанием (типы, единицы, ключи).",
        CiteThis => "Как цитировать",
        DownloadCsv => "Данные CSV",
        DownloadSvg => "Изображение SVG",
        DownloadPng => "Изображение PNG",
        Download => "Скачать",
        ThemeDark => "тёмная",
        ThemeLight => "светлая",
        ThemeAuto => "как в системе",
        Theme => "Тема",
        MapNoValue => "нет значения",
        MapHint => "Одна плитка — один регион, расположены как на карте. Щелчок или Enter на плитке добавляет регион в динамику; год — ползунком.",
        ViewMap => "Карта",
        DerivedMeasures => "Расчётные показатели",
        NoticeBadBase => "«base={0}» — не год с данными; используется 2015.",
        ChainBrokenApart => "Без рейтинга (цепочка прервана)",
        GrowthNeedsYears => "Выберите год после базового, чтобы сравнить накопленный рост.",
        BaseYear => "Базовый год",
        GrowthFormula => "Расчёт: рост с A по B = (ИПП(A+1) ÷ 100 × … × ИПП(B) ÷ 100 − 1) × 100 %; среднегодовой темп = (это произведение)^(1/(B−A)) − 1. Регионы с прерванной цепочкой приведены отдельно.",
        LevelFormula => "Рассчитано из опубликованных ИПП: уровень(базовый год) = 100; уровень(t) = уровень(t−1) × ИПП(t) ÷ 100, и назад уровень(t−1) = уровень(t) ÷ (ИПП(t) ÷ 100). Цепочка не проходит через пропущенный год или изменение границ; каждое значение имеет самый слабый статус использованных ИПП.",
        BreakNotExisting => "не существовала в {0}",
        BreakBoundary => "цепочка прервана: изменение границ в {0}",
        BreakMissing => "цепочка прервана: нет ИПП за {0}",
        AvgAnnual => "в среднем за год",
        AxisGrowth => "изменение в % за {0}–{1} (расчёт)",
        RankingTitleGrowth => "Накопленный рост промышленного производства, {0}–{1}",
        ValueColLevel => "Уровень, {0} = 100 (расчёт)",
        AxisLevel => "уровень, {0} = 100 (расчёт)",
        TrendTitleLevel => "Промышленное производство, цепной уровень ({0} = 100)",
        MeasureLevel => "Уровень (базовый год = 100)",
        Rows => "строк",
        Filters => "Фильтры",
        ViewAbout => "О данных",
        ViewOutput => "Продукция",
        ViewProjects => "Проекты",
        ViewComposition => "Структура",
        ViewActivities => "Виды деятельности",
        ViewRanking => "Рейтинг",
        ViewTrend => "Динамика",
        Views => "Разделы",
        NoticeBadView => "Неизвестный раздел «{0}»; показана динамика.",
        LegendToggle => "Показать или скрыть ряд; наведите или выделите, чтобы подсветить",
        ChartHelp => "Перейдите к графику клавишей Tab, затем ← → ↑ ↓, Home, End — значения; Escape — выход.",
        ChartRole => "интерактивный график",
        DescHighestOf => "наибольшее из {0}",
        DescLowestOf => "наименьшее из {0}",
        DescNoValues => "{0}: нет значений за эти годы",
        DescRange => "максимум {0} ({1}), минимум {2} ({3})",
        DescFell => "снижение с {0} в {1} г.",
        DescRose => "рост с {0} в {1} г.",
        DescLatest => "{0}: {1} в {2} г.",
        DescReference => "Республика: {0}.",
        DescHighLow => "Наибольшее: {0} ({1}); наименьшее: {2} ({3}); значений: {4}.",
        UnitPrevYear => "% к предыдущему году",
        UnitTenge => "тенге",
        UnitThousand => "тыс. тенге",
        NoRegionMatches => "Нет региона «{0}».",
        FindRegionHint => "Любое название: Астана или Нур-Султан, Северо-Казахстанская, СКО …",
        FindRegion => "Найти регион",
        QualAbout => "около {0}",
        QualMoreThan => "более {0}",
        QualUpTo => "до {0}",
        DateInferred => "дата установлена по содержанию",
        DescribedTitle => "описание проекта, а не собственное название источника",
        UncertainReading => "неоднозначное прочтение: формулировка источника не указывает направление",
        LegendUncertain => "? = неоднозначное прочтение (формулировка источника не указывает направление)",
        NoRateFor => "Нет значений в долларах за {0}: ни один источник не даёт курс тенге к доллару за тот же период, а курс другого периода не применяется.",
        RateQuoted => "Доллары (расчёт) за {0}: {1} тенге за доллар, как указано в {2} на {3}",
        RateImplied => "Доллары (расчёт) за {0}: {1} тенге за доллар, из пары «{2}» в источнике {3}",
        NoRate => "нет курса за этот период",
    }
}

fn kk(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppTitle => "Қазақстанның өнеркәсіптік өндірісі шолушысы",
        AppSubtitle => "Өңірлер бойынша өнеркәсіптік өндіріс индексі мен өнім көлемі — Ұлттық статистика бюросының және баспасөздің деректері. Барлық деректер ішінде: желі қажет емес.",
        LoadingExplorer => "Интерактивті шолушы жүктелуде…",
        LoadingChart => "Диаграмма жүктелуде…",
        LoadFailedExplorer => "Интерактивті шолушы жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.",
        LoadFailedChart => "Диаграмма жүктелмеді. Байланысты тексеріп, бетті жаңартыңыз.",
        Regions => "Өңірлер",
        RegionsHint => "Республиканы қоса алғанда, 7-ге дейін салыстыруға болады.",
        YearRange => "Жылдар",
        From => "Бастап",
        To => "Дейін",
        TrendTitleIip => "Өнеркәсіптік өндіріс индексі, алдыңғы жылға %",
        TrendTitleVolume => "Өнеркәсіп өнімінің көлемі, ағымдағы бағамен млрд теңге",
        RankingTitleIip => "Өңірлер бойынша өнеркәсіптік өндіріс индексі",
        RankingTitleVolume => "Өңірлер бойынша өнеркәсіп өнімінің көлемі",
        Year => "Жыл",
        Measure => "Көрсеткіш",
        MeasureIip => "Индекс (ӨӨИ, %)",
        MeasureVolume => "Көлем (теңге)",
        AxisIip => "алдыңғы жылға % (100 = өзгеріссіз)",
        AxisVolume => "млрд теңге",
        AxisYear => "жыл",
        Republic => "Қазақстан Республикасы",
        RepublicReference => "Республика",
        Rank => "№",
        Region => "Өңір",
        Value => "Мән",
        Status => "Мәртебе",
        Source => "Дереккөз",
        Sources => "Дереккөздер",
        NoData => "дерек жоқ",
        NotByRegion => "өңірлер бойынша жарияланбайды",
        NotExisting => "болмаған",
        OmittedValue => "алынып тасталды (белгілі қате)",
        NothingSelected => "Серпінді көрсету үшін кемінде бір өңірді таңдаңыз.",
        DataErrors => "Ішкі деректердің бір бөлігі оқылмады; дұрысы ғана көрсетілді.",
        Dismiss => "Жасыру",
        NoticeHeading => "Сілтеменің бір бөлігін пайдалану мүмкін болмады",
        LegendPreliminary => "p = алдын ала деректер",
        LegendPress => "n = баспасөз хабары",
        LegendRestated => "* = өсу қарқыны ретінде жарияланған, индекс ретінде көрсетілген",
        OmittedHeading => "Алынып тасталған мән",
        AsPublished => "жарияланғаны",
        BoundaryHeading => "Шекара өзгерістері",
        DataTable => "Деректер кестесі",
        Footer => "Деректер: Қазақстан Республикасының Ұлттық статистика бюросы және баспасөз, көрсетілгендей. Есептелген мәндер белгіленген.",
        Activity => "Қызмет түрі",
        ActivityHint => "Бөлімдер және олардың салалары. Дереккөздер қызмет түрлерін тек республика бойынша береді.",
        ActivityTitle => "Қызмет түрлері бойынша өнеркәсіптік өндіріс индексі",
        ActivityAllPeriods => "Барлық жарияланған мәндер",
        ActivityTrendTitle => "Серпін",
        ActivityTrendNone => "Бұл түрдегі тек бір кезеңнің мәні бар: серпінді салу мүмкін емес.",
        Period => "Кезең",
        PeriodType => "Кезең түрі",
        Releases => "жариялым",
        ReleasesHint => "Бірнеше жарияланған мән: алдымен ертерек жариялым, соңында көрсетілген мән.",
        Revised => "нақтыланған",
        RevisedLegend => "○ = нақтыланған мән: ертерек жариялым өзгеше (кестені қараңыз)",
        NotByRegionHeading => "Бұл үйлесім үшін дерек жоқ",
        NotByRegionText => "Дереккөздер қызмет түрлері бойынша деректерді тұтас республика үшін, ал өңірлер үшін тек жиынтықты береді — «өңір × қызмет түрі» кестесі жоқ.",
        ShowActivityForRepublic => "Бұл қызмет түрін республика бойынша көрсету",
        ShowTotalForRegions => "Таңдалған өңірлер бойынша жалпы өнеркәсіпті көрсету",
        RankingTotalOnly => "Өңірлер рейтингі жалпы өнеркәсіп бойынша: қызмет түрлері өңірлер бойынша жарияланбайды.",
        Currency => "Көлемдер",
        CurrencyKzt => "теңгемен",
        CurrencyUsd => "АҚШ долларымен (қайта есептеу)",
        UsdNote => "Доллармен берілген мәндер есептелген: әр кезеңге ең жақын дереккөздің бағамы бойынша жобамен қайта есептелді.",
        Rate => "Бағам",
        CompositionTitle => "Өнеркәсіптік өндіріс құрылымы",
        CompositionHint => "Тау-кен өндіру және өңдеу өнеркәсібінің ағымдағы бағамен жалпы көлемдегі үлестері; қалғаны (электр энергиясы, газ, су, қалдықтар) 100-ден екі үлесті алып есептелген.",
        Mining => "Тау-кен өндіру өнеркәсібі және карьерлерді қазу",
        Manufacturing => "Өңдеу өнеркәсібі",
        Rest => "Қалған өнеркәсіп (есептелген)",
        Derived => "есептелген",
        ProjectsTitle => "Ірі инвестициялық жобалар",
        ProjectsInRegion => "Осы өңірдегі ірі жобалар",
        Product => "Өнім",
        Capacity => "Қуаты",
        Investment => "Инвестиция",
        Jobs => "Жұмыс орындары",
        Timing => "Мерзімі мен мәртебесі",
        PhysicalTitle => "Негізгі өнім түрлерін заттай өндіру",
        Quantity => "Саны",
        Change => "Өзгеріс",
        GlossaryTitle => "ӨӨИ деген не? Глоссарий және әдістеме",
        WhatIsIip => "ӨӨИ деген не?",
        Method => "Әдіснамалық түсініктемелер",
        Links => "Бюро жарияланымдары",
        KeyPoints => "Жариялымда айтылған",
        Volume => "Көлем",
        Share => "Жалпы көлемдегі үлесі",
        Iip => "ӨӨИ",
        Note => "Ескерту",
        OpenExplorer => "Шолушыда ашу",
        DataRelease => "Деректер шығарылымы: дереккөздер",
        WorksOffline => "Бәрі ішінде, сондықтан шолушы желісіз жұмыс істейді: оны браузер мәзірінен орнатыңыз немесе сақтап қойыңыз:",
        SingleFile => "бір файлдағы нұсқа (бір HTML файл, дискіден ашылады)",
        MoreSources => "басқа дереккөз — кесте астында берілген",
        ShareEmbed => "Бөлісу / Ендіру",
        Link => "Сілтеме",
        CopyLink => "Сілтемені көшіру",
        Chart => "Диаграмма",
        EmbedCode => "Ендіру коды",
        CopyEmbed => "Кодты көшіру",
        EmbedHint => "Кодты кез келген бетке немесе CMS-ке қойыңыз: диаграмма баған еніне бейімделеді. Қаласаңыз, жақтау диаграмма биіктігіне дәл сәйкес келуі үшін README-дегі тыңдаушы скриптті қосыңыз.",
        Copied => "алмасу буферіне көшірілді.",
        CopyManually => "дайын: белгілеп, көшіріңіз (Ctrl+C).",
        Preview => "Алдын ала қарау ені",
        Close => "Жабу",
        ChartTrend => "Серпін (сызықтар)",
        ChartRanking => "Өңірлер рейтингі (бағандар)",
        ChartActivity => "Қызмет түрлері бойынша индекс (бағандар)",
        ChartComposition => "Өндіріс құрылымы",
        Language => "Тіл",
        TranslatedNote => "Бюроның ағылшынша мәтінінен kz-iip аудармасы.",
        QuotedInEnglish => "ағылшынша, жарияланғандай",
        SamePeriodBasis => "өткен жылдың сәйкес кезеңіне %",
        ShareAxis => "өнеркәсіп өнімінің жалпы көлемінен %",
        TrendTitleVolumeUsd => "Өнеркәсіп өнімінің көлемі, млрд АҚШ доллары (қайта есептеу, есептелген)",
        AxisVolumeUsd => "млрд АҚШ доллары (есептелген)",
        ValueColIip => "ӨӨИ, алдыңғы жылға %",
        ValueColVolKzt => "Көлем, млн теңге",
        ValueColVolUsd => "Көлем, млн АҚШ доллары (есептелген)",
        UnitPercent => "алдыңғы жылға %",
        UnitGrowth => "% өзгеріс",
        UnitTimes => "есе өткен жыл деңгейіне",
        UnitShare => "жалпы көлемнен %",
        UnitMln => "млн теңге",
        UnitBn => "млрд теңге",
        UnitTrn => "трлн теңге",
        UnitMnT => "млн т",
        UnitT => "т",
        UnitBnM3 => "млрд м³",
        UnitBnKwh => "млрд кВт·сағ",
        UsdBn => "млрд АҚШ доллары",
        StatusOfficial => "ресми",
        StatusPreliminary => "алдын ала",
        StatusPress => "баспасөз",
        PeriodYear => "жыл",
        Quarter1 => "I тоқсан",
        Half1 => "I жартыжылдық",
        OmittedReason => "дереккөзде 1000 есе қате (БНС экспортының ақауы); алынып тасталды, түзетілмеді",
        FormedFrom => "{0}: {1} жылы құрылды, бұрынғы аумағы: {2}.",
        SmallerSince => "{0}: {1} жылдан бастап кішірейді, оның бір бөлігінен {2} құрылды; {1} жылға дейінгі мәндер бұрынғы, үлкенірек шекара бойынша.",
        AbolishedNoData => "{0}: {1} жылға дейін болды; дереккөздерде ол бойынша дерек жоқ.",
        NoticeUnknownRegion => "Белгісіз өңір коды «{0}» өткізіп жіберілді.",
        NoticeTooMany => "Өңірлер тым көп; алғашқы {0} көрсетілді.",
        NoticeBadYear => "«{0}={1}» — деректері бар жыл емес; әдепкі мән қолданылды.",
        NoticeBadRange => "{0}–{1} жылдар аралығы керісінше; толық кезең көрсетілді.",
        NoticeBadMeasure => "Белгісіз көрсеткіш «{0}»; өндіріс индексі көрсетілді.",
        NoticeUnknownActivity => "Белгісіз қызмет түрі «{0}»; жалпы өнеркәсіп көрсетілді.",
        NoticeBadPeriod => "«{0}» — деректері бар кезең емес; соңғы жыл көрсетілді.",
        NoticeBadCurrency => "Белгісіз валюта «{0}»; көлемдер теңгемен көрсетілді.",
        NoticeBadWidget => "«{0}={1}» — виджет параметрі емес; әдепкі мән қолданылды.",
        NoticeUnknownLanguage => "«{0}» тілі жоқ; ағылшын тілі көрсетілді.",
        SourceLine => "Дереккөз",
        AllDataHint => "Барлық мәндер бірлігімен, мәртебесімен және дереккөзімен, лицензия мен дәйексөз жолымен.",
        AllData => "Барлық деректер",
        DataPackage => "Деректер пакеті: барлық кестелер CSV түрінде",
        DataPackageHint => "Барлық шығарылымдарымен бақылаулар, алынып тасталған мәндер мен себептері, дереккөздер, өңірлер, қызмет түрлері, бағамдар, заттай өндіріс және жобалар: әр кестеге бір CSV, машинамен оқылатын сипаттамасымен (түрлері, бірліктері, кілттері).",
        CiteThis => "Дәйексөз",
        DownloadCsv => "CSV деректер",
        DownloadSvg => "SVG сурет",
        DownloadPng => "PNG сурет",
        Download => "Жүктеп алу",
        ThemeDark => "қараңғы",
        ThemeLight => "ашық",
        ThemeAuto => "жүйедегідей",
        Theme => "Тақырып",
        MapNoValue => "мән жоқ",
        MapHint => "Бір тақта — бір өңір, картадағыдай орналасқан. Тақтаны басу немесе Enter өңірді динамикаға қосады; жылды жүгірткімен таңдаңыз.",
        ViewMap => "Карта",
        DerivedMeasures => "Есептелген көрсеткіштер",
        NoticeBadBase => "«base={0}» — деректері бар жыл емес; 2015 қолданылды.",
        ChainBrokenApart => "Рейтингсіз (тізбек үзілген)",
        GrowthNeedsYears => "Жинақталған өсімді салыстыру үшін базалық жылдан кейінгі жылды таңдаңыз.",
        BaseYear => "Базалық жыл",
        GrowthFormula => "Есептеу: A-дан B-ге дейінгі өсім = (ӨӨИ(A+1) ÷ 100 × … × ӨӨИ(B) ÷ 100 − 1) × 100 %; орташа жылдық қарқын = (осы көбейтінді)^(1/(B−A)) − 1. Тізбегі үзілген өңірлер бөлек берілген.",
        LevelFormula => "Жарияланған ӨӨИ-ден есептелген: деңгей(базалық жыл) = 100; деңгей(t) = деңгей(t−1) × ӨӨИ(t) ÷ 100, кері бағытта деңгей(t−1) = деңгей(t) ÷ (ӨӨИ(t) ÷ 100). Тізбек жоқ жыл немесе шекара өзгерісі арқылы өтпейді; әр мәнге пайдаланылған ӨӨИ-дің ең әлсіз мәртебесі беріледі.",
        BreakNotExisting => "{0} жылы болмаған",
        BreakBoundary => "тізбек үзілді: {0} жылы шекара өзгерді",
        BreakMissing => "тізбек үзілді: {0} жылға ӨӨИ жоқ",
        AvgAnnual => "жылына орта есеппен",
        AxisGrowth => "{0}–{1} жылдардағы өзгеріс, % (есептелген)",
        RankingTitleGrowth => "Өнеркәсіп өндірісінің жинақталған өсімі, {0}–{1}",
        ValueColLevel => "Деңгей, {0} = 100 (есептелген)",
        AxisLevel => "деңгей, {0} = 100 (есептелген)",
        TrendTitleLevel => "Өнеркәсіп өндірісі, тізбекті деңгей ({0} = 100)",
        MeasureLevel => "Деңгей (базалық жыл = 100)",
        Rows => "жол",
        Filters => "Сүзгілер",
        ViewAbout => "Деректер туралы",
        ViewOutput => "Өнім",
        ViewProjects => "Жобалар",
        ViewComposition => "Құрылым",
        ViewActivities => "Қызмет түрлері",
        ViewRanking => "Рейтинг",
        ViewTrend => "Динамика",
        Views => "Бөлімдер",
        NoticeBadView => "Белгісіз бөлім «{0}»; динамика көрсетілді.",
        LegendToggle => "Қатарды көрсету не жасыру; бөлектеу үшін үстіне апарыңыз",
        ChartHelp => "Tab арқылы диаграммаға өтіңіз, сосын ← → ↑ ↓, Home, End — мәндер; Escape — шығу.",
        ChartRole => "интерактивті диаграмма",
        DescHighestOf => "{0} ішіндегі ең жоғарысы",
        DescLowestOf => "{0} ішіндегі ең төмені",
        DescNoValues => "{0}: бұл жылдарда мән жоқ",
        DescRange => "ең жоғары {0} ({1}), ең төмен {2} ({3})",
        DescFell => "{1} жылғы {0} мәнінен төмендеді",
        DescRose => "{1} жылғы {0} мәнінен өсті",
        DescLatest => "{0}: {2} жылы {1}",
        DescReference => "Республика: {0}.",
        DescHighLow => "Ең жоғары: {0} ({1}); ең төмен: {2} ({3}); мәндер саны: {4}.",
        UnitPrevYear => "алдыңғы жылға %",
        UnitTenge => "теңге",
        UnitThousand => "мың теңге",
        NoRegionMatches => "«{0}» өңірі табылмады.",
        FindRegionHint => "Кез келген атау: Астана немесе Нұр-Сұлтан, Солтүстік Қазақстан, СКО …",
        FindRegion => "Өңірді іздеу",
        QualAbout => "шамамен {0}",
        QualMoreThan => "{0} астам",
        QualUpTo => "{0} дейін",
        DateInferred => "күні мазмұнынан анықталған",
        DescribedTitle => "жобаның сипаттамасы, дереккөздің өз атауы емес",
        UncertainReading => "күмәнді оқылым: дереккөздің тұжырымы бағытты көрсетпейді",
        LegendUncertain => "? = күмәнді оқылым (дереккөздің тұжырымы бағытты көрсетпейді)",
        NoRateFor => "{0} үшін доллармен мән жоқ: бірде-бір дереккөз сол кезеңге теңге/доллар бағамын бермейді, ал басқа кезеңнің бағамы қолданылмайды.",
        RateQuoted => "{0} үшін доллар (есептелген): 1 долларға {1} теңге, {2} дереккөзінде {3} күні көрсетілгендей",
        RateImplied => "{0} үшін доллар (есептелген): 1 долларға {1} теңге, {3} дереккөзіндегі «{2}» жұбынан",
        NoRate => "бұл кезеңге бағам жоқ",
    }
}

/// Fills `{0}`, `{1}` … of a template.
pub fn fill(template: &str, args: &[&str]) -> String {
    args.iter()
        .enumerate()
        .fold(template.to_owned(), |s, (i, a)| {
            s.replace(&format!("{{{i}}}"), a)
        })
}

/// The title of the trend chart for a measure.
pub fn trend_title(lang: Lang, m: Measure, cur: Currency) -> String {
    t(
        lang,
        match (m, cur) {
            (Measure::Iip, _) => Key::TrendTitleIip,
            (Measure::Level, _) => Key::TrendTitleLevel,
            (Measure::Volume, Currency::Kzt) => Key::TrendTitleVolume,
            (Measure::Volume, Currency::Usd) => Key::TrendTitleVolumeUsd,
        },
    )
    .to_owned()
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
pub fn value_axis(lang: Lang, m: Measure, cur: Currency) -> String {
    t(
        lang,
        match (m, cur) {
            (Measure::Iip, _) => Key::AxisIip,
            (Measure::Level, _) => Key::AxisLevel,
            (Measure::Volume, Currency::Kzt) => Key::AxisVolume,
            (Measure::Volume, Currency::Usd) => Key::AxisVolumeUsd,
        },
    )
    .to_owned()
}

/// Heading of the value column of a table.
pub fn value_column(lang: Lang, m: Measure, cur: Currency) -> &'static str {
    t(
        lang,
        match (m, cur) {
            (Measure::Iip, _) => Key::ValueColIip,
            (Measure::Level, _) => Key::ValueColLevel,
            (Measure::Volume, Currency::Kzt) => Key::ValueColVolKzt,
            (Measure::Volume, Currency::Usd) => Key::ValueColVolUsd,
        },
    )
}

/// A region's name as the Bureau writes it in `lang`.
pub fn region_name(lang: Lang, r: &Region) -> &str {
    match lang {
        Lang::En => &r.name_en,
        Lang::Ru => &r.name_ru,
        Lang::Kk => r.name_kk.as_deref().unwrap_or(&r.name_ru),
    }
}

/// An activity's name in `lang`.
pub fn activity_name(lang: Lang, a: &Activity) -> &str {
    match lang {
        Lang::En => &a.name_en,
        Lang::Ru => a.name_ru.as_deref().unwrap_or(&a.name_en),
        Lang::Kk => a.name_kk.as_deref().unwrap_or(&a.name_en),
    }
}

/// A product name of the physical-output table (the data holds the English name).
pub fn product_name(lang: Lang, product: &str) -> Option<&'static str> {
    let (ru, kk) = match product {
        "steel" => ("сталь", "болат"),
        "ferroalloys" => ("ферросплавы", "ферроқорытпалар"),
        "rolled flat steel" => ("плоский прокат", "жалпақ илемдер"),
        "reinforcement for construction" => {
            ("арматура для строительства", "құрылысқа арналған арматура")
        }
        "steel pipes" => ("стальные трубы", "болат құбырлар"),
        "coal" => ("уголь", "көмір"),
        "crude oil" => ("нефть", "мұнай"),
        "natural gas" => ("природный газ", "табиғи газ"),
        "crude oil and gas condensate" => {
            ("нефть и газовый конденсат", "мұнай және газ конденсаты")
        }
        _ => return None,
    };
    Some(match lang {
        Lang::En => return None,
        Lang::Ru => ru,
        Lang::Kk => kk,
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

/// The message for a URL notice.
pub fn notice_text(lang: Lang, n: &Notice) -> String {
    let f = |k: Key, args: &[&str]| fill(t(lang, k), args);
    match n {
        Notice::UnknownRegion(c) => f(Key::NoticeUnknownRegion, &[c]),
        Notice::TooManyRegions { kept } => f(Key::NoticeTooMany, &[&kept.to_string()]),
        Notice::BadYear { key, value } => f(Key::NoticeBadYear, &[key, value]),
        Notice::BadRange { from, to } => {
            f(Key::NoticeBadRange, &[&from.to_string(), &to.to_string()])
        }
        Notice::BadMeasure(m) => f(Key::NoticeBadMeasure, &[m]),
        Notice::UnknownActivity(a) => f(Key::NoticeUnknownActivity, &[a]),
        Notice::BadPeriod(p) => f(Key::NoticeBadPeriod, &[p]),
        Notice::BadCurrency(c) => f(Key::NoticeBadCurrency, &[c]),
        Notice::BadView(v) => f(Key::NoticeBadView, &[v]),
        Notice::BadBase(v) => f(Key::NoticeBadBase, &[v]),
        Notice::BadWidgetOption { key, value } => f(Key::NoticeBadWidget, &[key, value]),
        Notice::UnknownLanguage(l) => f(Key::NoticeUnknownLanguage, &[l]),
    }
}

/// What the shown unit's boundaries mean for its series, from the lineage data: formed from
/// another unit, lost territory to a new one, or abolished.
pub fn lineage_note(lang: Lang, db: &crate::data::Db, r: &Region) -> Option<String> {
    let name = region_name(lang, r);
    let names = |codes: &mut dyn Iterator<Item = &Region>| {
        codes
            .map(|x| region_name(lang, x).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if let (Some(from), false) = (r.from, r.carved_from.is_empty()) {
        let parents = names(&mut r.carved_from.iter().filter_map(|c| db.region(c)));
        return Some(fill(
            t(lang, Key::FormedFrom),
            &[name, &from.to_string(), &parents],
        ));
    }
    if let Some(to) = r.to {
        return Some(fill(
            t(lang, Key::AbolishedNoData),
            &[name, &(to + 1).to_string()],
        ));
    }
    let children: Vec<&Region> = db
        .regions
        .iter()
        .filter(|c| c.carved_from.contains(&r.code) && c.carved_from.len() == 1)
        .filter(|c| c.from.is_some())
        .collect();
    let since = children.iter().filter_map(|c| c.from).max()?;
    // A renamed unit (South Kazakhstan → Turkistan) is not "smaller": only list new units that
    // share the parent with the parent still existing.
    if r.to.is_some() {
        return None;
    }
    let list = names(&mut children.iter().copied());
    Some(fill(
        t(lang, Key::SmallerSince),
        &[name, &since.to_string(), &list],
    ))
}

/// The name of a period type: "year", "Jan–Feb", "Q1", "H1", "Jan–Jul"; in Russian and Kazakh
/// with the full month names of the locale ("январь–июль", "қаңтар–шілде").
pub fn period_type_name(lang: Lang, kind: PeriodType) -> String {
    match kind {
        PeriodType::Year => t(lang, Key::PeriodYear).to_owned(),
        PeriodType::Cumulative(3) => t(lang, Key::Quarter1).to_owned(),
        PeriodType::Cumulative(6) => t(lang, Key::Half1).to_owned(),
        PeriodType::Cumulative(1) => month_name(lang, 1),
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

/// An index value: one decimal ("104.4", "104,4").
pub fn fmt_index(lang: Lang, v: f64) -> String {
    fmt_decimal(lang, v, 1)
}

/// A number rounded to a whole, with the locale's grouping ("1,597,076", "1 597 076").
pub fn fmt_int(lang: Lang, v: f64) -> String {
    fmt_decimal(lang, v, 0)
}

/// A share: one decimal and the locale's per cent sign ("46.7%", "46,7 %").
pub fn fmt_share(lang: Lang, v: f64) -> String {
    intl::percent(lang, v)
}

/// A value of a measure in its table unit (index, or million).
pub fn fmt_value(lang: Lang, m: Measure, v: f64) -> String {
    match m {
        Measure::Iip | Measure::Level => fmt_index(lang, v),
        Measure::Volume => fmt_int(lang, v),
    }
}

/// A number with exactly `digits` decimals in the locale.
pub fn fmt_decimal(lang: Lang, v: f64, digits: u8) -> String {
    intl::decimal(lang, v, digits)
}

/// An axis tick: up to one decimal, no trailing zero ("100", "102.5", "102,5").
pub fn fmt_tick(lang: Lang, v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    fmt_decimal(
        lang,
        rounded,
        if rounded.fract().abs() < 1e-9 { 0 } else { 1 },
    )
}

/// The locale's name of month `m` (1–12): "Jan" in English, "январь" / "қаңтар".
pub fn month_name(lang: Lang, m: u8) -> String {
    intl::month(lang, m)
}

/// How a locale writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    pub group: &'static str,
    pub decimal: &'static str,
    /// Between the number and "%".
    pub percent_gap: &'static str,
}

impl NumberSymbols {
    /// English: "1,597,076.5", "46.7%".
    pub const EN: Self = Self {
        group: ",",
        decimal: ".",
        percent_gap: "",
    };
    /// `ru-KZ` (Russian, and Kazakh as the Bureau prints it): "1 597 076,5", "46,7 %" (no-break
    /// spaces).
    pub const RU_KZ: Self = Self {
        group: "\u{a0}",
        decimal: ",",
        percent_gap: "\u{a0}",
    };

    /// The symbols of `lang` (`Lang::number_locale`).
    pub fn of(lang: Lang) -> Self {
        match lang {
            Lang::En => Self::EN,
            Lang::Ru | Lang::Kk => Self::RU_KZ,
        }
    }
}

/// `v` with exactly `digits` decimals, written as `Intl.NumberFormat` writes it (rounding half
/// away from zero on the shortest decimal form of `v`, grouping by three) — without `Intl`,
/// whose first use costs tens of milliseconds of locale loading on the way to the first chart.
pub fn format_number(sym: NumberSymbols, v: f64, digits: u8) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    let digits = usize::from(digits);
    // The shortest decimal form that reads back as `v` (Rust's `Display` for f64).
    let shortest = format!("{}", v.abs());
    let (int, frac) = shortest.split_once('.').unwrap_or((shortest.as_str(), ""));
    // Round the digit string half away from zero at `digits` decimals.
    let mut all: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let keep = int.len() + digits;
    let round_up = frac.as_bytes().get(digits).is_some_and(|&b| b >= b'5');
    all.resize(keep.max(all.len()), 0);
    all.truncate(keep);
    let mut int_len = int.len();
    if round_up {
        let mut i = all.len();
        loop {
            if i == 0 {
                all.insert(0, 1);
                int_len += 1;
                break;
            }
            i -= 1;
            if all[i] == 9 {
                all[i] = 0;
            } else {
                all[i] += 1;
                break;
            }
        }
    }
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    for (i, d) in all[..int_len].iter().enumerate() {
        if i > 0 && (int_len - i) % 3 == 0 {
            out.push_str(sym.group);
        }
        out.push(char::from(b'0' + d));
    }
    if digits > 0 {
        out.push_str(sym.decimal);
        out.extend(all[int_len..].iter().map(|d| char::from(b'0' + d)));
    }
    out
}

/// Numbers in the page's locale and month names through `Intl` in the browser; English
/// elsewhere (native tests, the build-time drawings).
#[cfg(target_arch = "wasm32")]
mod intl {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Date, Function, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    use super::Lang;

    thread_local! {
        static FORMATTERS: RefCell<HashMap<(Lang, &'static str, u8), Function>> = RefCell::new(HashMap::new());
    }

    fn formatter(
        lang: Lang,
        style: &'static str,
        digits: u8,
        make: impl FnOnce() -> JsValue,
    ) -> Option<Function> {
        FORMATTERS.with(|f| {
            if let Some(fun) = f.borrow().get(&(lang, style, digits)) {
                return Some(fun.clone());
            }
            let fun: Function = make().dyn_into().ok()?;
            f.borrow_mut().insert((lang, style, digits), fun.clone());
            Some(fun)
        })
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o
    }

    fn call(fun: Option<Function>, arg: JsValue) -> Option<String> {
        fun?.call1(&JsValue::NULL, &arg).ok()?.as_string()
    }

    pub fn decimal(lang: Lang, v: f64, digits: u8) -> String {
        super::format_number(super::NumberSymbols::of(lang), v, digits)
    }

    pub fn percent(lang: Lang, v: f64) -> String {
        let sym = super::NumberSymbols::of(lang);
        format!("{}{}%", super::format_number(sym, v, 1), sym.percent_gap)
    }

    pub fn month(lang: Lang, m: u8) -> String {
        let style = if lang == Lang::En { "short" } else { "long" };
        let fun = formatter(lang, "month", u8::from(lang == Lang::En), || {
            let o = options(&[
                ("month", JsValue::from_str(style)),
                ("timeZone", JsValue::from_str("UTC")),
            ]);
            let locale = Array::of1(&JsValue::from_str(lang.locale()));
            Intl::DateTimeFormat::new(&locale, &o).format().into()
        });
        let i = usize::from(m.clamp(1, 12)) - 1;
        let date = Date::new(&JsValue::from(Date::utc(2001.0, i as f64)));
        let cyrillic = |s: &str| s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        match call(fun, date.into()) {
            Some(name) if lang == Lang::En || cyrillic(&name) => name,
            // A browser without the locale's data answers "M02": use CLDR's names instead.
            _ if lang == Lang::Kk => super::MONTHS_KK_CLDR[i].to_owned(),
            _ => super::MONTHS_FALLBACK[i].to_owned(),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use super::Lang;

    pub fn decimal(_: Lang, v: f64, digits: u8) -> String {
        super::format_number(super::NumberSymbols::EN, v, digits)
    }

    pub fn percent(lang: Lang, v: f64) -> String {
        format!("{}%", decimal(lang, v, 1))
    }

    pub fn month(_: Lang, m: u8) -> String {
        super::MONTHS_FALLBACK[usize::from(m.clamp(1, 12)) - 1].to_owned()
    }
}

/// CLDR's standalone Kazakh month names (`kk`, format width wide), for browsers built without
/// Kazakh locale data (Chromium answers "M02").
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
const MONTHS_KK_CLDR: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// English month abbreviations, used only where `Intl` is not available.
const MONTHS_FALLBACK: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

#[cfg(test)]
mod number_tests {
    use super::{format_number, NumberSymbols};

    /// Expected strings are what `Intl.NumberFormat` (ICU, Node 20) printed for `en` and `ru-KZ`.
    #[test]
    fn numbers_as_intl_writes_them() {
        let cases: [(f64, u8, &str, &str); 12] = [
            (1234.5, 1, "1,234.5", "1\u{a0}234,5"),
            (1_597_076.0, 0, "1,597,076", "1\u{a0}597\u{a0}076"),
            (-12.34, 1, "-12.3", "-12,3"),
            (0.05, 1, "0.1", "0,1"),
            (999.95, 1, "1,000.0", "1\u{a0}000,0"),
            (-0.04, 1, "-0.0", "-0,0"),
            (1234.0, 0, "1,234", "1\u{a0}234"),
            (12345.678, 2, "12,345.68", "12\u{a0}345,68"),
            (2.5, 0, "3", "3"),
            (3.5, 0, "4", "4"),
            (0.125, 2, "0.13", "0,13"),
            (104.45, 1, "104.5", "104,5"),
        ];
        for (v, d, en, ru) in cases {
            assert_eq!(format_number(NumberSymbols::EN, v, d), en, "{v} en");
            assert_eq!(format_number(NumberSymbols::RU_KZ, v, d), ru, "{v} ru");
        }
    }
}

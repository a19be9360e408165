//! Chart specifications: what a chart shows, computed from the data and the filters.
//!
//! Table → chart state → render, as in OWID Grapher: the builders here are pure and tested
//! natively; the drawing functions only draw a spec.

use crate::data::index;
use crate::data::select::{self, Gap};
use crate::data::{Db, Period, Status, Unit as DataUnit};
use crate::i18n::{self, Key, Lang};
use crate::state::{Currency, Measure};
use crate::table::{Derivation, Missing, Unit, Value};

pub use super::bars::{
    activity_bars, activity_bars_of, key_code, ranking, ranking_of, Bar, BarSpec, Reference,
};
pub use super::composition::{composition, composition_of, CompositionRow, CompositionSpec};
pub use super::trend::{activity_trend, activity_trend_of, trend, trend_of, Series, TrendSpec};

/// Colour-blind-safe series colours (Okabe–Ito), in selection order. The Republic is drawn in
/// [`REPUBLIC_COLOR`].
pub const PALETTE: [(u8, u8, u8); 6] = [
    (0x00, 0x72, 0xB2),
    (0xE6, 0x9F, 0x00),
    (0x00, 0x9E, 0x73),
    (0xCC, 0x79, 0xA7),
    (0xD5, 0x5E, 0x00),
    (0x56, 0xB4, 0xE9),
];

pub const REPUBLIC_COLOR: (u8, u8, u8) = (0x00, 0x00, 0x00);

/// Bars at or above the baseline, and below it.
pub const BAR_UP: (u8, u8, u8) = (0x00, 0x72, 0xB2);

pub const BAR_DOWN: (u8, u8, u8) = (0xD5, 0x5E, 0x00);

/// Composition: mining, manufacturing, rest of industry.
pub const COMPOSITION: [(u8, u8, u8); 3] =
    [(0x8C, 0x56, 0x3B), (0x00, 0x72, 0xB2), (0xBB, 0xBB, 0xBB)];

/// `#rrggbb` for CSS.
pub fn css_color((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// What a read-out says about one value: as shown, as the source stated it, its status and
/// its source.
#[derive(Clone, Debug, PartialEq)]
pub struct Detail {
    /// The value as the chart shows it, localised ("105.4", "10,815").
    pub value: String,
    /// The source's own wording when the shown value restates it ("+4.1 %"), if so.
    pub stated: Option<String>,
    pub status: Status,
    /// The source's title (a composed one in brackets).
    pub source: String,
    /// "revised" or "uncertain reading" marks, localised; empty if none.
    pub marks: String,
}

/// Charts show volumes in billions (tenge or dollars); every other unit as the table has it.
pub fn chart_value(unit: Unit, v: f64) -> f64 {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => v / 1_000.0,
        _ => v,
    }
}

/// A chart value (volumes already in billions) as a read-out and a line chart print it.
pub(crate) fn value_text(lang: Lang, unit: Unit, v: f64) -> String {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => i18n::fmt_decimal(lang, v, 1),
        Unit::GrowthPct { .. } => signed_pct(lang, v),
        Unit::SharePct => i18n::fmt_share(lang, v),
        Unit::Index | Unit::Level { .. } => i18n::fmt_index(lang, v),
    }
}

/// A value as tables and bar labels write it: volumes whole (millions in tables, billions
/// on bars).
pub fn table_text(lang: Lang, unit: Unit, v: f64) -> String {
    match unit {
        Unit::MlnTenge | Unit::MlnUsd => i18n::fmt_int(lang, v),
        _ => value_text(lang, unit, v),
    }
}

/// "+4.1 %", "−2.0 %".
pub(crate) fn signed_pct(lang: Lang, v: f64) -> String {
    format!(
        "{}{} %",
        if v > 0.0 { "+" } else { "" },
        i18n::fmt_decimal(lang, v, 1)
    )
}

/// The read-out details of a table value shown as `shown`: the source's own wording when the
/// value restates it, the status, the source (or the formula of a derived value) and marks.
pub fn detail(db: &Db, lang: Lang, v: &Value<'_>, shown: String) -> Detail {
    let stated = v.stated.and_then(|o| match o.stated.unit {
        DataUnit::GrowthPct => Some(signed_pct(lang, o.stated.value)),
        DataUnit::Times => Some(format!("× {}", i18n::fmt_decimal(lang, o.stated.value, 1))),
        _ => None,
    });
    let mut marks = Vec::new();
    if v.revised {
        marks.push(i18n::t(lang, Key::Revised));
    }
    if v.stated.is_some_and(|o| o.uncertain) {
        marks.push(i18n::t(lang, Key::UncertainReading));
    }
    if v.is_derived() {
        marks.push(i18n::t(lang, Key::Derived));
    }
    let formula = match v.derivation {
        Derivation::Level { .. } => Some(Key::LevelFormula),
        Derivation::Growth { .. } => Some(Key::GrowthFormula),
        Derivation::Share | Derivation::Remainder => Some(Key::ShareFormula),
        Derivation::Published | Derivation::Dollars(_) => None,
    };
    let source = match (formula, v.stated) {
        (Some(k), _) => i18n::t(lang, k).to_owned(),
        (None, Some(o)) => db.source(&o.source).map_or_else(String::new, |s| {
            if s.title_is_description {
                format!("[{}]", s.title)
            } else {
                s.title.clone()
            }
        }),
        (None, None) => String::new(),
    };
    let value = match v.derivation {
        Derivation::Growth { annual_pct, .. } => format!(
            "{shown} ({} {})",
            signed_pct(lang, annual_pct),
            i18n::t(lang, Key::AvgAnnual)
        ),
        _ => shown,
    };
    Detail {
        value,
        stated,
        status: v.status,
        source,
        marks: marks.join("; "),
    }
}

/// The unit a read-out names.
pub fn readout_unit(lang: Lang, m: Measure, cur: Currency, base: i32) -> String {
    match m {
        Measure::Iip => i18n::t(lang, Key::UnitPrevYear).to_owned(),
        Measure::Volume | Measure::Level => i18n::value_axis(lang, m, cur, base),
    }
}

pub(crate) fn revised_suffix(lang: Lang, revised: bool) -> String {
    if revised {
        format!(" ({})", i18n::t(lang, Key::Revised))
    } else {
        String::new()
    }
}

/// Why a level or a growth is missing, in words.
pub fn break_text(lang: Lang, b: index::Break) -> String {
    let key = match b {
        index::Break::Missing(_) => Key::BreakMissing,
        index::Break::Boundary(_) => Key::BreakBoundary,
        index::Break::NotExisting(_) => Key::BreakNotExisting,
    };
    i18n::tr(lang, key, &[("year", (&b.year().to_string()).into())])
}

/// Why a table cell is empty, in words.
pub fn missing_text(lang: Lang, m: Missing) -> String {
    match m {
        Missing::Gap(g) => gap_text(lang, g).to_owned(),
        Missing::Break(b) => break_text(lang, b),
        Missing::NoRate => i18n::t(lang, Key::NoRate).to_owned(),
    }
}

/// Why a trend cell is empty, for the table mirror.
pub fn gap_text(lang: Lang, gap: Gap) -> &'static str {
    i18n::t(
        lang,
        match gap {
            Gap::NotExisting => Key::NotExisting,
            Gap::Omitted => Key::OmittedValue,
            Gap::NoData => Key::NoData,
            Gap::NotByRegion => Key::NotByRegion,
        },
    )
}

/// The dollar conversion of a chart's periods, in words, for its table note and source line:
/// the rate of each period that has one (quoted, or implied by which tenge/dollar pair, and its
/// source) and the periods with none (left empty: a rate of another period is never used).
pub fn rate_notes(db: &Db, lang: Lang, periods: impl IntoIterator<Item = Period>) -> Vec<String> {
    let mut notes = Vec::new();
    let mut missing = Vec::new();
    for p in periods {
        let Some(r) = select::rate_for(db, p) else {
            missing.push(i18n::period_name(lang, p));
            continue;
        };
        let rate = i18n::fmt_decimal(lang, r.kzt_per_usd, 1);
        let source = db.source(&r.source).map_or("", |s| s.title.as_str());
        notes.push(match &r.implied_by {
            Some(pair) => i18n::tr(
                lang,
                Key::RateImplied,
                &[
                    ("period", (&i18n::period_name(lang, p)).into()),
                    ("rate", (&rate).into()),
                    ("pair", pair.into()),
                    ("source", source.into()),
                ],
            ),
            None => i18n::tr(
                lang,
                Key::RateQuoted,
                &[
                    ("period", (&i18n::period_name(lang, p)).into()),
                    ("rate", (&rate).into()),
                    ("source", source.into()),
                    ("date", (&r.date.to_string()).into()),
                ],
            ),
        });
    }
    if !missing.is_empty() {
        notes.push(i18n::tr(
            lang,
            Key::NoRateFor,
            &[("period", (&missing.join(", ")).into())],
        ));
    }
    notes
}

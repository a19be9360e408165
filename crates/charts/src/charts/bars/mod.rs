//! The bars family: horizontal bars, one per unit or activity (the ranking, the activity view),
//! from a value table.

pub mod draw;
pub mod interact;

use crate::charts::spec::*;
use crate::data::{Db, RegionCode};
use crate::i18n::{self, Key, Lang};
use crate::state::Filters;
use crate::table::{self, Missing, SeriesKey, Table, Unit};

/// One bar of a bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub code: String,
    pub label: String,
    /// Shorter forms of the label, longest first, for a row too narrow for it (a region's name
    /// without "облысы", then its short form: «Солтүстік Қазақстан», «СҚО»).
    pub shorter: Vec<String>,
    pub value: f64,
    /// The value as printed next to the bar (with "(revised)" where it revises a release).
    pub text: String,
    /// What a read-out says about it.
    pub detail: Option<Detail>,
    /// Drawn in a quiet grey: another unit is highlighted (`hl=`).
    pub quiet: bool,
}

/// A reference line (the Republic) in the ranking chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub name: String,
    pub value: f64,
    pub text: String,
}

/// A horizontal bar chart: the ranking of regions, or the IIP by activity.
#[derive(Clone, Debug, PartialEq)]
pub struct BarSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub x_label: String,
    /// The unit as a read-out says it.
    pub unit: String,
    /// Bars start here: 100 for an index (growth vs decline), 0 for a volume.
    pub baseline: f64,
    /// Top to bottom.
    pub bars: Vec<Bar>,
    /// The Republic's value, drawn as a reference line.
    pub reference: Option<Reference>,
    /// Units that existed but have no value this year.
    pub missing: Vec<String>,
    /// The ranking's year (`None`: the activity view's bars).
    pub year: Option<i32>,
    /// A newsroom's notes (`ann=`): one of the ranking's year is drawn at the first highlighted
    /// bar (else the top one).
    pub notes: Vec<Note>,
}

pub use crate::state::widget::Note;

impl BarSpec {
    /// The bar a note is about: one of the ranking's year, at the first highlighted bar, else
    /// the top one.
    pub fn note_anchor(&self, n: &Note) -> Option<usize> {
        if self.year != Some(n.year) || self.bars.is_empty() {
            return None;
        }
        let highlighted = self.bars.iter().any(|b| b.quiet);
        Some(
            self.bars
                .iter()
                .position(|b| highlighted && !b.quiet)
                .unwrap_or(0),
        )
    }

    /// The notes said with bar `i` (in its read-out) or with the chart (`None`).
    pub fn notes_text(&self, i: Option<usize>) -> String {
        let mut out = String::new();
        for n in &self.notes {
            if self
                .note_anchor(n)
                .is_some_and(|at| i.is_none_or(|i| i == at))
            {
                out.push_str(&format!(
                    " {} ({}): {}.",
                    i18n::t(self.lang, Key::WordsNote),
                    n.year,
                    n.text
                ));
            }
        }
        out
    }

    /// The chart in words (its text alternative): title, then every bar in order.
    pub fn describe(&self) -> String {
        let order: Vec<_> = self
            .bars
            .iter()
            .map(|b| format!("{} {}", b.label, b.text))
            .collect();
        format!("{}: {}", self.title, order.join("; "))
    }

    /// A summary in words, in the chart's language: the highest and the lowest bar, how many
    /// have a value, and the reference (the Republic). The canvas's accessible description.
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let by_value = |a: &&Bar, b: &&Bar| a.value.total_cmp(&b.value);
        let (Some(hi), Some(lo)) = (
            self.bars.iter().max_by(by_value),
            self.bars.iter().min_by(by_value),
        ) else {
            return format!("{}.", self.title);
        };
        let name = |b: &Bar| b.label.trim_start_matches("· ").to_owned();
        let mut out = format!(
            "{}. {}",
            self.title,
            i18n::tr(
                lang,
                Key::DescHighLow,
                &[
                    ("high_name", (&name(hi)).into()),
                    ("high", (&hi.text).into()),
                    ("low_name", (&name(lo)).into()),
                    ("low", (&lo.text).into()),
                    ("count", self.bars.len().into()),
                ],
            )
        );
        if let Some(r) = &self.reference {
            out.push(' ');
            out.push_str(&i18n::tr(
                lang,
                Key::DescReference,
                &[("text", (&r.text).into())],
            ));
        }
        out.push_str(&self.notes_text(None));
        out
    }
}

/// The ranking chart: every unit of the year by value; for the level measure, by cumulative
/// growth from the base year (the units whose chain is broken listed apart with the reason).
pub fn ranking(db: &Db, f: &Filters, lang: Lang) -> BarSpec {
    ranking_of(db, f, lang, &table::ranking(db, f))
}

/// [`ranking`] from its table.
pub fn ranking_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> BarSpec {
    let unit = table.unit;
    let name = |key: &SeriesKey| match key {
        SeriesKey::Region(c) => db
            .region(c)
            .map_or_else(|| c.to_string(), |r| i18n::region_name(lang, r).to_owned()),
        _ => String::new(),
    };
    let shorter = |key: &SeriesKey| match key {
        SeriesKey::Region(c) => db.region(c).map_or_else(Vec::new, |r| {
            let name = i18n::region_name(lang, r);
            let compact = i18n::region_compact(name);
            let short = i18n::region_short(lang, r).map(str::to_owned);
            (compact != name)
                .then_some(compact)
                .into_iter()
                .chain(short)
                .collect()
        }),
        _ => Vec::new(),
    };
    let mut bars = Vec::new();
    let mut missing = Vec::new();
    // The units with a bar (a highlight of any other quiets nothing).
    let units: Vec<&RegionCode> = table
        .columns
        .iter()
        .filter(|c| matches!(c.cells.first(), Some((_, Ok(_)))))
        .filter_map(|c| c.key.region())
        .collect();
    for c in &table.columns {
        let Some((_, e)) = c.cells.first() else {
            continue;
        };
        match e {
            Ok(v) => {
                let y = chart_value(unit, v.shown);
                bars.push(Bar {
                    code: key_code(&c.key),
                    label: name(&c.key),
                    shorter: shorter(&c.key),
                    value: y,
                    text: table_text(lang, unit, y) + &revised_suffix(lang, v.revised),
                    detail: Some(detail(db, lang, v, table_text(lang, unit, y))),
                    quiet: matches!(&c.key, SeriesKey::Region(code) if f.is_quiet(code, &units)),
                });
            }
            Err(Missing::Break(b)) => {
                missing.push(format!("{} — {}", name(&c.key), break_text(lang, *b)))
            }
            Err(_) => missing.push(name(&c.key)),
        }
    }
    // The Republic is a reference for an index or a growth; for volumes it is the sum of the
    // bars, not a level to compare them with.
    let reference = table
        .reference
        .as_ref()
        .filter(|_| !matches!(unit, Unit::MlnTenge | Unit::MlnUsd))
        .and_then(|c| c.cells.first()?.1.as_ref().ok())
        .map(|v| {
            let y = chart_value(unit, v.shown);
            Reference {
                name: i18n::t(lang, Key::RepublicReference).to_owned(),
                value: y,
                text: table_text(lang, unit, y) + &revised_suffix(lang, v.revised),
            }
        });
    let (title, axis) = match unit {
        Unit::GrowthPct { from } => {
            let (sa, sb) = (from.to_string(), f.year.to_string());
            let span = [("from", (&sa).into()), ("to", (&sb).into())];
            (
                i18n::tr(lang, Key::RankingTitleGrowth, &span),
                i18n::tr(lang, Key::AxisGrowth, &span),
            )
        }
        _ => (
            format!("{}, {}", i18n::ranking_title(lang, f.measure), f.year),
            i18n::value_axis(lang, f.measure, f.currency, f.base),
        ),
    };
    BarSpec {
        lang,
        title,
        unit: match unit {
            Unit::GrowthPct { .. } => axis.clone(),
            _ => readout_unit(lang, f.measure, f.currency, f.base),
        },
        x_label: axis,
        baseline: if unit == Unit::Index { 100.0 } else { 0.0 },
        bars,
        reference,
        missing,
        year: Some(f.year),
        notes: Vec::new(),
    }
}

/// A column's key as a machine code (region or activity code, `rest`).
pub fn key_code(key: &SeriesKey) -> String {
    match key {
        SeriesKey::Region(c) => c.to_string(),
        SeriesKey::Activity(a) => a.to_string(),
        SeriesKey::Rest => "rest".to_owned(),
    }
}

/// The IIP of every activity with a value in the chosen period, in tree order (total first,
/// then each section followed by its branches). One period only: like is compared with like.
pub fn activity_bars(db: &Db, f: &Filters, lang: Lang) -> BarSpec {
    activity_bars_of(db, f, lang, &table::activities(db, f))
}

/// [`activity_bars`] from its table.
pub fn activity_bars_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> BarSpec {
    let bars = table
        .values()
        .filter_map(|(key, _, v)| {
            let SeriesKey::Activity(code) = key else {
                return None;
            };
            let a = db.activity(code)?;
            let o = v.stated?;
            let indent = "· ".repeat(usize::from(a.depth.saturating_sub(1)));
            let mark = match (o.is_restated(), o.uncertain) {
                (true, true) => "*?",
                (true, false) => "*",
                (false, true) => "?",
                (false, false) => "",
            };
            Some(Bar {
                shorter: Vec::new(),
                code: a.code.to_string(),
                label: format!("{indent}{}", i18n::activity_name(lang, a)),
                value: v.shown,
                text: format!(
                    "{}{mark}{}",
                    i18n::fmt_index(lang, v.shown),
                    revised_suffix(lang, v.revised)
                ),
                detail: Some(detail(db, lang, v, i18n::fmt_index(lang, v.shown))),
                quiet: false,
            })
        })
        .collect();
    BarSpec {
        lang,
        title: format!(
            "{}, {} ({})",
            i18n::t(lang, Key::ActivityTitle),
            i18n::period_name(lang, f.period),
            i18n::iip_basis(lang, f.period)
        ),
        x_label: i18n::iip_basis(lang, f.period),
        unit: i18n::iip_basis(lang, f.period),
        baseline: 100.0,
        bars,
        reference: None,
        missing: Vec::new(),
        year: None,
        notes: Vec::new(),
    }
}

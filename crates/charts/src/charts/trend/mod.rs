//! The trend family: line charts of one or more series over the years (the trend view, the
//! activity view's series), from a value table.

pub mod draw;
pub mod interact;

use crate::charts::spec::*;
use crate::data::index;
use crate::data::{Db, RegionCode};
use crate::i18n::{self, Key, Lang};
use crate::state::{Filters, Measure};
use crate::table::{self, Column, SeriesKey, Table, Unit};

/// One line of the trend chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub code: RegionCode,
    pub label: String,
    /// The name at the line's end when lines are labelled directly: the short form in use
    /// ("Republic", "Актобе", "ЗКО").
    pub end_label: String,
    pub color: (u8, u8, u8),
    pub emphasis: bool,
    /// Drawn in a quiet grey: another unit is highlighted (`hl=`); its legend entry and
    /// read-out still give every value.
    pub quiet: bool,
    /// One entry per year of the range; `None` is a gap (never bridged by a line).
    pub points: Vec<(i32, Option<f64>)>,
    /// Points whose value revises an earlier, different release (drawn with a ring).
    pub revised: Vec<(i32, f64)>,
    /// For each point (same order as `points`), what a read-out says; `None` for gaps.
    pub details: Vec<Option<Detail>>,
}

/// The line chart of a measure over years (one period type).
#[derive(Clone, Debug, PartialEq)]
pub struct TrendSpec {
    /// The language of its text and numbers.
    pub lang: Lang,
    pub title: String,
    pub y_label: String,
    /// The unit as a read-out says it ("% of the previous year", "billion tenge").
    pub unit: String,
    pub from: i32,
    pub to: i32,
    /// The 100 line of an index chart.
    pub reference: Option<f64>,
    /// Years where a shown unit's boundaries changed (its earlier values are not comparable).
    pub breaks: Vec<i32>,
    pub series: Vec<Series>,
    /// Each line's name at its end instead of a separate legend (a widget with ≤ 4 lines).
    pub direct_labels: bool,
    /// A newsroom's notes at points of the chart (`ann=2023:text`; at most three).
    pub notes: Vec<Note>,
}

pub use crate::state::widget::Note;

impl TrendSpec {
    /// The explorer's name for the chart (the canvas's accessible name): its title, years and
    /// lines ("Industrial production index 2009–2023: Republic of Kazakhstan, Atyrau").
    pub fn name(&self) -> String {
        let names: Vec<&str> = self.series.iter().map(|x| x.label.as_str()).collect();
        format!(
            "{} {}–{}: {}",
            self.title,
            self.from,
            self.to,
            names.join(", ")
        )
    }

    /// A summary in words, in the chart's language: per series the latest value and its change
    /// on the year before, and the highest and lowest of the range. The canvas's accessible
    /// description.
    pub fn summary(&self) -> String {
        let lang = self.lang;
        let parts: Vec<String> = self
            .series
            .iter()
            .map(|s| {
                let known: Vec<(i32, f64, &Detail)> = s
                    .points
                    .iter()
                    .zip(&s.details)
                    .filter_map(|(&(y, v), d)| Some((y, v?, d.as_ref()?)))
                    .collect();
                let Some(&(ly, lv, ld)) = known.last() else {
                    return i18n::tr(lang, Key::DescNoValues, &[("series", (&s.label).into())]);
                };
                let mut text = i18n::tr(
                    lang,
                    Key::DescLatest,
                    &[
                        ("series", (&s.label).into()),
                        ("value", (&ld.value).into()),
                        ("period", (&ly.to_string()).into()),
                    ],
                );
                if let Some(&(py, pv, pd)) = known.len().checked_sub(2).and_then(|i| known.get(i)) {
                    let key = if lv >= pv {
                        Key::DescRose
                    } else {
                        Key::DescFell
                    };
                    text.push_str(", ");
                    text.push_str(&i18n::tr(
                        lang,
                        key,
                        &[
                            ("value", (&pd.value).into()),
                            ("period", (&py.to_string()).into()),
                        ],
                    ));
                }
                let hi = known.iter().max_by(|a, b| a.1.total_cmp(&b.1));
                let lo = known.iter().min_by(|a, b| a.1.total_cmp(&b.1));
                if let (Some(hi), Some(lo), true) = (hi, lo, known.len() > 2) {
                    text.push_str("; ");
                    text.push_str(&i18n::tr(
                        lang,
                        Key::DescRange,
                        &[
                            ("high", (&hi.2.value).into()),
                            ("high_period", (&hi.0.to_string()).into()),
                            ("low", (&lo.2.value).into()),
                            ("low_period", (&lo.0.to_string()).into()),
                        ],
                    ));
                }
                text
            })
            .collect();
        let mut out = format!(
            "{}, {}–{}. {}.",
            self.title,
            self.from,
            self.to,
            parts.join(". ")
        );
        for n in self
            .notes
            .iter()
            .filter(|n| self.note_anchor(n.year).is_some())
        {
            out.push(' ');
            out.push_str(&self.note_text(n));
            out.push('.');
        }
        out
    }

    /// A note as words say it: "Note (2023): Lowest since 2015".
    pub fn note_text(&self, n: &Note) -> String {
        format!(
            "{} ({}): {}",
            i18n::t(self.lang, Key::WordsNote),
            n.year,
            n.text
        )
    }

    /// The point a note at `year` is about: the series and point index, and the value; `None`
    /// when no line has a value that year (the note is then not drawn nor said).
    pub fn note_anchor(&self, year: i32) -> Option<(usize, usize, f64)> {
        let index = usize::try_from(year.checked_sub(self.from)?).ok()?;
        let at = |i: usize| Some((i, index, self.series.get(i)?.points.get(index)?.1?));
        // The strong (not quiet) lines first, then any.
        let strong = self.series.iter().enumerate().filter(|(_, s)| !s.quiet);
        strong
            .map(|(i, _)| i)
            .chain(0..self.series.len())
            .find_map(at)
    }
}

/// Years in the trend's range where `code`'s boundaries changed (the data layer's rule).
fn breaks_in(db: &Db, code: &RegionCode, f: &Filters) -> Vec<i32> {
    index::boundary_years(db, code)
        .into_iter()
        .filter(|y| (f.from..=f.to).contains(y))
        .collect()
}

/// A series' colour in selection order; the Republic is black and drawn emphasised.
fn series_color(
    code: &RegionCode,
    colors: &mut impl Iterator<Item = &'static (u8, u8, u8)>,
) -> ((u8, u8, u8), bool) {
    if code.is_republic() {
        (REPUBLIC_COLOR, true)
    } else {
        (colors.next().copied().unwrap_or(REPUBLIC_COLOR), false)
    }
}

/// A column of a table as a line: chart points (gaps `None`), revised points, read-outs.
fn line_of(db: &Db, lang: Lang, unit: Unit, c: &Column<'_>) -> ChartPoints {
    let mut points = Vec::new();
    let mut revised = Vec::new();
    let mut details = Vec::new();
    for (p, e) in &c.cells {
        let v = e.as_ref().ok();
        let y = v.map(|v| chart_value(unit, v.shown));
        points.push((p.year, y));
        if let (Some(v), Some(y)) = (v, y) {
            if v.revised {
                revised.push((p.year, y));
            }
        }
        details.push(
            v.zip(y)
                .map(|(v, y)| detail(db, lang, v, value_text(lang, unit, y))),
        );
    }
    (points, revised, details)
}

/// A series' chart points (`None` for gaps), the points whose value revises an earlier
/// release, and each point's read-out details.
type ChartPoints = (
    Vec<(i32, Option<f64>)>,
    Vec<(i32, f64)>,
    Vec<Option<Detail>>,
);

/// The trend chart of a trend table: the selected units over the years; for the level
/// measure, chain-linked levels (a broken chain is a gap); boundary changes are marked.
pub fn trend(db: &Db, f: &Filters, lang: Lang) -> TrendSpec {
    trend_of(db, f, lang, &table::trend(db, f))
}

/// [`trend`] from its table.
pub fn trend_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> TrendSpec {
    let mut colors = PALETTE.iter().cycle();
    let units: Vec<&RegionCode> = table
        .columns
        .iter()
        .filter_map(|c| c.key.region())
        .collect();
    let mut breaks = Vec::new();
    let series = table
        .columns
        .iter()
        .filter_map(|c| match &c.key {
            SeriesKey::Region(code) => db.region(code).map(|r| (c, code, r)),
            _ => None,
        })
        .map(|(c, code, region)| {
            let (points, revised, details) = line_of(db, lang, table.unit, c);
            breaks.extend(breaks_in(db, code, f));
            let (color, emphasis) = series_color(code, &mut colors);
            let end_label = if code.is_republic() {
                i18n::t(lang, Key::RepublicReference).to_owned()
            } else {
                i18n::region_short(lang, region).map_or_else(
                    || i18n::region_compact(i18n::region_name(lang, region)),
                    str::to_owned,
                )
            };
            Series {
                code: code.clone(),
                label: i18n::region_name(lang, region).to_owned(),
                end_label,
                color,
                emphasis,
                quiet: f.is_quiet(code, &units),
                points,
                revised,
                details,
            }
        })
        .collect();
    breaks.sort_unstable();
    breaks.dedup();
    let mut title = i18n::trend_title(lang, f.measure, f.currency, f.base);
    if let Some(a) = db
        .activity(&f.activity)
        .filter(|a| !a.code.is_total() && f.measure != Measure::Level)
    {
        title = format!("{}: {title}", i18n::activity_name(lang, a));
    }
    TrendSpec {
        lang,
        title,
        y_label: i18n::value_axis(lang, f.measure, f.currency, f.base),
        unit: readout_unit(lang, f.measure, f.currency, f.base),
        from: f.from,
        to: f.to,
        reference: (f.measure != Measure::Volume).then_some(100.0),
        breaks,
        series,
        direct_labels: false,
        notes: Vec::new(),
    }
}

/// The selected activity's IIP over the years, for the period type of the chosen period;
/// `None` when fewer than two such periods have a value.
pub fn activity_trend(db: &Db, f: &Filters, lang: Lang) -> Option<TrendSpec> {
    activity_trend_of(db, f, lang, &table::activity_trend(db, f))
}

/// [`activity_trend`] from its table.
pub fn activity_trend_of(db: &Db, f: &Filters, lang: Lang, table: &Table<'_>) -> Option<TrendSpec> {
    let activity = db.activity(&f.activity)?;
    let column = table.columns.first()?;
    let (from, to) = (column.cells.first()?.0.year, column.cells.last()?.0.year);
    let (points, revised, details) = line_of(db, lang, table.unit, column);
    let kind_name = i18n::period_type_name(lang, f.period.kind);
    let basis = format!("{} ({kind_name})", i18n::t(lang, Key::SamePeriodBasis));
    Some(TrendSpec {
        lang,
        title: format!(
            "{}: {}, {kind_name}",
            i18n::activity_name(lang, activity),
            i18n::t(lang, Key::Iip)
        ),
        y_label: basis.clone(),
        unit: basis,
        from,
        to,
        reference: Some(100.0),
        breaks: Vec::new(),
        direct_labels: false,
        notes: Vec::new(),
        series: vec![Series {
            code: RegionCode::republic(),
            label: i18n::activity_name(lang, activity).to_owned(),
            end_label: i18n::activity_name(lang, activity).to_owned(),
            color: PALETTE[0],
            emphasis: false,
            quiet: false,
            points,
            revised,
            details,
        }],
    })
}

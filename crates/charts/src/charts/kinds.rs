//! The registry of chart kinds: for each, its value table, its chart (from that table), its
//! downloads' file stem, its heights and the explorer view it belongs to (whose
//! [`View::controls`] are the filters it reads). The explorer's panels, the widget, the share
//! dialog and the exports look a kind up here instead of matching on it each.

use crate::data::{ActivityCode, Db, SourceId, Status};
use crate::i18n::{Key, Lang};
use crate::state::widget::ChartKind;
use crate::state::{Filters, View};
use crate::table::{self, Table};

use super::any::AnyChart;
use super::export::{self, Csv};
use super::{map, spec};

/// What the app knows about one chart kind.
pub struct Kind {
    pub kind: ChartKind,
    /// The explorer's view that shows it.
    pub view: View,
    /// Its name in the share dialog's list.
    pub label: Key,
    /// Its value table.
    pub table: for<'a> fn(&'a Db, &Filters) -> Table<'a>,
    /// Its chart, from its table.
    pub chart: fn(&Db, &Filters, Lang, &Table<'_>) -> AnyChart,
    /// The canvas height in a widget (CSS pixels), given the chart.
    pub widget_height: fn(&AnyChart) -> u32,
    /// The height of its exported image (CSS pixels).
    pub export_height: u32,
    /// The height (CSS px) an embed snippet gives the iframe: enough for the title, chart,
    /// source line and links at column widths 320–720 px without the host's listener script.
    pub snippet_height: u32,
}

/// Every kind, in [`ChartKind::ALL`]'s order.
pub static KINDS: [Kind; 5] = [
    Kind {
        kind: ChartKind::Trend,
        label: Key::ChartTrend,
        view: View::Trend,
        table: table::trend,
        chart: |db, f, lang, t| spec::trend_of(db, f, lang, t).into(),
        widget_height: |_| 300,
        export_height: 340,
        snippet_height: 700,
    },
    Kind {
        kind: ChartKind::Ranking,
        label: Key::ChartRanking,
        view: View::Ranking,
        table: table::ranking,
        chart: |db, f, lang, t| spec::ranking_of(db, f, lang, t).into(),
        widget_height: |_| 480,
        export_height: 400,
        snippet_height: 760,
    },
    Kind {
        kind: ChartKind::Activity,
        label: Key::ChartActivity,
        view: View::Activities,
        table: table::activities,
        chart: |db, f, lang, t| spec::activity_bars_of(db, f, lang, t).into(),
        widget_height: |_| 380,
        export_height: 400,
        snippet_height: 660,
    },
    Kind {
        kind: ChartKind::Composition,
        label: Key::ChartComposition,
        view: View::Composition,
        table: |db, _| table::composition(db),
        chart: |_, _, lang, t| spec::composition_of(lang, t).into(),
        widget_height: |c| match c {
            AnyChart::Composition(s) => composition_height(s.rows.len()),
            _ => 300,
        },
        export_height: 400,
        snippet_height: 560,
    },
    Kind {
        kind: ChartKind::Map,
        label: Key::ViewMap,
        view: View::Map,
        table: table::map,
        chart: |db, f, lang, t| map::map_of(db, f, lang, t).into(),
        widget_height: |_| 340,
        export_height: 420,
        snippet_height: 620,
    },
];

/// The registry's entry of `kind`.
pub fn of(kind: ChartKind) -> &'static Kind {
    KINDS.iter().find(|k| k.kind == kind).unwrap_or(&KINDS[0])
}

/// The stacked bars' height for `rows` periods.
pub fn composition_height(rows: usize) -> u32 {
    60 + 34 * rows as u32
}

impl Kind {
    /// Its CSV: every value of its table.
    pub fn csv(&self, db: &Db, f: &Filters, lang: Lang, t: &Table<'_>) -> Csv {
        export::table_csv(db, lang, t, export::file_stem(self.kind.key(), f))
    }

    /// Its CSV for a selection.
    pub fn csv_for(&self, db: &Db, f: &Filters, lang: Lang) -> Csv {
        self.csv(db, f, lang, &(self.table)(db, f))
    }

    /// What its source list cites: its table's sources; the activity view's tables also show
    /// each listed activity's volume and share, and every release of the chosen activity.
    pub fn cites<'a>(&self, db: &'a Db, f: &Filters, t: &Table<'a>) -> Vec<(&'a SourceId, Status)> {
        let mut out = t.sources(db);
        if self.kind == ChartKind::Activity {
            let listed: Vec<&ActivityCode> =
                t.columns.iter().filter_map(|c| c.key.activity()).collect();
            let shown = db.observations.iter().filter(|o| {
                o.geo.is_republic()
                    && (o.activity == f.activity
                        || (o.period == f.period && listed.contains(&&o.activity)))
            });
            for c in shown.map(|o| (&o.source, o.status)) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
        out
    }
}

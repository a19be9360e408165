//! One table cell of a view's table value: the value as tables write it, its status,
//! restatement, uncertainty and derived marks, and — where a published figure has several
//! releases — the list of them, preliminary first.

use leptos::prelude::*;

use crate::charts::spec::{missing_text, table_text};
use crate::data::select::{history, releases, Cell};
use crate::i18n::{status_mark, status_name, t, Key};
use crate::state::{Currency, Measure};
use crate::table::{self, Derivation, Entry, Table, Unit};

use crate::components::app::use_ctx;

/// How a cell of a published figure is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A measure in the table's currency.
    Measure(Measure, Currency),
    /// A share of total output.
    Share,
}

/// A `<td>` for a published cell (the activity rows): its best release, as the view's table
/// would hold it.
#[component]
pub fn ValueCell(
    /// The cell to show.
    cell: Cell,
    /// How it is measured.
    format: Format,
) -> impl IntoView {
    let ctx = use_ctx();
    let (m, cur) = match format {
        Format::Measure(m, cur) => (m, cur),
        Format::Share => (Measure::Iip, Currency::Kzt),
    };
    let unit = match format {
        Format::Share => Unit::SharePct,
        Format::Measure(m, cur) => table::Unit::of(m, cur, 0),
    };
    let entry = table::published_cell(ctx.db, &cell, m, cur);
    view! { <EntryCell entry=entry unit=unit /> }
}

/// The `<td>`s of row `i` of a table, one per column (the period rows of the trend and the
/// composition mirrors).
pub fn row_cells(table: &Table<'static>, i: usize) -> impl IntoView {
    table
        .columns
        .iter()
        .map(|c| match c.cells.get(i) {
            Some((_, e)) => view! { <EntryCell entry=e.clone() unit=table.unit /> }.into_any(),
            None => view! { <td></td> }.into_any(),
        })
        .collect_view()
}

/// A `<td>` for one entry of a view's table: the value, or why there is none.
#[component]
pub fn EntryCell(
    /// The table's entry.
    entry: Entry<'static>,
    /// The table's unit.
    unit: Unit,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let v = match entry {
        Ok(v) => v,
        Err(m) => {
            return view! { <td class="kz-iip-gap">{missing_text(lang, m)}</td> }.into_any();
        }
    };
    let rate = match v.derivation {
        Derivation::Dollars(r) => {
            let src = db.source(&r.source).map_or("", |s| s.title.as_str());
            let how = r.implied_by.as_deref().unwrap_or_default();
            Some(format!(
                "{} {:.2} KZT/USD ({how}; {src})",
                t(lang, Key::Rate),
                r.kzt_per_usd,
            ))
        }
        _ => None,
    };
    let stated = v.stated;
    // Identical copies of one figure (a table and its database copy) are not listed: the
    // source note names both.
    let list = stated.filter(|_| v.revised).map(|o| {
        let cell = Cell::of(o);
        let count = releases(db, &cell).len();
        let items = history(db, &cell)
            .into_iter()
            .map(|o| {
                let src = db.source(&o.source);
                let date = crate::components::date_text(
                    lang,
                    o.published(db),
                    src.is_some_and(|s| s.date_inferred),
                );
                let text = match v.derivation {
                    Derivation::Dollars(r) => table_text(lang, unit, o.value / r.kzt_per_usd),
                    _ => table_text(lang, unit, o.value),
                };
                view! {
                    <li>
                        <span class="kz-iip-num">{text}</span> " " {status_name(lang, o.status)}
                        " — " <crate::components::SourceTitle source=src lang=lang /> {date}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="kz-iip-releases">
                <summary>{count} " " {t(lang, Key::Releases)}</summary>
                <ol>{items}</ol>
            </details>
        }
    });
    let mut sup = status_mark(v.status).to_owned();
    if stated.is_some_and(|o| o.is_restated()) {
        sup.push('*');
    }
    let uncertain = stated.is_some_and(|o| o.uncertain);
    if uncertain {
        sup.push('?');
    }
    let derived = v
        .is_derived()
        .then(|| view! { <span class="kz-iip-derived">" (" {t(lang, Key::Derived)} ")"</span> });
    let sup_title = if uncertain {
        t(lang, Key::UncertainReading)
    } else {
        ""
    };
    let revised_mark = v
        .revised
        .then(|| view! { <span class="kz-iip-revised" title=t(lang, Key::Revised)>"○"</span> });
    let text = match v.derivation {
        Derivation::Growth { annual_pct, .. } => format!(
            "{} ({} {})",
            table_text(lang, unit, v.shown),
            table_text(lang, unit, annual_pct),
            t(lang, Key::AvgAnnual)
        ),
        _ => table_text(lang, unit, v.shown),
    };
    view! {
        <td class="kz-iip-num" title=rate.unwrap_or_default()>
            <span class="kz-iip-value">{text}</span>
            <sup title=sup_title>{sup}</sup>
            {derived}
            {revised_mark}
            {list}
        </td>
    }
    .into_any()
}

/// The formula under a table of derived values (levels, growth, shares); nothing otherwise.
#[component]
pub fn FormulaNote(
    /// The table's unit.
    unit: Unit,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let key = match unit {
        Unit::Level { .. } => Some(Key::LevelFormula),
        Unit::GrowthPct { .. } => Some(Key::GrowthFormula),
        Unit::SharePct => Some(Key::ShareFormula),
        Unit::Index | Unit::MlnTenge | Unit::MlnUsd => None,
    };
    key.map(|k| view! { <p class="kz-iip-table-note">{t(lang, k)}</p> })
}

//! The table mirror of the ranking chart: every unit of the chosen year, ranked, with status
//! and source, those without a value after them with the reason, the Republic as a footer
//! row — read from the same value table as the chart.

use leptos::prelude::*;

use crate::charts::spec::missing_text;
use crate::i18n::{region_name, status_name, t, value_column, Key};
use crate::state::Measure;
use crate::table::{Column, SeriesKey, Table, Unit};

use crate::components::app::use_ctx;
use crate::components::{EntryCell, FormulaNote, SourceTitle};

/// Same numbers as the ranking chart.
#[component]
pub fn RankingTable(
    /// The ranking's value table (the chart's own).
    #[prop(into)]
    table: Signal<Table<'static>>,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        table.with(|table| {
        let unit = table.unit;
        let (year, measure, currency, base) =
            filters.with(|f| (f.year, f.measure, f.currency, f.base));
        let row = move |rank: Option<usize>, c: &Column<'static>, republic: bool| {
            let SeriesKey::Region(code) = &c.key else {
                return None;
            };
            let name = if republic {
                t(lang, Key::Republic).to_owned()
            } else {
                db.region(code)
                    .map_or_else(|| code.to_string(), |r| region_name(lang, r).to_owned())
            };
            let (_, e) = c.cells.first()?.clone();
            let rest = match &e {
                Ok(v) => {
                    // A published value names its source; a derived one its formula's sources
                    // are in the note below.
                    let source = v
                        .stated
                        .filter(|_| !v.is_derived() || measure == Measure::Volume);
                    let status = status_name(lang, v.status);
                    view! {
                        <EntryCell entry=e.clone() unit=unit />
                        <td>{status}</td>
                        <td>{source.map(|o| view! { <SourceTitle source=db.source(&o.source) lang=lang /> })}</td>
                    }
                    .into_any()
                }
                Err(m) => {
                    view! { <td class="kz-iip-gap" colspan="3">{missing_text(lang, *m)}</td> }
                        .into_any()
                }
            };
            Some(view! {
                <tr data-code=code.to_string()>
                    <td class="kz-iip-num">{rank}</td>
                    <th scope="row">{name}</th>
                    {rest}
                </tr>
            })
        };
        let mut rank = 0;
        let rows = table
            .columns
            .iter()
            .map(|c| {
                let ranked = c.cells.first().is_some_and(|(_, e)| e.is_ok());
                rank += usize::from(ranked);
                row(ranked.then_some(rank), c, false)
            })
            .collect_view();
        let foot = table
            .reference
            .as_ref()
            .map(|c| view! { <tfoot>{row(None, c, true)}</tfoot> });
        let head = match unit {
            Unit::GrowthPct { .. } => crate::i18n::tr(
                lang,
                Key::AxisGrowth,
                &[
                    ("from", (&base.to_string()).into()),
                    ("to", (&year.to_string()).into()),
                ],
            ),
            _ => value_column(lang, measure, currency, base),
        };
        let empty = (measure == Measure::Level && base >= year)
            .then(|| view! { <p class="kz-iip-hint">{t(lang, Key::GrowthNeedsYears)}</p> });
        view! {
            {empty}
            <table class="kz-iip-table kz-iip-ranking-table">
                <caption>{t(lang, Key::DataTable)} ", " {year} ": " {head.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::Rank)}</th>
                        <th scope="col">{t(lang, Key::Region)}</th>
                        <th scope="col">{head}</th>
                        <th scope="col">{t(lang, Key::Status)}</th>
                        <th scope="col">{t(lang, Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                {foot}
            </table>
            <FormulaNote unit=unit />
        }
        })
    }
}

//! The table mirror of the trend chart: one row per year, one column per selected unit.

use leptos::prelude::*;

use crate::charts::spec::{break_text, gap_text};
use crate::data::select::{series, Cell};
use crate::data::{index, Db, PeriodType};
use crate::i18n::{fmt_index, region_name, status_mark, t, value_column, Key, Lang};
use crate::state::{Filters, Measure};

use super::app::use_ctx;
use super::{Format, ValueCell};

/// Same numbers as the trend chart, with status markers, releases and the reason for every gap.
#[component]
pub fn TrendTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        let f = filters.get();
        if f.measure == Measure::Level {
            return level_table(db, lang, &f).into_any();
        }
        let indicator = f.measure.indicator();
        let format = Format::Measure(f.measure, f.currency);
        let cols: Vec<_> = f
            .regions
            .iter()
            .filter_map(|c| db.region(c))
            .map(|r| {
                let s = series(
                    db,
                    &r.code,
                    &f.activity,
                    indicator,
                    PeriodType::Year,
                    (f.from, f.to),
                );
                (r, s)
            })
            .collect();
        let head = cols
            .iter()
            .map(|(r, _)| view! { <th scope="col">{region_name(lang, r).to_owned()}</th> })
            .collect_view();
        let rows = (f.from..=f.to)
            .enumerate()
            .map(|(i, year)| {
                let cells = cols
                    .iter()
                    .map(|(_, s)| match s.get(i).map(|p| p.1) {
                        Some(Ok(o)) => {
                            let cell = Cell::of(o);
                            view! { <ValueCell cell=cell format=format /> }.into_any()
                        }
                        Some(Err(gap)) => {
                            view! { <td class="kz-iip-gap">{gap_text(lang, gap)}</td> }.into_any()
                        }
                        None => view! { <td></td> }.into_any(),
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{year}</th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="kz-iip-table kz-iip-trend-table">
                <caption>
                    {t(lang, Key::DataTable)} ": " {value_column(lang, f.measure, f.currency, f.base)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::Year)}</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    }
}

/// The chained levels: one row per year, a derived value with its status, or the break.
fn level_table(db: &'static Db, lang: Lang, f: &Filters) -> impl IntoView {
    let cols: Vec<_> = f
        .regions
        .iter()
        .filter_map(|c| db.region(c))
        .map(|r| (r, index::levels(db, &r.code, f.from, f.to, f.base)))
        .collect();
    let head = cols
        .iter()
        .map(|(r, _)| view! { <th scope="col">{region_name(lang, r).to_owned()}</th> })
        .collect_view();
    let rows = (f.from..=f.to)
        .enumerate()
        .map(|(i, year)| {
            let cells = cols
                .iter()
                .map(|(_, pts)| match pts.get(i).map(|p| p.level) {
                    Some(Ok(d)) => view! {
                        <td class="kz-iip-num">
                            <span class="kz-iip-value">{fmt_index(lang, d.value)}</span>
                            <sup>{status_mark(d.status)}</sup>
                        </td>
                    }
                    .into_any(),
                    Some(Err(b)) => {
                        view! { <td class="kz-iip-gap">{break_text(lang, b)}</td> }.into_any()
                    }
                    None => view! { <td></td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{year}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="kz-iip-table kz-iip-trend-table">
            <caption>
                {t(lang, Key::DataTable)} ": " {value_column(lang, Measure::Level, f.currency, f.base)}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Key::Year)}</th>
                    {head}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        <p class="kz-iip-table-note">{t(lang, Key::LevelFormula)}</p>
    }
}

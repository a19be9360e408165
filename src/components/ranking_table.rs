//! The table mirror of the ranking chart: every unit of the chosen year, ranked, with status
//! and source, the Republic as a footer row.

use leptos::prelude::*;

use crate::charts::spec::ranking;
use crate::data::select::{self, best, Cell};
use crate::data::{Db, Period, RegionCode};
use crate::i18n::{region_name, status_mark, status_name, t, value_column, Key, Lang};
use crate::state::{Filters, Measure};

use super::app::use_ctx;
use super::{Format, SourceTitle, ValueCell};

/// Same numbers as the ranking chart.
#[component]
pub fn RankingTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        let (year, measure, currency, base) =
            filters.with(|f| (f.year, f.measure, f.currency, f.base));
        if measure == Measure::Level {
            return growth_table(db, lang, &filters.get()).into_any();
        }
        let format = Format::Measure(measure, currency);
        let period = Period::year(year);
        let rows = select::ranking(db, measure.indicator(), year)
            .into_iter()
            .enumerate()
            .map(|(i, (r, o))| {
                let name = region_name(lang, r).to_owned();
                match o {
                    Some(o) => view! {
                        <tr data-code=r.code.to_string()>
                            <td class="kz-iip-num">{i + 1}</td>
                            <th scope="row">{name}</th>
                            <ValueCell cell=Cell::total(&r.code, o.indicator, period) format=format />
                            <td>{status_name(lang, o.status)}</td>
                            <td><SourceTitle source=db.source(&o.source) lang=lang /></td>
                        </tr>
                    }
                    .into_any(),
                    None => view! {
                        <tr data-code=r.code.to_string()>
                            <td></td>
                            <th scope="row">{name}</th>
                            <td class="kz-iip-gap" colspan="3">{t(lang, Key::NoData)}</td>
                        </tr>
                    }
                    .into_any(),
                }
            })
            .collect_view();
        let republic = RegionCode::republic();
        let cell = Cell::total(&republic, measure.indicator(), period);
        let foot = best(db, &cell).map(|o| {
            view! {
                <tfoot>
                    <tr data-code=republic.to_string()>
                        <td></td>
                        <th scope="row">{t(lang, Key::Republic)}</th>
                        <ValueCell cell=cell.clone() format=format />
                        <td>{status_name(lang, o.status)}</td>
                        <td><SourceTitle source=db.source(&o.source) lang=lang /></td>
                    </tr>
                </tfoot>
            }
        });
        view! {
            <table class="kz-iip-table kz-iip-ranking-table">
                <caption>
                    {t(lang, Key::DataTable)} ", " {year} ": " {value_column(lang, measure, currency, base)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::Rank)}</th>
                        <th scope="col">{t(lang, Key::Region)}</th>
                        <th scope="col">{value_column(lang, measure, currency, base)}</th>
                        <th scope="col">{t(lang, Key::Status)}</th>
                        <th scope="col">{t(lang, Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                {foot}
            </table>
        }
        .into_any()
    }
}

/// Cumulative growth from the base year: ranked regions, then those whose chain is broken.
fn growth_table(db: &'static Db, lang: Lang, f: &Filters) -> impl IntoView {
    let spec = ranking(db, f, lang);
    let rows = spec
        .bars
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let d = b.detail.clone();
            view! {
                <tr data-code=b.code.clone()>
                    <td class="kz-iip-num">{i + 1}</td>
                    <th scope="row">{b.label.clone()}</th>
                    <td class="kz-iip-num">
                        <span class="kz-iip-value">{b.text.clone()}</span>
                        <sup>{d.as_ref().map(|d| status_mark(d.status))}</sup>
                    </td>
                    <td>{d.as_ref().map(|d| d.value.clone())}</td>
                    <td>{d.map(|d| status_name(lang, d.status))}</td>
                </tr>
            }
        })
        .collect_view();
    let apart = spec
        .missing
        .iter()
        .map(|m| view! { <li>{m.clone()}</li> })
        .collect_view();
    let foot = spec.reference.as_ref().map(|r| {
        view! {
            <tfoot>
                <tr>
                    <td></td>
                    <th scope="row">{t(lang, Key::Republic)}</th>
                    <td class="kz-iip-num">{r.text.clone()}</td>
                    <td></td>
                    <td></td>
                </tr>
            </tfoot>
        }
    });
    let empty = (f.base >= f.year)
        .then(|| view! { <p class="kz-iip-hint">{t(lang, Key::GrowthNeedsYears)}</p> });
    view! {
        {empty}
        <table class="kz-iip-table kz-iip-ranking-table">
            <caption>{t(lang, Key::DataTable)} ": " {spec.title.clone()}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Key::Rank)}</th>
                    <th scope="col">{t(lang, Key::Region)}</th>
                    <th scope="col">{spec.x_label.clone()}</th>
                    <th scope="col">{t(lang, Key::AvgAnnual)}</th>
                    <th scope="col">{t(lang, Key::Status)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            {foot}
        </table>
        <p class="kz-iip-table-note"><strong>{t(lang, Key::ChainBrokenApart)} ": "</strong></p>
        <ul class="kz-iip-broken">{apart}</ul>
        <p class="kz-iip-table-note">{t(lang, Key::GrowthFormula)}</p>
    }
}

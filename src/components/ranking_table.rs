//! The table mirror of the ranking chart: every unit of the chosen year, ranked, with status
//! and source, the Republic as a footer row.

use leptos::prelude::*;

use crate::data::select::{best, ranking, Cell};
use crate::data::{Period, RegionCode};
use crate::i18n::{region_name, status_name, t, value_column, Key};

use super::app::use_ctx;
use super::{Format, SourceTitle, ValueCell};

/// Same numbers as the ranking chart.
#[component]
pub fn RankingTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        let (year, measure, currency) = filters.with(|f| (f.year, f.measure, f.currency));
        let format = Format::Measure(measure, currency);
        let period = Period::year(year);
        let rows = ranking(db, measure.indicator(), year)
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
                    {t(lang, Key::DataTable)} ", " {year} ": " {value_column(lang, measure, currency)}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t(lang, Key::Rank)}</th>
                        <th scope="col">{t(lang, Key::Region)}</th>
                        <th scope="col">{value_column(lang, measure, currency)}</th>
                        <th scope="col">{t(lang, Key::Status)}</th>
                        <th scope="col">{t(lang, Key::Source)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
                {foot}
            </table>
        }
    }
}

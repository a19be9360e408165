//! The table mirror of the trend chart: one row per year, one column per selected unit.

use leptos::prelude::*;

use crate::charts::spec::gap_text;
use crate::data::select::{series, Cell};
use crate::data::PeriodType;
use crate::i18n::{region_name, t, value_column, Key};

use super::app::use_ctx;
use super::{Format, ValueCell};

/// Same numbers as the trend chart, with status markers, releases and the reason for every gap.
#[component]
pub fn TrendTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    move || {
        let f = filters.get();
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
                    {t(lang, Key::DataTable)} ": " {value_column(lang, f.measure, f.currency)}
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
    }
}

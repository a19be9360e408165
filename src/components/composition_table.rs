//! The table mirror of the composition chart: mining, manufacturing and the rest per period,
//! stated shares with their status, derived ones labelled.

use leptos::prelude::*;

use crate::data::select::{compositions, Share};
use crate::i18n::{fmt_share, period_name, period_type_name, status_mark, t, Key};

use super::app::use_ctx;

/// Same numbers as the composition chart.
#[component]
pub fn CompositionTable() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let share_cell = move |s: Share<'_>| {
        let mark = if s.derived_from_total.is_some() {
            format!("({}){}", t(lang, Key::Derived), status_mark(s.status()))
        } else {
            status_mark(s.status()).to_owned()
        };
        view! {
            <td class="kz-iip-num">{fmt_share(lang, s.percent)} <sup>{mark}</sup></td>
        }
    };
    let rows = compositions(db)
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{period_name(lang, c.period)}</th>
                    <td>{period_type_name(lang, c.period.kind)}</td>
                    {share_cell(c.mining)}
                    {share_cell(c.manufacturing)}
                    <td class="kz-iip-num">
                        {fmt_share(lang, c.rest)} <sup>"(" {t(lang, Key::Derived)} ")"</sup>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="kz-iip-table kz-iip-composition-table">
            <caption>{t(lang, Key::CompositionTitle)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Key::Period)}</th>
                    <th scope="col">{t(lang, Key::PeriodType)}</th>
                    <th scope="col">{t(lang, Key::Mining)}</th>
                    <th scope="col">{t(lang, Key::Manufacturing)}</th>
                    <th scope="col">{t(lang, Key::Rest)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

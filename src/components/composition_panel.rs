//! Shares of mining, manufacturing and the rest of industry in total output, per period.

use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::draw::draw_composition;
use crate::charts::spec::{composition, css_color, COMPOSITION};
use crate::data::select::{compositions, Share};
use crate::i18n::{fmt_share, period_name, period_type_name, status_mark, t, Key};

use super::app::use_ctx;
use super::source_note::{SourceItem, SourceNote};

/// Stacked bars + table + sources.
#[component]
pub fn CompositionPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let spec = composition(db, lang);
    let height = 60 + 34 * spec.rows.len() as u32;
    let label = format!(
        "{}: {}",
        spec.title,
        spec.rows
            .iter()
            .map(|r| format!(
                "{} {:.1} / {:.1} / {:.1}",
                r.label, r.parts[0], r.parts[1], r.parts[2]
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let legend = spec
        .part_names
        .iter()
        .zip(COMPOSITION)
        .map(|(name, color)| {
            view! {
                <li>
                    <span class="kz-iip-swatch kz-iip-swatch-block" style=format!("background:{}", css_color(color))></span>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    let share_cell = move |s: Share<'_>| {
        let derived = s.derived_from_total.is_some();
        let mark = if derived {
            format!("({})", t(lang, Key::Derived))
        } else {
            status_mark(s.from.status).to_owned()
        };
        view! {
            <td class="kz-iip-num">
                {fmt_share(lang, s.percent)} <sup>{mark}</sup>
            </td>
        }
    };
    let all = compositions(db);
    let rows = all
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{period_name(lang, c.period)}</th>
                    <td>{period_type_name(lang, c.period.kind)}</td>
                    {share_cell(c.mining)}
                    {share_cell(c.manufacturing)}
                    <td class="kz-iip-num">{fmt_share(lang, c.rest)} <sup>"(" {t(lang, Key::Derived)} ")"</sup></td>
                </tr>
            }
        })
        .collect_view();
    let obs = all.iter().flat_map(|c| {
        [
            Some(c.mining.from),
            c.mining.derived_from_total,
            Some(c.manufacturing.from),
            c.manufacturing.derived_from_total,
        ]
        .into_iter()
        .flatten()
    });
    let sources = SourceItem::collect(db, obs);
    let spec = Signal::stored(spec);
    let no_notes: Vec<String> = Vec::new();
    view! {
        <section class="kz-iip-panel kz-iip-composition" id="kz-iip-composition" aria-labelledby="kz-iip-composition-title">
            <h2 id="kz-iip-composition-title">{t(lang, Key::CompositionTitle)}</h2>
            <p class="kz-iip-hint">{t(lang, Key::CompositionHint)}</p>
            <ChartCanvas spec=spec draw=draw_composition height=height label=label />
            <ul class="kz-iip-legend">{legend}</ul>
            <details class="kz-iip-table-wrap" open>
                <summary>{t(lang, Key::DataTable)}</summary>
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
            </details>
            <SourceNote items=sources notes=no_notes lang=lang />
        </section>
    }
}

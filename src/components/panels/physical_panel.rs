//! Physical output of key products (steel, ferroalloys, coal, oil, gas) as published.

use leptos::prelude::*;

use crate::i18n::{
    fmt_decimal, fmt_share, period_name, physical_unit, product_name, status_name, t, Key,
};

/// Decimals as published (up to 3): 4 → 0, 2.4 → 1, 59.063 → 3.
fn decimals(v: f64) -> u8 {
    (0..3u8)
        .find(|&d| {
            ((v * 10f64.powi(i32::from(d))).round() - v * 10f64.powi(i32::from(d))).abs() < 1e-6
        })
        .unwrap_or(3)
}

use crate::components::app::use_ctx;
use crate::components::SourceTitle;

/// A table of products, newest first, with context sentences.
#[component]
pub fn PhysicalPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let mut items: Vec<_> = db.physical.iter().collect();
    crate::data::sort::sort_by_key(&mut items, |p| {
        (std::cmp::Reverse(p.period.end_index()), p.product.clone())
    });
    let rows = items
        .into_iter()
        .map(|p| {
            let src = db.source(&p.source);
            let digits = if p.unit == "t" { 0 } else { decimals(p.value) };
            let value = fmt_decimal(lang, p.value, digits);
            let change = p
                .change_pct
                .map(|c| format!("{}{}", if c > 0.0 { "+" } else { "" }, fmt_share(lang, c)))
                .unwrap_or_default();
            let product = match product_name(lang, db, &p.product) {
                Some(name) => view! { <span>{name}</span> }.into_any(),
                None => view! { <span lang="en">{p.product.clone()}</span> }.into_any(),
            };
            // Roles and labels for the stacked layout on phones (see `StackHead`).
            let change_label = (!change.is_empty()).then(|| t(lang, Key::Change));
            view! {
                <tr role="row">
                    <th scope="row" role="rowheader">{product}</th>
                    <td role="cell" data-label=t(lang, Key::Period)>{period_name(lang, p.period)}</td>
                    <td role="cell" class="kz-iip-num" data-label=t(lang, Key::Quantity)>{value} " " {physical_unit(lang, &p.unit)}</td>
                    <td role="cell" class="kz-iip-num" data-label=change_label>{change}</td>
                    <td role="cell" data-label=t(lang, Key::Status)>{status_name(lang, p.status)}</td>
                    <td role="cell" data-label=t(lang, Key::Source)><SourceTitle source=src lang=lang /> <span lang="en">{p.note.clone().map(|n| format!(" — {n}"))}</span></td>
                </tr>
            }
        })
        .collect_view();
    let context = db
        .physical_context
        .iter()
        .map(|f| view! { <li lang="en">{f.text.clone()}</li> })
        .collect_view();
    view! {
        <section class="kz-iip-panel kz-iip-physical" id="kz-iip-physical" aria-labelledby="kz-iip-physical-title">
            <h2 id="kz-iip-physical-title">{t(lang, Key::PhysicalTitle)}</h2>
            <div class="kz-iip-table-wrap">
                <table class="kz-iip-table kz-iip-stack kz-iip-physical-table" role="table">
                    <crate::components::StackHead columns=vec![Key::Product, Key::Period, Key::Quantity, Key::Change, Key::Status, Key::Source] />
                    <tbody role="rowgroup">{rows}</tbody>
                </table>
            </div>
            <ul class="kz-iip-notes">{context}</ul>
        </section>
    }
}

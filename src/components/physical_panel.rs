//! Physical output of key products (steel, ferroalloys, coal, oil, gas) as published.

use leptos::prelude::*;

use crate::i18n::{period_name, status_name, t, Key};

use super::app::use_ctx;

fn unit_text(unit: &str) -> &'static str {
    match unit {
        "mn_t" => "million t",
        "t" => "t",
        "bn_m3" => "billion m³",
        "bn_kwh" => "billion kWh",
        _ => "",
    }
}

/// A table of products, newest first, with context sentences.
#[component]
pub fn PhysicalPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let mut items: Vec<_> = db.physical.iter().collect();
    items.sort_by_key(|p| (std::cmp::Reverse(p.period.end_index()), p.product.clone()));
    let rows = items
        .into_iter()
        .map(|p| {
            let src = db
                .source(&p.source)
                .map_or_else(String::new, |s| s.title.clone());
            let value = if p.unit == "t" {
                crate::i18n::fmt_int(lang, p.value)
            } else {
                format!("{}", p.value)
            };
            let change = p
                .change_pct
                .map(|c| format!("{c:+.1} %"))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{p.product.clone()}</th>
                    <td>{period_name(lang, p.period)}</td>
                    <td class="kz-iip-num">{value} " " {unit_text(&p.unit)}</td>
                    <td class="kz-iip-num">{change}</td>
                    <td>{status_name(lang, p.status)}</td>
                    <td>{src} {p.note.clone().map(|n| format!(" — {n}"))}</td>
                </tr>
            }
        })
        .collect_view();
    let context = db
        .physical_context
        .iter()
        .map(|f| view! { <li>{f.text.clone()}</li> })
        .collect_view();
    view! {
        <section class="kz-iip-panel kz-iip-physical" id="kz-iip-physical" aria-labelledby="kz-iip-physical-title">
            <h2 id="kz-iip-physical-title">{t(lang, Key::PhysicalTitle)}</h2>
            <div class="kz-iip-table-wrap">
                <table class="kz-iip-table kz-iip-physical-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Key::Product)}</th>
                            <th scope="col">{t(lang, Key::Period)}</th>
                            <th scope="col">{t(lang, Key::Quantity)}</th>
                            <th scope="col">{t(lang, Key::Change)}</th>
                            <th scope="col">{t(lang, Key::Status)}</th>
                            <th scope="col">{t(lang, Key::Source)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul class="kz-iip-notes">{context}</ul>
        </section>
    }
}

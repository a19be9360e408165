//! The five major investment projects of seed 003, each with its region.

use leptos::prelude::*;

use crate::data::Qualifier;
use crate::i18n::{fmt_decimal, fmt_int, region_name, status_name, t, tr, Key};

use crate::components::app::use_ctx;

/// A table of the projects; those in the selected regions are highlighted.
#[component]
pub fn ProjectsPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let rows = db
        .projects
        .iter()
        .map(|p| {
            let region = db.region(&p.region).map_or_else(String::new, |r| region_name(lang, r).to_owned());
            let code = p.region.clone();
            let selected = move || filters.with(|f| f.regions.contains(&code));
            let investment = p
                .investment_usd_bn
                .map(|v| {
                    let amount = format!("{} {}", fmt_decimal(lang, v, if v.fract() == 0.0 { 0 } else { 1 }), t(lang, Key::UsdBn));
                    // The source's «up to», «exceeds» stay with the number.
                    match p.investment_qualifier {
                        Some(q) => tr(lang, qualifier_key(q), &[("amount", (&amount).into())]),
                        None => amount,
                    }
                })
                .unwrap_or_else(|| "—".into());
            let jobs = p.jobs_text.clone().or_else(|| p.jobs.map(|j| fmt_int(lang, f64::from(j)))).unwrap_or_default();
            let jobs_label = (!jobs.is_empty()).then(|| t(lang, Key::Jobs));
            let timing = [p.timing.clone(), Some(p.status_text.clone())].into_iter().flatten().collect::<Vec<_>>().join(". ");
            view! {
                // Roles and labels for the stacked layout on phones (see `StackHead`).
                <tr role="row" id=format!("kz-iip-project-{}", p.id) class:kz-iip-selected=selected data-region=p.region.to_string()>
                    <th scope="row" role="rowheader">{region}</th>
                    <td role="cell" lang="en" data-label=t(lang, Key::Product)>{p.product.clone()} {p.company.clone().map(|c| format!(" — {c}"))}</td>
                    <td role="cell" lang="en" data-label=t(lang, Key::Capacity)>{p.capacity.clone().unwrap_or_else(|| "—".into())}</td>
                    <td role="cell" class="kz-iip-num" data-label=t(lang, Key::Investment)>{investment}</td>
                    <td role="cell" lang="en" data-label=jobs_label>{jobs}</td>
                    <td role="cell" lang="en" data-label=t(lang, Key::Timing)>{timing}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = db.projects_summary.as_ref().map(|f| {
        let src = db.source(&f.source);
        let publisher = src.map_or_else(String::new, |s| s.publisher.clone());
        let status = db
            .projects
            .first()
            .map_or("", |p| status_name(lang, p.status));
        view! {
            <p lang="en">{f.text.clone()}</p>
            <p class="kz-iip-source">
                {t(lang, Key::Source)} ": " <crate::components::SourceTitle source=src lang=lang /> " — " <span lang="en">{publisher}</span> " (" {status} ")"
            </p>
        }
    });
    view! {
        <section class="kz-iip-panel kz-iip-projects" id="kz-iip-projects" aria-labelledby="kz-iip-projects-title">
            <h2 id="kz-iip-projects-title">{t(lang, Key::ProjectsTitle)}</h2>
            <p class="kz-iip-hint">"(" {t(lang, Key::QuotedInEnglish)} ")"</p>
            <div class="kz-iip-table-wrap">
                <table class="kz-iip-table kz-iip-stack kz-iip-projects-table" role="table">
                    <crate::components::StackHead columns=vec![Key::Region, Key::Product, Key::Capacity, Key::Investment, Key::Jobs, Key::Timing] />
                    <tbody role="rowgroup">{rows}</tbody>
                </table>
            </div>
            {summary}
        </section>
    }
}

fn qualifier_key(q: Qualifier) -> Key {
    match q {
        Qualifier::UpTo => Key::QualUpTo,
        Qualifier::MoreThan => Key::QualMoreThan,
        Qualifier::About => Key::QualAbout,
    }
}

//! The five major investment projects of seed 003, each with its region (the rows' markup:
//! [`crate::markup::project_rows`]).

use leptos::prelude::*;

use crate::i18n::{status_name, t, Key};

use crate::components::app::use_ctx;

/// A table of the projects; those in the selected regions are highlighted.
#[component]
pub fn ProjectsPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    // Those in the selected regions are marked (`kz-iip-selected`).
    let rows = move || filters.with(|f| crate::markup::project_rows(db, lang, &f.regions));
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
                    // Roles and labels for the stacked layout on phones (`markup::stack_head_row`).
                    <thead role="rowgroup" inner_html=crate::markup::stack_head_row(&[t(lang, Key::Region), t(lang, Key::Product), t(lang, Key::Capacity), t(lang, Key::Investment), t(lang, Key::Jobs), t(lang, Key::Timing)])></thead>
                    <tbody role="rowgroup" inner_html=rows></tbody>
                </table>
            </div>
            {summary}
        </section>
    }
}

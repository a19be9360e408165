//! Physical output of key products (steel, ferroalloys, coal, oil, gas) as published (the
//! rows' markup: [`crate::markup::physical_rows`]). Its data is the later part, fetched when the
//! view opens ([`crate::components::with_later_data`]).

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// A table of products, newest first, with context sentences.
#[component]
pub fn PhysicalPanel() -> impl IntoView {
    let ctx = use_ctx();
    let lang = ctx.lang;
    view! {
        <section class="kz-iip-panel kz-iip-physical" id="kz-iip-physical" aria-labelledby="kz-iip-physical-title">
            <h2 id="kz-iip-physical-title">{t(lang, Key::PhysicalTitle)}</h2>
            {crate::components::with_later_data(lang, move |later| physical(later, lang))}
        </section>
    }
}

/// The table and its context, from the later part.
fn physical(db: &'static crate::data::Db, lang: crate::i18n::Lang) -> impl IntoView {
    let rows = crate::markup::physical_rows(db, lang);
    let context = crate::markup::english_items(db.physical_context.iter().map(|f| &f.text));
    view! {
            <div class="kz-iip-table-wrap">
                <table class="kz-iip-table kz-iip-stack kz-iip-physical-table" role="table">
                    // Roles and labels for the stacked layout on phones (`markup::stack_head_row`).
                    <thead role="rowgroup" inner_html=crate::markup::stack_head_row(&[t(lang, Key::Product), t(lang, Key::Period), t(lang, Key::Quantity), t(lang, Key::Change), t(lang, Key::Status), t(lang, Key::Source)])></thead>
                    <tbody role="rowgroup" inner_html=rows></tbody>
                </table>
            </div>
            <ul class="kz-iip-notes" inner_html=context></ul>
    }
}

//! The Bureau's glossary, method notes and links (seed 000): the target of every chart's
//! "What is the IIP?" link (its markup: [`crate::markup::glossary_section`]). Its data is the
//! later part, fetched when the view opens ([`crate::components::with_later_data`]).

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// Glossary and method, as text.
#[component]
pub fn GlossaryPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    // All data: the first view's observations (the later part has none).
    let on_click =
        move |e: leptos::ev::MouseEvent| match crate::components::clicked_format(&e).as_deref() {
            Some("csv") => {
                let c = crate::charts::export::all_csv(db, lang);
                crate::components::save_text(&c.body, &c.name, "text/csv;charset=utf-8");
            }
            Some("json") => {
                let name = format!(
                    "kz-iip_all-data_{}.json",
                    crate::charts::export::data_release(db)
                );
                let json = crate::charts::export::all_json(db);
                crate::components::save_text(&json, &name, "application/json");
            }
            _ => {}
        };
    view! {
        <section class="kz-iip-panel kz-iip-glossary" id="kz-iip-glossary" aria-labelledby="kz-iip-glossary-title" on:click=on_click>
            <h2 id="kz-iip-glossary-title">{t(lang, Key::GlossaryTitle)}</h2>
            {crate::components::with_later_data(lang, crate::markup::glossary_section)}
        </section>
    }
}

//! The Bureau's glossary, method notes and links (seed 000): the target of every chart's
//! "What is the IIP?" link (its texts' markup: [`crate::markup::glossary`]). Its data is the
//! later part, fetched when the view opens ([`crate::components::with_later_data`]).

use leptos::prelude::*;

use crate::i18n::{t, Key};

use crate::components::app::use_ctx;

/// Glossary and method, as text.
#[component]
pub fn GlossaryPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    view! {
        <section class="kz-iip-panel kz-iip-glossary" id="kz-iip-glossary" aria-labelledby="kz-iip-glossary-title">
            <h2 id="kz-iip-glossary-title">{t(lang, Key::GlossaryTitle)}</h2>
            {crate::components::with_later_data(lang, move |later| glossary(db, later, lang))}
        </section>
    }
}

/// The glossary's content: its texts from the later part, all data from the first view's.
fn glossary(
    db: &'static crate::data::Db,
    later: &'static crate::data::Db,
    lang: crate::i18n::Lang,
) -> impl IntoView {
    let g = &later.glossary;
    let (terms, method, links) = crate::markup::glossary(later, lang);
    let source = g
        .source
        .as_ref()
        .and_then(|s| later.source(s))
        .map(|s| format!("{} — {}", crate::components::title_text(s), s.publisher));
    view! {
            <dl inner_html=terms></dl>
            <h3>{t(lang, Key::Method)}</h3>
            <div inner_html=method></div>
            <h3 id="kz-iip-all-data">{t(lang, Key::AllData)}</h3>
            <p>{t(lang, Key::AllDataHint)}</p>
            <p class="kz-iip-all-data">
                <button type="button" data-format="csv" on:click=move |_| {
                    let c = crate::charts::export::all_csv(db, lang);
                    crate::components::save_text(&c.body, &c.name, "text/csv;charset=utf-8");
                }>"CSV"</button>
                " "
                <button type="button" data-format="json" on:click=move |_| {
                    let name = format!("kz-iip_all-data_{}.json", crate::charts::export::data_release(db));
                    crate::components::save_text(&crate::charts::export::all_json(db), &name, "application/json");
                }>"JSON"</button>
            </p>
            <p>
                <a class="kz-iip-data-package" href="data/datapackage.json" type="application/json">{t(lang, Key::DataPackage)}</a>
                " — " {t(lang, Key::DataPackageHint)}
            </p>
            <h3 id="kz-iip-derived">{t(lang, Key::DerivedMeasures)}</h3>
            <p>{t(lang, Key::LevelFormula)}</p>
            <p>{t(lang, Key::GrowthFormula)}</p>
            <h3>{t(lang, Key::Links)}</h3>
            <ul inner_html=links></ul>
            <p class="kz-iip-source">{t(lang, Key::Source)} ": " <cite>{source}</cite> " " {t(lang, Key::TranslatedNote)}</p>
    }
}

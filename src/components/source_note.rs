//! The source line under a chart: every source behind the numbers shown, with its status,
//! plus notes (values left out, boundary changes) and the legend of table markers.

use leptos::prelude::*;

use crate::data::{Db, Observation, Source, SourceId, Status};
use crate::i18n::{t, Key, Lang};

/// One cited source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceItem {
    pub title: String,
    /// The title is the project's description, not the source's own.
    pub described: bool,
    /// The title's language.
    pub lang: String,
    pub date_inferred: bool,
    pub publisher: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub status: Status,
}

impl SourceItem {
    /// The distinct sources behind `obs`, in first-use order.
    pub fn collect<'a>(db: &'a Db, obs: impl IntoIterator<Item = &'a Observation>) -> Vec<Self> {
        Self::cited(db, obs.into_iter().map(|o| (&o.source, o.status)))
    }

    /// Each distinct (source, status) pair, in first-use order (unknown ids are skipped).
    pub fn cited<'a>(
        db: &'a Db,
        cites: impl IntoIterator<Item = (&'a SourceId, Status)>,
    ) -> Vec<Self> {
        let mut seen: Vec<(&SourceId, Status)> = Vec::new();
        cites
            .into_iter()
            .filter(|c| {
                let new = !seen.contains(c);
                seen.push(*c);
                new
            })
            .filter_map(|(id, status)| db.source(id).map(|s| (s, status)))
            .map(|(s, status)| Self {
                title: s.title.clone(),
                described: s.title_is_description,
                lang: s.lang.clone(),
                date_inferred: s.date_inferred,
                publisher: s.publisher.clone(),
                url: s.url.clone(),
                date: s.date.clone(),
                status,
            })
            .collect()
    }
}

/// Sources and notes of one chart.
#[component]
pub fn SourceNote(
    /// Sources of the values on screen.
    #[prop(into)]
    items: Signal<Vec<SourceItem>>,
    /// Further notes (values left out, boundary changes); may be empty.
    #[prop(into)]
    notes: Signal<Vec<String>>,
    /// Notes quoted from the sources, in English as published; may be empty.
    #[prop(optional, into)]
    quoted: Signal<Vec<String>>,
    lang: Lang,
) -> impl IntoView {
    // Memoised: a filter change that leaves the sources or notes as they were (most do) does
    // not rebuild their lists.
    let items = Memo::new(move |_| items.get());
    let notes = Memo::new(move |_| notes.get());
    let quoted = Memo::new(move |_| quoted.get());
    // The lists are markup (`crate::markup`): read, never touched.
    let source_items = move || items.with(|items| crate::markup::source_items(lang, items));
    let note_items = move || notes.with(|n| crate::markup::list_items(n));
    let quoted_items = move || quoted.with(|n| crate::markup::list_items(n));
    // "What is the IIP?": About the data at the glossary, for the same selection.
    let filters = super::app::use_ctx().filters;
    let what = move || {
        let mut h = crate::markup::Html::default();
        filters.with(|f| {
            crate::markup::view_link(
                &mut h,
                f,
                crate::state::View::About,
                "kz-iip-glossary",
                |h| {
                    h.text(t(lang, Key::WhatIsIip));
                },
            );
        });
        h.finish()
    };
    view! {
        <div class="kz-iip-source">
            <div inner_html=crate::markup::source_note_head(lang)></div>
            <ul inner_html=source_items></ul>
            <ul class="kz-iip-notes" inner_html=note_items></ul>
            <ul class="kz-iip-notes" lang="en" inner_html=quoted_items></ul>
            <p>
                <span class="kz-iip-what" inner_html=what></span>
            </p>
        </div>
    }
}

/// A source's title (its markup: [`crate::markup::source_title`]) in a `<span>`.
#[component]
pub fn SourceTitle(
    /// The source (none: nothing is shown).
    source: Option<&'static Source>,
    lang: Lang,
) -> impl IntoView {
    source.map(|s| {
        let mut h = crate::markup::Html::default();
        crate::markup::source_title(&mut h, lang, &s.title, s.title_is_description, &s.lang);
        view! { <span inner_html=h.finish()></span> }
    })
}

//! The source line under a chart: every source behind the numbers shown, with its status,
//! plus notes (values left out, boundary changes) and the legend of table markers.

use leptos::prelude::*;

use crate::data::{Db, Observation, Source, SourceId, Status};
use crate::i18n::{status_name, t, Key, Lang};

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
    view! {
        <div class="kz-iip-source">
            <p class="kz-iip-legend-marks">
                {t(lang, Key::LegendPreliminary)} " · " {t(lang, Key::LegendPress)} " · "
                {t(lang, Key::LegendRestated)} " · " {t(lang, Key::LegendUncertain)}
            </p>
            <p><strong>{t(lang, Key::Sources)} ": "</strong></p>
            <ul>
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|s| {
                            let date = date_text(lang, s.date.as_deref(), s.date_inferred);
                            let title = title_view(lang, &s.title, s.described, &s.lang);
                            view! {
                                <li>
                                    {match s.url {
                                        Some(url) => {
                                            view! {
                                                <a href=url rel="noopener" target="_blank">{title}</a>
                                            }
                                                .into_any()
                                        }
                                        None => title.into_any(),
                                    }}
                                    " — " <span lang="en">{s.publisher}</span> {date} " ("
                                    <span class="kz-iip-status">{status_name(lang, s.status)}</span> ")"
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <ul class="kz-iip-notes">
                {move || notes.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <ul class="kz-iip-notes" lang="en">
                {move || quoted.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
            </ul>
            <p>
                <span class="kz-iip-what">
                    <super::ViewLink to=crate::state::View::About anchor="kz-iip-glossary">
                        {t(lang, Key::WhatIsIip)}
                    </super::ViewLink>
                </span>
            </p>
        </div>
    }
}

/// A source's title: a `<cite>` when quoted from the source, "[description]" when the project
/// composed it (marked as such).
#[component]
pub fn SourceTitle(
    /// The source (none: nothing is shown).
    source: Option<&'static Source>,
    lang: Lang,
) -> impl IntoView {
    source.map(|s| title_view(lang, &s.title, s.title_is_description, &s.lang))
}

/// A citation in the title's own language; a composed description in brackets, marked.
fn title_view(lang: Lang, title: &str, described: bool, title_lang: &str) -> AnyView {
    if described {
        view! {
            <cite class="kz-iip-described" lang=title_lang.to_owned() title=t(lang, Key::DescribedTitle)>
                "[" {title.to_owned()} "]"
            </cite>
        }
        .into_any()
    } else {
        view! { <cite lang=title_lang.to_owned()>{title.to_owned()}</cite> }.into_any()
    }
}

/// A title as plain text: described titles in brackets.
pub fn title_text(s: &Source) -> String {
    if s.title_is_description {
        format!("[{}]", s.title)
    } else {
        s.title.clone()
    }
}

/// ", 2024-03-25", or ", 2024 (date inferred)"; empty when undated.
pub fn date_text(lang: Lang, date: Option<&str>, inferred: bool) -> String {
    match (date, inferred) {
        (Some(d), false) => format!(", {d}"),
        (Some(d), true) => format!(", {d} ({})", t(lang, Key::DateInferred)),
        (None, _) => String::new(),
    }
}

//! The source line under a chart: every source behind the numbers shown, with its status,
//! plus notes (values left out, boundary changes) and the legend of table markers.

use leptos::prelude::*;

use crate::data::select::sources_of;
use crate::data::{Db, Observation, Status};
use crate::i18n::{status_name, t, Key, Lang};

/// One cited source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceItem {
    pub title: String,
    pub publisher: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub status: Status,
}

impl SourceItem {
    /// The distinct sources behind `obs`, in first-use order.
    pub fn collect<'a>(db: &'a Db, obs: impl IntoIterator<Item = &'a Observation>) -> Vec<Self> {
        sources_of(db, obs)
            .into_iter()
            .map(|(s, status)| Self {
                title: s.title.clone(),
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
    view! {
        <div class="kz-iip-source">
            <p class="kz-iip-legend-marks">
                {t(lang, Key::LegendPreliminary)} " · " {t(lang, Key::LegendPress)} " · "
                {t(lang, Key::LegendRestated)}
            </p>
            <p><strong>{t(lang, Key::Sources)} ": "</strong></p>
            <ul>
                {move || {
                    items
                        .get()
                        .into_iter()
                        .map(|s| {
                            let date = s.date.map(|d| format!(", {d}")).unwrap_or_default();
                            view! {
                                <li>
                                    {match s.url {
                                        Some(url) => {
                                            view! {
                                                <a href=url rel="noopener" target="_blank"><cite>{s.title}</cite></a>
                                            }
                                                .into_any()
                                        }
                                        None => view! { <cite>{s.title}</cite> }.into_any(),
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
                <a href="#kz-iip-glossary" class="kz-iip-what">{t(lang, Key::WhatIsIip)}</a>
            </p>
        </div>
    }
}

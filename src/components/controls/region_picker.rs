//! Checkboxes for the Republic and every region (current and former), at most
//! [`MAX_SELECTED`] at once, with a search box that filters them as one types (any language,
//! common and former names: see [`crate::data::search`]).

use leptos::prelude::*;

use crate::data::{search, RegionCode};
use crate::i18n::{region_name, t, tr, Key};
use crate::state::MAX_SELECTED;

use crate::components::app::use_ctx;

/// The region filter of the trend chart.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let db = ctx.db;
    let (query, set_query) = signal(String::new());
    // Codes matching the query (all when it is empty); the list stays in the DOM, filtered.
    let matching = Memo::new(move |_| {
        query.with(|q| {
            search::regions(db, q)
                .into_iter()
                .map(|r| r.code.clone())
                .collect::<Vec<_>>()
        })
    });
    let none = move || matching.with(Vec::is_empty);
    // One for all the checkboxes (each asked the filters itself).
    let full = Memo::new(move |_| filters.with(|f| f.regions.len() >= MAX_SELECTED));
    let items = ctx
        .db
        .regions
        .iter()
        .map(|r| {
            let code: RegionCode = r.code.clone();
            let c1 = code.clone();
            let c2 = code.clone();
            let c3 = code.clone();
            let shown = move || matching.with(|m| m.contains(&c3));
            let checked = Memo::new(move |_| filters.with(|f| f.regions.contains(&c1)));
            let name = region_name(ctx.lang, r).to_owned();
            let span = match (r.from, r.to) {
                (Some(f), None) => format!(" ({f}–)"),
                (None, Some(t)) => format!(" (–{t})"),
                _ => String::new(),
            };
            view! {
                <li hidden=move || !shown()>
                    <label>
                        <input
                            type="checkbox"
                            value=code.to_string()
                            prop:checked=move || checked.get()
                            disabled=move || full.get() && !checked.get()
                            on:change=move |_| {
                                filters.update(|f| {
                                    f.toggle_region(&c2);
                                });
                            }
                        />
                        {name}
                        <span class="kz-iip-muted">{span}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="kz-iip-region-picker">
            <legend>{t(ctx.lang, Key::Regions)}</legend>
            <p class="kz-iip-hint">{t(ctx.lang, Key::RegionsHint)}</p>
            <label class="kz-iip-region-search">
                {t(ctx.lang, Key::FindRegion)}
                <input
                    type="search"
                    name="region-search"
                    autocomplete="off"
                    placeholder=t(ctx.lang, Key::FindRegionHint)
                    prop:value=move || query.get()
                    on:input=move |ev| set_query.set(event_target_value(&ev))
                />
            </label>
            <p class="kz-iip-hint" role="status" hidden=move || !none()>
                {move || tr(ctx.lang, Key::NoRegionMatches, &[("query", (&query.get()).into())])}
            </p>
            <ul>{items}</ul>
        </fieldset>
    }
}

//! Checkboxes for the Republic and every region (current and former), at most
//! [`MAX_SELECTED`] at once.

use leptos::prelude::*;

use crate::data::RegionCode;
use crate::i18n::{region_name, t, Key};
use crate::state::MAX_SELECTED;

use super::app::use_ctx;

/// The region filter of the trend chart.
#[component]
pub fn RegionPicker() -> impl IntoView {
    let ctx = use_ctx();
    let filters = ctx.filters;
    let items = ctx
        .db
        .regions
        .iter()
        .map(|r| {
            let code: RegionCode = r.code.clone();
            let c1 = code.clone();
            let c2 = code.clone();
            let checked = Memo::new(move |_| filters.with(|f| f.regions.contains(&c1)));
            let full = Memo::new(move |_| filters.with(|f| f.regions.len() >= MAX_SELECTED));
            let name = region_name(ctx.lang, r).to_owned();
            let span = match (r.from, r.to) {
                (Some(f), None) => format!(" ({f}–)"),
                (None, Some(t)) => format!(" (–{t})"),
                _ => String::new(),
            };
            view! {
                <li>
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
            <ul>{items}</ul>
        </fieldset>
    }
}

//! The legend of a trend chart in the explorer: one toggle button per series (readable, wraps).
//! A click hides or shows the series; hovering or focusing an entry emphasises it in the chart.
//! (The widget's static legend is markup: [`crate::markup::legend_items`].)

use leptos::prelude::*;

use crate::charts::canvas::DarkMode;
use crate::charts::frame::Marks;
use crate::charts::spec::TrendSpec;
use crate::i18n::{t, Key};

use super::app::use_ctx;

/// Swatches and labels of `spec`'s series.
#[component]
pub fn TrendLegend(
    /// The chart whose series are listed.
    #[prop(into)]
    spec: Signal<TrendSpec>,
    /// The chart's marks (hidden and emphasised series).
    marks: RwSignal<Marks>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let dark = use_context::<DarkMode>().map_or(Signal::stored(false), |d| d.0);
    let items = move || {
        spec.get()
            .series
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                // The colour the chart draws in the current theme.
                let (color, quiet) = (s.color, s.quiet);
                let style = move || crate::markup::swatch_style(color, quiet, dark.get());
                let swatch = view! { <span class="kz-iip-swatch" style=style></span> };
                let shown = move || marks.with(|m| !m.hidden.contains(&i));
                let toggle = move |_| marks.update(|m| m.toggle_hidden(i));
                let emphasise = move |on: bool| {
                    marks.update(|m| m.emphasis = on.then_some(i));
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="kz-iip-legend-item"
                            aria-pressed=move || shown().to_string()
                            on:click=toggle
                            on:pointerenter=move |_| emphasise(true)
                            on:pointerleave=move |_| emphasise(false)
                            on:focus=move |_| emphasise(true)
                            on:blur=move |_| emphasise(false)
                        >
                            {swatch}
                            {s.label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ul class="kz-iip-legend" title=t(lang, Key::LegendToggle)>{items}</ul>
    }
}

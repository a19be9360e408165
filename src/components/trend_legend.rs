//! The legend of a trend chart: one colour swatch per series, in HTML (readable, wraps).

use leptos::prelude::*;

use crate::charts::spec::{css_color, TrendSpec};

/// Swatches and labels of `spec`'s series.
#[component]
pub fn TrendLegend(
    /// The chart whose series are listed.
    #[prop(into)]
    spec: Signal<TrendSpec>,
) -> impl IntoView {
    let items = move || {
        spec.get()
            .series
            .into_iter()
            .map(|s| {
                let style = format!("background:{}", css_color(s.color));
                view! {
                    <li>
                        <span class="kz-iip-swatch" style=style></span>
                        {s.label}
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="kz-iip-legend">{items}</ul> }
}

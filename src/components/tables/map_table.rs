//! The table mirror of the map: every tile's region, value (or why none), status and source,
//! highest first, the Republic as a footer.

use leptos::prelude::*;

use crate::charts::map::{MapSpec, Tile, TileState};
use crate::i18n::{status_name, t, Key};

use crate::components::app::use_ctx;

/// Same numbers as the map.
#[component]
pub fn MapTable(
    /// The map's spec (read from its value table).
    #[prop(into)]
    spec: Signal<MapSpec>,
) -> impl IntoView {
    let lang = use_ctx().lang;
    let rows = move || {
        let mut tiles = spec.get().tiles;
        let v = |t: &Tile| match t.state {
            TileState::Value(v) => v,
            _ => f64::NEG_INFINITY,
        };
        crate::data::sort::sort_by(&mut tiles, |a, b| v(b).total_cmp(&v(a)));
        tiles
            .into_iter()
            .map(|t| {
                let status = t.detail.as_ref().map(|d| status_name(lang, d.status));
                let source = t.detail.as_ref().map(|d| d.source.clone());
                view! {
                    <tr data-code=t.code.to_string()>
                        <th scope="row">{t.name}</th>
                        <td class="kz-iip-num">{t.text}</td>
                        <td>{status}</td>
                        <td>{source}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="kz-iip-table kz-iip-map-table">
            <caption>{t(lang, Key::DataTable)} ": " {move || spec.get().title}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Key::Region)}</th>
                    <th scope="col">{move || spec.get().unit}</th>
                    <th scope="col">{t(lang, Key::Status)}</th>
                    <th scope="col">{t(lang, Key::Source)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
            <tfoot>
                <tr>
                    <th scope="row">{t(lang, Key::Republic)}</th>
                    <td class="kz-iip-num">{move || spec.get().republic.unwrap_or_default()}</td>
                    <td></td>
                    <td></td>
                </tr>
            </tfoot>
        </table>
    }
}

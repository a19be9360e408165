//! The map view: the grid cartogram for the chosen measure and year, a year slider (moved by
//! the user; nothing animates by itself), the table mirror and the sources. A click or Enter on
//! a tile adds the region to (or removes it from) the trend selection.

use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::kinds;
use crate::charts::map::map_of;
use crate::data::select::years_with_data;
use crate::i18n::{t, Key};
use crate::state::widget::ChartKind;

use crate::components::app::use_ctx;
use crate::components::source_note::SourceNote;
use crate::components::AfterFirstPaint;
use crate::components::{Downloads, MapTable, MeasureToggle, TableDetails};

/// Cartogram + year slider + table + sources.
#[component]
pub fn MapPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let kind = kinds::of(ChartKind::Map);
    // One table: the map, its table mirror, the CSV and the source list all read it.
    // Recomputed on every filter change (the views read from it compare their own parts).
    let table = Memo::new_with_compare(move |_| filters.with(|f| (kind.table)(db, f)), |_, _| true);
    let spec = Memo::new(move |_| filters.with(|f| table.with(|t| map_of(db, f, lang, t))));
    let label = Signal::derive(move || spec.with(|s| s.title.clone()));
    let years = Memo::new(move |_| filters.with(|f| years_with_data(db, f.measure.indicator())));
    let (first, last) = years.with_untracked(|y| {
        (
            y.first().copied().unwrap_or(2009),
            y.last().copied().unwrap_or(2023),
        )
    });
    let sources = Signal::derive(move || {
        filters.with(|f| table.with(|t| crate::components::sources::cited(db, kind, f, t)))
    });
    let notes = Signal::derive(move || {
        filters.with(|f| table.with(|t| crate::components::sources::year_notes(db, lang, f, t)))
    });
    let toggle = Callback::new(move |p: crate::charts::frame::Pick| {
        if let Some(code) = spec.with_untracked(|s| s.tiles.get(p.index).map(|t| t.code.clone())) {
            filters.update(|f| {
                f.toggle_region(&code);
            });
        }
    });
    view! {
        <section class="kz-iip-panel kz-iip-map" aria-labelledby="kz-iip-map-title">
            <h2 id="kz-iip-map-title">{move || spec.get().title}</h2>
            <MeasureToggle />
            <label class="kz-iip-year-slider">
                {t(lang, Key::Year)} " "
                <input
                    type="range"
                    name="map-year"
                    min=first
                    max=last
                    step="1"
                    prop:value=move || filters.with(|f| f.year.to_string())
                    on:input=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                            filters.update(|f| f.year = y);
                        }
                    }
                />
                " " <output>{move || filters.with(|f| f.year)}</output>
            </label>
            <p class="kz-iip-hint">{t(lang, Key::MapHint)}</p>
            <ChartCanvas spec=crate::charts::canvas::any_chart(spec) height=380 label=label lang=lang on_activate=toggle />
            <AfterFirstPaint>
                <Downloads
                    kind="map"
                    spec=Signal::derive(move || spec.get().into())
                    meta=Signal::derive(move || {
                        let s = spec.get();
                        (s.title.clone(), s.unit.clone(), crate::components::sources::source_line(lang, &sources.get()))
                    })
                    csv=Signal::derive(move || filters.with(|f| table.with(|t| kind.csv(db, f, lang, t))))
                    height=420
                />
                <TableDetails rows=Signal::derive(move || spec.with(|s| s.tiles.len()))>
                    <MapTable spec=spec />
                </TableDetails>
                <SourceNote items=sources notes=notes lang=lang />
            </AfterFirstPaint>
        </section>
    }
}

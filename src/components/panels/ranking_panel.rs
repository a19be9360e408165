//! The ranking of all regions for one year (sorted bars, the Republic as a reference line),
//! with its table mirror and source note.

use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::kinds;
use crate::charts::spec::ranking_of;
use crate::data::select::years_with_data;
use crate::i18n::{t, Key};
use crate::state::widget::ChartKind;

use crate::components::app::use_ctx;
use crate::components::source_note::SourceNote;
use crate::components::AfterFirstPaint;
use crate::components::{Downloads, MeasureToggle, RankingTable, TableDetails};

/// Year picker + bar chart + table + sources.
#[component]
pub fn RankingPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let kind = kinds::of(ChartKind::Ranking);
    // One table: the chart, its table mirror, the CSV and the source list all read it.
    // Recomputed on every filter change (the views read from it compare their own parts).
    let table = Memo::new_with_compare(move |_| filters.with(|f| (kind.table)(db, f)), |_, _| true);
    let spec = Memo::new(move |_| filters.with(|f| table.with(|t| ranking_of(db, f, lang, t))));
    let label = Signal::derive(move || spec.with(|s| s.title.clone()));
    let years = Memo::new(move |_| filters.with(|f| years_with_data(db, f.measure.indicator())));
    let sources = Signal::derive(move || {
        filters.with(|f| table.with(|t| crate::components::sources::cited(db, kind, f, t)))
    });
    let notes = Signal::derive(move || {
        filters.with(|f| table.with(|t| crate::components::sources::year_notes(db, lang, f, t)))
    });
    view! {
        <section class="kz-iip-panel kz-iip-ranking" aria-labelledby="kz-iip-ranking-title">
            <h2 id="kz-iip-ranking-title">{move || spec.get().title}</h2>
            <MeasureToggle />
            <label>
                {t(lang, Key::Year)} " "
                <select
                    name="year"
                    inner_html=move || {
                        let now = filters.with(|f| f.year.to_string());
                        years.with(|ys| crate::markup::options(ys.iter().rev().map(|y| (y, y.to_string())), &now))
                    }
                    prop:value=move || filters.with(|f| f.year.to_string())
                    on:change=move |ev| {
                        if let Ok(y) = event_target_value(&ev).parse() {
                            filters.update(|f| f.year = y);
                        }
                    }
                ></select>
            </label>
            <p class="kz-iip-hint" hidden=move || filters.with(|f| f.activity.is_total())>
                {t(lang, Key::RankingTotalOnly)}
            </p>
            <ChartCanvas spec=crate::charts::canvas::any_chart(spec) height=560 label=label lang=lang />
            <AfterFirstPaint>
                <Downloads
                    kind="ranking"
                    spec=Signal::derive(move || spec.get().into())
                    meta=Signal::derive(move || {
                        let s = spec.get();
                        (s.title.clone(), s.x_label.clone(), crate::components::sources::source_line(lang, &sources.get()))
                    })
                    csv=Signal::derive(move || filters.with(|f| table.with(|t| kind.csv(db, f, lang, t))))
                    height=560
                />
                <TableDetails rows=Signal::derive(move || spec.with(|s| s.bars.len() + s.missing.len()))>
                    <RankingTable table=table />
                </TableDetails>
                <SourceNote items=sources notes=notes lang=lang />
            </AfterFirstPaint>
        </section>
    }
}

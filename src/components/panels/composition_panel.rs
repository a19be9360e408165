//! Shares of mining, manufacturing and the rest of industry in total output, per period.

use leptos::prelude::*;

use crate::charts::canvas::ChartCanvas;
use crate::charts::kinds;
use crate::charts::spec::{composition_of, css_color, COMPOSITION};
use crate::i18n::{fmt_decimal, t, Key};
use crate::state::widget::ChartKind;

use crate::components::app::use_ctx;
use crate::components::source_note::SourceNote;
use crate::components::{CompositionTable, Downloads, TableDetails};

/// Stacked bars + table + sources.
#[component]
pub fn CompositionPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let dark =
        use_context::<crate::charts::canvas::DarkMode>().map_or(Signal::stored(false), |d| d.0);
    // One table: the chart, its table mirror, the CSV and the source list all read it.
    let kind = kinds::of(ChartKind::Composition);
    let table = (kind.table)(db, &ctx.filters.get_untracked());
    let spec = composition_of(lang, &table);
    let height = crate::charts::kinds::composition_height(spec.rows.len());
    let label = format!(
        "{}: {}",
        spec.title,
        spec.rows
            .iter()
            .map(|r| format!(
                "{} {}",
                r.label,
                r.parts.map(|p| fmt_decimal(lang, p, 1)).join(" / ")
            ))
            .collect::<Vec<_>>()
            .join("; ")
    );
    let legend = spec
        .part_names
        .iter()
        .zip(COMPOSITION)
        .map(|(name, color)| {
            view! {
                <li>
                    <span class="kz-iip-swatch kz-iip-swatch-block" style=move || format!("background:{}", css_color(crate::charts::draw::themed(color, dark.get())))></span>
                    {name.clone()}
                </li>
            }
        })
        .collect_view();
    let sources = ctx
        .filters
        .with_untracked(|f| crate::components::sources::cited(db, kind, f, &table));
    let mirror = table.clone();
    let line = crate::components::sources::source_line(lang, &sources);
    let spec = Signal::stored(spec);
    let no_notes: Vec<String> = Vec::new();
    view! {
        <section class="kz-iip-panel kz-iip-composition" id="kz-iip-composition" aria-labelledby="kz-iip-composition-title">
            <h2 id="kz-iip-composition-title">{t(lang, Key::CompositionTitle)}</h2>
            <p class="kz-iip-hint">{t(lang, Key::CompositionHint)}</p>
            <ChartCanvas spec=crate::charts::canvas::any_chart(spec) height=height label=label lang=lang />
            <Downloads
                kind="composition"
                spec=Signal::derive(move || spec.get().into())
                meta=Signal::derive(move || {
                    let s = spec.get();
                    (s.title.clone(), s.x_label.clone(), line.clone())
                })
                csv=Signal::derive(move || ctx.filters.with(|f| kind.csv(db, f, lang, &table)))
                height=height
            />
            <ul class="kz-iip-legend">{legend}</ul>
            <TableDetails rows=spec.with_untracked(|s| s.rows.len())>
                <CompositionTable table=mirror.clone() />
            </TableDetails>
            <SourceNote items=sources notes=no_notes lang=lang />
        </section>
    }
}

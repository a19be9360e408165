//! The trend chart of the selected units over the chosen years, with its legend, table mirror
//! and source note.

use leptos::prelude::*;

use crate::charts::canvas::{ChartCanvas, TREND_HEIGHT as HEIGHT};
use crate::charts::kinds;
use crate::charts::spec::trend_of;
use crate::data::{ActivityCode, RegionCode};
use crate::i18n::{lineage_note, region_name, t, unit_name, Key};
use crate::state::widget::ChartKind;

use crate::charts::frame::Marks;
use crate::components::app::use_ctx;
use crate::components::source_note::SourceNote;
use crate::components::AfterFirstPaint;
use crate::components::{Downloads, MeasureToggle, TableDetails, TrendLegend, TrendTable};

/// Line chart + legend + table + sources.
#[component]
pub fn TrendPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let kind = kinds::of(ChartKind::Trend);
    // One table: the chart, its table mirror, the CSV and the source list all read it.
    // Recomputed on every filter change (the views read from it compare their own parts).
    let table = Memo::new_with_compare(move |_| filters.with(|f| (kind.table)(db, f)), |_, _| true);
    let spec = Memo::new(move |_| filters.with(|f| table.with(|t| trend_of(db, f, lang, t))));
    let marks = RwSignal::new(Marks::default());
    let label = Signal::derive(move || spec.with(crate::charts::spec::TrendSpec::name));
    let sources = Signal::derive(move || {
        filters.with(|f| table.with(|t| crate::components::sources::cited(db, kind, f, t)))
    });
    // Activities exist for the Republic only: say so and offer the two nearest views.
    let not_by_region = move || {
        filters.with(|f| !f.activity.is_total() && f.regions.iter().any(|r| !r.is_republic()))
    };
    let republic_only = move |_| {
        filters.update(|f| f.regions = vec![RegionCode::republic()]);
    };
    let total_for_regions = move |_| filters.update(|f| f.activity = ActivityCode::total());
    let projects = move || filters.with(|f| crate::markup::region_projects(db, lang, f));
    let has_projects =
        move || filters.with(|f| db.projects.iter().any(|p| f.regions.contains(&p.region)));
    let notes = Signal::derive(move || {
        filters.with(|f| {
            let mut notes: Vec<String> = f
                .regions
                .iter()
                .filter_map(|c| db.region(c))
                .filter_map(|r| lineage_note(lang, db, r))
                .collect();
            notes.extend(
                db.omitted
                    .iter()
                    .filter(|o| {
                        o.indicator == f.measure.indicator()
                            && f.regions.contains(&o.geo)
                            && (f.from..=f.to).contains(&o.period.year)
                    })
                    .map(|o| omitted_note(db, lang, o)),
            );
            if f.measure == crate::state::Measure::Level {
                notes.push(t(lang, Key::LevelFormula).to_owned());
            }
            notes.extend(table.with(|t| crate::components::sources::dollar_notes(db, lang, t)));
            notes
        })
    });
    let empty = move || filters.with(|f| f.regions.is_empty());
    view! {
        <section class="kz-iip-panel kz-iip-trend" aria-labelledby="kz-iip-trend-title">
            <h2 id="kz-iip-trend-title">{move || spec.get().title}</h2>
            <MeasureToggle />
            <p class="kz-iip-hint" hidden=move || !empty()>{t(lang, Key::NothingSelected)}</p>
            <div class="kz-iip-alert kz-iip-not-by-region" role="status" hidden=move || !not_by_region()>
                <strong>{t(lang, Key::NotByRegionHeading)}</strong>
                <p>{t(lang, Key::NotByRegionText)}</p>
                <button type="button" on:click=republic_only>{t(lang, Key::ShowActivityForRepublic)}</button>
                " "
                <button type="button" on:click=total_for_regions>{t(lang, Key::ShowTotalForRegions)}</button>
            </div>
            <ChartCanvas spec=crate::charts::canvas::any_chart(spec) height=HEIGHT label=label lang=lang marks=marks />
            <TrendLegend spec=spec marks=marks />
            <AfterFirstPaint>
                <Downloads
                    kind="trend"
                    spec=Signal::derive(move || spec.get().into())
                    meta=Signal::derive(move || {
                        let s = spec.get();
                        let items = sources.get();
                        (s.title.clone(), format!("{}–{} · {}", s.from, s.to, s.y_label), crate::components::sources::source_line(lang, &items))
                    })
                    csv=Signal::derive(move || filters.with(|f| table.with(|t| kind.csv(db, f, lang, t))))
                    height=HEIGHT
                />
                <p class="kz-iip-hint">{t(lang, Key::RevisedLegend)}</p>
                <div class="kz-iip-region-projects" hidden=move || !has_projects()>
                    <strong>{t(lang, Key::ProjectsInRegion)} ": "</strong>
                    <ul inner_html=projects></ul>
                </div>
                <TableDetails rows=Signal::derive(move || filters.with(|f| (f.to - f.from + 1).max(0) as usize))>
                    <TrendTable table=table />
                </TableDetails>
                <SourceNote items=sources notes=notes lang=lang />
            </AfterFirstPaint>
        </section>
    }
}

/// "Values left out: Soltustik Kazakhstan 2009, as published 78109.971 billion tenge — reason"
pub(crate) fn omitted_note(
    db: &crate::data::Db,
    lang: crate::i18n::Lang,
    o: &crate::data::Omitted,
) -> String {
    let name = db
        .region(&o.geo)
        .map_or(o.geo.to_string(), |r| region_name(lang, r).to_owned());
    format!(
        "{}: {name} {}, {} {} {} — {}",
        t(lang, Key::OmittedHeading),
        o.period,
        t(lang, Key::AsPublished),
        o.stated.value,
        unit_name(lang, o.stated.unit),
        t(lang, Key::OmittedReason)
    )
}

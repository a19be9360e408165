//! The activity view: IIP by section and branch for one period (bar chart + table), every
//! published value of the selected activity, and its trend over periods of the same type.

use leptos::prelude::*;

use crate::state::widget::ChartKind;

use crate::charts::canvas::ChartCanvas;
use crate::charts::spec::{activity_bars, activity_trend};
use crate::data::select::activity_periods;
use crate::i18n::{period_name, t, Key};

use crate::components::app::use_ctx;
use crate::components::source_note::SourceNote;
use crate::components::{ActivityTable, Downloads, TableDetails};

/// Period picker + bar chart by activity + tables + trend + sources.
#[component]
pub fn ActivityPanel() -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang, filters) = (ctx.db, ctx.lang, ctx.filters);
    let bars = Memo::new(move |_| filters.with(|f| activity_bars(db, f, lang)));
    let trend = Memo::new(move |_| filters.with(|f| activity_trend(db, f, lang)));
    let label = Signal::derive(move || bars.with(|s| s.describe()));
    let statements = Memo::new(move |_| {
        filters.with(|f| {
            db.statements
                .iter()
                .filter(|s| s.period == f.period)
                .map(|s| {
                    let src = db
                        .source(&s.source)
                        .map_or_else(String::new, |x| x.title.clone());
                    format!("{} ({src})", s.text)
                })
                .collect::<Vec<_>>()
        })
    });
    let periods = activity_periods(db);
    let period_options = move || {
        let now = filters.with(|f| f.period.to_string());
        crate::markup::options(periods.iter().map(|&p| (p, period_name(lang, p))), &now)
    };
    // Every published value of the selected activity; a period's button picks that period
    // (one listener on the table: the rows are markup).
    let all_table = move || {
        let (activity, currency) = filters.with(|f| (f.activity.clone(), f.currency));
        let rows = crate::markup::activity_periods_table(db, lang, &activity, currency);
        let pick = move |ev: web_sys::MouseEvent| {
            use wasm_bindgen::JsCast;
            let period = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("button.kz-iip-link").ok().flatten())
                .and_then(|b| b.closest("tr[data-period]").ok().flatten())
                .and_then(|tr| tr.get_attribute("data-period"))
                .and_then(|p| crate::data::Period::parse(&p));
            if let Some(p) = period {
                filters.update(|f| f.period = p);
            }
        };
        view! { <table class="kz-iip-table kz-iip-activity-all" inner_html=rows on:click=pick></table> }
    };
    let sources = Signal::derive(move || {
        filters.with(|f| crate::components::sources::for_kind(db, ChartKind::Activity, f))
    });
    // Notes quoted from the sources (English, as published).
    let quoted = Signal::derive(move || {
        filters.with(|f| {
            db.observations
                .iter()
                .filter(|o| o.activity == f.activity && o.period == f.period)
                .filter_map(|o| o.note.clone())
                .collect::<Vec<_>>()
        })
    });
    let notes: Vec<String> = Vec::new();
    let trend_label = Signal::derive(move || {
        trend
            .with(|t| t.as_ref().map(|s| s.title.clone()))
            .unwrap_or_default()
    });
    let no_trend = move || trend.with(Option::is_none);
    view! {
        <section class="kz-iip-panel kz-iip-activity" id="kz-iip-activity" aria-labelledby="kz-iip-activity-title">
            <h2 id="kz-iip-activity-title">{move || bars.get().title}</h2>
            <label>
                {t(lang, Key::Period)} " "
                <select
                    name="period"
                    inner_html=period_options
                    prop:value=move || filters.with(|f| f.period.to_string())
                    on:change=move |ev| {
                        if let Some(p) = crate::data::Period::parse(&event_target_value(&ev)) {
                            filters.update(|f| f.period = p);
                        }
                    }
                ></select>
            </label>
            <ChartCanvas spec=crate::charts::canvas::any_chart(bars) height=420 label=label lang=lang />
            <Downloads
                kind="activity"
                spec=Signal::derive(move || bars.get().into())
                meta=Signal::derive(move || {
                    let s = bars.get();
                    (s.title.clone(), s.x_label.clone(), crate::components::sources::source_line(lang, &sources.get()))
                })
                csv=Signal::derive(move || filters.with(|f| crate::charts::kinds::of(ChartKind::Activity).csv_for(db, f, lang)))
                height=420
            />
            <div class="kz-iip-statements" hidden=move || statements.with(Vec::is_empty)>
                <strong>{t(lang, Key::KeyPoints)} ": "</strong>
                <ul>
                    {move || statements.get().into_iter().map(|s| view! { <li lang="en">{s}</li> }).collect_view()}
                </ul>
            </div>
            <TableDetails rows=Signal::derive(move || bars.with(|b| b.bars.len()))>
                <ActivityTable />
            </TableDetails>
            <h3>{t(lang, Key::ActivityTrendTitle)} ": " {move || trend_label.get()}</h3>
            <div hidden=no_trend>
                <ChartCanvas spec=crate::charts::canvas::any_chart(trend) height=260 label=trend_label lang=lang />
            </div>
            <p class="kz-iip-hint" hidden=move || !no_trend()>{t(lang, Key::ActivityTrendNone)}</p>
            <TableDetails
                rows=Signal::derive(move || filters.with(|f| crate::data::select::periods_of(db, &f.activity).len()))
                title=Key::ActivityAllPeriods
            >
                {all_table}
            </TableDetails>
            <SourceNote items=sources notes=notes quoted=quoted lang=lang />
        </section>
    }
}

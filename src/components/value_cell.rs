//! One table cell of a published value: the value shown, its status and restatement marks, and
//! — where a cell has several releases — the list of them, preliminary first.

use leptos::prelude::*;

use crate::charts::spec::shown_value;
use crate::data::select::{history, is_revised, rate_for, releases, Cell};
use crate::data::Observation;
use crate::i18n::{fmt_index, fmt_int, fmt_share, status_mark, status_name, t, Key};
use crate::state::{Currency, Measure};

use super::app::use_ctx;

/// How a cell's numbers are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A measure in the table's currency.
    Measure(Measure, Currency),
    /// A share of total output.
    Share,
}

/// A `<td>` for `cell`: "no data" when nothing is published.
#[component]
pub fn ValueCell(
    /// The cell to show.
    cell: Cell,
    /// How to write its numbers.
    format: Format,
) -> impl IntoView {
    let ctx = use_ctx();
    let (db, lang) = (ctx.db, ctx.lang);
    let text = move |o: &Observation| -> String {
        match format {
            Format::Share => fmt_share(lang, o.value),
            Format::Measure(m, cur) => match shown_value(db, m, cur, o.period, o.value) {
                Some(v) if m == Measure::Iip => fmt_index(lang, v),
                Some(v) => fmt_int(lang, v),
                // Only a volume in dollars can lack a value: no rate for its period.
                None => t(lang, Key::NoRate).to_owned(),
            },
        }
    };
    let mark = |o: &Observation| {
        format!(
            "{}{}{}",
            status_mark(o.status),
            if o.is_restated() { "*" } else { "" },
            if o.uncertain { "?" } else { "" }
        )
    };
    let rel = releases(db, &cell);
    let Some(shown) = rel.first().copied() else {
        return view! { <td class="kz-iip-gap">{t(lang, Key::NoData)}</td> }.into_any();
    };
    let rate = match format {
        Format::Measure(Measure::Volume, Currency::Usd) => rate_for(db, shown.period).map(|r| {
            let src = db.source(&r.source).map_or("", |s| s.title.as_str());
            let how = r.implied_by.as_deref().unwrap_or_default();
            format!(
                "{} {:.2} KZT/USD ({how}; {src})",
                t(lang, Key::Rate),
                r.kzt_per_usd,
            )
        }),
        _ => None,
    };
    let revised = is_revised(db, &cell);
    // Identical copies of one figure (a table and its database copy) are not listed: the
    // source note names both.
    let list = revised.then(|| {
        let items = history(db, &cell)
            .into_iter()
            .map(|o| {
                let src = db.source(&o.source);
                let date =
                    super::date_text(lang, o.published(db), src.is_some_and(|s| s.date_inferred));
                view! {
                    <li>
                        <span class="kz-iip-num">{text(o)}</span> " " {status_name(lang, o.status)}
                        " — " <super::SourceTitle source=src lang=lang /> {date}
                    </li>
                }
            })
            .collect_view();
        view! {
            <details class="kz-iip-releases">
                <summary>{rel.len()} " " {t(lang, Key::Releases)}</summary>
                <ol>{items}</ol>
            </details>
        }
    });
    let value = text(shown);
    let sup = mark(shown);
    let sup_title = if shown.uncertain {
        t(lang, Key::UncertainReading)
    } else {
        ""
    };
    let revised_mark = revised
        .then(|| view! { <span class="kz-iip-revised" title=t(lang, Key::Revised)>"○"</span> });
    view! {
        <td class="kz-iip-num" title=rate.unwrap_or_default()>
            <span class="kz-iip-value">{value}</span>
            <sup title=sup_title>{sup}</sup>
            {revised_mark}
            {list}
        </td>
    }
    .into_any()
}

//! Leptos views, one per file, grouped: `panels` (one per view), `controls`, `tables`
//! (the mirrors), and beside them the page's furniture (app, notices, sources, downloads,
//! sharing). Each reads the shared [`Ctx`] (data, language, the one
//! `Filters` signal) from context and derives the rest.

mod app;
mod controls;
mod downloads;
mod later_data;
mod notice_bar;
mod panels;
mod share_dialog;
mod source_note;
pub mod sources;
mod tables;
mod trend_legend;

pub use crate::markup::{date_text, title_text};
pub use app::{AfterFirstPaint, App, Ctx, SETTLED_MARK};
pub use controls::activity_filter::ActivityFilter;
pub use controls::currency_toggle::CurrencyToggle;
pub use controls::language_switcher::LanguageSwitcher;
pub use controls::measure_toggle::MeasureToggle;
pub use controls::region_picker::RegionPicker;
pub use controls::theme::{provide_theme, ThemeToggle};
pub use controls::view_tabs::{follow_view_link, view_name, ViewTabs};
pub use controls::year_range::YearRange;
pub use downloads::{clicked_format, credit, permalink, save_png, save_svg, save_text, Downloads};
pub use later_data::with_later_data;
pub use notice_bar::NoticeBar;
pub use panels::activity_panel::ActivityPanel;
pub use panels::composition_panel::CompositionPanel;
pub use panels::glossary_panel::GlossaryPanel;
pub use panels::map_panel::MapPanel;
pub use panels::physical_panel::PhysicalPanel;
pub use panels::projects_panel::ProjectsPanel;
pub use panels::ranking_panel::RankingPanel;
pub use panels::trend_panel::TrendPanel;
pub use share_dialog::ShareDialog;
pub use source_note::SourceItem;
pub use source_note::{SourceNote, SourceTitle};
pub use tables::activity_table::ActivityTable;
pub use tables::composition_table::CompositionTable;
pub use tables::formula_note::FormulaNote;
pub use tables::map_table::MapTable;
pub use tables::ranking_table::RankingTable;
pub use tables::table_details::{provide_printing, Printing, TableDetails};
pub use tables::trend_table::TrendTable;
pub use trend_legend::TrendLegend;

/// Whether a media query (`"print"`, `"(prefers-color-scheme: dark)"`) matches, kept current
/// while the page lives (the listener is never removed: the roots live as long as the page).
pub fn media_signal(query: &str) -> leptos::prelude::RwSignal<bool> {
    use leptos::prelude::*;
    use wasm_bindgen::{closure::Closure, JsCast};
    let list = window().match_media(query).ok().flatten();
    let matches = RwSignal::new(list.as_ref().is_some_and(|q| q.matches()));
    if let Some(q) = list {
        let q2 = q.clone();
        let on_change = Closure::<dyn FnMut()>::new(move || matches.set(q2.matches()));
        let _ = q.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
    }
    matches
}

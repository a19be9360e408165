//! Leptos views, one per file. Each reads the shared [`Ctx`] (data, language, the one
//! `Filters` signal) from context and derives the rest.

mod activity_cells;
mod activity_filter;
mod activity_panel;
mod activity_table;
mod app;
mod composition_panel;
mod composition_table;
mod currency_toggle;
mod downloads;
mod glossary_panel;
mod language_switcher;
mod map_panel;
mod map_table;
mod measure_toggle;
mod notice_bar;
mod physical_panel;
mod projects_panel;
mod ranking_panel;
mod ranking_table;
mod region_picker;
mod share_dialog;
mod source_note;
pub mod sources;
mod stack_head;
mod table_details;
mod theme;
mod trend_legend;
mod trend_panel;
mod trend_table;
mod value_cell;
mod view_tabs;
mod year_range;

pub use activity_cells::ActivityCells;
pub use activity_filter::ActivityFilter;
pub use activity_panel::ActivityPanel;
pub use activity_table::ActivityTable;
pub use app::{App, Ctx};
pub use composition_panel::CompositionPanel;
pub use composition_table::CompositionTable;
pub use currency_toggle::CurrencyToggle;
pub use downloads::{permalink, save_text, Downloads};
pub use glossary_panel::GlossaryPanel;
pub use language_switcher::LanguageSwitcher;
pub use map_panel::MapPanel;
pub use map_table::MapTable;
pub use measure_toggle::MeasureToggle;
pub use notice_bar::NoticeBar;
pub use physical_panel::PhysicalPanel;
pub use projects_panel::ProjectsPanel;
pub use ranking_panel::RankingPanel;
pub use ranking_table::RankingTable;
pub use region_picker::RegionPicker;
pub use share_dialog::ShareDialog;
pub use source_note::SourceItem;
pub use source_note::{date_text, title_text, SourceNote, SourceTitle};
pub use stack_head::StackHead;
pub use table_details::{provide_printing, Printing, TableDetails};
pub use theme::{provide_theme, ThemeToggle};
pub use trend_legend::TrendLegend;
pub use trend_panel::TrendPanel;
pub use trend_table::TrendTable;
pub use value_cell::{EntryCell, Format, FormulaNote, ValueCell};
pub use view_tabs::{view_name, ViewLink, ViewTabs};
pub use year_range::YearRange;

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

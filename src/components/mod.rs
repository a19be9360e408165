//! Leptos views, one per file. Each reads the shared [`Ctx`] (data, language, the one
//! `Filters` signal) from context and derives the rest.

mod activity_filter;
mod activity_panel;
mod activity_table;
mod app;
mod composition_panel;
mod composition_table;
mod currency_toggle;
mod glossary_panel;
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
mod trend_panel;
mod trend_table;
mod value_cell;
mod year_range;

pub use activity_filter::ActivityFilter;
pub use activity_panel::ActivityPanel;
pub use activity_table::ActivityTable;
pub use app::{App, Ctx};
pub use composition_panel::CompositionPanel;
pub use composition_table::CompositionTable;
pub use currency_toggle::CurrencyToggle;
pub use glossary_panel::GlossaryPanel;
pub use measure_toggle::MeasureToggle;
pub use notice_bar::NoticeBar;
pub use physical_panel::PhysicalPanel;
pub use projects_panel::ProjectsPanel;
pub use ranking_panel::RankingPanel;
pub use ranking_table::RankingTable;
pub use region_picker::RegionPicker;
pub use share_dialog::ShareDialog;
pub use source_note::SourceItem;
pub use source_note::SourceNote;
pub use trend_panel::TrendPanel;
pub use trend_table::TrendTable;
pub use value_cell::{Format, ValueCell};
pub use year_range::YearRange;

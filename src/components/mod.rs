//! Leptos views, one per file. Each reads the shared [`Ctx`] (data, language, the one
//! `Filters` signal) from context and derives the rest.

mod app;
mod measure_toggle;
mod notice_bar;
mod ranking_panel;
mod ranking_table;
mod region_picker;
mod source_note;
mod trend_panel;
mod trend_table;
mod year_range;

pub use app::{App, Ctx};
pub use measure_toggle::MeasureToggle;
pub use notice_bar::NoticeBar;
pub use ranking_panel::RankingPanel;
pub use ranking_table::RankingTable;
pub use region_picker::RegionPicker;
pub use source_note::SourceNote;
pub use trend_panel::TrendPanel;
pub use trend_table::TrendTable;
pub use year_range::YearRange;

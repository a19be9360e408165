//! The views' panels: one per tab, each holding its value table in one `Memo` and deriving its
//! chart, table mirror, CSV, sources and notes from it.

pub(super) mod activity_panel;
pub(super) mod composition_panel;
pub(super) mod glossary_panel;
pub(super) mod map_panel;
pub(super) mod physical_panel;
pub(super) mod projects_panel;
pub(super) mod ranking_panel;
pub(super) mod trend_panel;

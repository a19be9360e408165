//! The controls: the filter panel's (regions, years, activity, currency), the measure toggle,
//! the view tabs, the language switcher and the theme.

pub(super) mod activity_filter;
pub(super) mod currency_toggle;
pub(super) mod language_switcher;
pub(super) mod measure_toggle;
pub(super) mod region_picker;
pub(super) mod theme;
pub(super) mod view_tabs;
pub(super) mod year_range;

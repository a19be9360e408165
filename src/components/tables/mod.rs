//! The table mirrors of the charts (each read from its view's value table) and their parts:
//! the fold, the formula note, the stacked heads of the text tables. The mirrors' rows are
//! markup ([`crate::markup`]).

pub(super) mod activity_table;
pub(super) mod composition_table;
pub(super) mod formula_note;
pub(super) mod map_table;
pub(super) mod ranking_table;
pub(super) mod table_details;
pub(super) mod trend_table;

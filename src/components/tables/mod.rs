//! The table mirrors of the charts (each read from its view's value table) and their parts:
//! the value cell, the fold, the stacked heads of the text tables.

pub(super) mod activity_cells;
pub(super) mod activity_table;
pub(super) mod composition_table;
pub(super) mod map_table;
pub(super) mod ranking_table;
pub(super) mod stack_head;
pub(super) mod table_details;
pub(super) mod trend_table;
pub(super) mod value_cell;

//! The three value cells of an activity row: IIP, volume (in the chosen currency) and share.

use leptos::prelude::*;

use crate::data::select::Cell;
use crate::data::{ActivityCode, Indicator, Period, RegionCode};
use crate::state::{Currency, Measure};

use crate::components::{Format, ValueCell};

/// `<td>`s for the IIP, volume and share of `activity` in `period` (the Republic).
#[component]
pub fn ActivityCells(
    /// The activity of the row.
    activity: ActivityCode,
    /// The period of the row.
    period: Period,
    /// The currency volumes are shown in.
    currency: Currency,
) -> impl IntoView {
    let republic = RegionCode::republic();
    let cell = |i| Cell::new(&republic, &activity, i, period);
    view! {
        <ValueCell cell=cell(Indicator::Iip) format=Format::Measure(Measure::Iip, currency) />
        <ValueCell cell=cell(Indicator::Volume) format=Format::Measure(Measure::Volume, currency) />
        <ValueCell cell=cell(Indicator::Share) format=Format::Share />
    }
}

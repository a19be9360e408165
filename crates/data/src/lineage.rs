//! A unit's boundary history, from `regions.json` (`from`, `to`, `carved_from`): what a series
//! of it must say about the years it covers. The words are the i18n layer's.

use crate::model::{Db, Region};

/// How a unit's boundaries changed.
#[derive(Clone, Debug, PartialEq)]
pub enum Lineage<'a> {
    /// Created in `year` from part of `parents` (Abay, Zhetisu, Ulytau in 2022).
    FormedFrom { year: i32, parents: Vec<&'a Region> },
    /// Abolished after `until` (South Kazakhstan, 2017); the sources give no figures for it.
    Abolished { until: i32 },
    /// Lost territory in `year` to the new `children`: values before it are for the larger unit.
    SmallerSince {
        year: i32,
        children: Vec<&'a Region>,
    },
}

/// The boundary history of `r`, if it has one.
pub fn lineage<'a>(db: &'a Db, r: &Region) -> Option<Lineage<'a>> {
    if let (Some(year), false) = (r.from, r.carved_from.is_empty()) {
        let parents = r.carved_from.iter().filter_map(|c| db.region(c)).collect();
        return Some(Lineage::FormedFrom { year, parents });
    }
    if let Some(until) = r.to {
        return Some(Lineage::Abolished { until });
    }
    // Units carved from this one alone (a renamed unit has no `to` here: handled above).
    let children: Vec<&Region> = db
        .regions
        .iter()
        .filter(|c| c.carved_from.len() == 1 && c.carved_from.contains(&r.code) && c.from.is_some())
        .collect();
    let year = children.iter().filter_map(|c| c.from).max()?;
    Some(Lineage::SmallerSince { year, children })
}

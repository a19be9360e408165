//! From the files' rows to what an import would change: the "decimal zero groups" artefact
//! (refused, or repaired with one calibrated factor), absolute bounds, duplicates within and
//! across files, then new / unchanged / revised against the bundle.

use std::collections::HashMap;

use kz_iip_data::load::IIP_RANGE;
use kz_iip_data::select::{best, same_figure, Cell};
use kz_iip_data::{Db, Indicator};

use crate::export::{Export, Row};

/// No region's industry outweighs the whole economy: Kazakhstan's GDP was about 135 trillion
/// tenge in 2024, so an output value above 200 trillion tenge (in million tenge) is an artefact.
pub const VOLUME_CEILING_MLN: f64 = 200_000_000.0;

/// A value that differs from the bundle's shown value for its cell.
#[derive(Clone, Debug, PartialEq)]
pub struct Revision {
    pub row: Row,
    pub old: f64,
    pub old_source: String,
}

/// What one file would change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilePlan {
    pub new: Vec<Row>,
    pub unchanged: Vec<Row>,
    pub revised: Vec<Revision>,
    /// Rows equal to an earlier row of the run (kept once).
    pub duplicates: usize,
    /// `--repair-zero-groups`: the factor applied and the bundle's cells that confirm it.
    pub repair: Option<(f64, usize)>,
}

/// Plans the import of `exports` (in place: refusals are added to their files).
pub fn plan(db: &Db, exports: &mut [Export], repair: bool) -> Vec<FilePlan> {
    let mut plans: Vec<FilePlan> = exports.iter().map(|_| FilePlan::default()).collect();
    for (ex, p) in exports.iter_mut().zip(plans.iter_mut()) {
        zero_groups(db, ex, p, repair);
        bounds(db, ex);
    }
    let mut seen: HashMap<Cell, (usize, usize, f64)> = HashMap::new();
    for (f, ex) in exports.iter_mut().enumerate() {
        if !ex.refused.is_empty() {
            continue;
        }
        let mut keep = Vec::new();
        for row in std::mem::take(&mut ex.rows) {
            match seen.get(&row.cell) {
                Some(&(_, _, v)) if v == row.value => plans[f].duplicates += 1,
                Some(&(of, ol, v)) => {
                    let first = format!("row {ol} of file {}", of + 1);
                    ex.refused.push(format!(
                        "row {}: {} {} {}: {} here but {v} in {first} — the same cell twice with different values",
                        row.line, row.cell.geo, row.cell.activity, row.cell.period, row.value
                    ));
                }
                None => {
                    seen.insert(row.cell.clone(), (f, row.line, row.value));
                    keep.push(row);
                }
            }
        }
        ex.rows = keep;
    }
    for (ex, p) in exports.iter().zip(plans.iter_mut()) {
        for row in &ex.rows {
            match best(db, &row.cell) {
                None => p.new.push(row.clone()),
                Some(o) if same_figure(row.cell.indicator, o.value, row.value) => {
                    p.unchanged.push(row.clone());
                }
                Some(o) => p.revised.push(Revision {
                    old: o.value,
                    old_source: o.source.as_str().to_owned(),
                    row: row.clone(),
                }),
            }
        }
    }
    plans
}

/// Does `value` (million tenge) round to what the bundle published, at its precision?
fn agrees(db: &Db, row: &Row) -> Option<bool> {
    let o = best(db, &row.cell)?;
    let in_their_unit = row.value / o.stated.unit.normalise(1.0);
    let printed = format!("{}", o.stated.value);
    let decimals = printed.split('.').nth(1).map_or(0, str::len);
    let half = 0.5 * 10f64.powi(-i32::try_from(decimals).unwrap_or(0));
    Some((in_their_unit - o.stated.value).abs() <= half * (1.0 + 1e-9))
}

fn zero_groups(db: &Db, ex: &mut Export, p: &mut FilePlan, repair: bool) {
    let flagged: Vec<usize> = ex
        .rows
        .iter()
        .filter(|r| r.zero_groups && r.cell.indicator == Indicator::Volume)
        .map(|r| r.line)
        .collect();
    if flagged.is_empty() {
        return;
    }
    let list = || {
        let shown: Vec<String> = flagged.iter().take(8).map(|l| l.to_string()).collect();
        let more = flagged.len().saturating_sub(8);
        format!(
            "rows {}{}",
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        )
    };
    if !repair {
        ex.refused.push(format!(
            "{} of {} values are printed with the \"decimal zero groups\" artefact ({}, e.g. «{}»): refused; --repair-zero-groups repairs them only with a factor confirmed by the bundle",
            flagged.len(),
            ex.rows.len(),
            list(),
            ex.rows.iter().find(|r| r.zero_groups).map_or("", |r| r.raw.as_str())
        ));
        return;
    }
    // One factor, a power of ten, from the first overlapping cell; every overlap must agree.
    let overlap: Vec<(usize, f64)> = ex
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| best(db, &r.cell).map(|o| (i, o.value / r.value)))
        .collect();
    let Some(&(_, ratio)) = overlap.first() else {
        ex.refused.push(format!(
            "--repair-zero-groups: none of the file's cells is in the bundle, so no factor can be calibrated ({}); refused",
            list()
        ));
        return;
    };
    let factor = 10f64.powi(ratio.log10().round() as i32);
    let mut confirmed = 0;
    for (i, _) in &overlap {
        let mut r = ex.rows[*i].clone();
        r.value *= factor;
        if agrees(db, &r) == Some(true) {
            confirmed += 1;
        } else {
            ex.refused.push(format!(
                "--repair-zero-groups: with the factor {factor:e}, row {} ({} {}) gives {} where the bundle has {:.1}: the factor is not confirmed; refused",
                r.line,
                r.cell.geo,
                r.cell.period,
                r.value,
                best(db, &r.cell).map_or(f64::NAN, |o| o.value)
            ));
            return;
        }
    }
    for r in &mut ex.rows {
        r.stated *= factor;
        r.value *= factor;
        r.zero_groups = false;
    }
    p.repair = Some((factor, confirmed));
}

/// Absolute bounds, per unit; no region above the Republic (in the file or the bundle); no
/// value a hundred times the bundle's for the same cell (no revision comes near that).
fn bounds(db: &Db, ex: &mut Export) {
    // The file's smallest Republic output per period and activity, indexed once (a large export
    // must not compare every row with every other).
    let mut republic_rows: HashMap<(kz_iip_data::Period, &kz_iip_data::ActivityCode), &Row> =
        HashMap::new();
    for o in ex
        .rows
        .iter()
        .filter(|o| o.cell.geo.is_republic() && o.cell.indicator == Indicator::Volume)
    {
        let slot = republic_rows
            .entry((o.cell.period, &o.cell.activity))
            .or_insert(o);
        if o.value < slot.value {
            *slot = o;
        }
    }
    let mut problems = Vec::new();
    for r in &ex.rows {
        let bad = match r.cell.indicator {
            Indicator::Iip if !IIP_RANGE.contains(&r.value) => Some(format!(
                "IIP {} outside {IIP_RANGE:?}: not a plausible index",
                r.raw
            )),
            Indicator::Volume if r.value <= 0.0 => Some(format!("output {} is not positive", r.raw)),
            Indicator::Volume if r.value > VOLUME_CEILING_MLN => Some(format!(
                "output «{}» {} is more than Kazakhstan's whole economy (the \"decimal zero groups\" artefact?)",
                r.raw,
                r.unit.key()
            )),
            Indicator::Volume if !r.cell.geo.is_republic() => republic_rows
                .get(&(r.cell.period, &r.cell.activity))
                .filter(|o| o.value < r.value)
                .map(|o| format!("output {} is more than the Republic's {} (row {})", r.raw, o.raw, o.line))
                .or_else(|| {
                    let republic = Cell::new(&kz_iip_data::RegionCode::republic(), &r.cell.activity, r.cell.indicator, r.cell.period);
                    best(db, &republic).filter(|o| o.value < r.value).map(|o| {
                        format!("output {} is more than the Republic's total in the bundle ({} million tenge): the \"decimal zero groups\" artefact?", r.raw, o.value)
                    })
                }),
            _ => None,
        };
        let bad = bad.or_else(|| {
            best(db, &r.cell)
                .filter(|o| r.cell.indicator == Indicator::Volume && !(0.01..=100.0).contains(&(r.value / o.value)))
                .map(|o| format!("{} is {:.0} times the bundle's {} for this cell: the \"decimal zero groups\" artefact?", r.raw, r.value / o.value, o.value))
        });
        if let Some(b) = bad {
            problems.push(format!(
                "row {}: {} {}: {b}",
                r.line, r.cell.geo, r.cell.period
            ));
        }
    }
    let n = problems.len();
    ex.refused.extend(problems.into_iter().take(20));
    if n > 20 {
        ex.refused
            .push(format!("… {} more rows out of bounds", n - 20));
    }
}

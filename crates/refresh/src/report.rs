//! The import report, per file: what it holds, what was read, skipped (by reason), refused,
//! and new / unchanged / revised (old → new per revised cell). As text or as one JSON object.

use kz_iip_data::Db;
use serde_json::{json, Value};

use crate::export::Export;
use crate::plan::FilePlan;

fn region_name(db: &Db, code: &kz_iip_data::RegionCode) -> String {
    db.region(code)
        .map_or_else(|| code.to_string(), |r| r.name_en.clone())
}

/// `{"files":[{"file":…,"indicator":…,"read":N,"new":N,"unchanged":N,"revised":N,"skipped":{reason:N},"revisions":[…]}]}`
pub fn json(db: &Db, exports: &[Export], plans: &[FilePlan], index: Option<u32>) -> Value {
    let files: Vec<Value> = exports
        .iter()
        .zip(plans)
        .map(|(ex, p)| {
            let revisions: Vec<Value> = p
                .revised
                .iter()
                .map(|r| {
                    json!({
                        "geo": r.row.cell.geo.as_str(),
                        "region": region_name(db, &r.row.cell.geo),
                        "activity": r.row.cell.activity.to_string(),
                        "indicator": r.row.cell.indicator.key(),
                        "period": r.row.cell.period.to_string(),
                        "old": r.old,
                        "new": r.row.value,
                        "old_source": r.old_source,
                        "row": r.row.line,
                    })
                })
                .collect();
            json!({
                "file": ex.file,
                "format": ex.format.map(|f| f.name()),
                "encoding": ex.encoding,
                "indicator": ex.indicator.map(|i| i.key()),
                "indicator_text": ex.indicator_text,
                "index": index,
                "unit": ex.unit.map(|u| u.key()),
                "periods": ex.periods(),
                "territories": ex.territories(),
                "read": ex.read,
                "imported": if ex.refused.is_empty() { p.new.len() + p.revised.len() } else { 0 },
                "new": p.new.len(),
                "unchanged": p.unchanged.len(),
                "revised": p.revised.len(),
                "duplicates": p.duplicates,
                "skipped": ex.skipped,
                "repair": p.repair.map(|(f, n)| json!({"factor": f, "confirmed_by": n})),
                "refused": ex.refused,
                "revisions": revisions,
            })
        })
        .collect();
    json!({ "files": files })
}

/// The same as text, for a person.
pub fn text(db: &Db, exports: &[Export], plans: &[FilePlan], index: Option<u32>) -> String {
    let mut out = String::new();
    for (ex, p) in exports.iter().zip(plans) {
        let mut line = |s: String| {
            out.push_str(&s);
            out.push('\n');
        };
        line(format!(
            "{}: {} ({}){}",
            ex.file,
            ex.format.map_or("unknown layout", |f| f.name()),
            if ex.encoding.is_empty() {
                "?"
            } else {
                ex.encoding
            },
            index.map_or(String::new(), |i| format!(", --index {i}"))
        ));
        if !ex.indicator_text.is_empty() {
            line(format!(
                "  holds: «{}» → {}{}",
                ex.indicator_text,
                ex.indicator.map_or("refused", |i| i.key()),
                ex.unit
                    .map_or(String::new(), |u| format!(", unit {}", u.key()))
            ));
        }
        // A file refused before a value was read: only why.
        if ex.read == 0 && !ex.refused.is_empty() {
            for m in &ex.refused {
                line(format!("  REFUSED: {m}"));
            }
            continue;
        }
        let periods = ex.periods();
        if let (Some(a), Some(b)) = (periods.first(), periods.last()) {
            line(format!(
                "  periods: {} ({a} … {b}); territories: {}",
                periods.len(),
                ex.territories()
            ));
        }
        let skipped: usize = ex.skipped.values().sum();
        line(format!(
            "  read {} values: {} to import, {} skipped, {} duplicates of earlier rows",
            ex.read,
            p.new.len() + p.revised.len(),
            skipped,
            p.duplicates
        ));
        let mut reasons: Vec<(&String, &usize)> = ex.skipped.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (reason, n) in reasons.iter().take(15) {
            let rows = if **n == 1 { "row" } else { "rows" };
            line(format!("    skipped {n} {rows}: {reason}"));
        }
        if reasons.len() > 15 {
            line(format!(
                "    … and {} more reasons (--json lists all)",
                reasons.len() - 15
            ));
        }
        if let Some((f, n)) = p.repair {
            line(format!(
                "  repaired the \"decimal zero groups\" artefact: factor {f:e}, confirmed by {n} cells of the bundle"
            ));
        }
        for r in &p.revised {
            line(format!(
                "  revised {} {} · {} · {} · {}: {} → {} (was {}, row {})",
                r.row.cell.geo,
                region_name(db, &r.row.cell.geo),
                r.row.cell.activity,
                r.row.cell.indicator.key(),
                r.row.cell.period,
                r.old,
                r.row.value,
                r.old_source,
                r.row.line
            ));
        }
        line(format!(
            "  {} new, {} unchanged, {} revised",
            p.new.len(),
            p.unchanged.len(),
            p.revised.len()
        ));
        for m in &ex.refused {
            line(format!("  REFUSED: {m}"));
        }
    }
    out
}

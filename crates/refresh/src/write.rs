//! Writing `data/bns_imports.json`: the planned values as one release (a source dated by the
//! export), never over an earlier value; the whole bundle, with the new file in place, must pass
//! the loader before the file is written beside the old one and renamed over it.

use std::path::Path;

use kz_iip_data::Date;
use serde::{Deserialize, Serialize};

use crate::plan::FilePlan;

/// The file the tool owns.
pub const IMPORT_FILE: &str = "bns_imports.json";

/// The release an import writes: one source, dated by the export.
#[derive(Clone, Debug, PartialEq)]
pub struct Release {
    pub id: String,
    pub date: Date,
    pub title: String,
    pub url: Option<String>,
}

impl Release {
    /// `bns-export-2026-01-15`, titled after the files.
    pub fn new(date: Date, files: &[String], url: Option<String>) -> Self {
        Self {
            id: format!("bns-export-{date}"),
            date,
            title: format!(
                "Bureau of National Statistics export of {date} ({})",
                files.join(", ")
            ),
            url,
        }
    }
}

/// `data/bns_imports.json`: a dataset with its own sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportFile {
    pub id: String,
    pub description: String,
    pub priority: u8,
    pub sources: Vec<OutSource>,
    pub observations: Vec<OutObservation>,
}

impl Default for ImportFile {
    fn default() -> Self {
        Self {
            id: "bns-imports".into(),
            description: "Values imported by `kz-iip-data import` from the Bureau's machine-readable exports (dynamic-table CSV, Taldau JSON). Each import is one release (a source dated by its export); a value that differs from an earlier release is added beside it, never over it.".into(),
            priority: 3,
            sources: Vec::new(),
            observations: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutSource {
    pub id: String,
    pub title: String,
    pub title_is_description: bool,
    pub lang: String,
    pub publisher: String,
    pub basis: String,
    pub url: Option<String>,
    pub date: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutObservation {
    pub geo: String,
    pub activity: String,
    pub period: String,
    pub indicator: String,
    pub unit: String,
    pub value: f64,
    pub source: String,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Adds the plans' new and revised values as one release. Refuses (naming the cell) a value
/// for a cell the same release already holds with another value: a second import of the same
/// date must not write the same cell twice.
pub fn apply(
    file: &mut ImportFile,
    plans: &[FilePlan],
    release: &Release,
) -> Result<usize, Vec<String>> {
    let rows = plans.iter().flat_map(|p| {
        let repair = p.repair.map(|(f, n)| {
            format!(
                " Repaired: the export printed it with the \"decimal zero groups\" artefact; multiplied by {f:e}, the factor confirmed by {n} cells the bundle held."
            )
        });
        p.new
            .iter()
            .map(|r| (r, None))
            .chain(p.revised.iter().map(|r| {
                (
                    &r.row,
                    Some(format!("Revises {} ({}).", r.old, r.old_source)),
                )
            }))
            .map(move |(r, note)| {
                let note = match (note, &repair) {
                    (Some(n), Some(x)) => Some(n + x),
                    (None, Some(x)) => Some(x.trim().to_owned()),
                    (n, None) => n,
                };
                (r, note)
            })
    });
    let mut added = Vec::new();
    let mut errors = Vec::new();
    for (r, note) in rows {
        let o = OutObservation {
            geo: r.cell.geo.to_string(),
            activity: r.cell.activity.to_string(),
            period: r.cell.period.to_string(),
            indicator: r.cell.indicator.key().into(),
            unit: r.unit.key().into(),
            value: r.stated,
            source: release.id.clone(),
            status: "official".into(),
            note,
        };
        let same = |x: &OutObservation| {
            x.source == o.source
                && x.geo == o.geo
                && x.activity == o.activity
                && x.period == o.period
                && x.indicator == o.indicator
        };
        if let Some(old) = file.observations.iter().find(|x| same(x)) {
            errors.push(format!(
                "release {} already holds {} {} for {} {} {}; import the new values with a later --date",
                release.id, old.value, old.unit, o.geo, o.activity, o.period
            ));
        } else {
            added.push(o);
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if added.is_empty() {
        return Ok(0);
    }
    if !file.sources.iter().any(|s| s.id == release.id) {
        file.sources.push(OutSource {
            id: release.id.clone(),
            title: release.title.clone(),
            title_is_description: true,
            lang: "en".into(),
            publisher: "Bureau of National Statistics of the Republic of Kazakhstan".into(),
            basis: "bns".into(),
            url: release.url.clone(),
            date: Some(release.date.to_string()),
            note: Some("Imported with kz-iip-data; dated by the export.".into()),
        });
    }
    let n = added.len();
    file.observations.extend(added);
    Ok(n)
}

/// Reads the import file of `dir` (a missing one is empty).
pub fn read_import_file(dir: &Path) -> Result<ImportFile, String> {
    let path = dir.join(IMPORT_FILE);
    match std::fs::read_to_string(&path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ImportFile::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// The file's text as written.
pub fn to_text(file: &ImportFile) -> Result<String, String> {
    serde_json::to_string_pretty(file)
        .map(|t| t + "\n")
        .map_err(|e| e.to_string())
}

/// Validates the bundle of `dir` with `text` as the import file, then writes it beside the old
/// one and renames it over. On any error `dir` is left as it was.
pub fn commit(dir: &Path, text: &str) -> Result<(), String> {
    let mut files = kz_iip_data::read_dir(dir);
    let name = format!("data/{IMPORT_FILE}");
    match files.iter_mut().find(|(n, _)| *n == name) {
        Some(f) => f.1 = text.to_owned(),
        None => files.push((name, text.to_owned())),
    }
    let (_, errors) = kz_iip_data::load_owned(&files);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        return Err(format!(
            "the bundle with the new values does not pass the loader; nothing written:\n{}",
            list.join("\n")
        ));
    }
    let target = dir.join(IMPORT_FILE);
    let tmp = dir.join(format!(".{IMPORT_FILE}.new"));
    let write = || -> std::io::Result<()> {
        use std::io::Write as _;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&tmp, &target)
    };
    write().map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("{}: {e}; nothing written", target.display())
    })
}

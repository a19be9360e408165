//! `kz-iip-data`: refreshes the bundle from the Bureau's machine-readable exports.
//!
//! ```text
//! kz-iip-data import --date 2026-01-15 [--check] [--indicator iip|volume] [--unit U]
//!                    [--activity CODE] [--url URL] [--data DIR] FILE...
//! ```
//!
//! Reads each export (BNS dynamic-table CSV, Taldau `GetIndexData` / `GetIndexTreeData` JSON),
//! validates it as the loader does, compares it with the bundle in `--data` (default `data`),
//! prints the revision report and — unless `--check` — adds the new and changed values to
//! `data/bns_imports.json` as one release dated `--date`. A file with an implausible value (the
//! export's "decimal zero groups" artefact) is rejected whole, naming the row. Exit status:
//! 0 done, 1 rejected, 2 usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kz_iip::data::import::{self, ImportFile, Options, Release};
use kz_iip::data::{bundled, ActivityCode, Date, Unit};

const USAGE: &str = "usage: kz-iip-data import --date YYYY-MM-DD [--check] [--indicator iip|volume] \
[--unit percent|thousand_tenge|mln_tenge|bn_tenge] [--activity CODE] [--url URL] [--data DIR] FILE...";

const IMPORT_FILE: &str = "bns_imports.json";

struct Args {
    check: bool,
    opts: Options,
    date: Date,
    url: Option<String>,
    data: PathBuf,
    files: Vec<PathBuf>,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    match it.next().as_deref() {
        Some("import") => {}
        Some("help" | "--help" | "-h") | None => return Err(String::new()),
        Some(other) => return Err(format!("unknown command {other:?}")),
    }
    let mut check = false;
    let mut indicator = None;
    let mut unit = None;
    let mut activity = None;
    let mut date = None;
    let mut url = None;
    let mut data = PathBuf::from("data");
    let mut files = Vec::new();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match a.as_str() {
            "--check" => check = true,
            "--indicator" => indicator = Some(value("--indicator")?),
            "--unit" => unit = Some(value("--unit")?),
            "--activity" => activity = Some(value("--activity")?),
            "--date" => date = Some(value("--date")?),
            "--url" => url = Some(value("--url")?),
            "--data" => data = PathBuf::from(value("--data")?),
            s if s.starts_with("--") => return Err(format!("unknown option {s}")),
            _ => files.push(PathBuf::from(a)),
        }
    }
    let mut opts = match indicator.as_deref() {
        None | Some("iip") => Options::iip(),
        Some("volume") => Options::volume(),
        Some(other) => return Err(format!("--indicator must be iip or volume, not {other:?}")),
    };
    if let Some(u) = unit {
        let parsed = Unit::parse(&u).filter(|u| u.indicator() == opts.indicator);
        opts.unit = parsed.ok_or_else(|| format!("--unit {u:?} does not fit the indicator"))?;
    }
    if let Some(a) = activity {
        opts.activity = ActivityCode::parse(&a).ok_or_else(|| format!("bad --activity {a:?}"))?;
    }
    let date = date
        .as_deref()
        .and_then(Date::parse)
        .filter(|d| d.day.is_some())
        .ok_or("--date YYYY-MM-DD (the export's date) is required")?;
    if files.is_empty() {
        return Err("no export files given".into());
    }
    Ok(Args {
        check,
        opts,
        date,
        url,
        data,
        files,
    })
}

/// Reads the bundle's files from `dir` (the same names the app bundles).
fn read_bundle(dir: &Path) -> Result<Vec<(String, String)>, String> {
    bundled::BUNDLED
        .iter()
        .map(|(name, _)| {
            let base = name.rsplit('/').next().unwrap_or(name);
            let path = dir.join(base);
            std::fs::read_to_string(&path)
                .map(|text| ((*name).to_owned(), text))
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

fn run(args: Args) -> Result<(), (u8, String)> {
    let fail = |m: String| (1, m);
    let bundle = read_bundle(&args.data).map_err(fail)?;
    let files: Vec<(&str, &str)> = bundle
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (db, errors) = kz_iip::data::load(&files);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        return Err(fail(format!(
            "the bundle in {} has errors:\n{}",
            args.data.display(),
            list.join("\n")
        )));
    }
    let mut rows = Vec::new();
    let mut rejected = Vec::new();
    let mut skipped = 0;
    let names: Vec<String> = args
        .files
        .iter()
        .map(|p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        })
        .collect();
    for (path, name) in args.files.iter().zip(&names) {
        let text =
            std::fs::read_to_string(path).map_err(|e| fail(format!("{}: {e}", path.display())))?;
        match import::parse(&db, name, &text, &args.opts) {
            Ok(parsed) => {
                println!(
                    "{name}: {} values read, {} rows skipped",
                    parsed.rows.len(),
                    parsed.skipped.len()
                );
                for (row, why) in &parsed.skipped {
                    println!("  skipped row {row}: {why}");
                }
                skipped += parsed.skipped.len();
                rows.extend(parsed.rows);
            }
            Err(errors) => {
                for e in &errors {
                    eprintln!("error: {e}");
                }
                rejected.push(name.clone());
            }
        }
    }
    if !rejected.is_empty() {
        return Err(fail(format!(
            "rejected: {} — nothing was written; fix or re-download, then import again",
            rejected.join(", ")
        )));
    }
    let release = Release::new(args.date, &names, args.url.clone());
    let plan = import::plan(&db, rows);
    print!("{}", import::report(&db, &plan, &release));
    println!("{skipped} rows skipped in all");
    if args.check {
        println!("--check: nothing written");
        return Ok(());
    }
    let target = args.data.join(IMPORT_FILE);
    let mut file: ImportFile = match std::fs::read_to_string(&target) {
        Ok(text) => {
            serde_json::from_str(&text).map_err(|e| fail(format!("{}: {e}", target.display())))?
        }
        Err(_) => ImportFile::default(),
    };
    let before = file.observations.len();
    import::apply(&mut file, &plan, &release);
    let json = serde_json::to_string_pretty(&file).map_err(|e| fail(e.to_string()))?;
    std::fs::write(&target, json + "\n").map_err(|e| fail(format!("{}: {e}", target.display())))?;
    println!(
        "wrote {}: {} values added as release {}",
        target.display(),
        file.observations.len() - before,
        release.id
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(m) => {
            if !m.is_empty() {
                eprintln!("error: {m}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, m)) => {
            eprintln!("error: {m}");
            ExitCode::from(code)
        }
    }
}

//! `kz-iip-data`: the Bureau's exports into `data/`, and the bundle out as a Data Package.
//!
//! ```text
//! kz-iip-data import --date YYYY-MM-DD [--check] [--json] [--index 701625|701592]
//!                    [--unit U] [--period-id 4|7|8] [--encoding utf-8|windows-1251]
//!                    [--activity CODE] [--repair-zero-groups] [--url URL] [--data DIR] FILE...
//! kz-iip-data package [--data DIR] OUT_DIR
//! ```
//!
//! Exit status: 0 done (at least one value read, nothing refused), 1 refused, 2 usage.

use std::path::PathBuf;
use std::process::ExitCode;

use kz_iip_data::{ActivityCode, Date, Unit};
use kz_iip_refresh::{export, package, plan, report, text, write};

const HELP: &str = "\
kz-iip-data — refresh kz-iip's data from the Bureau's exports; publish it as a Data Package

USAGE:
  kz-iip-data import --date YYYY-MM-DD [OPTIONS] FILE...
  kz-iip-data package [--data DIR] OUT_DIR

IMPORT reads stat.gov.kz dynamic-table CSVs and Taldau GetIndexData / GetIndexTreeData JSON,
compares them with the bundle and adds new and revised values to data/bns_imports.json as one
release dated --date. Nothing is ever overwritten; a refused run writes nothing.

OPTIONS (import):
  --date YYYY-MM-DD      the export's date (names the release)            [required]
  --check                report only; write nothing
  --json                 print the report as one JSON object
  --index ID             Taldau index: 701625 (industrial production index) or 701592
                         (output volume); required for Taldau answers, which do not name it
  --unit U               percent | tenge | thousand_tenge | mln_tenge | bn_tenge
                         (when the file does not say; a contradiction is refused)
  --period-id N          Taldau p_period_id of a GetIndexTreeData answer: 4 single months,
                         7 years, 8 January–month (required for tree answers)
  --encoding E           utf-8 | windows-1251 (default: detected)
  --activity CODE        activity of rows that name none (default IND, total industry)
  --repair-zero-groups   repair the \"decimal zero groups\" artefact with one factor, only if
                         every cell the bundle already holds confirms it
  --url URL              where the export was downloaded (cited with the release)
  --data DIR             the bundle (default: data)
  -h, --help             this help

PACKAGE writes OUT_DIR/datapackage.json and one CSV per table of the bundle.

EXIT: 0 done, 1 refused (nothing written), 2 usage.
";

enum Cmd {
    Import(ImportArgs),
    Package { data: PathBuf, out: PathBuf },
    Help,
}

struct ImportArgs {
    check: bool,
    json: bool,
    repair: bool,
    opts: export::Options,
    date: Date,
    url: Option<String>,
    data: PathBuf,
    files: Vec<PathBuf>,
}

fn parse_args() -> Result<Cmd, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_env();
    let cmd = match p.next().map_err(|e| e.to_string())? {
        Some(Value(v)) => v.string().map_err(|e| e.to_string())?,
        Some(Short('h') | Long("help")) | None => return Ok(Cmd::Help),
        Some(other) => return Err(other.unexpected().to_string()),
    };
    let mut data = PathBuf::from("data");
    let mut files = Vec::new();
    let (mut check, mut json, mut repair) = (false, false, false);
    let mut opts = export::Options::default();
    let (mut date, mut url) = (None, None);
    let text_of = |p: &mut lexopt::Parser| -> Result<String, String> {
        p.value()
            .map_err(|e| e.to_string())?
            .string()
            .map_err(|e| e.to_string())
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => return Ok(Cmd::Help),
            Long("data") => data = PathBuf::from(text_of(&mut p)?),
            Long("check") if cmd == "import" => check = true,
            Long("json") if cmd == "import" => json = true,
            Long("repair-zero-groups") if cmd == "import" => repair = true,
            Long("date") if cmd == "import" => date = Some(text_of(&mut p)?),
            Long("url") if cmd == "import" => url = Some(text_of(&mut p)?),
            Long("index") if cmd == "import" => {
                let v = text_of(&mut p)?;
                let id: u32 = v
                    .parse()
                    .map_err(|_| format!("--index {v:?}: a number (701625 or 701592)"))?;
                if kz_iip_refresh::terms::indicator_by_index(id).is_none() {
                    return Err(format!("--index {id} is not 701625 (industrial production index) or 701592 (output volume)"));
                }
                opts.index = Some(id);
            }
            Long("unit") if cmd == "import" => {
                let v = text_of(&mut p)?;
                opts.unit = Some(
                    Unit::parse(&v)
                        .filter(|u| matches!(u, Unit::Percent | Unit::Tenge | Unit::ThousandTenge | Unit::MlnTenge | Unit::BnTenge))
                        .ok_or_else(|| format!("--unit {v:?}: percent, tenge, thousand_tenge, mln_tenge or bn_tenge"))?,
                );
            }
            Long("period-id") if cmd == "import" => {
                let v = text_of(&mut p)?;
                opts.period_id = Some(
                    v.parse::<u8>()
                        .ok()
                        .filter(|n| [4, 7, 8].contains(n))
                        .ok_or_else(|| format!("--period-id {v:?}: 4, 7 or 8"))?,
                );
            }
            Long("encoding") if cmd == "import" => {
                let v = text_of(&mut p)?;
                opts.encoding = Some(
                    text::encoding_by_label(&v)
                        .ok_or_else(|| format!("--encoding {v:?}: utf-8 or windows-1251"))?,
                );
            }
            Long("activity") if cmd == "import" => {
                let v = text_of(&mut p)?;
                opts.activity = Some(ActivityCode::parse(&v).ok_or_else(|| {
                    format!("--activity {v:?}: an activity code such as IND, B, C")
                })?);
            }
            Value(v) => files.push(PathBuf::from(v)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    match cmd.as_str() {
        "help" => Ok(Cmd::Help),
        "package" => match files.as_slice() {
            [out] => Ok(Cmd::Package {
                data,
                out: out.clone(),
            }),
            _ => Err("package takes one OUT_DIR".into()),
        },
        "import" => {
            let date = date
                .as_deref()
                .and_then(Date::parse)
                .filter(|d| d.day.is_some())
                .ok_or("--date YYYY-MM-DD (the export's date) is required")?;
            if files.is_empty() {
                return Err("no export files given".into());
            }
            Ok(Cmd::Import(ImportArgs {
                check,
                json,
                repair,
                opts,
                date,
                url,
                data,
                files,
            }))
        }
        other => Err(format!("unknown command {other:?} (import, package)")),
    }
}

fn import(args: ImportArgs) -> Result<(), String> {
    let bundle = kz_iip_data::read_dir(&args.data);
    let (db, errors) = kz_iip_data::load_owned(&bundle);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
        return Err(format!(
            "the bundle in {} has errors:\n{}",
            args.data.display(),
            list.join("\n")
        ));
    }
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
    let mut exports = Vec::new();
    for (path, name) in args.files.iter().zip(&names) {
        let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        exports.push(export::read_export(&db, name, bytes, &args.opts));
    }
    let plans = plan::plan(&db, &mut exports, args.repair);
    if args.json {
        println!("{}", report::json(&db, &exports, &plans, args.opts.index));
    } else {
        print!("{}", report::text(&db, &exports, &plans, args.opts.index));
    }
    let refused: Vec<&str> = exports
        .iter()
        .filter(|e| !e.refused.is_empty())
        .map(|e| e.file.as_str())
        .collect();
    if !refused.is_empty() {
        return Err(format!(
            "refused: {} — nothing was written",
            refused.join(", ")
        ));
    }
    let release = write::Release::new(args.date, &names, args.url.clone());
    let mut file = write::read_import_file(&args.data)?;
    let added = write::apply(&mut file, &plans, &release).map_err(|e| e.join("\n"))?;
    if args.check {
        eprintln!(
            "--check: nothing written ({added} values would be added as release {})",
            release.id
        );
        return Ok(());
    }
    if added == 0 {
        eprintln!(
            "nothing new: {} unchanged",
            args.data.join(write::IMPORT_FILE).display()
        );
        return Ok(());
    }
    write::commit(&args.data, &write::to_text(&file)?)?;
    eprintln!(
        "wrote {}: {added} values added as release {}",
        args.data.join(write::IMPORT_FILE).display(),
        release.id
    );
    Ok(())
}

fn main() -> ExitCode {
    let result = match parse_args() {
        Ok(Cmd::Help) => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Ok(Cmd::Import(a)) => import(a),
        Ok(Cmd::Package { data, out }) => package::write_package(&data, &out).map(|n| {
            eprintln!(
                "wrote {} ({n} tables)",
                out.join("datapackage.json").display()
            );
        }),
        Err(m) => {
            eprintln!("error: {m}\n\nrun `kz-iip-data --help` for the options");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(m) => {
            eprintln!("error: {m}");
            ExitCode::from(1)
        }
    }
}

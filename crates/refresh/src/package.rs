//! The bundle out as a Frictionless Data Package: `datapackage.json` (title, licence, sources,
//! version = the data release) and one CSV per table with its Table Schema (types, units,
//! missing values, primary and foreign keys). Every table of the bundle, with every mark the
//! app shows: the value shown for a cell and its other releases, the uncertain reading,
//! composed source titles, inferred dates, values left out and why.

use std::path::Path;

use kz_iip_data::select::{best, Cell};
use kz_iip_data::Db;
use serde_json::{json, Value};

/// One column: name, Table Schema type, description (units included).
type Field = (&'static str, &'static str, &'static str);

struct Table {
    name: &'static str,
    title: &'static str,
    fields: Vec<Field>,
    primary_key: Vec<&'static str>,
    /// (fields, resource, fields there)
    foreign_keys: Vec<(&'static str, &'static str, &'static str)>,
    rows: Vec<Vec<String>>,
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(String::new, |v| v.to_string())
}

/// A number as written: the shortest text that reads back as the value.
fn num(v: f64) -> String {
    if v.is_finite() {
        format!("{v}")
    } else {
        String::new()
    }
}

/// A value converted to the model's unit (bn tenge × 1000): to 12 significant digits, so the
/// conversion's binary noise (353453.39999999997) is not printed as if it were data. Every
/// published figure has far fewer digits, so nothing of it is lost.
fn converted(v: f64) -> String {
    format!("{v:.11e}")
        .parse::<f64>()
        .map_or_else(|_| String::new(), num)
}

fn tables(db: &Db) -> Vec<Table> {
    let observations = Table {
        name: "observations",
        title: "Industrial production index, output volume and shares: every release of every value",
        fields: vec![
            ("geo", "string", "KATO code of the territory (000000000 = Republic of Kazakhstan)"),
            ("activity", "string", "Activity code (IND = total industry, B–E sections, branches)"),
            ("indicator", "string", "iip (index, same period a year earlier = 100), volume (output at current prices) or share (% of industrial output)"),
            ("period", "string", "2023 = the year; 2024-M02 = January–February 2024 (January to the month, cumulative)"),
            ("value", "number", "The value in the model's unit: an index (previous = 100), million tenge, or per cent"),
            ("unit", "string", "Unit of value: percent (index) or mln_tenge or share_pct"),
            ("value_as_published", "number", "The value exactly as the source published it"),
            ("unit_as_published", "string", "The unit the source used (percent, growth_pct, times, tenge, thousand_tenge, mln_tenge, bn_tenge, trn_tenge, share_pct)"),
            ("status", "string", "official, preliminary or press"),
            ("source", "string", "The source (sources.id)"),
            ("dataset", "string", "The data file it comes from"),
            ("shown", "boolean", "true for the release the explorer shows for this cell; false for an earlier or weaker release"),
            ("uncertain", "boolean", "The source's wording leaves the reading open (shown with an 'uncertain reading' mark)"),
            ("note", "string", "Note on the value"),
        ],
        primary_key: vec!["geo", "activity", "indicator", "period", "source"],
        foreign_keys: vec![("source", "sources", "id"), ("geo", "regions", "code"), ("activity", "activities", "code")],
        rows: db
            .observations
            .iter()
            .map(|o| {
                let cell = Cell::new(&o.geo, &o.activity, o.indicator, o.period);
                let shown = best(db, &cell).is_some_and(|b| std::ptr::eq(b, o));
                let unit = match o.indicator {
                    kz_iip_data::Indicator::Iip => "percent",
                    kz_iip_data::Indicator::Volume => "mln_tenge",
                    kz_iip_data::Indicator::Share => "share_pct",
                };
                vec![
                    o.geo.to_string(),
                    o.activity.to_string(),
                    o.indicator.key().into(),
                    o.period.to_string(),
                    converted(o.value),
                    unit.into(),
                    num(o.stated.value),
                    o.stated.unit.key().into(),
                    o.status.key().into(),
                    o.source.as_str().into(),
                    db.datasets.get(o.dataset).map_or_else(String::new, |d| d.file.clone()),
                    shown.to_string(),
                    o.uncertain.to_string(),
                    opt(o.note.as_ref()),
                ]
            })
            .collect(),
    };
    let omitted = Table {
        name: "omitted",
        title: "Values a source published that the project leaves out, and why",
        fields: vec![
            ("geo", "string", "KATO code"),
            ("indicator", "string", "iip, volume or share"),
            ("period", "string", "Period"),
            ("value_as_published", "number", "The value as published"),
            ("unit_as_published", "string", "Its unit"),
            ("reason", "string", "Why it is left out"),
            ("dataset", "string", "The data file that lists it"),
        ],
        primary_key: vec![],
        foreign_keys: vec![("geo", "regions", "code")],
        rows: db
            .omitted
            .iter()
            .map(|o| {
                vec![
                    o.geo.to_string(),
                    o.indicator.key().into(),
                    o.period.to_string(),
                    num(o.stated.value),
                    o.stated.unit.key().into(),
                    o.reason.clone(),
                    db.datasets
                        .get(o.dataset)
                        .map_or_else(String::new, |d| d.file.clone()),
                ]
            })
            .collect(),
    };
    let sources = Table {
        name: "sources",
        title: "Sources: every publication a value is taken from",
        fields: vec![
            ("id", "string", "Source id"),
            ("title", "string", "Title; when title_is_description is true, a description composed by the project (shown in brackets), not the publication's own title"),
            ("title_is_description", "boolean", "The title is the project's description, not the publication's"),
            ("lang", "string", "Language of the publication"),
            ("publisher", "string", "Publisher"),
            ("basis", "string", "Who stands behind the figures: bns, bns-relayed, government, press, secondary (decides the status)"),
            ("url", "string", "Where it is published"),
            ("date", "string", "Publication date: YYYY-MM-DD, or YYYY-MM or YYYY where only that is known"),
            ("date_inferred", "boolean", "The date was inferred, not printed with the publication"),
            ("note", "string", "Note"),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![],
        rows: db
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.id.as_str().into(),
                    s.title.clone(),
                    s.title_is_description.to_string(),
                    s.lang.clone(),
                    s.publisher.clone(),
                    s.basis.key().into(),
                    opt(s.url.as_ref()),
                    opt(s.date.as_ref()),
                    s.date_inferred.to_string(),
                    opt(s.note.as_ref()),
                ]
            })
            .collect(),
    };
    let regions = Table {
        name: "regions",
        title: "Territorial units and their lineage",
        fields: vec![
            (
                "code",
                "string",
                "KATO code (SKO: South Kazakhstan region, until 2017)",
            ),
            ("kind", "string", "country, oblast or city"),
            ("name_en", "string", "English name"),
            ("name_ru", "string", "Russian name (the Bureau's)"),
            ("name_kk", "string", "Kazakh name"),
            ("aliases", "string", "Other names, separated by '; '"),
            ("from", "integer", "First full year of a unit created later"),
            ("to", "integer", "Last full year of an abolished unit"),
            (
                "carved_from",
                "string",
                "Codes of the units it was carved from, separated by '; '",
            ),
            ("note", "string", "Note"),
        ],
        primary_key: vec!["code"],
        foreign_keys: vec![],
        rows: db
            .regions
            .iter()
            .map(|r| {
                vec![
                    r.code.to_string(),
                    r.kind.key().into(),
                    r.name_en.clone(),
                    r.name_ru.clone(),
                    opt(r.name_kk.as_ref()),
                    r.aliases.join("; "),
                    opt(r.from),
                    opt(r.to),
                    r.carved_from
                        .iter()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join("; "),
                    opt(r.note.as_ref()),
                ]
            })
            .collect(),
    };
    let activities = Table {
        name: "activities",
        title: "Economic activities: total industry, OKED sections B–E and branches",
        fields: vec![
            ("code", "string", "Activity code"),
            ("parent", "string", "The activity it belongs to"),
            ("name_en", "string", "English name"),
            ("name_ru", "string", "Russian name"),
            ("name_kk", "string", "Kazakh name"),
            ("note", "string", "Note"),
        ],
        primary_key: vec!["code"],
        foreign_keys: vec![],
        rows: db
            .activities
            .iter()
            .map(|a| {
                vec![
                    a.code.to_string(),
                    opt(a.parent.as_ref()),
                    a.name_en.clone(),
                    opt(a.name_ru.as_ref()),
                    opt(a.name_kk.as_ref()),
                    opt(a.note.as_ref()),
                ]
            })
            .collect(),
    };
    let rates = Table {
        name: "exchange_rates",
        title: "Tenge per US dollar, as the sources print or imply them",
        fields: vec![
            (
                "period",
                "string",
                "The period the rate belongs to (dollar values use a rate of the same period only)",
            ),
            ("kzt_per_usd", "number", "Tenge per US dollar"),
            ("date", "string", "Date or period of the rate"),
            ("source", "string", "Source (sources.id)"),
            (
                "implied_by",
                "string",
                "The tenge/dollar pair the rate is implied by, if not printed",
            ),
            ("note", "string", "Note"),
        ],
        primary_key: vec![],
        foreign_keys: vec![("source", "sources", "id")],
        rows: db
            .rates
            .iter()
            .map(|r| {
                vec![
                    opt(r.period),
                    num(r.kzt_per_usd),
                    r.date.to_string(),
                    r.source.as_str().into(),
                    opt(r.implied_by.as_ref()),
                    opt(r.note.as_ref()),
                ]
            })
            .collect(),
    };
    let physical = Table {
        name: "physical_output",
        title: "Physical output of key products",
        fields: vec![
            ("period", "string", "Period"),
            ("product", "string", "Product"),
            ("value", "number", "Quantity, in unit"),
            ("unit", "string", "Unit of value"),
            (
                "change_pct",
                "number",
                "Change on the same period a year earlier, %",
            ),
            ("source", "string", "Source (sources.id)"),
            ("status", "string", "official, preliminary or press"),
            ("note", "string", "Note"),
        ],
        primary_key: vec![],
        foreign_keys: vec![("source", "sources", "id")],
        rows: db
            .physical
            .iter()
            .map(|p| {
                vec![
                    p.period.to_string(),
                    p.product.clone(),
                    num(p.value),
                    p.unit.clone(),
                    opt(p.change_pct.map(num)),
                    p.source.as_str().into(),
                    p.status.key().into(),
                    opt(p.note.as_ref()),
                ]
            })
            .collect(),
    };
    let projects = Table {
        name: "projects",
        title: "Major industrial investment projects by region",
        fields: vec![
            ("id", "string", "Project id"),
            ("region", "string", "KATO code"),
            ("company", "string", "Company"),
            ("product", "string", "Product"),
            ("capacity", "string", "Capacity, as stated"),
            (
                "investment_usd_bn",
                "number",
                "Investment, billion US dollars",
            ),
            (
                "investment_qualifier",
                "string",
                "up_to, more_than or about, as stated",
            ),
            ("jobs", "integer", "Jobs"),
            ("jobs_text", "string", "Jobs, as stated"),
            ("timing", "string", "Timing"),
            ("status_text", "string", "Project status, as stated"),
            ("source", "string", "Source (sources.id)"),
            ("status", "string", "official, preliminary or press"),
        ],
        primary_key: vec!["id"],
        foreign_keys: vec![("source", "sources", "id"), ("region", "regions", "code")],
        rows: db
            .projects
            .iter()
            .map(|p| {
                vec![
                    p.id.clone(),
                    p.region.to_string(),
                    opt(p.company.as_ref()),
                    p.product.clone(),
                    opt(p.capacity.as_ref()),
                    opt(p.investment_usd_bn.map(num)),
                    opt(p.investment_qualifier.map(|q| q.key())),
                    opt(p.jobs),
                    opt(p.jobs_text.as_ref()),
                    opt(p.timing.as_ref()),
                    p.status_text.clone(),
                    p.source.as_str().into(),
                    p.status.key().into(),
                ]
            })
            .collect(),
    };
    vec![
        observations,
        omitted,
        sources,
        regions,
        activities,
        rates,
        physical,
        projects,
    ]
}

/// The data release: the newest date the sources print ([`Db::data_release`]).
pub fn release(db: &Db) -> String {
    db.data_release()
        .map_or_else(String::new, |d| d.to_string())
}

fn descriptor(db: &Db, tables: &[Table]) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            let fields: Vec<Value> = t
                .fields
                .iter()
                .map(|(name, ty, desc)| {
                    let mut f = json!({"name": name, "type": ty, "description": desc});
                    if *name == "date" && t.name == "sources" {
                        f["constraints"] = json!({"pattern": "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"});
                    }
                    f
                })
                .collect();
            let mut schema = json!({"fields": fields, "missingValues": [""]});
            if !t.primary_key.is_empty() {
                schema["primaryKey"] = json!(t.primary_key);
            }
            if !t.foreign_keys.is_empty() {
                schema["foreignKeys"] = t
                    .foreign_keys
                    .iter()
                    .map(|(f, r, rf)| json!({"fields": f, "reference": {"resource": r, "fields": rf}}))
                    .collect();
            }
            json!({
                "name": t.name,
                "path": format!("{}.csv", t.name),
                "title": t.title,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": {"delimiter": ",", "header": true},
                "schema": schema,
            })
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "kz-iip",
        "title": "Kazakhstan Industrial Production Explorer (kz-iip): industrial production index and output by region and activity",
        "description": "Every table of the kz-iip bundle: the industrial production index (% of the same period a year earlier) and output volume by region and activity, with every release of every value and its source and status; values left out and why; sources; regions and their lineage; activities; exchange rates; physical output; investment projects.",
        "version": release(db),
        "created": format!("{}T00:00:00Z", release(db)),
        "licenses": [{
            "name": "other-at",
            "title": "The statistics are their publishers' (the Bureau of National Statistics and the sources named per row); this compilation may be reused with attribution: Kazakhstan Industrial Production Explorer (kz-iip)"
        }],
        "sources": [
            {"title": "Bureau of National Statistics of the Agency for Strategic Planning and Reforms of the Republic of Kazakhstan", "path": "https://stat.gov.kz/"},
            {"title": "Every other source, per value: see the sources table"}
        ],
        "resources": resources,
    })
}

/// The CSV text of a table.
fn csv_text(t: &Table) -> Result<Vec<u8>, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(t.fields.iter().map(|f| f.0))
        .map_err(|e| e.to_string())?;
    for r in &t.rows {
        w.write_record(r).map_err(|e| e.to_string())?;
    }
    w.into_inner().map_err(|e| e.to_string())
}

/// Writes the package of the bundle in `data` into `out`; the number of tables.
pub fn write_package(data: &Path, out: &Path) -> Result<usize, String> {
    let (db, errors) = kz_iip_data::load_owned(&kz_iip_data::read_dir(data));
    if !errors.is_empty() {
        return Err(format!(
            "the bundle has {} errors; no package written",
            errors.len()
        ));
    }
    let tables = tables(&db);
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    for t in &tables {
        let path = out.join(format!("{}.csv", t.name));
        std::fs::write(&path, csv_text(t)?).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let text =
        serde_json::to_string_pretty(&descriptor(&db, &tables)).map_err(|e| e.to_string())?;
    let path = out.join("datapackage.json");
    std::fs::write(&path, text + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(tables.len())
}

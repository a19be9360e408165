//! The data files' raw shapes (serde), before validation: what `load` reads from JSON — at build
//! time (`build.rs`), in the tests and in the refresh tool. The app reads the validated bundle
//! instead ([`crate::encoded`]), so it carries no JSON parser.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What a data file holds, by its name (`load` reads them in a fixed order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Sources,
    Regions,
    Activities,
    Rates,
    Physical,
    Projects,
    Glossary,
    Statements,
    /// Any other file: an observation dataset.
    Dataset,
}

impl Kind {
    /// The kind of the file at `path` (recognised by its base name).
    pub(crate) fn of(path: &str) -> Self {
        match path.rsplit('/').next().unwrap_or(path) {
            "sources.json" => Self::Sources,
            "regions.json" => Self::Regions,
            "activities.json" => Self::Activities,
            "exchange_rates.json" => Self::Rates,
            "physical_output.json" => Self::Physical,
            "projects.json" => Self::Projects,
            "glossary.json" => Self::Glossary,
            "statements.json" => Self::Statements,
            _ => Self::Dataset,
        }
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSources {
    pub(crate) sources: Vec<RawSource>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub(crate) id: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) title_is_description: bool,
    /// Language of the title (BCP 47: `en`, `ru`, `kk`, `tr` …).
    pub(crate) lang: String,
    pub(crate) publisher: String,
    /// `bns`, `bns-relayed`, `government`, `press` or `secondary` (see [`Basis`]).
    pub(crate) basis: String,
    pub(crate) url: Option<String>,
    pub(crate) date: Option<String>,
    #[serde(default)]
    pub(crate) date_inferred: bool,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRegions {
    #[allow(dead_code)]
    pub(crate) source: String,
    #[allow(dead_code)]
    pub(crate) note: String,
    pub(crate) regions: Vec<RawRegion>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRegion {
    pub(crate) code: String,
    pub(crate) kind: String,
    pub(crate) name_en: String,
    pub(crate) name_ru: String,
    pub(crate) name_kk: String,
    /// Other names people type (search only).
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
    pub(crate) from: Option<i32>,
    pub(crate) to: Option<i32>,
    pub(crate) carved_from: Vec<String>,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDataset {
    pub(crate) id: String,
    pub(crate) description: String,
    pub(crate) priority: u8,
    /// Sources of this file's values, besides `sources.json` (the import tool writes its
    /// releases here).
    #[serde(default)]
    pub(crate) sources: Vec<RawSource>,
    /// Defaults for every value in the file.
    pub(crate) activity: Option<String>,
    pub(crate) indicator: Option<String>,
    pub(crate) unit: Option<String>,
    pub(crate) source: Option<String>,
    pub(crate) status: Option<String>,
    /// `period → region code → value`, the shape of the BNS dynamic-table copies.
    pub(crate) values: Option<BTreeMap<String, BTreeMap<String, f64>>>,
    pub(crate) observations: Option<Vec<RawObservation>>,
    #[serde(default)]
    pub(crate) omitted: Vec<RawOmitted>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawObservation {
    pub(crate) geo: String,
    pub(crate) activity: Option<String>,
    pub(crate) period: String,
    pub(crate) indicator: String,
    pub(crate) unit: String,
    pub(crate) value: f64,
    pub(crate) source: Option<String>,
    pub(crate) status: Option<String>,
    pub(crate) note: Option<String>,
    /// `"uncertain"` when the source's wording leaves the reading open.
    pub(crate) reading: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOmitted {
    pub(crate) geo: String,
    pub(crate) period: String,
    pub(crate) value_as_published: f64,
    pub(crate) reason: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivities {
    #[allow(dead_code)]
    pub(crate) source: String,
    #[allow(dead_code)]
    pub(crate) note: String,
    pub(crate) activities: Vec<RawActivity>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawActivity {
    pub(crate) code: String,
    pub(crate) parent: Option<String>,
    pub(crate) name_en: String,
    pub(crate) name_ru: Option<String>,
    pub(crate) name_kk: Option<String>,
    pub(crate) level: String,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRates {
    #[allow(dead_code)]
    pub(crate) note: String,
    pub(crate) quoted: Vec<RawQuoted>,
    pub(crate) pairs: Vec<RawPair>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawQuoted {
    #[allow(dead_code)]
    pub(crate) id: String,
    pub(crate) usd_per_kzt: f64,
    pub(crate) date: String,
    pub(crate) source: String,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPair {
    pub(crate) period: String,
    pub(crate) what: String,
    pub(crate) tenge: f64,
    pub(crate) tenge_unit: String,
    pub(crate) usd_bn: f64,
    pub(crate) source: String,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPhysical {
    #[allow(dead_code)]
    pub(crate) note: String,
    pub(crate) products: Vec<RawProduct>,
    pub(crate) items: Vec<RawPhysicalItem>,
    pub(crate) context: Vec<RawFact>,
}

/// A product's names (the key is the English name the items use).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProduct {
    pub(crate) key: String,
    pub(crate) name_en: String,
    pub(crate) name_ru: String,
    pub(crate) name_kk: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPhysicalItem {
    pub(crate) period: String,
    pub(crate) product: String,
    pub(crate) value: f64,
    pub(crate) unit: String,
    pub(crate) change_pct: Option<f64>,
    pub(crate) source: String,
    pub(crate) status: String,
    pub(crate) note: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFact {
    pub(crate) text: String,
    pub(crate) source: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProjects {
    pub(crate) source: String,
    pub(crate) status: String,
    pub(crate) summary: String,
    #[allow(dead_code)]
    pub(crate) total_investment_usd_bn: f64,
    #[allow(dead_code)]
    pub(crate) total_jobs: u32,
    pub(crate) projects: Vec<RawProject>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawProject {
    pub(crate) id: String,
    pub(crate) region: String,
    pub(crate) company: Option<String>,
    pub(crate) product: String,
    pub(crate) capacity: Option<String>,
    pub(crate) investment_usd_bn: Option<f64>,
    /// `up_to`, `more_than` or `about`, as the source words the amount.
    pub(crate) investment_qualifier: Option<String>,
    pub(crate) jobs: Option<u32>,
    pub(crate) jobs_text: Option<String>,
    pub(crate) timing: Option<String>,
    pub(crate) status: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGlossary {
    pub(crate) source: String,
    pub(crate) glossary: Vec<RawTerm>,
    pub(crate) method: Vec<String>,
    pub(crate) method_ru: Vec<String>,
    pub(crate) method_kk: Vec<String>,
    #[allow(dead_code)]
    pub(crate) translation_note: String,
    pub(crate) links: Vec<RawLink>,
    pub(crate) related: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStatements {
    #[allow(dead_code)]
    pub(crate) note: String,
    pub(crate) statements: Vec<RawStatement>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStatement {
    pub(crate) period: String,
    pub(crate) text: String,
    pub(crate) source: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTerm {
    pub(crate) term: String,
    pub(crate) text: String,
    pub(crate) term_ru: String,
    pub(crate) text_ru: String,
    pub(crate) term_kk: String,
    pub(crate) text_kk: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLink {
    pub(crate) title: String,
    pub(crate) url: String,
}

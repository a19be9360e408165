//! Embed (widget) options: which chart, the embed id and whether the table is open (theme and
//! language are selection keys, read by `Filters`).
//!
//! Parsed from the same query as [`Filters`](super::Filters) (`Filters::from_query` reads the
//! selection; this reads the widget's own keys), so a widget link and an explorer link share
//! every selection key. Pure; bad values fall back with a [`Notice`](super::Notice).

use super::{truncate, Notice};

/// The chart a widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    Trend,
    Ranking,
    Activity,
    Composition,
    Map,
}

impl ChartKind {
    pub const ALL: [Self; 5] = [
        Self::Trend,
        Self::Ranking,
        Self::Activity,
        Self::Composition,
        Self::Map,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Self::Trend => "trend",
            Self::Ranking => "ranking",
            Self::Activity => "activity",
            Self::Composition => "composition",
            Self::Map => "map",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == s)
    }
}

/// What the widget shows beyond the selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetOptions {
    pub chart: ChartKind,
    /// The embed id the host uses to match height messages (`[A-Za-z0-9_-]{1,40}`).
    pub id: String,
    /// The table is open on load.
    pub table: bool,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        Self {
            chart: ChartKind::Trend,
            id: "kz-iip".to_owned(),
            table: false,
        }
    }
}

/// A valid embed id, or `None`.
pub fn embed_id(s: &str) -> Option<String> {
    let ok = !s.is_empty()
        && s.len() <= 40
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| s.to_owned())
}

impl WidgetOptions {
    /// Reads the widget keys `chart`, `id`, `table` of a query string (`theme` is the
    /// selection's, in [`super::Filters`]).
    pub fn from_query(query: &str) -> (Self, Vec<Notice>) {
        let mut o = Self::default();
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = super::percent_decode(raw);
            let bad = |notices: &mut Vec<Notice>| {
                notices.push(Notice::BadWidgetOption {
                    key: truncate(key),
                    value: truncate(&value),
                })
            };
            match key {
                "chart" => match ChartKind::parse(&value) {
                    Some(c) => o.chart = c,
                    None => bad(&mut notices),
                },
                "id" => match embed_id(&value) {
                    Some(id) => o.id = id,
                    None => bad(&mut notices),
                },
                "table" => match value.as_str() {
                    "1" => o.table = true,
                    "0" => o.table = false,
                    _ => bad(&mut notices),
                },
                _ => {}
            }
        }
        (o, notices)
    }

    /// The widget keys as a query fragment (without `&` at either end).
    pub fn to_query(&self) -> String {
        format!(
            "chart={}&id={}&table={}",
            self.chart.key(),
            self.id,
            u8::from(self.table)
        )
    }
}

/// A short, stable embed id for a widget query (FNV-1a of the query, 8 hex digits).
pub fn stable_id(query: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in query.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn html_attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe snippet a newsroom pastes: `title` for screen readers (ending with the locale),
/// `lang`, `loading="lazy"`, an intrinsic `height` (the chart kind's, from the registry), full
/// column width up to 720 px.
pub fn snippet(widget_url: &str, id: &str, title: &str, height: u32, lang: super::Lang) -> String {
    format!(
        "<iframe id=\"kz-iip-{}\" title=\"{} ({})\" lang=\"{}\" src=\"{}\" loading=\"lazy\" \
         style=\"width:100%;max-width:720px;height:{}px;border:0\"></iframe>",
        html_attr(id),
        html_attr(title),
        lang.locale(),
        lang.tag(),
        html_attr(widget_url),
        height
    )
}

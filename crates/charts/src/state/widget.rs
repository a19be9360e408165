//! Embed (widget) options: which chart, the embed id and whether the table is open (theme and
//! language are selection keys, read by `Filters`).
//!
//! Parsed from the same query as [`Filters`](super::Filters) (`Filters::from_query` reads the
//! selection; this reads the widget's own keys), so a widget link and an explorer link share
//! every selection key. Pure; bad values fall back with a [`Notice`](super::Notice).

use super::{truncate, Notice};

/// `s` for a query value: unreserved characters as they are, every other byte as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

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

/// A newsroom's own words around an embedded chart (#25), plain text only. The chart's own
/// title stays (as the subtitle), and the data credit and source line stay the project's.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Words {
    /// The headline (`title=`).
    pub title: Option<String>,
    /// A one-line description (`desc=`).
    pub desc: Option<String>,
    /// A note under the chart (`note=`).
    pub note: Option<String>,
    /// Who made it (`byline=`).
    pub byline: Option<String>,
}

impl Words {
    /// The keys, their longest length (characters) and the field each fills.
    pub const KEYS: [(&'static str, usize); 4] =
        [("title", 120), ("desc", 300), ("note", 300), ("byline", 80)];

    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        match key {
            "title" => Some(&mut self.title),
            "desc" => Some(&mut self.desc),
            "note" => Some(&mut self.note),
            "byline" => Some(&mut self.byline),
            _ => None,
        }
    }

    /// Each key with its text, in [`Words::KEYS`] order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        let values = [&self.title, &self.desc, &self.note, &self.byline];
        Self::KEYS
            .into_iter()
            .zip(values)
            .filter_map(|((k, _), v)| v.as_deref().map(|v| (k, v)))
    }

    /// Sets `key` from what a reader typed or a link carried: cleaned and cut
    /// ([`clean_words`]); empty text clears it. `false` for a key that is not a word key.
    pub fn set(&mut self, key: &str, raw: &str) -> bool {
        let Some(max) = Self::KEYS.iter().find(|(k, _)| *k == key).map(|(_, m)| *m) else {
            return false;
        };
        let (text, _) = clean_words(raw, max);
        if let Some(slot) = self.slot(key) {
            *slot = (!text.is_empty()).then_some(text);
        }
        true
    }
}

/// Text safe to show as plain text: control characters, bidirectional overrides and isolates
/// and zero-width characters dropped, runs of white space made one space, trimmed; longer than
/// `max` characters, cut at the last word that fits, with "…". `true` when it was cut.
pub fn clean_words(raw: &str, max: usize) -> (String, bool) {
    let mut out = String::new();
    let mut space = false;
    // Never read more than a few times the limit (a 100 000-character value costs nothing).
    for c in raw.chars().take(max.saturating_mul(4).max(64)) {
        let invisible = c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        if c.is_whitespace() {
            space = !out.is_empty();
        } else if !invisible {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    if out.chars().count() <= max {
        let cut = raw.chars().count() > max.saturating_mul(4).max(64);
        return (out, cut);
    }
    let head: String = out.chars().take(max.saturating_sub(1)).collect();
    let at_word = head
        .rfind(' ')
        .filter(|&i| i >= head.len() / 2)
        .map_or(head.as_str(), |i| &head[..i]);
    (format!("{}…", at_word.trim_end()), true)
}

/// A newsroom's short note at a year of a trend chart (`ann=2023:Lowest since 2015`), drawn
/// with a leader line to the point it is about (the first highlighted line with a value that
/// year, else the first line with one) and said in the chart's description and read-out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub year: i32,
    pub text: String,
}

impl Note {
    /// At most this many notes per chart.
    pub const MAX: usize = 3;
    /// At most this many characters per note.
    pub const MAX_CHARS: usize = 60;

    /// `YEAR:text`, its text cleaned and cut ([`clean_words`]); `None` without a year in
    /// 1900–2100 or a text.
    pub fn parse(s: &str) -> Option<Self> {
        let (year, text) = s.split_once(':')?;
        let year = year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2100).contains(y))?;
        let (text, _) = clean_words(text, Self::MAX_CHARS);
        (!text.is_empty()).then_some(Self { year, text })
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
    /// The newsroom's headline, description, note and byline.
    pub words: Words,
    /// The newsroom's notes at points of a trend (`ann=`, repeated; at most [`Note::MAX`]).
    pub notes: Vec<Note>,
}

impl Default for WidgetOptions {
    fn default() -> Self {
        Self {
            chart: ChartKind::Trend,
            id: "kz-iip".to_owned(),
            table: false,
            words: Words::default(),
            notes: Vec::new(),
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
    /// Reads the widget keys `chart`, `id`, `table`, the words and the notes (`ann`) of a query
    /// string (`theme` is the
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
                "ann" => match Note::parse(&value) {
                    Some(n) if o.notes.len() < Note::MAX => o.notes.push(n),
                    _ => bad(&mut notices),
                },
                key => {
                    o.words.set(key, &value);
                }
            }
        }
        (o, notices)
    }

    /// The widget keys as a query fragment (without `&` at either end).
    pub fn to_query(&self) -> String {
        let mut q = format!(
            "chart={}&id={}&table={}",
            self.chart.key(),
            self.id,
            u8::from(self.table)
        );
        for (k, v) in self.words.iter() {
            q.push('&');
            q.push_str(k);
            q.push('=');
            q.push_str(&percent_encode(v));
        }
        for n in &self.notes {
            q.push_str(&format!("&ann={}:{}", n.year, percent_encode(&n.text)));
        }
        q
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

/// The optional height listener (README, "Embedding a chart"): every kz-iip frame of the page
/// takes exactly its chart's height, from the widget's Datawrapper-style message.
pub const LISTENER: &str = r#"<script>
addEventListener("message", function (e) {
  var h = e.data && e.data["datawrapper-height"];
  if (!h) return;
  document.querySelectorAll('iframe[id^="kz-iip-"]').forEach(function (f) {
    if (f.contentWindow === e.source) for (var id in h) f.style.height = h[id] + "px";
  });
});
</script>"#;

/// The forms of the embed code the share dialog offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variant {
    /// The responsive iframe ([`snippet`]): any CMS.
    Iframe,
    /// The iframe and the [`LISTENER`]: the frame fits its chart's height exactly.
    Resizing,
    /// `<amp-iframe … resizable>` with an overflow button and a placeholder image.
    Amp,
    /// `<img>` of the chart's PNG with the description as `alt`, linked to the explorer: for
    /// newsletters, RSS and CMSs that strip iframes.
    Image,
}

impl Variant {
    pub const ALL: [Self; 4] = [Self::Iframe, Self::Resizing, Self::Amp, Self::Image];

    pub fn key(self) -> &'static str {
        match self {
            Self::Iframe => "iframe",
            Self::Resizing => "resizing",
            Self::Amp => "amp",
            Self::Image => "image",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }
}

/// What every variant of the embed code is made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    /// The widget's address, with its query.
    pub url: String,
    pub id: String,
    /// The iframe's title: the headline, else the chart's own title.
    pub title: String,
    /// The frame's height at 720 px (CSS pixels).
    pub height: u32,
    pub lang: super::Lang,
    /// The chart's PNG as the newsroom hosts it (the image variant and AMP's placeholder).
    pub png: String,
    /// The PNG's height at 720 px (chart, title and source lines).
    pub png_height: u32,
    /// The text alternative of the image: the headline and the chart's description.
    pub alt: String,
    /// The explorer's link for the selection (the image's link).
    pub explorer: String,
    /// The AMP overflow button's text, in the page's language.
    pub more: String,
}

impl Embed {
    /// The embed code in `variant`'s form. Every text is escaped for its attribute.
    pub fn code(&self, variant: Variant) -> String {
        let iframe = || snippet(&self.url, &self.id, &self.title, self.height, self.lang);
        match variant {
            Variant::Iframe => iframe(),
            Variant::Resizing => format!("{}\n{LISTENER}", iframe()),
            Variant::Amp => format!(
                "<amp-iframe id=\"kz-iip-{}\" title=\"{} ({})\" src=\"{}\" width=\"720\" height=\"{}\" \
                 layout=\"responsive\" sandbox=\"allow-scripts allow-same-origin allow-popups\" resizable \
                 frameborder=\"0\"><button overflow type=\"button\">{}</button>\
                 <amp-img placeholder layout=\"fill\" src=\"{}\" alt=\"{}\"></amp-img></amp-iframe>",
                html_attr(&self.id),
                html_attr(&self.title),
                self.lang.locale(),
                html_attr(&self.url),
                self.height,
                html_attr(&self.more),
                html_attr(&self.png),
                html_attr(&self.alt),
            ),
            Variant::Image => format!(
                "<a href=\"{}\"><img src=\"{}\" alt=\"{}\" lang=\"{}\" width=\"720\" height=\"{}\" \
                 style=\"max-width:100%;height:auto\"></a>",
                html_attr(&self.explorer),
                html_attr(&self.png),
                html_attr(&self.alt),
                self.lang.tag(),
                self.png_height,
            ),
        }
    }
}

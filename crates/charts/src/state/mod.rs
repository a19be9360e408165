//! What the user picked: [`Filters`], a plain struct with pure URL (de)serialisation.
//!
//! The query uses short, stable, language-neutral keys:
//! `?r=000000000,230000000&from=2009&to=2023&y=2023&m=iip&a=IND&p=2023&cur=kzt` — region KATO
//! codes, year range of the trend chart, year of the ranking chart, measure (`iip` or `vol`),
//! activity (`IND` total, OKED section letter or branch key), period of the activity view
//! (`2023`, `2024-M02` = Jan–Feb 2024), currency of volumes (`kzt` or `usd`), and the units drawn
//! strong (`hl=150000000`; the others quiet). Unknown keys (`utm_*`,
//! `fbclid`) are ignored. A bad value falls back to the default and yields a [`Notice`]; nothing
//! here panics or touches the DOM. Components keep one `RwSignal<Filters>` per mounted root and
//! derive everything else.

pub mod widget;

use crate::data::{ActivityCode, Db, Indicator, Period, RegionCode};

/// The default base year of the chain-linked level.
pub const DEFAULT_BASE: i32 = 2015;

/// How many units can be compared at once (the Republic counts as one).
pub const MAX_SELECTED: usize = 7;

/// The measure the charts show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    Iip,
    Volume,
    /// The chain-linked level, base year = 100 (derived from the IIP).
    Level,
}

impl Measure {
    pub fn key(self) -> &'static str {
        match self {
            Self::Iip => "iip",
            Self::Volume => "vol",
            Self::Level => "level",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "iip" => Some(Self::Iip),
            "vol" => Some(Self::Volume),
            "level" => Some(Self::Level),
            _ => None,
        }
    }

    pub fn indicator(self) -> Indicator {
        match self {
            Self::Iip | Self::Level => Indicator::Iip,
            Self::Volume => Indicator::Volume,
        }
    }
}

/// The view (tab) of the explorer; only the chosen one is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Trend,
    Ranking,
    Map,
    Activities,
    Composition,
    Projects,
    Output,
    About,
}

impl View {
    /// In tab order.
    pub const ALL: [Self; 8] = [
        Self::Trend,
        Self::Ranking,
        Self::Map,
        Self::Activities,
        Self::Composition,
        Self::Projects,
        Self::Output,
        Self::About,
    ];

    /// The URL value (`v=`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Trend => "trend",
            Self::Ranking => "ranking",
            Self::Map => "map",
            Self::Activities => "activities",
            Self::Composition => "composition",
            Self::Projects => "projects",
            Self::Output => "output",
            Self::About => "about",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.key() == s)
    }

    /// The filter panel's controls that change this view for measure `m`: only these show
    /// (the ranking of an index reads none; the level measure has no activities).
    pub fn controls(self, m: Measure) -> &'static [Control] {
        use Control::{Activity, Currency, Regions, Years};
        match (self, m) {
            (Self::Trend, Measure::Iip) => &[Regions, Years, Activity],
            (Self::Trend, Measure::Volume) => &[Regions, Years, Activity, Currency],
            (Self::Trend, Measure::Level) => &[Regions, Years],
            (Self::Ranking, Measure::Volume) => &[Currency],
            // The map outlines the selected units.
            (Self::Map, Measure::Volume) => &[Regions, Currency],
            (Self::Map, _) | (Self::Projects, _) => &[Regions],
            (Self::Activities, _) => &[Activity, Currency],
            _ => &[],
        }
    }
}

/// A control of the filter panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Control {
    /// The units of the trend (checkboxes and search).
    Regions,
    /// The trend's first and last year.
    Years,
    /// The activity (trend, activity view).
    Activity,
    /// Tenge or US dollars for volumes.
    Currency,
}

impl Control {
    /// Its name in the filter panel's `data-controls` (the style sheet shows those listed).
    pub fn key(self) -> &'static str {
        match self {
            Self::Regions => "regions",
            Self::Years => "years",
            Self::Activity => "activity",
            Self::Currency => "currency",
        }
    }
}

/// The colour theme: the system's (`auto`), or forced light or dark.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Self; 3] = [Self::Auto, Self::Light, Self::Dark];

    pub fn key(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Light => "light",
            Self::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.key() == s)
    }

    /// Whether to draw dark, given whether the system prefers dark.
    pub fn is_dark(self, system_dark: bool) -> bool {
        match self {
            Self::Auto => system_dark,
            Self::Light => false,
            Self::Dark => true,
        }
    }
}

/// The language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Self; 3] = [Self::Kk, Self::Ru, Self::En];

    /// The URL key and the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru",
            Self::Kk => "kk",
        }
    }

    /// The locale of the language (page, snippets, dates).
    pub fn locale(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru => "ru-KZ",
            Self::Kk => "kk-KZ",
        }
    }

    /// The locale whose number symbols are used (`i18n::NumberSymbols::of` writes them without
    /// `Intl`). Kazakh uses the same symbols as Russian in CLDR (no-break-space grouping,
    /// decimal comma); Chromium ships without Kazakh number data, hence `ru-KZ`.
    pub fn number_locale(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Ru | Self::Kk => "ru-KZ",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.tag() == s)
    }
}

/// The currency volumes are shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Currency {
    /// As published.
    Kzt,
    /// Converted with a rate of the same period only (none: no dollar value): derived.
    Usd,
}

impl Currency {
    pub fn key(self) -> &'static str {
        match self {
            Self::Kzt => "kzt",
            Self::Usd => "usd",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "kzt" => Some(Self::Kzt),
            "usd" => Some(Self::Usd),
            _ => None,
        }
    }
}

/// The whole selection of the explorer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filters {
    /// Units in the trend chart, in the order picked; at most [`MAX_SELECTED`], no duplicates.
    pub regions: Vec<RegionCode>,
    /// Year range of the trend chart (inclusive, `from <= to`).
    pub from: i32,
    pub to: i32,
    /// Year of the ranking (bar) chart.
    pub year: i32,
    pub measure: Measure,
    /// Activity of the trend chart and the activity view.
    pub activity: ActivityCode,
    /// Period of the activity view (any period type).
    pub period: Period,
    pub currency: Currency,
    pub lang: Lang,
    /// The view (tab) shown.
    pub view: View,
    /// Base year of the chain-linked level (= 100), and the start of cumulative growth.
    pub base: i32,
    /// Light, dark, or the system's.
    pub theme: Theme,
    /// Units drawn strong, the others in a quiet grey (`hl=`; #25): a story's region. Empty:
    /// every unit in its own colour.
    pub highlight: Vec<RegionCode>,
}

/// Something in the URL that could not be used, and what was done instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    UnknownRegion(String),
    TooManyRegions {
        kept: usize,
    },
    BadYear {
        key: &'static str,
        value: String,
    },
    BadRange {
        from: i32,
        to: i32,
    },
    BadMeasure(String),
    UnknownActivity(String),
    BadPeriod(String),
    BadCurrency(String),
    /// `v` names no view.
    BadView(String),
    /// `base` is not a year with data.
    BadBase(String),
    /// `theme` is not `auto`, `light` or `dark`.
    BadTheme(String),
    /// A widget key (`chart`, `id`, `table`) with an unusable value.
    BadWidgetOption {
        key: String,
        value: String,
    },
    /// `lang` names a language the explorer does not have.
    UnknownLanguage(String),
}

/// Years the data covers, used for defaults and bounds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    pub first: i32,
    pub last: i32,
}

impl Bounds {
    pub fn of(db: &Db) -> Self {
        let (first, last) = db.year_span().unwrap_or((2009, 2023));
        Self { first, last }
    }

    fn contains(self, y: i32) -> bool {
        (self.first..=self.last).contains(&y)
    }
}

impl Filters {
    /// The view a first-time visitor sees.
    pub fn default_for(bounds: Bounds) -> Self {
        let codes = [RegionCode::REPUBLIC, "230000000", "350000000", "750000000"];
        Self {
            regions: codes.iter().filter_map(|c| RegionCode::parse(c)).collect(),
            from: bounds.first,
            to: bounds.last,
            year: bounds.last,
            measure: Measure::Iip,
            activity: ActivityCode::total(),
            period: Period::year(bounds.last),
            currency: Currency::Kzt,
            lang: Lang::En,
            view: View::Trend,
            base: DEFAULT_BASE.clamp(bounds.first, bounds.last),
            theme: Theme::Auto,
            highlight: Vec::new(),
        }
    }

    /// Reads a query string (with or without the leading `?`). Every key that cannot be used
    /// falls back to its default and adds a notice.
    pub fn from_query(query: &str, db: &Db) -> (Self, Vec<Notice>) {
        let bounds = Bounds::of(db);
        let mut f = Self::default_for(bounds);
        let mut notices = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut from = None;
        let mut to = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw);
            match key {
                "hl" => f.highlight = region_list(db, &value, &mut notices),
                "r" => {
                    let regions = region_list(db, &value, &mut notices);
                    // An empty list is a valid choice (nothing to compare); only a list made
                    // entirely of unknown codes falls back to the default.
                    if !regions.is_empty() || value.trim().is_empty() {
                        f.regions = regions;
                    }
                }
                "from" => from = Some(year_param("from", &value, bounds, &mut notices)),
                "to" => to = Some(year_param("to", &value, bounds, &mut notices)),
                "y" => {
                    if let Some(y) = year_param("y", &value, bounds, &mut notices) {
                        f.year = y;
                    }
                }
                "m" => match Measure::parse(&value) {
                    Some(m) => f.measure = m,
                    None => notices.push(Notice::BadMeasure(truncate(&value))),
                },
                "a" => match ActivityCode::parse(value.trim()).filter(|a| db.activity(a).is_some())
                {
                    Some(a) => f.activity = a,
                    None => notices.push(Notice::UnknownActivity(truncate(&value))),
                },
                "p" => match Period::parse(&value).filter(|p| has_period(db, *p)) {
                    Some(p) => f.period = p,
                    None => notices.push(Notice::BadPeriod(truncate(&value))),
                },
                "theme" => match Theme::parse(value.trim()) {
                    Some(t) => f.theme = t,
                    None => notices.push(Notice::BadTheme(truncate(&value))),
                },
                // Widget keys are read by `widget::WidgetOptions`.
                "chart" | "id" | "table" | "ann" => {}
                // A language whose messages are not here (a page whose catalog file could not
                // be fetched) is English, with the notice an unknown language gets.
                "lang" => match Lang::parse(value.trim())
                    .filter(|l| crate::i18n::catalog::available(*l))
                {
                    Some(l) => f.lang = l,
                    None => notices.push(Notice::UnknownLanguage(truncate(&value))),
                },
                "base" => match value.trim().parse::<i32>() {
                    Ok(y) if bounds.contains(y) => f.base = y,
                    _ => notices.push(Notice::BadBase(truncate(&value))),
                },
                "v" => match View::parse(value.trim()) {
                    Some(v) => f.view = v,
                    None => notices.push(Notice::BadView(truncate(&value))),
                },
                "cur" => match Currency::parse(&value) {
                    Some(c) => f.currency = c,
                    None => notices.push(Notice::BadCurrency(truncate(&value))),
                },
                _ => {}
            }
        }
        let from = from.flatten().unwrap_or(f.from);
        let to = to.flatten().unwrap_or(f.to);
        if from <= to {
            (f.from, f.to) = (from, to);
        } else {
            notices.push(Notice::BadRange { from, to });
        }
        (f, notices)
    }

    /// The canonical query string, without the leading `?` (`hl` only when set).
    pub fn to_query(&self) -> String {
        let regions: Vec<&str> = self.regions.iter().map(RegionCode::as_str).collect();
        let mut q = format!(
            "v={}&r={}&from={}&to={}&y={}&m={}&base={}&a={}&p={}&cur={}&theme={}&lang={}",
            self.view.key(),
            regions.join(","),
            self.from,
            self.to,
            self.year,
            self.measure.key(),
            self.base,
            self.activity,
            self.period,
            self.currency.key(),
            self.theme.key(),
            self.lang.tag()
        );
        if !self.highlight.is_empty() {
            let hl: Vec<&str> = self.highlight.iter().map(RegionCode::as_str).collect();
            q.push_str("&hl=");
            q.push_str(&hl.join(","));
        }
        q
    }

    /// Whether `code`, one of a chart's `units`, is drawn quietly: one of those units is
    /// highlighted, and not it. A highlight of units the chart does not show quiets nothing
    /// (else every line would be grey).
    pub fn is_quiet(&self, code: &RegionCode, units: &[&RegionCode]) -> bool {
        !self.highlight.contains(code) && self.highlight.iter().any(|h| units.contains(&h))
    }

    /// Adds or removes a unit; adding beyond [`MAX_SELECTED`] is refused (returns false).
    pub fn toggle_region(&mut self, code: &RegionCode) -> bool {
        if let Some(i) = self.regions.iter().position(|c| c == code) {
            self.regions.remove(i);
            true
        } else if self.regions.len() < MAX_SELECTED {
            self.regions.push(code.clone());
            true
        } else {
            false
        }
    }

    /// Sets the trend range, keeping `from <= to` by moving the other end if needed.
    pub fn set_range(&mut self, from: Option<i32>, to: Option<i32>) {
        if let Some(f) = from {
            self.from = f;
            self.to = self.to.max(f);
        }
        if let Some(t) = to {
            self.to = t;
            self.from = self.from.min(t);
        }
    }
}

/// The language a query asks for (its last valid `lang=`), whether or not its messages are
/// here yet: the page installs them before it reads the rest ([`Filters::from_query`]).
pub fn query_lang(query: &str) -> Option<Lang> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter_map(|p| p.strip_prefix("lang="))
        .rev()
        .find_map(|v| Lang::parse(percent_decode(v).trim()))
}

/// The known units of a comma-separated list of codes, without repeats, at most
/// [`MAX_SELECTED`]; a notice for each unknown code and for a longer list.
fn region_list(db: &Db, value: &str, notices: &mut Vec<Notice>) -> Vec<RegionCode> {
    let mut regions: Vec<RegionCode> = Vec::new();
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match RegionCode::parse(part).filter(|c| db.region(c).is_some()) {
            Some(c) if !regions.contains(&c) => regions.push(c),
            Some(_) => {}
            None => notices.push(Notice::UnknownRegion(truncate(part))),
        }
    }
    if regions.len() > MAX_SELECTED {
        regions.truncate(MAX_SELECTED);
        notices.push(Notice::TooManyRegions { kept: MAX_SELECTED });
    }
    regions
}

/// Whether any observation covers `p` (the activity view offers only such periods).
fn has_period(db: &Db, p: Period) -> bool {
    db.observations.iter().any(|o| o.period == p)
}

fn year_param(
    key: &'static str,
    value: &str,
    bounds: Bounds,
    notices: &mut Vec<Notice>,
) -> Option<i32> {
    match value.trim().parse::<i32>() {
        Ok(y) if bounds.contains(y) => Some(y),
        _ => {
            notices.push(Notice::BadYear {
                key,
                value: truncate(value),
            });
            None
        }
    }
}

/// Keeps notices short whatever a URL holds.
pub(crate) fn truncate(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes and `+` (form encoding). Invalid escapes are kept literally; invalid
/// UTF-8 is replaced, never a panic.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                out.push(hex_val(bytes[i + 1]) * 16 + hex_val(bytes[i + 2]));
                i += 3;
                continue;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_val(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        _ => b.to_ascii_uppercase().wrapping_sub(b'A').wrapping_add(10),
    }
}

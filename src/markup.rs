//! HTML text for the parts of a view that are read, never touched: the table mirrors and the
//! source lists. Plain functions write it from the view's table (the same one the chart draws)
//! and a Leptos element takes it as its inner HTML: the same markup as a `view!` tree, for a
//! fraction of the wasm code (#26: the tables and source notes cost the explorer 10.5 KiB and
//! the widget 16.5 KiB of brotli as Leptos views). Natively testable; every text and attribute
//! value goes through [`Html`]'s escaping — no caller writes markup by hand.

use std::fmt::Write as _;

use crate::charts::draw::themed;
use crate::charts::interact::Readout;
use crate::charts::map::MapSpec;
use crate::charts::spec::{css_color, missing_text, table_text};
use crate::components::SourceItem;
use crate::data::select::{activity_values, history, periods_of, releases, Cell};
use crate::data::{ActivityCode, Db, Indicator, Period, RegionCode, Source};
use crate::i18n::{activity_name, iip_basis, period_name, period_type_name, region_name};
use crate::i18n::{fmt_decimal, status_mark, status_name, t, value_column, Key, Lang};
use crate::state::{Currency, Measure};
use crate::table::{self, Column, Derivation, Entry, SeriesKey, Table, Unit};

/// An HTML fragment being written: elements opened and closed by name, text and attribute
/// values escaped.
#[derive(Default)]
pub struct Html(String);

impl Html {
    /// `<tag name="value" …>`.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            let _ = write!(self.0, " {name}=\"");
            self.text(value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.0, "</{tag}>");
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// `<tag …>text</tag>`.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// Markup written by this module's functions (already escaped).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.0.push_str(markup);
        self
    }

    /// The markup written.
    pub fn finish(self) -> String {
        self.0
    }
}

/// A source's title: a `<cite>` in the title's own language; a description the project
/// composed in brackets, marked as such.
pub fn source_title(h: &mut Html, lang: Lang, title: &str, described: bool, title_lang: &str) {
    if described {
        h.open(
            "cite",
            &[
                ("class", "kz-iip-described"),
                ("lang", title_lang),
                ("title", t(lang, Key::DescribedTitle)),
            ],
        )
        .text("[")
        .text(title)
        .text("]")
        .close("cite");
    } else {
        h.el("cite", &[("lang", title_lang)], title);
    }
}

/// A title as plain text: described titles in brackets.
pub fn title_text(s: &Source) -> String {
    if s.title_is_description {
        format!("[{}]", s.title)
    } else {
        s.title.clone()
    }
}

/// ", 2024-03-25", or ", 2024 (date inferred)"; empty when undated.
pub fn date_text(lang: Lang, date: Option<&str>, inferred: bool) -> String {
    match (date, inferred) {
        (Some(d), false) => format!(", {d}"),
        (Some(d), true) => format!(", {d} ({})", t(lang, Key::DateInferred)),
        (None, _) => String::new(),
    }
}

/// The `<li>`s of a source list: title (linked where the source has an address), publisher,
/// date and status.
pub fn source_items(lang: Lang, items: &[SourceItem]) -> String {
    let mut h = Html::default();
    for s in items {
        h.open("li", &[]);
        if let Some(url) = &s.url {
            h.open(
                "a",
                &[("href", url), ("rel", "noopener"), ("target", "_blank")],
            );
        }
        source_title(&mut h, lang, &s.title, s.described, &s.lang);
        if s.url.is_some() {
            h.close("a");
        }
        h.text(" — ").el("span", &[("lang", "en")], &s.publisher);
        h.text(&date_text(lang, s.date.as_deref(), s.date_inferred))
            .text(" (")
            .el(
                "span",
                &[("class", "kz-iip-status")],
                status_name(lang, s.status),
            )
            .text(")")
            .close("li");
    }
    h.finish()
}

/// The line of a part fetched when it is first needed (the later data, the share dialog's
/// builder): `loading` while it is on its way (a status), `failed` if it could not be had (an
/// alert).
pub fn load_line(h: &mut Html, lang: Lang, (loading, failed): (Key, Key), has_failed: bool) {
    let (class, role, key) = if has_failed {
        ("kz-iip-errors", "alert", failed)
    } else {
        ("kz-iip-hint", "status", loading)
    };
    h.el("p", &[("class", class), ("role", role)], t(lang, key));
}

/// One `<li>` per text.
pub fn list_items(texts: &[String]) -> String {
    let mut h = Html::default();
    for s in texts {
        h.el("li", &[], s);
    }
    h.finish()
}

/// A `<td>` for one entry of a view's table: the value with its status, restatement,
/// uncertainty, derived and revised marks and — where a published figure has several
/// releases — the list of them, preliminary first; or why there is no value. `cell`: more
/// attributes of the `<td>` (a stacking table's role and label, [`stack_attrs`]).
pub fn entry_cell(
    h: &mut Html,
    (db, lang): (&Db, Lang),
    entry: &Entry<'_>,
    unit: Unit,
    cell: &[(&str, &str)],
) {
    let v = match entry {
        Ok(v) => v,
        Err(m) => {
            let mut attrs = vec![("class", "kz-iip-gap")];
            attrs.extend_from_slice(cell);
            h.el("td", &attrs, &missing_text(lang, *m));
            return;
        }
    };
    let rate = match v.derivation {
        Derivation::Dollars(r) => {
            let src = db.source(&r.source).map_or("", |s| s.title.as_str());
            let how = r.implied_by.as_deref().unwrap_or_default();
            format!(
                "{} {} KZT/USD ({how}; {src})",
                t(lang, Key::Rate),
                fmt_decimal(lang, r.kzt_per_usd, 2),
            )
        }
        _ => String::new(),
    };
    let text = match v.derivation {
        Derivation::Growth { annual_pct, .. } => format!(
            "{} ({} {})",
            table_text(lang, unit, v.shown),
            table_text(lang, unit, annual_pct),
            t(lang, Key::AvgAnnual)
        ),
        _ => table_text(lang, unit, v.shown),
    };
    let stated = v.stated;
    let mut sup = status_mark(v.status).to_owned();
    if stated.is_some_and(|o| o.is_restated()) {
        sup.push('*');
    }
    let uncertain = stated.is_some_and(|o| o.uncertain);
    if uncertain {
        sup.push('?');
    }
    let sup_title = if uncertain {
        t(lang, Key::UncertainReading)
    } else {
        ""
    };
    let mut attrs = vec![("class", "kz-iip-num"), ("title", rate.as_str())];
    attrs.extend_from_slice(cell);
    h.open("td", &attrs)
        .el("span", &[("class", "kz-iip-value")], &text)
        .el("sup", &[("title", sup_title)], &sup);
    if v.is_derived() {
        h.open("span", &[("class", "kz-iip-derived")])
            .text(" (")
            .text(t(lang, Key::Derived))
            .text(")")
            .close("span");
    }
    if v.revised {
        h.el(
            "span",
            &[
                ("class", "kz-iip-revised"),
                ("title", t(lang, Key::Revised)),
            ],
            "○",
        );
    }
    // Identical copies of one figure (a table and its database copy) are not listed: the
    // source note names both.
    if let Some(o) = stated.filter(|_| v.revised) {
        let cell = Cell::of(o);
        let count = releases(db, &cell).len();
        h.open("details", &[("class", "kz-iip-releases")])
            .el(
                "summary",
                &[],
                &format!("{count} {}", t(lang, Key::Releases)),
            )
            .open("ol", &[]);
        for o in history(db, &cell) {
            let src = db.source(&o.source);
            let date = date_text(lang, o.published(db), src.is_some_and(|s| s.date_inferred));
            let value = match v.derivation {
                Derivation::Dollars(r) => table_text(lang, unit, o.value / r.kzt_per_usd),
                _ => table_text(lang, unit, o.value),
            };
            h.open("li", &[])
                .el("span", &[("class", "kz-iip-num")], &value)
                .text(" ")
                .text(status_name(lang, o.status))
                .text(" — ");
            if let Some(s) = src {
                source_title(h, lang, &s.title, s.title_is_description, &s.lang);
            }
            h.text(&date).close("li");
        }
        h.close("ol").close("details");
    }
    h.close("td");
}

/// The `<td>`s of row `i` of a table, one per column (the period rows of the trend and the
/// composition mirrors).
pub fn row_cells(h: &mut Html, db: &Db, lang: Lang, table: &Table<'_>, i: usize) {
    for c in &table.columns {
        match c.cells.get(i) {
            Some((_, e)) => entry_cell(h, (db, lang), e, table.unit, &[]),
            None => {
                h.el("td", &[], "");
            }
        }
    }
}

/// The trend's mirror (inside its `<table>`): one row per year, one column per region.
pub fn trend_table(db: &Db, lang: Lang, table: &Table<'_>, column: &str) -> String {
    let mut h = Html::default();
    h.open("caption", &[])
        .text(t(lang, Key::DataTable))
        .text(": ")
        .text(column)
        .close("caption");
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t(lang, Key::Year));
    for r in table.columns.iter().filter_map(|c| match &c.key {
        SeriesKey::Region(code) => db.region(code),
        _ => None,
    }) {
        h.el("th", &[("scope", "col")], region_name(lang, r));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for (i, p) in table.periods().into_iter().enumerate() {
        h.open("tr", &[])
            .el("th", &[("scope", "row")], &p.year.to_string());
        row_cells(&mut h, db, lang, table, i);
        h.close("tr");
    }
    h.close("tbody");
    h.finish()
}

/// The ranking's mirror (inside its `<table>`): every unit of the year ranked, those without
/// a value after them with the reason, the Republic as the footer. `head` names the value
/// column.
pub fn ranking_table(
    db: &Db,
    lang: Lang,
    table: &Table<'_>,
    (year, measure): (i32, Measure),
    head: &str,
) -> String {
    let mut h = Html::default();
    h.open("caption", &[])
        .text(t(lang, Key::DataTable))
        .text(&format!(", {year}: "))
        .text(head)
        .close("caption");
    stack_head(
        &mut h,
        &[
            t(lang, Key::Rank),
            t(lang, Key::Region),
            head,
            t(lang, Key::Status),
            t(lang, Key::Source),
        ],
    );
    h.open("tbody", &[("role", "rowgroup")]);
    let mut rank = 0;
    for c in &table.columns {
        let ranked = c.cells.first().is_some_and(|(_, e)| e.is_ok());
        rank += usize::from(ranked);
        ranking_row(
            &mut h,
            (db, lang, table.unit, measure),
            (ranked.then_some(rank), head),
            c,
            false,
        );
    }
    h.close("tbody");
    if let Some(c) = &table.reference {
        h.open("tfoot", &[("role", "rowgroup")]);
        ranking_row(
            &mut h,
            (db, lang, table.unit, measure),
            (None, head),
            c,
            true,
        );
        h.close("tfoot");
    }
    h.finish()
}

fn ranking_row(
    h: &mut Html,
    (db, lang, unit, measure): (&Db, Lang, Unit, Measure),
    (rank, head): (Option<usize>, &str),
    c: &Column<'_>,
    republic: bool,
) {
    let SeriesKey::Region(code) = &c.key else {
        return;
    };
    let Some((_, e)) = c.cells.first() else {
        return;
    };
    let name = if republic {
        t(lang, Key::Republic).to_owned()
    } else {
        db.region(code)
            .map_or_else(|| code.to_string(), |r| region_name(lang, r).to_owned())
    };
    let rank_label = rank.map(|_| t(lang, Key::Rank));
    h.open("tr", &[("role", "row"), ("data-code", &code.to_string())])
        .el(
            "td",
            &stack_attrs(rank_label, &[("class", "kz-iip-num")]),
            &rank.map(|r| r.to_string()).unwrap_or_default(),
        )
        .el("th", &[("scope", "row"), ("role", "rowheader")], &name);
    match e {
        Ok(v) => {
            entry_cell(h, (db, lang), e, unit, &stack_attrs(Some(head), &[]));
            h.el(
                "td",
                &stack_attrs(Some(t(lang, Key::Status)), &[]),
                status_name(lang, v.status),
            );
            // A published value names its source; a derived one its formula's sources are in
            // the note below.
            let source = v
                .stated
                .filter(|_| !v.is_derived() || measure == Measure::Volume)
                .and_then(|o| db.source(&o.source));
            h.open(
                "td",
                &stack_attrs(source.map(|_| t(lang, Key::Source)), &[]),
            );
            if let Some(s) = source {
                source_title(h, lang, &s.title, s.title_is_description, &s.lang);
            }
            h.close("td");
        }
        Err(m) => {
            h.el(
                "td",
                &stack_attrs(Some(head), &[("class", "kz-iip-gap"), ("colspan", "3")]),
                &missing_text(lang, *m),
            );
        }
    }
    h.close("tr");
}

/// The map's mirror (inside its `<table>`): every tile's region, value (or why none), status
/// and source, highest first, the Republic as the footer.
pub fn map_table(lang: Lang, spec: &MapSpec) -> String {
    use crate::charts::map::{Tile, TileState};
    let mut h = Html::default();
    h.open("caption", &[])
        .text(t(lang, Key::DataTable))
        .text(": ")
        .text(&spec.title)
        .close("caption");
    stack_head(
        &mut h,
        &[
            t(lang, Key::Region),
            &spec.unit,
            t(lang, Key::Status),
            t(lang, Key::Source),
        ],
    );
    h.open("tbody", &[("role", "rowgroup")]);
    let mut tiles: Vec<&Tile> = spec.tiles.iter().collect();
    let v = |t: &Tile| match t.state {
        TileState::Value(v) => v,
        _ => f64::NEG_INFINITY,
    };
    crate::data::sort::sort_by(&mut tiles, |a, b| v(b).total_cmp(&v(a)));
    for tile in tiles {
        let detail = tile.detail.as_ref();
        let status = detail.map(|_| t(lang, Key::Status));
        let source = detail
            .filter(|d| !d.source.is_empty())
            .map(|_| t(lang, Key::Source));
        h.open(
            "tr",
            &[("role", "row"), ("data-code", &tile.code.to_string())],
        )
        .el("th", &[("scope", "row"), ("role", "rowheader")], &tile.name)
        .el(
            "td",
            &stack_attrs(Some(&spec.unit), &[("class", "kz-iip-num")]),
            &tile.text,
        )
        .el(
            "td",
            &stack_attrs(status, &[]),
            detail.map_or("", |d| status_name(lang, d.status)),
        )
        .el(
            "td",
            &stack_attrs(source, &[]),
            detail.map_or("", |d| d.source.as_str()),
        )
        .close("tr");
    }
    h.close("tbody")
        .open("tfoot", &[("role", "rowgroup")])
        .open("tr", &[("role", "row")]);
    h.el(
        "th",
        &[("scope", "row"), ("role", "rowheader")],
        t(lang, Key::Republic),
    )
    .el(
        "td",
        &stack_attrs(Some(&spec.unit), &[("class", "kz-iip-num")]),
        spec.republic.as_deref().unwrap_or_default(),
    )
    .el("td", &stack_attrs(None, &[]), "")
    .el("td", &stack_attrs(None, &[]), "")
    .close("tr")
    .close("tfoot");
    h.finish()
}

/// The composition's mirror (inside its `<table>`): mining, manufacturing and the rest per
/// period.
pub fn composition_table(db: &Db, lang: Lang, table: &Table<'_>) -> String {
    let mut h = Html::default();
    h.el("caption", &[], t(lang, Key::CompositionTitle));
    h.open("thead", &[]).open("tr", &[]);
    for k in [
        Key::Period,
        Key::PeriodType,
        Key::Mining,
        Key::Manufacturing,
        Key::Rest,
    ] {
        h.el("th", &[("scope", "col")], t(lang, k));
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for (i, p) in table.periods().into_iter().enumerate() {
        h.open("tr", &[])
            .el("th", &[("scope", "row")], &period_name(lang, p))
            .el("td", &[], &period_type_name(lang, p.kind));
        row_cells(&mut h, db, lang, table, i);
        h.close("tr");
    }
    h.close("tbody");
    h.finish()
}

/// The IIP, volume (in `currency`) and share `<td>`s of `activity` in `period` (the
/// Republic's published cells, as the view's table would hold them).
fn activity_cells(
    h: &mut Html,
    (db, lang): (&Db, Lang),
    activity: &ActivityCode,
    period: Period,
    currency: Currency,
) {
    let republic = RegionCode::republic();
    for (indicator, measure, unit) in [
        (
            Indicator::Iip,
            Measure::Iip,
            Unit::of(Measure::Iip, currency, 0),
        ),
        (
            Indicator::Volume,
            Measure::Volume,
            Unit::of(Measure::Volume, currency, 0),
        ),
        (Indicator::Share, Measure::Iip, Unit::SharePct),
    ] {
        let cell = Cell::new(&republic, activity, indicator, period);
        let cur = if indicator == Indicator::Share {
            Currency::Kzt
        } else {
            currency
        };
        let entry = table::published_cell(db, &cell, measure, cur);
        entry_cell(h, (db, lang), &entry, unit, &[]);
    }
}

/// The activity bars' mirror (inside its `<table>`): every activity with a value in `period`,
/// with its IIP, volume and share.
pub fn activity_table(db: &Db, lang: Lang, period: Period, currency: Currency) -> String {
    let mut h = Html::default();
    h.open("caption", &[])
        .text(t(lang, Key::DataTable))
        .text(", ")
        .text(&period_name(lang, period))
        .text(" — ")
        .text(t(lang, Key::PeriodType))
        .text(": ")
        .text(&period_type_name(lang, period.kind))
        .close("caption");
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t(lang, Key::Activity));
    h.el(
        "th",
        &[("scope", "col")],
        &format!("{}, {}", t(lang, Key::Iip), iip_basis(lang, period)),
    );
    h.el(
        "th",
        &[("scope", "col")],
        &value_column(lang, Measure::Volume, currency, 0),
    );
    h.el("th", &[("scope", "col")], t(lang, Key::Share));
    h.close("tr").close("thead").open("tbody", &[]);
    for (a, _) in activity_values(db, period) {
        let indent = format!("padding-left:{:.1}em", 0.4 + f64::from(a.depth) * 0.9);
        h.open("tr", &[("data-code", &a.code.to_string())]).el(
            "th",
            &[("scope", "row"), ("style", &indent)],
            activity_name(lang, a),
        );
        activity_cells(&mut h, (db, lang), &a.code, period, currency);
        h.close("tr");
    }
    h.close("tbody");
    h.finish()
}

/// Every published value of `activity` (inside its `<table>`): a row per period, its name a
/// button (`data-period` on the row says which; the panel listens once, on the table).
pub fn activity_periods_table(
    db: &Db,
    lang: Lang,
    activity: &ActivityCode,
    currency: Currency,
) -> String {
    let name = db.activity(activity).map_or("", |a| activity_name(lang, a));
    let mut h = Html::default();
    h.open("caption", &[])
        .text(t(lang, Key::ActivityAllPeriods))
        .text(": ")
        .text(name)
        .close("caption");
    h.open("thead", &[]).open("tr", &[]);
    for label in [
        t(lang, Key::Period).to_owned(),
        t(lang, Key::PeriodType).to_owned(),
        format!("{}, {}", t(lang, Key::Iip), t(lang, Key::SamePeriodBasis)),
        value_column(lang, Measure::Volume, currency, 0),
        t(lang, Key::Share).to_owned(),
    ] {
        h.el("th", &[("scope", "col")], &label);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for p in periods_of(db, activity) {
        h.open("tr", &[("data-period", &p.to_string())])
            .open("th", &[("scope", "row")])
            .el(
                "button",
                &[("type", "button"), ("class", "kz-iip-link")],
                &period_name(lang, p),
            )
            .close("th")
            .el("td", &[], &period_type_name(lang, p.kind));
        activity_cells(&mut h, (db, lang), activity, p, currency);
        h.close("tr");
    }
    h.close("tbody");
    h.finish()
}

/// `<li>`s of texts in English, as published (quoted from the sources).
pub fn english_items(texts: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let mut h = Html::default();
    for s in texts {
        h.el("li", &[("lang", "en")], s.as_ref());
    }
    h.finish()
}

/// The ranking's and the map's table mirrors: tables with text, which stack on phones
/// (`kz-iip-stack`; their markup carries the cells' roles and labels).
pub const RANKING_TABLE: &str = "kz-iip-table kz-iip-stack kz-iip-ranking-table";
/// See [`RANKING_TABLE`].
pub const MAP_TABLE: &str = "kz-iip-table kz-iip-stack kz-iip-map-table";

/// The role of a `<table class=…>`: `table` for a stacking one (`kz-iip-stack` in its class),
/// which keeps it a table when displayed as blocks; none otherwise.
pub fn table_role(class: &str) -> Option<&'static str> {
    class
        .split(' ')
        .any(|c| c == "kz-iip-stack")
        .then_some("table")
}

/// A `<table class=…>` around `inner`, with its [`table_role`].
pub fn table(h: &mut Html, class: &str, inner: &str) {
    match table_role(class) {
        Some(role) => h.open("table", &[("class", class), ("role", role)]),
        None => h.open("table", &[("class", class)]),
    };
    h.raw(inner).close("table");
}

/// The attributes of a cell of a table that stacks on phones (`kz-iip-stack`): its role, the
/// label that names it in the stacked layout (none: the cell is left out there), and `attrs`.
pub fn stack_attrs<'a>(
    label: Option<&'a str>,
    attrs: &[(&'a str, &'a str)],
) -> Vec<(&'a str, &'a str)> {
    let mut all: Vec<(&str, &str)> = vec![("role", "cell")];
    all.extend_from_slice(attrs);
    if let Some(l) = label {
        all.push(("data-label", l));
    }
    all
}

/// A cell of a table that stacks on phones ([`stack_attrs`]).
fn stack_cell(h: &mut Html, label: Option<&str>, attrs: &[(&str, &str)], text: &str) {
    h.el("td", &stack_attrs(label, attrs), text);
}

/// The `<thead>` of a table that stacks on phones (`kz-iip-stack`), its row
/// ([`stack_head_row`]) in it.
pub fn stack_head(h: &mut Html, labels: &[&str]) {
    h.open("thead", &[("role", "rowgroup")])
        .raw(&stack_head_row(labels))
        .close("thead");
}

/// The header row of a table that stacks on phones: one column header per label. The explicit
/// ARIA roles, here and on the rows and cells ([`stack_attrs`]), keep it a table for screen
/// readers in browsers that drop table semantics from a table displayed as blocks (WebKit).
pub fn stack_head_row(labels: &[&str]) -> String {
    let mut h = Html::default();
    h.open("tr", &[("role", "row")]);
    for label in labels {
        h.el("th", &[("scope", "col"), ("role", "columnheader")], label);
    }
    h.close("tr");
    h.finish()
}

/// The physical output table's rows (inside its `<tbody>`): newest first, each product with
/// its period, quantity, change, status and source.
pub fn physical_rows(db: &Db, lang: Lang) -> String {
    use crate::i18n::{fmt_decimal, fmt_share, physical_unit, product_name};
    let mut items: Vec<_> = db.physical.iter().collect();
    crate::data::sort::sort_by_key(&mut items, |p| {
        (std::cmp::Reverse(p.period.end_index()), p.product.clone())
    });
    let mut h = Html::default();
    for p in items {
        let digits = if p.unit == "t" { 0 } else { decimals(p.value) };
        let value = format!(
            "{} {}",
            fmt_decimal(lang, p.value, digits),
            physical_unit(lang, &p.unit)
        );
        let change = p
            .change_pct
            .map(|c| format!("{}{}", if c > 0.0 { "+" } else { "" }, fmt_share(lang, c)))
            .unwrap_or_default();
        let (product, product_lang): (&str, &[(&str, &str)]) =
            match product_name(lang, db, &p.product) {
                Some(name) => (name, &[]),
                None => (&p.product, &[("lang", "en")]),
            };
        let num: &[(&str, &str)] = &[("class", "kz-iip-num")];
        let change_label = (!change.is_empty()).then(|| t(lang, Key::Change));
        h.open("tr", &[("role", "row")])
            .open("th", &[("scope", "row"), ("role", "rowheader")])
            .el("span", product_lang, product)
            .close("th");
        for (label, attrs, text) in [
            (
                Some(t(lang, Key::Period)),
                &[][..],
                period_name(lang, p.period),
            ),
            (Some(t(lang, Key::Quantity)), num, value),
            (change_label, num, change),
            (
                Some(t(lang, Key::Status)),
                &[],
                status_name(lang, p.status).to_owned(),
            ),
        ] {
            stack_cell(&mut h, label, attrs, &text);
        }
        h.open(
            "td",
            &[("role", "cell"), ("data-label", t(lang, Key::Source))],
        );
        if let Some(s) = db.source(&p.source) {
            source_title(&mut h, lang, &s.title, s.title_is_description, &s.lang);
        }
        h.text(" ").el(
            "span",
            &[("lang", "en")],
            &p.note
                .as_ref()
                .map(|n| format!(" — {n}"))
                .unwrap_or_default(),
        );
        h.close("td").close("tr");
    }
    h.finish()
}

/// Decimals as published (up to 3): 4 → 0, 2.4 → 1, 59.063 → 3.
fn decimals(v: f64) -> u8 {
    (0..3u8)
        .find(|&d| {
            ((v * 10f64.powi(i32::from(d))).round() - v * 10f64.powi(i32::from(d))).abs() < 1e-6
        })
        .unwrap_or(3)
}

/// The projects table's rows (inside its `<tbody>`): those in `selected` regions marked.
pub fn project_rows(db: &Db, lang: Lang, selected: &[RegionCode]) -> String {
    use crate::data::Qualifier;
    use crate::i18n::{fmt_decimal, fmt_int, tr};
    let mut h = Html::default();
    for p in &db.projects {
        let region = db.region(&p.region).map_or("", |r| region_name(lang, r));
        let investment = p
            .investment_usd_bn
            .map(|v| {
                let digits = if v.fract() == 0.0 { 0 } else { 1 };
                let amount = format!("{} {}", fmt_decimal(lang, v, digits), t(lang, Key::UsdBn));
                // The source's «up to», «exceeds» stay with the number.
                let key = match p.investment_qualifier {
                    Some(Qualifier::UpTo) => Key::QualUpTo,
                    Some(Qualifier::MoreThan) => Key::QualMoreThan,
                    Some(Qualifier::About) => Key::QualAbout,
                    None => return amount,
                };
                tr(lang, key, &[("amount", (&amount).into())])
            })
            .unwrap_or_else(|| "—".into());
        let jobs = p
            .jobs_text
            .clone()
            .or_else(|| p.jobs.map(|j| fmt_int(lang, f64::from(j))))
            .unwrap_or_default();
        let timing = [p.timing.clone(), Some(p.status_text.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ");
        let product = match &p.company {
            Some(c) => format!("{} — {c}", p.product),
            None => p.product.clone(),
        };
        let id = format!("kz-iip-project-{}", p.id);
        let code = p.region.to_string();
        let mut row = vec![("role", "row"), ("id", id.as_str())];
        if selected.contains(&p.region) {
            row.push(("class", "kz-iip-selected"));
        }
        row.push(("data-region", &code));
        let en: &[(&str, &str)] = &[("lang", "en")];
        h.open("tr", &row)
            .el("th", &[("scope", "row"), ("role", "rowheader")], region);
        for (label, attrs, text) in [
            (Some(t(lang, Key::Product)), en, product.as_str()),
            (
                Some(t(lang, Key::Capacity)),
                en,
                p.capacity.as_deref().unwrap_or("—"),
            ),
            (
                Some(t(lang, Key::Investment)),
                &[("class", "kz-iip-num")],
                &investment,
            ),
            ((!jobs.is_empty()).then(|| t(lang, Key::Jobs)), en, &jobs),
            (Some(t(lang, Key::Timing)), en, &timing),
        ] {
            stack_cell(&mut h, label, attrs, text);
        }
        h.close("tr");
    }
    h.finish()
}

/// The glossary's terms (inside its `<dl>`), method paragraphs, and links with related
/// reading (inside its `<ul>`), in the page's language where translated.
pub fn glossary(db: &Db, lang: Lang) -> (String, String, String) {
    let g = &db.glossary;
    let mut terms = Html::default();
    for term in &g.terms {
        let (term, text) = match lang {
            Lang::En => &term.en,
            Lang::Ru => &term.ru,
            Lang::Kk => &term.kk,
        };
        terms.el("dt", &[], term).el("dd", &[], text);
    }
    let method = match lang {
        Lang::En => &g.method,
        Lang::Ru => &g.method_ru,
        Lang::Kk => &g.method_kk,
    };
    let mut paragraphs = Html::default();
    for p in method {
        paragraphs.el("p", &[], p);
    }
    let mut links = Html::default();
    for (title, url) in &g.links {
        links
            .open("li", &[])
            .el(
                "a",
                &[
                    ("href", url),
                    ("rel", "noopener"),
                    ("target", "_blank"),
                    ("lang", "en"),
                ],
                title,
            )
            .close("li");
    }
    let links = links.finish() + &english_items(&g.related);
    (terms.finish(), paragraphs.finish(), links)
}

/// About the data's content under its heading (inside `#kz-iip-glossary`): the glossary and
/// method from the later part (`later`), then all data (two buttons, `data-format` csv and
/// json, which the panel's one listener answers), the data package, the derived measures, the
/// Bureau's links and the glossary's source.
pub fn glossary_section(later: &Db, lang: Lang) -> String {
    let (terms, method, links) = glossary(later, lang);
    let source = (later.glossary.source.as_ref())
        .and_then(|s| later.source(s))
        .map(|s| format!("{} — {}", title_text(s), s.publisher))
        .unwrap_or_default();
    let mut h = Html::default();
    h.open("dl", &[])
        .raw(&terms)
        .close("dl")
        .el("h3", &[], t(lang, Key::Method))
        .open("div", &[])
        .raw(&method)
        .close("div")
        .el("h3", &[("id", "kz-iip-all-data")], t(lang, Key::AllData))
        .el("p", &[], t(lang, Key::AllDataHint))
        .open("p", &[("class", "kz-iip-all-data")])
        .el(
            "button",
            &[("type", "button"), ("data-format", "csv")],
            "CSV",
        )
        .text(" ")
        .el(
            "button",
            &[("type", "button"), ("data-format", "json")],
            "JSON",
        )
        .close("p")
        .open("p", &[])
        .el(
            "a",
            &[
                ("class", "kz-iip-data-package"),
                ("href", "data/datapackage.json"),
                ("type", "application/json"),
            ],
            t(lang, Key::DataPackage),
        )
        .text(&format!(" — {}", t(lang, Key::DataPackageHint)))
        .close("p")
        .el(
            "h3",
            &[("id", "kz-iip-derived")],
            t(lang, Key::DerivedMeasures),
        )
        .el("p", &[], t(lang, Key::LevelFormula))
        .el("p", &[], t(lang, Key::GrowthFormula))
        .el("h3", &[], t(lang, Key::Links))
        .open("ul", &[])
        .raw(&links)
        .close("ul")
        .open("p", &[("class", "kz-iip-source")])
        .text(&format!("{}: ", t(lang, Key::Source)))
        .el("cite", &[], &source)
        .text(&format!(" {}", t(lang, Key::TranslatedNote)))
        .close("p");
    h.finish()
}

/// Output's content under its heading (inside `#kz-iip-physical`): the physical output table
/// ([`physical_rows`], stacked on phones) and its context sentences, from the later part.
pub fn physical_section(later: &Db, lang: Lang) -> String {
    let head = stack_head_row(&[
        t(lang, Key::Product),
        t(lang, Key::Period),
        t(lang, Key::Quantity),
        t(lang, Key::Change),
        t(lang, Key::Status),
        t(lang, Key::Source),
    ]);
    let context = english_items(later.physical_context.iter().map(|f| &f.text));
    let mut h = Html::default();
    h.open("div", &[("class", "kz-iip-table-wrap")])
        .open(
            "table",
            &[
                ("class", "kz-iip-table kz-iip-stack kz-iip-physical-table"),
                ("role", "table"),
            ],
        )
        .open("thead", &[("role", "rowgroup")])
        .raw(&head)
        .close("thead")
        .open("tbody", &[("role", "rowgroup")])
        .raw(&physical_rows(later, lang))
        .close("tbody")
        .close("table")
        .close("div")
        .open("ul", &[("class", "kz-iip-notes")])
        .raw(&context)
        .close("ul");
    h.finish()
}

/// A read-out's tooltip: its position (`style`, CSS pixels from the canvas's corner) and its
/// markup (inside its `<div class="kz-iip-tooltip">`): heading, a line per series with its
/// swatch in the drawn colour, and the active value's status, wording and source.
pub fn tooltip(lang: Lang, r: &Readout, scale: f64, dark: bool) -> (String, String) {
    let scale = if scale > 0.0 { scale } else { 1.0 };
    let style = format!(
        "left:{:.0}px;top:{:.0}px",
        r.anchor.0 / scale,
        r.anchor.1 / scale
    );
    let mut h = Html::default();
    h.el("p", &[("class", "kz-iip-tip-heading")], &r.heading)
        .open("ul", &[]);
    for l in &r.lines {
        h.open(
            "li",
            if l.active {
                &[("class", "kz-iip-active")]
            } else {
                &[]
            },
        );
        if let Some(c) = l.color {
            let background = format!("background:{}", css_color(themed(c, dark)));
            h.el(
                "span",
                &[("class", "kz-iip-swatch"), ("style", &background)],
                "",
            );
        }
        h.el("span", &[("class", "kz-iip-tip-label")], &l.label)
            .text(" ")
            .el("span", &[("class", "kz-iip-tip-value")], &l.value)
            .close("li");
    }
    h.close("ul");
    if let Some(d) = &r.detail {
        h.open("p", &[("class", "kz-iip-tip-detail")]).el(
            "span",
            &[("class", "kz-iip-tip-status")],
            status_name(lang, d.status),
        );
        if let Some(s) = &d.stated {
            h.text(&format!(" · {} {s}", t(lang, Key::AsPublished)));
        }
        if !d.marks.is_empty() {
            h.text(&format!(" · {}", d.marks));
        }
        h.text(" · ")
            .el("cite", &[("class", "kz-iip-tip-source")], &d.source)
            .close("p");
    }
    (style, h.finish())
}

/// A chart's box (`<div class="kz-iip-chart">`) with its content ([`chart_box_content`]).
pub fn chart_box(h: &mut Html, lang: Lang, (label, summary): (&str, &str), height: u32) {
    h.open("div", &[("class", "kz-iip-chart")]);
    chart_box_content(h, lang, (label, summary), height);
    h.close("div");
}

/// What a chart's box holds for [`crate::charts::instrument::Instrument`]: the canvas (one tab
/// stop, named by `label`, described by `summary`), then the description and the polite live
/// region (the tooltip goes after the canvas while there is a read-out).
pub fn chart_box_content(h: &mut Html, lang: Lang, (label, summary): (&str, &str), height: u32) {
    use std::sync::atomic::Ordering;
    let id = crate::charts::canvas::NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let desc_id = format!("kz-iip-chart-desc-{id}");
    let style = format!("height:{height}px");
    let frame = crate::charts::canvas::frame_attr(&crate::charts::frame::Frame::default());
    h.open(
        "canvas",
        &[
            ("class", "kz-iip-canvas"),
            ("tabindex", "0"),
            ("role", "application"),
            ("aria-roledescription", t(lang, Key::ChartRole)),
            ("aria-label", label),
            ("aria-describedby", &desc_id),
            ("data-x-ticks", "[]"),
            ("data-frame", &frame),
            ("style", &style),
        ],
    )
    .close("canvas")
    .el(
        "p",
        &[("id", &desc_id), ("class", "kz-iip-sr-only")],
        summary,
    )
    .el(
        "p",
        &[("class", "kz-iip-sr-only"), ("aria-live", "polite")],
        "",
    );
}

/// A trend's legend entries (inside its `<ul class="kz-iip-legend">`): swatch in the colour
/// the chart draws in the theme, and label.
pub fn legend_items(spec: &crate::charts::spec::TrendSpec, dark: bool) -> String {
    let mut h = Html::default();
    for s in &spec.series {
        let background = swatch_style(s.color, s.quiet, dark);
        h.open("li", &[])
            .el(
                "span",
                &[("class", "kz-iip-swatch"), ("style", &background)],
                "",
            )
            .text(&s.label)
            .close("li");
    }
    h.finish()
}

/// A legend swatch's style: the colour the chart draws a series in (`color`, `quiet`: the
/// series'), in the theme.
pub fn swatch_style(color: (u8, u8, u8), quiet: bool, dark: bool) -> String {
    let drawn = crate::charts::trend::draw::drawn_color(color, quiet, dark);
    format!("background:{}", css_color(drawn))
}

/// The download menu's content (inside its `<details>`, after the summary): PNG, SVG and CSV
/// buttons (`data-format` says which) and the citation.
pub fn download_menu(lang: Lang, cite: &str) -> String {
    let mut h = Html::default();
    h.open("ul", &[]);
    for (format, key) in [
        ("png", Key::DownloadPng),
        ("svg", Key::DownloadSvg),
        ("csv", Key::DownloadCsv),
    ] {
        h.open("li", &[])
            .el(
                "button",
                &[("type", "button"), ("data-format", format)],
                t(lang, key),
            )
            .close("li");
    }
    h.close("ul")
        .open("p", &[("class", "kz-iip-cite")])
        .el("strong", &[], &format!("{}: ", t(lang, Key::CiteThis)))
        .text(" ")
        .el("span", &[("lang", "en")], cite)
        .close("p");
    h.finish()
}

/// The ranking's value column: the growth between the base year and the year, or the
/// measure's own column.
pub fn ranking_head(lang: Lang, unit: Unit, f: &crate::state::Filters) -> String {
    match unit {
        Unit::GrowthPct { .. } => crate::i18n::tr(
            lang,
            Key::AxisGrowth,
            &[
                ("from", (&f.base.to_string()).into()),
                ("to", (&f.year.to_string()).into()),
            ],
        ),
        _ => value_column(lang, f.measure, f.currency, f.base),
    }
}

/// The formula under a table of derived values (levels, growth, shares); none otherwise.
pub fn formula_note(lang: Lang, unit: Unit) -> Option<&'static str> {
    let key = match unit {
        Unit::Level { .. } => Key::LevelFormula,
        Unit::GrowthPct { .. } => Key::GrowthFormula,
        Unit::SharePct => Key::ShareFormula,
        Unit::Index | Unit::MlnTenge | Unit::MlnUsd => return None,
    };
    Some(t(lang, key))
}

/// The marker legend and "Sources:" heading of a source note.
pub fn source_note_head(lang: Lang) -> String {
    let mut h = Html::default();
    let marks = [
        Key::LegendPreliminary,
        Key::LegendPress,
        Key::LegendRestated,
        Key::LegendUncertain,
    ]
    .map(|k| t(lang, k))
    .join(" · ");
    h.el("p", &[("class", "kz-iip-legend-marks")], &marks)
        .open("p", &[])
        .el("strong", &[], &format!("{}: ", t(lang, Key::Sources)))
        .close("p");
    h.finish()
}

/// A whole source note (`<div class="kz-iip-source">`): the widget's, under its table (its
/// "What is the IIP?" is in the links line under the chart, which a reader sees whether or
/// not the table is open).
pub fn source_note(lang: Lang, items: &[SourceItem], notes: &[String]) -> String {
    let mut h = Html::default();
    h.open("div", &[("class", "kz-iip-source")])
        .raw(&source_note_head(lang))
        .open("ul", &[])
        .raw(&source_items(lang, items))
        .close("ul")
        .open("ul", &[("class", "kz-iip-notes")])
        .raw(&list_items(notes))
        .close("ul")
        .close("div");
    h.finish()
}

/// The explorer's footer (inside `<footer class="kz-iip-footer">`): who publishes the
/// statistics, the data release, and the single-file edition for use offline.
pub fn footer(lang: Lang, data_release: &str) -> String {
    let mut h = Html::default();
    h.el("p", &[], t(lang, Key::Footer))
        .open("p", &[("class", "kz-iip-offline")])
        .text(&format!(
            "{} {data_release}. {} ",
            t(lang, Key::DataRelease),
            t(lang, Key::WorksOffline)
        ))
        .el(
            "a",
            &[("href", "kz-iip-single.html"), ("download", "")],
            t(lang, Key::SingleFile),
        )
        .text(".")
        .close("p");
    h.finish()
}

/// A select's options (inside its `<select>`): `(value, label)` pairs, the one whose value is
/// `selected` marked so. The select's `prop:value` keeps it current after the user's changes.
pub fn options<V: std::fmt::Display, L: AsRef<str>>(
    items: impl IntoIterator<Item = (V, L)>,
    selected: &str,
) -> String {
    let mut h = Html::default();
    for (value, label) in items {
        let value = value.to_string();
        let mut attrs = vec![("value", value.as_str())];
        if value == selected {
            attrs.push(("selected", ""));
        }
        h.el("option", &attrs, label.as_ref());
    }
    h.finish()
}

/// A link to another view of the same selection (`f`), scrolled to the element `anchor` once
/// shown: a plain link (a new tab opens the view), which the explorer's one listener
/// ([`crate::components::follow_view_link`]) switches in place.
pub fn view_link(
    h: &mut Html,
    f: &crate::state::Filters,
    to: crate::state::View,
    anchor: &str,
    content: impl FnOnce(&mut Html),
) {
    let mut there = f.clone();
    there.view = to;
    let href = format!("?{}#{anchor}", there.to_query());
    h.open(
        "a",
        &[
            ("href", &href),
            ("data-to", to.key()),
            ("data-anchor", anchor),
        ],
    );
    content(h);
    h.close("a");
}

/// The projects of the selected regions as list items, each a link to it in the projects view.
pub fn region_projects(db: &Db, lang: Lang, f: &crate::state::Filters) -> String {
    let mut h = Html::default();
    for p in db.projects.iter().filter(|p| f.regions.contains(&p.region)) {
        let region = db.region(&p.region).map_or("", |r| region_name(lang, r));
        h.open("li", &[]);
        view_link(
            &mut h,
            f,
            crate::state::View::Projects,
            &format!("kz-iip-project-{}", p.id),
            // The product as the source names it, in English (as in the projects' table).
            |h| {
                h.text(&format!("{region}: "))
                    .el("span", &[("lang", "en")], &p.product);
            },
        );
        h.close("li");
    }
    h.finish()
}

/// The language links (inside `<nav class="kz-iip-languages">`): the selection `f` in each
/// language, the page's own marked current.
pub fn language_links(lang: Lang, f: &crate::state::Filters) -> String {
    let mut h = Html::default();
    for l in Lang::ALL {
        let mut other = f.clone();
        other.lang = l;
        let href = format!("?{}", other.to_query());
        let mut attrs = vec![
            ("href", href.as_str()),
            ("hreflang", l.tag()),
            ("lang", l.tag()),
            ("class", "kz-iip-lang"),
        ];
        if l == lang {
            attrs.push(("aria-current", "true"));
        }
        h.el("a", &attrs, crate::i18n::catalog::language_name(l));
    }
    h.finish()
}

/// The theme menu's options (inside `<select name="theme">`), `now` selected.
pub fn theme_options(lang: Lang, now: crate::state::Theme) -> String {
    use crate::state::Theme;
    let mut h = Html::default();
    for th in Theme::ALL {
        let key = match th {
            Theme::Auto => Key::ThemeAuto,
            Theme::Light => Key::ThemeLight,
            Theme::Dark => Key::ThemeDark,
        };
        let mut attrs = vec![("value", th.key())];
        if th == now {
            attrs.push(("selected", ""));
        }
        h.el("option", &attrs, t(lang, key));
    }
    h.finish()
}

/// A notice's content (inside its `<div class="kz-iip-notice">`): what part of the URL could
/// not be used and what was used instead, and the dismiss button.
pub fn notice(lang: Lang, notices: &[crate::state::Notice]) -> String {
    let mut h = Html::default();
    h.el("strong", &[], t(lang, Key::NoticeHeading))
        .open("ul", &[]);
    for n in notices {
        h.el("li", &[], &crate::i18n::notice_text(lang, n));
    }
    h.close("ul")
        .el("button", &[("type", "button")], t(lang, Key::Dismiss));
    h.finish()
}

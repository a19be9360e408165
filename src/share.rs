//! The Share / Embed dialog's content, without Leptos: what the embed builder holds
//! ([`Share`]), the dialog's markup written from it once when it opens ([`Share::body`]), each
//! edit of a field ([`Share::edit`]) and what an edit changes ([`Share::outputs`]). It runs in
//! the share dialog's own wasm (`crate::share_dom`, #26), which sets the markup and answers the
//! dialog's events. Natively testable.

use crate::charts::interact::Interactive;
use crate::charts::{export, kinds};
use crate::data::{Db, RegionCode};
use crate::i18n::{region_name, t, tr, Key, Lang};
use crate::markup::Html;
use crate::state::widget::{
    clean_words, stable_id, ChartKind, Embed, Note, Variant, WidgetOptions, Words,
};
use crate::state::Filters;

/// The preview's widths (CSS pixels).
pub const WIDTHS: [u32; 3] = [320, 480, 720];

/// What the embed builder holds, with the explorer's selection it was opened on.
pub struct Share {
    db: &'static Db,
    lang: Lang,
    filters: Filters,
    /// The folder URL of the page (`https://host/path/`), where `widget.html` lives too.
    base: String,
    kind: ChartKind,
    /// The preview's width (CSS pixels).
    width: u32,
    variant: Variant,
    /// The newsroom's words and notes as typed (cleaned and cut in the link, as the widget
    /// reads them); whether a typed note line could not be read.
    words: Words,
    notes: Vec<Note>,
    bad_notes: bool,
    /// The units to highlight: the explorer's own highlight to begin with.
    highlight: Vec<RegionCode>,
}

/// What an edit changes in the open dialog.
pub struct Outputs {
    pub embed: Embed,
    /// The embed code in the chosen form.
    pub code: String,
    /// The hint under the code (the image forms need the chart's PNG hosted).
    pub hint: &'static str,
    pub bad_notes: bool,
    pub width: u32,
    /// The preview's inline style (its width and the chart's height).
    pub preview_style: String,
}

impl Share {
    /// The builder as it opens on `filters`, the page being at `base`.
    pub fn new(db: &'static Db, lang: Lang, filters: Filters, base: String) -> Self {
        let highlight = filters.highlight.clone();
        Self {
            db,
            lang,
            filters,
            base,
            kind: ChartKind::Trend,
            width: 480,
            variant: Variant::Iframe,
            words: Words::default(),
            notes: Vec::new(),
            bad_notes: false,
            highlight,
        }
    }

    /// The language the builder writes in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The permalink of the explorer's view.
    pub fn permalink(&self) -> String {
        format!("{}?{}", self.base, self.filters.to_query())
    }

    /// Everything the embed code is made of: the explorer's selection with the builder's
    /// highlight, the chart's own title and description, the newsroom's words and notes.
    fn embed(&self) -> Embed {
        let (db, lang, base) = (self.db, self.lang, &self.base);
        let mut f = self.filters.clone();
        f.highlight = self.highlight.clone();
        let q = f.to_query();
        let entry = kinds::of(self.kind);
        let opts = WidgetOptions {
            chart: self.kind,
            id: stable_id(&format!("{q}&{}", self.kind.key())),
            words: self.words.clone(),
            notes: self.notes.clone(),
            ..Default::default()
        };
        let chart = (entry.chart)(db, &f, lang, &(entry.table)(db, &f));
        let (name, alt) = match &self.words.title {
            Some(h) => (h.clone(), format!("{h}. {}", chart.summary())),
            None => (chart.title(), chart.summary()),
        };
        Embed {
            url: format!("{base}widget.html?{q}&{}", opts.to_query()),
            id: opts.id,
            title: format!("{name} — {}", t(lang, Key::AppTitle)),
            height: entry.snippet_height,
            lang,
            png: format!("{}.png", export::file_stem(self.kind.key(), &f)),
            png_height: entry.export_height + 120,
            alt,
            explorer: format!("{base}?{q}"),
            more: t(lang, Key::AmpMore).to_owned(),
        }
    }

    /// What the dialog shows that follows from the builder.
    pub fn outputs(&self) -> Outputs {
        let embed = self.embed();
        let code = embed.code(self.variant);
        // The image and AMP's placeholder are the chart's PNG, hosted by the newsroom.
        let png = matches!(self.variant, Variant::Image | Variant::Amp);
        Outputs {
            embed,
            code,
            hint: t(self.lang, if png { Key::ImageHint } else { Key::EmbedHint }),
            bad_notes: self.bad_notes,
            width: self.width,
            preview_style: format!(
                "width:{}px;height:{}px;border:1px solid #ccc",
                self.width,
                kinds::of(self.kind).snippet_height
            ),
        }
    }

    /// A field's edit: `name` is the field's name (`chart`, `words-title`, `notes`, `variant`,
    /// `hl`), `value` its value, `checked` a checkbox's state. Returns whether the builder
    /// changed and, for a word field, whether its text is longer than the widget keeps. An
    /// unknown field or value changes nothing.
    pub fn edit(&mut self, name: &str, value: &str, checked: bool) -> (bool, bool) {
        match name {
            "chart" => match ChartKind::parse(value) {
                Some(k) => {
                    self.kind = k;
                    (true, false)
                }
                None => (false, false),
            },
            "variant" => match Variant::parse(value) {
                Some(v) => {
                    self.variant = v;
                    (true, false)
                }
                None => (false, false),
            },
            "notes" => {
                let lines = value.lines().filter(|l| !l.trim().is_empty());
                let parsed: Vec<Option<Note>> = lines.map(Note::parse).collect();
                self.bad_notes = parsed.iter().any(Option::is_none);
                self.notes = parsed.into_iter().flatten().take(Note::MAX).collect();
                (true, false)
            }
            "hl" => {
                // Only the selection's units can be highlighted.
                let Some(code) = self.filters.regions.iter().find(|c| c.as_str() == value) else {
                    return (false, false);
                };
                let at = self.highlight.iter().position(|x| x == code);
                match (checked, at) {
                    (true, None) => self.highlight.push(code.clone()),
                    (false, Some(i)) => {
                        self.highlight.remove(i);
                    }
                    _ => return (false, false),
                }
                (true, false)
            }
            _ => {
                let Some(key) = name.strip_prefix("words-") else {
                    return (false, false);
                };
                let Some(max) = Words::KEYS.iter().find(|(k, _)| *k == key).map(|(_, m)| *m) else {
                    return (false, false);
                };
                self.words.set(key, value);
                (true, clean_words(value, max).1)
            }
        }
    }

    /// A preview width button (`data-width`); whether it changed anything.
    pub fn set_width(&mut self, width: u32) -> bool {
        let changed = WIDTHS.contains(&width) && self.width != width;
        if changed {
            self.width = width;
        }
        changed
    }

    /// The dialog's content as it opens. Its fields keep their names (`permalink`, `chart`,
    /// `words-…`, `hl`, `notes`, `variant`, `snippet`); its buttons say what they do in
    /// `data-act` (`copy-link`, `copy-embed`, `close`) or `data-width`.
    pub fn body(&self) -> String {
        let lang = self.lang;
        let out = self.outputs();
        let mut h = Html::default();
        h.el(
            "h2",
            &[("id", "kz-iip-share-title")],
            t(lang, Key::ShareEmbed),
        );
        h.open("label", &[("class", "kz-iip-field")])
            .text(t(lang, Key::Link))
            .open(
                "input",
                &[
                    ("type", "text"),
                    ("readonly", ""),
                    ("name", "permalink"),
                    ("value", &self.permalink()),
                ],
            )
            .close("label");
        button(&mut h, "copy-link", t(lang, Key::CopyLink));
        h.open("label", &[("class", "kz-iip-field")])
            .text(t(lang, Key::Chart))
            .text(" ")
            .open("select", &[("name", "chart")]);
        for entry in &kinds::KINDS {
            let key = entry.kind.key();
            option(&mut h, key, t(lang, entry.label), entry.kind == self.kind);
        }
        h.close("select").close("label");
        h.open("fieldset", &[("class", "kz-iip-words")]).el(
            "legend",
            &[],
            t(lang, Key::WordsLegend),
        );
        // A field per word key; a hint when the text is longer than the widget keeps.
        for (key, max) in Words::KEYS {
            let label = match key {
                "title" => Key::WordsTitle,
                "desc" => Key::WordsDesc,
                "note" => Key::WordsNote,
                _ => Key::WordsByline,
            };
            h.open("label", &[("class", "kz-iip-field")])
                .text(t(lang, label))
                .open(
                    "input",
                    &[("type", "text"), ("name", &format!("words-{key}"))],
                )
                .el(
                    "span",
                    &[("class", "kz-iip-hint"), ("role", "status"), ("hidden", "")],
                    &tr(lang, Key::WordsCut, &[("max", max.into())]),
                )
                .close("label");
        }
        h.close("fieldset");
        // A checkbox per unit of the selection.
        h.open("fieldset", &[("class", "kz-iip-words")]).el(
            "legend",
            &[],
            t(lang, Key::HighlightLegend),
        );
        for code in &self.filters.regions {
            let Some(region) = self.db.region(code) else {
                continue;
            };
            let mut attrs = vec![
                ("type", "checkbox"),
                ("name", "hl"),
                ("value", code.as_str()),
            ];
            if self.highlight.contains(code) {
                attrs.push(("checked", ""));
            }
            h.open("label", &[("class", "kz-iip-check")])
                .open("input", &attrs)
                .text(region_name(lang, region))
                .close("label");
        }
        h.close("fieldset");
        h.open("label", &[("class", "kz-iip-field")])
            .text(t(lang, Key::NotesLabel))
            .open("textarea", &[("rows", "2"), ("name", "notes")])
            .close("textarea")
            .el(
                "span",
                &[
                    ("class", "kz-iip-hint kz-iip-notes-bad"),
                    ("role", "status"),
                    ("hidden", ""),
                ],
                t(lang, Key::NotesBad),
            )
            .close("label");
        h.open("label", &[("class", "kz-iip-field")])
            .text(t(lang, Key::VariantLabel))
            .text(" ")
            .open("select", &[("name", "variant")]);
        for v in Variant::ALL {
            let label = match v {
                Variant::Iframe => Key::VariantIframe,
                Variant::Resizing => Key::VariantResizing,
                Variant::Amp => Key::VariantAmp,
                Variant::Image => Key::VariantImage,
            };
            option(&mut h, v.key(), t(lang, label), v == self.variant);
        }
        h.close("select").close("label");
        h.open("label", &[("class", "kz-iip-field")])
            .text(t(lang, Key::EmbedCode))
            .el(
                "textarea",
                &[("readonly", ""), ("rows", "4"), ("name", "snippet")],
                &out.code,
            )
            .close("label");
        button(&mut h, "copy-embed", t(lang, Key::CopyEmbed));
        h.el("p", &[("class", "kz-iip-hint kz-iip-embed-hint")], out.hint)
            .el("p", &[("role", "status"), ("class", "kz-iip-status")], "");
        h.open("fieldset", &[("class", "kz-iip-preview-widths")])
            .el("legend", &[], t(lang, Key::Preview));
        for w in WIDTHS {
            let pressed = if w == out.width { "true" } else { "false" };
            h.el(
                "button",
                &[
                    ("type", "button"),
                    ("class", "kz-iip-width"),
                    ("data-width", &w.to_string()),
                    ("aria-pressed", pressed),
                ],
                &format!("{w} px"),
            );
        }
        h.close("fieldset");
        h.open(
            "iframe",
            &[
                ("class", "kz-iip-preview"),
                ("title", &out.embed.title),
                ("src", &out.embed.url),
                ("style", &out.preview_style),
            ],
        )
        .close("iframe");
        h.open("p", &[]);
        button(&mut h, "close", t(lang, Key::Close));
        h.close("p");
        h.finish()
    }
}

fn button(h: &mut Html, act: &str, label: &str) {
    h.el("button", &[("type", "button"), ("data-act", act)], label);
}

fn option(h: &mut Html, value: &str, label: &str, selected: bool) {
    let mut attrs = vec![("value", value)];
    if selected {
        attrs.push(("selected", ""));
    }
    h.el("option", &attrs, label);
}

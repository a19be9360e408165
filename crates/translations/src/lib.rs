//! The translations compiler: `i18n/<lang>/*.ftl` (Project Fluent) → the app's message tables.
//!
//! Runs at build time only (the app's `build.rs`); no Fluent runtime reaches the wasm. Every
//! language must hold exactly the messages of the reference language (`en`), with the same
//! variables, and every plural selector must have each CLDR category of its language. Each
//! problem names the file and the line. The output is Rust source for the app's
//! `i18n::catalog`: a `Key` per message and, per language, the messages in a compact encoding
//! ([`encode`]) as one string.
//!
//! The compiler reads the subset of Fluent the app needs: text, `{ $variable }`, string
//! literals (`{"{"}`), and select expressions on a variable (plural categories, exact numbers,
//! or words such as a measure). Terms, message references, attributes and functions are refused.

mod pseudo;

pub use pseudo::text as pseudo_text;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// The languages, reference first; each is a folder of `i18n/`.
pub const LANGUAGES: [&str; 3] = ["en", "ru", "kk"];

/// CLDR plural categories (cardinal) of each language.
pub fn plural_categories(lang: &str) -> &'static [&'static str] {
    match lang {
        "ru" => &["one", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

/// A problem, at a file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// A compiled pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    Text(String),
    Var(String),
    /// Selector variable, variants (key, pattern), index of the default.
    Select(String, Vec<(String, Vec<Part>)>, usize),
}

/// One message of one language.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    pub id: String,
    pub file: PathBuf,
    pub line: usize,
    pub comment: String,
    pub pattern: Vec<Part>,
}

impl Message {
    /// The variables it uses.
    pub fn variables(&self) -> BTreeSet<String> {
        fn walk(parts: &[Part], out: &mut BTreeSet<String>) {
            for p in parts {
                match p {
                    Part::Text(_) => {}
                    Part::Var(v) => {
                        out.insert(v.clone());
                    }
                    Part::Select(v, variants, _) => {
                        out.insert(v.clone());
                        for (_, p) in variants {
                            walk(p, out);
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        walk(&self.pattern, &mut out);
        out
    }
}

/// All languages, checked: `messages[lang]` in the reference order.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    pub languages: Vec<String>,
    pub messages: BTreeMap<String, Vec<Message>>,
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn unescape(s: &str) -> String {
    fluent_syntax::unicode::unescape_unicode_to_string(s).into_owned()
}

fn compile_pattern(p: &ast::Pattern<&str>, out: &mut Vec<Part>) -> Result<(), String> {
    let push_text = |out: &mut Vec<Part>, t: &str| match out.last_mut() {
        Some(Part::Text(prev)) => prev.push_str(t),
        _ => out.push(Part::Text(t.to_owned())),
    };
    for el in &p.elements {
        match el {
            ast::PatternElement::TextElement { value } => push_text(out, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => match inline {
                    ast::InlineExpression::StringLiteral { value } => push_text(out, &unescape(value)),
                    ast::InlineExpression::NumberLiteral { value } => push_text(out, value),
                    ast::InlineExpression::VariableReference { id } => out.push(Part::Var(id.name.to_owned())),
                    ast::InlineExpression::Placeable { expression } => {
                        let inner = ast::Pattern {
                            elements: vec![ast::PatternElement::Placeable {
                                expression: (**expression).clone(),
                            }],
                        };
                        compile_pattern(&inner, out)?;
                    }
                    _ => return Err("only text, { $variables } and select expressions are supported (no terms, message references or functions)".into()),
                },
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a select expression must select on a { $variable }".into());
                    };
                    let mut compiled = Vec::new();
                    let mut default = 0;
                    for (i, v) in variants.iter().enumerate() {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => (*name).to_owned(),
                            ast::VariantKey::NumberLiteral { value } => (*value).to_owned(),
                        };
                        let mut parts = Vec::new();
                        compile_pattern(&v.value, &mut parts)?;
                        if v.default {
                            default = i;
                        }
                        compiled.push((key, parts));
                    }
                    out.push(Part::Select(id.name.to_owned(), compiled, default));
                }
            },
        }
    }
    Ok(())
}

/// Reads and parses one language folder.
fn read_language(root: &Path, lang: &str, problems: &mut Vec<Problem>) -> Vec<Message> {
    let dir = root.join(lang);
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect(),
        Err(e) => {
            problems.push(Problem {
                file: dir.clone(),
                line: 0,
                message: format!("cannot read the language folder: {e}"),
            });
            return Vec::new();
        }
    };
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) => {
                problems.push(Problem {
                    file: file.clone(),
                    line: 0,
                    message: e.to_string(),
                });
                continue;
            }
        };
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    problems.push(Problem {
                        file: file.clone(),
                        line: line_of(&text, e.pos.start),
                        message: format!("syntax error: {}", e.kind),
                    });
                }
                r
            }
        };
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                if let ast::Entry::Term(t) = entry {
                    problems.push(Problem {
                        file: file.clone(),
                        line: find_line(&text, &format!("-{}", t.id.name)),
                        message: format!("term -{} : terms are not supported", t.id.name),
                    });
                }
                continue;
            };
            let line = find_line(&text, m.id.name);
            let Some(value) = &m.value else {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    message: format!("message `{}` has no value", m.id.name),
                });
                continue;
            };
            if !m.attributes.is_empty() {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    message: format!("message `{}`: attributes are not supported", m.id.name),
                });
            }
            let mut pattern = Vec::new();
            if let Err(e) = compile_pattern(value, &mut pattern) {
                problems.push(Problem {
                    file: file.clone(),
                    line,
                    message: format!("message `{}`: {e}", m.id.name),
                });
                continue;
            }
            let comment = m
                .comment
                .as_ref()
                .map(|c| c.content.join(" "))
                .unwrap_or_default();
            out.push(Message {
                id: m.id.name.to_owned(),
                file: file.clone(),
                line,
                comment,
                pattern,
            });
        }
    }
    out
}

/// The line where message `id` is defined (`id =` at the start of a line).
fn find_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// Plural selectors must hold every CLDR category of the language.
fn check_plurals(lang: &str, m: &Message, problems: &mut Vec<Problem>) {
    fn walk(lang: &str, parts: &[Part], m: &Message, problems: &mut Vec<Problem>) {
        for p in parts {
            if let Part::Select(var, variants, _) = p {
                let keys: Vec<&str> = variants.iter().map(|(k, _)| k.as_str()).collect();
                let all = ["zero", "one", "two", "few", "many", "other"];
                if keys.iter().any(|k| all.contains(k) && *k != "other") {
                    for cat in plural_categories(lang) {
                        if !keys.contains(cat) {
                            problems.push(Problem { file: m.file.clone(), line: m.line, message: format!("message `{}`: the plural selector on ${var} lacks the variant [{cat}] ({lang} has {})", m.id, plural_categories(lang).join(", ")) });
                        }
                    }
                }
                for (_, p) in variants {
                    walk(lang, p, m, problems);
                }
            }
        }
    }
    walk(lang, &m.pattern, m, problems);
}

/// Reads every language of `root` (`i18n/`) and checks them against the reference.
pub fn check(root: &Path, pseudo: bool) -> Result<Catalog, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut catalog = Catalog::default();
    let mut by_lang: BTreeMap<String, Vec<Message>> = BTreeMap::new();
    for lang in LANGUAGES {
        let msgs = read_language(root, lang, &mut problems);
        let mut seen = BTreeMap::new();
        for m in &msgs {
            if let Some((f, l)) = seen.insert(m.id.clone(), (m.file.clone(), m.line)) {
                problems.push(Problem {
                    file: m.file.clone(),
                    line: m.line,
                    message: format!(
                        "message `{}` is defined twice (also {}:{l})",
                        m.id,
                        f.display()
                    ),
                });
            }
            check_plurals(lang, m, &mut problems);
        }
        by_lang.insert(lang.to_owned(), msgs);
    }
    let reference = by_lang.get(LANGUAGES[0]).cloned().unwrap_or_default();
    for lang in &LANGUAGES[1..] {
        let msgs = by_lang.get(*lang).cloned().unwrap_or_default();
        let find = |id: &str| msgs.iter().find(|m| m.id == id);
        let mut ordered = Vec::new();
        for r in &reference {
            match find(&r.id) {
                None => {
                    let file = root.join(lang).join(r.file.file_name().unwrap_or_default());
                    problems.push(Problem {
                        file,
                        line: 0,
                        message: format!(
                            "message `{}` is missing ({}:{} has it)",
                            r.id,
                            r.file.display(),
                            r.line
                        ),
                    });
                }
                Some(m) => {
                    if m.variables() != r.variables() {
                        let list = |s: BTreeSet<String>| {
                            s.into_iter()
                                .map(|v| format!("${v}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        };
                        problems.push(Problem {
                            file: m.file.clone(),
                            line: m.line,
                            message: format!(
                                "message `{}` uses {{{}}} but {} uses {{{}}} ({}:{})",
                                m.id,
                                list(m.variables()),
                                LANGUAGES[0],
                                list(r.variables()),
                                r.file.display(),
                                r.line
                            ),
                        });
                    }
                    ordered.push(m.clone());
                }
            }
        }
        for m in &msgs {
            if !reference.iter().any(|r| r.id == m.id) {
                problems.push(Problem {
                    file: m.file.clone(),
                    line: m.line,
                    message: format!(
                        "message `{}` is not in the reference language ({})",
                        m.id, LANGUAGES[0]
                    ),
                });
            }
        }
        by_lang.insert((*lang).to_owned(), ordered);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if pseudo {
        // The pseudo-locale replaces the reference language: QA builds only, never shipped.
        if let Some(en) = by_lang.get_mut(LANGUAGES[0]) {
            for m in en.iter_mut() {
                m.pattern = pseudo::pattern(&m.pattern);
            }
        }
    }
    catalog.languages = LANGUAGES.iter().map(|l| (*l).to_owned()).collect();
    catalog.messages = by_lang;
    Ok(catalog)
}

/// `app-title` → `AppTitle`.
pub fn key_name(id: &str) -> String {
    id.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
        })
        .collect()
}

/// Markers of the compact encoding (Unicode private use, never in a message): a variable is
/// `VAR name END`; a select is `SELECT var (KEY key PATTERN pattern)* END`, the default's key
/// prefixed by `*`.
pub const VAR: char = '\u{E000}';
pub const SELECT: char = '\u{E001}';
pub const KEY: char = '\u{E002}';
pub const PATTERN: char = '\u{E003}';
pub const END: char = '\u{E004}';

/// A pattern as one string: text as it is, variables and selects between markers.
pub fn encode(parts: &[Part]) -> String {
    let mut out = String::new();
    for p in parts {
        match p {
            Part::Text(t) => out.push_str(t),
            Part::Var(v) => {
                out.push(VAR);
                out.push_str(v);
                out.push(END);
            }
            Part::Select(v, variants, default) => {
                out.push(SELECT);
                out.push_str(v);
                for (i, (k, p)) in variants.iter().enumerate() {
                    out.push(KEY);
                    if i == *default {
                        out.push('*');
                    }
                    out.push_str(k);
                    out.push(PATTERN);
                    out.push_str(&encode(p));
                }
                out.push(END);
            }
        }
    }
    out
}

/// The Rust source of the message tables (for `include!` in the app's `i18n::catalog`): per
/// language, every message encoded ([`encode`]) and concatenated into one string, and the end
/// offset of each — as compact in the wasm as the text itself.
pub fn to_rust(catalog: &Catalog) -> String {
    let reference = catalog
        .messages
        .get(LANGUAGES[0])
        .cloned()
        .unwrap_or_default();
    let mut out = String::from(
        "// @generated by kz-iip-translations from i18n/*/*.ftl — edit those files.\n\n",
    );
    out.push_str("/// Every message, by its Fluent id (`app-title` → `AppTitle`).\n#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum Key {\n");
    for m in &reference {
        if !m.comment.is_empty() {
            let _ = writeln!(out, "    /// {}", m.comment.replace('\n', " "));
        }
        let _ = writeln!(out, "    {},", key_name(&m.id));
    }
    out.push_str("}\n\nimpl Key {\n    /// Every key, in the reference file order.\n    pub const ALL: &'static [Key] = &[\n");
    for m in &reference {
        let _ = writeln!(out, "        Key::{},", key_name(&m.id));
    }
    out.push_str("    ];\n}\n\n");
    for lang in &catalog.languages {
        let msgs = catalog.messages.get(lang).cloned().unwrap_or_default();
        let mut text = String::new();
        let mut ends = Vec::new();
        for m in &msgs {
            text.push_str(&encode(&m.pattern));
            ends.push(text.len());
        }
        let up = lang.to_uppercase();
        let _ = writeln!(out, "/// The `{lang}` messages, encoded and concatenated in `Key` order.\npub static {up}_TEXT: &str = {text:?};");
        let _ = writeln!(out, "/// End of each `{lang}` message in `{up}_TEXT`.\npub static {up}_ENDS: [u32; {}] = {ends:?};\n", ends.len());
    }
    // Each language's own name (`language-name`), apart: the language links show all three on
    // every page, whichever languages' messages the page has.
    let names: Vec<(String, String)> = catalog
        .languages
        .iter()
        .map(|lang| {
            let name = catalog
                .messages
                .get(lang)
                .and_then(|msgs| msgs.iter().find(|m| m.id == "language-name"))
                .map(|m| encode(&m.pattern))
                .unwrap_or_default();
            (lang.clone(), name)
        })
        .collect();
    let _ = writeln!(out, "/// Each language's own name (`language-name`), by language tag.\npub static LANGUAGE_NAMES: [(&str, &str); {}] = {names:?};", names.len());
    out
}

/// Every `.ftl` file (for `cargo:rerun-if-changed`).
pub fn files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for lang in LANGUAGES {
        out.push(root.join(lang));
        if let Ok(rd) = std::fs::read_dir(root.join(lang)) {
            out.extend(rd.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    out
}

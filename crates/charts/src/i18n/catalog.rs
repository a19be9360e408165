//! The messages, as the build compiled them from `i18n/<lang>/*.ftl` (see `crates/translations`
//! and the README's translator's guide): a [`Key`] per message id and, per language, every
//! message in a compact encoding, concatenated. A plain message is its text; a variable is
//! `VAR name END`; a select is `SELECT var (KEY key PATTERN pattern)* END`, the default's key
//! marked `*` (markers from Unicode's private use area, never in a message).
//!
//! English is compiled in with the `english` feature (the widget's and the share dialog's wasm),
//! every language with `catalogs` (the default: tests, tools). The explorer's wasm has none: a
//! page [`install`]s its language from the file the build wrote ([`encode`], [`file_name`]),
//! which the page's loader fetches beside the wasm. A language neither compiled in nor
//! installed is not [`available`], and the page falls back to English (fetched likewise) with a
//! notice.

use std::sync::OnceLock;

use super::Lang;

pub const VAR: char = '\u{E000}';
pub const SELECT: char = '\u{E001}';
pub const KEY: char = '\u{E002}';
pub const PATTERN: char = '\u{E003}';
pub const END: char = '\u{E004}';

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language's messages: the text of all, and where each ends.
type Table = (&'static str, &'static [u32]);

/// The languages compiled into this build.
fn built_in(lang: Lang) -> Option<Table> {
    match lang {
        #[cfg(feature = "english")]
        Lang::En => Some((EN_TEXT, &EN_ENDS)),
        #[cfg(feature = "catalogs")]
        Lang::Ru => Some((RU_TEXT, &RU_ENDS)),
        #[cfg(feature = "catalogs")]
        Lang::Kk => Some((KK_TEXT, &KK_ENDS)),
        #[cfg(not(feature = "catalogs"))]
        _ => None,
    }
}

/// The one language installed at run time (a page's own).
static INSTALLED: OnceLock<(Lang, Table)> = OnceLock::new();

fn table(lang: Lang) -> Option<Table> {
    built_in(lang).or_else(|| INSTALLED.get().filter(|(l, _)| *l == lang).map(|(_, t)| *t))
}

/// Whether `lang`'s messages are here (compiled in or installed).
pub fn available(lang: Lang) -> bool {
    table(lang).is_some()
}

/// `lang`'s own name ("Қазақша"), whichever languages' messages are here.
pub fn language_name(lang: Lang) -> &'static str {
    LANGUAGE_NAMES
        .iter()
        .find(|(tag, _)| *tag == lang.tag())
        .map_or("", |(_, name)| name)
}

/// A message of `lang`, encoded ("" for a language that is not [`available`]).
pub fn message(lang: Lang, key: Key) -> &'static str {
    let Some((text, ends)) = table(lang) else {
        return "";
    };
    let i = key as usize;
    let end = ends.get(i).map_or(0, |e| *e as usize);
    let start = i
        .checked_sub(1)
        .and_then(|j| ends.get(j))
        .map_or(0, |e| *e as usize);
    text.get(start..end).unwrap_or("")
}

/// How a catalog file begins (its format's version); then each message, each after a
/// [`SEP`]. Text, so that any static host compresses it as it does the page.
const MAGIC: &str = "KZC1";

/// Between the parts of a catalog file (Unicode's private use area: never in a message).
pub const SEP: char = '\u{E005}';

/// Why a catalog file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// Not a catalog of this build: not UTF-8, wrong magic, or another number of messages.
    NotThisBuild,
    /// Another language is installed already (one per page).
    Taken,
}

/// Installs `lang`'s messages from a catalog file ([`encode`]'s form). Checked whole before
/// anything is kept: a damaged or foreign file is refused, never half-read.
pub fn install(lang: Lang, bytes: &[u8]) -> Result<(), CatalogError> {
    let text = std::str::from_utf8(bytes).map_err(|_| CatalogError::NotThisBuild)?;
    let mut parts = text.split(SEP);
    if parts.next() != Some(MAGIC) {
        return Err(CatalogError::NotThisBuild);
    }
    let messages: Vec<&str> = parts.collect();
    if messages.len() != Key::ALL.len() {
        return Err(CatalogError::NotThisBuild);
    }
    let mut all = String::with_capacity(text.len());
    let mut ends = Vec::with_capacity(messages.len());
    for m in messages {
        all.push_str(m);
        ends.push(u32::try_from(all.len()).map_err(|_| CatalogError::NotThisBuild)?);
    }
    let text: &'static str = Box::leak(all.into_boxed_str());
    let ends: &'static [u32] = Box::leak(ends.into_boxed_slice());
    INSTALLED
        .set((lang, (text, ends)))
        .map_err(|_| CatalogError::Taken)
}

/// `lang`'s catalog file, as [`install`] reads it (the build writes one per language not
/// compiled into the web app).
#[cfg(feature = "catalogs")]
pub fn encode(lang: Lang) -> String {
    let mut out = MAGIC.to_owned();
    for key in Key::ALL {
        out.push(SEP);
        out.push_str(message(lang, *key));
    }
    out
}

/// The catalog file's name in the bundle: `i18n-<lang>-<hash of its content>.txt` (served as
/// immutable, like the other hashed files).
#[cfg(feature = "catalogs")]
pub fn file_name(lang: Lang) -> String {
    format!(
        "i18n-{}-{:016x}.txt",
        lang.tag(),
        content_hash(encode(lang).as_bytes())
    )
}

/// FNV-1a of `bytes`: the content part of a built file's name.
pub fn content_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Whether an encoded message is plain text.
pub fn is_plain(s: &str) -> bool {
    !s.contains([VAR, SELECT])
}

//! The messages, as the build compiled them from `i18n/<lang>/*.ftl` (see `crates/translations`
//! and the README's translator's guide): a [`Key`] per message id and, per language, every
//! message in a compact encoding, concatenated. A plain message is its text; a variable is
//! `VAR name END`; a select is `SELECT var (KEY key PATTERN pattern)* END`, the default's key
//! marked `*` (markers from Unicode's private use area, never in a message).

use super::Lang;

pub const VAR: char = '\u{E000}';
pub const SELECT: char = '\u{E001}';
pub const KEY: char = '\u{E002}';
pub const PATTERN: char = '\u{E003}';
pub const END: char = '\u{E004}';

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A message of `lang`, encoded.
pub fn message(lang: Lang, key: Key) -> &'static str {
    let (text, ends): (&'static str, &'static [u32]) = match lang {
        Lang::En => (EN_TEXT, &EN_ENDS),
        Lang::Ru => (RU_TEXT, &RU_ENDS),
        Lang::Kk => (KK_TEXT, &KK_ENDS),
    };
    let i = key as usize;
    let end = ends.get(i).map_or(0, |e| *e as usize);
    let start = i
        .checked_sub(1)
        .and_then(|j| ends.get(j))
        .map_or(0, |e| *e as usize);
    text.get(start..end).unwrap_or("")
}

/// Whether an encoded message is plain text.
pub fn is_plain(s: &str) -> bool {
    !s.contains([VAR, SELECT])
}

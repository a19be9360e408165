//! The messages, as the build compiled them from `i18n/<lang>/*.ftl` (see `crates/translations`
//! and the README's translator's guide): a [`Key`] per message id and one table per language.

/// A piece of a compiled message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    Text(&'static str),
    /// `{ $name }`.
    Var(&'static str),
    /// `{ $name -> [key] … *[default] … }`: variants (key, pattern) and the default's index. A
    /// key is a CLDR plural category, an exact number or a word (a measure, a currency).
    Select(&'static str, &'static [(&'static str, Pattern)], usize),
}

/// A compiled message.
pub type Pattern = &'static [Part];

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

//! kz-iip's refresh tool, as a library: the Bureau's exports in ([`import`]), the bundle out as
//! a Frictionless Data Package ([`package`]). Native only: nothing here reaches the app's wasm
//! (the app does not depend on this crate; a test and the size test check it).
//!
//! The import is a pipeline of pure steps over bytes, each a module:
//! [`text`] (encoding) → [`export`] (which layout, which indicator; rows as [`export::Row`]s,
//! with what was skipped counted by reason) → [`plan`] (duplicates, the zero-groups artefact,
//! new / unchanged / revised against the bundle) → [`write`] (the new `bns_imports.json`,
//! validated by the loader before it replaces the old one) → [`report`] (text or JSON).
//! Only `main.rs` touches files and prints.

pub mod export;
pub mod package;
pub mod plan;
pub mod report;
pub mod terms;
pub mod text;
pub mod write;

pub use export::{read_export, Options};

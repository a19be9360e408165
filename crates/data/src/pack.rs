//! The bundle's binary form: the length of its value stream, then a table of the identifiers
//! (region, activity and source codes), each written once, then every value in field order —
//! integers as LEB128 varints (signed ones zig-zagged), floats as decimal digits and a scale
//! (the 8 bytes of any float that is not a decimal of up to six places), lists with their
//! length first, `Option`s and enums as one tag byte, identifiers as their place in the table,
//! strings as their length — and last the text of every string, in the same order (text beside
//! text compresses better than text between numbers: #26). No field names, no
//! self-description: the build and the app share these impls, so both sides agree by
//! construction.
//!
//! It replaces postcard + serde's derived decoders, whose visitor code cost the wasm more than
//! the data it decodes (#26). Reading never panics and never allocates beyond what the bytes
//! can hold: a truncated or corrupt bundle is `None`.

use crate::load::DataError;
use crate::model::*;

/// Writes values: the bytes, the strings' text, and the identifier table they refer to.
#[derive(Default)]
pub struct Writer {
    out: Vec<u8>,
    text: Vec<u8>,
    ids: Vec<String>,
    index: std::collections::HashMap<String, usize>,
}

impl Writer {
    /// An identifier, as its place in the table (added on first use).
    fn id(&mut self, s: &str) {
        let next = self.ids.len();
        let i = *self.index.entry(s.to_owned()).or_insert(next);
        if i == next {
            self.ids.push(s.to_owned());
        }
        put_varint(&mut self.out, i as u64);
    }

    /// The values' length, the table, the values, then the text.
    pub fn finish(self) -> Vec<u8> {
        let mut table = Writer::default();
        self.ids.put(&mut table);
        let mut head = Writer::default();
        (table.out.len() + self.out.len()).put(&mut head);
        let mut bytes = head.out;
        bytes.extend_from_slice(&table.out);
        bytes.extend_from_slice(&self.out);
        bytes.extend_from_slice(&table.text);
        bytes.extend_from_slice(&self.text);
        bytes
    }
}

/// Reads values off the front of a byte slice, after its identifier table, and strings off
/// the front of its text.
pub struct Reader<'a> {
    rest: &'a [u8],
    text: &'a [u8],
    ids: Vec<String>,
}

impl<'a> Reader<'a> {
    /// A reader of `bytes`, its identifier table read; `None` if that table or the length of
    /// the values is broken.
    pub fn new(bytes: &'a [u8]) -> Option<Self> {
        let mut r = Self {
            rest: bytes,
            text: &[],
            ids: Vec::new(),
        };
        let n = r.len()?;
        let (main, text) = r.rest.split_at(n);
        r.rest = main;
        r.text = text;
        r.ids = Vec::take(&mut r)?;
        Some(r)
    }

    /// Whether every byte (values and text) was read.
    pub fn is_done(&self) -> bool {
        self.rest.is_empty() && self.text.is_empty()
    }

    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.rest.split_first()?;
        self.rest = rest;
        Some(b)
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.rest.len() {
            return None;
        }
        let (head, rest) = self.rest.split_at(n);
        self.rest = rest;
        Some(head)
    }

    fn text(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.text.len() {
            return None;
        }
        let (head, rest) = self.text.split_at(n);
        self.text = rest;
        Some(head)
    }

    fn id(&mut self) -> Option<String> {
        let i = usize::try_from(self.varint()?).ok()?;
        self.ids.get(i).cloned()
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    /// A length: never more than the bytes left (each element takes at least one).
    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?)
            .ok()
            .filter(|&n| n <= self.rest.len())
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// A value the bundle carries.
pub trait Pack: Sized {
    fn put(&self, w: &mut Writer);
    fn take(r: &mut Reader<'_>) -> Option<Self>;
}

impl Pack for u8 {
    fn put(&self, w: &mut Writer) {
        w.out.push(*self);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        r.byte()
    }
}

impl Pack for bool {
    fn put(&self, w: &mut Writer) {
        w.out.push(u8::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Pack for u64 {
    fn put(&self, w: &mut Writer) {
        put_varint(&mut w.out, *self);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        r.varint()
    }
}

impl Pack for i64 {
    fn put(&self, w: &mut Writer) {
        put_varint(&mut w.out, ((*self << 1) ^ (*self >> 63)) as u64);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let v = r.varint()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
}

/// Integers narrower than 64 bits, through their 64-bit form (out of range: `None`).
macro_rules! pack_int {
    ($($t:ty => $wide:ty),*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Writer) {
                <$wide>::from(*self).put(w);
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                <$wide>::take(r).and_then(|v| Self::try_from(v).ok())
            }
        }
    )*};
}
pack_int!(u32 => u64, i32 => i64);

impl Pack for usize {
    fn put(&self, w: &mut Writer) {
        put_varint(&mut w.out, *self as u64);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        usize::try_from(r.varint()?).ok()
    }
}

impl Pack for f64 {
    fn put(&self, w: &mut Writer) {
        // The first k (0–6) for which the value is digits / 10^k, kept only where that
        // quotient gives back the same bits (it does for any decimal with at most six places:
        // digits and 10^k are exact doubles and the division is correctly rounded).
        for (k, scale) in POW10.iter().enumerate() {
            let digits = *self * scale;
            if digits.abs() < 2f64.powi(53)
                && digits.fract() == 0.0
                && ((digits as i64) as f64 / scale).to_bits() == self.to_bits()
            {
                w.out.push(k as u8);
                (digits as i64).put(w);
                return;
            }
        }
        w.out.push(RAW_F64);
        w.out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            RAW_F64 => Some(f64::from_le_bytes(r.bytes(8)?.try_into().ok()?)),
            k => Some(i64::take(r)? as f64 / POW10.get(usize::from(k))?),
        }
    }
}

/// The scales of a decimal float (its tag is the exponent); [`RAW_F64`] tags the 8 bytes of
/// any other.
const POW10: [f64; 7] = [1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6];
const RAW_F64: u8 = 0xff;

impl Pack for String {
    fn put(&self, w: &mut Writer) {
        self.len().put(w);
        w.text.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = usize::try_from(r.varint()?).ok()?;
        std::str::from_utf8(r.text(n)?).ok().map(str::to_owned)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.out.push(0),
            Some(v) => {
                w.out.push(1);
                v.put(w);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => T::take(r).map(Some),
            _ => None,
        }
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn put(&self, w: &mut Writer) {
        self.len().put(w);
        for v in self {
            v.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = r.len()?;
        (0..n).map(|_| T::take(r)).collect()
    }
}

impl<A: Pack, B: Pack> Pack for (A, B) {
    fn put(&self, w: &mut Writer) {
        self.0.put(w);
        self.1.put(w);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        Some((A::take(r)?, B::take(r)?))
    }
}

/// A struct, field by field in the order listed (every field must be listed: the struct
/// literal does not compile otherwise).
macro_rules! pack_struct {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Writer) {
                $(self.$f.put(w);)*
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                Some(Self { $($f: Pack::take(r)?),* })
            }
        }
    )*};
}

/// An enum without data, as the position of its variant in the list.
macro_rules! pack_enum {
    ($($t:ident [$($v:ident),* $(,)?])*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Writer) {
                const ALL: &[$t] = &[$($t::$v),*];
                w.out.push(ALL.iter().position(|v| v == self).unwrap_or(0) as u8);
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                const ALL: &[$t] = &[$($t::$v),*];
                ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    )*};
}

/// An identifier (a newtype over a string), as its place in the table.
macro_rules! pack_newtype {
    ($($t:ident),*) => {$(
        impl Pack for $t {
            fn put(&self, w: &mut Writer) {
                w.id(&self.0);
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                r.id().map(Self)
            }
        }
    )*};
}

pack_newtype!(RegionCode, SourceId, ActivityCode);

pack_enum! {
    Indicator [Iip, Volume, Share]
    Status [Press, Preliminary, Official]
    Unit [Percent, GrowthPct, Times, SharePct, Tenge, ThousandTenge, MlnTenge, BnTenge, TrnTenge]
    Basis [Bns, BnsRelayed, Government, Press, Secondary]
    RegionKind [Country, Oblast, City]
    Qualifier [UpTo, MoreThan, About]
}

impl Pack for PeriodType {
    fn put(&self, w: &mut Writer) {
        // 0: the year; 1–11: January to that month.
        w.out.push(match self {
            Self::Year => 0,
            Self::Cumulative(m) => *m,
        });
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(Self::Year),
            m @ 1..=11 => Some(Self::Cumulative(m)),
            _ => None,
        }
    }
}

pack_struct! {
    Period { year, kind }
    Stated { value, unit }
    Source { id, title, title_is_description, lang, publisher, basis, url, date, date_inferred, note }
    Region { code, kind, name_en, name_ru, name_kk, aliases, from, to, carved_from, note }
    Activity { code, parent, name_en, name_ru, name_kk, depth, note }
    Observation { geo, activity, indicator, period, value, stated, source, status, dataset, note, uncertain }
    Omitted { geo, indicator, period, stated, reason, dataset }
    Dataset { id, file, description, priority }
    Date { year, month, day }
    Rate { kzt_per_usd, date, source, implied_by, period, note }
    Product { key, name_en, name_ru, name_kk }
    PhysicalItem { period, product, value, unit, change_pct, source, status, note }
    Fact { text, source }
    Project { id, region, company, product, capacity, investment_usd_bn, investment_qualifier, jobs, jobs_text, timing, status_text, source, status }
    Term { en, ru, kk }
    Glossary { source, terms, method, method_ru, method_kk, links, related }
    Statement { period, text, source }
    DataError { file, field, message }
}

impl Pack for Db {
    fn put(&self, w: &mut Writer) {
        self.sources.put(w);
        self.regions.put(w);
        self.activities.put(w);
        self.rates.put(w);
        self.products.put(w);
        self.physical.put(w);
        self.physical_context.put(w);
        self.projects.put(w);
        self.projects_summary.put(w);
        self.glossary.put(w);
        self.statements.put(w);
        self.datasets.put(w);
        self.observations.put(w);
        self.omitted.put(w);
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        // The indices are rebuilt by the caller.
        Some(Self {
            sources: Pack::take(r)?,
            regions: Pack::take(r)?,
            activities: Pack::take(r)?,
            rates: Pack::take(r)?,
            products: Pack::take(r)?,
            physical: Pack::take(r)?,
            physical_context: Pack::take(r)?,
            projects: Pack::take(r)?,
            projects_summary: Pack::take(r)?,
            glossary: Pack::take(r)?,
            statements: Pack::take(r)?,
            cells: Default::default(),
            region_ix: Default::default(),
            datasets: Pack::take(r)?,
            observations: Pack::take(r)?,
            omitted: Pack::take(r)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Pack>(v: &T) -> Option<T> {
        let mut w = Writer::default();
        v.put(&mut w);
        let bytes = w.finish();
        let mut r = Reader::new(&bytes)?;
        T::take(&mut r).filter(|_| r.is_done())
    }

    #[test]
    fn floats_come_back_bit_for_bit() {
        let mut values = vec![
            0.0,
            -0.0,
            104.7,
            -3.25,
            0.1,
            0.3,
            1e-7,
            123_456.789_012,
            515.2,
            f64::MAX,
            f64::MIN_POSITIVE,
            f64::INFINITY,
            f64::NEG_INFINITY,
            2f64.powi(60),
        ];
        // Every decimal of up to three places around the data's range.
        values.extend((-20_000..200_000).map(|i| f64::from(i) / 1000.0));
        for v in values {
            let back = round_trip(&v);
            assert_eq!(back.map(f64::to_bits), Some(v.to_bits()), "{v}");
        }
        assert!(round_trip(&f64::NAN).is_some_and(f64::is_nan));
    }

    #[test]
    fn decimals_take_fewer_bytes_than_their_float() {
        let mut w = Writer::default();
        104.7.put(&mut w);
        assert_eq!(w.out.len(), 3, "a tag and a two-byte varint");
    }

    #[test]
    fn strings_and_identifiers_share_the_text_stream_in_order() {
        let v = (
            vec!["Ақмола".to_owned(), String::new(), "Astana".to_owned()],
            (RegionCode("010000000".to_owned()), Some("note".to_owned())),
        );
        assert_eq!(round_trip(&v), Some(v));
    }

    #[test]
    fn text_cut_short_or_left_over_is_refused() {
        let mut w = Writer::default();
        vec!["abc".to_owned(), "def".to_owned()].put(&mut w);
        let bytes = w.finish();
        for cut in 1..bytes.len() {
            let short = &bytes[..bytes.len() - cut];
            let read = Reader::new(short)
                .and_then(|mut r| Vec::<String>::take(&mut r).filter(|_| r.is_done()));
            assert_eq!(read, None, "{cut} bytes cut");
        }
        let mut long = bytes.clone();
        long.push(b'x');
        let read = Reader::new(&long)
            .and_then(|mut r| Vec::<String>::take(&mut r).filter(|_| r.is_done()));
        assert_eq!(read, None);
    }
}

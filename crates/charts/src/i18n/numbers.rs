//! Numbers in the language's marks (`1,597,076.5` in English; `1 597 076,5` in Russian and
//! Kazakh, with no-break spaces), written the same way on every target — in the browser, in the
//! native tests and in the build's static first paint — and as `Intl.NumberFormat` writes them,
//! without its locale loading on the way to the first chart.

use super::Lang;

/// How a locale writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberSymbols {
    pub group: &'static str,
    pub decimal: &'static str,
    /// Between the number and "%".
    pub percent_gap: &'static str,
}

impl NumberSymbols {
    /// English: "1,597,076.5", "46.7%".
    pub const EN: Self = Self {
        group: ",",
        decimal: ".",
        percent_gap: "",
    };
    /// `ru-KZ` (Russian, and Kazakh as the Bureau prints it): "1 597 076,5", "46,7 %" (no-break
    /// spaces).
    pub const RU_KZ: Self = Self {
        group: "\u{a0}",
        decimal: ",",
        percent_gap: "\u{a0}",
    };

    /// The symbols of `lang` (`Lang::number_locale`).
    pub fn of(lang: Lang) -> Self {
        match lang {
            Lang::En => Self::EN,
            Lang::Ru | Lang::Kk => Self::RU_KZ,
        }
    }
}

/// `v` with exactly `digits` decimals, written as `Intl.NumberFormat` writes it (rounding half
/// away from zero on the shortest decimal form of `v`, grouping by three) — without `Intl`,
/// whose first use costs tens of milliseconds of locale loading on the way to the first chart.
pub fn format_number(sym: NumberSymbols, v: f64, digits: u8) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    let digits = usize::from(digits);
    // The shortest decimal form that reads back as `v` (Rust's `Display` for f64).
    let shortest = format!("{}", v.abs());
    let (int, frac) = shortest.split_once('.').unwrap_or((shortest.as_str(), ""));
    // Round the digit string half away from zero at `digits` decimals.
    let mut all: Vec<u8> = int.bytes().chain(frac.bytes()).map(|b| b - b'0').collect();
    let keep = int.len() + digits;
    let round_up = frac.as_bytes().get(digits).is_some_and(|&b| b >= b'5');
    all.resize(keep.max(all.len()), 0);
    all.truncate(keep);
    let mut int_len = int.len();
    if round_up {
        let mut i = all.len();
        loop {
            if i == 0 {
                all.insert(0, 1);
                int_len += 1;
                break;
            }
            i -= 1;
            if all[i] == 9 {
                all[i] = 0;
            } else {
                all[i] += 1;
                break;
            }
        }
    }
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    for (i, d) in all[..int_len].iter().enumerate() {
        if i > 0 && (int_len - i) % 3 == 0 {
            out.push_str(sym.group);
        }
        out.push(char::from(b'0' + d));
    }
    if digits > 0 {
        out.push_str(sym.decimal);
        out.extend(all[int_len..].iter().map(|d| char::from(b'0' + d)));
    }
    out
}

/// An index value: one decimal ("104.4", "104,4").
pub fn fmt_index(lang: Lang, v: f64) -> String {
    fmt_decimal(lang, v, 1)
}

/// A number rounded to a whole, with the locale's grouping ("1,597,076", "1 597 076").
pub fn fmt_int(lang: Lang, v: f64) -> String {
    fmt_decimal(lang, v, 0)
}

/// A count in a message: a whole number grouped, or up to two decimals.
pub fn fmt_count(lang: Lang, v: f64) -> String {
    if v.fract() == 0.0 {
        fmt_int(lang, v)
    } else {
        let s = fmt_decimal(lang, v, 2);
        let sym = NumberSymbols::of(lang);
        s.trim_end_matches('0')
            .trim_end_matches(sym.decimal)
            .to_owned()
    }
}

/// A share: one decimal and the locale's per cent sign ("46.7%", "46,7 %").
pub fn fmt_share(lang: Lang, v: f64) -> String {
    let sym = NumberSymbols::of(lang);
    format!("{}{}%", format_number(sym, v, 1), sym.percent_gap)
}

/// A number with exactly `digits` decimals in the locale.
pub fn fmt_decimal(lang: Lang, v: f64, digits: u8) -> String {
    format_number(NumberSymbols::of(lang), v, digits)
}

/// An axis tick: up to one decimal, no trailing zero ("100", "102.5", "102,5").
pub fn fmt_tick(lang: Lang, v: f64) -> String {
    let rounded = (v * 10.0).round() / 10.0;
    fmt_decimal(
        lang,
        rounded,
        if rounded.fract().abs() < 1e-9 { 0 } else { 1 },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected strings are what `Intl.NumberFormat` (ICU, Node 20) printed for `en` and `ru-KZ`.
    #[test]
    fn numbers_as_intl_writes_them() {
        let cases: [(f64, u8, &str, &str); 12] = [
            (1234.5, 1, "1,234.5", "1\u{a0}234,5"),
            (1_597_076.0, 0, "1,597,076", "1\u{a0}597\u{a0}076"),
            (-12.34, 1, "-12.3", "-12,3"),
            (0.05, 1, "0.1", "0,1"),
            (999.95, 1, "1,000.0", "1\u{a0}000,0"),
            (-0.04, 1, "-0.0", "-0,0"),
            (1234.0, 0, "1,234", "1\u{a0}234"),
            (12345.678, 2, "12,345.68", "12\u{a0}345,68"),
            (2.5, 0, "3", "3"),
            (3.5, 0, "4", "4"),
            (0.125, 2, "0.13", "0,13"),
            (104.45, 1, "104.5", "104,5"),
        ];
        for (v, d, en, ru) in cases {
            assert_eq!(format_number(NumberSymbols::EN, v, d), en, "{v} en");
            assert_eq!(format_number(NumberSymbols::RU_KZ, v, d), ru, "{v} ru");
        }
    }

    #[test]
    fn the_same_marks_on_every_target() {
        assert_eq!(fmt_index(Lang::Ru, 104.4), "104,4");
        assert_eq!(fmt_index(Lang::Kk, 104.4), "104,4");
        assert_eq!(fmt_index(Lang::En, 104.4), "104.4");
        assert_eq!(fmt_share(Lang::Ru, 46.72), "46,7\u{a0}%");
        assert_eq!(fmt_count(Lang::Ru, 1.5), "1,5");
    }
}

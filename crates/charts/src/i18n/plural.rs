//! CLDR's cardinal plural rules for the app's languages (Unicode CLDR, `plurals.xml`):
//! - `en`, `kk`: one (1; for `en` only without visible decimals), other;
//! - `ru`: one (…1 but not …11), few (…2–…4 but not …12–…14), many (the other integers),
//!   other (numbers with decimals).

use super::Lang;

/// The plural category of `n` in `lang`: `one`, `few`, `many` or `other`.
pub fn category(lang: Lang, n: f64) -> &'static str {
    let n = n.abs();
    let integer = n.fract() == 0.0 && n < 1e15;
    match lang {
        Lang::En | Lang::Kk => {
            if integer && n == 1.0 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            if !integer {
                return "other";
            }
            let i = n as u64;
            match (i % 10, i % 100) {
                (1, r) if r != 11 => "one",
                (2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers of issue #24, against CLDR's rules.
    #[test]
    fn cldr_categories() {
        let ns = [
            0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 11.0, 12.0, 14.0, 21.0, 22.0, 25.0, 101.0, 111.0, 1.5,
        ];
        let ru = [
            "many", "one", "few", "few", "few", "many", "many", "many", "many", "one", "few",
            "many", "one", "many", "other",
        ];
        let one_other = |n: f64| if n == 1.0 { "one" } else { "other" };
        for (n, want) in ns.iter().zip(ru) {
            assert_eq!(category(Lang::Ru, *n), want, "ru {n}");
            assert_eq!(category(Lang::En, *n), one_other(*n), "en {n}");
            assert_eq!(category(Lang::Kk, *n), one_other(*n), "kk {n}");
        }
    }
}

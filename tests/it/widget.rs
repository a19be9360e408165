//! Widget options and the embed snippet.

use kz_iip::charts::kinds;
use kz_iip::state::widget::{embed_id, snippet, stable_id, ChartKind, WidgetOptions};
use kz_iip::state::{Filters, Notice, Theme};

use crate::check;

#[test]
fn widget_options_round_trip_and_share_the_selection_keys() {
    let db = check::db();
    let q = "r=230000000&y=2021&m=vol&chart=ranking&theme=dark&id=story-7&table=1";
    let (o, notices) = WidgetOptions::from_query(q);
    assert!(notices.is_empty());
    assert_eq!(
        (o.chart, o.id.as_str(), o.table),
        (ChartKind::Ranking, "story-7", true)
    );
    assert_eq!(WidgetOptions::from_query(&o.to_query()).0, o);
    // The explorer's parser reads the same query (the theme is the selection's) and ignores
    // the widget keys silently.
    let (f, notices) = Filters::from_query(q, &db);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((f.year, f.theme), (2021, Theme::Dark));
    assert!(f.to_query().contains("theme=dark"));
    let (f, _) = Filters::from_query("", &db);
    assert_eq!(f.theme, Theme::Auto, "the system's by default");
    assert!(Theme::Auto.is_dark(true) && !Theme::Light.is_dark(true) && Theme::Dark.is_dark(false));
}

#[test]
fn bad_widget_options_fall_back_with_notices() {
    let (o, notices) = WidgetOptions::from_query("chart=pie&theme=neon&id=%3Cscript%3E&table=yes");
    assert_eq!(o, WidgetOptions::default());
    assert_eq!(notices.len(), 3);
    assert!(matches!(&notices[0], Notice::BadWidgetOption { key, .. } if key == "chart"));
    let db = check::db();
    let (f, notices) = Filters::from_query("theme=neon", &db);
    assert_eq!((f.theme, notices.len()), (Theme::Auto, 1));
    assert_eq!(embed_id("a b"), None);
    assert_eq!(embed_id(&"x".repeat(41)), None);
    assert_eq!(embed_id("Story_7-b").as_deref(), Some("Story_7-b"));
}

#[test]
fn snippet_is_escaped_lazy_titled_and_sized() {
    let s = snippet(
        "https://x.kz/widget.html?r=1&chart=trend&lang=ru",
        "ab12",
        "Index \"2023\" <b>",
        kinds::of(ChartKind::Trend).snippet_height,
        kz_iip::state::Lang::Ru,
    );
    assert!(s.starts_with("<iframe id=\"kz-iip-ab12\""));
    assert!(s.contains("title=\"Index &quot;2023&quot; &lt;b&gt; (ru-KZ)\" lang=\"ru\""));
    assert!(s.contains("src=\"https://x.kz/widget.html?r=1&amp;chart=trend&amp;lang=ru\""));
    assert!(s.contains("loading=\"lazy\""));
    assert!(s.contains("height:700px"));
    assert_eq!(stable_id("a"), stable_id("a"));
    assert_ne!(stable_id("a"), stable_id("b"));
}

/// Every UI string exists in every language, and Russian and Kazakh are translated (a Cyrillic
/// letter in each, no English text left over).
#[test]
fn every_key_is_translated() {
    use kz_iip::i18n::{all_text, Key, Lang};
    let t = |lang, key| all_text(lang, key);
    for &key in Key::ALL {
        let en = t(Lang::En, key);
        assert!(!en.trim().is_empty(), "{key:?} en");
        for lang in [Lang::Ru, Lang::Kk] {
            let s = t(lang, key);
            assert!(!s.trim().is_empty(), "{key:?} {lang:?} is empty");
            let letters = s.chars().filter(|c| c.is_alphabetic()).count();
            let cyrillic = s
                .chars()
                .filter(|c| ('\u{0400}'..='\u{04FF}').contains(c))
                .count();
            // Keys without letters ("#", "№") or made of shared tokens are exempt.
            if letters > 0 {
                assert!(cyrillic > 0, "{key:?} {lang:?} has no Cyrillic: {s}");
                assert!(s != en || letters == 0, "{key:?} {lang:?} is English: {s}");
            }
        }
    }
}

#[test]
fn names_exist_in_every_language() {
    use kz_iip::i18n::{activity_name, product_name, region_name, Lang};
    let db = check::db();
    for lang in [Lang::Ru, Lang::Kk] {
        for r in &db.regions {
            assert!(
                region_name(lang, r)
                    .chars()
                    .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{}",
                r.name_en
            );
        }
        for a in &db.activities {
            assert!(
                activity_name(lang, a)
                    .chars()
                    .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)),
                "{}",
                a.name_en
            );
        }
        for p in &db.physical {
            assert!(
                product_name(lang, &db, &p.product)
                    .is_some_and(|n| n.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))),
                "{} {lang:?}",
                p.product
            );
        }
    }
}

/// Regression (#23): the dollar note states the same-period rule the code applies (it said
/// "the rate of the source nearest each period").
#[test]
fn the_dollar_note_states_the_same_period_rule() {
    use kz_iip::i18n::{all_text, Key, Lang};
    assert!(all_text(Lang::En, Key::UsdNote).contains("same period only"));
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        for key in Key::ALL {
            let text = all_text(lang, *key).to_lowercase();
            assert!(
                !text.contains("nearest")
                    && !text.contains("ближайш")
                    && !text.contains("ең жақын дереккөз"),
                "{key:?} {lang:?}"
            );
        }
    }
}

/// The registry has one entry per chart kind, found by its kind (#23: no parallel matches).
#[test]
fn the_registry_knows_every_kind() {
    let listed: Vec<ChartKind> = kinds::KINDS.iter().map(|k| k.kind).collect();
    assert_eq!(listed, ChartKind::ALL.to_vec());
    for k in ChartKind::ALL {
        let entry = kinds::of(k);
        assert_eq!(entry.kind, k);
        assert!(entry.snippet_height >= 500 && entry.export_height >= 300);
        assert_eq!(
            kz_iip::state::View::parse(entry.view.key()),
            Some(entry.view)
        );
    }
}

/// #25: a newsroom's words are plain text, cleaned and cut at a word; they travel in the
/// widget link and read back unchanged.
#[test]
fn newsroom_words_are_plain_text_cleaned_and_cut() {
    use kz_iip::state::widget::{clean_words, Words};
    let (t, cut) = clean_words(
        "  <img src=x onerror=alert(1)>\u{202E}evil\u{200B}  ok\n",
        120,
    );
    assert_eq!(t, "<img src=x onerror=alert(1)>evil ok");
    assert!(!cut);
    let long = "word ".repeat(1000);
    let (t, cut) = clean_words(&long, 120);
    assert!(cut && t.ends_with('…') && t.chars().count() <= 120, "{t}");
    assert!(!t.contains("wo…"), "cut at a word: {t}");
    let (t, cut) = clean_words(&"x".repeat(100_000), 80);
    assert!(cut && t.chars().count() == 80);
    let q = "chart=trend&title=Aktobe%E2%80%99s+industry+shrank&desc=%3Cscript%3Ex%3C%2Fscript%3E&note=n&byline=A.+Writer&hl=1";
    let (o, notices) = WidgetOptions::from_query(q);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(o.words.title.as_deref(), Some("Aktobe’s industry shrank"));
    assert_eq!(o.words.desc.as_deref(), Some("<script>x</script>"));
    let (back, _) = WidgetOptions::from_query(&o.to_query());
    assert_eq!(back, o);
    let mut w = Words::default();
    assert!(w.set("byline", "   "));
    assert_eq!(w.byline, None, "blank text clears");
    assert!(!w.set("r", "x"), "not a word key");
}

#[cfg(not(target_arch = "wasm32"))]
mod words_props {
    use kz_iip::state::widget::{clean_words, WidgetOptions, Words};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, .. ProptestConfig::default() })]

        /// Any text: within its limit, nothing invisible or controlling left, and stable
        /// through the widget link.
        #[test]
        fn any_words_are_bounded_clean_and_stable(raw in any::<String>(), k in 0usize..4) {
            let (key, max) = Words::KEYS[k];
            let (t, _) = clean_words(&raw, max);
            prop_assert!(t.chars().count() <= max);
            let hidden = |c: char| {
                c.is_control()
                    || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
            };
            prop_assert!(!t.chars().any(hidden), "{:?}", t);
            let mut o = WidgetOptions::default();
            o.words.set(key, &raw);
            let (back, notices) = WidgetOptions::from_query(&o.to_query());
            prop_assert!(notices.is_empty());
            prop_assert_eq!(back, o);
        }
    }
}

/// #25: the embed code's four forms, every text escaped for its attribute; the listener is the
/// README's.
#[test]
fn embed_variants_iframe_listener_amp_and_image() {
    use kz_iip::state::widget::{Embed, Variant, LISTENER};
    let e = Embed {
        url: "https://x.example/widget.html?r=150000000&chart=trend&title=A%22b".into(),
        id: "abc".into(),
        title: "Aktobe \"shrank\" <b>".into(),
        height: 700,
        lang: kz_iip::i18n::Lang::Ru,
        png: "kz-iip_trend.png".into(),
        png_height: 460,
        alt: "Aktobe's industry shrank. Industrial production index & more".into(),
        explorer: "https://x.example/?r=150000000&hl=150000000".into(),
        more: "Показать весь график".into(),
    };
    let iframe = e.code(Variant::Iframe);
    assert!(iframe.starts_with(
        "<iframe id=\"kz-iip-abc\" title=\"Aktobe &quot;shrank&quot; &lt;b&gt; (ru-KZ)\""
    ));
    assert_eq!(e.code(Variant::Resizing), format!("{iframe}\n{LISTENER}"));
    let readme = std::fs::read_to_string("README.md").expect("README");
    let block = readme
        .split("<!-- listener:start -->\n```html\n")
        .nth(1)
        .and_then(|r| r.split("\n```\n<!-- listener:end -->").next());
    assert_eq!(
        block,
        Some(LISTENER),
        "README's listener differs from the one the dialog gives"
    );
    let amp = e.code(Variant::Amp);
    for part in ["<amp-iframe id=\"kz-iip-abc\"", " resizable ", "layout=\"responsive\"", "<button overflow type=\"button\">Показать весь график</button>", "<amp-img placeholder layout=\"fill\" src=\"kz-iip_trend.png\" alt=\"Aktobe's industry shrank. Industrial production index &amp; more\"", "sandbox=\"allow-scripts allow-same-origin"] {
        assert!(amp.contains(part), "{part} not in {amp}");
    }
    let img = e.code(Variant::Image);
    assert!(img.starts_with("<a href=\"https://x.example/?r=150000000&amp;hl=150000000\"><img src=\"kz-iip_trend.png\" alt=\"Aktobe's industry shrank."), "{img}");
    assert!(img.contains("width=\"720\" height=\"460\"") && img.ends_with("></a>"));
    for v in Variant::ALL {
        assert_eq!(Variant::parse(v.key()), Some(v));
        assert!(!e.code(v).contains("<b>"), "markup escaped in {v:?}");
    }
}

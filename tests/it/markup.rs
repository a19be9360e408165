//! The markup of the table mirrors and source lists (`kz_iip::markup`): escaped, balanced, and
//! the same numbers as the view's table.

use kz_iip::components::SourceItem;
use kz_iip::data::Status;
use kz_iip::i18n::Lang;
use kz_iip::markup::{self, Html};
use kz_iip::state::{Bounds, Filters, Measure};
use kz_iip::table;
use proptest::prelude::*;

use crate::check::db;

/// The markup's elements nest (every element opened is closed in order), and it holds no
/// markup but its own tags: text and attribute values carry no `<`, `>` or unescaped quote.
pub(crate) fn assert_balanced(html: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let Some(end) = after.find('>') else {
            panic!("unclosed tag in {html}");
        };
        let tag = &after[..end];
        assert!(!tag.contains('<'), "`<` inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name), "in {html}");
        } else {
            let name = tag.split(' ').next().unwrap_or_default();
            // Attribute values are quoted and hold no quote of their own.
            assert_eq!(tag.matches('"').count() % 2, 0, "{tag}");
            // Void elements have no end tag.
            if !matches!(name, "input" | "br" | "img") {
                open.push(name.to_owned());
            }
        }
        rest = &after[end + 1..];
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

proptest! {
    #[test]
    fn any_text_and_attribute_stay_text(text in any::<String>(), value in any::<String>()) {
        let mut h = Html::default();
        h.el("p", &[("title", &value)], &text);
        let html = h.finish();
        assert_balanced(&html);
        let inner = html
            .strip_prefix("<p title=\"")
            .and_then(|s| s.strip_suffix("</p>"))
            .unwrap();
        let (attr, body) = inner.split_once("\">").unwrap();
        prop_assert_eq!(unescape(attr), value);
        prop_assert_eq!(unescape(body), text);
    }
}

#[test]
fn a_hostile_source_cannot_add_markup() {
    let item = SourceItem {
        title: "<img src=x onerror=alert(1)>".to_owned(),
        described: true,
        lang: "en\" onmouseover=\"alert(2)".to_owned(),
        date_inferred: false,
        publisher: "</li><script>alert(3)</script>".to_owned(),
        url: Some("https://example.org/?a=1&b=\"><b>".to_owned()),
        date: Some("2024-01-02".to_owned()),
        status: Status::Press,
    };
    let html = markup::source_items(Lang::En, &[item]);
    assert_balanced(&html);
    for tag in ["<img", "<script", "<b>", "onmouseover=\""] {
        assert!(!html.contains(tag), "{tag} in {html}");
    }
    assert!(html.contains("href=\"https://example.org/?a=1&amp;b=&quot;&gt;&lt;b&gt;\""));
}

#[test]
fn the_mirrors_are_balanced_and_hold_their_tables_values() {
    let db = db();
    let f = Filters::default_for(Bounds::of(&db));
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        let trend = table::trend(&db, &f);
        let html = markup::trend_table(&db, lang, &trend, "IIP");
        assert_balanced(&html);
        assert_eq!(
            html.matches("<th scope=\"row\">").count(),
            trend.periods().len(),
            "a row per year"
        );
        let ranking = table::ranking(&db, &f);
        let html = markup::ranking_table(&db, lang, &ranking, (f.year, Measure::Iip), "IIP");
        assert_balanced(&html);
        let rows = ranking.columns.len() + usize::from(ranking.reference.is_some());
        assert_eq!(
            html.matches("<tr role=\"row\" data-code=").count(),
            rows,
            "a row per region and the Republic's"
        );
        // It stacks on phones: every row's value is labelled with its column.
        assert_eq!(html.matches("data-label=\"IIP\"").count(), rows);
        assert_eq!(html.matches("role=\"rowheader\"").count(), rows);
        let comp = table::composition(&db);
        assert_balanced(&markup::composition_table(&db, lang, &comp));
        let map = kz_iip::charts::map::map(&db, &f, lang);
        let html = markup::map_table(lang, &map);
        assert_balanced(&html);
        for tile in &map.tiles {
            let mut text = Html::default();
            text.text(&tile.text);
            assert!(html.contains(&text.finish()), "{}", tile.text);
        }
        let mut unit = Html::default();
        unit.text(&map.unit);
        let label = format!("data-label=\"{}\"", unit.finish());
        assert_eq!(html.matches(&label).count(), map.tiles.len() + 1, "{label}");
        let act = f.activity.clone();
        assert_balanced(&markup::activity_table(&db, lang, f.period, f.currency));
        assert_balanced(&markup::physical_rows(&db, lang));
        let projects = markup::project_rows(&db, lang, &f.regions);
        assert_balanced(&projects);
        assert_eq!(projects.matches("<tr ").count(), db.projects.len());
        let (terms, method, links) = markup::glossary(&db, lang);
        for html in [&terms, &method, &links] {
            assert_balanced(html);
        }
        assert_eq!(terms.matches("<dt>").count(), db.glossary.terms.len());
        assert_balanced(&markup::activity_periods_table(&db, lang, &act, f.currency));
    }
}

#[test]
fn a_revised_figure_lists_its_releases_in_the_cell() {
    // The Republic's 2023 IIP was published preliminary, then revised (as the e2e test reads).
    let db = db();
    let f = Filters::default_for(Bounds::of(&db));
    let trend = table::trend(&db, &f);
    let html = markup::trend_table(&db, Lang::En, &trend, "IIP");
    assert!(html.contains("class=\"kz-iip-revised\""));
    let cell = html
        .split("<details class=\"kz-iip-releases\"><summary>")
        .nth(1)
        .expect("a list of releases");
    assert!(cell.starts_with("3 releases</summary><ol><li><span class=\"kz-iip-num\">104.3</span> preliminary — <cite lang=\"tr\">"), "{cell}");
}

#[test]
fn the_language_links_keep_the_selection_and_mark_the_page_s_own() {
    let db = db();
    let (mut f, _) = Filters::from_query("v=ranking&r=750000000&from=2015&lang=ru", &db);
    f.lang = Lang::Ru;
    let html = markup::language_links(Lang::Ru, &f);
    assert_balanced(&html);
    assert_eq!(html.matches("<a ").count(), 3, "{html}");
    for l in Lang::ALL {
        let mut other = f.clone();
        other.lang = l;
        let href = format!("href=\"?{}\"", other.to_query().replace('&', "&amp;"));
        assert!(html.contains(&href), "{href} in {html}");
        // The link to another language keeps the view, the regions and the years.
        let (back, notices) = Filters::from_query(&other.to_query(), &db);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(
            (back.view, &back.regions, back.from, back.lang),
            (f.view, &f.regions, f.from, l)
        );
    }
    assert_eq!(html.matches("aria-current=\"true\"").count(), 1);
    assert!(
        html.contains("hreflang=\"ru\" lang=\"ru\" class=\"kz-iip-lang\" aria-current=\"true\""),
        "{html}"
    );
}

#[test]
fn the_theme_menu_opens_on_the_page_s_theme() {
    use kz_iip::state::Theme;
    for now in Theme::ALL {
        let html = markup::theme_options(Lang::Kk, now);
        assert_balanced(&html);
        assert_eq!(html.matches("<option ").count(), Theme::ALL.len(), "{html}");
        assert_eq!(html.matches(" selected=").count(), 1, "{html}");
        assert!(
            html.contains(&format!("value=\"{}\" selected=\"\"", now.key())),
            "{html}"
        );
    }
}

#[test]
fn a_link_to_another_view_keeps_the_selection_and_names_its_target() {
    use kz_iip::state::View;
    let db = db();
    let (f, _) = Filters::from_query("r=100000000&from=2016", &db);
    let html = markup::region_projects(&db, Lang::En, &f);
    assert_balanced(&html);
    let id = &db
        .projects
        .iter()
        .find(|p| p.region == f.regions[0])
        .expect("a project in Abay")
        .id;
    let mut there = f.clone();
    there.view = View::Projects;
    let href = format!("?{}#kz-iip-project-{id}", there.to_query()).replace('&', "&amp;");
    assert!(html.contains(&format!("<li><a href=\"{href}\" data-to=\"projects\" data-anchor=\"kz-iip-project-{id}\">Abay: <span lang=\"en\">")), "{html}");
    // No project in the selected regions: no item.
    let (none, _) = Filters::from_query("r=750000000", &db);
    if !db.projects.iter().any(|p| none.regions.contains(&p.region)) {
        assert_eq!(markup::region_projects(&db, Lang::En, &none), "");
    }
}

#[test]
fn the_footer_names_the_release_and_links_the_single_file() {
    for lang in Lang::ALL {
        let html = markup::footer(lang, "sources up to 2025-04-11 <x>");
        assert_balanced(&html);
        assert!(
            html.contains(" sources up to 2025-04-11 &lt;x&gt;. "),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"kz-iip-single.html\" download=\"\">"),
            "{html}"
        );
    }
}

/// About the data and Output are markup written from the later part (#26): balanced, the
/// glossary's source named, the two all-data buttons the panel's listener answers, and a row
/// per published physical figure in a table that stacks on phones.
#[test]
fn about_the_data_and_output_are_written_from_the_later_part() {
    let (_, later) = db().split_later();
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        let about = markup::glossary_section(&later, lang);
        assert_balanced(&about);
        assert_eq!(about.matches("<dt>").count(), later.glossary.terms.len());
        assert!(about.contains("data-format=\"csv\"") && about.contains("data-format=\"json\""));
        assert!(about.contains("<cite>[Main indicators of industry performance"));
        let output = markup::physical_section(&later, lang);
        assert_balanced(&output);
        assert_eq!(
            output.matches("<tr role=\"row\">").count(),
            later.physical.len() + 1,
            "a row per figure, and the head's"
        );
        assert!(output.contains("kz-iip-stack kz-iip-physical-table"));
    }
}

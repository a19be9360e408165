//! Widget options and the embed snippet.

use kz_iip::state::widget::{
    embed_id, intrinsic_height, snippet, stable_id, ChartKind, Theme, WidgetOptions,
};
use kz_iip::state::{Filters, Notice};

use crate::check;

#[test]
fn widget_options_round_trip_and_share_the_selection_keys() {
    let db = check::db();
    let q = "r=230000000&y=2021&m=vol&chart=ranking&theme=dark&id=story-7&table=1";
    let (o, notices) = WidgetOptions::from_query(q);
    assert!(notices.is_empty());
    assert_eq!(
        (o.chart, o.theme, o.id.as_str(), o.table),
        (ChartKind::Ranking, Theme::Dark, "story-7", true)
    );
    assert_eq!(WidgetOptions::from_query(&o.to_query()).0, o);
    // The explorer's parser reads the same query and ignores the widget keys silently.
    let (f, notices) = Filters::from_query(q, &db);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(f.year, 2021);
}

#[test]
fn bad_widget_options_fall_back_with_notices() {
    let (o, notices) = WidgetOptions::from_query("chart=pie&theme=neon&id=%3Cscript%3E&table=yes");
    assert_eq!(o, WidgetOptions::default());
    assert_eq!(notices.len(), 4);
    assert!(matches!(&notices[0], Notice::BadWidgetOption { key, .. } if key == "chart"));
    assert_eq!(embed_id("a b"), None);
    assert_eq!(embed_id(&"x".repeat(41)), None);
    assert_eq!(embed_id("Story_7-b").as_deref(), Some("Story_7-b"));
}

#[test]
fn snippet_is_escaped_lazy_titled_and_sized() {
    let s = snippet(
        "https://x.kz/widget.html?r=1&chart=trend",
        "ab12",
        "Index \"2023\" <b>",
        ChartKind::Trend,
    );
    assert!(s.starts_with("<iframe id=\"kz-iip-ab12\""));
    assert!(s.contains("title=\"Index &quot;2023&quot; &lt;b&gt;\""));
    assert!(s.contains("src=\"https://x.kz/widget.html?r=1&amp;chart=trend\""));
    assert!(s.contains("loading=\"lazy\""));
    assert!(s.contains(&format!("height:{}px", intrinsic_height(ChartKind::Trend))));
    assert_eq!(stable_id("a"), stable_id("a"));
    assert_ne!(stable_id("a"), stable_id("b"));
}

//! The Share / Embed dialog's builder (`kz_iip::share`): its markup, and what each edit does to
//! the embed code (the component only wires these to the dialog's events).

use kz_iip::i18n::Lang;
use kz_iip::share::Share;
use kz_iip::state::Filters;

use crate::check::db;
use crate::markup::assert_balanced;

fn share(query: &str) -> Share {
    let db: &'static _ = Box::leak(Box::new(db()));
    let (f, notices) = Filters::from_query(query, db);
    assert!(notices.is_empty(), "{notices:?}");
    Share::new(db, Lang::En, f, "https://example.org/kz/".into())
}

#[test]
fn the_dialog_opens_with_its_fields_and_the_selections_units() {
    let s = share("r=000000000,150000000");
    let body = s.body();
    assert_balanced(&body);
    for field in [
        "name=\"permalink\"",
        "name=\"chart\"",
        "name=\"words-title\"",
        "name=\"words-byline\"",
        "name=\"notes\"",
        "name=\"variant\"",
        "name=\"snippet\"",
        "data-act=\"copy-link\"",
        "data-act=\"copy-embed\"",
        "data-act=\"close\"",
        "data-width=\"480\" aria-pressed=\"true\"",
    ] {
        assert!(body.contains(field), "{field} missing");
    }
    // One checkbox per unit of the selection.
    assert_eq!(body.matches("name=\"hl\"").count(), 2);
    assert!(body.contains("value=\"https://example.org/kz/?"));
    assert!(s.outputs().code.starts_with("<iframe"));
}

#[test]
fn each_edit_reaches_the_embed_code() {
    let mut s = share("r=000000000,150000000");
    assert_eq!(
        s.edit("words-title", "Aktobe <shrank>", false),
        (true, false)
    );
    assert!(s.outputs().code.contains("title=Aktobe%20%3Cshrank%3E"));
    // Escaped in the markup written at opening: the preview's title, and the code (already
    // escaped as HTML) as the text of its field.
    let body = s.body();
    assert!(body.contains("title=\"Aktobe &lt;shrank&gt; — "), "{body}");
    assert!(
        body.contains("title=&quot;Aktobe &amp;lt;shrank&amp;gt; — "),
        "{body}"
    );
    assert_balanced(&body);
    let long = "x".repeat(200);
    assert_eq!(
        s.edit("words-title", &long, false),
        (true, true),
        "said to be cut"
    );
    // A highlight: only a unit of the selection, set by the box's state (not toggled).
    assert_eq!(s.edit("hl", "150000000", true), (true, false));
    assert_eq!(s.edit("hl", "150000000", true), (false, false));
    assert!(s.outputs().code.contains("hl=150000000"));
    assert_eq!(
        s.edit("hl", "750000000", true),
        (false, false),
        "not in the selection"
    );
    assert_eq!(s.edit("hl", "150000000", false), (true, false));
    assert!(!s.outputs().code.contains("hl=150000000"));
    // Notes: a line that is not a note is said, the rest kept.
    s.edit("notes", "2023: Lowest since 2015\nno year here", false);
    let out = s.outputs();
    assert!(out.bad_notes);
    assert!(out.code.contains("ann=2023:Lowest%20since%202015"));
    // The form, and what is not a form.
    assert_eq!(s.edit("variant", "amp", false), (true, false));
    assert!(s.outputs().code.starts_with("<amp-iframe"));
    assert_eq!(s.edit("variant", "<script>", false), (false, false));
    assert_eq!(s.edit("chart", "map", false), (true, false));
    assert!(s.outputs().embed.url.contains("chart=map"));
    assert_eq!(s.edit("chart", "pie", false), (false, false));
    assert_eq!(s.edit("words-colour", "red", false), (false, false));
    assert_eq!(
        s.edit("permalink", "https://evil.example/", false),
        (false, false)
    );
    // Preview widths: only the three offered.
    assert!(s.set_width(720));
    assert!(s.outputs().preview_style.starts_with("width:720px"));
    assert!(!s.set_width(721));
    assert!(!s.set_width(720));
}

#[test]
fn a_highlight_in_the_explorer_is_the_builders_first() {
    let s = share("r=000000000,150000000&hl=150000000");
    assert!(s.outputs().code.contains("hl=150000000"));
    assert!(s.body().contains("value=\"150000000\" checked=\"\""));
}

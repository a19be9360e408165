//! Agreement as a property (#23): for every view and thousands of random selections, the
//! chart, the CSV and the source list are read from one value table, so they hold the same
//! values and statuses; the source list is exactly the sources the rows cite; every derived
//! value cites every source it is built from.

use std::collections::BTreeSet;

use kz_iip::charts::any::AnyChart;
use kz_iip::charts::export::number;
use kz_iip::charts::kinds;
use kz_iip::charts::map::TileState;
use kz_iip::charts::spec::{chart_value, key_code};
use kz_iip::components::sources;
use kz_iip::data::{select, Db, Period, RegionCode};
use kz_iip::i18n::Lang;
use kz_iip::state::widget::ChartKind;
use kz_iip::state::{Bounds, Currency, Filters, Measure, View};
use kz_iip::table::{self, Derivation, Table, Value};
use proptest::prelude::*;

use super::check;

/// The CSV's rows as (code, value, status, [source titles]), comments skipped.
fn csv_rows(body: &str) -> Vec<(String, String, String, Vec<String>)> {
    let mut r = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(body.as_bytes());
    let head = r.headers().expect("a header").clone();
    let col = |name: &str| head.iter().position(|h| h == name).expect(name);
    let (geo, act, value, status, title) = (
        col("region_code"),
        col("activity_code"),
        col("value"),
        col("status"),
        col("source_title"),
    );
    r.records()
        .map(|rec| {
            let rec = rec.expect("a well-formed row");
            let code = if &rec[act] == "_T" || rec[act].is_empty() {
                rec[geo].to_owned()
            } else {
                format!("{}/{}", &rec[geo], &rec[act])
            };
            let titles = rec[title]
                .split(" | ")
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
            (code, rec[value].to_owned(), rec[status].to_owned(), titles)
        })
        .collect()
}

fn title_of(db: &Db, id: &kz_iip::data::SourceId) -> String {
    db.source(id).map(|s| s.title.clone()).unwrap_or_default()
}

/// The table and its CSV hold the same values, statuses and sources, row for row; the view's
/// source list is exactly the union of the rows' sources.
fn table_agrees_with_csv_and_sources(
    db: &Db,
    t: &Table<'_>,
    csv: &str,
    items: &[sources::SourceItem],
) {
    let rows = csv_rows(csv);
    let values: Vec<_> = t.values().collect();
    assert_eq!(rows.len(), values.len(), "one CSV row per value:\n{csv}");
    let mut cited = BTreeSet::new();
    for ((_, value, status, titles), (_, _, v)) in rows.iter().zip(&values) {
        assert_eq!(value, &number(v.shown));
        assert_eq!(status, v.status.key());
        for (id, _) in v.cites(db) {
            let title = title_of(db, id);
            assert!(
                titles.contains(&title),
                "row {value} lacks the source {title}: {titles:?}"
            );
        }
        cited.extend(titles.iter().cloned());
    }
    let listed: BTreeSet<String> = items.iter().map(|s| s.title.clone()).collect();
    assert_eq!(
        listed, cited,
        "the source list is the union of the rows' sources"
    );
    // Each source is listed with the status of every value that cites it.
    for (_, _, v) in &values {
        for (id, status) in v.cites(db) {
            let title = title_of(db, id);
            assert!(
                items.iter().any(|s| s.title == title && s.status == status),
                "{title} is not listed as {status:?}"
            );
        }
    }
}

/// A derived value cites every published value it is built from, and is no more official
/// than any of them.
fn derived_values_cite_everything(db: &Db, t: &Table<'_>) {
    for (_, period, v) in t.values() {
        let n = v.built_from.len();
        match v.derivation {
            Derivation::Level { base } => {
                assert_eq!(n, (period.year - base).unsigned_abs() as usize, "{v:?}")
            }
            Derivation::Growth { from, .. } => {
                assert_eq!(n, (period.year - from) as usize, "{v:?}")
            }
            Derivation::Share => assert_eq!(n, 2),
            Derivation::Remainder => assert!((2..=4).contains(&n)),
            Derivation::Dollars(r) => {
                assert_eq!(n, 1);
                assert_eq!(r.period, Some(period), "a rate of the same period only");
                assert!(v.status <= table::rate_status(db, r));
            }
            Derivation::Published => assert_eq!(n, 1),
        }
        for o in &v.built_from {
            assert!(v.status <= o.status, "{v:?} is stronger than {o:?}");
        }
    }
}

fn ok_cells<'t, 'a>(t: &'t Table<'a>) -> Vec<(String, &'t Value<'a>)> {
    t.columns
        .iter()
        .filter_map(|c| Some((key_code(&c.key), c.cells.first()?.1.as_ref().ok()?)))
        .collect()
}

/// The chart's items hold the table's values and statuses, item for item.
fn chart_agrees_with_table(t: &Table<'_>, chart: &AnyChart) {
    match chart {
        AnyChart::Trend(s) => {
            assert_eq!(s.series.len(), t.columns.len());
            for (series, column) in s.series.iter().zip(&t.columns) {
                assert_eq!(series.points.len(), column.cells.len());
                let points = series.points.iter().zip(&series.details);
                for (((y, p), d), (period, e)) in points.zip(&column.cells) {
                    assert_eq!(*y, period.year);
                    match e {
                        Ok(v) => {
                            assert_eq!(*p, Some(chart_value(t.unit, v.shown)));
                            assert_eq!(d.as_ref().map(|d| d.status), Some(v.status));
                        }
                        Err(_) => assert_eq!((*p, d), (None, &None)),
                    }
                }
            }
        }
        AnyChart::Bars(s) => {
            let cells = ok_cells(t);
            assert_eq!(s.bars.len(), cells.len());
            for (b, (code, v)) in s.bars.iter().zip(&cells) {
                assert_eq!(&b.code, code);
                assert_eq!(b.value, chart_value(t.unit, v.shown));
                assert_eq!(b.detail.as_ref().map(|d| d.status), Some(v.status));
            }
            assert_eq!(s.bars.len() + s.missing.len(), t.columns.len());
        }
        AnyChart::Map(m) => {
            let cells = ok_cells(t);
            let units: Vec<_> = cells
                .iter()
                .filter(|(c, _)| c != RegionCode::REPUBLIC)
                .collect();
            for (code, v) in &units {
                let tile = m
                    .tiles
                    .iter()
                    .find(|x| x.code.as_str() == code)
                    .expect("a tile per unit");
                assert_eq!(tile.state, TileState::Value(chart_value(t.unit, v.shown)));
                assert_eq!(tile.detail.as_ref().map(|d| d.status), Some(v.status));
            }
            let valued = m
                .tiles
                .iter()
                .filter(|x| matches!(x.state, TileState::Value(_)))
                .count();
            assert_eq!(valued, units.len());
        }
        AnyChart::Composition(s) => {
            for (i, row) in s.rows.iter().enumerate() {
                for (part, column) in row.parts.iter().zip(&t.columns) {
                    let v = column.cells[i].1.as_ref().expect("both shares known");
                    assert_eq!(*part, v.shown);
                }
                assert!((row.parts.iter().sum::<f64>() - 100.0).abs() < 1e-9);
            }
        }
        AnyChart::MaybeTrend(_) => unreachable!("no kind draws an optional trend"),
    }
}

/// Every kind of the registry, as the panels and the widget build it: table → chart, CSV and
/// sources.
fn check_all_views(db: &Db, f: &Filters) {
    for kind in &kinds::KINDS {
        let t = (kind.table)(db, f);
        chart_agrees_with_table(&t, &(kind.chart)(db, f, f.lang, &t));
        let csv = kind.csv(db, f, f.lang, &t).body;
        let items = sources::cited(db, kind, f, &t);
        if kind.kind == ChartKind::Activity {
            // Its tables show more than its chart (volumes, shares, the activity's releases).
            assert_eq!(csv_rows(&csv).len(), t.values().count());
            for (id, status) in t.sources(db) {
                let title = title_of(db, id);
                assert!(items.iter().any(|s| s.title == title && s.status == status));
            }
        } else {
            table_agrees_with_csv_and_sources(db, &t, &csv, &items);
        }
        derived_values_cite_everything(db, &t);
    }
}

#[test]
fn the_default_views_agree() {
    let db = check::db();
    for lang in Lang::ALL {
        let mut f = Filters::default_for(Bounds::of(&db));
        f.lang = lang;
        check_all_views(&db, &f);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, .. ProptestConfig::default() })]

    #[test]
    fn every_view_agrees_for_random_selections(
        picks in prop::collection::vec(0usize..64, 0..8),
        years in (0i32..40, 0i32..40, 0i32..40, 0i32..40),
        measure in 0usize..3,
        usd in any::<bool>(),
        activity in 0usize..64,
        period in 0usize..64,
        lang in 0usize..3,
    ) {
        thread_local!(static DB: &'static Db = Box::leak(Box::new(check::db())));
        let db = DB.with(|d| *d);
        let b = Bounds::of(db);
        let span = b.last - b.first + 1;
        let year = |k: i32| b.first + k % span;
        let mut regions: Vec<RegionCode> = Vec::new();
        for i in picks {
            let c = db.regions[i % db.regions.len()].code.clone();
            if !regions.contains(&c) {
                regions.push(c);
            }
        }
        let (a, z) = (year(years.0), year(years.1));
        let periods = select::activity_periods(db);
        let f = Filters {
            regions,
            from: a.min(z),
            to: a.max(z),
            year: year(years.2),
            measure: [Measure::Iip, Measure::Volume, Measure::Level][measure],
            activity: db.activities[activity % db.activities.len()].code.clone(),
            period: periods.get(period % periods.len().max(1)).copied().unwrap_or(Period::year(b.last)),
            currency: if usd { Currency::Usd } else { Currency::Kzt },
            lang: Lang::ALL[lang],
            view: View::Trend,
            base: year(years.3),
            theme: kz_iip::state::Theme::Auto,
            highlight: Vec::new(),
        };
        check_all_views(db, &f);
    }
}

#[test]
fn a_dollar_value_is_no_more_official_than_its_rate() {
    // Atyrau 2015 in dollars: an official volume at the rate implied by USGS's pair (secondary).
    let db = check::db();
    let (f, _) = Filters::from_query("v=ranking&m=vol&cur=usd&y=2015", &db);
    let t = table::ranking(&db, &f);
    let atyrau = RegionCode::parse("230000000").expect("a code");
    let v = t
        .first(&table::SeriesKey::Region(atyrau))
        .and_then(|e| e.as_ref().ok())
        .expect("Atyrau has a 2015 dollar value");
    let Derivation::Dollars(rate) = v.derivation else {
        panic!("converted: {v:?}")
    };
    assert_eq!(
        db.source(&rate.source).map(|s| s.id.as_str()),
        Some("usgs-2015")
    );
    assert_eq!(
        v.stated.map(|o| o.status),
        Some(kz_iip::data::Status::Official)
    );
    assert_eq!(v.status, kz_iip::data::Status::Press);
    let csv = kinds::of(ChartKind::Ranking)
        .csv_for(&db, &f, Lang::En)
        .body;
    let row = csv
        .lines()
        .find(|l| l.starts_with("230000000,"))
        .expect("Atyrau's row");
    let usgs = db
        .source(&rate.source)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    assert!(row.contains(",press,") && row.contains(&usgs), "{row}");
}

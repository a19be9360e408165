//! Index arithmetic (issue 11): chain-linked levels, cumulative growth, breaks.

use kz_iip::data::index::{boundary_years, growth, growth_ranking, levels, Break};
use kz_iip::data::{RegionCode, Status};

use crate::check;

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).unwrap()
}

fn level(
    db: &kz_iip::data::Db,
    geo: &str,
    from: i32,
    to: i32,
    base: i32,
) -> Vec<(i32, Option<f64>, Option<Status>)> {
    levels(db, &code(geo), from, to, base)
        .into_iter()
        .map(|p| {
            (
                p.year,
                p.level.ok().map(|d| d.value),
                p.level.ok().map(|d| d.status),
            )
        })
        .collect()
}

#[test]
fn the_republic_with_base_2021() {
    let db = check::db();
    let l = level(&db, "000000000", 2021, 2023, 2021);
    assert_eq!(l[0], (2021, Some(100.0), Some(Status::Official)));
    assert!((l[1].1.unwrap() - 101.1).abs() < 1e-9);
    let y2023 = l[2].1.unwrap();
    assert!((y2023 - 101.1 * 104.4 / 100.0).abs() < 1e-9, "{y2023}");
    assert_eq!(format!("{y2023:.1}"), "105.5");
    // 2022 is a minister's early figure: everything built on it is at most preliminary.
    assert_eq!(l[1].2, Some(Status::Preliminary));
    assert_eq!(l[2].2, Some(Status::Preliminary));
}

#[test]
fn a_missing_year_breaks_the_chain_both_ways() {
    let db = check::db();
    // The Republic has no IIP for 2017, 2019, 2020.
    let l = levels(&db, &code("000000000"), 2015, 2023, 2021);
    let at = |y: i32| l.iter().find(|p| p.year == y).unwrap().level;
    // The step back from 2021 to 2020 uses IIP(2021) = 103.6 (2021 as % of 2020): known.
    let y2020 = at(2020).expect("2020 level").value;
    assert!((y2020 - 100.0 / 1.036).abs() < 1e-9);
    // The step from 2019 to 2020 needs IIP(2020): missing, and everything before stays broken.
    assert_eq!(at(2019), Err(Break::Missing(2020)));
    assert_eq!(at(2016), Err(Break::Missing(2020)), "never bridged");
    assert_eq!(at(2015), Err(Break::Missing(2020)));
}

#[test]
fn backward_from_the_base() {
    let db = check::db();
    // Atyrau has every year: 2018 with base 2019 is 100 ÷ (105.4 / 100).
    let l = level(&db, "230000000", 2017, 2019, 2019);
    assert!((l[1].1.unwrap() - 100.0 / 1.054).abs() < 1e-9);
    assert!((l[0].1.unwrap() - 100.0 / 1.054 / 1.106).abs() < 1e-9);
    assert_eq!(l[0].2, Some(Status::Official));
}

#[test]
fn boundary_changes_break_the_chain() {
    let db = check::db();
    assert_eq!(
        boundary_years(&db, &code("190000000")),
        vec![2022],
        "Almaty region lost Zhetisu"
    );
    assert_eq!(
        boundary_years(&db, &code("350000000")),
        vec![2022],
        "Karagandy lost Ulytau"
    );
    assert_eq!(
        boundary_years(&db, &code("630000000")),
        vec![2022],
        "Shygys lost Abay"
    );
    assert_eq!(
        boundary_years(&db, &code("610000000")),
        vec![2018],
        "Turkistan formed"
    );
    let l = levels(&db, &code("350000000"), 2019, 2023, 2020);
    let at = |y: i32| l.iter().find(|p| p.year == y).unwrap().level;
    assert!(at(2021).is_ok());
    assert_eq!(at(2022), Err(Break::Boundary(2022)));
    assert_eq!(at(2023), Err(Break::Boundary(2022)));
    // Turkistan: no level before 2018, whatever the base.
    let t = levels(&db, &code("610000000"), 2015, 2023, 2019);
    assert!(matches!(t[0].level, Err(Break::NotExisting(_))));
    assert!(
        t.iter().find(|p| p.year == 2018).unwrap().level.is_ok(),
        "2018 links to 2019"
    );
    assert!(
        t.iter().find(|p| p.year == 2017).unwrap().level.is_err(),
        "no link to 2017"
    );
    let from_2017 = levels(&db, &code("610000000"), 2017, 2019, 2017);
    assert!(
        from_2017.iter().all(|p| p.level.is_err()),
        "no chain across the 2018 change"
    );
    assert!(t.iter().find(|p| p.year == 2023).unwrap().level.is_ok());
    // Atyrau is unaffected by any boundary change.
    assert!(boundary_years(&db, &code("230000000")).is_empty());
}

#[test]
fn cumulative_growth_and_average_rate() {
    let db = check::db();
    let g = growth(&db, &code("230000000"), 2015, 2023).unwrap();
    let product: f64 = [102.2, 121.2, 110.6, 105.4, 94.5, 102.8, 98.3, 111.2]
        .iter()
        .map(|v| v / 100.0)
        .product();
    assert!((g.total_pct - (product - 1.0) * 100.0).abs() < 1e-9);
    assert!((g.annual_pct - (product.powf(1.0 / 8.0) - 1.0) * 100.0).abs() < 1e-9);
    assert_eq!(g.status, Status::Official);
    assert_eq!(
        growth(&db, &code("350000000"), 2018, 2023),
        Err(Break::Boundary(2022))
    );
    assert_eq!(
        growth(&db, &code("100000000"), 2018, 2023),
        Err(Break::NotExisting(2018))
    );
    assert!(growth(&db, &code("230000000"), 2023, 2023).is_err());
}

#[test]
fn the_ranking_by_growth_lists_broken_chains_apart() {
    let db = check::db();
    let (ok, broken) = growth_ranking(&db, 2015, 2023);
    assert!(
        ok.windows(2).all(|w| w[0].1.total_pct >= w[1].1.total_pct),
        "sorted"
    );
    let names: Vec<&str> = broken.iter().map(|(r, _)| r.name_en.as_str()).collect();
    for n in [
        "Abay",
        "Zhetisu",
        "Ulytau",
        "Turkistan",
        "Shymkent city",
        "Almaty",
        "Karagandy",
        "Shygys Kazakhstan",
    ] {
        assert!(names.contains(&n), "{n} apart: {names:?}");
    }
    assert_eq!(ok.len() + broken.len(), 20);
}

#[test]
fn the_level_chart_and_table_spec() {
    use kz_iip::charts::spec;
    use kz_iip::i18n::Lang;
    use kz_iip::state::Filters;
    let db = check::db();
    let (f, notices) = Filters::from_query(
        "r=000000000,350000000&from=2018&to=2023&m=level&base=2021",
        &db,
    );
    assert!(notices.is_empty(), "{notices:?}");
    let s = spec::trend(&db, &f, Lang::En);
    assert_eq!(
        s.title,
        "Industrial production, chain-linked level (2021 = 100)"
    );
    assert_eq!(s.reference, Some(100.0));
    let republic = &s.series[0];
    let at = |y: i32| republic.points.iter().find(|p| p.0 == y).unwrap().1;
    assert_eq!(at(2021), Some(100.0));
    assert!((at(2023).unwrap() - 105.5484).abs() < 1e-3);
    let d = republic.details[5].as_ref().unwrap();
    assert_eq!(d.value, "105.5");
    assert_eq!(
        d.status,
        Status::Preliminary,
        "built on the 2022 minister's figure"
    );
    assert_eq!(d.marks, "derived");
    // Karagandy: the 2022 boundary change is a gap and a marked break.
    let k = &s.series[1];
    assert_eq!(k.points.iter().find(|p| p.0 == 2022).unwrap().1, None);
    assert!(s.breaks.contains(&2022));
    assert!(f.to_query().contains("m=level&base=2021"));
    // A bad base falls back with a notice.
    let (g, notices) = Filters::from_query("m=level&base=1066", &db);
    assert_eq!(g.base, kz_iip::state::DEFAULT_BASE);
    assert_eq!(notices.len(), 1);
}

#[test]
fn the_ranking_by_cumulative_growth_spec() {
    use kz_iip::charts::spec;
    use kz_iip::i18n::Lang;
    use kz_iip::state::Filters;
    let db = check::db();
    let (f, _) = Filters::from_query("v=ranking&m=level&base=2015&y=2023", &db);
    let s = spec::ranking(&db, &f, Lang::En);
    assert_eq!(
        s.title,
        "Cumulative growth of industrial production, 2015–2023"
    );
    assert_eq!(s.baseline, 0.0);
    assert!(s.bars.windows(2).all(|w| w[0].value >= w[1].value));
    assert!(
        s.missing
            .iter()
            .any(|m| m == "Karagandy — chain broken: boundary change in 2022"),
        "{:?}",
        s.missing
    );
    assert!(
        s.missing
            .iter()
            .any(|m| m.starts_with("Abay — did not exist in 2015")),
        "{:?}",
        s.missing
    );
    assert!(
        s.reference.is_none(),
        "the Republic's chain is broken (no 2017 IIP)"
    );
}

/// Regression (#23): a chained level or a cumulative growth cites every IIP it is built from,
/// not only the years shown. With base 2021 and year 2023 the Republic's 2022 figure is used.
#[test]
fn levels_and_growth_cite_every_link_of_the_chain() {
    use kz_iip::components::sources::for_kind;
    use kz_iip::state::widget::ChartKind;
    let for_ranking = |db, f: &_| for_kind(db, ChartKind::Ranking, f);
    let for_trend = |db, f: &_| for_kind(db, ChartKind::Trend, f);
    use kz_iip::data::select::{best, Cell};
    use kz_iip::data::{Indicator, Period, RegionCode};
    use kz_iip::state::Filters;
    let db = check::db();
    let title = |year: i32| {
        let cell = Cell::total(&RegionCode::republic(), Indicator::Iip, Period::year(year));
        let o = best(&db, &cell).expect("the Republic's IIP");
        db.source(&o.source).expect("its source").title.clone()
    };
    let (f, _) = Filters::from_query("v=ranking&m=level&base=2021&y=2023", &db);
    let cited: Vec<String> = for_ranking(&db, &f).into_iter().map(|s| s.title).collect();
    for year in [2022, 2023] {
        assert!(cited.contains(&title(year)), "{year}: {cited:#?}");
    }
    let (f, _) = Filters::from_query(
        "v=trend&r=000000000&from=2020&to=2021&m=level&base=2023",
        &db,
    );
    let cited: Vec<String> = for_trend(&db, &f).into_iter().map(|s| s.title).collect();
    for year in [2021, 2022, 2023] {
        assert!(cited.contains(&title(year)), "{year}: {cited:#?}");
    }
    // Only the links used: the 2020 IIP is not part of levels 2020–2021 based on 2023.
    let cell = Cell::total(&RegionCode::republic(), Indicator::Iip, Period::year(2020));
    if let Some(o) = best(&db, &cell) {
        let t = db
            .source(&o.source)
            .map(|s| s.title.clone())
            .unwrap_or_default();
        let others = [2021, 2022, 2023].map(title);
        assert!(others.contains(&t) || !cited.contains(&t), "{t}");
    }
}

/// Regression (#23): the CSV row of a cumulative growth names every source it is built from
/// (the Republic's included); a derived share carries its volumes' weakest status.
#[test]
fn derived_csv_rows_cite_every_source_and_the_weakest_status() {
    use crate::check::csv_of;
    use kz_iip::state::widget::ChartKind;
    let ranking_csv = |db, f: &_, lang| csv_of(ChartKind::Ranking, db, f, lang);
    let composition_csv = |db, f: &_, lang| csv_of(ChartKind::Composition, db, f, lang);
    use kz_iip::data::select::{best, compositions, Cell};
    use kz_iip::data::{Indicator, Period, RegionCode};
    use kz_iip::i18n::Lang;
    use kz_iip::state::Filters;
    let db = check::db();
    let (f, _) = Filters::from_query("v=ranking&m=level&base=2021&y=2023", &db);
    let csv = ranking_csv(&db, &f, Lang::En).body;
    let row = csv
        .lines()
        .find(|l| l.starts_with("000000000,"))
        .expect("the Republic's growth row");
    for year in [2022, 2023] {
        let cell = Cell::total(&RegionCode::republic(), Indicator::Iip, Period::year(year));
        let o = best(&db, &cell).expect("IIP");
        let title = &db.source(&o.source).expect("source").title;
        assert!(row.contains(title.as_str()), "{year}: {row}");
    }
    let (f, _) = Filters::from_query("v=composition", &db);
    let csv = composition_csv(&db, &f, Lang::En).body;
    for c in compositions(&db) {
        for s in [c.mining, c.manufacturing] {
            if let Some(t) = s.derived_from_total {
                let weakest = s.from.status.min(t.status);
                assert_eq!(s.status(), weakest);
                let line = csv
                    .lines()
                    .find(|l| {
                        l.contains(&format!(",{},", c.period))
                            && l.contains(s.from.activity.as_str())
                    })
                    .expect("row");
                assert!(line.contains(&format!(",{},", weakest.key())), "{line}");
            }
        }
    }
}

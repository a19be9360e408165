### Charts and their tables: titles, axes, legends, read-outs and generated descriptions.

regions = Regions

regions-hint = Compare up to 7, the Republic included.

year-range = Years

from = From

to = To

ranking-title-iip = Industrial production index by region

ranking-title-volume = Industrial output by region

year = Year

measure = Measure

measure-iip = Index (IIP, %)

measure-volume = Volume (tenge)

axis-year = year

republic = Republic of Kazakhstan

republic-reference = Republic

rank = #

nothing-selected = Pick at least one region to draw the trend.

legend-preliminary = p = preliminary

legend-press = n = press report

legend-restated = * = stated as a growth rate, shown as an index

activity = Activity

activity-hint = Sections and their branches. The sources give activities for the Republic only.

activity-title = Industrial production index by activity

activity-all-periods = All published values

activity-trend-title = Trend

activity-trend-none = Only one period of this type has a value: no trend to draw.

ranking-total-only = The regional ranking is for total industry: activities are not published by region.

composition-title = Composition of industrial output

composition-hint = Shares of mining and manufacturing in total output at current prices; the rest is everything else (electricity, gas, water, waste), computed as 100 minus the two.

mining = Mining and quarrying

manufacturing = Manufacturing

rest = Rest of industry (derived)

share = Share of total output

share-embed = Share / Embed

chart = Chart

chart-trend = Trend (line chart)

chart-ranking = Ranking of regions (bars)

chart-activity = Index by activity (bars)

chart-composition = Composition of output

share-axis = % of total industrial output

legend-uncertain = ? = uncertain reading (the source's wording leaves the direction open)

described-title = a description by this project, not the source's own title

find-region = Find a region

find-region-hint = Any name: Astana or Nur-Sultan, North Kazakhstan, СКО …

no-region-matches = No region matches “{ $query }”.

desc-high-low = Highest: { $high_name } ({ $high }); lowest: { $low_name } ({ $low }); { $count } with a value.

desc-reference = Republic: { $text }.

desc-latest = { $series }: { $value } in { $period }

desc-rose = up from { $value } in { $period }

desc-fell = down from { $value } in { $period }

desc-range = highest { $high } ({ $high_period }), lowest { $low } ({ $low_period })

desc-no-values = { $series }: no values in this range

desc-lowest-of = the lowest of { $what }

desc-highest-of = the highest of { $what }

chart-role = interactive chart

chart-help = Tab to the chart, then ← → ↑ ↓, Home, End to read values; Escape to leave.

legend-toggle = Show or hide a series; hover or focus to highlight it

views = Views

view-trend = Trend

view-ranking = Ranking

view-activities = Activities

view-composition = Composition

view-projects = Projects

view-output = Output

view-about = About the data

filters = Filters

measure-level = Level (base year = 100)

ranking-title-growth = Cumulative growth of industrial production, { $from }–{ $to }

axis-growth = % change { $from }–{ $to } (derived)

avg-annual = average per year

break-missing = chain broken: no IIP for { $year }

break-boundary = chain broken: boundary change in { $year }

break-not-existing = did not exist in { $year }

base-year = Base year

growth-needs-years = Choose a year after the base year to rank cumulative growth.

chain-broken-apart = Not ranked (chain broken)

view-map = Map

map-hint = One tile per region, placed as on the map. Click or press Enter on a tile to add the region to the trend; move the year with the slider.

map-no-value = no value

# A trend chart's title: by measure, and for volumes by currency; $base is the level's base year.
trend-title =
    { $measure ->
        [iip] Industrial production index, % of the previous year
        [level] Industrial production, chain-linked level ({ $base } = 100)
       *[volume] { $currency ->
            [usd] Industrial output, billion US dollars (converted, derived)
           *[kzt] Industrial output, billion tenge at current prices
        }
    }

# The value axis of a chart, by measure and currency.
value-axis =
    { $measure ->
        [iip] % of previous year (100 = no change)
        [level] level, { $base } = 100 (derived)
       *[volume] { $currency ->
            [usd] billion US dollars (derived)
           *[kzt] billion tenge
        }
    }

# The heading of a table's value column, by measure and currency.
value-column =
    { $measure ->
        [iip] IIP, % of previous year
        [level] Level, { $base } = 100 (derived)
       *[volume] { $currency ->
            [usd] Volume, million US dollars (derived)
           *[kzt] Volume, million tenge
        }
    }

# A table's size after its name ("Data table · 3 rows"); plural by CLDR category.
table-rows =
    { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }

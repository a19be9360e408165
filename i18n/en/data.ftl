### What the data says about itself: units, statuses, periods, sources, rates, lineage, projects.

value = Value

status = Status

source = Source

sources = Sources

no-data = no data

not-by-region = not published by region

not-existing = did not exist

omitted-value = left out (known error)

omitted-heading = Value left out

as-published = published as

boundary-heading = Boundary changes

period = Period

period-type = Period type

releases = releases

releases-hint = Several published values: the earlier release first, the value shown last.

revised = revised

revised-legend = ○ = revised value: an earlier release differs (see the table)

not-by-region-heading = No data for this combination

not-by-region-text = The sources give figures by activity for the Republic as a whole, and totals for regions — not a region × activity table.

currency = Volumes in

currency-kzt = tenge

currency-usd = US dollars (converted)

usd-note = Dollar values are derived: converted by this project with a tenge/dollar rate of the same period only; a period without one has no dollar value.

rate = Rate

derived = derived
share-formula = Derived: share = activity volume ÷ total volume × 100 (same period); rest = 100 − mining − manufacturing.

projects-title = Major investment projects

projects-in-region = Major projects in this region

product = Product

capacity = Capacity

investment = Investment

jobs = Jobs

timing = Timing and status

physical-title = Physical output of key products

quantity = Quantity

change = Change

volume = Volume

iip = IIP

note = Note

data-release = Data release: sources up to

# The widget's one-line source line: its first source, then how many more (all of them are
# listed under the table).
sources-and-more = and { $count } more

more-sources = more sources, listed with the table

translated-note = The Bureau's English text.

quoted-in-english = as published

same-period-basis = % of the same period a year earlier

unit-percent = % of previous year

unit-growth = % change

unit-times = times the level a year earlier

unit-share = % of total output

unit-mln = million tenge

unit-bn = billion tenge

unit-trn = trillion tenge

unit-mn-t = million t

unit-t = t

unit-bn-m-3 = billion m³

unit-bn-kwh = billion kWh

usd-bn = billion US dollars

status-official = official

status-preliminary = preliminary

status-press = press

period-year = year

quarter-1 = Q1

half-1 = H1

omitted-reason = wrong by a factor of 1000 in the source (a BNS export artefact); left out, not corrected

formed-from = { $region }: formed in { $year } from part of { $parents }.

smaller-since = { $region }: smaller since { $year }, when { $children } was formed from part of it; values before { $year } are for the old, larger region.

abolished-no-data = { $region }: existed until { $year }; the sources give no figures for it.

no-rate = no rate for this period

rate-implied = Dollars (derived) for { $period }: { $rate } KZT/USD, implied by the pair «{ $pair }» in { $source }

rate-quoted = Dollars (derived) for { $period }: { $rate } KZT/USD as quoted in { $source } on { $date }

no-rate-for = No dollar values for { $period }: no source gives a tenge/dollar rate for the same period, and a rate of another period is never used.

uncertain-reading = uncertain reading: the source's wording leaves the direction open

date-inferred = date inferred

qual-up-to = up to { $amount }

qual-more-than = more than { $amount }

qual-about = about { $amount }

unit-tenge = tenge

unit-thousand = thousand tenge

unit-prev-year = % of the previous year

source-line = Source

# The short forms in use for the long "… Kazakhstan" region names: the map's tiles at phone
# width show them (the read-out and the table keep the full name).
region-short-west = WKO
region-short-north = NKO
region-short-east = EKO
region-short-south = SKO

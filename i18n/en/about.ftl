### About the data: the glossary, the method, the downloads of all data.

glossary-title = What is the IIP? Glossary and method

what-is-iip = What is the IIP?

method = Method

links = The Bureau's publications

key-points = The release says

level-formula = Derived from the published IIPs: level(base year) = 100; level(t) = level(t−1) × IIP(t) ÷ 100, and backwards level(t−1) = level(t) ÷ (IIP(t) ÷ 100). A chain never crosses a missing year or a boundary change; each value carries the weakest status of the IIPs it is built from.

growth-formula = Derived: growth from A to B = (IIP(A+1) ÷ 100 × … × IIP(B) ÷ 100 − 1) × 100 %; average annual rate = (that product)^(1/(B−A)) − 1. Regions whose chain is broken are listed apart.

derived-measures = Derived measures

all-data = All data

all-data-hint = Every value of the bundle with its unit, status and source, and a licence and citation line.

data-package = Data Package: every table as CSV

data-package-hint = Observations with all their releases, values left out and why, sources, regions, activities, exchange rates, physical output and projects: one CSV each, described by a Frictionless Data Package (types, units, keys).

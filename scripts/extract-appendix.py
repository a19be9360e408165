#!/usr/bin/env python3
# Re-creates data/regional_iip.json and data/regional_volume.json from the verbatim `values`
# objects of the kaz-Data repository files (provenance/kaz-data-values.jsonl, one object per
# line; see provenance/README.md), leaving out the three values wrong by a factor of 1000.
# Provenance tool only: the build never runs it; the test command checks that it reproduces
# both files.
# Usage (from the repository root): python3 scripts/extract-appendix.py [--out DIR]
import json, collections, os, sys
out = sys.argv[sys.argv.index('--out') + 1] if '--out' in sys.argv else 'data'
with open('provenance/kaz-data-values.jsonl', encoding='utf-8') as f:
    objs = [json.loads(l, object_pairs_hook=collections.OrderedDict) for l in f if l.strip()]
if len(objs) != 3:
    sys.exit(f'provenance/kaz-data-values.jsonl: expected 3 objects, found {len(objs)}')
iip = objs[0]
vol = collections.OrderedDict(); vol.update(objs[1]); vol.update(objs[2])
bad = [("2009","590000000"),("2009","710000000"),("2010","590000000")]
omitted = []
for y,k in bad:
    omitted.append({"period": y, "geo": k, "value_as_published": vol[y][k],
      "reason": "Wrong by a factor of 1000 (BNS CSV export artefact the repository's ETL did not catch; neighbouring years are about 100-180 bn tenge). Left out, not corrected: the right value is not in any source (figures.md §3b, §7.4)."})
    del vol[y][k]
def ds(id_, desc, ind, unit, source, values, omitted=None):
    d = collections.OrderedDict([("id", id_), ("description", desc), ("indicator", ind), ("unit", unit),
        ("source", source), ("status", "official"), ("priority", 1), ("values", values)])
    if omitted: d["omitted"] = omitted
    return d
json.dump(ds("regional-iip",
  "Annual industrial production index by region, 2009-2023, % of the previous year. Verbatim 'values' object of the repository file (a copy of the BNS dynamic table); keys are current KATO codes. Historical boundaries are not redistributed: Almaty region, Karaganda and East Kazakhstan before 2022 are the old, larger regions; South Kazakhstan (2009-2017) is absent from the repository.",
  "iip", "percent", "kaz-data-iip", iip), open(os.path.join(out, 'regional_iip.json'),'w', encoding='utf-8'), ensure_ascii=False, indent=1)
json.dump(ds("regional-volume",
  "Annual industrial output volume by region, 2009-2023, billion tenge at current prices. Verbatim 'values' object of the repository file less three values wrong by a factor of 1000 (listed under 'omitted'). Same boundary caveats as regional-iip.",
  "volume", "bn_tenge", "kaz-data-output", vol, omitted), open(os.path.join(out, 'regional_volume.json'),'w', encoding='utf-8'), ensure_ascii=False, indent=1)

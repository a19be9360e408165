#!/usr/bin/env python3
"""Checks the build's Data Package with outside judges (run by scripts/test.sh, in .venv):

1. `frictionless validate`: the descriptor, every table against its Table Schema (types,
   missing values, primary keys, foreign keys observations -> sources, regions, activities).
2. pandas' `read_csv` of the observations round-trips every value: each number pandas reads
   equals the number written (the text parsed as a Python float), and no row is lost.

Usage: .venv/bin/python scripts/check-datapackage.py dist/data
"""
import csv
import json
import sys
from pathlib import Path

import pandas as pd
from frictionless import Package, system


def main(folder: str) -> int:
    root = Path(folder)
    failed = 0
    passed = 0
    with system.use_context(trusted=True):
        report = Package(str(root / "datapackage.json")).validate()
    if report.valid:
        passed += 1
        print(f"ok: frictionless validate: {len(report.tasks)} tables valid")
    else:
        failed += 1
        for err in report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:40]:
            print("frictionless:", err)
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    names = sorted(r["name"] for r in descriptor["resources"])
    want = sorted(["observations", "omitted", "sources", "regions", "activities",
                   "exchange_rates", "physical_output", "projects"])
    if names == want and descriptor.get("version") and descriptor.get("licenses"):
        passed += 1
    else:
        failed += 1
        print("descriptor: tables", names, "version", descriptor.get("version"))
    path = root / "observations.csv"
    with path.open(encoding="utf-8", newline="") as f:
        text_rows = list(csv.DictReader(f))
    frame = pd.read_csv(path, dtype={"geo": str, "activity": str, "period": str})
    bad = 0
    for i, row in enumerate(text_rows):
        for col in ("value", "value_as_published"):
            if float(row[col]) != frame[col].iloc[i]:
                bad += 1
                print(f"pandas: row {i + 2} {col}: wrote {row[col]}, read {frame[col].iloc[i]!r}")
        if frame["geo"].iloc[i] != row["geo"] or frame["period"].iloc[i] != row["period"]:
            bad += 1
            print(f"pandas: row {i + 2}: keys {row['geo']} {row['period']} read as {frame['geo'].iloc[i]} {frame['period'].iloc[i]}")
    if bad == 0 and len(frame) == len(text_rows) > 0:
        passed += 1
        print(f"ok: pandas read_csv round-trips all {len(frame)} observations")
    else:
        failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "dist/data"))

#!/usr/bin/env python3
"""Benchmark (not a test) of the refresh tool on a 50 MB export: wall time and peak memory.

Writes a dynamic-table CSV in the real layout (quoted fields, tabs, BOM, NAM, КАТО names,
ГОКЭД/ССП/СПВД classifiers with their L… columns): the bundle's regional IIPs of
crates/refresh/tests/fixtures/bns_iip_real_layout.csv, then rows of other breakdowns, towns and
other comparison bases (skipped, counted) until it is 50 MB. Runs
`kz-iip-data import --check --json` on it (release build) and prints the time and the peak
resident memory (budget: 5 s, 200 MB).
Usage: python3 scripts/bench-import.py target/release/kz-iip-data
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

BIN = sys.argv[1] if len(sys.argv) > 1 else "target/release/kz-iip-data"
FIXTURE = "crates/refresh/tests/fixtures/bns_iip_real_layout.csv"
SIZE = 50 * 1024 * 1024


def main() -> int:
    lines = open(FIXTURE, encoding="utf-8-sig").read().splitlines()
    header, rows = lines[0], lines[1:]
    # One more classifier column: СПВД with its L column, "Всего" on the real rows.
    cols = header.split("\t")
    header = "\t".join(cols[:-1] + ['"СПВД(по каталогу)"', '"LСПВД(по каталогу)"', cols[-1]])
    def with_spvd(line, value):
        c = line.split("\t")
        return "\t".join(c[:-1] + [f'"{value}"', '"0"', c[-1]])
    body = [with_spvd(r, "Всего") for r in rows]
    kinds = ["Малые предприятия", "Средние предприятия", "Крупные предприятия"]
    filler = [with_spvd(r, kinds[i % 3]) for i, r in enumerate(rows)]
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + header + "\r\n" + "\r\n".join(body) + "\r\n")
        written = f.tell()
        i = 0
        chunk = "\r\n".join(filler) + "\r\n"
        while written < SIZE:
            f.write(chunk)
            written += len(chunk.encode("utf-8"))
            i += 1
    size = os.path.getsize(path)
    data = tempfile.mkdtemp()
    start = time.perf_counter()
    out = subprocess.run([BIN, "import", "--check", "--json", "--date", "2026-12-01", path],
                         capture_output=True, text=True)
    took = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    os.unlink(path)
    os.rmdir(data)
    try:
        f = json.loads(out.stdout)["files"][0]
        summary = f"read {f['read']}, unchanged {f['unchanged']}, skipped {sum(f['skipped'].values())}"
    except (ValueError, KeyError, IndexError):
        summary = f"exit {out.returncode}: {out.stderr.strip()[:300]}"
    print(f"import of a {size / 1048576:.1f} MB export: {took:.2f} s, peak memory {peak_mb:.0f} MB "
          f"(budget 5 s, 200 MB); {summary}")
    return 0 if out.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

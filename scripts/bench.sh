#!/usr/bin/env bash
# Benchmark: builds the release bundle, prints per-file sizes (raw, gzip, brotli) and the
# median time to the first chart over cold loads in headless Chromium. Not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
scripts/build.sh
. scripts/env.sh
node scripts/bench.mjs dist "${RUNS:-15}"

#!/usr/bin/env bash
# Builds the release bundle into dist/ (offline; run scripts/setup.sh first).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
trunk build --release --locked

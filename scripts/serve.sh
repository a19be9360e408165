#!/usr/bin/env bash
# README command 1: install what is missing, build the release bundle, serve it at
# http://127.0.0.1:8080/ (PORT=… to change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
. scripts/env.sh
exec node scripts/serve.mjs dist "${PORT:-8080}"

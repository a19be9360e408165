#!/usr/bin/env bash
# README command 2: install what is missing, then run every test layer:
#   formatting + clippy, native cargo test, wasm-bindgen-test in headless Chromium,
#   end-to-end (playwright-core + Debian Chromium) against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
. scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
step "rustfmt";            cargo fmt --all --check
step "clippy (native)";    cargo clippy --locked --workspace --all-targets -- -D warnings
step "clippy (wasm32)";    cargo clippy --locked --lib --bins --example floor --target wasm32-unknown-unknown -- -D warnings
step "clippy (wasm32, the explorer's features)"; cargo clippy --locked --lib --bins --no-default-features --target wasm32-unknown-unknown -- -D warnings
step "native tests";       cargo test --locked --workspace
step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web
step "release build";      scripts/build.sh
step "data package (frictionless validate, pandas round trip)"
.venv/bin/frictionless validate dist/data/datapackage.json
.venv/bin/python scripts/check-datapackage.py dist/data
step "end-to-end tests (Chromium)"
node --test --test-concurrency=1 e2e/
step "all tests passed"

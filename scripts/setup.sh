#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) kz-iip on Debian with
# rustup, Node/npm and apt. Idempotent: every step checks first. Nothing is downloaded at
# build time afterwards (Trunk runs offline).
#   scripts/setup.sh            build tools: wasm32 target, Trunk, wasm-bindgen-cli, npm tools
#   scripts/setup.sh --browser  also Chromium + chromedriver, rustfmt + clippy (for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
browser=false
[ "${1:-}" = "--browser" ] && browser=true

say() { printf '\033[1m[setup] %s\033[0m\n' "$*"; }
if ! command -v cargo >/dev/null 2>&1 && [ -f "$HOME/.cargo/env" ]; then . "$HOME/.cargo/env"; fi
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if $browser; then
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      say "adding $c"
      rustup component add "$c"
    fi
  done
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal Cargo.lock)"
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm tools (wasm-opt from binaryen 132, playwright-core) from the committed lock file.
stamp=node_modules/.kz-iip-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  say "installing npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$want" > "$stamp"
fi

# The link-preview image (tools/og) draws text with DejaVu Sans.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing fonts-dejavu-core (Debian package) for the preview image"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq fonts-dejavu-core
fi

if $browser && ! { command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; }; then
  say "installing Chromium and chromedriver (Debian packages)"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver
fi

# Python tools for the tests (the data package's outside judges: frictionless, pandas), pinned in
# scripts/requirements.txt, in a venv of the project's own (.venv).
if $browser; then
  stamp=.venv/.kz-iip-requirements.sha256
  want=$(sha256sum scripts/requirements.txt | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
    if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
      say "installing python3 and python3-venv (Debian packages)"
      sudo=""
      [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3 python3-venv
    fi
    say "installing the Python test tools into .venv (scripts/requirements.txt)"
    rm -rf .venv
    python3 -m venv .venv
    .venv/bin/pip install --quiet --disable-pip-version-check -r scripts/requirements.txt
    echo "$want" > "$stamp"
  fi
fi

say "fetching crates (cargo fetch --locked)"
cargo fetch --locked --quiet

#!/usr/bin/env bash
# Where the wasm bytes are (#26): for each entry point (explorer, widget) of the working tree —
# and of REV when given (BEFORE_REV=<commit>, built in a throw-away worktree) — an unstripped
# release build's code / data split (bytes and brotli) and twiggy's top items and dominators.
# Run by scripts/bench.sh, which installs twiggy if it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
twiggy=$(command -v twiggy || echo "$HOME/.cargo/bin/twiggy")
report() { # <label> <source dir> <target dir>
  local label=$1 src=$2 target=$3
  # Each with the features its page builds it with (index.html: none, since #26's English
  # catalog file; widget.html and share.html: the default).
  (cd "$src" && CARGO_PROFILE_RELEASE_STRIP=false CARGO_TARGET_DIR="$target" \
    cargo build --release --locked --quiet --target wasm32-unknown-unknown --bin kz-iip \
      $(grep -q 'data-bin="kz-iip" data-cargo-no-default-features' index.html && echo --no-default-features))
  (cd "$src" && CARGO_PROFILE_RELEASE_STRIP=false CARGO_TARGET_DIR="$target" \
    cargo build --release --locked --quiet --target wasm32-unknown-unknown --bin kz-iip-widget)
  for bin in kz-iip kz-iip-widget; do
    local wasm="$target/wasm32-unknown-unknown/release/$bin.wasm"
    printf '\n### %s: %s\n' "$label" "$bin"
    # The split of the unstripped build (comparable before / after), and of what ships (dist,
    # after wasm-bindgen and wasm-opt) when the tree has been built.
    local shipped
    shipped=$(ls "$src"/dist/"$bin"-*_bg.wasm 2>/dev/null | head -n 1 || true)
    for w in "$wasm" ${shipped:+"$shipped"}; do
    node -e '
      const fs = require("fs"), z = require("zlib");
      const b = fs.readFileSync(process.argv[1]);
      const br = (x) => (z.brotliCompressSync(x, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024).toFixed(1);
      let i = 8, code = Buffer.alloc(0), data = Buffer.alloc(0);
      const leb = () => { let r = 0, s = 0, x; do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
      while (i < b.length) { const id = b[i++]; const n = leb(); if (id === 10) code = b.subarray(i, i + n); if (id === 11) data = b.subarray(i, i + n); i += n; }
      console.log(`${process.argv[2]}: code ${(code.length / 1024).toFixed(1)} KiB (${br(code)} brotli), data ${(data.length / 1024).toFixed(1)} KiB (${br(data)} brotli)`);
    ' "$w" "$([ "$w" = "$wasm" ] && echo unstripped || echo shipped)"
    done
    "$twiggy" top -n 20 "$wasm" | grep -v "custom section\|subsection\|Unreachable" | cut -c1-140
    "$twiggy" dominators -d 4 -r 14 "$wasm" | grep -v "custom section\|Unreachable" | cut -c1-140
  done
}
report "now" . "$PWD/target/bench-twiggy"
if [ -n "${BEFORE_REV:-}" ]; then
  wt=$(mktemp -d)
  git worktree add -q --detach "$wt" "$BEFORE_REV"
  report "before ($BEFORE_REV)" "$wt" "$PWD/target/bench-twiggy-before"
  git worktree remove --force "$wt"
fi

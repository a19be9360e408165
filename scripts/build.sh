#!/usr/bin/env bash
# Builds the release bundle into dist/ (or $DIST; offline; run scripts/setup.sh first):
# the explorer (index.html), the lighter widget (widget.html, its own wasm) and the share
# dialog's wasm (share.html, a build recipe, not a page), then moves
# Trunk's inline loaders into files (no inline script: CSP script-src 'self').
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
DIST="${DIST:-dist}"
trunk build index.html --release --locked=true --dist "$DIST"
trunk build widget.html --release --locked=true --dist target/widget-dist
cp target/widget-dist/widget.html "$DIST/widget.html" 2>/dev/null || cp target/widget-dist/index.html "$DIST/widget.html"
find target/widget-dist -maxdepth 1 -type f ! -name '*.html' -exec cp {} "$DIST/" \;
# The share dialog's wasm and glue (fetched when Share / Embed is first clicked; no page).
rm -rf target/share-dist
trunk build share.html --release --locked=true --dist target/share-dist
find target/share-dist -maxdepth 1 -type f -name 'kz-iip-share-*' -exec cp {} "$DIST/" \;
# The link-preview image: the default chart drawn natively with the same code (plotters bitmap).
cargo run --locked --quiet -p kz-iip-og -- preview "$DIST/og-image.png"
# The static first paint: the default view as HTML + SVG in index.html (the app replaces it).
cargo run --locked --quiet -p kz-iip-og -- static-paint "$DIST/index.html" "$DIST/widget.html"
# The catalog files of the languages the wasm leaves out (#26: English is in it).
cargo run --locked --quiet -p kz-iip-og -- catalogs "$DIST"
# The bundle as a Frictionless Data Package (every table as CSV; linked from About the data).
cargo run --locked --quiet -p kz-iip-refresh -- package "$DIST/data"
node scripts/postbuild.mjs "$DIST"

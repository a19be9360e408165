#!/usr/bin/env bash
# QA for translations (not shipped, not a test): builds the bundle with the pseudo-locale in
# place of English (every text accented and ~40 % longer, in ⟦ ⟧) into target/pseudo-dist, then
# screenshots every view and the widget at 320 px and lists any sideways overflow or clipped text.
# Usage: scripts/pseudo.sh [views…]   (screenshots in target/screenshots-pseudo)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
KZ_IIP_PSEUDO=1 DIST=target/pseudo-dist scripts/build.sh
# The next normal build recompiles the real English (build.rs watches KZ_IIP_PSEUDO).
views=("$@")
[ ${#views[@]} -eq 0 ] && views=(trend ranking map activities composition projects output about widget:trend widget:ranking widget:map)
PSEUDO=1 node scripts/screenshots.mjs target/pseudo-dist target/screenshots-pseudo "${views[@]}"

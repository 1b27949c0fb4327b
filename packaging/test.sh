#!/usr/bin/env bash
# The test command: installs what is missing, builds, starts a throwaway PostgreSQL, runs
# every test through CTest, stops it. Extra arguments go to ctest (e.g. -R unit).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_BUILD_DIR:-$ROOT/build}"

"$ROOT/packaging/deps.sh"
"$ROOT/packaging/build.sh"

# shellcheck source=pg.sh
. "$ROOT/packaging/pg.sh"
pg_throwaway test
export QT_QPA_PLATFORM=offscreen
mkdir -p "$BUILD/artifacts"

ctest --test-dir "$BUILD" --output-on-failure --timeout 600 -j"$(nproc)" "$@"

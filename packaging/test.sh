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
PGDIR="$(mktemp -d /tmp/crm-test-pg.XXXXXX)"
cleanup() { pg_stop "$PGDIR"; rm -rf "$PGDIR"; }
trap cleanup EXIT
CRM_PG_FSYNC=off pg_start "$PGDIR"
export CRM_TEST_PG="$CRM_PG_CONNINFO"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$BUILD/artifacts"

ctest --test-dir "$BUILD" --output-on-failure --timeout 600 -j"$(nproc)" "$@"

#!/usr/bin/env bash
# On demand (not in CI: a second full build): the unit, server, live and sim tests with
# AddressSanitizer + UndefinedBehaviorSanitizer in build-asan/, against a throwaway PostgreSQL.
# The crm-server, crm-admin and crm-sync processes the tests start are sanitized too, and any
# report aborts them (so the test fails). Extra arguments go to ctest (e.g. -R 'server:.*push').
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_ASAN_BUILD_DIR:-$ROOT/build-asan}"
cd "$ROOT"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRM_SANITIZE=ON -DCRM_BUILD_MOBILE=OFF \
    -DCRM_FUZZ=OFF >/dev/null
cmake --build "$BUILD" -- -j"$(nproc)"

# shellcheck source=../packaging/pg.sh
. "$ROOT/packaging/pg.sh"
pg_throwaway asan
# halt_on_error: a report ends the process with a failure the test sees.
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
ctest --test-dir "$BUILD" --output-on-failure --timeout 900 -j"$(nproc)" -R '^(unit|server|live|sim|e2e)' "$@"

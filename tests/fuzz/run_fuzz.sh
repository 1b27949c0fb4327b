#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (own build dir, CRM_FUZZ=ON, no Qt, no server binaries)
# and runs each for SECONDS (default 20) from its seed corpus in tests/fuzz/corpus/<target>/.
#   tests/fuzz/run_fuzz.sh [SECONDS] [TARGET...]
# Env: CRM_FUZZ_BUILD_DIR (default <repo>/build-fuzz), CRM_FUZZ_JOBS (build jobs, default 2),
# CRM_FUZZ_PG (PostgreSQL superuser conninfo for http_request_fuzz; default CRM_TEST_PG; without
# either that target is skipped with a message).
# Exit 0: every target ran clean; 1: a target found a crash, leak or UB (input saved under
# <build dir>/artifacts/, reproduce with `<build dir>/tests/fuzz/<target> <file>`);
# 2: bad arguments or build failure; 77: clang or libFuzzer is not installed (skipped).
set -euo pipefail

SECONDS_PER_TARGET=${1:-20}
shift || true
case "$SECONDS_PER_TARGET" in
  ''|*[!0-9]*|0) echo "run_fuzz: SECONDS must be a positive whole number, not '$SECONDS_PER_TARGET'" >&2; exit 2 ;;
esac
ALL_TARGETS=(sync_protocol_fuzz record_codec_fuzz request_parsing_fuzz http_request_fuzz)
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=("${ALL_TARGETS[@]}")
for t in "${TARGETS[@]}"; do
  case " ${ALL_TARGETS[*]} " in *" $t "*) ;; *) echo "run_fuzz: unknown target '$t' (have: ${ALL_TARGETS[*]})" >&2; exit 2 ;; esac
done

# http_request_fuzz runs the real server on a database it creates on this cluster.
export CRM_FUZZ_PG=${CRM_FUZZ_PG:-${CRM_TEST_PG:-}}
if [ -z "$CRM_FUZZ_PG" ]; then
  kept=()
  for t in "${TARGETS[@]}"; do
    if [ "$t" = http_request_fuzz ]; then
      echo "run_fuzz: SKIPPED http_request_fuzz: set CRM_FUZZ_PG (or CRM_TEST_PG) to a PostgreSQL superuser conninfo" >&2
    else kept+=("$t"); fi
  done
  [ ${#kept[@]} -gt 0 ] || exit 77
  TARGETS=("${kept[@]}")
fi

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${CRM_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
CLANGXX=$(command -v clang++ || true)
if [ -z "$CLANGXX" ]; then
  echo "run_fuzz: SKIPPED: clang++ is not installed (Debian: apt-get install clang libclang-rt-14-dev)" >&2
  exit 77
fi
# libFuzzer's runtime ships separately from clang on Debian.
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
     "$CLANGXX" -x c++ -fsanitize=fuzzer -o /dev/null - 2>/dev/null; then
  echo "run_fuzz: SKIPPED: clang++ cannot link -fsanitize=fuzzer (Debian: apt-get install libclang-rt-14-dev)" >&2
  exit 77
fi

export CCACHE_BASEDIR=${CCACHE_BASEDIR:-/work} CCACHE_NOHASHDIR=1
if [ ! -f "$BUILD/build.ninja" ] || grep -q '^CRM_BUILD_SERVER:BOOL=OFF' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  mkdir -p "$BUILD"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CLANGXX" \
    -DCRM_FUZZ=ON -DCRM_BUILD_MOBILE=OFF -DCRM_BUILD_SERVER=ON >"$BUILD/configure.log" 2>&1 ||
    { cat "$BUILD/configure.log" >&2; echo "run_fuzz: configure failed" >&2; exit 2; }
fi
cmake --build "$BUILD" -j"${CRM_FUZZ_JOBS:-2}" --target "${TARGETS[@]}" >&2 ||
  { echo "run_fuzz: build failed" >&2; exit 2; }

mkdir -p "$BUILD/artifacts"
failed=()
for t in "${TARGETS[@]}"; do
  seeds=$ROOT/tests/fuzz/corpus/$t
  # New inputs go to the first (scratch) corpus dir, so the seed corpus in the repo stays as is.
  scratch=$BUILD/corpus/$t
  mkdir -p "$scratch"
  limit=()
  if [ "$t" = http_request_fuzz ] && [ -n "${CRM_FUZZ_HTTP_RUNS:-}" ]; then
    # CRM_FUZZ_HTTP_RUNS=N: at most N inputs (0: replay the seeds only, from an empty scratch dir).
    limit=(-runs="$CRM_FUZZ_HTTP_RUNS")
    [ "$CRM_FUZZ_HTTP_RUNS" = 0 ] && scratch="$(mktemp -d)"
  fi
  echo "run_fuzz: $t for ${SECONDS_PER_TARGET}s ${limit[*]}" >&2
  if "$BUILD/tests/fuzz/$t" "$scratch" "$seeds" "${limit[@]}" -max_total_time="$SECONDS_PER_TARGET" -timeout=30 \
       -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 -artifact_prefix="$BUILD/artifacts/$t-" \
       >"$BUILD/$t.log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$BUILD/$t.log" | sed "s/^/run_fuzz: $t /" >&2 || true
  else
    tail -n 40 "$BUILD/$t.log" >&2
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "run_fuzz: FAILED: ${failed[*]} (inputs in $BUILD/artifacts/, logs in $BUILD/<target>.log)" >&2
  exit 1
fi
echo "run_fuzz: all ${#TARGETS[@]} targets ran ${SECONDS_PER_TARGET}s clean" >&2

#!/usr/bin/env bash
# A long fuzz campaign: every target (or the ones named) for the same time, all in parallel at
# low priority, crash artefacts kept, one summary line per target at the end.
#   tests/fuzz/campaign.sh [--hours H | --minutes M] [--nice N] [TARGET...]
# Default: 1 hour, nice 19, every target of run_fuzz.sh. Builds first (through run_fuzz.sh, which
# also runs each target for 1 s). Output goes to <build dir>/campaign-<UTC time>/:
#   <target>.log (libFuzzer's output), artifacts/<target>-crash-* (leak-*, timeout-*, oom-*),
#   corpus/<target>/ (the inputs found), summary.txt (the summary lines).
# Env as run_fuzz.sh (CRM_FUZZ_BUILD_DIR, CRM_FUZZ_PG / CRM_TEST_PG for http_request_fuzz).
# Exit 0: no target failed; 1: a target found something (see its artefacts); 2: bad arguments
# or build failure; 77: nothing could run (no clang/libFuzzer).
set -uo pipefail

SECONDS_TOTAL=3600
NICE=19
TARGETS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --hours) SECONDS_TOTAL=$(awk -v h="${2:-}" 'BEGIN { if (h ~ /^[0-9]+(\.[0-9]+)?$/ && h > 0) printf "%d", h * 3600 }'); shift 2 ;;
    --minutes) SECONDS_TOTAL=$(awk -v m="${2:-}" 'BEGIN { if (m ~ /^[0-9]+(\.[0-9]+)?$/ && m > 0) printf "%d", m * 60 }'); shift 2 ;;
    --nice) NICE=${2:-}; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "campaign: unknown option '$1'" >&2; exit 2 ;;
    *) TARGETS+=("$1"); shift ;;
  esac
done
case "$SECONDS_TOTAL" in ''|*[!0-9]*|0) echo "campaign: --hours / --minutes must be a positive number" >&2; exit 2 ;; esac
case "$NICE" in ''|*[!0-9]*) echo "campaign: --nice must be 0..19" >&2; exit 2 ;; esac

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${CRM_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
export CRM_FUZZ_BUILD_DIR=$BUILD
export CRM_FUZZ_PG=${CRM_FUZZ_PG:-${CRM_TEST_PG:-}}

# Build (and a 1 s smoke run of each); run_fuzz.sh drops http_request_fuzz without a database.
"$ROOT/tests/fuzz/run_fuzz.sh" 1 "${TARGETS[@]}"
rc=$?
[ $rc -eq 0 ] || [ $rc -eq 1 ] || exit $rc
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(sync_protocol_fuzz record_codec_fuzz request_parsing_fuzz http_request_fuzz)
fi
[ -n "$CRM_FUZZ_PG" ] || TARGETS=("${TARGETS[@]/http_request_fuzz}")

OUT=$BUILD/campaign-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT/artifacts"
pids=()
names=()
for t in "${TARGETS[@]}"; do
  [ -n "$t" ] || continue
  mkdir -p "$OUT/corpus/$t"
  nice -n "$NICE" "$BUILD/tests/fuzz/$t" "$OUT/corpus/$t" "$ROOT/tests/fuzz/corpus/$t" \
    -max_total_time="$SECONDS_TOTAL" -timeout=30 -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
    -artifact_prefix="$OUT/artifacts/$t-" >"$OUT/$t.log" 2>&1 &
  pids+=($!)
  names+=("$t")
  echo "campaign: $t for ${SECONDS_TOTAL}s (pid $!, log $OUT/$t.log)" >&2
done

failed=0
for i in "${!pids[@]}"; do
  t=${names[$i]}
  wait "${pids[$i]}"
  code=$?
  log=$OUT/$t.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  found=$(find "$OUT/artifacts" -name "$t-*" | wc -l)
  verdict=clean
  if [ "$code" -ne 0 ] || [ "$found" -gt 0 ]; then verdict="FAILED (exit $code)"; failed=1; fi
  printf '%-22s %s  execs %s  cov %s  ft %s  corpus %s  artefacts %s\n' "$t" "$verdict" "${execs:-?}" \
    "${cov:-?}" "${ft:-?}" "${corp:-?}" "$found" | tee -a "$OUT/summary.txt"
done
echo "campaign: results in $OUT" >&2
exit $failed

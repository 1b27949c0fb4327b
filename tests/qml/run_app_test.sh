#!/usr/bin/env bash
# Runs app_flow_test against a real crm-server over a fresh PostgreSQL database.
# usage: run_app_test.sh APP_FLOW_TEST CRM_SERVER CRM_ADMIN
# env:   CRM_TEST_PG         libpq conninfo (key=value form or URI) of a running PostgreSQL, as a
#                            superuser (packaging/test.sh starts a private one); required
#        CRM_TEST_ARTIFACTS  where the screenshots go (default: ./artifacts/screenshots)
#        CRM_TEST_SEED_ARGS  extra options for crm-admin seed-demo (e.g. a bigger book)
#        CRM_TEST_SERVER_ARGS extra options for crm-server (e.g. a connection cap)
#        CRM_TEST_XVFB=1     run the app under xvfb-run (Mesa) instead of QT_QPA_PLATFORM=offscreen
set -euo pipefail

fail() { echo "run_app_test.sh: $*" >&2; exit 1; }

[[ $# -eq 3 ]] || fail "usage: run_app_test.sh APP_FLOW_TEST CRM_SERVER CRM_ADMIN"
test_bin=$1 server_bin=$2 admin_bin=$3
[[ -n "${CRM_TEST_PG:-}" ]] || fail "CRM_TEST_PG is not set: it must be the conninfo of a running PostgreSQL (packaging/test.sh sets it)"
for tool in psql jq; do command -v "$tool" >/dev/null || fail "$tool is missing"; done
export CRM_TEST_ARTIFACTS=${CRM_TEST_ARTIFACTS:-$PWD/artifacts/screenshots}
mkdir -p "$CRM_TEST_ARTIFACTS"

db="crm_apptest_$$_${RANDOM}"
# The same server with another database: for a URI swap the path, for key=value append dbname
# (libpq takes the last value of a repeated keyword).
if [[ "$CRM_TEST_PG" == postgres://* || "$CRM_TEST_PG" == postgresql://* ]]; then
  base=${CRM_TEST_PG%%\?*}; query=${CRM_TEST_PG#"$base"}
  authority=${base#*://}; authority=${authority%%/*}
  db_conn="${base%%://*}://${authority}/${db}${query}"
else
  db_conn="$CRM_TEST_PG dbname=$db"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  psql "$CRM_TEST_PG" -q -v ON_ERROR_STOP=1 -c "drop database if exists $db with (force)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql "$CRM_TEST_PG" -q -v ON_ERROR_STOP=1 -c "create database $db" >/dev/null || fail "cannot create database $db"
"$admin_bin" --db "$db_conn" migrate >/dev/null || fail "crm-admin migrate failed"
# shellcheck disable=SC2086 # CRM_TEST_SEED_ARGS is a list of options
echo demo | "$admin_bin" --db "$db_conn" seed-demo --password-stdin ${CRM_TEST_SEED_ARGS:-} >/dev/null || fail "crm-admin seed-demo failed"
customer=$("$admin_bin" --db "$db_conn" dump --as rep1 | jq -r '.customer[0].name')
[[ -n "$customer" && "$customer" != null ]] || fail "rep1 has no customer in the demo data"

# shellcheck disable=SC2086 # CRM_TEST_SERVER_ARGS is a list of options
"$server_bin" --db "$db_conn" --listen 127.0.0.1:0 ${CRM_TEST_SERVER_ARGS:-} >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
url=""
for _ in $(seq 1 200); do
  url=$(sed -n 's/^crm-server listening on \(http[^ ]*\).*$/\1/p' "$work/server.out" | head -n1)
  [[ -n "$url" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; fail "crm-server exited early"; }
  sleep 0.1
done
[[ -n "$url" ]] || { cat "$work/server.err" >&2; fail "crm-server did not report its address"; }
echo "run_app_test.sh: crm-server at $url, expecting customer '$customer'"

export CRM_TEST_SERVER_URL=$url CRM_TEST_LOGIN=rep1 CRM_TEST_PASSWORD=demo CRM_TEST_EXPECT_CUSTOMER=$customer
status=0
if [[ "${CRM_TEST_XVFB:-0}" == 1 ]]; then
  env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x1024x24" "$test_bin" || status=$?
else
  QT_QPA_PLATFORM=offscreen "$test_bin" || status=$?
fi
if [[ $status -ne 0 ]]; then
  echo "--- crm-server stderr ---" >&2; tail -n 50 "$work/server.err" >&2
fi
echo "run_app_test.sh: screenshots in $CRM_TEST_ARTIFACTS"
exit "$status"

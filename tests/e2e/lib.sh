#!/usr/bin/env bash
# Helpers for end-to-end tests driving the real binaries against a real PostgreSQL.
# Needs CRM_TEST_PG (libpq conninfo of a superuser db) and CRM_BIN_DIR-free absolute paths:
# CRM_ADMIN, CRM_SERVER, CRM_SYNC.
set -euo pipefail

: "${CRM_TEST_PG:?CRM_TEST_PG is not set: run through packaging/test.sh, which starts PostgreSQL}"

E2E_TMP="$(mktemp -d /tmp/crm-e2e.XXXXXX)"
E2E_DB=""
E2E_SERVER_PID=""
E2E_SERVER_URL=""

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# new_db: a fresh database for this test; sets E2E_CONNINFO.
new_db() {
  E2E_DB="crm_e2e_$$_$RANDOM"
  psql "$CRM_TEST_PG" -qAtc "CREATE DATABASE $E2E_DB" >/dev/null
  E2E_CONNINFO="${CRM_TEST_PG/dbname=postgres/dbname=$E2E_DB}"
}

admin() { "$CRM_ADMIN" --db "$E2E_CONNINFO" "$@"; }

# start_server: crm-server on a free loopback port; sets E2E_SERVER_URL (kept across restarts).
start_server() {
  local listen="127.0.0.1:${E2E_SERVER_PORT:-0}"
  # The background job truncates server.out only once it runs: remove the last run's "listening"
  # line first, or a restart could be taken as up before the new process has bound the port.
  rm -f "$E2E_TMP/server.out"
  "$CRM_SERVER" --db "$E2E_CONNINFO" --listen "$listen" >"$E2E_TMP/server.out" 2>>"$E2E_TMP/server.err" &
  E2E_SERVER_PID=$!
  for _ in $(seq 1 100); do
    if grep -q "listening on" "$E2E_TMP/server.out" 2>/dev/null; then
      E2E_SERVER_URL="$(sed -n 's/.*listening on \(http:\/\/[^ ]*\).*/\1/p' "$E2E_TMP/server.out" | head -1)"
      E2E_SERVER_PORT="${E2E_SERVER_URL##*:}"
      return 0
    fi
    kill -0 "$E2E_SERVER_PID" 2>/dev/null || { cat "$E2E_TMP/server.err" >&2; fail "crm-server exited"; }
    sleep 0.05
  done
  fail "crm-server did not report listening"
}

stop_server() {
  [ -n "$E2E_SERVER_PID" ] || return 0
  kill "$E2E_SERVER_PID" 2>/dev/null || true
  wait "$E2E_SERVER_PID" 2>/dev/null || true
  E2E_SERVER_PID=""
}

e2e_cleanup() {
  stop_server
  [ -n "$E2E_DB" ] && psql "$CRM_TEST_PG" -qAtc "DROP DATABASE IF EXISTS $E2E_DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT

# sync_cli REPLICA ARGS...: crm-sync on a replica file under the test's temp dir.
sync_cli() { local r="$1"; shift; "$CRM_SYNC" --replica "$E2E_TMP/$r.sqlite" "$@"; }

# login REPLICA USER: signs the replica in with password "secret".
login() { echo "secret" | sync_cli "$1" login --server "$E2E_SERVER_URL" --user "$2" --password-stdin >/dev/null; }

# expect_equal_dumps REPLICA LOGIN: the replica holds exactly what the server lets LOGIN see.
expect_equal_dumps() {
  local server_dump replica_dump
  server_dump="$(admin dump --as "$2")"
  replica_dump="$(sync_cli "$1" dump)"
  if [ "$server_dump" != "$replica_dump" ]; then
    diff <(jq -S . <<<"$server_dump") <(jq -S . <<<"$replica_dump") >&2 || true
    fail "replica $1 differs from crm-admin dump --as $2"
  fi
}

# expect_fail DESCRIPTION COMMAND...: the command exits non-zero with one line on stderr.
expect_fail() {
  local what="$1"; shift
  local err
  if err="$("$@" 2>&1 >/dev/null)"; then fail "$what: succeeded but should have failed"; fi
  [ "$(wc -l <<<"$err")" -eq 1 ] || fail "$what: expected one line on stderr, got: $err"
  echo "   refused as expected: $err"
}

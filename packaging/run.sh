#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts a private PostgreSQL in .data/
# (reused next time), migrates and seeds a demo company once, starts crm-server and opens
# crm-mobile signed in as a demo rep. --headless: everything but the app. Ctrl-C stops all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_BUILD_DIR:-$ROOT/build}"
DATA="${CRM_DATA_DIR:-$ROOT/.data}"
HEADLESS=0
DEMO_USER=rep1
for arg in "$@"; do
  case "$arg" in
    --headless) HEADLESS=1 ;;
    --user=*) DEMO_USER="${arg#--user=}" ;;
    -h|--help) echo "usage: packaging/run.sh [--headless] [--user=LOGIN]   (demo logins: hq, manager, rep1..rep3; password demo)"; exit 0 ;;
    *) echo "run.sh: unknown option '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

"$ROOT/packaging/deps.sh"
"$ROOT/packaging/build.sh"

# shellcheck source=pg.sh
. "$ROOT/packaging/pg.sh"
mkdir -p "$DATA"
pg_start "$DATA/pg"
SERVER_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null
  pg_stop "$DATA/pg"
  echo "run.sh: stopped crm-server and PostgreSQL"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql "$CRM_PG_CONNINFO" -qAtc "SELECT 1 FROM pg_database WHERE datname='crm'" | grep -q 1 \
  || psql "$CRM_PG_CONNINFO" -qAtc "CREATE DATABASE crm" >/dev/null
DB="${CRM_PG_CONNINFO/dbname=postgres/dbname=crm}"
ADMIN="$BUILD/server/crm-admin"
"$ADMIN" --db "$DB" migrate
if [ ! -f "$DATA/seeded" ]; then
  echo demo | "$ADMIN" --db "$DB" seed-demo --password-stdin
  touch "$DATA/seeded"
fi

PORT="$(pg_free_port "${CRM_PORT:-8080}")"
# The JSON request log goes to a file so it does not flood this terminal.
"$BUILD/server/crm-server" --db "$DB" --listen "127.0.0.1:$PORT" --log-file "$DATA/requests.log" &
SERVER_PID=$!
sleep 0.5
URL="http://127.0.0.1:$PORT"
cat <<MSG

Field CRM is running.
  server:     $URL   (health: curl $URL/v1/health; metrics: curl $URL/metrics)
  requests:   $DATA/requests.log (one JSON line each)
  database:   $DB
  demo users: hq, manager, rep1..rep3 — password: demo
  a headless client:
    $BUILD/sync/cli/crm-sync --replica /tmp/rep1.sqlite login --server $URL --user rep1 --password-stdin <<< demo
    $BUILD/sync/cli/crm-sync --replica /tmp/rep1.sqlite sync
  the app:    $BUILD/mobile/crm-mobile --server $URL
Press Ctrl-C to stop.
MSG

if [ "$HEADLESS" = 1 ]; then
  wait "$SERVER_PID"
else
  echo demo | "$BUILD/mobile/crm-mobile" --server "$URL" --replica "$DATA/$DEMO_USER.sqlite" \
    --user "$DEMO_USER" --password-stdin || true
fi

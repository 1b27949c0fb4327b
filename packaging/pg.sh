#!/usr/bin/env bash
# A private PostgreSQL 15 cluster in a folder of our own: no system service, a spare port.
# Source this file, then: pg_start DIR  (sets CRM_PG_CONNINFO), pg_stop DIR.
PG_BIN=/usr/lib/postgresql/15/bin

# initdb and postgres refuse to run as root: run them as the postgres user then.
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A TCP port on 127.0.0.1 that nothing listens on, from $1 upward.
pg_free_port() {
  local port=${1:-54320}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# pg_start DIR: creates the cluster in DIR/data if missing, starts it (reusing DIR/port when
# set), and exports CRM_PG_CONNINFO for the postgres superuser over DIR's socket.
pg_start() {
  local dir="$1"
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$dir"
    # every parent must be traversable by postgres
    local p="$dir"; while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null || true; p="$(dirname "$p")"; done
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    _pg_as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
  fi
  local port
  if [ -f "$dir/port" ] && ! (exec 3<>"/dev/tcp/127.0.0.1/$(cat "$dir/port")") 2>/dev/null; then
    port="$(cat "$dir/port")"
  else
    port="$(pg_free_port "${CRM_PG_PORT:-54320}")"
  fi
  if ! _pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    # Another cluster may take the free port between the check and the start: try the next ones.
    local tries=0
    until _pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${CRM_PG_FSYNC:-on} -c max_connections=200" start >/dev/null; do
      tries=$((tries + 1))
      if [ "$tries" -ge 5 ] || ! grep -q "Address already in use" "$dir/postgres.log"; then
        tail -20 "$dir/postgres.log" >&2; return 1
      fi
      port="$(pg_free_port $((port + 1 + RANDOM % 20)))"
    done
    echo "$port" | _pg_as_owner tee "$dir/port" >/dev/null
  fi
  port="$(cat "$dir/port")"
  export CRM_PG_CONNINFO="host=$dir port=$port user=postgres dbname=postgres"
}

pg_stop() {
  local dir="$1"
  [ -f "$dir/data/PG_VERSION" ] || return 0
  _pg_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
}

# pg_throwaway NAME: a fresh cluster in a temp dir (fsync off), removed when the calling script
# exits; exports CRM_TEST_PG for the tests.
pg_throwaway() {
  CRM_THROWAWAY_PGDIR="$(mktemp -d "/tmp/crm-$1-pg.XXXXXX")"
  trap 'pg_stop "$CRM_THROWAWAY_PGDIR"; rm -rf "$CRM_THROWAWAY_PGDIR"' EXIT
  CRM_PG_FSYNC=off pg_start "$CRM_THROWAWAY_PGDIR"
  export CRM_TEST_PG="$CRM_PG_CONNINFO"
}

#!/usr/bin/env bash
# Install test of the Debian packages in a clean Debian 12 chroot (debootstrap minbase):
#   crm-server .deb + PostgreSQL installed with apt; the unit's ExecStartPre/ExecStart (read from
#   the installed unit) run as user crm against a cluster in the chroot; health, ready, a sign-in;
#   an upgrade to a higher version (migrations idempotent, edited conffile kept, still serving);
#   purge (user and config gone, database intact); crm-mobile .deb installed and started headless.
# Usage: server_deb_test.sh BUILD_DIR      (root; exit 77 = skipped when not root)
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then echo "SKIP: needs root (debootstrap, chroot, mount)"; exit 77; fi
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$(cd "${1:?usage: server_deb_test.sh BUILD_DIR}" && pwd)"
CACHE="${CRM_TEST_CACHE:-/var/cache/crm-test}"
export PATH="$PATH:/usr/sbin:/sbin"

command -v debootstrap >/dev/null || { echo "FAIL: debootstrap missing (packaging/deps.sh installs it)"; exit 1; }

step() { echo "== $(date -u +%T) $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# A run killed without its trap (e.g. by the CTest timeout) leaves mounts: clear those of runs
# whose process is gone.
for stale in /var/tmp/crm-package-test.*; do
  if [ ! -f "$stale/pid" ] || kill -0 "$(cat "$stale/pid")" 2>/dev/null; then continue; fi
  awk -v dir="$stale/" 'index($2, dir) == 1 {print $2}' /proc/mounts | sort -r | xargs -r -n1 umount -l
  rm -rf "$stale"
done
WORK="$(mktemp -d /var/tmp/crm-package-test.XXXXXX)"
echo $$ >"$WORK/pid"
CHROOT="$WORK/root"
SERVER_PID=""
MOUNTS=()
cleanup() {
  set +e
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  if [ -d "$CHROOT/var/lib/postgresql/test" ]; then
    chroot "$CHROOT" runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/test -m immediate -w stop >/dev/null 2>&1
  fi
  local i
  for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}"; done
  # Only delete the tree when nothing is mounted in it any more.
  if ! grep -q " $CHROOT" /proc/mounts; then rm -rf "$WORK"; else echo "cleanup: $CHROOT still has mounts; left in place" >&2; fi
}
trap cleanup EXIT
in_chroot() { chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }
free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    ss -Htan "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
  fail "no free port"
}

step "building the packages"
DEBS="$WORK/debs"
CRM_BUILD_DIR="$BUILD" "$ROOT/packaging/make-debs.sh" "$DEBS" >/dev/null
SERVER_DEB="$(ls "$DEBS"/crm-server_*_amd64.deb)"
MOBILE_DEB="$(ls "$DEBS"/crm-mobile_*_amd64.deb)"
VERSION="$(dpkg-deb -f "$SERVER_DEB" Version)"
# The upgrade: the same package repacked with a higher version.
UPGRADE_VERSION="$VERSION+1"
mkdir "$WORK/repack"
dpkg-deb -R "$SERVER_DEB" "$WORK/repack/tree"
sed -i "s/^Version: .*/Version: $UPGRADE_VERSION/" "$WORK/repack/tree/DEBIAN/control"
dpkg-deb -b --root-owner-group "$WORK/repack/tree" "$DEBS/crm-server_${UPGRADE_VERSION}_amd64.deb" >/dev/null
dpkg --compare-versions "$UPGRADE_VERSION" gt "$VERSION" || fail "upgrade version not higher"

step "unpacking the bootstrap"
tarball="$("$HERE/bootstrap_cache.sh")"
mkdir "$CHROOT"
tar -C "$CHROOT" -xf "$tarball"
mount -t proc proc "$CHROOT/proc"; MOUNTS+=("$CHROOT/proc")
mkdir -p "$CHROOT/dev/shm"; mount -t tmpfs -o mode=1777 shm "$CHROOT/dev/shm"; MOUNTS+=("$CHROOT/dev/shm")
mkdir -p "$CHROOT/dev/pts"; mount -t devpts -o newinstance,ptmxmode=0666 devpts "$CHROOT/dev/pts"; MOUNTS+=("$CHROOT/dev/pts")
# Downloaded .debs are kept between runs (apt only fetches what changed).
mkdir -p "$CACHE/apt-archives/partial"
mount --bind "$CACHE/apt-archives" "$CHROOT/var/cache/apt/archives"; MOUNTS+=("$CHROOT/var/cache/apt/archives")
cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
# No service starts by itself in the chroot (as in an image build).
printf '#!/bin/sh\nexit 101\n' >"$CHROOT/usr/sbin/policy-rc.d"; chmod 755 "$CHROOT/usr/sbin/policy-rc.d"
# The test makes its own cluster on its own port.
mkdir -p "$CHROOT/etc/postgresql-common"
echo "create_main_cluster = false" >"$CHROOT/etc/postgresql-common/createcluster.conf"
mkdir -p "$CHROOT/tmp/debs"; cp "$DEBS"/*.deb "$ROOT/packaging/install-server-deb.sh" "$CHROOT/tmp/debs/"

step "apt-get install postgresql"
in_chroot apt-get update -qq
in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null

step "starting PostgreSQL in the chroot"
PG_PORT="$(free_port)"
in_chroot install -d -o postgres -g postgres /var/lib/postgresql/test /var/run/postgresql
in_chroot runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D /var/lib/postgresql/test -U postgres \
  --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
in_chroot runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/postgresql/test -l /var/lib/postgresql/test.log -w \
  -o "-p $PG_PORT -k /var/run/postgresql -c listen_addresses='' -c fsync=off" start >/dev/null
psql_as_postgres() { in_chroot runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -p "$PG_PORT" "$@"; }
psql_as_postgres -c "CREATE ROLE crm LOGIN" -c "CREATE DATABASE crm OWNER crm"

step "installing crm-server $VERSION (packaging/install-server-deb.sh, as the container does)"
# The script empties apt's caches at the end; here they are the shared cache (kept).
in_chroot sh -c "cd /tmp/debs && CRM_APT_KEEP_CACHE=1 ./install-server-deb.sh $(basename "$SERVER_DEB") curl" >"$WORK/install.log" 2>&1 \
  || { cat "$WORK/install.log"; fail "install"; }
grep -q "not reachable yet" "$WORK/install.log" || { cat "$WORK/install.log"; fail "postinst did not say the default database is unreachable"; }
in_chroot getent passwd crm | grep -q ':/var/lib/crm:/usr/sbin/nologin$' || fail "no system user crm with nologin"
[ "$(in_chroot stat -c '%U:%G %a' /etc/crm/server.conf)" = "root:crm 640" ] || fail "server.conf not root:crm 0640"
[ "$(in_chroot stat -c '%U:%G' /var/lib/crm)" = "crm:crm" ] || fail "/var/lib/crm not owned by crm"
# shellcheck disable=SC2016  # ${Conffiles} is dpkg-query's, not the shell's
grep -qx " /etc/crm/server.conf [0-9a-f]*" <(in_chroot dpkg-query -W -f='${Conffiles}\n' crm-server) || fail "server.conf is not a conffile"
for f in /usr/bin/crm-server /usr/bin/crm-admin /lib/systemd/system/crm-server.service \
         /usr/share/doc/crm-server/README.md /usr/share/doc/crm-server/openapi.json; do
  [ -e "$CHROOT$f" ] || fail "$f not installed"
done
cmp -s "$CHROOT/etc/crm/server.conf" "$ROOT/packaging/crm-server.conf.example" || fail "server.conf differs from the example"

# The operator points the config at the database (the conffile is edited, as on a real host).
HTTP_PORT="$(free_port)"
sed -i -E '/^[[:space:]]*(db|listen)[[:space:]]*=/d' "$CHROOT/etc/crm/server.conf"
printf 'db = "host=/var/run/postgresql port=%s dbname=crm user=crm"\nlisten = 127.0.0.1:%s\n' "$PG_PORT" "$HTTP_PORT" \
  >>"$CHROOT/etc/crm/server.conf"
BASE="http://127.0.0.1:$HTTP_PORT"

# What systemd would run: ExecStartPre and ExecStart of the installed unit, as its User=.
UNIT="$CHROOT/lib/systemd/system/crm-server.service"
EXEC_PRE="$(sed -n 's/^ExecStartPre=//p' "$UNIT")"
EXEC_START="$(sed -n 's/^ExecStart=//p' "$UNIT")"
[ "$(sed -n 's/^User=//p' "$UNIT")" = crm ] || fail "unit does not run as crm"
if command -v systemd-analyze >/dev/null; then
  # The installed unit, its binaries looked up in the chroot: no errors, exposure at most 2.0.
  mkdir "$WORK/unit"
  sed "s|/usr/bin/crm-|$CHROOT/usr/bin/crm-|g" "$UNIT" >"$WORK/unit/crm-server.service"
  systemd-analyze verify "$WORK/unit/crm-server.service" || fail "systemd-analyze verify"
  exposure="$(systemd-analyze security --offline=yes "$WORK/unit/crm-server.service" | sed -n 's/.*exposure level for crm-server.service: \([0-9.]*\).*/\1/p')"
  awk -v e="$exposure" 'BEGIN { exit !(e != "" && e <= 2.0) }' || fail "systemd-analyze security: exposure '$exposure' above 2.0"
  echo "unit: systemd-analyze verify clean, security exposure $exposure"
fi
CRM_UID="$(in_chroot id -u crm)"
CRM_GID="$(in_chroot id -g crm)"
# Numeric ids from the chroot's own passwd (the host has no user crm).
as_service() { chroot --userspec="$CRM_UID:$CRM_GID" --groups="$CRM_GID" "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }
start_service() {
  # shellcheck disable=SC2086  # the unit's command lines are split like systemd splits them
  as_service $EXEC_PRE >"$WORK/migrate.$1.log" 2>&1 || { cat "$WORK/migrate.$1.log"; fail "ExecStartPre"; }
  # Directly, not through as_service: $! must be the server itself (a backgrounded function
  # is a subshell, which would die of the SIGTERM instead of the server draining).
  # shellcheck disable=SC2086
  chroot --userspec="$CRM_UID:$CRM_GID" --groups="$CRM_GID" "$CHROOT" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
    $EXEC_START 2>"$WORK/server.$1.log" &
  SERVER_PID=$!
  for _ in $(seq 100); do
    curl -fsS "$BASE/v1/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$WORK/server.$1.log"; fail "crm-server exited"; }
    sleep 0.1
  done
  cat "$WORK/server.$1.log"; fail "crm-server did not answer /v1/health"
}
stop_service() {
  kill -TERM "$SERVER_PID"
  local status=0
  wait "$SERVER_PID" || status=$?
  SERVER_PID=""
  [ "$status" -eq 0 ] || fail "crm-server exited with $status on SIGTERM"
}
check_serving() {
  # The container's HEALTHCHECK command, from inside (curl installed as the container does).
  in_chroot curl -fsS "$BASE/v1/health" | grep -q '"status":"ok"' || fail "/v1/health"
  curl -fsS -o /dev/null "$BASE/v1/ready" || fail "/v1/ready"
  local answer
  answer="$(curl -sS -H 'X-CRM-Protocol: 1' -H 'Content-Type: application/json' \
    -d '{"login":"ana","password":"package-test-pw","device_id":"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"}' "$BASE/v1/auth/login")"
  grep -q '"token"' <<<"$answer" || fail "sign-in as ana: $answer"
}

step "starting the service as the unit would (migrations by ExecStartPre)"
start_service first
grep -q '^applied 0001_' "$WORK/migrate.first.log" || { cat "$WORK/migrate.first.log"; fail "ExecStartPre did not create the schema"; }
MIGRATIONS="$(grep -c '^applied ' "$WORK/migrate.first.log")"
as_service /usr/bin/crm-admin --config /etc/crm/server.conf unit add Office >/dev/null
echo package-test-pw | as_service /usr/bin/crm-admin --config /etc/crm/server.conf user add ana --role rep --unit Office --password-stdin >/dev/null
check_serving

step "upgrading to $UPGRADE_VERSION"
stop_service
in_chroot sh -c "cd /tmp/debs && CRM_APT_KEEP_CACHE=1 ./install-server-deb.sh crm-server_${UPGRADE_VERSION}_amd64.deb" >"$WORK/upgrade.log" 2>&1 \
  || { cat "$WORK/upgrade.log"; fail "upgrade"; }
# shellcheck disable=SC2016
[ "$(in_chroot dpkg-query -W -f='${Version}' crm-server)" = "$UPGRADE_VERSION" ] || fail "upgrade not installed"
grep -q "schema is up to date" "$WORK/upgrade.log" || { cat "$WORK/upgrade.log"; fail "postinst did not migrate on upgrade"; }
grep -q "port=$PG_PORT" "$CHROOT/etc/crm/server.conf" || fail "the upgrade lost the edited conffile"
[ "$(psql_as_postgres -d crm -tA -c 'SELECT count(*) FROM schema_migrations')" = "$MIGRATIONS" ] || fail "migrations applied twice"
start_service second
grep -qx "schema is up to date" "$WORK/migrate.second.log" || fail "ExecStartPre after the upgrade"
check_serving
stop_service

step "installing crm-mobile and starting it headless"
in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "/tmp/debs/$(basename "$MOBILE_DEB")" >"$WORK/mobile.log" 2>&1 \
  || { cat "$WORK/mobile.log"; fail "crm-mobile install"; }
in_chroot crm-mobile --help | grep -q -- '--server' || fail "crm-mobile --help"
status=0
in_chroot env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 8 crm-mobile --replica /tmp/replica.sqlite \
  >"$WORK/mobile.run.log" 2>&1 || status=$?
# 124: still running after 8 s, i.e. every QML module loaded and the window is up.
[ "$status" -eq 124 ] || { cat "$WORK/mobile.run.log"; fail "crm-mobile exited with $status"; }
! grep -Eqi 'is not installed|module .* not found|failed to load' "$WORK/mobile.run.log" || { cat "$WORK/mobile.run.log"; fail "crm-mobile QML errors"; }

step "purging crm-server"
in_chroot env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq crm-server >"$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log"; fail "purge"; }
! in_chroot getent passwd crm >/dev/null || fail "user crm still there after purge"
for gone in /etc/crm /var/lib/crm /var/log/crm; do [ ! -e "$CHROOT$gone" ] || fail "$gone left after purge"; done
[ "$(psql_as_postgres -d crm -tA -c "SELECT count(*) FROM app_user WHERE login = 'ana'")" = 1 ] || fail "purge touched the database"

# The shared .deb cache keeps only what the mirror still has (old versions go).
in_chroot apt-get autoclean -qq >/dev/null

echo "OK: crm-server $VERSION -> $UPGRADE_VERSION installed, served, upgraded and purged; crm-mobile started"

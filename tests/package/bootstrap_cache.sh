#!/usr/bin/env bash
# Prints the path of a cached `debootstrap --variant=minbase bookworm` tarball, making it first
# if today's is missing. Keyed by mirror and date: a rerun the same day unpacks it in seconds,
# the next day gets fresh security updates. Older tarballs for the same mirror are removed.
# Usage: bootstrap_cache.sh   (root; CRM_TEST_CACHE overrides /var/cache/crm-test)
set -euo pipefail
CACHE="${CRM_TEST_CACHE:-/var/cache/crm-test}"

# The first Debian mirror this machine's apt uses (deb822 sources or a one-line list).
mirror() {
  local uri
  uri="$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v -- '-security' | head -n1 || true)"
  [ -n "$uri" ] || uri="$(grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{print $2}' | head -n1 || true)"
  echo "${uri:-http://deb.debian.org/debian}"
}

MIRROR="$(mirror)"
slug="$(echo "$MIRROR" | sed 's|^[a-z]*://||; s|[^A-Za-z0-9]|_|g')"
tarball="$CACHE/bookworm-minbase-$slug-$(date -u +%Y%m%d).tar"
if [ -s "$tarball" ]; then echo "$tarball"; exit 0; fi

mkdir -p "$CACHE"
work="$(mktemp -d "$CACHE/bootstrap.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "bootstrap: debootstrap --variant=minbase bookworm from $MIRROR (cached as $tarball)" >&2
debootstrap --variant=minbase bookworm "$work/root" "$MIRROR" >"$work/log" 2>&1 || {
  tail -n 30 "$work/log" >&2; exit 1; }
# Downloaded .debs are not part of the image.
rm -f "$work/root/var/cache/apt/archives/"*.deb
tar -C "$work/root" -cf "$tarball.tmp" .
mv "$tarball.tmp" "$tarball"
find "$CACHE" -maxdepth 1 -name "bookworm-minbase-$slug-*.tar" ! -path "$tarball" -delete
echo "$tarball"

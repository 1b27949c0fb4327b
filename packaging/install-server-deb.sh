#!/bin/sh
# Installs the crm-server .deb (and optional extra packages) with apt on Debian 12, then drops
# apt's caches. The container's runtime stage runs exactly this, and so does the install test
# (tests/package/server_deb_test.sh) in its debootstrap chroot, so the recipe is tested even
# where no container engine runs.
# Usage: install-server-deb.sh /path/to/crm-server_VERSION_amd64.deb [EXTRA_PACKAGE...]
set -eu
deb="$1"
shift
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# apt resolves Depends of a local .deb (it needs a path with a slash).
case "$deb" in /*|./*) ;; *) deb="./$deb" ;; esac
apt-get install -y -qq --no-install-recommends "$deb" "$@"
# An image keeps no caches; CRM_APT_KEEP_CACHE=1 (the install test) keeps its shared .deb cache.
if [ -z "${CRM_APT_KEEP_CACHE:-}" ]; then
  apt-get clean
  rm -rf /var/lib/apt/lists/*
fi

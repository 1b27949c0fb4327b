#!/usr/bin/env bash
# Builds the Debian packages crm-server_VERSION_amd64.deb and crm-mobile_VERSION_amd64.deb from
# this checkout into OUTDIR (default: BUILD/packages) and prints their paths.
# Usage: packaging/make-debs.sh [OUTDIR]
#   CRM_BUILD_DIR        build directory (default: ./build; configured here if it is not yet)
#   CRM_PACKAGE_VERSION  package version (default: the project() version in CMakeLists.txt)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_BUILD_DIR:-$ROOT/build}"
OUT="${1:-$BUILD/packages}"

version="${CRM_PACKAGE_VERSION:-$(sed -n 's/^project(field_crm VERSION \([0-9.]*\).*/\1/p' "$ROOT/CMakeLists.txt")}"
if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRM_FUZZ=OFF \
    -DCRM_PACKAGE_VERSION="$version" >/dev/null
elif ! grep -qx "CRM_PACKAGE_VERSION:STRING=$version" "$BUILD/CMakeCache.txt"; then
  cmake -B "$BUILD" -DCRM_PACKAGE_VERSION="$version" >/dev/null
fi
cmake --build "$BUILD" --target crm-server crm-admin crm-mobile -- -j"$(nproc)" >/dev/null

mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
log="$BUILD/cpack.log"
(cd "$BUILD" && cpack -G DEB -B "$OUT" >"$log" 2>&1) || { tail -n 40 "$log" >&2; exit 1; }
rm -rf "$OUT/_CPack_Packages"
ls "$OUT"/crm-*_"${version}"_amd64.deb

#!/usr/bin/env bash
# Configures and builds everything into build/ (or $CRM_BUILD_DIR).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${CRM_BUILD_DIR:-$ROOT/build}"
if [ ! -f "$BUILD/build.ninja" ]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="${CRM_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$BUILD" -- -j"$(nproc)"

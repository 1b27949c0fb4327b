#!/usr/bin/env bash
# Installs the Debian 12 packages Field CRM needs to build, test and run, if any are missing.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkgconf ccache
  qt6-declarative-dev qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-layouts
  qml6-module-qtqml-workerscript qml6-module-qttest qt6-base-dev
  qt6-positioning-dev qml6-module-qtpositioning libqt6positioning6-plugins qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libsqlite3-dev sqlite3 libboost1.81-dev libpq-dev nlohmann-json3-dev catch2 libsodium-dev libcli11-dev libssl-dev
  postgresql-15 postgresql-client-15
  xvfb xauth libgl1-mesa-dri fonts-dejavu-core fonts-noto-cjk
  curl jq procps iproute2
  clang libclang-rt-14-dev
  debootstrap lintian dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "deps: installing ${missing[*]}" >&2
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps: missing packages and neither root nor sudo: ${missing[*]}" >&2; exit 1; }
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

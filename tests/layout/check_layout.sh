#!/usr/bin/env bash
# The folder rules of server/ and mobile/ (each folder's README says what it may use), checked
# over the #include lines: a folder includes only its own headers and those of the folders it
# may use. Also: every source folder has a README, and no build or test output is tracked.
set -uo pipefail
ROOT="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$ROOT" || exit 2
failures=0
fail() { echo "layout: $*" >&2; failures=$((failures + 1)); }

# folder -> folders it may include besides itself (server: src/<f> and include/crm/server/<f>)
declare -A SERVER=(
  [db]=""
  [auth]="db api"
  [org]="db auth api"
  [live]="db org api"
  [sync]="db auth org api"
  [conflicts]="db auth org sync api"
  [leads]="db org sync api"
  [reports]="db org sync api"
  [ops]="db api"
  [api]="db auth org live sync conflicts leads reports ops"
  [http]="db api live ops"
  [admin]="db auth org sync leads reports ops"
)
declare -A MOBILE=(
  [common]=""
  [session]="common"
  [account]="session common"
  [records]="session common"
  [syncstatus]="records common"
  [customers]="records session common"
  [leads]="records session common"
  [deals]="records session common"
  [visits]="records session common"
  [tasks]="records session common"
  [today]="tasks records session common"
  [team]="records session common"
  [hq]="session common"
)

# check_tree DIR... : for every file, the folder of each quoted include must be allowed.
check_includes() {
  local kind=$1 folder=$2 allowed=$3; shift 3
  local file inc target
  for file in "$@"; do
    while IFS= read -r inc; do
      target=""
      if [ "$kind" = server ]; then
        case "$inc" in
          crm/server/*/*) target=${inc#crm/server/}; target=${target%%/*} ;;
          */*) case "$inc" in crm/*) ;; *) target=${inc%%/*} ;; esac ;;
        esac
      else
        case "$inc" in crm/*) ;; */*) target=${inc%%/*} ;; esac
      fi
      [ -z "$target" ] || [ "$target" = "$folder" ] && continue
      case " $allowed " in *" $target "*) ;; *) fail "$file includes $inc: $folder/ may not use $target/" ;; esac
    done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
  done
}

for folder in "${!SERVER[@]}"; do
  files=()
  for dir in "server/src/$folder" "server/include/crm/server/$folder"; do
    [ -d "$dir" ] && while IFS= read -r f; do files+=("$f"); done < <(find "$dir" -name '*.h' -o -name '*.cpp')
  done
  [ -f "server/src/$folder/README.md" ] || fail "server/src/$folder has no README.md"
  check_includes server "$folder" "${SERVER[$folder]}" "${files[@]}"
done
for dir in server/src/*/ server/include/crm/server/*/; do
  name=$(basename "$dir"); [ -n "${SERVER[$name]+x}" ] || fail "$dir is not in the server's folder rules"
done
[ -z "$(find server/src -maxdepth 1 -type f)" ] || fail "server/src holds files outside a folder"

for folder in "${!MOBILE[@]}"; do
  [ -f "mobile/src/$folder/README.md" ] || fail "mobile/src/$folder has no README.md"
  mapfile -t files < <(find "mobile/src/$folder" -name '*.h' -o -name '*.cpp')
  check_includes mobile "$folder" "${MOBILE[$folder]}" "${files[@]}"
done
# The session's parts get what they need handed to them; none reaches back into the controller.
for file in mobile/src/session/*.h mobile/src/session/*.cpp; do
  case "$file" in */appcontroller.*) continue ;; esac
  grep -q '^#include "session/appcontroller.h"' "$file" && fail "$file includes the AppController it is part of"
done
for dir in mobile/src/*/; do
  name=$(basename "$dir"); [ -n "${MOBILE[$name]+x}" ] || fail "$dir is not in the app's folder rules"
done
for dir in mobile/qml/*/; do [ -f "$dir/README.md" ] || fail "$dir has no README.md"; done
[ -z "$(find mobile/src mobile/qml -maxdepth 1 -type f ! -name README.md)" ] || fail "mobile/src or mobile/qml holds files outside a folder"

if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
  tracked=$(git -C "$ROOT" ls-files | grep -E '(^|/)(Testing|build[^/]*|CMakeFiles)/|CMakeCache.txt$|\.o$' | head -5)
  [ -z "$tracked" ] || fail "build or test output is tracked: $tracked"
fi

if [ "$failures" -gt 0 ]; then echo "layout: $failures problem(s)" >&2; exit 1; fi
echo "layout: server and app folders follow their rules"

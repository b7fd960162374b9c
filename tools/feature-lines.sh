#!/usr/bin/env bash
# Lines of production Java per feature and module at a commit (default HEAD), so that the size of
# each feature can be recounted: ./tools/feature-lines.sh 6892d8e ; ./tools/feature-lines.sh HEAD
# A feature is the package name after org/waypoint/{persistence,service,web}/ (web/admin and
# web/api are listed as they are; the tools module is counted apart: it does not ship).
set -euo pipefail
commit="${1:-HEAD}"
printf "%-14s %12s %8s %8s %8s %8s\n" feature persistence ejb web tools total
cd "$(dirname "$0")/.."
git ls-tree -r --name-only "$commit" -- persistence/src/main/java ejb/src/main/java web/src/main/java tools/src/main/java \
  | grep '\.java$' \
  | while read -r file; do
      module="${file%%/*}"
      feature="$(echo "$file" | sed -E 's#.*/org/waypoint/(persistence|service|web|tools)/([^/]+)/.*#\2#; t; s#.*#(root)#')"
      echo "$module $feature $(git show "$commit:$file" | wc -l)"
    done \
  | awk '{ key = $2; lines[key, $1] += $3; total[key] += $3; mods[$1] = 1; keys[key] = 1 }
         END {
           for (k in keys) printf "%-14s %12d %8d %8d %8d %8d\n", k, lines[k, "persistence"], lines[k, "ejb"], lines[k, "web"], lines[k, "tools"], total[k]
         }' | sort

#!/usr/bin/env bash
# Imports a published labour-market file into a running Waypoint, all or nothing, for automation
# (a yearly refresh from cron, say). Runs the same import as Administration > LMI imports, through
# POST /api/v1/lmi/imports, as a state administrator.
#
# Usage: tools/lmi-import.sh KIND FILE [VINTAGE]
#   KIND     OCCUPATIONAL_OUTLOOK | OEWS_WAGES | ONET_OCCUPATIONS | ONET_RELATED_OCCUPATIONS |
#            ONET_EDUCATION | ONET_JOB_ZONES | ONET_INTERESTS | ONET_ALTERNATE_TITLES |
#            ONET_REPORTED_TITLES | ONET_TOOLS | ONET_TECHNOLOGY_SKILLS | ONET_TASKS | ZIP_COUNTY
#   VINTAGE  the release, for files that do not state it (O*NET: "O*NET 29.2", the default)
# Environment: WAYPOINT_URL (default http://localhost:8080/waypoint), WAYPOINT_USER, WAYPOINT_PASSWORD.
# Exit status 0 when imported; otherwise the server's explanation (the rows at fault) is printed.
set -euo pipefail
if [ $# -lt 2 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
KIND=$1 FILE=$2 VINTAGE=${3:-}
URL=${WAYPOINT_URL:-http://localhost:8080/waypoint}
: "${WAYPOINT_USER:?set WAYPOINT_USER to a state administrator}"
: "${WAYPOINT_PASSWORD:?set WAYPOINT_PASSWORD}"
[ -r "$FILE" ] || { echo "Cannot read $FILE" >&2; exit 2; }
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
STATUS=$(curl -sS -o "$OUT" -w '%{http_code}' -u "$WAYPOINT_USER:$WAYPOINT_PASSWORD" \
  -H 'Content-Type: application/octet-stream' --data-binary "@$FILE" \
  --url-query "kind=$KIND" --url-query "fileName=$(basename "$FILE")" \
  ${VINTAGE:+--url-query "vintage=$VINTAGE"} \
  "$URL/api/v1/lmi/imports")
cat "$OUT"; echo
[ "$STATUS" = 201 ] || { echo "Not imported (HTTP $STATUS)" >&2; exit 1; }

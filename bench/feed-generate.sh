#!/usr/bin/env bash
# Feed benchmark data: fills the enterprise "bench" (2,000 people, 40 departments, 20,000 customers,
# POSTS posts over a year with likes, comments, topics, mentions) straight into a PostgreSQL
# database the app has already migrated (start the app on it once, or use bench/feed-load.sh,
# which does). Server-side INSERT … SELECT generate_series: no rows travel over the wire.
#   FEED_DB   psql connection string (default postgresql://feedbench:feedbench@127.0.0.1:5432/feedbench)
#   POSTS     number of posts (default 1000000)
#   RESET=1   removes an enterprise "bench" made earlier first (bench/feed-reset.sql); with a million
#             posts that takes long (foreign-key checks), dropping and re-creating the database is quicker
set -euo pipefail

FEED_DB="${FEED_DB:-postgresql://feedbench:feedbench@127.0.0.1:5432/feedbench}"
POSTS="${POSTS:-1000000}"

if [[ -n "${RESET:-}" ]]; then
  psql "$FEED_DB" -q -f "$(dirname "$0")/feed-reset.sql"
fi
if [[ "$(psql "$FEED_DB" -Atc "SELECT count(*) FROM tenancy_tenant WHERE code = 'bench'")" != 0 ]]; then
  echo "enterprise 'bench' exists already in $FEED_DB; RESET=1 removes it first" >&2
  exit 1
fi
started="$(date +%s)"
psql "$FEED_DB" -q -v posts="$POSTS" -f "$(dirname "$0")/feed-generate.sql"
echo "generated in $(($(date +%s) - started)) s (load average at the end: $(cut -d" " -f1-3 /proc/loadavg))"

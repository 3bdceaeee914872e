#!/usr/bin/env bash
# Benchmark data: fills the `demo` enterprise of the benchmark database (db.sh: H2 file or
# PostgreSQL) with generated customers and follow-ups, e.g.
#   BENCH_DB=postgres bench/generate.sh --customers 1000000 --follow-ups 3000000
# First starts the packaged app once on that database, so that it is migrated and seeded, and
# stops it: the generator writes straight through JDBC (org.hutong.bench.BenchData under src/test)
# while no app runs. Options go to the generator (--owners, --seed, --tenant, --template); running it
# again adds more customers (pass another --seed for other names).
set -euo pipefail
source "$(dirname "$0")/app.sh"
source "$(dirname "$0")/db.sh"

ensure_jar
launch_app
stop_app

classpath_file="$BENCH_ROOT/$BUILD_DIR/bench.classpath"
(cd "$BENCH_ROOT" && ./mvnw -B -ntp -q test-compile "-Dhutong.build.dir=$BUILD_DIR" \
  && ./mvnw -B -ntp -q dependency:build-classpath "-Dhutong.build.dir=$BUILD_DIR" \
    -Dmdep.includeScope=test "-Dmdep.outputFile=$classpath_file")

url="$JDBC_URL"
if [[ "$BENCH_DB" == postgres ]]; then
  # one multi-row INSERT per batch instead of one statement per row
  [[ "$url" == *\?* ]] && url="$url&reWriteBatchedInserts=true" || url="$url?reWriteBatchedInserts=true"
fi
echo "generating into $BENCH_DB; load before: $(cut -d" " -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} -cp "$BENCH_ROOT/$BUILD_DIR/test-classes:$BENCH_ROOT/$BUILD_DIR/classes:$(cat "$classpath_file")" \
  org.hutong.bench.BenchData --url "$url" --user "$JDBC_USER" --password "$JDBC_PASSWORD" --ids "$IDS_FILE" "$@"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg); sample of customer ids: $IDS_FILE"

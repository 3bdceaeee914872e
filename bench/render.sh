#!/usr/bin/env bash
# Rendering cost of the customer list (20 rows) and the feed (20 posts) as the application serves them,
# as CPU ms per render of the rendering thread (org.hutong.bench.RenderBench, ADR 0030), e.g.
#   bench/render.sh --rounds 7 --renders 500
# Runs on the in-memory demo data; no database or running app is needed. Each page's HTML is written
# to $BUILD_DIR/render-*.html. Run it on two commits to compare them. BUILD_DIR as in app.sh.
set -euo pipefail
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
classpath_file="$BENCH_ROOT/$BUILD_DIR/bench.classpath"
(cd "$BENCH_ROOT" && ./mvnw -B -ntp -q test-compile "-Dhutong.build.dir=$BUILD_DIR" \
  && ./mvnw -B -ntp -q dependency:build-classpath "-Dhutong.build.dir=$BUILD_DIR" \
    -Dmdep.includeScope=test "-Dmdep.outputFile=$classpath_file")
echo "load before: $(cut -d" " -f1-3 /proc/loadavg)"
cd "$BENCH_ROOT"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
java ${JAVA_OPTS:-} "-Dhutong.build.dir=$BUILD_DIR" \
  -cp "$BENCH_ROOT/$BUILD_DIR/test-classes:$BENCH_ROOT/$BUILD_DIR/classes:$(cat "$classpath_file")" \
  org.hutong.bench.RenderBench --out "$BENCH_ROOT/$BUILD_DIR" "$@"
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"

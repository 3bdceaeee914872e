#!/usr/bin/env bash
# Start-up with class data sharing (AppCDS, Java 17): extracts the packaged jar into the layout the
# JVM can archive (`-Djarmode=tools extract`: the application jar plus lib/), runs it once to the end
# of the context refresh to write the archive (`-XX:ArchiveClassesAtExit`, Spring's
# `spring.context.exit=onRefresh`), then measures start-up of the extracted jar without and with the
# archive, RUNS fresh starts each (bench/startup.sh), in the same run.
#   JAVA_OPTS   further JVM options for all runs (e.g. the production memory options)
set -euo pipefail
source "$(dirname "$0")/app.sh"

ensure_jar
CDS_DIR="$BENCH_ROOT/$BUILD_DIR/cds"
rm -rf "$CDS_DIR"
java -Djarmode=tools -jar "$HUTONG_JAR" extract --destination "$CDS_DIR" >/dev/null
TRAIN_DATA="$(mktemp -d /tmp/hutong-cds.XXXXXX)"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
HUTONG_DATA_DIR="$TRAIN_DATA" HUTONG_DEMO=true java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$CDS_DIR/hutong.jsa" \
  -Dspring.context.exit=onRefresh -jar "$CDS_DIR/hutong.jar" --server.port=0 >"$CDS_DIR/training.log" 2>&1
rm -rf "$TRAIN_DATA"
echo "archive: $(du -m "$CDS_DIR/hutong.jsa" | cut -f1) MB"
trap - EXIT
echo "== extracted jar, no archive"
HUTONG_JAR="$CDS_DIR/hutong.jar" "$BENCH_ROOT/bench/startup.sh"
echo "== extracted jar, with the archive"
HUTONG_JAR="$CDS_DIR/hutong.jar" JAVA_OPTS="${JAVA_OPTS:-} -XX:SharedArchiveFile=$CDS_DIR/hutong.jsa -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "$BENCH_ROOT/bench/startup.sh"

#!/usr/bin/env bash
# Start-up benchmark: time from `java -jar` to /actuator/health UP on an empty H2 database (so the
# time includes migrations and seeding the demo enterprises), then resident memory and heap used.
# RUNS (default 3) fresh starts, one line each. Loopback only.
set -euo pipefail
source "$(dirname "$0")/app.sh"

RUNS="${RUNS:-3}"

rss_mb() {
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status"
}

# "used" of the first heap line of `jcmd GC.heap_info`, in MB; "n/a" without jcmd.
heap_used_mb() {
  if ! command -v jcmd >/dev/null; then
    echo "n/a"
    return
  fi
  jcmd "$APP_PID" GC.heap_info 2>/dev/null \
    | awk 'match($0, /used [0-9]+K/) { print int(substr($0, RSTART + 5, RLENGTH - 6) / 1024); exit }'
}

# CPU seconds (user + system) the JVM has used so far: less sensitive than wall time to other
# work on the machine.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$APP_PID/stat"
}

spring_seconds() {
  sed -n 's/.*Started HutongApplication in \([0-9.]*\) seconds.*/\1/p' "$APP_DIR/app.log" | head -n 1
}

ensure_jar
echo "jar: $HUTONG_JAR"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load before: $(cut -d" " -f1-3 /proc/loadavg)"
printf '%-4s %-11s %-15s %-12s %-7s %-12s\n' run up_seconds spring_seconds cpu_seconds rss_mb heap_used_mb
for run in $(seq 1 "$RUNS"); do
  launch_app
  up_seconds="$(awk -v ms=$((APP_UP_MS - APP_STARTED_MS)) 'BEGIN { printf "%.2f", ms / 1000 }')"
  printf '%-4s %-11s %-15s %-12s %-7s %-12s\n' "$run" "$up_seconds" "$(spring_seconds)" "$(cpu_seconds)" \
    "$(rss_mb)" "$(heap_used_mb)"
  stop_app
done

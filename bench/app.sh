# Sourced by the bench scripts: starts the packaged app on a fresh, temporary H2 data directory
# (or the database db.sh chose),
# on a free loopback port, and stops it again (trap) whatever happens.
#   HUTONG_JAR   jar to run (default: $BUILD_DIR/hutong.jar, built when missing)
#   BUILD_DIR    Maven build directory (default: target); REBUILD=1 packages again
#   JAVA_OPTS    extra JVM options, e.g. -Xmx512m
#   BENCH_DATA_DIR  keep the H2 data here instead (kept on exit); the database may also be
#                PostgreSQL through SPRING_DATASOURCE_URL / _USERNAME / _PASSWORD (see db.sh)

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-target}"
HUTONG_JAR="${HUTONG_JAR:-$BENCH_ROOT/$BUILD_DIR/hutong.jar}"
APP_PID=""
APP_PORT=""
APP_DIR=""

ensure_jar() {
  if [[ -f "$HUTONG_JAR" && -z "${REBUILD:-}" ]]; then
    return
  fi
  echo "packaging $HUTONG_JAR (tests skipped)" >&2
  (cd "$BENCH_ROOT" && ./mvnw -B -ntp -q package -DskipTests "-Dhutong.build.dir=$BUILD_DIR")
}

# A port nobody listens on, below the kernel's ephemeral range so that no outgoing connection
# holds it either; bash's /dev/tcp fails to connect to it.
free_port() {
  local low port
  low="$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range)"
  for _ in $(seq 1 50); do
    port=$((10000 + RANDOM % (low - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  return 1
}

now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

# start_app [port]: starts the app in the background, on that port (a node restarted behind a proxy
# keeps its port) or a free one; sets APP_PID, APP_PORT, APP_DIR and APP_STARTED_MS.
start_app() {
  APP_DIR="$(mktemp -d /tmp/hutong-bench.XXXXXX)"
  APP_PORT="${1:-$(free_port)}"
  APP_STARTED_MS="$(now_ms)"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  HUTONG_DATA_DIR="${BENCH_DATA_DIR:-$APP_DIR/data}" HUTONG_DEMO=true java ${JAVA_OPTS:-} -jar "$HUTONG_JAR" \
    --server.address=127.0.0.1 "--server.port=$APP_PORT" >"$APP_DIR/app.log" 2>&1 &
  APP_PID=$!
}

# Polls /actuator/health until it says UP (or the app dies, or UP_TIMEOUT seconds pass, default
# 120); sets APP_UP_MS.
wait_until_up() {
  local deadline=$(($(now_ms) + ${UP_TIMEOUT:-120} * 1000))
  until curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null || (($(now_ms) > deadline)); then
      echo "the app did not come up; its log:" >&2
      tail -n 40 "$APP_DIR/app.log" >&2
      return 1
    fi
    sleep 0.1
  done
  APP_UP_MS="$(now_ms)"
}

# Starts the app and waits for UP; tries a new port if another process took the chosen one first.
launch_app() {
  for _ in 1 2 3; do
    start_app
    if wait_until_up; then
      return
    fi
    grep -q "already in use" "$APP_DIR/app.log" || return 1
    stop_app
  done
  return 1
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID"
    for _ in $(seq 1 100); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  if [[ -n "$APP_DIR" ]]; then
    rm -rf "$APP_DIR"
  fi
  APP_DIR=""
}

trap stop_app EXIT
trap 'exit 130' INT TERM

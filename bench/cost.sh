# Sourced by the workload scripts after app.sh: what a measured window cost in CPU, from /proc.
# Throughput and latency on a shared 2-core machine swing with whatever else runs; the CPU time the
# app and the database spend per request does much less, and its ratio to /actuator/health measured
# in the same run hardly at all. So every workload is reported as CPU ms per request:
#   app  utime + stime of the app's JVM ($APP_PID)
#   db   PostgreSQL: the backends serving the benchmark database, the server's shared background
#        processes (WAL writer, checkpointer, …), and the postmaster's reaped children (a backend or
#        autovacuum worker that ended inside the window still counts); H2 runs inside the JVM, so
#        its cost is part of app's and db reads 0.
# A window's requests come from wrk's "N requests in" line.

CLK_TCK="$(getconf CLK_TCK)"

# Clock ticks a process has spent, own and (with "children") of its reaped children; 0 when it is gone.
# /proc/<pid>/stat: the command name in parentheses may hold spaces, so fields count after the ")".
process_ticks() {
  local pid="$1" children="${2:-}"
  awk -v children="$children" '{ sub(/^.*\) /, ""); t = $12 + $13; if (children) t += $14 + $15; print t }' \
    "/proc/$pid/stat" 2>/dev/null || echo 0
}

# The PostgreSQL server's postmaster: the oldest process named postgres.
postmaster_pid() {
  pgrep -o -x postgres 2>/dev/null || true
}

# Ticks of the database: backends of $1 (the database's name), the background processes that are
# no backend of another database, and the postmaster with its reaped children.
database_ticks() {
  local database="$1" postmaster total=0 pid command
  postmaster="$(postmaster_pid)"
  [[ -n "$postmaster" ]] || { echo 0; return; }
  total="$(process_ticks "$postmaster" children)"
  for pid in $(pgrep -P "$postmaster"); do
    command="$( (tr '\0' ' ' <"/proc/$pid/cmdline") 2>/dev/null || true)"
    # a backend reads "postgres: 15/main: <role> <database> <client> <state>"; background processes
    # ("postgres: 15/main: walwriter") have fewer words
    if [[ "$command" =~ ^postgres:\ [^\ ]+\ [^\ ]+\ ([^\ ]+)\ [0-9\[] ]] && [[ "${BASH_REMATCH[1]}" != "$database" ]]; then
      continue
    fi
    total=$((total + $(process_ticks "$pid")))
  done
  echo "$total"
}

# The database name of a JDBC URL: jdbc:postgresql://host:port/name?options → name.
jdbc_database() {
  local rest="${1##*/}"
  echo "${rest%%\?*}"
}

# cpu_snapshot: "<app ticks> <db ticks>" now.
cpu_snapshot() {
  local db=0
  if [[ "${BENCH_DB:-h2}" == postgres ]]; then
    db="$(database_ticks "$(jdbc_database "$JDBC_URL")")"
  fi
  echo "$(process_ticks "$APP_PID") $db"
}

# cpu_per_request <before> <after> <requests>: "<app ms> <db ms> <total ms>" per request.
cpu_per_request() {
  local before="$1" after="$2" requests="$3"
  awk -v b="$before" -v a="$after" -v n="$requests" -v hz="$CLK_TCK" 'BEGIN {
    split(b, x, " "); split(a, y, " ")
    if (n <= 0) { print "- - -"; exit }
    app = (y[1] - x[1]) * 1000 / hz / n; db = (y[2] - x[2]) * 1000 / hz / n
    printf "%.2f %.2f %.2f\n", app, db, app + db
  }'
}

# Completed requests of a wrk run, from its output on stdin.
wrk_requests() {
  awk '/requests in/ { print $1; exit }'
}

# The app's resident memory now and at its peak, in MB.
app_memory() {
  awk '/^VmRSS|^VmHWM/ { printf "%s %.0f MB  ", $1, $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null
  echo
}

# Sourced by the bench scripts after app.sh: the database the app and the data generator use.
#   BENCH_DB        h2 (default) or postgres
#   BENCH_DATA_DIR  H2: the kept data directory (default /tmp/hutong-bench-h2)
#   BENCH_PG_URL, BENCH_PG_USER, BENCH_PG_PASSWORD
#                   PostgreSQL: JDBC URL (default jdbc:postgresql://127.0.0.1:5432/hutong_bench), role
#                   and password of an existing, dedicated database
# Sets JDBC_URL, JDBC_USER, JDBC_PASSWORD for the generator and IDS_FILE (sample of customer ids).

BENCH_DB="${BENCH_DB:-h2}"
case "$BENCH_DB" in
  h2)
    export BENCH_DATA_DIR="${BENCH_DATA_DIR:-/tmp/hutong-bench-h2}"
    mkdir -p "$BENCH_DATA_DIR"
    JDBC_URL="jdbc:h2:file:$BENCH_DATA_DIR/hutong;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
    JDBC_USER=sa
    JDBC_PASSWORD=
    IDS_FILE="$BENCH_DATA_DIR/customer-ids.txt"
    ;;
  postgres)
    JDBC_URL="${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/hutong_bench}"
    JDBC_USER="${BENCH_PG_USER:-hutong_bench}"
    JDBC_PASSWORD="${BENCH_PG_PASSWORD:-}"
    export SPRING_DATASOURCE_URL="$JDBC_URL" SPRING_DATASOURCE_USERNAME="$JDBC_USER"
    export SPRING_DATASOURCE_PASSWORD="$JDBC_PASSWORD"
    IDS_FILE="${TMPDIR:-/tmp}/hutong-bench-pg-customer-ids.txt"
    ;;
  *)
    echo "BENCH_DB must be h2 or postgres, not '$BENCH_DB'" >&2
    exit 1
    ;;
esac

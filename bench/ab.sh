#!/usr/bin/env bash
# A/B of two builds of Hutong on the same data: bench/ab.sh <commit A> <commit B> [workloads]
# Builds each commit's jar once (in a throwaway git worktree; kept in $AB_JARS, default
# /tmp/hutong-ab-jars, named by commit, so a second comparison reuses it), then runs
# bench/customers.sh of the current checkout with A's jar, B's, A's, B's … (ROUNDS each, default 2)
# on the same database (BENCH_DB and friends, as customers.sh), and prints per workload the median
# CPU ms per request and multiple of health of A and of B, and B's multiple over A's. Alternating
# spreads the machine's drift over both builds; the multiple of health, measured in the same run,
# is the figure to read. W4 creates customers: later rounds run on a few thousand more rows.
# Everything customers.sh reads (DURATION, WARMUP, CONNECTIONS, JAVA_OPTS …) applies to both.
set -euo pipefail

BENCH_ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ROUNDS="${ROUNDS:-2}"
AB_JARS="${AB_JARS:-/tmp/hutong-ab-jars}"

(($# >= 2)) || { echo "usage: bench/ab.sh <commit A> <commit B> [workloads]" >&2; exit 2; }
commit_a="$(git -C "$BENCH_ROOT" rev-parse --short "$1")"
commit_b="$(git -C "$BENCH_ROOT" rev-parse --short "$2")"
[[ $# -ge 3 ]] && export WORKLOADS="$3"

# The jar of a commit, built when not there yet.
jar_of() {
  local commit="$1" jar="$AB_JARS/hutong-$1.jar" tree
  if [[ ! -f "$jar" ]]; then
    mkdir -p "$AB_JARS"
    tree="$(mktemp -d /tmp/hutong-ab-tree.XXXXXX)"
    echo "building $commit" >&2
    git -C "$BENCH_ROOT" worktree add -q --detach "$tree" "$commit"
    (cd "$tree" && ./mvnw -B -ntp -q package -DskipTests) >&2
    cp "$tree/target/hutong.jar" "$jar"
    git -C "$BENCH_ROOT" worktree remove --force "$tree"
  fi
  echo "$jar"
}

jar_a="$(jar_of "$commit_a")"
jar_b="$(jar_of "$commit_b")"
out="$(mktemp -d /tmp/hutong-ab.XXXXXX)"
for round in $(seq 1 "$ROUNDS"); do
  for side in a b; do
    jar="jar_$side"
    echo "round $round, $side ($([[ $side == a ]] && echo "$commit_a" || echo "$commit_b"))" >&2
    HUTONG_JAR="${!jar}" "$BENCH_ROOT/bench/customers.sh" >"$out/$side-$round.txt"
  done
done

# The rows of customers.sh's table: "<workload> <cpu_ms> <multiple>" of every run of one side.
rows_of() {
  awk '$9 ~ /x$/ { sub(/x$/, "", $9); print $1, $8, $9 }' "$out/$1"-*.txt
}

# median of the numbers on stdin
median() {
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "A = $commit_a, B = $commit_b; $ROUNDS rounds each, alternating; runs in $out"
printf '%-16s %9s %9s %9s %9s %7s\n' workload A_cpu_ms A_x_hlth B_cpu_ms B_x_hlth B/A
for workload in $(rows_of a | awk '{ print $1 }' | awk '!seen[$0]++'); do
  a_cpu="$(rows_of a | awk -v w="$workload" '$1 == w { print $2 }' | median)"
  a_x="$(rows_of a | awk -v w="$workload" '$1 == w { print $3 }' | median)"
  b_cpu="$(rows_of b | awk -v w="$workload" '$1 == w { print $2 }' | median)"
  b_x="$(rows_of b | awk -v w="$workload" '$1 == w { print $3 }' | median)"
  printf '%-16s %9s %9s %9s %9s %7s\n' "$workload" "$a_cpu" "$a_x" "$b_cpu" "$b_x" \
    "$(awk -v a="$a_x" -v b="$b_x" 'BEGIN { if (a > 0 && b != "-") printf "%.2f", b / a; else print "-" }')"
done

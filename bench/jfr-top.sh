#!/usr/bin/env bash
# Where a flight recording's request threads spend their time: jfr-top.sh <recording.jfr> [pattern…]
# Prints the share of execution samples of the Tomcat request threads whose stack holds each
# pattern (a method name such as AccountStates.of; inclusive), then the ten leaf frames seen most.
# Without patterns it uses the steps of a signed-in request.
set -euo pipefail
recording="$1"
shift
patterns=("$@")
if ((${#patterns[@]} == 0)); then
  patterns=(FilterChainProxy.doFilter SessionRepositoryFilter.doFilterInternal JdbcIndexedSessionRepository.findById
    'JdbcSession.save' ObjectInputStream.readObject ObjectOutputStream.writeObject AccountStateFilter.doFilterInternal
    AccountStates.of BearerPrincipals.of CsrfFilter.doFilterInternal HttpSessionRequestCache TenantFilter.doFilterInternal
    DispatcherServlet.doDispatch NotificationManagement.unreadCount JteView.render
    HikariPool.getConnection 'org.postgresql' 'org.hibernate')
fi
jfr print --stack-depth 200 --events jdk.ExecutionSample "$recording" | awk -v list="$(printf '%s\n' "${patterns[@]}")" '
  BEGIN { n = split(list, pattern, "\n") }
  /sampledThread = / { request = ($0 ~ /http-nio/); stack = ""; leaf = ""; next }
  /stackTrace = \[/ { inside = 1; next }
  inside && /^ *\]/ {
    inside = 0
    if (!request) next
    samples++
    self[leaf]++
    for (i = 1; i <= n; i++) if (index(stack, pattern[i])) hits[i]++
    next
  }
  inside { sub(/^ +/, ""); sub(/ line: [0-9]+$/, ""); if (leaf == "") leaf = $0; stack = stack "\n" $0 }
  END {
    printf "%d samples of request threads\n--- inclusive\n", samples
    for (i = 1; i <= n; i++) printf "%5.1f%%  %s\n", 100 * hits[i] / samples, pattern[i]
    print "--- leaf frames"
    for (f in self) printf "%5.1f%%  %s\n", 100 * self[f] / samples, f | "sort -rn | head -n 10"
  }'

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Reports benchmark (issue 15) on a database made by helpdesk-gen (SQLite): fills the report
# facts the generator does not write (helpdesk-gen inserts tickets directly, not through
# ticket.update): one ticket_resolutions row per resolved or closed ticket (24/7 business
# time, 10 % SLA missed, 5 % re-opened, a third rated, one in seven of those bad) and each
# ticket's first response one to eight hours after creation; prints the query plans; serves a
# copy with this server (which upgrades it first: the time to its first "listening" is the
# upgrade, e.g. step 26 filling the report aggregates) and measures the dashboard's two calls
# for 30 days and a year's report with helpdesk-bench (1 client, as a lead). Then message.add
# throughput with this server and with --before SERVER (an older build, e.g. without the
# aggregates' triggers, on a copy of the database as given). Figures: docs/performance.md.
#
#   tests/bench/report-bench.sh --sqlite /tmp/hd/helpdesk.sqlite [--before /path/helpdesk-server]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$repo/build}
sqlite= before= duration=10
while [[ $# -gt 0 ]]; do
    case $1 in
        --sqlite) sqlite=$2; shift 2 ;;
        --before) before=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ -n $sqlite ]] || { echo "--sqlite is required" >&2; exit 2; }

echo "== facts"
sqlite3 "$sqlite" <<'SQL'
DELETE FROM ticket_resolutions;
INSERT INTO ticket_resolutions (ticket_id, number, resolved_at, queue_id, customer_id,
    assignee_id, channel, resolution_ms, sla_met, reopened_at, rating, rated_by, rated_at)
SELECT id, 1, updated_at, queue_id, customer_id, assignee_id, channel, updated_at - created_at,
    CASE WHEN id % 10 = 0 THEN 0 ELSE 1 END,
    CASE WHEN id % 20 = 0 THEN updated_at + 3600000 END,
    CASE WHEN id % 3 = 0 THEN (CASE WHEN id % 7 = 0 THEN 0 ELSE 1 END) END,
    CASE WHEN id % 3 = 0 THEN requester_id END,
    CASE WHEN id % 3 = 0 THEN updated_at + 600000 END
FROM tickets WHERE status IN (3, 4);
UPDATE tickets SET resolution_count = CASE WHEN status IN (3, 4) THEN 1 ELSE 0 END,
    first_response_at = created_at + 3600000 * (1 + id % 8),
    first_response_ms = 3600000 * (1 + id % 8);
ANALYZE;
SELECT COUNT(*) AS resolutions, SUM(rated_at IS NOT NULL) AS ratings FROM ticket_resolutions;
SQL
now=$(date +%s%3N)
month=$((now - 30 * 86400000)) year=$((now - 365 * 86400000))
plan() { echo "-- $1"; echo "EXPLAIN QUERY PLAN $2;" | sqlite3 "$sqlite"; }
plan "created per day" "SELECT created_at / 86400000, COUNT(*) FROM tickets WHERE created_at >= $year AND created_at < $now GROUP BY created_at / 86400000"
plan "resolutions" "SELECT resolution_ms, sla_met, reopened_at FROM ticket_resolutions WHERE resolved_at >= $year AND resolved_at < $now ORDER BY resolution_ms"
plan "first responses" "SELECT first_response_ms FROM tickets WHERE first_response_at >= $year AND first_response_at < $now AND first_response_ms IS NOT NULL ORDER BY first_response_ms"
plan "ratings" "SELECT rated_at / 86400000, SUM(rating), COUNT(*) FROM ticket_resolutions WHERE rated_at >= $year AND rated_at < $now GROUP BY rated_at / 86400000"
plan "backlog" "SELECT status, COALESCE(queue_id, 0), COUNT(*), MIN(created_at) FROM tickets WHERE status < 3 GROUP BY status, COALESCE(queue_id, 0)"

serve() { # binary, data dir → port in $port, pid in $server
    local log started; log=$(mktemp); started=$(date +%s%3N)
    "$1" serve --data-dir "$2" --listen 127.0.0.1:0 >"$log" 2>"$log.err" &
    server=$!
    for _ in $(seq 3000); do grep -q listening "$log" 2>/dev/null && break; sleep 0.1; done
    echo "server listening after $(( $(date +%s%3N) - started )) ms (schema upgrade included)"
    port=$(grep -o '[0-9]*$' "$log")
}
bench() { "$build/tests/bench/helpdesk-bench" --port "$port" --duration "$duration" --warmup 2 --password bench "$@"; }
copy() { rm -rf "$2"; mkdir -p "$2"; sqlite3 "$1" ".backup '$2/helpdesk.sqlite'"; }

work=$(mktemp -d)
trap 'kill ${server:-0} 2>/dev/null || true; rm -rf "$work"' EXIT
copy "$sqlite" "$work/after"
serve "$build/server/helpdesk-server" "$work/after"
for scenario in report.summary-30d report.agents-30d report.summary-year report.agents-year; do
    echo "== $scenario"; bench --scenario "$scenario" --clients 1 --login lead1
done
echo "== message.add (after)"; bench --scenario message.add --clients 32
kill "$server"; wait "$server" 2>/dev/null || true
if [[ -n $before ]]; then
    copy "$sqlite" "$work/before"
    serve "$before" "$work/before"
    echo "== message.add (before)"; bench --scenario message.add --clients 32
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SLA benchmark (issue 12) on a generated database: gives every new/open/pending ticket the
# SLA clock a 24/7 policy (first response 4 h, met after 1 h; resolution 48 h; warning at 80 %)
# would have given it, prints the query plans of the escalation sweep and of the "Overdue" and
# "Breaching within 1 hour" views, then serves the database, lets the sweep claim the alerts
# of the last 6 days' open tickets (one batch) and measures the Overdue view with
# helpdesk-bench. Figures: docs/performance.md.
#
#   tests/bench/sla-bench.sh --sqlite /tmp/hd/helpdesk.sqlite   # made by helpdesk-gen
#   tests/bench/sla-bench.sh --postgres postgres://user:pw@host/db --login NAME --password PW
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$repo/build}
sqlite= postgres= login=agent1 password=bench
while [[ $# -gt 0 ]]; do
    case $1 in
        --sqlite) sqlite=$2; shift 2 ;;
        --postgres) postgres=$2; shift 2 ;;
        --login) login=$2; shift 2 ;;
        --password) password=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
now=$(date +%s%3N)
sql() { if [[ -n $sqlite ]]; then sqlite3 "$sqlite"; else psql -q "$postgres"; fi; }
explain() { if [[ -n $sqlite ]]; then echo "EXPLAIN QUERY PLAN $1;"; else echo "EXPLAIN (ANALYZE, COSTS OFF) $1;"; fi; }

sql <<SQL
INSERT INTO sla_policies (name, calendar_id, first_response_minutes, next_response_minutes,
    resolution_minutes, warning_percent, updated_at)
    SELECT 'Bench default', 1, 240, 480, 2880, 80, 0
    WHERE NOT EXISTS (SELECT 1 FROM sla_policies WHERE name = 'Bench default');
UPDATE tickets SET sla_policy_id = (SELECT id FROM sla_policies WHERE name = 'Bench default'),
    sla_started_at = created_at, first_response_due = created_at + 14400000,
    first_response_at = created_at + 3600000, resolution_due = created_at + 172800000,
    sla_paused_at = CASE WHEN status = 2 THEN updated_at END,
    sla_due_at = CASE WHEN status IN (0, 1) THEN created_at + 172800000 END,
    sla_alert_at = CASE WHEN status IN (0, 1) AND created_at > $now - 6 * 86400000
                        THEN created_at + 138240000 END
    WHERE status IN (0, 1, 2);
DELETE FROM sla_alerts;
SQL
echo "== counts"
echo "SELECT COUNT(*), SUM(CASE WHEN sla_due_at < $now THEN 1 ELSE 0 END), SUM(CASE WHEN sla_alert_at <= $now THEN 1 ELSE 0 END) FROM tickets;" | sql
echo "== sweep";     explain "SELECT id FROM tickets WHERE sla_alert_at <= $now ORDER BY sla_alert_at LIMIT 500" | sql
echo "== overdue page"; explain "SELECT t.id FROM tickets t WHERE t.id IN (SELECT t.id FROM tickets t WHERE t.sla_due_at < $now ORDER BY t.updated_at DESC, t.id DESC LIMIT 50 OFFSET 0) ORDER BY t.updated_at DESC, t.id DESC" | sql
echo "== overdue total"; explain "SELECT COUNT(*) FROM tickets t WHERE t.sla_due_at < $now" | sql
echo "== breaching page"; explain "SELECT t.id FROM tickets t WHERE t.id IN (SELECT t.id FROM tickets t WHERE t.sla_due_at >= $now AND t.sla_due_at < $now + 3600000 ORDER BY t.updated_at DESC, t.id DESC LIMIT 50 OFFSET 0)" | sql

if [[ -n $sqlite ]]; then where=(--data-dir "$(dirname "$sqlite")"); else where=(--database "$postgres"); fi
log=$(mktemp)
"$build/server/helpdesk-server" serve "${where[@]}" --listen 127.0.0.1:0 --sla-sweep-interval-ms 1000 >"$log.out" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q listening "$log.out" 2>/dev/null && break; sleep 0.2; done
port=$(grep -o '[0-9]*$' "$log.out")
sleep 5
echo "== sweep batches"; grep "SLA sweep" "$log" || true
"$build/tests/bench/helpdesk-bench" --port "$port" --scenario ticket.list-overdue --clients 4 \
    --duration 10 --warmup 2 --login "$login" --password "$password"

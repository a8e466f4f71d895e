#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fan-out benchmark (issues 12 and 17): a fresh SQLite database with two agents, a server
# allowed 3,000 connections from one address, then helpdesk-fanout-bench: 1,000 staff
# sessions viewing each ticket, one `typing` per ticket, the push timed to the last viewer.
# Figures: docs/performance.md ("Typing indicators", "Fan-out to 1,000 viewers").
#
#   tests/bench/fanout-bench.sh [--server BIN] [--tickets N] [--watchers N] [--viewing N]
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$repo/build}
server=$build/server/helpdesk-server
tickets=200 watchers=1000 viewing=1000
while [[ $# -gt 0 ]]; do
    case $1 in
        --server) server=$2; shift 2 ;;
        --tickets) tickets=$2; shift 2 ;;
        --watchers) watchers=$2; shift 2 ;;
        --viewing) viewing=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
work=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
    rm -rf "$work"
}
trap cleanup EXIT
password=fanout-bench-pw
"$server" init --data-dir "$work/data" >/dev/null
for login in agent agent2; do
    printf '%s\n' "$password" | "$server" user add --data-dir "$work/data" --login "$login" \
        --name "$login" --role agent --password-stdin >/dev/null
done
ulimit -n 8192
"$server" serve --data-dir "$work/data" --listen 127.0.0.1:0 \
    --max-connections-per-address 3000 >"$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 100); do
    port=$(grep -oE 'listening on [0-9.]+:[0-9]+' "$work/server.log" | head -1 | grep -oE '[0-9]+$' || true)
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || { cat "$work/server.log" >&2; exit 1; }
"$build/tests/bench/helpdesk-fanout-bench" --port "$port" --server-pid "$server_pid" \
    --password "$password" --watchers "$watchers" --viewing "$viewing" --tickets "$tickets" --burst 200

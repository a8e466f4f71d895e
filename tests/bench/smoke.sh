#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest smoke test (label "bench"): the tools still work end to end on a tiny database.
# Usage: smoke.sh HELPDESK-GEN HELPDESK-BENCH HELPDESK-SERVER. No timing is checked.
set -euo pipefail
gen=$1 bench=$2 server=$3
dir=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
    rm -rf "$dir"
}
trap cleanup EXIT

"$gen" --data-dir "$dir/data" --tickets 200 --customers 20 --agents 4
# Created before the server starts: the loop below may read it before the background shell
# has opened it (seen under load as "sed: can't read .../server.log").
: >"$dir/server.log"
"$server" serve --data-dir "$dir/data" --listen 127.0.0.1:0 >"$dir/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$dir/server.log")
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || { cat "$dir/server.log" >&2; exit 1; }

for scenario in ticket.get ticket.list ticket.list-deep search-rare search-common message.add; do
    "$bench" --port "$port" --scenario "$scenario" --clients 2 --login-pool 4 --requests 20 --warmup 0 --duration 60
done
"$bench" --port "$port" --scenario message.add --clients 2 --login 'customer{i}.owner' --login-pool 20 \
    --requests 20 --warmup 0 --duration 60

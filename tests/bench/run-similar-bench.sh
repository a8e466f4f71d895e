#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ticket.similar's ranking with a big database as distractors (issue 11): serves a fresh copy
# of a helpdesk-gen database (SQLite), or the PostgreSQL database named by --database as it is,
# loads the labelled set (tests/data/similar/pairs.json) into it as agent1 and prints
# precision@1, recall@5 and the latency of the calls (helpdesk-similar-bench).
# Usage: run-similar-bench.sh HELPDESK-SERVER HELPDESK-SIMILAR-BENCH GEN-DATA-DIR
#                             [--database postgres://...]
set -euo pipefail
server=$1 bench=$2 data=$3
shift 3
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dir=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
    rm -rf "$dir"
}
trap cleanup EXIT

serve_args=(--data-dir "$dir/data")
if [[ $# -ge 2 && $1 == --database ]]; then
    serve_args=(--database "$2")
else
    mkdir -p "$dir/data"
    cp --reflink=auto "$data/helpdesk.sqlite" "$dir/data/"
fi
: >"$dir/server.log"
"$server" serve "${serve_args[@]}" --listen 127.0.0.1:0 >"$dir/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 600); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$dir/server.log")
    [[ -n $port ]] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $port ]] || { cat "$dir/server.log" >&2; exit 1; }
"$bench" --set "$repo/tests/data/similar/pairs.json" --port "$port" --login agent1 --password bench

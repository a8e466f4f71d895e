#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# kb.suggest latency (issue 14): a fresh demo database, ARTICLES articles in four languages
# written by the demo lead, then the demo customer nina typing requests (helpdesk-kb-bench).
# Usage: run-kb-bench.sh HELPDESK-SERVER HELPDESK-KB-BENCH [ARTICLES] [--database URL]
set -euo pipefail
server=$1 bench=$2 articles=${3:-10000}
shift $(( $# >= 3 ? 3 : $# ))
dir=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
    rm -rf "$dir"
}
trap cleanup EXIT

"$server" init --demo --data-dir "$dir/data" "$@" >/dev/null
: >"$dir/server.log"
"$server" serve --data-dir "$dir/data" --listen 127.0.0.1:0 "$@" >"$dir/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$dir/server.log")
    [[ -n $port ]] && break
    sleep 0.1
done
[[ -n $port ]] || { cat "$dir/server.log" >&2; exit 1; }
"$bench" --port "$port" --lead lead --customer nina --password demo-pass --fill "$articles"

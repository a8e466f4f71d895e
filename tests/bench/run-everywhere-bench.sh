#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# search.everywhere (Ctrl+K, issue 14) latency: serves a copy of a helpdesk-gen database and
# runs helpdesk-bench's search-everywhere scenario for a rare word, a common word, two words and
# a Cyrillic word, one client, as agents and as customers' owner contacts.
# Usage: DURATION=10 run-everywhere-bench.sh BUILD-DIR GENERATED-DATA-DIR
set -euo pipefail
build=$1 db=$2
run=$(mktemp -d)
cp "$db"/helpdesk.sqlite* "$run"/
"$build/server/helpdesk-server" serve --data-dir "$run" --listen 127.0.0.1:0 >"$run/listen" 2>"$run/server.log" &
pid=$!
trap 'kill $pid; wait $pid 2>/dev/null; rm -rf "$run"' EXIT
for _ in $(seq 1 100); do grep -q '^listening on' "$run/listen" && break; sleep 0.1; done
port=$(sed -n 's/^listening on 127\.0\.0\.1://p' "$run/listen")
for who in 'agent{i}' 'customer{i}.owner'; do
    for query in quokka server 'SSL certificate' ошибка; do
        "$build/tests/bench/helpdesk-bench" --port "$port" --scenario search-everywhere --clients 1 \
            --duration "${DURATION:-10}" --login "$who" --common-word "$query" --row --label "$who: $query"
    done
done

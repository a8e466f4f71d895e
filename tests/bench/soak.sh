#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The soak (issue 16; figures in docs/performance.md, "Soak"): a real helpdesk-server with a
# TLS listener on a fresh copy of a generated database, 1,000 sessions (agents and customers;
# 100 making realistic calls with a think time, 900 idle but logged in, with the desktop
# client's heartbeat) for --minutes; every minute the server's RSS, open file descriptors and
# p99. Then, with the sessions still there, an attacker holds 500 idle TCP connections and
# 500 stalled TLS handshakes (part of a ClientHello, then nothing) while a real client logs in
# once a second: each login's time (bound: under 1 s). Figures only; the exit status says
# whether every figure stayed in its bound (no error, no lost session, RSS growth < 10 % after the first minute,
# every login < 1 s).
#
#   tests/bench/soak.sh [--minutes N] [--tickets N] [--workdir DIR] [--build-dir DIR]
#                       [--skip-build] [--attack-seconds S] [--clients N] [--active N]
#
# The generated database is kept in WORKDIR/tickets-N (shared with run-benchmarks.sh) and
# served as a copy in WORKDIR/soak-run; the server's log is WORKDIR/soak-run/server.log, the
# tool's report WORKDIR/soak-run/soak.log.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
minutes=10
tickets=100000
workdir=${TMPDIR:-/tmp}/helpdesk-bench
build_dir=$repo/build
skip_build=0
soak_args=()

while [[ $# -gt 0 ]]; do
    case $1 in
        --minutes) minutes=$2; shift 2 ;;
        --tickets) tickets=$2; shift 2 ;;
        --workdir) workdir=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --skip-build) skip_build=1; shift ;;
        --attack-seconds|--clients|--active) soak_args+=("$1" "$2"); shift 2 ;;
        -h|--help) sed -n '3,20p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if [[ $skip_build -eq 0 ]]; then
    cmake -S "$repo" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" -j2 --target helpdesk-server helpdesk-gen helpdesk-soak
fi
server_bin=$build_dir/server/helpdesk-server
gen_bin=$build_dir/tests/bench/helpdesk-gen
soak_bin=$build_dir/tests/bench/helpdesk-soak

data_dir=$workdir/tickets-$tickets
source "$repo/tests/bench/generated-data.sh"
ensure_generated "$gen_bin" "$data_dir" "$tickets"

run_dir=$workdir/soak-run
rm -rf "$run_dir"
mkdir -p "$run_dir/data"
# A consistent copy even if another run has the generated file open.
sqlite3 -readonly "$data_dir/helpdesk.sqlite" ".backup '$run_dir/data/helpdesk.sqlite'"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
    -keyout "$run_dir/key.pem" -out "$run_dir/cert.pem" 2>/dev/null

server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill -TERM "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
}
trap cleanup EXIT
: >"$run_dir/server.log"
# The defaults of a production server but for the port: the 1,000 sessions come from 50
# loopback addresses (20 each), the attacker's connections from 500 others.
"$server_bin" serve --data-dir "$run_dir/data" --listen 127.0.0.1:0 \
    --tls-cert "$run_dir/cert.pem" --tls-key "$run_dir/key.pem" >"$run_dir/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 600); do # migrating an older generated database can take a while
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\).*$/\1/p' "$run_dir/server.log" | head -n 1)
    [[ -n $port ]] && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.5
done
[[ -n $port ]] || { cat "$run_dir/server.log" >&2; exit 1; }

echo "soak: $minutes min, server pid $server_pid on 127.0.0.1:$port (TLS), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
"$soak_bin" --port "$port" --server-pid "$server_pid" --minutes "$minutes" "${soak_args[@]}" \
    | tee "$run_dir/soak.log" || status=$?
if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server is gone (crashed?): see $run_dir/server.log" >&2
    status=1
fi
echo "server log: $(wc -l <"$run_dir/server.log") lines, warnings and errors:"
grep -ciE 'error|fatal|crit' "$run_dir/server.log" || true
exit "$status"

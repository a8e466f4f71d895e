#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the server and the benchmark tools, generates (or reuses) a database of the given
# size, starts helpdesk-server on 127.0.0.1 and runs every scenario one after another,
# printing a Markdown table. Figures only: nothing here passes or fails on time.
#
#   tests/bench/run-benchmarks.sh [--tickets N] [--workdir DIR] [--duration S] [--warmup S]
#                                 [--repeat N] [--wait-idle] [--build-dir DIR] [--skip-build]
#                                 [--server BINARY] [--only REGEX]
#
# --repeat N runs each scenario N times and prints the run with the median throughput.
# --wait-idle waits before each run until no compiler, linker or test binary is running
# (for a shared machine). --server measures another helpdesk-server build (before/after).
#
# The generated database is kept in WORKDIR/tickets-N and reused by later runs; each run
# serves a fresh copy of it (WORKDIR/run-N), so message.add never changes what the next run
# measures.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tickets=100000
workdir=${TMPDIR:-/tmp}/helpdesk-bench
duration=10
warmup=2
build_dir=$repo/build-bench
skip_build=0
only=.
repeat=1
wait_idle=0
server_bin=

while [[ $# -gt 0 ]]; do
    case $1 in
        --tickets) tickets=$2; shift 2 ;;
        --workdir) workdir=$2; shift 2 ;;
        --duration) duration=$2; shift 2 ;;
        --warmup) warmup=$2; shift 2 ;;
        --build-dir) build_dir=$2; shift 2 ;;
        --skip-build) skip_build=1; shift ;;
        --only) only=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        --wait-idle) wait_idle=1; shift ;;
        --server) server_bin=$2; shift 2 ;;
        -h|--help) sed -n '3,17p' "$0"; exit 0 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done

if [[ $skip_build -eq 0 ]]; then
    cmake -S "$repo" -B "$build_dir" -G Ninja -DHELPDESK_BUILD_CLIENT=OFF >/dev/null
    cmake --build "$build_dir" -j2 --target helpdesk-server helpdesk-gen helpdesk-bench
fi
server_bin=${server_bin:-$build_dir/server/helpdesk-server}
gen_bin=$build_dir/tests/bench/helpdesk-gen
bench_bin=$build_dir/tests/bench/helpdesk-bench

data_dir=$workdir/tickets-$tickets
if [[ ! -f $data_dir/complete ]]; then
    rm -rf "$data_dir"
    mkdir -p "$data_dir"
    "$gen_bin" --data-dir "$data_dir" --tickets "$tickets"
    touch "$data_dir/complete"
else
    echo "reusing $data_dir"
fi

run_dir=$workdir/run-$tickets
rm -rf "$run_dir"
mkdir -p "$run_dir"
cp --reflink=auto "$data_dir/helpdesk.sqlite" "$run_dir/"
server_log=$workdir/server-$tickets.log
"$server_bin" serve --data-dir "$run_dir" --listen 127.0.0.1:0 >"$server_log" 2>&1 &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null || true; wait $server_pid 2>/dev/null || true' EXIT
port=
for _ in $(seq 1 600); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$server_log")
    [[ -n $port ]] && break
    kill -0 $server_pid 2>/dev/null || { cat "$server_log" >&2; exit 1; }
    sleep 0.1
done
[[ -n $port ]] || { echo "server did not start" >&2; exit 1; }

# label | clients | extra arguments
runs=(
    "ticket.get|1|--scenario ticket.get"
    "ticket.get|4|--scenario ticket.get"
    "ticket.list|1|--scenario ticket.list"
    "ticket.list|4|--scenario ticket.list"
    "ticket.list-deep|1|--scenario ticket.list-deep"
    "search-rare|1|--scenario search-rare"
    "search-common|1|--scenario search-common"
    "search-common|4|--scenario search-common"
    "message.add|1|--scenario message.add"
    "message.add|32|--scenario message.add"
    "message.add (customers)|32|--scenario message.add --login customer{i}.owner --login-pool 2000"
)

busy() {
    local name
    for name in cc1plus cc1 ld ld.gold ninja ctest make moc rcc; do
        pgrep -x "$name" >/dev/null && return 0
    done
    pgrep -f '/tst_' >/dev/null
}
idle_wait() {
    local quiet=0
    while [[ $quiet -lt 3 ]]; do
        if busy; then quiet=0; else quiet=$((quiet + 1)); fi
        sleep 1
    done
}

echo
echo "$tickets tickets, $(nproc) cores, ${duration}s per run after ${warmup}s warm-up, median of $repeat"
echo
echo "| scenario | clients | req/s | p50 | p90 | p99 | max | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for run in "${runs[@]}"; do
    IFS='|' read -r label clients args <<<"$run"
    [[ $label =~ $only ]] || continue
    rows=()
    for _ in $(seq 1 "$repeat"); do
        [[ $wait_idle -eq 1 ]] && idle_wait
        # shellcheck disable=SC2086 # args is a list of words
        rows+=("$("$bench_bin" --port "$port" --clients "$clients" --duration "$duration" \
            --warmup "$warmup" --row --label "$label" $args)")
    done
    # Column 4 is req/s; print the median run.
    printf '%s\n' "${rows[@]}" | sort -t'|' -k4,4n | sed -n "$(( (repeat + 1) / 2 ))p"
done

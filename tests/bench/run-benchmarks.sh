#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the server and the benchmark tools, generates (or reuses) a database of the given
# size, starts helpdesk-server on 127.0.0.1 and runs every scenario one after another,
# printing a Markdown table. Figures only: nothing here passes or fails on time.
#
#   tests/bench/run-benchmarks.sh [--tickets N] [--workdir DIR] [--duration S] [--warmup S]
#                                 [--repeat N] [--wait-idle] [--build-dir DIR] [--skip-build]
#                                 [--server BINARY] [--only REGEX]
#                                 [--database postgres://USER:PASSWORD@HOST:PORT/DBNAME]
#                                 [--servers N] [--idle-sessions N]
#
# --repeat N runs each scenario N times and prints the run with the median throughput.
# --wait-idle waits before each run until no compiler, linker or test binary is running
# (for a shared machine). --server measures another helpdesk-server build (before/after).
#
# The generated database is kept in WORKDIR/tickets-N and reused by later runs; each run
# serves a fresh copy of it (WORKDIR/run-N), so message.add never changes what the next run
# measures.
#
# --database serves PostgreSQL instead: the URL names a database the script may connect to
# with the right to create databases (e.g. the superuser URL of scripts/pg-test-cluster.sh).
# The generated SQLite data is moved once with `helpdesk-server migrate-data` into the
# database helpdesk_bench_tN (kept and reused; the time it took is in WORKDIR/migrate-N.log),
# and every run serves a fresh copy of it, helpdesk_bench_rN (CREATE DATABASE ... TEMPLATE).
# --servers N starts N servers on that one database and spreads the clients of every
# scenario round-robin over them (PostgreSQL only).
#
# --idle-sessions N keeps N more logged-in agents connected during every run (helpdesk-bench
# --scenario idle: heartbeats only, every push read), as a desk's agents sit connected all
# day; each row is then followed by the server's resident memory and CPU time of the run, and
# the end by the push frames the idle sessions received (issue 17).
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
database=
servers=1
idle_sessions=0

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
        --database) database=$2; shift 2 ;;
        --servers) servers=$2; shift 2 ;;
        --idle-sessions) idle_sessions=$2; shift 2 ;;
        -h|--help) sed -n '3,30p' "$0"; exit 0 ;;
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
source "$repo/tests/bench/generated-data.sh"
ensure_generated "$gen_bin" "$data_dir" "$tickets"

if [[ -n $database && $database != postgres://* && $database != postgresql://* ]]; then
    echo "--database wants a postgres:// URL" >&2
    exit 2
fi
if [[ $servers -gt 1 && -z $database ]]; then
    echo "--servers N needs --database (several servers share one PostgreSQL database)" >&2
    exit 2
fi

serve_args=()
if [[ -z $database ]]; then
    run_dir=$workdir/run-$tickets
    rm -rf "$run_dir"
    mkdir -p "$run_dir"
    cp --reflink=auto "$data_dir/helpdesk.sqlite" "$run_dir/"
    serve_args=(--data-dir "$run_dir")
    backend="SQLite"
else
    server_url=${database%/*} # postgres://user:password@host:port
    template=helpdesk_bench_t$tickets
    run_db=helpdesk_bench_r$tickets
    exists=$(psql "$database" -tAc "SELECT 1 FROM pg_database WHERE datname = '$template'")
    if [[ $exists != 1 ]]; then
        # migrate-data reads a source at the current schema; the generated file stays as it is.
        source_copy=$workdir/pg-source-$tickets.sqlite
        sqlite3 -readonly "$data_dir/helpdesk.sqlite" ".backup '$source_copy'"
        "$server_bin" init --database "sqlite:$source_copy" >/dev/null
        psql "$database" -qc "CREATE DATABASE $template"
        if ! /usr/bin/time -f "migrate-data took %e s" "$server_bin" migrate-data \
            --from "sqlite:$source_copy" --to "$server_url/$template" \
            >"$workdir/migrate-$tickets.log" 2>&1; then
            cat "$workdir/migrate-$tickets.log" >&2
            psql "$database" -qc "DROP DATABASE $template"
            exit 1
        fi
        rm -f "$source_copy"
        tail -n 1 "$workdir/migrate-$tickets.log"
    else
        echo "reusing PostgreSQL database $template"
    fi
    psql "$database" -qc "DROP DATABASE IF EXISTS $run_db WITH (FORCE)"
    psql "$database" -qc "CREATE DATABASE $run_db TEMPLATE $template"
    serve_args=(--database "$server_url/$run_db")
    backend="PostgreSQL ($(psql "$database" -tAc "SHOW server_version" | cut -d' ' -f1), shared_buffers $(psql "$database" -tAc "SHOW shared_buffers")), $servers server(s)"
fi

ulimit -n "$(ulimit -Hn)" # a session is a descriptor on each side
server_pids=()
ports=()
idle_pid=
stop_servers() {
    local pid
    [[ -n $idle_pid ]] && { kill -TERM "$idle_pid" 2>/dev/null || true; wait "$idle_pid" 2>/dev/null || true; }
    for pid in "${server_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${server_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT
for index in $(seq 1 "$servers"); do
    server_log=$workdir/server-$tickets-$index.log
    "$server_bin" serve "${serve_args[@]}" --listen 127.0.0.1:0 >"$server_log" 2>&1 &
    server_pid=$!
    server_pids+=("$server_pid")
    port=
    for _ in $(seq 1 600); do
        port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\)$/\1/p' "$server_log")
        [[ -n $port ]] && break
        kill -0 "$server_pid" 2>/dev/null || { cat "$server_log" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n $port ]] || { echo "server did not start" >&2; exit 1; }
    ports+=(--port "$port")
done

# label | clients | extra arguments
# search-mid: a word in ~5 % of messages (cheers), search-sparse: in ~0.2 % (lozinka), in no
# subject; search-rare: in one ticket in 10,000, search-common: in every ticket.
runs=(
    "ticket.get|1|--scenario ticket.get"
    "ticket.get|4|--scenario ticket.get"
    "ticket.list|1|--scenario ticket.list"
    "ticket.list|4|--scenario ticket.list"
    "ticket.list-deep|1|--scenario ticket.list-deep"
    "search-rare|1|--scenario search-rare"
    "search-common|1|--scenario search-common"
    "search-common|4|--scenario search-common"
    "search-mid|1|--scenario search-common --common-word cheers"
    "search-mid|4|--scenario search-common --common-word cheers"
    "search-sparse|1|--scenario search-common --common-word lozinka"
    "search-list|1|--scenario search-list"
    "search-list-mid|1|--scenario search-list --common-word cheers"
    "search-filtered|1|--scenario search-filtered"
    "ticket.similar|1|--scenario ticket.similar"
    "ticket.similar|4|--scenario ticket.similar"
    "customer-panel|1|--scenario customer-panel"
    "customer-panel|4|--scenario customer-panel"
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

# The servers' resident memory (now / peak) and CPU seconds so far, summed.
server_usage() {
    local pid rss=0 hwm=0 ticks=0 stat
    for pid in "${server_pids[@]}"; do
        rss=$((rss + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")))
        hwm=$((hwm + $(awk '/^VmHWM/ {print $2}' "/proc/$pid/status")))
        stat=$(cut -d')' -f2- "/proc/$pid/stat")
        ticks=$((ticks + $(awk '{print $12 + $13}' <<<"$stat")))
    done
    echo "$((rss / 1024)) $((hwm / 1024)) $ticks"
}

if [[ $idle_sessions -gt 0 ]]; then
    idle_log=$workdir/idle-$tickets.log
    "$bench_bin" "${ports[@]}" --scenario idle --clients "$idle_sessions" --login 'agent{i}' \
        --duration 3600 --warmup 0 >"$idle_log" 2>&1 &
    idle_pid=$!
    for _ in $(seq 1 1200); do
        grep -q 'clients ready' "$idle_log" && break
        kill -0 "$idle_pid" 2>/dev/null || { cat "$idle_log" >&2; exit 1; }
        sleep 0.5
    done
    grep -q 'clients ready' "$idle_log" || { echo "the idle sessions did not log in" >&2; exit 1; }
    read -r rss hwm _ < <(server_usage)
    echo "$idle_sessions idle agent sessions logged in; server RSS ${rss} MiB (peak ${hwm} MiB)"
fi

echo
echo "$tickets tickets, ${backend:-SQLite}, $(nproc) cores, ${duration}s per run after ${warmup}s warm-up, median of $repeat$([[ $idle_sessions -gt 0 ]] && echo ", $idle_sessions idle agent sessions connected")"
echo
usage=()
echo "| scenario | clients | req/s | p50 | p90 | p99 | max | errors |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for run in "${runs[@]}"; do
    IFS='|' read -r label clients args <<<"$run"
    [[ $label =~ $only ]] || continue
    rows=()
    read -r _ _ ticks_before < <(server_usage)
    for _ in $(seq 1 "$repeat"); do
        [[ $wait_idle -eq 1 ]] && idle_wait
        # shellcheck disable=SC2086 # args is a list of words
        rows+=("$("$bench_bin" "${ports[@]}" --clients "$clients" --duration "$duration" \
            --warmup "$warmup" --row --label "$label" $args 2> >(grep -v "clients ready" >&2))")
    done
    # Column 4 is req/s; print the median run.
    printf '%s\n' "${rows[@]}" | sort -t'|' -k4,4n | sed -n "$(( (repeat + 1) / 2 ))p"
    read -r rss hwm ticks < <(server_usage)
    usage+=("$label, $clients clients: server CPU $(( (ticks - ticks_before) * 1000 / $(getconf CLK_TCK) / repeat )) ms per run of ${warmup}+${duration} s, RSS after ${rss} MiB")
done
echo
printf '%s\n' "${usage[@]}"
read -r rss hwm ticks < <(server_usage)
echo "server RSS at the end ${rss} MiB (peak ${hwm} MiB)"
if [[ -n $idle_pid ]]; then
    # helpdesk-bench reports what it measured when told to stop.
    kill -TERM "$idle_pid" 2>/dev/null || true
    wait "$idle_pid" 2>/dev/null || true
    idle_pid=
    grep 'push frames' "$idle_log" | sed "s/^/the $idle_sessions idle sessions: /"
fi

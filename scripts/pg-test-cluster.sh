#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary directory,
# listening on a free port on 127.0.0.1 only, unix socket inside that directory, fsync on.
#
#   eval "$(scripts/pg-test-cluster.sh start)"   # exports HELPDESK_TEST_PG (superuser URL),
#                                                # HELPDESK_PG_CLUSTER (the directory) and
#                                                # HELPDESK_TEST_PG_CTL (a command restarting it,
#                                                # also as HELPDESK_TEST_PG_STOP + _START)
#   scripts/pg-test-cluster.sh stop [DIR]        # stops it and deletes the directory
#
# PostgreSQL refuses to run as root: as root the cluster belongs to the user `postgres`
# (created by the Debian package), or to $HELPDESK_PG_USER.
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }

pg_bin() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        log "no PostgreSQL server found in /usr/lib/postgresql (apt install postgresql)"
        exit 1
    fi
    printf '%s' "$dir"
}

# Runs a command as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "${HELPDESK_PG_USER:-postgres}" -- "$@"
    else
        "$@"
    fi
}

# as_owner as a shell command prefix, for a command run later by the tests.
owner_prefix() {
    if [ "$(id -u)" -eq 0 ]; then
        printf 'runuser -u %s -- ' "${HELPDESK_PG_USER:-postgres}"
    fi
}

start() {
    local bin dir password port attempt options
    bin="$(pg_bin)"
    dir="$(mktemp -d "${TMPDIR:-/tmp}/helpdesk-pg.XXXXXX")"
    mkdir -p "$dir/socket"
    password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' )"
    printf '%s\n' "$password" >"$dir/pwfile"
    chmod 600 "$dir/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R "${HELPDESK_PG_USER:-postgres}:" "$dir"
    fi
    # C.UTF-8: a UTF-8 character classification (full-text search needs it) and code point
    # order, as SQLite sorts text.
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 \
        --pwfile="$dir/pwfile" --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        log "initdb failed"
        exit 1
    }
    rm -f "$dir/pwfile"
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir/socket \
-c fsync=on -c synchronous_commit=on -c max_connections=300"
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
            -o "$options" >/dev/null 2>&1; then
            printf 'export HELPDESK_PG_CLUSTER=%q\n' "$dir"
            # For the restart tests. -l: the restarted postmaster must not inherit the test's
            # stdout (CTest would wait for that pipe to close); restart reuses the start options.
            printf 'export HELPDESK_TEST_PG_CTL=%q\n' \
                "$(owner_prefix)$bin/pg_ctl -D $dir/data -l $dir/postgres.log -w -t 60 restart -m fast"
            # The same in two steps, for a test that needs the database down for a while.
            printf 'export HELPDESK_TEST_PG_STOP=%q\n' \
                "$(owner_prefix)$bin/pg_ctl -D $dir/data -w -t 60 stop -m fast"
            # A crash of the database (no shutdown checkpoint), for the crash rounds.
            printf 'export HELPDESK_TEST_PG_CRASH=%q\n' \
                "$(owner_prefix)$bin/pg_ctl -D $dir/data -w -t 60 stop -m immediate"
            printf 'export HELPDESK_TEST_PG_START=%q\n' \
                "$(owner_prefix)$bin/pg_ctl -D $dir/data -l $dir/postgres.log -w -t 60 start -o '$options'"
            printf 'export HELPDESK_TEST_PG=%q\n' \
                "postgres://postgres:$password@127.0.0.1:$port/postgres"
            log "PostgreSQL test cluster on 127.0.0.1:$port in $dir"
            return 0
        fi
    done
    tail -n 20 "$dir/postgres.log" >&2 || true
    log "cannot start PostgreSQL"
    exit 1
}

stop() {
    local dir="${1:-${HELPDESK_PG_CLUSTER:-}}"
    if [ -z "$dir" ] || [ ! -d "$dir" ]; then
        log "no test cluster to stop"
        return 0
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
start) start ;;
stop) stop "${2:-}" ;;
*)
    echo "usage: $0 start | stop [DIR]" >&2
    exit 2
    ;;
esac

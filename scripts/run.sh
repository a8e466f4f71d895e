#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, starts the server on a local SQLite database with demo data
# (./data) and the desktop client logged in as the demo agent "sam". Closing the client stops
# the server. Without a display only the server runs (Ctrl+C stops it).
# HELPDESK_LISTEN overrides the address (127.0.0.1:7480), HELPDESK_DEMO_LOGIN the login.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${HELPDESK_PACKAGES[@]}"
build_project

DATA_DIR="${HELPDESK_DATA:-$HELPDESK_ROOT/data}"
LISTEN="${HELPDESK_LISTEN:-127.0.0.1:7480}"
LOGIN="${HELPDESK_DEMO_LOGIN:-sam}"
SERVER="$HELPDESK_BUILD/server/helpdesk-server"
CLIENT="$HELPDESK_BUILD/client/ui/helpdesk-client"

"$SERVER" init --data-dir "$DATA_DIR" --demo >&2
log "demo logins: admin, lead, ana, ivan, marta, sam (staff); oliver, nina, sergey, olga, piotr, ivana (customers)"
log "demo password: demo-pass"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ ! -x "$CLIENT" ]; then
    log "no display: serving on $LISTEN until Ctrl+C"
    exec "$SERVER" serve --data-dir "$DATA_DIR" --listen "$LISTEN"
fi

SERVER_LOG="$DATA_DIR/server.log"
"$SERVER" serve --data-dir "$DATA_DIR" --listen "$LISTEN" >"$SERVER_LOG.out" 2>"$SERVER_LOG" &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null' EXIT
for _ in $(seq 1 100); do
    grep -q '^listening on' "$SERVER_LOG.out" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$SERVER_LOG" >&2; exit 1; }
    sleep 0.1
done
log "$(head -n 1 "$SERVER_LOG.out"); server log: $SERVER_LOG"
log "starting the client as $LOGIN"
HELPDESK_DEMO_PASSWORD=demo-pass "$CLIENT" --server "$LISTEN" --login "$LOGIN" --password-env HELPDESK_DEMO_PASSWORD

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts the server on a local SQLite database with demo
# data (./data). Ctrl+C stops it. HELPDESK_LISTEN overrides the address (127.0.0.1:7480).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages "${HELPDESK_PACKAGES[@]}"
build_project

DATA_DIR="${HELPDESK_DATA:-$HELPDESK_ROOT/data}"
LISTEN="${HELPDESK_LISTEN:-127.0.0.1:7480}"
SERVER="$HELPDESK_BUILD/server/helpdesk-server"

"$SERVER" init --data-dir "$DATA_DIR" --demo >&2
log "demo logins: admin, lead, ana, ivan, marta, sam (staff); oliver, nina, sergey, olga, piotr, ivana (customers)"
log "demo password: demo-pass"
exec "$SERVER" serve --data-dir "$DATA_DIR" --listen "$LISTEN"

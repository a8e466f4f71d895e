#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots in docs/images/ from the real client under Xvfb, against a demo server
# on a temporary database. Needs a built tree (scripts/run.sh or scripts/test.sh builds one).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages xvfb xauth imagemagick
OUT="${1:-$HELPDESK_ROOT/docs/images}"
SERVER="$HELPDESK_BUILD/server/helpdesk-server"
CLIENT="$HELPDESK_BUILD/client/ui/helpdesk-client"
[ -x "$SERVER" ] && [ -x "$CLIENT" ] || build_project
mkdir -p "$OUT"

WORK="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
export HELPDESK_DEMO_PASSWORD=demo-pass XDG_DATA_HOME="$WORK/xdg" XDG_CONFIG_HOME="$WORK/xdg"
if [ -n "${HELPDESK_SHOT_ADDRESS:-}" ]; then
    ADDRESS="$HELPDESK_SHOT_ADDRESS"
else
    "$SERVER" init --data-dir "$WORK/data" --demo >/dev/null
    "$SERVER" serve --data-dir "$WORK/data" --listen 127.0.0.1:0 >"$WORK/listen" 2>"$WORK/server.log" &
    for _ in $(seq 1 100); do grep -q '^listening on' "$WORK/listen" && break; sleep 0.1; done
ADDRESS="$(sed -n 's/^listening on //p' "$WORK/listen")"
fi

# shot NAME DELAY CLIENT-ARGS... : starts the client, waits, saves the screen, closes it.
shot() {
    local name="$1" delay="$2"
    shift 2
    "$CLIENT" "$@" >"$WORK/$name.log" 2>&1 &
    local pid=$!
    sleep "$delay"
    if [ -n "${SHOT_TRIM:-}" ]; then
        import -window root -trim +repage "$OUT/$name.png" # a lone dialog on the black screen
    else
        import -window root -crop 1500x900+0+0 +repage "$OUT/$name.png"
    fi
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    log "saved $OUT/$name.png"
}

run_shots() {
    local agent=(--server "$ADDRESS" --login ana --password-env HELPDESK_DEMO_PASSWORD)
    shot main-window 4 "${agent[@]}" --open-ticket 7
    shot conversation-ru 4 --server "$ADDRESS" --login ivan --password-env HELPDESK_DEMO_PASSWORD --open-ticket 3
    shot customer-view 4 --server "$ADDRESS" --login oliver --password-env HELPDESK_DEMO_PASSWORD --open-ticket 1
    shot phone-call-dialog 4 "${agent[@]}" --log-call
    SHOT_TRIM=1 shot login-dialog 3
    # The main window in every shipped language, to check for clipped or overflowing text.
    for language in en ru uk pl hr sr de fr es pt_BR; do
        shot "main-window-$language" 4 "${agent[@]}" --open-ticket 7 --language "$language"
    done
}

if [ "${HELPDESK_INSIDE_XVFB:-}" = 1 ]; then
    run_shots
else
    # xvfb-run is a POSIX shell script that would drop exported bash functions: run this
    # script again inside it instead. The trap below stays with the outer run.
    HELPDESK_INSIDE_XVFB=1 HELPDESK_SHOT_ADDRESS="$ADDRESS" \
        xvfb-run -a -s "-screen 0 1600x1000x24" bash "$0" "$OUT"
fi

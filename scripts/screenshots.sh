#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the screenshots in docs/images/ from the real client under Xvfb, against a demo server
# on a temporary database. Needs a built tree (scripts/run.sh or scripts/test.sh builds one).
# HELPDESK_SHOTS=admin takes only the administration dialogs' pictures.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

install_packages xvfb xauth imagemagick xdotool
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
    elif [ -n "${SHOT_SIZE:-}" ]; then
        import -window root -crop "$SHOT_SIZE+0+0" +repage "$OUT/$name.png" # a window on top
    else
        import -window root -crop "$(window_size)+0+0" +repage "$OUT/$name.png"
    fi
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    log "saved $OUT/$name.png"
}

# The main window's size, WIDTHxHEIGHT: at least 1500x900, wider where a language needs it.
window_size() {
    local window geometry
    window="$(xdotool search --onlyvisible --name '^Helpdesk' | head -n 1)"
    geometry="$(xdotool getwindowgeometry "$window" 2>/dev/null | sed -n 's/ *Geometry: //p')"
    echo "${geometry:-1500x900}"
}

# keys KEYS... : types into the client's window (xdotool key/type words, see shot_with_keys).
keys() {
    # No window manager gives the window the keyboard: ask for it.
    local window
    window="$(xdotool search --onlyvisible --name '^Helpdesk' | head -n 1)"
    [ -n "$window" ] && xdotool windowfocus --sync "$window"
    xdotool mousemove 750 450
    for step in "$@"; do
        case "$step" in
            type:*) xdotool type --delay 40 "${step#type:}" ;;
            *) xdotool key "$step" ;;
        esac
        sleep 0.3
    done
}

# shot_with_keys NAME DELAY "KEYS..." CLIENT-ARGS... : like shot, pressing keys before the picture.
shot_with_keys() {
    local name="$1" delay="$2" steps="$3"
    shift 3
    "$CLIENT" "$@" >"$WORK/$name.log" 2>&1 &
    local pid=$!
    sleep "$delay"
    # shellcheck disable=SC2086 # the steps are words on purpose
    keys $steps
    sleep 2
    import -window root -crop "$(window_size)+0+0" +repage "$OUT/$name.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    log "saved $OUT/$name.png"
}

# The read cache at work: tickets 7 and 3 are read, the server goes away, 7 is opened again.
offline_shot() {
    local data="$WORK/offline-data" listen="$WORK/offline-listen"
    "$SERVER" init --data-dir "$data" --demo >/dev/null
    "$SERVER" serve --data-dir "$data" --listen 127.0.0.1:0 >"$listen" 2>"$WORK/offline-server.log" &
    local server=$!
    for _ in $(seq 1 100); do grep -q '^listening on' "$listen" && break; sleep 0.1; done
    "$CLIENT" --server "$(sed -n 's/^listening on //p' "$listen")" --login ana \
        --password-env HELPDESK_DEMO_PASSWORD --open-ticket 7 --language en >"$WORK/offline.log" 2>&1 &
    local pid=$!
    sleep 4
    keys ctrl+g type:3 Return
    sleep 2
    kill "$server"; wait "$server" 2>/dev/null || true
    sleep 2
    keys ctrl+g type:7 Return
    sleep 2
    import -window root -crop "$(window_size)+0+0" +repage "$OUT/offline-copy.png"
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    log "saved $OUT/offline-copy.png"
}

# Issue 14: a lead writes an article in Croatian and Russian (and one in English) over the
# protocol, then: "/dns" in the reply box, the knowledge base, a customer's suggestions.
kb_articles() {
    python3 - "$ADDRESS" <<'PY'
import json, socket, sys
host, port = sys.argv[1].rsplit(":", 1)
sock = socket.create_connection((host, int(port)))
stream = sock.makefile("rw", encoding="utf-8")
def call(method, params, n=[0]):
    n[0] += 1
    stream.write(json.dumps({"jsonrpc": "2.0", "id": n[0], "method": method, "params": params}) + "\n")
    stream.flush()
    while True:
        reply = json.loads(stream.readline())
        if reply.get("id") == n[0]:
            return reply.get("result")
call("hello", {"protocol": 1})
call("auth.login", {"login": "lead", "password": "demo-pass"})
category = call("kb.categorySave", {"names": {"en": "Domains and DNS", "hr": "Domene i DNS", "ru": "Домены и DNS"}})
call("kb.articleSave", {"language": "en", "categoryId": category["id"], "visibility": "public",
    "state": "published", "title": "DNS changes take up to 48 hours",
    "body": "After a **DNS change**, resolvers keep the old records until their TTL runs out."})
article = call("kb.articleSave", {"language": "hr", "categoryId": category["id"], "visibility": "public",
    "state": "published", "tags": ["dns"], "title": "Promjena DNS zapisa: koliko traje propagacija",
    "body": "Nakon promjene **DNS zapisa** novi podaci vidljivi su svima za *24 do 48 sati*.\n\n"
            "## Što možete napraviti\n\n- provjerite zapis alatom [DNS Checker](https://dnschecker.org)\n"
            "- ispraznite predmemoriju preglednika\n- javite nam se ako ni nakon 48 sati ne radi\n\n"
            "```\ndig +short www.example.hr\n```"})
call("kb.articleSave", {"id": article["id"], "version": article["version"], "language": "ru",
    "title": "Изменение DNS: сколько длится распространение",
    "body": "После изменения **DNS-записей** новые данные видны всем через *24–48 часов*.\n\n"
            "## Что можно сделать\n\n- проверьте запись в [DNS Checker](https://dnschecker.org)\n"
            "- очистите кэш браузера\n- напишите нам, если через 48 часов всё ещё не работает"})
PY
}

kb_shots() {
    kb_articles
    local agent=(--server "$ADDRESS" --login ana --password-env HELPDESK_DEMO_PASSWORD)
    shot_with_keys canned-slash 4 "ctrl+shift+r type:/dns" "${agent[@]}" --open-ticket 7 --language en
    shot_with_keys knowledge-base 4 "ctrl+shift+k" "${agent[@]}" --language en
    shot_with_keys kb-suggestions 4 "ctrl+n type:dns" --server "$ADDRESS" --login nina \
        --password-env HELPDESK_DEMO_PASSWORD --language en
    quick_search_shot
}

# Search everywhere (Ctrl+K) for "backup": tickets and canned responses of the demo data.
quick_search_shot() {
    shot_with_keys quick-search 4 "ctrl+k type:backup" --server "$ADDRESS" --login ana \
        --password-env HELPDESK_DEMO_PASSWORD --open-ticket 7 --language en
}

# rpc LOGIN PASSWORD METHOD PARAMS : one call on its own connection; prints the answer.
rpc() {
    python3 - "$ADDRESS" "$@" <<'PY'
import json, socket, sys
address, login, password, method, params = sys.argv[1:6]
host, port = address.rsplit(":", 1)
link = socket.create_connection((host, int(port)))
stream = link.makefile("rwb")
def call(number, name, arguments):
    stream.write(json.dumps({"jsonrpc": "2.0", "id": number, "method": name,
                             "params": arguments}).encode() + b"\n")
    stream.flush()
    return json.loads(stream.readline())
call(1, "hello", {"protocol": 1})
call(2, "auth.login", {"login": login, "password": password})
print(json.dumps(call(3, method, json.loads(params))))
PY
}

# Administration: what the dialogs show is made first (services, a change, a failed login).
admin_shots() {
    local admin=(--server "$ADDRESS" --login admin --password-env HELPDESK_DEMO_PASSWORD --language en)
    local jadran
    jadran="$(rpc admin demo-pass customer.list '{"query":"Jadran"}' \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["result"]["items"][0]["id"])')"
    rpc admin demo-pass customer.update '{"id":'"$jadran"',"language":"hr","notes":"Pays yearly. Ask Ivana before any DNS change.","services":[{"kind":"hosting","name":"Business 20 GB","details":"PHP 8.2, daily backups"},{"kind":"domain","name":"jadran-media.hr","details":"DNS with us"},{"kind":"mailbox","name":"info@jadran-media.hr"}]}' >/dev/null
    local ana
    ana="$(rpc admin demo-pass user.list '{"staff":true}' | python3 -c 'import json,sys
print(next(u["id"] for u in json.load(sys.stdin)["result"]["items"] if u["login"] == "ana"))')"
    rpc admin demo-pass user.update '{"id":'"$ana"',"phone":"+385 1 555 0101","email":"ana@helpdesk.example"}' >/dev/null
    rpc ana wrong-password hello '{}' >/dev/null
    shot_with_keys admin-users 4 "alt+a u" "${admin[@]}"
    shot_with_keys admin-organisations 4 "alt+a o" "${admin[@]}"
    shot_with_keys admin-audit-log 4 "alt+a a" "${admin[@]}"
    shot_with_keys change-password 4 "alt+f h" "${admin[@]}"
}

# Service levels (leads): a business calendar and a queue's on-call rota, made over the protocol.
sla_shots() {
    local lead=(--server "$ADDRESS" --login lead --password-env HELPDESK_DEMO_PASSWORD --language en)
    local sam
    sam="$(rpc admin demo-pass user.list '{"staff":true}' | python3 -c 'import json,sys
print(next(u["id"] for u in json.load(sys.stdin)["result"]["items"] if u["login"] == "sam"))')"
    rpc lead demo-pass calendar.save '{"name":"Zagreb office","timeZone":"Europe/Zagreb","hours":[{"day":1,"start":"08:00","end":"12:00"},{"day":1,"start":"13:00","end":"17:00"},{"day":2,"start":"08:00","end":"16:00"},{"day":3,"start":"08:00","end":"16:00"},{"day":4,"start":"08:00","end":"16:00"},{"day":5,"start":"08:00","end":"14:00"}],"holidays":["2026-12-24","2026-12-25","2027-01-01"]}' >/dev/null
    rpc lead demo-pass rota.save '{"queueId":3,"shifts":[{"userId":'"$sam"',"timeZone":"Europe/Zagreb","hours":[{"day":6,"start":"00:00","end":"00:00"},{"day":7,"start":"00:00","end":"00:00"}],"dates":["2026-12-25"]}]}' >/dev/null
    shot_with_keys sla-calendars 4 "alt+s c" "${lead[@]}"
    shot_with_keys sla-rota 4 "alt+s r" "${lead[@]}" # Abuse, the first queue by name
}

# An announcement to Jadran Media (published as the lead over the protocol), seen by its
# customer Ivana in the banner, and the lead's editor open on it.
announcement_shots() {
    python3 - "$ADDRESS" <<'PY'
import json, socket, sys, datetime
host, port = sys.argv[1].rsplit(":", 1)
conn = socket.create_connection((host, int(port)))
reader = conn.makefile("r", encoding="utf-8")
def call(method, params, n=[0]):
    n[0] += 1
    conn.sendall((json.dumps({"jsonrpc": "2.0", "id": n[0], "method": method, "params": params}) + "\n").encode())
    while True:
        reply = json.loads(reader.readline())
        if reply.get("id") == n[0]:
            return reply["result"]
call("hello", {"protocol": 1})
call("auth.login", {"login": "lead", "password": "demo-pass"})
jadran = [c["id"] for c in call("customer.list", {"limit": 50})["items"] if c["name"].startswith("Jadran")]
start = (datetime.datetime.utcnow() + datetime.timedelta(days=1)).replace(hour=1, minute=0, second=0, microsecond=0)
iso = lambda t: t.strftime("%Y-%m-%dT%H:%M:%S.000Z")
call("announcement.save", {"kind": "maintenance", "audience": "customers", "customerIds": jadran,
    "startsAt": iso(start), "endsAt": iso(start + datetime.timedelta(hours=2)), "texts": [
    {"language": "en", "title": "Mail servers: maintenance tonight",
     "body": "We replace the storage of the mail servers. Mail may be delayed by up to ten minutes; nothing is lost."},
    {"language": "hr", "title": "Poslužitelji pošte: održavanje noćas",
     "body": "Mijenjamo pohranu poslužitelja pošte. Pošta može kasniti do deset minuta; ništa se ne gubi."}]})
PY
    shot announcement-banner 4 --server "$ADDRESS" --login ivana --password-env HELPDESK_DEMO_PASSWORD --open-ticket 7 --language en
    shot announcement-editor 5 --server "$ADDRESS" --login lead --password-env HELPDESK_DEMO_PASSWORD --edit-announcement --language en
}

# Issue 11: Nina (technical contact) asks for a backup restore, a sensitive request: her
# owner Oliver sees Approve / Refuse, the agent Ana sees it waiting, with the answers on top.
request_shots() {
    python3 - "$ADDRESS" "$WORK/request-ticket" <<'PY'
import json, socket, sys
host, port = sys.argv[1].rsplit(":", 1)
def session(login):
    conn = socket.create_connection((host, int(port)))
    stream = conn.makefile("rwb")
    n = [0]
    def call(method, params):
        n[0] += 1
        stream.write(json.dumps({"jsonrpc": "2.0", "id": n[0], "method": method, "params": params}).encode() + b"\n")
        stream.flush()
        while True:
            reply = json.loads(stream.readline())
            if reply.get("id") == n[0]:
                return reply["result"]
    call("hello", {"protocol": 1})
    call("auth.login", {"login": login, "password": "demo-pass"})
    return call
admin = session("admin")
nordwind = [c for c in admin("customer.list", {"limit": 50})["items"] if c["name"].startswith("Nordwind")][0]
admin("customer.update", {"id": nordwind["id"], "services": [
    {"kind": "hosting", "name": "shop.nordwind.example", "details": "Business 20 GB, PHP 8.2"},
    {"kind": "domain", "name": "nordwind.example"}]})
services = {s["name"]: s["id"] for s in admin("customer.get", {"id": nordwind["id"]})["customer"]["services"]}
nina = session("nina")
kind = [t for t in nina("requestType.list", {})["items"] if t["key"] == "backup_restore"][0]
ticket = nina("ticket.create", {"subject": "Please restore the shop from Tuesday's backup",
    "body": "An update broke the checkout; we would like Tuesday's state back.",
    "requestTypeId": kind["id"], "fields": {"site": services["shop.nordwind.example"],
    "date": "2026-12-01", "error": "HTTP 500 on /checkout after the plugin update",
    "tried": "Disabled the new plugin; the error stays"}})
open(sys.argv[2], "w").write(str(ticket["id"]))
PY
    local ticket
    ticket="$(cat "$WORK/request-ticket")"
    shot request-owner-approval 4 --server "$ADDRESS" --login oliver --password-env HELPDESK_DEMO_PASSWORD --open-ticket "$ticket" --language en
    shot request-awaiting-approval 4 --server "$ADDRESS" --login ana --password-env HELPDESK_DEMO_PASSWORD --open-ticket "$ticket" --language en
}

# Issue 15: the lead's dashboard window (over the main window, 1100x760 at the top left) in
# every shipped language.
dashboard_shots() {
    for language in en ru uk pl hr sr de fr es pt_BR; do
        SHOT_SIZE=1100x760 shot "dashboard-$language" 7 --server "$ADDRESS" --login lead \
            --password-env HELPDESK_DEMO_PASSWORD --dashboard --language "$language"
    done
}

run_shots() {
    # HELPDESK_SHOT_ONLY=kb or =admin: only those pictures.
    if [ "${HELPDESK_SHOT_ONLY:-}" = kb ]; then
        kb_shots
        return
    fi
    if [ "${HELPDESK_SHOT_ONLY:-${HELPDESK_SHOTS:-}}" = admin ]; then
        admin_shots
        return
    fi
    if [ "${HELPDESK_SHOT_ONLY:-}" = requests ]; then
        request_shots
        return
    fi
    # HELPDESK_SHOT_ONLY=quicksearch: only the Ctrl+K picture (with the articles it finds).
    if [ "${HELPDESK_SHOT_ONLY:-}" = quicksearch ]; then
        kb_articles
        quick_search_shot
        return
    fi
    local agent=(--server "$ADDRESS" --login ana --password-env HELPDESK_DEMO_PASSWORD)
    # English unless a shot says otherwise: without --language, Ana's own (Croatian, stored on
    # the server) would be used and then remembered.
    shot main-window 4 "${agent[@]}" --open-ticket 7 --language en
    shot conversation-ru 4 --server "$ADDRESS" --login ivan --password-env HELPDESK_DEMO_PASSWORD --open-ticket 3 --language ru
    shot customer-view 4 --server "$ADDRESS" --login oliver --password-env HELPDESK_DEMO_PASSWORD --open-ticket 1 --language en
    shot phone-call-dialog 4 "${agent[@]}" --log-call --language hr
    SHOT_TRIM=1 shot login-dialog 3 --language en
    shot_with_keys search-results 4 "ctrl+f type:php Return Down" "${agent[@]}" --language en
    shot_with_keys keyboard-shortcuts 4 "F1" "${agent[@]}" --language en
    # The main window in every shipped language, to check for clipped or overflowing text;
    # before the knowledge-base pictures, which leave "/dns" as a draft in ticket 7's reply box.
    for language in en ru uk pl hr sr de fr es pt_BR; do
        shot "main-window-$language" 4 "${agent[@]}" --open-ticket 7 --language "$language"
    done
    offline_shot
    kb_shots
    admin_shots
    request_shots
    dashboard_shots
    # Last: staff see the announcement in their banner too.
    announcement_shots
}

# HELPDESK_SHOTS=announcement_shots (any function above) takes only those pictures.
if [ "${HELPDESK_INSIDE_XVFB:-}" = 1 ]; then
    "${HELPDESK_SHOTS:-run_shots}"
else
    # xvfb-run is a POSIX shell script that would drop exported bash functions: run this
    # script again inside it instead. The trap below stays with the outer run.
    HELPDESK_INSIDE_XVFB=1 HELPDESK_SHOT_ADDRESS="$ADDRESS" \
        xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$OUT"
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The mail gateway as an MTA drives it: one `helpdesk-server mailgate` process per mail.
# Files N mails (the corpus of tests/data/mail in turn, each with its own Message-ID, from 50
# senders of 7 domains: new contacts and organisations at first) into a fresh SQLite database
# (or the PostgreSQL database of --database), and prints mails per second; the same mails
# again (new Message-IDs) through a Maildir that `serve` polls (no process per mail); then the
# peak memory (max RSS, /usr/bin/time) of one mailgate run on a 20 MB mail. Figures only:
# nothing passes or fails.
#
#   tests/bench/mailgate-bench.sh [--mails N] [--server BINARY] [--workdir DIR]
#                                 [--database postgres://...]
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mails=500
server="$repo/build/server/helpdesk-server"
workdir=$(mktemp -d)
database=""
while [ $# -gt 0 ]; do
    case "$1" in
        --mails) mails=$2; shift 2 ;;
        --server) server=$2; shift 2 ;;
        --workdir) workdir=$2; shift 2 ;;
        --database) database=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$workdir/mails"
if [ -n "$database" ]; then
    where=(--database "$database")
else
    rm -f "$workdir/helpdesk.sqlite"*
    where=(--data-dir "$workdir")
fi
cat >"$workdir/mail.json" <<JSON
{ "domain": "bench.example.com", "sendersPerHour": 1000000, "maxMessageBytes": 67108864,
  "queues": { "Support": { "unknownSenders": "domain-or-new" } } }
JSON
"$server" init "${where[@]}" >/dev/null

# The mails, written beforehand so that only the gateway is timed.
corpus=("$repo"/tests/data/mail/*.eml)
for ((i = 0; i < mails; i++)); do
    file=${corpus[$((i % ${#corpus[@]}))]}
    sed -e "s/^Message-ID: <[^>]*>/Message-ID: <bench-$i@bench.example.org>/I" \
        -e "0,/^From: .*/s//From: Sender $((i % 50)) <sender$((i % 50))@customer$((i % 7)).example.org>/" \
        "$file" >"$workdir/mails/$i.eml"
done

gate=("$server" mailgate "${where[@]}" --queue Support --mail-config "$workdir/mail.json")
start=$(date +%s.%N)
for ((i = 0; i < mails; i++)); do
    "${gate[@]}" <"$workdir/mails/$i.eml" 2>/dev/null
done
end=$(date +%s.%N)
echo "mails filed: $mails in $(echo "$end - $start" | bc) s: $(echo "scale=1; $mails / ($end - $start)" | bc) mails/s (one mailgate process each)"

# The same mails through the Maildir poller of a running server: filing without a process each.
maildir="$workdir/maildir"
mkdir -p "$maildir/tmp" "$maildir/new" "$maildir/cur"
cat >"$workdir/maildir.json" <<JSON
{ "domain": "bench.example.com", "sendersPerHour": 1000000, "maxMessageBytes": 67108864,
  "queues": { "Support": { "unknownSenders": "domain-or-new", "maildir": "$maildir", "pollSeconds": 3600 } } }
JSON
for ((i = 0; i < mails; i++)); do
    sed "s/^Message-ID: <bench-/Message-ID: <maildir-/I" "$workdir/mails/$i.eml" >"$maildir/new/$i.eml"
done
start=$(date +%s.%N)
"$server" serve "${where[@]}" --listen 127.0.0.1:0 --mail-config "$workdir/maildir.json" 2>/dev/null >/dev/null &
serve_pid=$!
while [ "$(ls "$maildir/new" | wc -l)" -gt 0 ]; do sleep 0.05; done
end=$(date +%s.%N)
kill "$serve_pid"; wait "$serve_pid" || true
echo "mails filed through the Maildir poller: $mails in $(echo "$end - $start" | bc) s (server start included): $(echo "scale=1; $mails / ($end - $start)" | bc) mails/s"

# One 20 MB mail (a short text and a base64 attachment), as in tst_mailgate.
big="$workdir/big.eml"
{
    printf 'From: Big Sender <big@sender.example>\r\nSubject: Dump\r\nMessage-ID: <bench-big@sender.example>\r\n'
    printf 'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="BIG"\r\n\r\n--BIG\r\n'
    printf 'Content-Type: text/plain; charset=utf-8\r\n\r\nattached.\r\n--BIG\r\n'
    printf 'Content-Type: application/octet-stream; name="dump.sql"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
    head -c 15400000 /dev/urandom | base64 -w 76 | sed 's/$/\r/'
    printf -- '--BIG--\r\n'
} >"$big"
size=$(stat -c %s "$big")
/usr/bin/time -f "%e %M" -o "$workdir/time.txt" "${gate[@]}" <"$big" 2>/dev/null
read -r seconds rss <"$workdir/time.txt"
echo "20 MB mail ($size bytes): $seconds s, peak memory $((rss / 1024)) MB (max RSS)"

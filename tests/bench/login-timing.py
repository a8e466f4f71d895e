#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""How long a failed auth.login takes for an existing, a disabled and a missing login.

A guesser must not learn from the answer's time whether a login exists (issue 16): the server
verifies an Argon2id hash either way (a decoy hash for logins it does not know). This starts
a server on a fresh SQLite database, makes USERS agents with `user add` and disables half of
them (user.update), then sends auth.login with a wrong password, interleaving the three kinds:

  existing  an enabled user, wrong password
  disabled  a disabled user, wrong password
  missing   a login that does not exist

Each login is tried at most 4 times (the server's lockout starts after 5 failures per login)
and every attempt comes from its own loopback address 127.0.<a>.<b> (30 free failures per
address), so no answer is a rate-limit answer. Reports median, p90 and mean per kind, measured
at the client from sending the request to reading the answer. Nothing passes or fails on time.

Usage: login-timing.py HELPDESK-SERVER [USERS (default 40)]
"""
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ATTEMPTS_PER_LOGIN = 4


class Rpc:
    def __init__(self, port, source=None):
        self.sock = socket.create_connection(("127.0.0.1", port), source_address=(source, 0) if source else None)
        self.stream = self.sock.makefile("rwb")
        self.next_id = 0

    def call(self, method, params):
        self.next_id += 1
        self.stream.write(json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method,
                                      "params": params}).encode() + b"\n")
        self.stream.flush()
        while True:
            reply = json.loads(self.stream.readline())
            if reply.get("id") == self.next_id:
                return reply

    def close(self):
        self.sock.close()


def main():
    server = sys.argv[1]
    users = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    work = tempfile.mkdtemp(prefix="login-timing-")
    data = os.path.join(work, "data")
    subprocess.run([server, "init", "--demo", "--data-dir", data], check=True, stdout=subprocess.DEVNULL)
    logins = [f"timing{i}" for i in range(users)]
    for login in logins:
        subprocess.run([server, "user", "add", "--data-dir", data, "--login", login, "--name", login,
                        "--role", "agent", "--password-stdin"], input=b"the-right-password-1\n",
                       check=True, stdout=subprocess.DEVNULL)
    log = open(os.path.join(work, "server.log"), "w")
    proc = subprocess.Popen([server, "serve", "--data-dir", data, "--listen", "127.0.0.1:0"],
                            stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        port = int(proc.stdout.readline().strip().rsplit(":", 1)[1])
        admin = Rpc(port)
        admin.call("hello", {"protocol": 1})
        admin.call("auth.login", {"login": "admin", "password": "demo-pass"})
        ids = {u["login"]: u["id"] for u in admin.call("user.list", {"staff": True, "limit": 500})["result"]["items"]}
        disabled = logins[users // 2:]
        enabled = logins[:users // 2]
        for login in disabled:
            reply = admin.call("user.update", {"id": ids[login], "enabled": False})
            assert "result" in reply, reply
        missing = [f"nobody{i}" for i in range(len(enabled))]

        trials = []
        for _ in range(ATTEMPTS_PER_LOGIN):
            for kind, group in (("existing", enabled), ("disabled", disabled), ("missing", missing)):
                trials += [(kind, login) for login in group]
        random.seed(1)
        random.shuffle(trials)
        times = {"existing": [], "disabled": [], "missing": []}
        for number, (kind, login) in enumerate(trials):
            source = f"127.0.{1 + number // 250}.{1 + number % 250}"
            client = Rpc(port, source)
            client.call("hello", {"protocol": 1})
            start = time.perf_counter()
            reply = client.call("auth.login", {"login": login, "password": "a-wrong-password"})
            elapsed = time.perf_counter() - start
            client.close()
            code = reply.get("error", {}).get("code")
            if code != 1001:
                sys.exit(f"unexpected answer for {kind} {login}: {reply}")
            times[kind].append(elapsed * 1000)
        print("kind | attempts | median | p90 | mean")
        print("---|---:|---:|---:|---:")
        for kind, values in times.items():
            values.sort()
            p90 = values[int(len(values) * 0.9) - 1]
            print(f"{kind} | {len(values)} | {statistics.median(values):.1f} ms | {p90:.1f} ms | "
                  f"{statistics.mean(values):.1f} ms")
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Monitoring alerts (issue 13): alert.fire and the Alertmanager webhook against a real
`helpdesk-server serve` on a fresh SQLite database (or the PostgreSQL database of --database).
Prints per second: new alerts (each opens an incident ticket), repeats of one firing alert
(counted), resolutions (note + resolve), all over one API-token connection with 32 requests in
flight; then webhook calls (one HTTP request, a new connection each) of --batch alerts. Figures
only: nothing passes or fails.

  tests/bench/alerts-bench.py [--alerts N] [--batch B] [--server BINARY] [--workdir DIR]
                              [--database postgres://...]
"""
import argparse
import http.client
import json
import os
import socket
import subprocess
import tempfile
import time

WINDOW = 32


class Rpc:
    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.file = self.sock.makefile("rb")
        self.next_id = 0

    def send(self, method, params):
        self.next_id += 1
        frame = {"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}
        self.sock.sendall(json.dumps(frame).encode() + b"\n")

    def read(self):
        while True:
            message = json.loads(self.file.readline())
            if "id" in message:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message["result"]

    def call(self, method, params):
        self.send(method, params)
        return self.read()

    def pipeline(self, method, params_list):
        """Sends every request with at most WINDOW unanswered; returns the results."""
        results, sent = [], 0
        while sent < min(WINDOW, len(params_list)):
            self.send(method, params_list[sent])
            sent += 1
        while len(results) < len(params_list):
            results.append(self.read())
            if sent < len(params_list):
                self.send(method, params_list[sent])
                sent += 1
        return results


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(label, count, unit, action):
    start = time.monotonic()
    action()
    seconds = time.monotonic() - start
    print(f"{label}: {count} in {seconds:.2f} s: {count / seconds:.0f} {unit}/s")


def main():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser()
    parser.add_argument("--alerts", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--server", default=os.path.join(repo, "build/server/helpdesk-server"))
    parser.add_argument("--workdir", default=tempfile.mkdtemp())
    parser.add_argument("--database", default="")
    args = parser.parse_args()
    where = ["--database", args.database] if args.database else ["--data-dir", args.workdir]
    subprocess.run([args.server, "init", *where], check=True, stdout=subprocess.DEVNULL)
    subprocess.run([args.server, "user", "add", *where, "--login", "benchadmin", "--name",
                    "Bench Admin", "--role", "admin", "--password-stdin"],
                   input=b"bench-password-1\n", check=True, stdout=subprocess.DEVNULL)
    port, hook_port = free_port(), free_port()
    server = subprocess.Popen([args.server, "serve", *where, "--listen", f"127.0.0.1:{port}",
                               "--alert-webhook", f"127.0.0.1:{hook_port}"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        while b"listening on" not in server.stdout.readline():
            pass
        admin = Rpc(port)
        admin.call("hello", {"protocol": 1})
        admin.call("auth.login", {"login": "benchadmin", "password": "bench-password-1"})
        secret = admin.call("apiToken.create", {"name": "bench", "scopes": ["alerts"]})["token"]
        monitor = Rpc(port)
        monitor.call("hello", {"protocol": 1})
        monitor.call("auth.token", {"token": secret})
        n = args.alerts

        def fire(key, status):
            return {"key": key, "status": status, "summary": f"{key} is down",
                    "severity": "warning", "host": f"host-{key}"}

        timed("alert.fire, new keys (a ticket each)", n, "alerts",
              lambda: monitor.pipeline("alert.fire", [fire(f"k{i}", "firing") for i in range(n)]))
        timed("alert.fire, repeats of one key (counted)", n, "alerts",
              lambda: monitor.pipeline("alert.fire", [fire("k0", "firing")] * n))
        timed("alert.fire, resolved (note + resolve)", n, "alerts",
              lambda: monitor.pipeline("alert.fire", [fire(f"k{i}", "resolved") for i in range(n)]))

        calls = max(1, n // args.batch)

        def webhook():
            for c in range(calls):
                body = json.dumps({"version": "4", "status": "firing", "alerts": [
                    {"status": "firing", "fingerprint": f"w{c}-{i}",
                     "labels": {"alertname": "Bench", "instance": f"w{c}-{i}:9100"},
                     "annotations": {"summary": f"webhook {c}/{i}"}}
                    for i in range(args.batch)]})
                connection = http.client.HTTPConnection("127.0.0.1", hook_port)
                connection.request("POST", "/alertmanager", body,
                                   {"Authorization": f"Bearer {secret}",
                                    "Content-Type": "application/json"})
                response = connection.getresponse()
                response.read()
                assert response.status == 200, response.status
                connection.close()

        timed(f"webhook calls of {args.batch} new alerts", calls * args.batch, "alerts", webhook)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

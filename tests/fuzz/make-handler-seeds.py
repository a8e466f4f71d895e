#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of fuzz_handlers (tests/fuzz/corpus/fuzz_handlers/).

An input of fuzz_handlers is: byte 0 the method's index in the method registry, byte 1 the
role (0 admin, 1 lead, 2 agent, 3 and 4 customers of two organisations), then the params as
JSON text. Seeds give the fuzzer params that pass validation, so that its mutations reach
what each handler does after it: for every database method of the registry, the examples of
docs/protocol.md and params made from the method's table there (every param, and only the
required ones), each as an administrator, an agent and a customer.

Run it again when methods are added or reordered:  python3 tests/fuzz/make-handler-seeds.py
"""
import hashlib
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/fuzz/corpus/fuzz_handlers"
ROLES = (0, 2, 3)

# A value per param type of the protocol tables, and per name where the type is not enough.
BY_NAME = {
    "status": "open", "priority": "high", "state": "viewing", "role": "agent",
    "language": "en", "locale": "en", "timeZone": "Europe/Zagreb", "query": "printer",
    "login": "agent", "password": "secret-password-1", "email": "a@example.com",
    "since": "2026-01-01T00:00:00Z", "until": "2026-12-31T00:00:00Z", "kind": "maintenance",
    "audience": "customers", "visibility": "public", "mode": "round_robin",
    "assignMode": "round_robin", "start": "08:00", "end": "16:00", "startsAt": "2026-12-06T02:00:00Z",
    "endsAt": "2026-12-06T04:00:00Z", "sha256": "00" * 32, "name": "Seed", "subject": "Seed",
    "body": "Seed body", "text": "Seed text", "title": "Seed title",
}
BY_TYPE = [
    ("array", []), ("object", {}), ("boolean", True), ("bool", True), ("integer", 1),
    ("number", 1), ("id", 1), ("string", "seed"), ("time", "2026-12-01T00:00:00Z"),
]


def sample(name, kind):
    if name in BY_NAME:
        return BY_NAME[name]
    kind = kind.lower()
    for word, value in BY_TYPE:
        if word in kind:
            return value
    return 1


def registry_order():
    names = dict(re.findall(r'X\((\w+),\s*"([\w.]+)"\)', (ROOT / "shared/protocol/methods.h").read_text()))
    source = (ROOT / "server/api/methodregistry.cpp").read_text()
    body = source[source.index("methodRegistry()"):]
    return [(kind, names[const]) for kind, const in
            re.findall(r"\b(session|reader|writer)\(\s*method::(\w+)", body)]


def protocol_params():
    """method -> list of params objects found in docs/protocol.md."""
    text = (ROOT / "docs/protocol.md").read_text()
    found = {}
    for method, params in re.findall(r'"method":"([\w.]+)","params":(\{.*\})\}', text):
        try:
            found.setdefault(method, []).append(json.loads(params))
        except json.JSONDecodeError:
            pass
    for section in re.split(r"\n### ", text)[1:]:
        method = section.split("\n", 1)[0].strip()
        for inline in re.findall(r"Example: `(\{[^`]*\})`", section):
            try:
                found.setdefault(method, []).append(json.loads(inline))
            except json.JSONDecodeError:
                pass
        rows = [(name, kind.strip(), req) for name, kind, req in
                re.findall(r"^\|\s*`(\w+)`\s*\|([^|]*)\|([^|]*)\|", section, re.M)]
        if rows:
            every = {name: sample(name, kind) for name, kind, _ in rows}
            required = {name: sample(name, kind) for name, kind, req in rows if "req" in req}
            found.setdefault(method, []).extend([every, required])
    return found


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    params = protocol_params()
    written = 0
    for index, (kind, method) in enumerate(registry_order()):
        if kind == "session":
            continue
        for variant in params.get(method, []) + [{}]:
            payload = json.dumps(variant, separators=(",", ":"), ensure_ascii=False).encode()
            for role in ROLES:
                data = bytes([index % 256, role]) + payload
                digest = hashlib.sha1(data).hexdigest()[:12]
                (OUT / f"{method}-{role}-{digest}").write_bytes(data)
                written += 1
    print(f"{written} seeds in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

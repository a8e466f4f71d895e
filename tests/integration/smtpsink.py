#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A real SMTP server for the mail tests (Debian's python3-aiosmtpd): every mail it accepts is
# written to DIR as <n>.eml (the bytes as received) with <n>.env beside it (MAIL FROM, then
# each RCPT TO, one per line). Prints "ready" when it listens; runs until SIGTERM.
#   smtpsink.py PORT DIR [--tls CERT KEY] [--auth USER PASSWORD]
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port = int(sys.argv[1])
directory = sys.argv[2]
options = sys.argv[3:]
counter = [0]
lock = threading.Lock()


class Sink:
    async def handle_DATA(self, server, session, envelope):
        with lock:
            counter[0] += 1
            name = os.path.join(directory, "%d-%d" % (os.getpid(), counter[0]))
        with open(name + ".env.tmp", "w") as f:
            f.write("\n".join([envelope.mail_from] + list(envelope.rcpt_tos)) + "\n")
        with open(name + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(name + ".env.tmp", name + ".env")
        os.rename(name + ".eml.tmp", name + ".eml")
        return "250 OK stored"


kwargs = {}
if "--tls" in options:
    i = options.index("--tls")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(options[i + 1], options[i + 2])
    kwargs["tls_context"] = context
    kwargs["require_starttls"] = True
if "--auth" in options:
    i = options.index("--auth")
    user, password = options[i + 1].encode(), options[i + 2].encode()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user \
            and auth_data.password == password
        return AuthResult(success=ok)

    kwargs["authenticator"] = authenticate
    kwargs["auth_required"] = True
    kwargs["auth_require_tls"] = "--tls" in options

controller = Controller(Sink(), hostname="127.0.0.1", port=port, **kwargs)
controller.start()
print("ready", flush=True)
stop = threading.Event()
signal.signal(signal.SIGTERM, lambda *_: stop.set())
signal.signal(signal.SIGINT, lambda *_: stop.set())
stop.wait()
controller.stop()

"""A real SMTP server on loopback (aiosmtpd) for the sending tests and the benchmark, on a free port."""

import socket
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Recorder:
    """Keeps every accepted message; refuses the recipients listed in `refuse` (550, as a mailbox that is gone)."""

    def __init__(self, refuse=()):
        self.refuse = set(refuse)
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(recorder):
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port())
    controller.start()
    return controller

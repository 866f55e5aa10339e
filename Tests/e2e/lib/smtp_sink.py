#!/usr/bin/env python3
"""A real SMTP server (aiosmtpd) on loopback for the end-to-end suite.

Every message it accepts is appended to --log as one line `message-id<TAB>rcpt<TAB>x-ehc-event`, flushed at
once, so a test can count what arrived (and how often) even if the daemon is killed mid-conversation.
--delay slows each DATA down (to stretch a fan-out over the kill rounds); --refuse ADDR answers 550 to that
recipient (a permanent failure); --ready FILE is written once the port listens.
"""
import argparse
import asyncio
import os
import signal
from email.parser import BytesHeaderParser

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, log, delay, refuse):
        self.log = open(log, "a", buffering=1)
        self.delay = delay
        self.refuse = {a.lower() for a in refuse}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return "550 5.1.1 <%s>: mailbox unavailable (refused by the e2e sink)" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        headers = BytesHeaderParser().parsebytes(envelope.original_content or envelope.content)
        message_id = (headers.get("Message-ID") or "-").strip()
        event = (headers.get("X-EHC-Event") or "-").strip()
        for rcpt in envelope.rcpt_tos:
            self.log.write("%s\t%s\t%s\n" % (message_id, rcpt, event))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--ready")
    args = parser.parse_args()
    controller = Controller(Recorder(args.log, args.delay, args.refuse), hostname="127.0.0.1", port=args.port,
                            ready_timeout=10.0)
    controller.start()
    if args.ready:
        with open(args.ready, "w") as ready:
            ready.write(str(os.getpid()))
    stop = asyncio.Event()

    async def wait():
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()

    asyncio.run(wait())
    controller.stop()


if __name__ == "__main__":
    main()

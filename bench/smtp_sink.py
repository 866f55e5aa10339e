#!/usr/bin/env python3
"""smtp_sink.py PORT STATS [--expect N] [--sample FILE] — an SMTP sink on aiosmtpd for outbox-fanout.sh.

Listens on 127.0.0.1:PORT, accepts every message with 250 and keeps none of it. Counts messages, distinct
Message-IDs (so duplicates show), bytes and connections, and writes them to STATS as one JSON object every
second and when it stops: {"messages", "distinct", "bytes", "connections", "first_at", "last_at"} (Unix
times of the first and last accepted message). --expect N: stop once N messages are in. --sample FILE: keep
the first message's bytes (outbox-fanout.sh gives them to smtp-source -F). SIGTERM and SIGINT stop it.
Needs aiosmtpd (pip install aiosmtpd); it speaks plain SMTP only (no STARTTLS offered).
"""
import argparse
import asyncio
import json
import os
import signal
import time

from aiosmtpd.smtp import SMTP


class Counter:
    def __init__(self, expect, sample):
        self.expect = expect
        self.sample = sample
        self.messages = 0
        self.ids = set()
        self.bytes = 0
        self.peers = set()
        self.first_at = None
        self.last_at = None
        self.done = asyncio.Event()

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content or envelope.content or b""
        now = time.time()
        if self.first_at is None:
            self.first_at = now
            if self.sample:
                with open(self.sample, "wb") as f:
                    f.write(data)
        self.last_at = now
        self.messages += 1
        self.bytes += len(data)
        self.peers.add(session.peer)
        head = data.split(b"\r\n\r\n", 1)[0]
        for line in head.split(b"\r\n"):
            if line[:12].lower() == b"message-id: ":
                self.ids.add(line[12:].strip())
                break
        if self.expect and self.messages >= self.expect:
            self.done.set()
        return "250 2.0.0 Ok: kept nowhere"

    def stats(self):
        return {"messages": self.messages, "distinct": len(self.ids), "bytes": self.bytes,
                "connections": len(self.peers), "first_at": self.first_at, "last_at": self.last_at}


def write_stats(path, stats):
    temporary = path + ".tmp"
    with open(temporary, "w") as f:
        json.dump(stats, f)
    os.replace(temporary, path)


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("stats")
    parser.add_argument("--expect", type=int, default=0)
    parser.add_argument("--sample")
    args = parser.parse_args()
    counter = Counter(args.expect, args.sample)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(counter, hostname="sink.bench.invalid", ident="bench sink", data_size_limit=10 * 1024 * 1024),
        "127.0.0.1", args.port)
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)

    async def tick():
        while True:
            write_stats(args.stats, counter.stats())
            await asyncio.sleep(1)

    ticker = asyncio.create_task(tick())
    await asyncio.wait([asyncio.create_task(stop.wait()), asyncio.create_task(counter.done.wait())],
                       return_when=asyncio.FIRST_COMPLETED)
    ticker.cancel()
    write_stats(args.stats, counter.stats())
    server.close()


if __name__ == "__main__":
    asyncio.run(main())

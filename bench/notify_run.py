#!/usr/bin/env python3
"""Start ehc-reviewd as systemd would (Type=notify) and time it.

  notify_run.py run --binary B --config C [--env K=V ...] [--until REGEX] [--settle S] [--evict FILE ...]
      Binds a NOTIFY_SOCKET datagram socket, execs the daemon, and records (monotonic, from just before
      exec) every datagram and every stderr line. Once READY=1 has arrived (and a stderr line matching
      --until, if given, or --settle seconds after READY otherwise), sends SIGTERM and waits for the
      exit. Prints one JSON object: ready_ms, term_to_exit_ms, exit_code, max_rss_kib, lines, datagrams.
      --evict drops FILE's pages from the page cache first (posix_fadvise DONTNEED), for a cold start.

  notify_run.py summary RESULTS.jsonl
      The table: N, runs, median/min/max ms to READY=1, file size.

  notify_run.py timeline RESULTS.jsonl
      For the debug runs: the ms from exec of "database open", READY, "next wake" (end of the first
      scheduler pass) and the other start-up lines.
"""
import argparse
import json
import os
import re
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def ms_since(t0):
    return (time.monotonic_ns() - t0) / 1e6


def evict(path):
    for name in (path, path + "-wal", path + "-shm"):
        if os.path.exists(name):
            fd = os.open(name, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def run(args):
    for path in args.evict:
        evict(path)
    folder = tempfile.mkdtemp(prefix="ehc-notify-")
    address = os.path.join(folder, "notify.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(address)
    env = dict(os.environ)
    for name in ("JOURNAL_STREAM", "WATCHDOG_USEC", "WATCHDOG_PID"):
        env.pop(name, None)
    env["NOTIFY_SOCKET"] = address
    for assignment in args.env:
        key, _, value = assignment.partition("=")
        env[key] = value

    lines, datagrams = [], []
    until = re.compile(args.until) if args.until else None
    seen_until = threading.Event()

    t0 = time.monotonic_ns()
    process = subprocess.Popen([args.binary, "--config", args.config], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def read_stderr():
        for raw in process.stderr:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            if until and until.search(line):
                seen_until.set()
            # ServiceLifecycle's debug lines describe each service, the config reload service with the
            # whole process environment: keep only the start of long lines out of the results file.
            if len(line) > 300:
                line = line[:300] + f" ...[{len(line) - 300} more characters]"
            lines.append([round(ms_since(t0), 2), line])

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()

    def receive(timeout):
        ready, _, _ = select.select([sock], [], [], timeout)
        if ready:
            message = sock.recv(65536).decode("utf-8", "replace")
            datagrams.append([round(ms_since(t0), 2), message])
            return message
        return None

    ready_ms = None
    deadline = time.monotonic() + args.timeout
    while ready_ms is None and time.monotonic() < deadline and process.poll() is None:
        message = receive(0.05)
        if message and "READY=1" in message.split("\n"):
            ready_ms = datagrams[-1][0]
    if until:
        while not seen_until.is_set() and time.monotonic() < deadline and process.poll() is None:
            receive(0.02)
    else:
        settle_end = time.monotonic() + args.settle
        while time.monotonic() < settle_end and process.poll() is None:
            receive(0.02)

    term_ms = None
    if process.poll() is None:
        term_ms = ms_since(t0)
        process.send_signal(signal.SIGTERM)
    _, status, usage = os.wait4(process.pid, 0)
    exit_ms = ms_since(t0)
    process.returncode = os.waitstatus_to_exitcode(status)
    reader.join(timeout=5)
    while receive(0.0):
        pass
    sock.close()
    os.unlink(address)
    os.rmdir(folder)
    meta = {}
    for assignment in args.meta:
        key, _, value = assignment.partition("=")
        meta[key] = int(value) if value.isdigit() else value
    print(json.dumps({
        **meta,
        "ready_ms": ready_ms,
        "term_to_exit_ms": round(exit_ms - term_ms, 2) if term_ms is not None else None,
        "exit_code": process.returncode,
        "max_rss_kib": usage.ru_maxrss,
        "user_cpu_ms": round(usage.ru_utime * 1000, 1),
        "sys_cpu_ms": round(usage.ru_stime * 1000, 1),
        "lines": lines,
        "datagrams": datagrams,
    }))
    return 0 if ready_ms is not None and process.returncode == 0 else 1


def summary(args):
    rows = {}
    with open(args.results) as handle:
        for text in handle:
            record = json.loads(text)
            rows.setdefault((record["n"], record["kind"]), []).append(record)
    print(f"{'plans':>8} {'runs':>4} {'median ms':>10} {'min ms':>8} {'max ms':>8}"
          f" {'stop ms':>8} {'max RSS':>9} {'file':>8}  start")
    for (n, kind), records in sorted(rows.items(), key=lambda item: (item[0][0], item[0][1] != "warm")):
        ready = [r["ready_ms"] for r in records if r["ready_ms"] is not None]
        stop = [r["term_to_exit_ms"] for r in records if r["term_to_exit_ms"] is not None]
        rss = max(r["max_rss_kib"] for r in records)
        size = records[0]["file_bytes"] / 2**20
        if not ready:
            print(f"{n:>8} {len(records):>4}  never READY")
            continue
        print(f"{n:>8} {len(ready):>4} {statistics.median(ready):>10.1f} {min(ready):>8.1f} {max(ready):>8.1f}"
              f" {statistics.median(stop):>8.1f} {rss / 1024:>6.1f} MiB {size:>4.1f} MiB  {kind}")
    return 0


def timeline(args):
    """For the debug runs: when each step of start-up was logged, in ms from exec."""
    wanted = re.compile(r"database open|: ready|deadlines changed state|next wake|stopped cleanly")
    with open(args.results) as handle:
        records = [json.loads(text) for text in handle]
    for record in records:
        if not record["kind"].startswith("debug"):
            continue
        print(f"N={record['n']} {record['kind']}: READY=1 at {record['ready_ms']:.1f} ms, "
              f"user {record['user_cpu_ms']:.0f} ms + sys {record['sys_cpu_ms']:.0f} ms CPU in all")
        opened = wake = None
        for at, message in record["datagrams"]:
            if "Opening the database" in message:
                print(f"  {at:9.1f} ms  (notify) STATUS=Opening the database: Daemon.start begins")
        for at, line in record["lines"]:
            if wanted.search(line):
                text = re.sub(r"^\S+ ", "", line)  # drop the second-resolution wall-clock stamp
                print(f"  {at:9.1f} ms  {text}")
                if "database open" in line:
                    opened = at
                if "next wake" in line and wake is None:
                    wake = at
        if opened is not None and wake is not None:
            print(f"  first scheduler pass done {wake - opened:.1f} ms after 'database open'")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    start = commands.add_parser("run")
    start.add_argument("--binary", required=True)
    start.add_argument("--config", required=True)
    start.add_argument("--env", action="append", default=[])
    start.add_argument("--until", help="wait for a stderr line matching this before SIGTERM")
    start.add_argument("--settle", type=float, default=0.5, help="seconds after READY before SIGTERM")
    start.add_argument("--timeout", type=float, default=120)
    start.add_argument("--evict", action="append", default=[])
    start.add_argument("--meta", action="append", default=[], help="KEY=VALUE copied into the JSON")
    table = commands.add_parser("summary")
    table.add_argument("results")
    lines = commands.add_parser("timeline")
    lines.add_argument("results")
    args = parser.parse_args()
    return {"run": run, "summary": summary, "timeline": timeline}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

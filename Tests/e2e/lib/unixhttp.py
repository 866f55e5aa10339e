#!/usr/bin/env python3
"""Raw HTTP/1.1 over the admin Unix socket, for probes curl cannot make (standard library only, so it runs
as any test user with the system python3). Every subcommand prints one JSON object.

  flood SOCK N PATH BODY        N POSTs on keep-alive connections (reconnecting when closed): codes, seconds
  slowloris SOCK N HOLD READY   N connections that send half a request header and stop, held HOLD seconds
                                (READY written once all are open): how many the daemon closed meanwhile
  raw SOCK FILE [--shut]        FILE's bytes as they are (--shut: shut down writing after them); the answer
"""
import json
import resource
import socket
import sys
import time


def connect(path, timeout=10.0):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(path)
    return s


def read_response(s, deadline=10.0):
    """One response: (status, headers dict lower-case, body bytes); status 0 if the server closed first."""
    data = b""
    end = time.monotonic() + deadline
    while b"\r\n\r\n" not in data:
        s.settimeout(max(0.01, end - time.monotonic()))
        chunk = s.recv(65536)
        if not chunk:
            return 0, {}, data
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        length = int(headers["content-length"])
        while len(rest) < length:
            s.settimeout(max(0.01, end - time.monotonic()))
            chunk = s.recv(65536)
            if not chunk:
                break
            rest += chunk
        body = rest[:length]
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            while b"\r\n" not in rest:
                s.settimeout(max(0.01, end - time.monotonic()))
                chunk = s.recv(65536)
                if not chunk:
                    return status, headers, body
                rest += chunk
            size_line, _, rest = rest.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(rest) < size + 2:
                chunk = s.recv(65536)
                if not chunk:
                    break
                rest += chunk
            body += rest[:size]
            rest = rest[size + 2:]
            if size == 0:
                break
    else:
        body = rest
        try:
            while True:
                s.settimeout(max(0.01, end - time.monotonic()))
                chunk = s.recv(65536)
                if not chunk:
                    break
                body += chunk
        except (socket.timeout, ConnectionResetError):
            pass
    return status, headers, body


def flood(path, n, target, body):
    payload = body.encode()
    request = (f"POST {target} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload
    codes, reconnects, start, s = {}, 0, time.monotonic(), None
    for _ in range(n):
        for attempt in range(3):
            try:
                if s is None:
                    s = connect(path)
                    reconnects += 1
                s.sendall(request)
                status, headers, _ = read_response(s)
                if status == 0:
                    raise ConnectionResetError
                codes[str(status)] = codes.get(str(status), 0) + 1
                if headers.get("connection", "").lower() == "close":
                    s.close()
                    s = None
                break
            except (ConnectionError, socket.timeout, BrokenPipeError):
                if s:
                    s.close()
                s = None
        else:
            codes["error"] = codes.get("error", 0) + 1
    return {"codes": codes, "connections": reconnects, "seconds": round(time.monotonic() - start, 2)}


def slowloris(path, n, hold, ready):
    """Holds n half-sent requests for `hold` seconds; writes `ready` once they are all open (another client,
    of another user, then times its own request); prints how many the daemon closed meanwhile."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < n + 64:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    held, refused = [], 0
    for _ in range(n):
        # A Unix socket's connect fails with EAGAIN while the listen backlog is full: retry, as an attacker
        # would, for up to 2 s per connection.
        deadline = time.monotonic() + 2.0
        while True:
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(2.0)
            try:
                s.connect(path)
                s.sendall(b"GET /v1/status HTTP/1.1\r\nHost: localhost\r\nX-Slow: ")
                held.append(s)
                break
            except BlockingIOError:
                s.close()
                if time.monotonic() > deadline:
                    refused += 1
                    break
                time.sleep(0.002)
            except OSError:
                s.close()
                refused += 1
                break
    with open(ready, "w") as f:
        f.write(json.dumps({"opened": len(held), "refused_at_connect": refused}))
    time.sleep(hold)
    closed = 0
    for s in held:
        s.setblocking(False)
        try:
            s.recv(1, socket.MSG_PEEK)
            closed += 1  # closed (b"") or answered (e.g. 408): either way not held by the daemon
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
        s.close()
    return {"opened": len(held), "refused_at_connect": refused, "closed_by_daemon": closed}


def raw(path, file, shut):
    with open(file, "rb") as f:
        data = f.read()
    s = connect(path)
    try:
        s.sendall(data)
        if shut:
            s.shutdown(socket.SHUT_WR)
        status, headers, body = read_response(s)
    except OSError as error:
        return {"status": 0, "error": str(error)}
    return {"status": status, "headers": headers, "body": body.decode("utf-8", "replace")}


def main():
    command, path = sys.argv[1], sys.argv[2]
    if command == "flood":
        result = flood(path, int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif command == "slowloris":
        result = slowloris(path, int(sys.argv[3]), float(sys.argv[4]), sys.argv[5])
    elif command == "raw":
        result = raw(path, sys.argv[3], "--shut" in sys.argv[4:])
    else:
        raise SystemExit("unknown command " + command)
    print(json.dumps(result))


if __name__ == "__main__":
    main()

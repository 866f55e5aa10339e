#!/usr/bin/env python3
"""Replays the writes that schemathesis saw refused (4xx answers to POST, PUT, PATCH, DELETE in its HAR
reports) against the daemon, in batches of 20, and checks that a batch whose every request is refused again
leaves the database as it was: row counts of every table the API writes, and the content of those it
writes directly (the outbox and deadlines by count only: the dispatcher and the scheduler move them on by
themselves). Batches with an accepted request are left out (the database moved on since the fuzz run).

  replay_rejected.py DB BASE_URL MAX HAR...    -> one JSON object
"""
import hashlib
import http.client
import json
import sqlite3
import sys
import urllib.parse

CONTENT = ["children", "professionals", "plans", "contributors", "plan_events", "reviews", "review_steps",
           "review_invitees", "contacts", "assessments", "documents"]
COUNTED = ["notices", "deadlines"]


def snapshot(db):
    connection = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=10)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        digest = hashlib.sha256()
        for table in CONTENT:
            if table in tables:
                for row in sorted(repr(row) for row in connection.execute("SELECT * FROM %s" % table)):
                    digest.update(row.encode())
        counts = {t: connection.execute("SELECT count(*) FROM %s" % t).fetchone()[0] for t in CONTENT + COUNTED
                  if t in tables}
        return counts, digest.hexdigest()
    finally:
        connection.close()


def rejected_writes(paths):
    for path in paths:
        try:
            with open(path) as f:
                entries = json.load(f)["log"]["entries"]
        except (OSError, ValueError, KeyError):
            continue
        for entry in entries:
            request, status = entry["request"], entry["response"]["status"]
            if request["method"] in ("POST", "PUT", "PATCH", "DELETE") and 400 <= status < 500:
                yield request


def send(base, request):
    url = urllib.parse.urlsplit(request["url"])
    target = url.path + ("?" + url.query if url.query else "")
    headers = {h["name"]: h["value"] for h in request.get("headers", [])
               if h["name"].lower() not in ("host", "content-length", "connection", "transfer-encoding")}
    body = (request.get("postData") or {}).get("text")
    parsed = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
    try:
        connection.request(request["method"], target, body=body.encode("utf-8", "surrogateescape") if body else None,
                           headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        connection.close()


def main():
    db, base, limit, hars = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    requests = list(rejected_writes(hars))[:limit]
    result = {"replayed": 0, "batches_compared": 0, "batches_left_out": 0, "changed": [], "server_errors": 0}
    for start in range(0, len(requests), 20):
        batch = requests[start:start + 20]
        before = snapshot(db)
        statuses = [send(base, request) for request in batch]
        after = snapshot(db)
        result["replayed"] += len(batch)
        result["server_errors"] += sum(1 for s in statuses if s >= 500 or s == 0)
        if all(400 <= s < 500 for s in statuses):
            result["batches_compared"] += 1
            if before != after:
                changed = [t for t in before[0] if before[0][t] != after[0].get(t)] or ["content"]
                result["changed"].append({"batch": [r["method"] + " " + r["url"] for r in batch][:3],
                                          "tables": changed})
        else:
            result["batches_left_out"] += 1
    print(json.dumps(result))


if __name__ == "__main__":
    main()

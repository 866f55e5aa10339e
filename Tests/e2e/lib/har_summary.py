#!/usr/bin/env python3
"""Summarises schemathesis HAR reports: requests, answers by status, 5xx (with the first few), and writes
(non-GET) that were accepted (2xx). Prints one JSON object."""
import json
import sys

total, by_status, server_errors, accepted_writes = 0, {}, [], []
for path in sys.argv[1:]:
    try:
        with open(path) as f:
            entries = json.load(f)["log"]["entries"]
    except (OSError, ValueError, KeyError):
        continue
    for entry in entries:
        total += 1
        method = entry["request"]["method"]
        url = entry["request"]["url"]
        status = entry["response"]["status"]
        by_status[str(status)] = by_status.get(str(status), 0) + 1
        if status >= 500 or status == 0:
            server_errors.append("%s %s -> %s" % (method, url, status))
        elif 200 <= status < 300 and method not in ("GET", "HEAD", "OPTIONS"):
            accepted_writes.append("%s %s -> %s" % (method, url, status))
print(json.dumps({"requests": total, "by_status": dict(sorted(by_status.items())),
                  "server_errors": len(server_errors), "server_error_examples": server_errors[:5],
                  "accepted_writes": len(accepted_writes), "accepted_write_examples": accepted_writes[:5]}))

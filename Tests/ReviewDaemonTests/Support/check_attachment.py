#!/usr/bin/env python3
"""Reads .eml files with Python's email (policy=default) and reports each one's PDF attachment.

Usage: check_attachment.py FILE.eml... ; prints one JSON object per file:
{"path", "attachments": [{"filename", "content_type", "sha256", "bytes"}], "text": <the plain-text part>}
"""
import email
import hashlib
import json
import sys
from email import policy

for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        msg = email.message_from_binary_file(handle, policy=policy.default)
    attachments = []
    for part in msg.iter_attachments():
        payload = part.get_content()
        attachments.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                            "sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)})
    body = msg.get_body(("plain",))
    print(json.dumps({"path": path, "attachments": attachments, "text": body.get_content() if body else ""}))

#!/usr/bin/env python3
"""Writes a plans import file of N rows (default 640,000) to stdout: England's whole caseload.

Every row is valid and unique; a quarter carry a full review history (meeting, decision, for `amend` an
amendment notice), a tenth a planned transfer, UK dates throughout, CRLF line ends as Excel writes them.
"""
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 640_000
rng = random.Random(7)
out = sys.stdout
out.write("\ufeffreference,child_ref,first_issued_on,last_review_meeting_on,last_decision_on,last_decision,"
          "amendment_notice_on,next_transfer_kind,next_transfer_on\r\n")
for i in range(n):
    year = rng.randint(2015, 2024)
    month = rng.randint(1, 12)
    first = f"{rng.randint(1, 28):02d}/{month:02d}/{year}"
    meeting = decided = decision = notice = kind = transfer = ""
    if i % 4 == 0:
        meeting_month = rng.randint(1, 9)
        meeting = f"{rng.randint(1, 28):02d}/{meeting_month:02d}/2025"
        decided = f"{rng.randint(1, 28):02d}/{meeting_month + 1:02d}/2025"
        decision = rng.choice(["maintain", "amend", "cease"])
        if decision == "amend":
            notice = decided
    if i % 10 == 0:
        kind = rng.choice(["Primary to secondary", "secondary_to_post16", "early_years_to_school"])
        transfer = "01/09/2027"
    out.write(f"EHC-{i:07d},C{i:07d},{first},{meeting},{decided},{decision},{notice},{kind},{transfer}\r\n")

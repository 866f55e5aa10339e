#!/usr/bin/env python3
"""Writes a large import file to stdout, for timing the import: `make-import-csv.py KIND [N]`.

plans (N default 640,000, England's whole caseload): every row valid and unique; a quarter carry a full
review history (meeting, decision, for `amend` an amendment notice), a tenth a planned transfer; UK dates,
a byte-order mark and CRLF line ends, as Excel writes them.
contributors (N default 2,560,000: four professionals a plan): every pair unique, emails of 20,000
professionals in mixed case.
children (N default 640,000): the children the plans file refers to (C0000000…), born 2005–2021, UK dates.
professionals (N default 20,000): the professionals the contributors file refers to.
"""
import random
import sys

kind = sys.argv[1] if len(sys.argv) > 1 else "plans"
rng = random.Random(7)
out = sys.stdout

if kind == "plans":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 640_000
    out.write("\ufeffreference,child_ref,first_issued_on,last_review_meeting_on,last_decision_on,last_decision,"
              "amendment_notice_on,next_transfer_kind,next_transfer_on\r\n")
    for i in range(n):
        year = rng.randint(2015, 2024)
        first = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year}"
        meeting = decided = decision = notice = kind_ = transfer = ""
        if i % 4 == 0:
            meeting_month = rng.randint(1, 9)
            meeting = f"{rng.randint(1, 28):02d}/{meeting_month:02d}/2025"
            decided = f"{rng.randint(1, 28):02d}/{meeting_month + 1:02d}/2025"
            decision = rng.choice(["maintain", "amend", "cease"])
            if decision == "amend":
                notice = decided
        if i % 10 == 0:
            kind_ = rng.choice(["Primary to secondary", "secondary_to_post16", "early_years_to_school"])
            transfer = "01/09/2027"
        out.write(f"EHC-{i:07d},C{i:07d},{first},{meeting},{decided},{decision},{notice},{kind_},{transfer}\r\n")
elif kind == "contributors":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2_560_000
    out.write("plan_reference,professional_email\n")
    for i in range(n):
        plan, slot = divmod(i, 4)
        person = (plan * 7 + slot * 5003) % 20_000
        out.write(f"EHC-{plan:07d},Therapist.{person:05d}@NHS-Trust.example\n")
elif kind == "children":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 640_000
    out.write("child_ref,given_name,family_name,date_of_birth\r\n")
    for i in range(n):
        born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2005, 2021)}"
        out.write(f"C{i:07d},Child{i % 977},Family{i % 1013},{born}\r\n")
elif kind == "professionals":
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    out.write("email,name,role\n")
    for i in range(n):
        out.write(f"therapist.{i:05d}@nhs-trust.example,Therapist {i},occupational_therapist\n")
else:
    sys.exit("usage: make-import-csv.py plans|contributors|children|professionals [N]")

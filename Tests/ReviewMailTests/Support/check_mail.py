#!/usr/bin/env python3
"""Independent check of the messages ReviewMail builds, with Python's own parsers.

Usage:
  check_mail.py MANIFEST.json      messages listed with what each must say (the Swift test writes this)
  check_mail.py FILE.eml ...       any messages (e.g. Tests/ReviewDaemonTests/Golden/mail/*.eml)

Each message must be 7-bit, CRLF-only with no line over 998 octets, parse with
email.message_from_bytes(data, policy=email.policy.default) with no defects anywhere (message, parts,
headers), have exactly one To address (a multipart/mixed message: the multipart/alternative first, then a
text/csv attachment with csv_rows rows when given), decode its subject (to the expected text when given), and have a
text/plain and a text/html part that decode. A text/calendar part, when present, must parse with the
`icalendar` package (skipped with a message if it is not installed: pip install icalendar) and hold one
VEVENT whose METHOD matches the Content-Type, with an all-day DTSTART and the DTEND the day after.
Exits 0 when every message passes, 1 otherwise, printing every problem.
"""
import csv
import datetime
import email
import io
import email.policy
import json
import sys

try:
    import icalendar
except ImportError:
    icalendar = None


def check(path, expected):
    problems = []
    with open(path, "rb") as handle:
        data = handle.read()

    if data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        problems.append("bare CR or LF (every line must end in CRLF)")
    if any(byte > 127 for byte in data):
        problems.append("8-bit byte in the message (headers need encoded words, bodies a transfer encoding)")
    for number, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) > 998:
            problems.append(f"line {number} has {len(line)} octets (over 998)")

    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        where = part.get_content_type()
        for defect in part.defects:
            problems.append(f"{where}: defect {defect!r}")
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                problems.append(f"{where}: header {name}: defect {defect!r}")

    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Auto-Submitted", "X-EHC-Event"):
        if len(msg.get_all(name, [])) != 1:
            problems.append(f"header {name} must appear exactly once")
    to = msg["To"]
    if to is None or len(to.addresses) != 1:
        problems.append(f"To must hold exactly one address: {to!r}")
    elif expected.get("recipient") and to.addresses[0].addr_spec != expected["recipient"]:
        problems.append(f"To is {to.addresses[0].addr_spec}, expected {expected['recipient']}")
    if expected.get("recipient_name") is not None and to is not None and to.addresses:
        if to.addresses[0].display_name != expected["recipient_name"]:
            problems.append(f"To name decodes to {to.addresses[0].display_name!r}, "
                            f"expected {expected['recipient_name']!r}")
    subject = str(msg["Subject"])
    if expected.get("subject") is not None and subject != expected["subject"]:
        problems.append(f"subject decodes to {subject!r}, expected {expected['subject']!r}")
    if expected.get("message_id") and str(msg["Message-ID"]) != expected["message_id"]:
        problems.append(f"Message-ID is {msg['Message-ID']}, expected {expected['message_id']}")
    if msg["Date"] is not None and msg["Date"].datetime is None:
        problems.append("Date does not parse")

    readable = msg
    attachments = []
    if msg.get_content_type() == "multipart/mixed":
        parts = list(msg.iter_parts())
        if not parts or parts[0].get_content_type() != "multipart/alternative":
            problems.append("multipart/mixed must start with the multipart/alternative message")
        else:
            readable = parts[0]
            attachments = parts[1:]
    elif msg.get_content_type() != "multipart/alternative":
        problems.append(f"top-level type is {msg.get_content_type()}, expected multipart/alternative or mixed")
    problems += check_attachments(attachments, expected)
    texts = {}
    calendars = []
    for part in readable.iter_parts():
        kind = part.get_content_type()
        try:
            content = part.get_content()
        except Exception as error:  # noqa: BLE001 - any failure to decode is a problem to report
            problems.append(f"{kind}: does not decode: {error}")
            continue
        if kind == "text/calendar":
            calendars.append((part, content))
        else:
            texts[kind] = content
    for kind in ("text/plain", "text/html"):
        if not texts.get(kind, "").strip():
            problems.append(f"no {kind} part, or it is empty")
    first_line = texts.get("text/plain", "").splitlines()[:1]
    if expected.get("first_line") is not None and first_line != [expected["first_line"]]:
        problems.append(f"text/plain starts with {first_line!r}, expected {expected['first_line']!r}")
    if "<html" not in texts.get("text/html", ""):
        problems.append("text/html has no <html> element")

    calendar = expected.get("calendar")
    if calendar is not None and len(calendars) != 1:
        problems.append(f"expected one text/calendar part, found {len(calendars)}")
    if expected.get("has_calendar") is False and calendars:
        problems.append("unexpected text/calendar part")
    for part, content in calendars:
        problems += check_calendar(part, content, calendar or {}, msg)
    return subject, problems


def check_attachments(attachments, expected):
    """A digest's CSV: an attachment with a file name, decoding to RFC 4180 CSV whose header and row count
    are as expected (csv_rows counts the rows after the header)."""
    problems = []
    want = expected.get("csv_rows")
    if want is None and not attachments:
        return problems
    if want is not None and len(attachments) != 1:
        return [f"expected one CSV attachment, found {len(attachments)}"]
    for part in attachments:
        if part.get_content_disposition() != "attachment" or not part.get_filename():
            problems.append("an attachment needs Content-Disposition: attachment with a filename")
        if part.get_content_type() != "text/csv":
            problems.append(f"attachment is {part.get_content_type()}, expected text/csv")
            continue
        text = part.get_content()
        rows = list(csv.reader(io.StringIO(text, newline="")))
        if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
            problems.append("CSV lines must end in CRLF")
        if not rows or rows[0][:2] != ["list", "plan_reference"]:
            problems.append(f"CSV header is {rows[:1]!r}")
        elif want is not None and len(rows) - 1 != want:
            problems.append(f"CSV has {len(rows) - 1} rows, expected {want}")
        if any(len(row) != len(rows[0]) for row in rows):
            problems.append("CSV rows have differing numbers of fields")
    return problems


def check_calendar(part, content, expected, msg):
    problems = []
    method = (part.get_param("method") or "").upper()
    if expected.get("method") and method != expected["method"]:
        problems.append(f"text/calendar method={method}, expected {expected['method']}")
    for number, line in enumerate(content.encode("utf-8").splitlines(), 1):
        if len(line) > 75:
            problems.append(f"calendar line {number} has {len(line)} octets (over 75)")
    if icalendar is None:
        return problems
    try:
        cal = icalendar.Calendar.from_ical(content)
    except Exception as error:  # noqa: BLE001
        return problems + [f"icalendar cannot parse the calendar: {error}"]
    if str(cal.get("METHOD")) != method:
        problems.append(f"METHOD:{cal.get('METHOD')} differs from the Content-Type's method={method}")
    if str(cal.get("VERSION")) != "2.0" or not cal.get("PRODID"):
        problems.append("VERSION:2.0 and PRODID are required")
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    if len(events) != 1:
        return problems + [f"expected one VEVENT, found {len(events)}"]
    event = events[0]
    for name in ("UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "ORGANIZER", "ATTENDEE", "STATUS"):
        if event.get(name) is None:
            problems.append(f"VEVENT has no {name}")
    start = event.decoded("DTSTART", None)
    end = event.decoded("DTEND", None)
    if isinstance(start, datetime.datetime):
        # A timed meeting: in a named zone, ending after it starts.
        if start.tzinfo is None or not isinstance(end, datetime.datetime) or end <= start:
            problems.append(f"a timed DTSTART {start!r} needs a zone and a later DTEND {end!r}")
    elif not isinstance(start, datetime.date):
        problems.append(f"DTSTART is not a date: {start!r}")
    elif end != start + datetime.timedelta(days=1):
        problems.append(f"DTEND {end!r} is not the day after DTSTART {start!r}")
    status = str(event.get("STATUS"))
    if status != ("CANCELLED" if method == "CANCEL" else "CONFIRMED"):
        problems.append(f"STATUS:{status} does not fit METHOD:{method}")
    attendee = str(event.get("ATTENDEE", ""))
    if msg["To"] is not None and msg["To"].addresses:
        if attendee.lower() != "mailto:" + msg["To"].addresses[0].addr_spec.lower():
            problems.append(f"ATTENDEE {attendee} is not the recipient")
    for name, value in (("UID", expected.get("uid")), ("SEQUENCE", expected.get("sequence")),
                        ("SUMMARY", expected.get("summary"))):
        if value is not None and str(event.get(name)) != str(value):
            problems.append(f"{name} is {event.get(name)!r}, expected {value!r}")
    day = start.date() if isinstance(start, datetime.datetime) else start
    if expected.get("start") and day != datetime.date.fromisoformat(expected["start"]):
        problems.append(f"DTSTART is {start}, expected {expected['start']}")
    return problems


def main(arguments):
    if icalendar is None:
        print("SKIP: the icalendar package is not installed (pip install icalendar): "
              "calendar parts are checked for structure only, not parsed")
    if not arguments:
        print(__doc__)
        return 2
    if len(arguments) == 1 and arguments[0].endswith(".json"):
        with open(arguments[0], encoding="utf-8") as handle:
            cases = json.load(handle)
    else:
        cases = [{"path": path} for path in arguments]
    failed = 0
    for case in cases:
        subject, problems = check(case["path"], case)
        if problems:
            failed += 1
            print(f"FAIL {case['path']}: {subject}")
            for problem in problems:
                print(f"  - {problem}")
        else:
            print(f"ok   {case['path']}: {subject}")
    print(f"{len(cases) - failed} of {len(cases)} messages passed"
          + ("" if icalendar else " (calendar parts not parsed: icalendar missing)"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Checks the calendar part of timed review-meeting messages with two independent libraries.

Usage: check_calendar.py MANIFEST.json, where the manifest lists {path, tzid, start, end, location, url, sequence}
(start and end as local "YYYY-MM-DD HH:MM"). For each message:
- Python's email (policy=default) finds exactly one text/calendar part;
- icalendar parses it; DTSTART/DTEND carry TZID=<tzid> and the expected local times; the calendar's own
  VTIMEZONE, turned into a tzinfo by icalendar, gives the same UTC offset on the meeting day as the system's
  zoneinfo (so Outlook, which reads the VTIMEZONE, puts the meeting at the right hour in GMT and in BST);
  LOCATION, URL and SEQUENCE are as expected;
- vobject reads it with validate=True (its RFC 5545 checks of every component and property).
Prints one line per message and "N of N calendars passed"; exits 1 on any problem.
"""
import datetime
import email
import json
import sys
from email import policy
from zoneinfo import ZoneInfo

import icalendar
import vobject


def check(case):
    problems = []
    with open(case["path"], "rb") as handle:
        msg = email.message_from_binary_file(handle, policy=policy.default)
    parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if len(parts) != 1:
        return [f"expected one text/calendar part, found {len(parts)}"]
    text = parts[0].get_content()
    cal = icalendar.Calendar.from_ical(text)
    zones = [c for c in cal.walk() if c.name == "VTIMEZONE"]
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    if len(zones) != 1 or str(zones[0].get("TZID")) != case["tzid"]:
        problems.append(f"expected one VTIMEZONE with TZID {case['tzid']}")
        return problems
    event = events[0]
    fmt = "%Y-%m-%d %H:%M"
    for name, key in (("DTSTART", "start"), ("DTEND", "end")):
        prop = event.get(name)
        if prop is None or prop.params.get("TZID") != case["tzid"]:
            problems.append(f"{name} has no TZID={case['tzid']}")
            continue
        local = prop.dt.replace(tzinfo=None)
        if local.strftime(fmt) != case[key]:
            problems.append(f"{name} is {local.strftime(fmt)}, expected {case[key]}")
        # The offset the invitation's own VTIMEZONE gives must be the real one.
        ours = zones[0].to_tz(lookup_tzid=False).utcoffset(local)
        real = ZoneInfo(case["tzid"]).utcoffset(local)
        if ours != real:
            problems.append(f"{name}: the VTIMEZONE gives UTC offset {ours}, the zone's is {real}")
    for name in ("LOCATION", "URL", "SEQUENCE"):
        expected = case.get(name.lower())
        if expected is not None and str(event.get(name)) != str(expected):
            problems.append(f"{name} is {event.get(name)!r}, expected {expected!r}")
    if str(event.get("TRANSP")) != "OPAQUE":
        problems.append("a timed meeting should make the attendee busy (TRANSP:OPAQUE)")
    try:
        vobject.readOne(text, validate=True)
    except Exception as error:  # noqa: BLE001
        problems.append(f"vobject refuses the calendar: {error}")
    return problems


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        cases = json.load(handle)
    failed = 0
    for case in cases:
        problems = check(case)
        print(("FAIL " if problems else "ok   ") + case["path"])
        for problem in problems:
            print("     - " + problem)
        failed += bool(problems)
    print(f"{len(cases) - failed} of {len(cases)} calendars passed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

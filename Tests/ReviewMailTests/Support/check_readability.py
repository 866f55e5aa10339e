#!/usr/bin/env python3
"""Readability of the family's messages (issue 15 item 6), with the textstat library.

Usage: check_readability.py FILE.eml... ; for each message's plain-text body (the words of the message,
before the facts and the automatic closing): the Flesch-Kincaid grade must be 7 or below, and sentences
15 words or fewer on average. Prints one line per file and "N of N messages passed"; exits 1 otherwise.
"""
import email
import sys
from email import policy

import textstat

failed = 0
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        msg = email.message_from_binary_file(handle, policy=policy.default)
    text = msg.get_body(("plain",)).get_content()
    # The words of the message end where the facts ("Plan: …") begin.
    words = text.split("\nPlan: ")[0]
    grade = textstat.flesch_kincaid_grade(words)
    per_sentence = textstat.lexicon_count(words) / max(1, textstat.sentence_count(words))
    ok = grade <= 7 and per_sentence <= 15
    failed += not ok
    print(f"{'ok  ' if ok else 'FAIL'} {path}: grade {grade}, {per_sentence:.1f} words a sentence")
print(f"{len(sys.argv) - 1 - failed} of {len(sys.argv) - 1} messages passed")
sys.exit(1 if failed else 0)

"""The catalogue's recipient vocabulary, read from the words documents use for it."""
from __future__ import annotations

import re

# each recipient class and the words documents use for it
RECIPIENTS = [
    (
        "chief_constables",
        re.compile(r"\bchief\s+constables?\b|\bchief\s+officers\b|\bforces\b|\bchief\s+constables['\u2019]", re.I),
    ),
    (
        "policing_bodies",
        re.compile(
            r"\bpolice(?:,?\s+fire)?\s+and\s+crime\s+commissioners?\b|\bpccs?\b|\bpfccs?\b|"
            r"\bcommissioners\b|\bpolicing\s+bodies\b|\bmayor(?:al)?\s+equivalents?\b|"
            r"\bdeputy\s+mayors?\b",
            re.I,
        ),
    ),
    ("home_office", re.compile(r"\bhome\s+office\b|\bhome\s+secretary\b|\bgovernment\b", re.I)),
    ("npcc", re.compile(r"\bnpcc\b|\bnational\s+police\s+chiefs['\u2019]?\s+council\b", re.I)),
    ("apcc", re.compile(r"\bapcc\b|\bassociation\s+of\s+police\s+and\s+crime\s+commissioners\b", re.I)),
    ("college_of_policing", re.compile(r"\bcollege\s+of\s+policing\b|\bthe\s+college\b", re.I)),
    ("hmicfrs", re.compile(r"\bhmicfrs\b|\bhis\s+majesty['\u2019]s\s+inspectorate\b|\bthe\s+inspectorate\b", re.I)),
    ("iopc", re.compile(r"\biopc\b|\bindependent\s+office\s+for\s+police\s+conduct\b", re.I)),
    ("ministry_of_justice", re.compile(r"\bministry\s+of\s+justice\b|\bmoj\b", re.I)),
    ("cps", re.compile(r"\bcrown\s+prosecution\s+service\b|\bcps\b", re.I)),
    ("all_recipients", re.compile(r"\ball\s+(?:the\s+)?(?:recipients|organisations|bodies)\b", re.I)),
]


def recipients_in(text: str) -> tuple[str, ...]:
    """The recipient classes a phrase names, in the vocabulary's order."""
    found = [cls for cls, rx in RECIPIENTS if rx.search(text)]
    if "policing_bodies" in found and "chief_constables" in found and re.search(r"\bforces\b", text, re.I) \
            and not re.search(r"chief", text, re.I):
        found.remove("chief_constables")  # "commissioners across force boundaries": not a recipient
    return tuple(found)

"""Expands repeat rules with python-dateutil, an RFC 5545 implementation nobody on
this project wrote, for core/tests/independent_rrule.rs.

Reads JSON from standard input: a list of {"rule", "start", "end"}, where start is a
UK wall-clock time "YYYY-MM-DDTHH:MM" and end a UTC instant. Writes a list, one per
case, of the UTC instants ("YYYY-MM-DDTHH:MMZ") of every occurrence before end.

The plan format reads two things in its own way (docs/plan-format.md, "Repeat rules
and RFC 5545"), and they are translated here, from the document, not from the Rust:
an UNTIL without "Z" is UK time, and a date-only UNTIL is the whole of that UK day.
"""

import json
import sys
from datetime import datetime, timedelta, timezone

try:
    from zoneinfo import ZoneInfo
    from dateutil.rrule import rrulestr
except ImportError as missing:
    sys.stderr.write(f"python-dateutil is needed (Debian: apt-get install python3-dateutil): {missing}\n")
    sys.exit(3)

UK = ZoneInfo("Europe/London")


def uk_until_in_utc(rule):
    parts = []
    for part in rule.split(";"):
        name, _, value = part.partition("=")
        if name == "UNTIL" and not value.endswith("Z"):
            if "T" in value:
                local = datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=UK)
            else:
                next_day = datetime.strptime(value, "%Y%m%d") + timedelta(days=1)
                local = next_day.replace(tzinfo=UK) - timedelta(seconds=1)
            value = local.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        parts.append(f"{name}={value}")
    return ";".join(parts)


def expand(case):
    start = datetime.strptime(case["start"], "%Y-%m-%dT%H:%M").replace(tzinfo=UK)
    end = datetime.strptime(case["end"], "%Y-%m-%dT%H:%MZ").replace(tzinfo=timezone.utc)
    out = []
    for occurrence in rrulestr(uk_until_in_utc(case["rule"]), dtstart=start):
        # A wall-clock time the clocks skip is read with the offset before the change
        # (fold 0), and a repeated one as its first instant, as RFC 5545 says.
        instant = occurrence.astimezone(timezone.utc)
        if instant >= end:
            break
        out.append(instant.strftime("%Y-%m-%dT%H:%MZ"))
    return out


json.dump([expand(case) for case in json.load(sys.stdin)], sys.stdout)

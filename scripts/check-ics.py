#!/usr/bin/env python3
"""Checks every cohort.ics of a built site with an independent RFC 5545 parser
(Python's icalendar, with the IANA zones of Python's zoneinfo read from the `tzdata`
package pinned to the release glocal compiles in, never the machine's copy, which may
be years old: Debian 12's 2025b still has Morocco on UTC+01 after September 2026):

- the file parses, and each event has UID, DTSTAMP, DTSTART and DTEND;
- each event's start and end resolved by the parser (TZID through zoneinfo) and
  through the calendar's own VTIMEZONE (icalendar's Timezone.to_tz, read from the file, not looked up by name) are the same
  instant in UTC, and the same as the cohort page's <time datetime> values;
- UIDs are unique across the site;
- `--expect UID=YYYY-MM-DDTHH:MMZ` pins known instants (a session on a
  daylight-saving change day, say), checked in UTC.

Usage: check-ics.py SITE_DIR [--expect UID=UTC ...]
"""

import datetime as dt
import pathlib
import re
import sys

import icalendar
import zoneinfo

# The PyPI tzdata package, not /usr/share/zoneinfo: the same IANA release as glocal's.
zoneinfo.reset_tzpath([])

UTC = dt.timezone.utc


def page_instants(page: pathlib.Path):
    """The session start and end instants the cohort page gives, in order."""
    html = page.read_text(encoding="utf-8")
    out = []
    for para in re.findall(r'<p class="session-summary">(.*?)</p>', html, re.S):
        times = re.findall(r'<time datetime="([^"]+T[^"]+)" data-local>', para)
        out.append(tuple(dt.datetime.fromisoformat(t).astimezone(UTC) for t in times))
    return out


def main() -> int:
    import tzdata

    print(f"ics: IANA time zone database {tzdata.IANA_VERSION} (Python tzdata)")
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    site = pathlib.Path(args[0])
    expect = {}
    rest = args[1:]
    while rest:
        if rest[0] != "--expect" or len(rest) < 2:
            print(__doc__)
            return 2
        uid, when = rest[1].split("=", 1)
        expect[uid] = dt.datetime.strptime(when, "%Y-%m-%dT%H:%MZ").replace(tzinfo=UTC)
        rest = rest[2:]

    failures = []
    uids = {}
    files = sorted(site.rglob("cohort.ics"))
    events = 0
    for path in files:
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        own = {str(tz["TZID"]): tz.to_tz(lookup_tzid=False) for tz in cal.walk("VTIMEZONE")}
        from_page = page_instants(path.with_name("index.html"))
        for n, event in enumerate(cal.walk("VEVENT")):
            events += 1
            for key in ("UID", "DTSTAMP", "DTSTART", "DTEND"):
                if key not in event:
                    failures.append(f"{path}: event {n + 1} has no {key}")
            uid = str(event["UID"])
            if uid in uids:
                failures.append(f"{path}: UID {uid} also in {uids[uid]}")
            uids[uid] = path
            pair = []
            for key in ("DTSTART", "DTEND"):
                value = event[key].dt
                tzid = event[key].params.get("TZID")
                by_parser = value.astimezone(UTC)
                if tzid not in own:
                    failures.append(f"{path}: {uid} {key} uses TZID {tzid} without a VTIMEZONE")
                    continue
                by_vtimezone = value.replace(tzinfo=own[tzid]).astimezone(UTC)
                if by_parser != by_vtimezone:
                    failures.append(f"{path}: {uid} {key} is {by_parser} by zoneinfo but {by_vtimezone} by its VTIMEZONE")
                pair.append(by_parser)
            if n < len(from_page) and tuple(pair) != from_page[n]:
                failures.append(f"{path}: {uid} is {pair} but the page says {from_page[n]}")
            if uid in expect and pair and pair[0] != expect[uid]:
                failures.append(f"{path}: {uid} starts {pair[0]}, expected {expect[uid]}")
        if len(from_page) != len(cal.walk("VEVENT")):
            failures.append(f"{path}: {len(cal.walk('VEVENT'))} events but {len(from_page)} sessions on the page")
    for uid in expect:
        if uid not in uids:
            failures.append(f"no event {uid}")
    for f in failures:
        print(f)
    print(f"ics: {len(files)} calendars, {events} events, {len(failures)} problems")
    return 1 if failures or not files else 0


if __name__ == "__main__":
    sys.exit(main())

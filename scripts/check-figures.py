#!/usr/bin/env python3
"""Recomputes the example's evaluation figures from the CSV files alone, with Python's
csv module and plain arithmetic, and compares them with `glocal report --format json`:
each region's reaction mean per module, knowledge pre and post means (scored against
the answer keys in the kits glocal built), the share of behaviours rated 4 or 5 per
day, and each KPI's values and progress. A figure glocal withholds must come from
fewer than `min_group` people, or sit beside a withheld one.

Usage: check-figures.py WORKSPACE KITS_DIR GLOCAL
"""

import csv
import decimal
import html
import json
import pathlib
import re
import subprocess
import sys
import zipfile
from collections import defaultdict
from fractions import Fraction


def half_up(value, places):
    """Exact rounding, half away from zero, of a ratio of counts."""
    d = decimal.Decimal(value.numerator) / decimal.Decimal(value.denominator)
    return float(d.quantize(decimal.Decimal(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP))

import yaml


def cohorts(root):
    out = {}
    for path in sorted((root / "cohorts").glob("*/*.yaml")):
        c = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[path.stem] = (path.parent.name, c["course"], c["locale"])
    return out


def answer_key(kits, name):
    with zipfile.ZipFile(kits / f"{name}.zip") as z:
        ids = next(csv.reader(z.read(f"{name}/results-templates/knowledge.csv").decode().splitlines()))[2:]
        key = z.read(f"{name}/assessments/level-2-answer-key.html").decode()
    answers = re.findall(r"<td><strong>([^<]*)</strong></td>", key)
    return {q: {x.strip().lower() for x in html.unescape(a).split(",")} for q, a in zip(ids, answers)}


def main():
    root, kits, glocal = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    report = json.loads(subprocess.run([glocal, "report", "--format", "json", "--root", str(root)], check=True, capture_output=True, text=True).stdout)
    min_group = report["min_group"]
    module_scores = defaultdict(list)
    module_people = defaultdict(set)
    phase_scores = defaultdict(list)
    day_ratings = defaultdict(list)
    day_people = defaultdict(set)
    for cid, (region, course, locale) in cohorts(root).items():
        folder = root / "results" / cid
        if not folder.exists():
            continue
        for row in csv.DictReader((folder / "reaction.csv").open(encoding="utf-8")):
            scores = [int(v) for q, v in row.items() if q not in ("respondent", "module", "comment") and v.strip()]
            module_scores[(course, region, row["module"])].extend(scores)
            if scores:  # a person with no score counts for nothing
                module_people[(course, region, row["module"])].add((cid, row["respondent"]))
        key = answer_key(kits, f"{course}-{region}-{locale}")
        for row in csv.DictReader((folder / "knowledge.csv").open(encoding="utf-8")):
            if not any(row[q].strip() for q in key):
                continue
            right = sum(1 for q, correct in key.items() if {x.strip().lower() for x in row[q].split(";") if x.strip()} == correct)
            phase_scores[(course, region, row["phase"])].append(Fraction(right, len(key)))
        for row in csv.DictReader((folder / "behaviour.csv").open(encoding="utf-8")):
            day_ratings[(course, region, int(row["day"]))].append(int(row["rating"]) >= 4)
            day_people[(course, region, int(row["day"]))].add((cid, row["respondent"]))
    checked, problems = 0, []

    def compare(what, shown, expected, people, places):
        nonlocal checked
        checked += 1
        if shown["value"] is None:
            if people >= min_group and not shown["suppressed"]:
                problems.append(f"{what}: glocal shows nothing, expected {expected}")
            return
        if people < min_group:
            problems.append(f"{what}: shown from {people} people, fewer than {min_group}")
        if abs(shown["value"] - half_up(expected, places)) > 1e-9:
            problems.append(f"{what}: glocal {shown['value']}, recomputed {half_up(expected, places)}")

    for c in report["courses"]:
        for r in c["regions"]:
            k = (c["course"], r["region"])
            f = r["figures"]
            for m in f["modules"]:
                scores = module_scores[k + (m["module"],)]
                compare(f"{k} L1 {m['module']}", m["mean"], Fraction(sum(scores), len(scores)), len(module_people[k + (m["module"],)]), 2)
            for phase in ("pre", "post"):
                s = phase_scores[k + (phase,)]
                if s:
                    compare(f"{k} L2 {phase}", f[phase], sum(s) / len(s), len(s), 3)
            for d in f["behaviour_days"]:
                ratings = day_ratings[k + (d["day"],)]
                if ratings:
                    compare(f"{k} L3 day {d['day']}", d["share"], Fraction(sum(ratings), len(ratings)), len(day_people[k + (d["day"],)]), 3)
            series = root / "results" / "kpi" / c["course"] / f"{r['region']}.csv"
            values = {(row["kpi"], row["period"]): float(row["value"]) for row in csv.DictReader(series.open())} if series.exists() else {}
            for kpi in r["kpis"]:
                for p in kpi["periods"]:
                    checked += 1
                    expected = values[(kpi["kpi"], p["period"])]
                    # Decimal values as written, so the ratio is exact before it is rounded.
                    v, b, t = (Fraction(repr(x)) for x in (expected, kpi["baseline"], kpi["target"]))
                    progress = half_up((v - b) / (t - b), 3)
                    if p["value"] != expected or abs(p["progress"] - progress) > 1e-9:
                        problems.append(f"{k} L4 {kpi['kpi']} {p['period']}: {p} against {expected}, {progress}")
    for p in problems:
        print(p)
    print(f"figures: {checked} checked against an independent computation, {len(problems)} problems")
    return 1 if problems or not checked else 0


if __name__ == "__main__":
    sys.exit(main())

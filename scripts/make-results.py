#!/usr/bin/env python3
"""Writes the example workspace's evaluation results: results/<cohort>/reaction.csv,
knowledge.csv and behaviour.csv for every cohort under cohorts/, and
results/kpi/<course>/<region>.csv, from the kits glocal built, so every column is the
one that cohort's kit prints (its region's questions, in its option order).

The numbers are simulated with a fixed seed, so the files are the same on every run:
plausible reactions with one weak module (sea, safety and performance), pre/post tests
with one question most got wrong after the course (latam, near-miss reports), behaviour
ratings that rise from 30 to 90 days, and quarterly KPIs moving from baseline to target.

Usage, from the workspace root:
    cargo run --release -- build --kits-out /tmp/kits
    python3 scripts/make-results.py /tmp/kits
Needs PyYAML (pip install pyyaml) to read the cohort files.
"""

import csv
import html
import io
import pathlib
import random
import re
import sys
import zipfile

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEED = 20270101

# Region leanings: the mean reaction per module, and weak spots on purpose.
REACTION_MEAN = {"emea": 4.1, "sea": 4.2, "latam": 4.3}
WEAK_MODULE = {("sea", "04-safety-and-performance"): 3.2, ("emea", "05-leading-change-and-conflict"): 3.8}
HARD_QUESTION = {("latam", "q-kpi-near-miss-drop"): 0.36, ("sea", "q-delegation-level"): 0.55}
BEHAVIOUR_HIGH = {30: 0.42, 60: 0.57, 90: 0.71}
KPI_PROGRESS = {"2027-Q1": 0.0, "2027-Q2": 0.2, "2027-Q3": 0.45, "2027-Q4": 0.7}


def kit_file(kits, name, path):
    with zipfile.ZipFile(kits / f"{name}.zip") as z:
        return z.read(f"{name}/{path}").decode("utf-8")


def header(kits, name, instrument):
    return next(csv.reader(io.StringIO(kit_file(kits, name, f"results-templates/{instrument}.csv"))))


def questions(kits, name):
    """(id, number of options, correct letters) in the kit's order."""
    ids = header(kits, name, "knowledge")[2:]
    check = kit_file(kits, name, "assessments/level-2-knowledge-check.html")
    counts = [block.count('<span class="check"></span>') for block in check.split('<li class="question">')[1:]]
    key = kit_file(kits, name, "assessments/level-2-answer-key.html")
    answers = [a for a in re.findall(r"<td><strong>([^<]*)</strong></td>", key)]
    out = []
    for qid, n, answer in zip(ids, counts, answers):
        letters = [x.strip().lower() for x in html.unescape(answer).split(",") if x.strip()]
        out.append((qid, n, letters))
    return out


def scored(rng, mean):
    return max(1, min(5, round(rng.gauss(mean, 0.75))))


def reaction(rng, region, people, columns, modules):
    rows = []
    for p in people:
        for m in modules:
            mean = WEAK_MODULE.get((region, m), REACTION_MEAN[region])
            row = {"respondent": p, "module": m, "comment": ""}
            for q in columns:
                row[q] = "" if rng.random() < 0.03 else scored(rng, mean)
            if rng.random() < 0.15:
                row["comment"] = rng.choice(
                    ["More time for the role-play, please.", "The case study was close to my shift.", "Good pace."]
                )
            rows.append(row)
    return rows


def answer(rng, letters_n, correct, p_right, distractor):
    if rng.random() < p_right:
        return ";".join(correct)
    wrong = [chr(ord("a") + i) for i in range(letters_n) if chr(ord("a") + i) not in correct]
    if len(correct) > 1:
        # One right option swapped for the tempting wrong one.
        return ";".join(sorted(correct[:-1] + [distractor]))
    return distractor if rng.random() < 0.65 else rng.choice(wrong)


def knowledge(rng, region, people, qs):
    rows = []
    for p in people:
        ability = rng.gauss(0, 0.08)
        for phase, base in (("pre", 0.5), ("post", 0.84)):
            row = {"respondent": p, "phase": phase}
            for qid, n, correct in qs:
                wrong = [chr(ord("a") + i) for i in range(n) if chr(ord("a") + i) not in correct]
                distractor = wrong[0] if wrong else correct[0]
                p_right = HARD_QUESTION.get((region, qid), base) if phase == "post" else base
                row[qid] = answer(rng, n, correct, min(0.98, p_right + ability), distractor)
            rows.append(row)
    return rows


def behaviour(rng, region, people, behaviours):
    rows = []
    lift = {"emea": 0.0, "sea": 0.04, "latam": 0.06}[region]
    for p in people:
        if rng.random() < 0.2:
            continue  # not observed: on leave, moved site
        for b in behaviours:
            for day, high in BEHAVIOUR_HIGH.items():
                good = rng.random() < high + lift
                rating = rng.choice([4, 5]) if good else rng.choice([2, 3, 3])
                rows.append({"respondent": p, "behaviour": b, "day": day, "rating": rating, "observer": "line manager"})
    return rows


def write(path, columns, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    kits = pathlib.Path(sys.argv[1])
    rng = random.Random(SEED)
    kpis_done = set()
    for path in sorted((ROOT / "cohorts").glob("*/*.yaml")):
        cohort = yaml.safe_load(path.read_text(encoding="utf-8"))
        region, cid = path.parent.name, path.stem
        name = f"{cohort['course']}-{region}-{cohort['locale']}"
        n = int(cohort.get("participants") or 0)
        responding = max(1, round(n * rng.uniform(0.85, 1.0)))
        people = [f"p{i:02d}" for i in range(1, n + 1)]
        answered = people[:responding]
        course_yaml = yaml.safe_load((ROOT / "curricula" / cohort["course"] / "course.yaml").read_text())
        modules = course_yaml["modules"]
        out = ROOT / "results" / cid
        columns = header(kits, name, "reaction")
        write(out / "reaction.csv", columns, reaction(rng, region, answered, columns[2:-1], modules))
        qs = questions(kits, name)
        write(out / "knowledge.csv", header(kits, name, "knowledge"), knowledge(rng, region, answered, qs))
        behaviours = [b["id"] for b in course_yaml.get("behaviours", [])]
        overlay = ROOT / "curricula" / cohort["course"] / "overlays" / region / "course.yaml"
        if overlay.exists():
            behaviours += [b["id"] for b in (yaml.safe_load(overlay.read_text()) or {}).get("behaviours", [])]
        write(out / "behaviour.csv", header(kits, name, "behaviour"), behaviour(rng, region, answered, behaviours))
        key = (cohort["course"], region)
        if key in kpis_done:
            continue
        kpis_done.add(key)
        card = csv.DictReader(io.StringIO(kit_file(kits, name, "assessments/level-4-kpi-scorecard.csv")))
        rows = []
        for k in card:
            base, target = float(k["baseline"]), float(k["target"])
            for period, progress in KPI_PROGRESS.items():
                value = base + (target - base) * (progress + rng.gauss(0, 0.05))
                rows.append({"kpi": k["id"], "period": period, "value": round(value, 2)})
        write(ROOT / "results" / "kpi" / cohort["course"] / f"{region}.csv", ["kpi", "period", "value"], rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Benchmark of the evaluation loop (SPEC 9 scale): writes a workspace with one course
of 10 modules, COHORTS cohorts of 50 respondents, and a reaction.csv per cohort
(COHORTS x 50 x 10 rows), then times `glocal report --format json` and reads its peak
memory with /usr/bin/time -v. Kept out of CI.

Usage: scripts/bench-results.py [COHORTS ...]   (default: 400 2000, i.e. 200,000 and
1,000,000 reaction rows); needs a release build (cargo build --release).
"""

import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
GLOCAL = ROOT / "target" / "release" / "glocal"
MODULES = [f"m{i:02d}" for i in range(1, 11)]
QUESTIONS = ["relevance", "confidence", "trainer", "recommend"]


def workspace(dir: pathlib.Path, cohorts: int):
    (dir / "glocal.yaml").write_text(
        "title: Results bench\nsource_locale: en\nregions:\n  - id: emea\n    locales: [en]\n    timezone: Europe/Berlin\n"
    )
    course = dir / "curricula" / "c"
    course.mkdir(parents=True)
    (course / "course.yaml").write_text(f"title: C\nmodules: [{', '.join(MODULES)}]\n")
    for m in MODULES:
        (course / m).mkdir()
        (course / m / "module.yaml").write_text(f"title: Module {m}\nlessons: [l]\n")
        (course / m / "l.md").write_text("---\ntitle: Lesson\nduration: 30\n---\nText.\n")
    (dir / "trainers.yaml").write_text(
        "- id: t\n  name: T\n  regions: [emea]\n  languages: [en]\n  certified:\n    - { course: c, date: 2027-01-01, expires: 2030-12-31 }\n"
    )
    rng = random.Random(7)
    (dir / "cohorts" / "emea").mkdir(parents=True)
    for i in range(cohorts):
        cid = f"k{i:05d}"
        day = 1 + i % 28
        (dir / "cohorts" / "emea" / f"{cid}.yaml").write_text(
            f"course: c\nlocale: en\ndelivery: in-person\nlocation: Room\ntrainers:\n  - {{ id: t, role: lead }}\n"
            f"participants: 50\nsessions:\n  - {{ date: 2028-03-{day:02d} }}\n"
        )
        rows = ["respondent,module," + ",".join(QUESTIONS) + ",comment"]
        for p in range(1, 51):
            for m in MODULES:
                scores = ",".join(str(rng.randint(2, 5)) for _ in QUESTIONS)
                rows.append(f"p{p:02d},{m},{scores},")
        out = dir / "results" / cid
        out.mkdir(parents=True)
        (out / "reaction.csv").write_text("\n".join(rows) + "\n")


def measure(dir: pathlib.Path):
    start = time.perf_counter()
    run = subprocess.run(
        ["/usr/bin/time", "-v", str(GLOCAL), "report", "--format", "json", "--root", str(dir)],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(run.stderr[-2000:])
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", run.stderr).group(1))
    return seconds, peak / 1024


def main():
    sizes = [int(a) for a in sys.argv[1:]] or [400, 2000]
    print(f"{'cohorts':>8} {'rows':>10} {'seconds':>8} {'rows/s':>10} {'peak MB':>8}")
    for cohorts in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            dir = pathlib.Path(tmp)
            workspace(dir, cohorts)
            best = min((measure(dir) for _ in range(3)), key=lambda r: r[0])
            rows = cohorts * 50 * len(MODULES)
            print(f"{cohorts:>8} {rows:>10,} {best[0]:>8.2f} {rows / best[0]:>10,.0f} {best[1]:>8.0f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Times glocal on single pathological source files: each case adds one large or deeply
nested file to a copy of tests/fixtures/minimal and runs `check` and `build`, printing
wall time, peak memory (from /usr/bin/time) and the exit code. Not part of the test
suite (it takes a minute and measures time):

    cargo build --release && scripts/bench-single-file.py target/release/glocal

A case may end with exit 1 where glocal refuses the input (too deep, too large): the
point is that it answers at once, with an error, and never crashes (exit 134).
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURE = os.path.join(HERE, "..", "tests", "fixtures", "minimal")
COURSE = "curricula/onboarding"
MODULE = COURSE + "/01-basics"


def lesson(body):
    return f"---\ntitle: Large\nduration: 100000\n---\n{body}"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def large_lesson(body):
    return lambda root: write(root, MODULE + "/09-large.md", lesson(body))


def ftl(extra):
    def add(root):
        with open(os.path.join(root, COURSE, "locales/en/course.ftl"), "a", encoding="utf-8") as f:
            f.write(extra)
    return add


def overlay(front, body):
    return lambda root: write(root, COURSE + "/overlays/sea/01-basics/01-welcome.md", f"---\n{front}---\n{body}")


PIN = '"' + "0" * 64 + '"'
CASES = [
    ("25,000 {{ m }}, one per line", large_lesson("{{ m }}\n" * 25000)),
    ("25,000 {{ m }} on one line", large_lesson(" ".join(["{{ m }}"] * 25000) + "\n")),
    ("16,000 headings with ids", large_lesson("".join(f"## H{i} {{#h{i}}}\n\ntext\n\n" for i in range(16000)))),
    ("8,000 activities", large_lesson("".join(f"::: activity {{#a{i} minutes=1}}\nDo it.\n:::\n\n" for i in range(8000)))),
    ("16,000 HTML blocks", large_lesson("".join(f"<div>x{i}</div>\n\n" for i in range(16000)))),
    ("50,000 Fluent messages", ftl("".join(f"m{i} = value {i}\n" for i in range(50000)))),
    ("50,000 based_on entries", overlay("based_on:\n" + "".join(f"  s{i}: {PIN}\n" for i in range(50000)),
                                        "## Extra {#extra after=site-map}\n\nRegional text.\n")),
    ("13,000 based_on entries (1 MiB)", overlay("based_on:\n" + "".join(f"  s{i}: {PIN}\n" for i in range(13000)),
                                               "## Extra {#extra after=site-map}\n\nRegional text.\n")),
    ("4 MB lesson of 2,000,000 lines", large_lesson("a\n" * 2_000_000)),
    ("2,000 nested directives", large_lesson(
        "".join(":" * (2002 - i) + " only {region=sea}\nx\n" for i in range(2000))
        + "".join(":" * (3 + i) + "\n" for i in range(2000)))),
    ("20,000 nested Fluent placeables", ftl("deep = " + "{ " * 20000 + '"x"' + " }" * 20000 + "\n")),
    ("blockquote 10,000 deep", large_lesson("> " * 10000 + "x\n")),
    ("10,000 nested <div> in an overlay", overlay("", "## Extra {#extra after=site-map}\n\n" + "<div>" * 10000 + "x" + "</div>" * 10000 + "\n")),
]


def run(glocal, args):
    timing = tempfile.NamedTemporaryFile(delete=False).name
    proc = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", timing, glocal, *args],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds, kb = open(timing).read().split()[-2:]
    os.unlink(timing)
    return float(seconds), int(kb) // 1024, proc.returncode


def main():
    glocal = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/glocal")
    print(f"{'case':<36} {'check':>16} {'build':>16}")
    for name, make in CASES:
        work = tempfile.mkdtemp()
        root = os.path.join(work, "ws")
        shutil.copytree(FIXTURE, root)
        ftl("m = hi\n")(root)
        make(root)
        cells = []
        for args in (["check", "--root", root], ["build", "--no-kits", "--root", root, "--out", os.path.join(work, "out")]):
            seconds, mb, code = run(glocal, args)
            cells.append(f"{seconds:5.2f}s {mb:4d}MB e{code}")
        print(f"{name:<36} {cells[0]:>16} {cells[1]:>16}", flush=True)
        shutil.rmtree(work)


main()

#!/usr/bin/env python3
"""Parses every .ftl file of the repository with Mozilla's reference Fluent parser
(python fluent.syntax) and fails on any Junk entry, so the files stay valid for
Pontoon, Weblate and Crowdin. Prints one line per file with a problem and a summary."""

import pathlib
import sys

from fluent.syntax import FluentParser, ast

root = pathlib.Path(__file__).resolve().parent.parent
parser = FluentParser(with_spans=True)
# tests/fixtures/broken holds a Fluent syntax error on purpose: the CLI tests check
# that glocal reports it.
broken = root / "tests" / "fixtures" / "broken"
files = sorted(
    p
    for p in root.rglob("*.ftl")
    if not any(part in {"target", "node_modules", ".git"} for part in p.parts) and broken not in p.parents
)
failed = 0
for path in files:
    text = path.read_text(encoding="utf-8")
    resource = parser.parse(text)
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = text.count("\n", 0, entry.span.start) + 1
            messages = "; ".join(a.message for a in entry.annotations)
            print(f"{path.relative_to(root)}:{line}: junk: {messages}")
            failed += 1
print(f"ftl: {len(files) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)

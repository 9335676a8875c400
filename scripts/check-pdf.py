#!/usr/bin/env python3
"""Reads the PDFs a `build --pdf` kit carries with pypdf, an independent reader, and
checks what SPEC 6 and issue 9 promise: each printed document is there beside its HTML,
tagged (a structure tree), in the kit's language, and the facilitator guide has an
outline with every session and lesson of its contents. Two builds of the same kit must
be the same bytes.

usage: check-pdf.py KIT.zip KIT-AGAIN.zip
"""
import html
import io
import json
import re
import sys
import zipfile

import pypdf

PRINTED = [
    "facilitator-guide", "participant-workbook", "agenda", "materials-checklist",
    "assessments/level-1-reaction-survey", "assessments/level-2-knowledge-check",
    "assessments/level-2-answer-key", "assessments/level-3-behaviour-checklist",
    "assessments/level-4-kpi-scorecard", "certification/trainer-certification-checklist",
]


def titles(outline):
    for item in outline:
        if isinstance(item, list):
            yield from titles(item)
        else:
            yield item.title


def main(first, second):
    problems = []
    if open(first, "rb").read() != open(second, "rb").read():
        problems.append("two builds of the kit differ")
    kit = zipfile.ZipFile(first)
    folder = kit.namelist()[0].split("/")[0]
    manifest = json.loads(kit.read(f"{folder}/manifest.json"))
    listed = {f["path"] for f in manifest["files"]}
    for doc in PRINTED:
        name = f"{doc}.pdf"
        if name not in listed:
            problems.append(f"{name}: not in the manifest")
            continue
        reader = pypdf.PdfReader(io.BytesIO(kit.read(f"{folder}/{name}")))
        root = reader.trailer["/Root"]
        if not root.get("/MarkInfo", {}).get("/Marked") or "/StructTreeRoot" not in root:
            problems.append(f"{name}: not tagged")
        if root.get("/Lang") != manifest["locale"]:
            problems.append(f"{name}: /Lang is {root.get('/Lang')}, the kit is {manifest['locale']}")
        if len(reader.pages) < 1:
            problems.append(f"{name}: no pages")
    guide_html = kit.read(f"{folder}/facilitator-guide.html").decode()
    contents = re.search(r'<nav class="contents".*?</nav>', guide_html, re.S).group(0)
    entries = [html.unescape(t) for t in re.findall(r'<a href="#[^"]+"[^>]*>([^<]+)</a>', contents)]
    guide = pypdf.PdfReader(io.BytesIO(kit.read(f"{folder}/facilitator-guide.pdf")))
    outline = set(titles(guide.outline))
    rtl = manifest["locale"].split("-")[0] in ("ar", "he", "fa", "ur")
    if rtl:
        # Chromium 156 writes right-to-left outline entries in visual word order
        # ("التعلّم أهداف" for "أهداف التعلّم"): the words are compared, not their order.
        print("note: right-to-left outline entries compared by their words (Chromium stores them in visual order)")
        outline = {" ".join(sorted(t.split())) for t in outline}
        entries = [" ".join(sorted(e.split())) for e in entries]
    missing = [e for e in entries if e not in outline]
    if missing:
        problems.append(f"facilitator-guide.pdf: the outline lacks {missing}")
    for p in problems:
        print(f"problem: {p}")
    print(f"pdf: {len(PRINTED)} documents of {folder} tagged in {manifest['locale']}, "
          f"{len(guide.pages)} guide pages, {len(entries)} contents entries in the outline, "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

#!/usr/bin/env python3
"""Set a dev page's text in another layout: is the cut held in layouts it was not tuned on?

usage: relayout.py GOLD.json OUTROOT PAGE.txt ...  [--score]
Writes OUTROOT/<layout>/<page name> for every layout in LAYOUTS; with --score, also ingests each
layout's pages into its own data dir (run from the checkout) and prints the scorer's totals.
The words and their order stay as printed, so the page's gold (compared with whitespace
removed, see score_ingest.norm) still holds; only line breaks, blank lines and markdown marks
change. Deterministic: a page's column width comes from its name. Never give it the blind
half's pages: they are read only as totals.

Layouts:
  narrow    paragraphs wrapped at 12-16 characters, a blank line after each line
  oneblank  one blank line between every two lines: no gap tells an item or picture apart
  picgap    picture gaps (three blank lines or more) shrunk to one blank line
  markdown  titles set as "## " headings
  plain     markdown heading marks taken off
"""

import json
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score_ingest import norm

TITLE_MAX = 60  # the scorer takes no longer title
WRAP_ABOVE = 30  # shorter lines are titles, credits and labels, set whole in any column
PARAGRAPH_ENDS = tuple("。！？!?”」』…）)")  # a subtitle or caption ends otherwise, and stays whole
WIDTHS = range(12, 17)
MD_MARK = re.compile(r"^#+\s*")


def title_lines(lines: list[str], items: list[dict]) -> set[int]:
    """Indexes of the lines that print a gold item's title: the first short line holding a key."""
    found = set()
    for item in items:
        keys = [norm(k) for k in item.get("title_keys") or []]
        start = norm(item["body_start"])
        for i, line in enumerate(lines):
            text = norm(MD_MARK.sub("", line))
            if (
                text
                and len(text) <= TITLE_MAX
                and start not in text
                and any(k in text for k in keys)
            ):
                found.add(i)
                break
    return found


def wrap(line: str, width: int) -> list[str]:
    return [line[i : i + width] for i in range(0, len(line), width)]


def narrow(lines: list[str], titles: set[int], width: int) -> list[str]:
    out = []
    for i, line in enumerate(lines):
        text = line.strip()
        if i in titles or len(text) <= WRAP_ABOVE or not text.endswith(PARAGRAPH_ENDS):
            out.append(line)
            continue
        for piece in wrap(text, width):
            out += [piece, ""]
        out.pop()  # the page's own gap follows the paragraph's last line
    return out


def one_blank(lines: list[str], titles: set[int], width: int) -> list[str]:
    """Every two text lines parted by exactly one blank line."""
    out = []
    for line in lines:
        if line.strip():
            out += [line, ""]
    return out


def picture_gaps(lines: list[str], titles: set[int], width: int) -> list[str]:
    """Runs of three blank lines or more set as one; shorter runs kept."""
    out, run = [], 0
    for line in [*lines, "x"]:
        if not line.strip():
            run += 1
            continue
        out += [""] * (1 if run >= 3 else run) + [line]
        run = 0
    return out[:-1]


def markdown(lines: list[str], titles: set[int], width: int) -> list[str]:
    return [f"## {MD_MARK.sub('', line)}" if i in titles else line for i, line in enumerate(lines)]


def plain(lines: list[str], titles: set[int], width: int) -> list[str]:
    return [MD_MARK.sub("", line) for line in lines]


LAYOUTS = {
    "narrow": narrow,
    "oneblank": one_blank,
    "picgap": picture_gaps,
    "markdown": markdown,
    "plain": plain,
}


def relay(text: str, layout: str, items: list[dict], name: str) -> str:
    """The page's text set in the layout; items are the page's gold items."""
    lines = text.split("\n")
    width = WIDTHS[zlib.crc32(name.encode()) % len(WIDTHS)]
    return "\n".join(LAYOUTS[layout](lines, title_lines(lines, items), width))


def score(pages_dir: Path, gold_path: str) -> str:
    """The scorer's last lines for the pages as the ingest cuts them, in a data dir of their own."""
    data = pages_dir.with_suffix(".data")
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir()
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(data)}
    env.pop("DATABASE_URL", None)
    export = data / "export.jsonl"
    for args in (
        ["migrate", "--noinput", "-v0"],
        ["ingest", str(pages_dir)],
        ["export_articles", "--output", str(export)],
    ):
        subprocess.run([sys.executable, "manage.py", *args], env=env, capture_output=True)
    scorer = Path(__file__).parent / "score_ingest.py"
    run = subprocess.run(
        [sys.executable, scorer, gold_path, export], capture_output=True, text=True
    )
    lines = run.stdout.splitlines()
    totals = next(ln for ln in lines if ln.startswith("articles:"))
    return f"{totals} | {lines[-5]} | {lines[-1][:19]}"


def main():
    scoring = "--score" in sys.argv
    gold_path, outroot, *pages = [a for a in sys.argv[1:] if a != "--score"]
    if any("blind" in Path(p).parts for p in [gold_path, *pages]):
        sys.exit("relayout.py: the blind half is never relaid")
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    for layout in LAYOUTS:
        out = Path(outroot) / layout
        out.mkdir(parents=True, exist_ok=True)
        for page in map(Path, pages):
            items = [g for g in gold if g["file"] == page.name]
            text = relay(page.read_text(encoding="utf-8"), layout, items, page.name)
            (out / page.name).write_text(text, encoding="utf-8")
        print(f"{layout:9} {score(out, gold_path)}" if scoring else out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A learned line labeller (a CRF) measured against the rules by k-fold over dev pages.

Not part of the parser: the experiment LINE_MODEL.md reports, kept so it can be run again
(needs `pip install python-crfsuite==0.9.12`, which the project does not pin). Dev only:
never point it at blind/.

Gold line tags. A gold item names its body by its first and last words, its title by key
phrases and its writers by name. Lines are the parser's own (read_lines), their text
normalised as score_ingest.py normalises it (NFKC, no whitespace), so a phrase broken over
lines is found across them. B the line opening an item's body, I the rest of its body
(subheadings too), T a line holding its title, Y a line outside any body naming one of its
writers, O anything else (running heads, captions, kickers, furniture).

Features. Each line's layout (width against its column, gap, ending, opening, markdown
level, dateline, credits) and, stacked, what the rules made of it: its label, the rule that
gave it and where the blocks (after repair) put it; with the neighbours' two lines either
side. --no-rules leaves the stacked features out.

Output: line tag precision and recall per fold total; then, at the two places the blocks
decide where items part, how the held-out model ranks the blocks' mistakes: a paragraph
inside a block that gold opens an item with (a merge) and a subheading gold calls a title.

usage: line_model_cv.py [--folds 4] [--no-rules] [--show PAGE.txt]
"""

import argparse
import json
import re
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

import pycrfsuite  # noqa: E402

from archive.parsing import bylines  # noqa: E402
from archive.parsing.blocks import build_blocks  # noqa: E402
from archive.parsing.lines import LEAD_OPENING, Line, place_colon_title, read_lines  # noqa: E402
from archive.parsing.memo import one_page  # noqa: E402
from archive.parsing.profile import DEFAULT_PROFILE  # noqa: E402
from archive.parsing.repair import repair  # noqa: E402
from archive.parsing.text import ends_terminal, has_sentence_punct, is_bulleted  # noqa: E402

DEV = Path(__file__).parent / "dev"
TAGS = ("B", "I", "T", "Y", "O")
TITLE_REACH = 400  # normalised characters from a body where its title may stand
WINDOW = (-2, -1, 1, 2)
PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def gold_tags(lines: list[Line], items: list[dict]) -> list[str]:
    texts = [norm(ln.text) for ln in lines]
    page = "".join(texts)
    owner = [k for k, t in enumerate(texts) for _ in t]  # each character's line
    tags = ["O"] * len(lines)
    spans = []
    for item in items:
        start, end = norm(item["body_start"]), norm(item["body_end"])
        found = [m.start() for m in re.finditer(re.escape(start), page)] if start else []
        if not found:
            continue
        best = None  # of repeated openings, the one its body_end follows soonest
        for s in found:
            e = page.find(end, s)
            if e >= 0 and (best is None or e - s < best[1] - best[0]):
                best = (s, e + len(end))
        spans.append((*(best or (found[0], found[0] + len(start))), item))
    for s, e, _ in spans:
        first, last = owner[s], owner[max(s, e - 1)]
        tags[first] = "B"
        for k in range(first + 1, last + 1):
            tags[k] = "I" if tags[k] != "B" else "B"
    for s, e, item in spans:
        for key in map(norm, item.get("title_keys") or []):
            at = page.rfind(key, max(0, s - TITLE_REACH), s) if key else -1
            if key and at < 0:  # a title printed under its text
                at = page.find(key, e, e + TITLE_REACH)
            for k in range(owner[at], owner[at + len(key) - 1] + 1) if at >= 0 else ():
                tags[k] = "T" if tags[k] == "O" else tags[k]
    for s, e, item in spans:
        names = [n for n in map(norm, item.get("persons") or []) if n]
        for k in range(max(0, owner[s] - 6), min(len(lines), owner[max(s, e - 1)] + 4)):
            if tags[k] == "O" and any(n in texts[k] for n in names):
                tags[k] = "Y"
    return tags


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return next((n for n, edge in enumerate(edges) if value < edge), len(edges))


def _end(text: str) -> str:
    if ends_terminal(text):
        return "t"
    last = text[-1]
    for mark, chars in (("c", "，,、；;"), (":", "：:"), ("d", "—-"), ("q", "”’）)】》")):
        if last in chars:
            return mark
    return "x"


def _start(text: str) -> str:
    first = text[0]
    if first.isdigit():
        return "d"
    for mark, chars in (("b", "（(【["), ("q", "“‘《")):
        if first in chars:
            return mark
    return "u" if is_bulleted(text) else "x"


def _place(blocks) -> dict[int, str]:
    """H1/H a block's heading lines, S a subheading, B its text's first line, P a later
    paragraph's, C a line carrying a paragraph on."""
    where: dict[int, str] = {}
    for block in blocks:
        for n, line in enumerate(block.heads):
            where[line.idx] = "H1" if n == 0 else "H"
        first = True
        for para in block.paras:
            for n, line in enumerate(para.lines):
                if para.subhead:
                    where[line.idx] = "S"
                else:
                    where[line.idx] = ("B" if first else "P") if n == 0 else "C"
            first = first and para.subhead
    return where


def line_features(line: Line, where: str, rules: bool) -> list[str]:
    text = line.text
    rel = line.width / line.column if line.column else 1.0
    out = [
        f"g={min(line.gap, 3)}",
        f"w={_bucket(line.width, (5, 9, 13, 21, 31, 46))}",
        f"rel={_bucket(rel, (0.3, 0.6, 0.9))}",
        f"e={_end(text)}",
        f"s={_start(text)}",
    ]
    if rules:
        out += [f"k={line.kind}", f"r={line.decisions[-1].rule}", f"p={where}"]
    flags = {
        "lv": line.level,
        "full": line.full,
        "punct": has_sentence_punct(text),
        "opens": line.opens_article,
        "cred": bool(line.credits),
        "lead": bool(LEAD_OPENING.match(text)),
        "pct": place_colon_title(text),
        "box": bylines.is_boxed_label(text),
        "narrow": line.column <= DEFAULT_PROFILE.narrow_column,
    }
    return out + [name for name, on in flags.items() if on]


def features(lines: list[Line], blocks, rules: bool) -> list[list[str]]:
    where = _place(blocks)
    base = [line_features(ln, where.get(ln.idx, "-"), rules) for ln in lines]
    short = [[f for f in fs if not f.startswith(("r=", "s="))] for fs in base]
    out = []
    for i in range(len(lines)):
        feats = list(base[i])
        for d in WINDOW:
            j = i + d
            ok = 0 <= j < len(lines)
            feats += [f"{d}{f}" for f in short[j]] if ok else [f"{d}edge"]
        out.append(feats)
    return out


def pages(rules: bool):
    """(name, lines, final blocks, features, gold tags) for each dev page."""
    gold = json.loads((DEV / "gold.json").read_text(encoding="utf-8"))
    by_file: dict[str, list[dict]] = {}
    for item in gold:
        by_file.setdefault(item["file"], []).append(item)
    for name in sorted(by_file):
        with one_page():
            lines = read_lines((DEV / name).read_text(encoding="utf-8"))
            blocks = repair(build_blocks(lines, DEFAULT_PROFILE)[0], [])
            feats = features(lines, blocks, rules)
        yield name, lines, blocks, feats, gold_tags(lines, by_file[name])


def decision_points(lines, blocks, tags, tagger):
    """(kind, model's probability the blocks are wrong, gold says they are) at each place
    the blocks chose: a later paragraph kept in its block, a subheading kept as one, a block
    opened on text."""
    at = {ln.idx: k for k, ln in enumerate(lines)}
    for n, block in enumerate(blocks):
        body = block.body
        if n and body:
            k = at[body[0].first.idx]
            yield "block's text carries another on?", tagger.marginal("I", k), tags[k] == "I"
        seen, prev = False, None
        for para in block.paras:
            k = at[para.first.idx]
            if para.subhead and seen:
                yield "subheading a title?", tagger.marginal("T", k), tags[k] == "T"
            elif not para.subhead and seen and prev is not None:
                text_above = all(tags[at[ln.idx]] in "BI" for ln in prev.lines)
                if text_above:  # not a dateline or byline set over the lead
                    yield "paragraph opens an item?", tagger.marginal("B", k), tags[k] == "B"
            seen = seen or not para.subhead
            prev = para


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--no-rules", action="store_true")
    ap.add_argument("--show", help="print one dev page's lines with their gold tags")
    args = ap.parse_args()
    data = list(pages(not args.no_rules))
    if args.show:
        for name, lines, _, _, tags in data:
            if name == Path(args.show).name:
                for line, t in zip(lines, tags, strict=True):
                    print(f"{line.idx + 1:4d} {t} {line.kind:9s} {line.text[:60]}")
        return
    conf: Counter = Counter()
    points: list[tuple[str, float, bool]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(args.folds):
            trainer = pycrfsuite.Trainer(verbose=False)
            for n, (*_, feats, tags) in enumerate(data):
                if n % args.folds != fold:
                    trainer.append(feats, tags)
            trainer.set_params(PARAMS)
            trainer.train(f"{tmp}/model")
            tagger = pycrfsuite.Tagger()
            tagger.open(f"{tmp}/model")
            for n, (_, lines, blocks, feats, tags) in enumerate(data):
                if n % args.folds == fold:
                    conf.update(zip(tags, tagger.tag(feats), strict=True))
                    points += decision_points(lines, blocks, tags, tagger)
    for t in TAGS:
        tp = conf[(t, t)]
        pred = sum(conf[(g, t)] for g in TAGS)
        gold = sum(conf[(t, p)] for p in TAGS)
        print(f"{t}: P {tp / max(1, pred):.3f} R {tp / max(1, gold):.3f} (gold {gold})")
    for kind in sorted({k for k, _, _ in points}):
        ranked = sorted((p for p in points if p[0] == kind), key=lambda p: -p[1])
        wrong = sum(w for _, _, w in ranked)
        print(f"{kind} {len(ranked)} places, the blocks wrong at {wrong}; model sure (p>=0.9):")
        sure = [w for _, p, w in ranked if p >= 0.9]
        print(f"  flags {len(sure)}, of which right {sum(sure)}")


if __name__ == "__main__":
    main()

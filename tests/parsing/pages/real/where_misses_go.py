#!/usr/bin/env python3
"""Counts only, so it may be run on the blind half: which pages merge items, and where the
gold's byline names went (unread in their article's own text, given to another article,
nowhere). It tells which class of miss generalises badly without reading a blind item.

usage: where_misses_go.py GOLD.json EXPORT.jsonl
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score_ingest import body_of, norm, person_names


def _text(value) -> str:
    return norm(json.dumps(value, ensure_ascii=False))


def _paragraph_places(name: str, article: dict) -> list[str]:
    paragraphs = article.get("paragraphs") or []
    last = len(paragraphs) - 1
    return [
        "first paragraph" if i == 0 else "last paragraph" if i == last else "middle paragraph"
        for i, p in enumerate(paragraphs)
        if name in _text(p)
    ]


def main() -> None:
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files = {g["file"] for g in gold}
    lines = Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
    preds = [json.loads(line) for line in lines if line.strip()]
    preds = [p for p in preds if any(str(p.get("source", "")).endswith(f) for f in files)]
    bodies = [body_of(p) for p in preds]
    starts = [norm(g["body_start"]) for g in gold]
    read = set().union(*(person_names(p) for p in preds))

    merged_by_page = Counter()
    for pred, body in zip(preds, bodies, strict=True):
        held = sum(s in body for s in starts)
        if held > 1:
            merged_by_page[Path(str(pred.get("source", ""))).stem] += held - 1
    fragments = sum(not any(s in body for s in starts) for body in bodies)

    names, unread_in = Counter(), Counter()
    for g, start in zip(gold, starts, strict=True):
        wanted = {norm(n) for n in g["persons"]}
        hit = next((p for p, b in zip(preds, bodies, strict=True) if start in b), None)
        if hit is None:
            names["in an item not exported"] += len(wanted)
            continue
        given = person_names(hit)
        names["given, not in the gold"] += len(given - wanted)
        for name in wanted - given:
            if name in read:
                names["given to another article"] += 1
            elif name in _text(hit):
                names["unread in its own article"] += 1
                unread_in.update(
                    k for k, v in hit.items() if k != "paragraphs" and name in _text(v)
                )
                unread_in.update(_paragraph_places(name, hit))
            else:
                names["unread elsewhere or nowhere"] += 1

    print(f"exported {len(preds)}, fragments (no gold start) {fragments}")
    print(f"items merged into a neighbour {sum(merged_by_page.values())}, on pages:")
    for page, n in sorted(merged_by_page.items()):
        print(f"  {page} {n}")
    print("byline names: " + ", ".join(f"{k} {v}" for k, v in names.items()))
    print("  unread ones stand in: " + ", ".join(f"{k} {v}" for k, v in unread_in.most_common()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Counts only, so it may be run on the blind half: which pages merge items, and where the
gold's byline names went (unread in their article's own text, given to another article,
nowhere), where missed titles stand and why places are missed. It tells which class of miss
generalises badly without reading a blind item. For a name unread in a paragraph it also asks
the credit grammar to read that paragraph alone: a name it reads then was lost by the page's
flow (which paragraph was taken as lead or tail), one it still misses is the grammar's.

usage: where_misses_go.py GOLD.json EXPORT.jsonl
"""

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[4]))
from score_ingest import body_of, head_of, norm, person_names, place_names, strip_suffix

from archive.parsing.bylines import credits_of_line


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


def _read_alone(name: str, article: dict) -> bool:
    """Whether the credit grammar reads the name from a paragraph holding it, given alone."""
    return any(
        name in {norm(c.name) for c in credits_of_line(p)}
        for p in article.get("paragraphs") or []
        if name in _text(p)
    )


def _title_miss(g: dict, hit: dict | None, held: int, others: list[dict]) -> str | None:
    keys = [norm(k) for k in g["title_keys"]]
    if hit is None:
        return "item not exported"
    if any(k in head_of(hit) for k in keys):
        return None if len(norm(hit.get("title"))) <= 60 else "title over 60 characters"
    where = (
        "in its body"
        if any(k in body_of(hit) for k in keys)
        else (
            "in another article's head or body"
            if any(k in head_of(o) + body_of(o) for o in others for k in keys)
            else "nowhere"
        )
    )
    first = (
        "item shares its article"
        if held > 1
        else ("article untitled" if not norm(hit.get("title")) else "another title given")
    )
    return f"{first}, key {where}"


def _place_miss(g_places: list, hit: dict | None) -> Counter:
    out = Counter()
    if hit is None:
        out["item not exported"] += len(g_places)
        return out
    names, text = place_names(hit), _text(hit)
    for alts in g_places:
        if any(strip_suffix(a) in names for a in alts):
            continue
        printed = any(strip_suffix(a) in text for a in alts)
        out["printed in the article" if printed else "not printed as given"] += 1
    return out


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

    names, unread_in, titles, places = Counter(), Counter(), Counter(), Counter()
    alone = Counter()
    for g, start in zip(gold, starts, strict=True):
        wanted = {norm(n) for n in g["persons"]}
        hit = next((p for p, b in zip(preds, bodies, strict=True) if start in b), None)
        held = sum(s in body_of(hit) for s in starts) if hit else 0
        if g["title_keys"]:
            titles[_title_miss(g, hit, held, [p for p in preds if p is not hit])] += 1
        places.update(_place_miss(g["places"], hit))
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
                if _paragraph_places(name, hit):
                    alone["read alone" if _read_alone(name, hit) else "missed alone"] += 1
            else:
                names["unread elsewhere or nowhere"] += 1

    print(f"exported {len(preds)}, fragments (no gold start) {fragments}")
    print(f"items merged into a neighbour {sum(merged_by_page.values())}, on pages:")
    for page, n in sorted(merged_by_page.items()):
        print(f"  {page} {n}")
    print("byline names: " + ", ".join(f"{k} {v}" for k, v in names.items()))
    print("  unread ones stand in: " + ", ".join(f"{k} {v}" for k, v in unread_in.most_common()))
    print(
        "  of those in a paragraph, the credit grammar given the paragraph alone: "
        + ", ".join(f"{k} {v}" for k, v in alone.most_common())
    )
    right = titles.pop(None, 0)
    missed = ", ".join(f"{k} {v}" for k, v in titles.most_common())
    print(f"titles right {right}, missed: {missed}")
    print("places missed: " + ", ".join(f"{k} {v}" for k, v in places.most_common()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""How well the doubts pick the cuts an editor must fix: flag rate, precision, recall.

usage: score_doubts.py GOLD.json EXPORT.jsonl DOUBTS.jsonl [-v]

EXPORT is `manage.py export_articles --output EXPORT.jsonl`; the export has no doubts, so
DOUBTS comes from the same database:

    manage.py shell -c "import json; from archive.models import Article; [print(json.dumps(
        {'source': a.page.file_name, 'position': a.position, 'doubts': a.doubts},
        ensure_ascii=False)) for a in Article.objects.select_related('page')]" > DOUBTS.jsonl

An article is wrong when gold has no article starting in it (a fragment), several (merged),
or its one gold article ends outside it, or its title, persons or places miss the gold, as
score_ingest.py matches them. A doubt is right "for its reason" when the article has the
error the doubt names (a title or repair doubt: the cut or title; a byline doubt: the persons;
a place doubt: the places). Dev and seeds only: the blind sets are not read item by item.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from score_ingest import body_of, head_of, norm, person_names, place_names, strip_suffix


def errors(article: dict, gold: list[dict]) -> list[str]:
    body = body_of(article)
    found = [g for g in gold if g["file"] == article["source"] and norm(g["body_start"]) in body]
    if not found:
        return ["cut: no gold article starts in it"]
    wrong = ["cut: merged"] if len(found) > 1 else []
    g = found[0]
    if norm(g["body_end"]) not in body:
        wrong.append("cut: split")
    keys, head = g["title_keys"], head_of(article)
    if keys and not (any(norm(k) in head for k in keys) and len(norm(article["title"])) <= 60):
        wrong.append(f"title: {article['title']!r}, want {keys}")
    if {norm(p) for p in g["persons"]} != person_names(article):
        wrong.append(f"bylines: want {g['persons']}, got {sorted(person_names(article))}")
    names = place_names(article)
    wrong += [f"places: want {a}" for a in g["places"] if not {strip_suffix(x) for x in a} & names]
    return wrong


def for_its_reason(doubt: str, wrong: list[str]) -> bool:
    kind = (
        "bylines" if doubt.startswith("byline") else "places" if doubt.startswith("place") else ""
    )
    return any(w.startswith(kind) if kind else w.startswith(("cut", "title")) for w in wrong)


def main() -> None:
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    files = {g["file"] for g in gold}
    lines = Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
    articles = [a for a in map(json.loads, filter(None, lines)) if a["source"] in files]
    doubts = {}
    for line in filter(None, Path(sys.argv[3]).read_text(encoding="utf-8").splitlines()):
        d = json.loads(line)
        doubts[d["source"], d["position"]] = d["doubts"]
    rows = [(a, doubts[a["source"], a["position"]], errors(a, gold)) for a in articles]
    flagged = [r for r in rows if r[1]]
    wrong = [r for r in rows if r[2]]
    hits = [r for r in flagged if r[2]]
    reasoned = [r for r in flagged if any(for_its_reason(d, r[2]) for d in r[1])]
    kinds: dict[str, list[int]] = {}
    for article, ds, w in rows:
        for kind, doubt in {d.split(":")[0]: d for d in ds}.items():  # each kind once an article
            counts = kinds.setdefault(kind, [0, 0, 0])
            counts[0] += 1
            counts[1] += bool(w)
            counts[2] += for_its_reason(doubt, w)
        if "-v" in sys.argv and (ds or w):
            mark = "flagged, wrong" if ds and w else "flagged, right" if ds else "unflagged, wrong"
            where = f"{article['source']} #{article['position']}"
            print(f"{mark}: {where} 《{article['title']}》 {ds} {w}")
    n = len(rows)
    print(f"articles {n}, flagged {len(flagged)} ({len(flagged) / n:.0%}), wrong {len(wrong)}")
    precision = len(hits) / max(1, len(flagged))
    print(f"precision {precision:.2f} ({len(hits)}/{len(flagged)} flagged are wrong)")
    print(
        f"recall {len(hits) / max(1, len(wrong)):.2f} ({len(hits)}/{len(wrong)} wrong are flagged)"
    )
    print(f"right for the reason named {len(reasoned)}/{len(flagged)}")
    for kind, (fired, bad, own) in sorted(kinds.items()):
        print(f"  {kind}: on {fired} articles, {bad} wrong, {own} with the error it names")


if __name__ == "__main__":
    main()

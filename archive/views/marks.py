"""Where each item cut from a page begins in the page's raw text, and which of the page's
passages fall under it.

Articles store no line numbers, so each item's title (else its first paragraph or caption) is
searched for in the raw text with all whitespace ignored: OCR breaks lines mid-sentence. An
item's region runs from where it begins to where the next located item begins.
"""

import re
from dataclasses import dataclass, field

from archive.parsing.passages import Passage, passages
from archive.parsing.profile import profile_for

_SPACE = re.compile(r"\s+")
NEEDLE_LENGTH = 30  # enough characters of a paragraph to be unique on a page


@dataclass
class Segment:
    text: str
    anchor: str = ""  # set for the located start of an item: rendered as <mark id=anchor>


@dataclass
class Region:
    article: object | None  # None: text before the first located item (the running head…)
    passages: list[Passage] = field(default_factory=list)
    anchor: str = ""  # on an article's first region: where its links lead


def anchor_id(article) -> str:
    return f"item-{article.position}"


def raw_anchor_id(article) -> str:
    return f"raw-item-{article.position}"


def _needles(article) -> list[str]:
    texts = [article.title, *(article.paragraphs or [])[:1], *(article.captions or [])[:1]]
    compact = (_SPACE.sub("", str(text))[:NEEDLE_LENGTH] for text in texts)
    return [needle for needle in compact if needle]


def _spans(raw_text: str, articles) -> tuple[list[tuple[int, int, object]], list]:
    """(begin, end, article) where each located item begins, in text order, and the articles
    not found (or found inside an earlier item's mark, where they cannot be told apart)."""
    origin = [i for i, char in enumerate(raw_text) if not char.isspace()]
    compact = "".join(raw_text[i] for i in origin)
    found, missing, cursor = [], [], 0
    for article in articles:
        for needle in _needles(article):
            start = compact.find(needle, cursor)
            start = compact.find(needle) if start < 0 else start
            if start >= 0:
                end = start + len(needle)
                found.append((origin[start], origin[end - 1] + 1, article))
                cursor = end
                break
        else:
            missing.append(article)
    spans, done = [], 0
    for begin, end, article in sorted(found, key=lambda span: span[:2]):
        if begin < done:
            missing.append(article)
            continue
        spans.append((begin, end, article))
        done = end
    return spans, sorted(missing, key=lambda article: article.position)


def locate(raw_text: str, articles) -> tuple[list[Segment], list]:
    """The raw text cut into plain and marked segments, and the articles not found in it."""
    spans, missing = _spans(raw_text, articles)
    segments, done = [], 0
    for begin, end, article in spans:
        segments += [
            Segment(raw_text[done:begin]),
            Segment(raw_text[begin:end], raw_anchor_id(article)),
        ]
        done = end
    segments.append(Segment(raw_text[done:]))
    return segments, missing


def regions(raw_text: str, articles, paper: str) -> list[Region]:
    """The page's passages (paragraphs rejoined as the cut joins them, by its paper's layout
    profile) in file order, grouped under the article whose text holds them; a passage no
    article holds (a byline, the running head) goes with the item whose located start it
    follows. A lead the cut moved up to its title shows as a second region of that article."""
    spans, _ = _spans(raw_text, articles)
    starts = [(raw_text.count("\n", 0, begin), article) for begin, _, article in spans]
    texts = [(article, _compact(article)) for article in articles]
    out, k, current = [Region(None)], 0, None
    for passage in passages(raw_text, profile_for(paper)):
        while k < len(starts) and starts[k][0] <= passage.last:
            current, k = starts[k][1], k + 1
        compact = _SPACE.sub("", passage.text)
        # Its start or its end: the cut may have taken a dateline's credits off the start.
        needles = {compact[:NEEDLE_LENGTH], compact[-NEEDLE_LENGTH:]} - {""}
        holders = [a for a, text in texts if any(needle in text for needle in needles)]
        owner = current if current in holders or not holders else holders[0]
        if owner is not out[-1].article:
            out.append(Region(owner))
        out[-1].passages.append(passage)
    seen = set()
    for region in out:
        if region.article is not None and region.article.pk not in seen:
            seen.add(region.article.pk)
            region.anchor = anchor_id(region.article)
    return [region for region in out if region.passages]


def _compact(article) -> str:
    parts = [article.kicker, article.title, article.subtitle, article.dateline]
    parts += [*map(str, article.paragraphs or []), *map(str, article.captions or [])]
    return _SPACE.sub("", "".join(parts))

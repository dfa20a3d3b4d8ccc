"""Where each item cut from a page begins in the page's raw text.

Articles store no line numbers, so each item's title (else its first paragraph or caption) is
searched for in the raw text with all whitespace ignored: OCR breaks lines mid-sentence.
"""

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")
NEEDLE_LENGTH = 30  # enough characters of a paragraph to be unique on a page


@dataclass
class Segment:
    text: str
    anchor: str = ""  # set for the located start of an item: rendered as <mark id=anchor>


def anchor_id(article) -> str:
    return f"item-{article.position}"


def _needles(article) -> list[str]:
    texts = [article.title, *(article.paragraphs or [])[:1], *(article.captions or [])[:1]]
    compact = (_SPACE.sub("", str(text))[:NEEDLE_LENGTH] for text in texts)
    return [needle for needle in compact if needle]


def locate(raw_text: str, articles) -> tuple[list[Segment], list]:
    """The raw text cut into plain and marked segments, and the articles not found in it."""
    origin = [i for i, char in enumerate(raw_text) if not char.isspace()]
    compact = "".join(raw_text[i] for i in origin)
    spans, missing, cursor = [], [], 0
    for article in articles:
        for needle in _needles(article):
            start = compact.find(needle, cursor)
            start = compact.find(needle) if start < 0 else start
            if start >= 0:
                end = start + len(needle)
                spans.append((origin[start], origin[end - 1] + 1, article))
                cursor = end
                break
        else:
            missing.append(article)
    segments, done = [], 0
    for begin, end, article in sorted(spans, key=lambda span: span[:2]):
        if begin < done:  # inside an earlier item's mark: cannot be told apart
            missing.append(article)
            continue
        segments += [
            Segment(raw_text[done:begin]),
            Segment(raw_text[begin:end], anchor_id(article)),
        ]
        done = end
    segments.append(Segment(raw_text[done:]))
    return segments, sorted(missing, key=lambda article: article.position)

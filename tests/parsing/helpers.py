"""Small readers the parser tests share: an item's credited names, a text compared loosely, the
places a text resolves to."""

import re
import unicodedata

from archive.gazetteer import Gazetteer
from archive.place_resolution import resolve_places


def names(item):
    return [c.name for c in item.credits]


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def places(title="", body="", context=""):
    """The names of the divisions title and body resolve to, ancestors first."""
    gazetteer = Gazetteer.default()
    return [gazetteer.get(m.code).name for m in resolve_places(title, body, context)]


# A page set a paragraph to a line: a full line of text, and a caption that ends a sentence.
WIDE = (
    "此次西安疫情,山东已多次驰援捐菜、送菜,网友纷纷点赞:"
    "“每一次驰援都有山东的身影,好暖心”“山东真是名副其实的菜篮子”。"
)
CATCH = "11月2日上午,2024潍坊·峡山湖生态捕捞宣传周在峡山湖畔开幕。图为生态捕捞现场。"

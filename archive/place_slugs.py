"""Pinyin and URL slugs for division names (哈尔滨市 → haerbinshi / haerbin).

Plain functions, no models: the data migration that loads places uses them.
"""

import re
from collections.abc import Iterator

from pypinyin import lazy_pinyin

from archive.gazetteer import short_name

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def to_pinyin(text: str) -> str:
    """Toneless lowercase pinyin, syllables run together, other characters dropped."""
    return _NOT_SLUG.sub("", "".join(lazy_pinyin(text)).lower())


def sibling_slugs(names: dict[str, str]) -> dict[str, str]:
    """Slugs for one group of siblings ({code: name}), unique within the group.

    The pinyin of the name without its suffix when that is free (南岗区 → nangang); else the
    full name's pinyin; else that plus the code.
    """
    slugs: dict[str, str] = {}
    for code in sorted(names):
        taken = set(slugs.values())
        slugs[code] = next(s for s in _candidates(names[code], code) if s and s not in taken)
    return slugs


def _candidates(name: str, code: str) -> Iterator[str]:
    yield to_pinyin(short_name(name))
    yield to_pinyin(name)
    yield f"{to_pinyin(name)}-{code}"

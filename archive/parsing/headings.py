"""Which heading line is the kicker (引题), the title and the subtitle (副题)."""

import re
from dataclasses import dataclass, field

from archive.parsing.lexicon import DASH, GENRE_WORDS, OPENERS, SUBTITLE_DASHES
from archive.parsing.text import tidy_heading, width

MAX_TITLE = 60
KICKER_MAX = 8  # a kicker above a title is a short label: 绥芬河, 七台河东风社区, 暖心速递


def is_genre_label(text: str) -> bool:
    """Also a column label set in lenticular brackets: 【记者走基层】, 【四川报告 巴蜀风情】."""
    text = text.replace(" ", "")
    if text.startswith("【") and text.endswith("】") and 2 < width(text) <= 16:
        return True
    return 0 < width(text) <= KICKER_MAX and text.endswith(GENRE_WORDS)


@dataclass
class Heading:
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    labels: list[str] = field(default_factory=list)  # section labels that head no article
    guessed: str = ""  # how _shorten guessed the title out of a longer line, for its doubt


def _subtitle_text(text: str) -> str:
    return text.lstrip("—-－ ").strip()


def _is_subtitle(text: str) -> bool:
    return text.startswith(SUBTITLE_DASHES)


def _rejoin(lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A heading set as one block wraps over lines: rejoin them, except at a "——" subtitle
    or under a genre label."""
    out: list[tuple[str, int, int]] = []
    for text, level, gap in lines:
        if (
            out
            and gap == 0
            and level == out[-1][1]
            and not _is_subtitle(text)
            and not is_genre_label(out[-1][0])  # "短评 / 标题": a label over its title
        ):
            # A line broken after an opening quote or bracket ("富锦市“ / 冰雪经济”") is one phrase.
            sep = "" if out[-1][0][-1:] in OPENERS else " "
            out[-1] = (f"{out[-1][0]}{sep}{text}", level, out[-1][2])
        else:
            out.append((text, level, gap))
    return out


def assign(lines: list[tuple[str, int, int]]) -> Heading:
    """Lines as (text, markdown level, blank lines before); returns the heading's parts."""
    labels = [tidy_heading(t) for t, level, _ in lines if level == 1]
    lines = _rejoin(
        [(tidy_heading(t), level, gap) for t, level, gap in lines if t.strip() and level != 1]
    )
    if not lines:
        return Heading(labels=labels)
    titles = [i for i, (_, level, _) in enumerate(lines) if level == 2]
    if titles:
        t = titles[-1]
        before = lines[:t]
        # The kicker sits right above the title in smaller type; a ## above it is a section label.
        kicker = before[-1][0] if before and before[-1][1] != 2 else ""
        after = [_subtitle_text(text) for text, _, _ in lines[t + 1 :]]
        labels += [text for text, _, _ in (before[:-1] if kicker else before)]
        return _shorten(
            Heading(kicker=kicker, title=lines[t][0], subtitle=" ".join(after), labels=labels)
        )
    units = [text for text, _, _ in lines]
    sub_at = next((i for i, u in enumerate(units) if _is_subtitle(u)), len(units))
    main, subs = units[:sub_at], [_subtitle_text(u) for u in units[sub_at:]]
    heading = Heading(labels=labels)
    if len(main) == 1:
        heading.title = main[0]
    elif len(main) == 2 and (
        is_genre_label(main[0])
        or main[0].endswith((":", "："))  # "盐湖区御沁园社区：" over what happened there
        or main[0].endswith(DASH)  # "…大力整治环境，如今——" broken off over what came of it
        or (width(main[0]) <= KICKER_MAX and width(main[0]) < 0.6 * width(main[1]))
    ):
        heading.kicker, heading.title = main
    elif len(main) == 2:
        heading.title, subs = main[0], [main[1], *subs]
    elif main:
        heading.kicker, heading.title, subs = main[0], main[1], [*main[2:], *subs]
    elif subs:
        heading.title, subs = subs[0], subs[1:]
    heading.subtitle = " ".join(subs)
    return _shorten(heading)


# A column's name in lenticular brackets opening the title line: "【记者走基层】河北张北:…".
_LEADING_TAG = re.compile(r"^【([^【】]{2,24})】\s*(?=\S)")


def _shorten(heading: Heading) -> Heading:
    """A title line that also carries its kicker ("引题 主题", over 30 wide) is split in two;
    a column's name in brackets opening it ("【特别报道】 探访…") is its kicker."""
    tag = _LEADING_TAG.match(heading.title)
    if tag and not heading.kicker:
        heading.kicker, heading.title = tag.group(1), heading.title[tag.end() :]
    title = heading.title
    if width(title) > 30 and " " in title and not heading.kicker:
        kicker, _, rest = title.rpartition(" ")
        if width(kicker) >= 8 and width(rest) >= 6:
            heading.kicker, heading.title = kicker, rest
    if len(heading.title) > MAX_TITLE:
        heading.title, extra = heading.title[:MAX_TITLE], heading.title[MAX_TITLE:]
        heading.subtitle = f"{extra} {heading.subtitle}".strip()
        heading.guessed = f"cut at {MAX_TITLE} characters, the rest taken as its subtitle"
    return heading

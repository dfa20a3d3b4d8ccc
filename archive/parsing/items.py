"""What the parser hands to the rest of the archive: plain dataclasses, no Django."""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE = "article"
PHOTO = "photo"


@dataclass(frozen=True)
class Credit:
    """One person named on a byline or photo credit, with the role printed beside them."""

    name: str
    role: str  # 记者, 实习记者, 见习记者, 特约记者, 通讯员, 摄影, 新华社记者, 作者 ...
    # How the name was read when no usual shape vouched for it ("names set solid, split by a
    # guess"): the item's doubt. Not part of who the credit is: equal credits stay equal.
    doubt: str = field(default="", compare=False)


@dataclass
class Item:
    """One article or photo item cut from a page, in reading order."""

    position: int  # 1-based reading order on the page
    kind: str = ARTICLE  # ARTICLE or PHOTO
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)  # paragraphs that are subheadings (小标题)
    captions: list[str] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    dateline: str = ""  # e.g. "本报11日讯", "新华社杭州3月5日电"
    continuations: list[str] = field(default_factory=list)  # e.g. "上接第一版"
    date: str = ""  # ISO "2021-11-07" when printed in full, "--11-29" for a month-day
    lines: tuple[int, int] = (0, 0)  # first and last source line (0-based, inclusive)
    reasons: list[str] = field(default_factory=list)  # why the cut was made, for -v 2
    # Why an editor should look at this cut first (a repair moved text, no title was found…);
    # empty for a cut the layout alone decided.
    doubts: list[str] = field(default_factory=list)

    @property
    def confident(self) -> bool:
        return not self.doubts

    @property
    def text(self) -> str:
        """Everything a reader sees, for place resolution and search."""
        head = "\n".join(p for p in (self.kicker, self.title, self.subtitle) if p)
        return "\n".join([head, *self.paragraphs, *self.captions])


@dataclass
class ParsedPage:
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

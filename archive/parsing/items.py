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
    # The credit line or bracket it was read from, outlet and all ("南都记者 黄慧萍 刘媚"): the
    # form an archive cites, though the outlet names no one. Not part of who the credit is.
    printed: str = field(default="", compare=False)


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
    byline: str = ""  # its credits as printed, in order, joined by " / "
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


def printed_byline(credits: list[Credit]) -> str:
    """The texts these credits were read from, each once, in order."""
    return " / ".join(dict.fromkeys(c.printed for c in credits if c.printed))


@dataclass
class ParsedPage:
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

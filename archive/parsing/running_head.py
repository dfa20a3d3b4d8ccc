"""What a page's running head says about the page: its paper, edition date and page number.

"2021年11月30日 星期二 第3版 要闻", "湖北日报 2024年3月8日 第4版", "005版:综合·社会". Only the
first lines of a page are read; a part the head does not print stays unknown (never guessed).
"""

import datetime
import re
from dataclasses import dataclass

from archive.parsing.dates import DATE_LINE, FULL
from archive.parsing.lines import is_running_head
from archive.parsing.profile import DEFAULT_PROFILE

_NUMERALS = "一二三四五六七八九"
# 第3版, 第三版, 第十二版, 005版, 第RB01版, 04版; an edition letter and a number: A07.
_PAGE = re.compile(
    r"第?\s*(?:[A-Za-z]{0,2}\s*)(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|(?<![\w])[A-Z](\d{2})(?!\w)"
)
_PAPER = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|都市报|商报|时报|报)(?![\u4e00-\u9fff])"
)


@dataclass(frozen=True)
class RunningHead:
    paper: str = ""
    edition_date: datetime.date | None = None
    page_number: int | None = None


def read_running_head(text: str) -> RunningHead:
    """The paper, date and page printed in the running head among a page's first lines."""
    heads = _head_lines(text)
    paper, edition_date, page_number = "", None, None
    for head in heads:
        edition_date = edition_date or _date(head)
        page_number = page_number or _page_number(head)
        paper = paper or _paper(head)
    return RunningHead(paper, edition_date, page_number)


def running_head_section(text: str) -> str:
    """What the running head says besides paper, date and page: the section (申城·社区)."""
    return "\n".join(_PAPER.sub("", FULL.sub("", head)) for head in _head_lines(text))


def _head_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()][: DEFAULT_PROFILE.page_top]
    return [
        line.lstrip("# ")
        for line in lines
        if is_running_head(line.lstrip("# ")) or DATE_LINE.fullmatch(line)
    ]


def _date(head: str) -> datetime.date | None:
    for match in FULL.finditer(head):
        try:
            return datetime.date(*(int(part) for part in match.groups()))
        except ValueError:
            continue
    return None


def _page_number(head: str) -> int | None:
    match = _PAGE.search(FULL.sub("", head))
    if match is None:
        return None
    number = match.group(1) or match.group(2)
    value = int(number) if number.isdigit() else chinese_number(number)
    return value or None


def chinese_number(text: str) -> int:
    """一 to 九十九: 三 → 3, 十二 → 12, 二十 → 20."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return _NUMERALS.index(text) + 1 if len(text) == 1 else 0
    return (_NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        _NUMERALS.index(units) + 1 if units else 0
    )


def _paper(head: str) -> str:
    match = _PAPER.search(head)
    return match.group(0) if match else ""

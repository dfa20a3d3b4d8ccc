"""Dates printed in an article: a full date when the paper gives one, else a month-day."""

import datetime
import re

FULL = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_FULL_DATE = r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
DATE_LINE = re.compile(rf"^\s*{_FULL_DATE}")
# A sign-off on one line: the issuing body, then the date ("……指挥部 2021年11月30日").
SIGNED_LINE = re.compile(rf"^\s*[\u4e00-\u9fff（）()·]{{2,30}}\s*{_FULL_DATE}")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def article_date(paragraphs: list[str]) -> str:
    """ISO date for the last full date printed (a sign-off dates the piece), else "--MM-DD"
    for the first month-day in the lead paragraph; never a guessed year."""
    # Only a paragraph printing 年 holds a full date: the others are not scanned for one.
    full = [m for p in paragraphs if "年" in p for m in FULL.finditer(p)]
    for m in reversed(full):
        y, mo, d = (int(g) for g in m.groups())
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    for m in MONTH_DAY.finditer(paragraphs[0] if paragraphs else ""):
        mo, d = (int(g) for g in m.groups())
        if _valid(2000, mo, d):  # a leap year, so 2月29日 stays valid
            return f"--{mo:02d}-{d:02d}"
    return ""

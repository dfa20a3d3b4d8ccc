"""The ends of a date range as people type them: a year (2021), a month (2021-11) or a day.

`from` starts at the first day of what it names and `to` ends at the last, so from=2021&to=2021
is the whole year; engines then compare plain days (search.contract).
"""

import calendar
import datetime
import re

_BOUND = re.compile(r"^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$")


def bound(text: str, last: bool = False) -> datetime.date | None:
    """The first (or, with last, the final) day that text names; None if it names none."""
    match = _BOUND.match(text.strip())
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    if year < datetime.MINYEAR or not 1 <= (month or 1) <= 12:
        return None
    month = month or (12 if last else 1)
    days = calendar.monthrange(year, month)[1]
    day = day or (days if last else 1)
    return datetime.date(year, month, day) if 1 <= day <= days else None

"""Articles by year, month (a calendar of its days) and day; those with no known year apart,
grouped by the month-day printed on them (2月24日) when there is one."""

import calendar
from datetime import MAXYEAR, MINYEAR, date, timedelta
from itertools import groupby

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.models import Article
from archive.views.pagination import page_of

A_MONDAY = date(2024, 1, 1)  # the calendar's weeks start on Monday, as in China
LEAP_YEAR = 2000  # a printed month-day with no year may be 2月29日


def date_index(request):
    """Months are first days (dates), so the template prints their names in either language."""
    years = [
        (year, [(date(year, month, 1), n) for _y, month, n in rows])
        for year, rows in groupby(Article.objects.month_counts(), key=lambda row: row[0])
    ]
    context = {
        "years": [(year, sum(n for _m, n in months), months) for year, months in years],
        "undated_count": Article.objects.undated().count(),
    }
    return render(request, "archive/date_index.html", context)


def _month(year: int, month: int) -> date:
    if not 1 <= month <= 12:
        raise Http404(_("没有这个月份：%(month)s") % {"month": month})
    if not MINYEAR <= year <= MAXYEAR:  # /dates/0/1/ names no calendar year
        raise Http404(_("没有这个年份：%(year)s") % {"year": year})
    return date(year, month, 1)


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise Http404(_("没有这一天：%(day)s") % {"day": day}) from None


def month_detail(request, year: int, month: int):
    """A calendar of the month (days with articles linked, with counts) over its articles."""
    first = _month(year, month)
    counts = Article.objects.day_counts(year, month)
    weeks = [
        [(date(year, month, d), counts.get(d, 0)) if d else (None, 0) for d in week]
        for week in calendar.Calendar().monthdayscalendar(year, month)
    ]
    context = {
        "page": page_of(request, Article.objects.in_month(year, month).listing()),
        "month": first,
        "weeks": weeks,
        "weekdays": [A_MONDAY + timedelta(days=n) for n in range(7)],
    }
    return render(request, "archive/month_detail.html", context)


def day_detail(request, year: int, month: int, day: int):
    month_start, when = _month(year, month), _day(year, month, day)
    page = page_of(request, Article.objects.filter(date=when).listing())
    return render(
        request, "archive/month_detail.html", {"page": page, "month": month_start, "day": when}
    )


def undated(request):
    """Articles whose year is unknown: the printed month-days (each a page) and those with
    no date at all."""
    month_days = [
        (date(LEAP_YEAR, month, day), n) for month, day, n in Article.objects.month_day_counts()
    ]
    page = page_of(request, Article.objects.dateless().listing())
    return render(request, "archive/undated.html", {"page": page, "month_days": month_days})


def month_day(request, month: int, day: int):
    """Undated articles printed with this month-day (2月24日), whatever their year."""
    when = _day(LEAP_YEAR, month, day)
    page = page_of(request, Article.objects.on_month_day(month, day).listing())
    return render(request, "archive/month_detail.html", {"page": page, "month_day": when})

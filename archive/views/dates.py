"""Articles by year and month; those with no known year apart."""

from datetime import MAXYEAR, MINYEAR, date
from itertools import groupby

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _

from archive.models import Article
from archive.views.pagination import page_of


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


def month_detail(request, year: int, month: int):
    if not 1 <= month <= 12:
        raise Http404(_("没有这个月份：%(month)s") % {"month": month})
    if not MINYEAR <= year <= MAXYEAR:  # /dates/0/1/ names no calendar year
        raise Http404(_("没有这个年份：%(year)s") % {"year": year})
    page = page_of(request, Article.objects.in_month(year, month).listing())
    context = {"page": page, "month": date(year, month, 1)}
    return render(request, "archive/month_detail.html", context)


def undated(request):
    """Articles whose year is unknown (at most a printed month-day, kept as date_text)."""
    page = page_of(request, Article.objects.undated().listing())
    return render(request, "archive/month_detail.html", {"page": page})

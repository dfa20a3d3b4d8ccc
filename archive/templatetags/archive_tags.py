"""How the public pages print dates (a full date, or the month-day when only that is known)
and where an article was printed (paper · date · page), saying plainly what is unknown."""

import re

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

register = template.Library()

_MONTH_DAY = re.compile(r"^--(\d\d)-(\d\d)$")


@register.simple_tag
def article_date(article) -> str:
    """<time> for a full date; "11月29日（年份不详）" for a printed month-day; else nothing."""
    if article.date:
        return format_html(
            '<time datetime="{}">{}</time>',
            article.date.isoformat(),
            date_format(article.date, _("Y年n月j日")),
        )
    match = _MONTH_DAY.match(article.date_text or "")
    if match:
        month, day = (int(part) for part in match.groups())
        return format_html(
            '<time datetime="{}">{}</time>',
            article.date_text,
            _("%(month)d月%(day)d日（年份不详）") % {"month": month, "day": day},
        )
    return ""


@register.simple_tag
def provenance(page) -> str:
    """ "哈尔滨日报 · 2021年11月30日 · 第3版"; each unknown part named as unknown, or one
    "报名、日期、版次不详" when nothing is known (a file without sidecar or running head)."""
    if not (page.paper or page.edition_date or page.page_number):
        return _("报名、日期、版次不详")
    parts = [
        format_html('<span lang="zh-Hans">{}</span>', page.paper) if page.paper else _("报名不详"),
        format_html(
            '<time datetime="{}">{}</time>',
            page.edition_date.isoformat(),
            date_format(page.edition_date, _("Y年n月j日")),
        )
        if page.edition_date
        else _("日期不详"),
        _("第 %(number)s 版") % {"number": page.page_number} if page.page_number else _("版次不详"),
    ]
    return format_html_join(" · ", "{}", ((part,) for part in parts))

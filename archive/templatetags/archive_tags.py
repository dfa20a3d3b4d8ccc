"""How the public pages print dates: a full date, or the month-day when only that is known."""

import re

from django import template
from django.utils.formats import date_format
from django.utils.html import format_html
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

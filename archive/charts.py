"""Articles per month as a small server-drawn SVG bar chart (no JavaScript)."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

WIDTH, HEIGHT, AXIS = 600, 160, 20
MAX_MONTHS = 240  # twenty years of bars; older months are left off the left edge
MAX_BAR_WIDTH = 32  # a few months still look like bars, not a wall


def every_month(counts: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The (year, month, n) rows with the missing months between first and last filled with 0."""
    if not counts:
        return []
    known = {(year, month): n for year, month, n in counts}
    (year, month), last = counts[0][:2], counts[-1][:2]
    months = []
    while (year, month) <= last:
        months.append((year, month, known.get((year, month), 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months[-MAX_MONTHS:]


def month_chart(counts: list[tuple[int, int, int]]) -> SafeString:
    """An SVG bar per month, with a text summary for screen readers; empty when no dates.

    The bars share the full width (a few months give thin bars in wide slots, not a wall);
    the month labels are HTML under the SVG, so they keep the page's font size on a phone.
    """
    months = every_month(counts)
    if not months:
        return mark_safe("")
    top = max(n for _y, _m, n in months)
    step = WIDTH / len(months)
    bar = min(step * 0.8, MAX_BAR_WIDTH)
    bars = []
    for index, (year, month, n) in enumerate(months):
        height = (HEIGHT - AXIS) * n / top
        label = _("%(year)d年%(month)d月：%(n)d 篇") % {"year": year, "month": month, "n": n}
        bars.append(
            f'<rect x="{index * step + (step - bar) / 2:.1f}" y="{HEIGHT - AXIS - height:.1f}" '
            f'width="{bar:.1f}" height="{height:.1f}"><title>{escape(label)}</title></rect>'
        )
    first, last = (f"{year}-{month:02d}" for year, month, _n in (months[0], months[-1]))
    summary = _("%(first)s 至 %(last)s 每月文章数，最多一个月 %(top)d 篇") % {
        "first": first,
        "last": last,
        "top": top,
    }
    labels = f"<span>{first}</span>" + (f"<span>{last}</span>" if last != first else "")
    svg = (
        f'<figure class="chart"><svg viewBox="0 0 {WIDTH} {HEIGHT - AXIS + 2}" role="img"'
        f' aria-label="{escape(summary)}" xmlns="http://www.w3.org/2000/svg">'
        f'<g class="bars">{"".join(bars)}</g>'
        f'<line x1="0" y1="{HEIGHT - AXIS}" x2="{WIDTH}" y2="{HEIGHT - AXIS}" class="axis"/>'
        f'</svg><figcaption aria-hidden="true">{labels}</figcaption></figure>'
    )
    return mark_safe(svg)  # numbers and escape()d labels only

"""One page of a long list, from ?page=; a page that does not exist is a 404, not a 500."""

from django.core.paginator import InvalidPage, Page, Paginator
from django.http import Http404
from django.utils.translation import gettext as _

PER_PAGE = 20


def page_of(request, items, per_page: int = PER_PAGE) -> Page:
    number = request.GET.get("page") or 1
    try:
        return Paginator(items, per_page).page(number)
    except InvalidPage:
        raise Http404(_("页码不存在：%(page)s") % {"page": number}) from None

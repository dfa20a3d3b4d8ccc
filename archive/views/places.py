"""Places: the province → city → county tree, and each place's articles."""

from collections import defaultdict

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive.models import Article, Place
from archive.views.pagination import page_of

# The model's level labels are stored Chinese; the page names the level in the reader's language.
LEVEL_NAMES = {
    Place.Level.PROVINCE: gettext_lazy("省级"),
    Place.Level.CITY: gettext_lazy("地级"),
    Place.Level.COUNTY: gettext_lazy("县级"),
}


def _tree(places: list[Place]) -> list[tuple[Place, list]]:
    """Nest places under their parents: [(province, [(city, [(county, [])])])]."""
    children = defaultdict(list)
    for place in places:
        children[place.parent_id].append(place)

    def branch(parent_id):
        return [(place, branch(place.pk)) for place in children[parent_id]]

    return branch(None)


def place_index(request):
    tree = _tree(Place.objects.with_article_counts())
    return render(request, "archive/place_index.html", {"tree": tree})


def place_detail(request, slugs: str):
    try:
        place = Place.objects.by_slugs(slugs.split("/"))
    except Place.DoesNotExist:
        raise Http404(_("没有这个地点：%(path)s") % {"path": slugs}) from None
    context = {
        "place": place,
        "level": LEVEL_NAMES[place.level],
        "subplaces": place.children.with_article_counts(within=place),
        "page": page_of(request, Article.objects.in_place(place).listing()),
    }
    return render(request, "archive/place_detail.html", context)


def place_by_code(request, code: str):
    """Division codes are stable; the slug path is the page's canonical URL."""
    place = get_object_or_404(Place.objects.select_related("parent__parent"), code=code)
    return redirect(place, permanent=True)

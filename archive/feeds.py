"""Atom feeds: the latest articles, a place's, a person's, and a search's."""

from django.contrib.syndication.views import Feed
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from archive.models import Article, Person, Place
from search.query import search

ITEMS = 30


class LatestFeed(Feed):
    """Atom requires every entry to have <updated> and an author (its own or the feed's)."""

    feed_type = Atom1Feed
    link = "/"

    def title(self):
        return _("报纸档案：最新文章")

    def author_name(self):
        return _("报纸档案")

    def items(self):
        return Article.objects.listing()[:ITEMS]

    def item_title(self, item):
        return item.title or _("无标题")

    def item_description(self, item):
        return "\n".join(map(str, item.paragraphs or item.captions or []))[:500]

    def item_author_name(self, item):
        return "、".join(byline.person.name for byline in item.bylines.all()) or _("报纸档案")

    def item_pubdate(self, item):
        return None  # an article's date is a day, not a moment: no invented time of day

    def item_updateddate(self, item):
        """When the archive's copy last changed (ingest or an editor): a real moment."""
        return item.updated_at


class PlaceFeed(LatestFeed):
    def get_object(self, request, code):
        return get_object_or_404(Place.objects.select_related("parent__parent"), code=code)

    def title(self, obj):
        return _("报纸档案：%(place)s") % {"place": " ".join(obj.path_names())}

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return Article.objects.in_place(obj).listing()[:ITEMS]


class PersonFeed(LatestFeed):
    def get_object(self, request, pk):
        return get_object_or_404(Person, pk=pk)

    def title(self, obj):
        return _("报纸档案：%(name)s") % {"name": obj.name}

    def link(self, obj):
        return obj.get_absolute_url()

    def items(self, obj):
        return Article.objects.by_person(obj).listing()[:ITEMS]


class SearchFeed(LatestFeed):
    """The newest matches of a query (search.query.search, sorted by date)."""

    def get_object(self, request):
        return search(request.GET.get("q", ""), sort="date", page_size=ITEMS)

    def title(self, obj):
        return _("报纸档案：检索“%(q)s”") % {"q": obj.query}

    def link(self, obj):
        return reverse("search") + "?" + urlencode({"q": obj.query})  # "&", "#", "+" stay in q

    def feed_url(self, obj):
        """rel=self names this query's feed, not the bare /feeds/search/."""
        return reverse("feed_search") + "?" + urlencode({"q": obj.query})

    def items(self, obj):
        return [hit.article for hit in obj.hits]


def search_feed(request):
    """A query the search cannot read is the client's error: say which, in one line."""
    results = search(request.GET.get("q", ""))
    if results.error:
        return HttpResponseBadRequest(
            f"q: {results.error}", content_type="text/plain; charset=utf-8"
        )
    return SearchFeed()(request)

"""Files that tell crawlers and browsers how to find things: robots.txt, OpenSearch."""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse


def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def opensearch(request):
    """Lets a browser add the archive's search to its search bar."""
    context = {
        "search_url": request.build_absolute_uri(reverse("search")),
        "feed_url": request.build_absolute_uri(reverse("feed_search")),
        "home_url": request.build_absolute_uri("/"),
    }
    return render(
        request,
        "archive/opensearch.xml",
        context,
        content_type="application/opensearchdescription+xml; charset=utf-8",
    )

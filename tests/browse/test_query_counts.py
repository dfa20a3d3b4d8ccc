"""List pages cost the same few queries whether they list two articles or forty."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

LIST_PAGES = [
    "/",
    "/places/",
    "/places/heilongjiang/haerbin/",
    "/people/",
    "/people/name/赵青/",
    "/dates/",
    "/dates/2021/11/",
    "/feeds/latest/",
    "/feeds/places/230100/",
    "/sitemap.xml",
]
MAX_QUERIES = 15


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, follow=True).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", LIST_PAGES)
def test_list_page_query_count_does_not_grow_with_its_length(client, many_pages, url):
    many_pages(1)
    few = queries(client, url)
    many_pages(20)
    assert queries(client, url) == few <= MAX_QUERIES

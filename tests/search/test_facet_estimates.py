"""Facet counts of very many matches: estimates, marked as such, exact again once narrowed.

The threshold (settings.SEARCH_EXACT_FACETS) is lowered to 10 so that 40 matches are many.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from search.facets import label_facets
from search.signals import reindex_articles
from tests.search.engines import only_on

MANY = 40


@pytest.fixture
def many(settings, search_index, make_article):
    """40 articles about snow: 30 in 南岗区 by 梁可心, 10 in 道里区 by 李林晅."""
    settings.SEARCH_EXACT_FACETS = 10
    pks = [
        make_article(
            f"第{i}场雪",
            "下雪了。",
            places=["230103"] if i < 30 else ["230102"],
            persons=["梁可心"] if i < 30 else ["李林晅"],
            date="2021-11-29",
        ).pk
        for i in range(MANY)
    ]
    reindex_articles(pks)


@only_on("postgres", "Whoosh counts every match from its columns and never estimates")
def test_many_matches_show_estimated_facets_beside_the_exact_count(client, many):
    html = client.get(reverse("search"), {"q": "雪"}).content.decode()
    assert f"{MANY} 条结果" in html
    assert 'title="估计值">(约 ' in html and "facet-estimates" in html
    data = client.get(reverse("search_api"), {"q": "雪"}).json()
    assert data["count"] == MANY
    values = [v for values in data["facets"].values() for v in values]
    assert values and all(v["estimated"] is True for v in values)


def test_a_filter_that_leaves_few_matches_gives_exact_unmarked_counts(client, many):
    html = client.get(reverse("search"), {"q": "雪", "person": "李林晅"}).content.decode()
    assert "10 条结果" in html and "约 " not in html and "facet-estimates" not in html
    data = client.get(reverse("search_api"), {"q": "雪", "person": "李林晅"}).json()
    assert {"value": "230102", "label": "道里区", "count": 10} in data["facets"]["place"]
    assert not any("estimated" in v for values in data["facets"].values() for v in values)


@pytest.mark.django_db
def test_an_estimate_reads_as_about_two_significant_figures_in_each_language():
    (value,) = label_facets({"person": {"梁可心": 12_345}}, {}, {"person"})["person"]
    assert value.count == 12_000 and value.estimated
    with translation.override("zh-hans"):
        assert value.shown == "约 1.2 万"
    with translation.override("en"):
        assert value.shown == "about 12,000"
    (exact,) = label_facets({"person": {"梁可心": 12_345}}, {})["person"]
    assert exact.shown == "12345" and not exact.estimated

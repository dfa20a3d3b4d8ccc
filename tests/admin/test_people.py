"""Merging duplicate people: bylines move, duplicates go, a re-ingest credits the survivor."""

from archive.models import Byline, Person, PersonAlias
from search.query import search
from tests.admin.conftest import SIDECAR
from tests.conftest import NANGANG, Story

CHANGELIST = "/admin/archive/person/"
VARIANT = Story(  # the same reporter, her name misread by the OCR (靑 for 青)
    "南岗区表彰优秀网格员",
    "本报记者 赵靑",
    ("本报讯 日前，南岗区表彰了一批优秀社区网格员。",),
)


def merge(client, survivor, *people):
    selected = [p.pk for p in (survivor, *people)]
    data = {"action": "merge_people", "_selected_action": selected, "survivor": survivor.pk}
    return client.post(CHANGELIST, data)


def test_the_merge_action_asks_which_person_to_keep(admin_client, page):
    selected = Person.objects.filter(name__in=["赵青", "李林晅"])
    data = {"action": "merge_people", "_selected_action": [p.pk for p in selected]}
    response = admin_client.post(CHANGELIST, data)
    assert response.status_code == 200
    assert "确认合并" in response.content.decode()
    assert Person.objects.filter(name="李林晅").exists()


def test_merging_moves_every_byline_and_deletes_the_duplicate(
    admin_client, ingest, pages, page, django_capture_on_commit_callbacks
):
    ingest(pages("p2.txt", VARIANT, sidecar=SIDECAR))
    survivor, duplicate = Person.objects.get(name="赵青"), Person.objects.get(name="赵靑")
    with django_capture_on_commit_callbacks(execute=True):
        assert merge(admin_client, survivor, duplicate).status_code == 302
    assert not Person.objects.filter(name="赵靑").exists()
    assert Byline.objects.filter(person=survivor).count() == 2
    assert PersonAlias.objects.get(name="赵靑").person == survivor
    assert [hit.article.title for hit in search("表彰", person="赵青").hits] == [VARIANT.title]


def test_a_reingest_credits_the_survivor_and_does_not_bring_the_duplicate_back(
    admin_client, ingest, pages, page, reingest
):
    variant_page = pages("p2.txt", VARIANT, sidecar=SIDECAR)
    ingest(variant_page)
    survivor = Person.objects.get(name="赵青")
    merge(admin_client, survivor, Person.objects.get(name="赵靑"))
    result = reingest(variant_page)
    assert not Person.objects.filter(name="赵靑").exists()
    assert Byline.objects.get(article__title=VARIANT.title).person == survivor
    assert "unchanged 1" in result.out


def test_merging_a_person_with_only_itself_is_refused(admin_client, page):
    survivor = Person.objects.get(name="赵青")
    response = merge(admin_client, survivor)
    assert response.status_code == 302
    assert Byline.objects.get(article__title=NANGANG.title).person == survivor

"""Cuts the parser was unsure of are the editors' first work: flagged at ingest, listed by a
"needs review" filter on articles and pages, and gone from it once marked reviewed."""

from archive.models import Article, SourcePage
from archive.parsing import parse_page
from tests.conftest import (
    FIXTURE_PAGES,
    GUESSED_TITLE,
    GUESSED_TITLE_PAGE,
    NANGANG,
    Story,
    page_text,
)

ARTICLES = "/admin/archive/article/?needs_review=yes"
PAGES = "/admin/archive/sourcepage/?needs_review=yes"


def test_a_repaired_or_untitled_cut_is_doubted_and_a_plain_one_is_not():
    (path,) = FIXTURE_PAGES.glob("000_*.txt")
    items = parse_page(path.read_text(encoding="utf-8")).items
    untitled = next(item for item in items if not item.title)
    assert untitled.doubts == ["no title found"]
    # Its title was printed at the foot of the page and found by what the text is about.
    qionglai = next(item for item in items if item.title.startswith("邛崃向九寨沟县"))
    assert any("title from line" in d for d in qionglai.doubts)
    plain = [item for item in items if item.confident]
    assert plain and all(not item.doubts for item in plain)


def test_ingest_stores_the_doubts_and_the_summary_counts_them(ingest):
    result = ingest(FIXTURE_PAGES)
    assert result.error is None, result.err
    doubted = Article.objects.exclude(doubts=[]).count()
    assert 0 < doubted < Article.objects.count()
    counted = sum(
        int(line.split(" to review")[0].rsplit(", ", 1)[1])
        for line in result.out.splitlines()
        if " to review" in line
    )
    assert counted == doubted


# Three cities have a 铁西区 and nothing on the page names one of them.
TIEXI = Story(
    "铁西区老旧小区改造完工",
    "本报记者 周明",
    ("本报讯 记者从铁西区住建局获悉，今年铁西区改造老旧小区42个，惠及居民1.2万户。",),
)


def test_a_place_nothing_decides_is_a_doubt_an_editor_finds(admin_client, ingest, pages):
    result = ingest(pages("tiexi.txt", NANGANG, TIEXI))
    assert result.error is None, result.err
    tiexi = Article.objects.get(title=TIEXI.title)
    assert tiexi.doubts == ["place undecided: 铁西区"]
    assert not tiexi.places.exists()
    assert "1 to review" in result.out
    html = admin_client.get(ARTICLES).content.decode()
    assert f"/admin/archive/article/{tiexi.pk}/change/" in html
    nangang = Article.objects.get(title=NANGANG.title)
    assert f"/admin/archive/article/{nangang.pk}/change/" not in html


def test_the_needs_review_filter_lists_doubted_articles_until_reviewed(admin_client, ingest):
    ingest(FIXTURE_PAGES)
    doubted = Article.objects.exclude(doubts=[]).first()
    plain = Article.objects.filter(doubts=[]).exclude(title="").first()
    html = admin_client.get(ARTICLES).content.decode()
    assert f"/admin/archive/article/{doubted.pk}/change/" in html
    assert f"/admin/archive/article/{plain.pk}/change/" not in html
    Article.objects.filter(pk=doubted.pk).update(reviewed=True)
    html = admin_client.get(ARTICLES).content.decode()
    assert f"/admin/archive/article/{doubted.pk}/change/" not in html


def test_the_pages_list_filters_to_pages_with_doubted_cuts(admin_client, ingest):
    ingest(FIXTURE_PAGES)
    Article.objects.filter(page__file_name__startswith="000_").update(reviewed=True)
    html = admin_client.get(PAGES).content.decode()
    first = SourcePage.objects.get(file_name__startswith="000_")
    doubted = SourcePage.objects.get(file_name__startswith="003_")
    assert f"/admin/archive/sourcepage/{doubted.pk}/change/" in html
    assert f"/admin/archive/sourcepage/{first.pk}/change/" not in html


def test_a_guessed_title_is_listed_for_review_with_what_to_check(admin_client, ingest, pages):
    guessed = pages("garden.txt", text=GUESSED_TITLE_PAGE)
    plain = pages(
        "plain.txt", text=page_text(NANGANG).replace(NANGANG.title, f"## {NANGANG.title}")
    )
    result = ingest(guessed, plain, verbosity=2)
    assert result.error is None, result.err
    assert "garden.txt: 2 items" in result.out and "1 to review" in result.out
    assert f"unsure: title guessed: 「{GUESSED_TITLE}」" in result.out
    assert "width 9 <= column" in result.out and "(a guess)" in result.out
    garden = Article.objects.get(title=GUESSED_TITLE)
    assert garden.doubts == [
        f"title guessed: 「{GUESSED_TITLE}」 (a short line, nothing else marks it)"
    ]
    html = admin_client.get(ARTICLES).content.decode()
    assert f"/admin/archive/article/{garden.pk}/change/" in html
    for article in Article.objects.filter(title=NANGANG.title):  # over a byline, or markdown
        assert article.doubts == []
        assert f"/admin/archive/article/{article.pk}/change/" not in html
    change = admin_client.get(f"/admin/archive/article/{garden.pk}/change/").content.decode()
    assert f"title guessed: 「{GUESSED_TITLE}」 (a short line, nothing else marks it)" in change
    html = admin_client.get(PAGES).content.decode()
    assert f"/admin/archive/sourcepage/{garden.page.pk}/change/" in html
    plain_page = SourcePage.objects.get(file_name="plain.txt")
    assert f"/admin/archive/sourcepage/{plain_page.pk}/change/" not in html

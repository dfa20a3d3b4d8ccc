"""An ingest makes what it stored searchable once its transaction commits, with no rebuild."""

from django.core.management import call_command

from search.query import search
from tests.search.engines import only_on


def test_articles_stored_by_an_ingest_are_found_after_it_commits(
    search_index, tmp_path, django_capture_on_commit_callbacks
):
    page = tmp_path / "p.txt"
    page.write_text(
        "## 香坊区为独居老人送去御寒衣物\n\n"
        "本报讯（记者 霍亮）香坊区执法人员为独居老人送去被褥。\n",
        encoding="utf-8",
    )
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(page), stdout=None)
    assert [r.article.title for r in search("御寒衣物").hits] == ["香坊区为独居老人送去御寒衣物"]
    assert [r.article.title for r in search("霍亮").hits] == ["香坊区为独居老人送去御寒衣物"]


def test_an_article_a_re_ingest_removes_leaves_the_index(
    search_index, tmp_path, django_capture_on_commit_callbacks
):
    page = tmp_path / "p.txt"
    two = (
        "## 平房区开展冬季消防检查\n\n本报讯 平房区开展检查。\n\n"
        "## 道里区举办冰雪节\n\n本报讯 道里区举办冰雪节。\n"
    )
    page.write_text(two, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(page), stdout=None)
    page.write_text(two.split("## 道里区")[0], encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(page), stdout=None)
    assert search("冰雪节").hits == []
    assert [r.article.title for r in search("消防检查").hits] == ["平房区开展冬季消防检查"]


@only_on("whoosh", "PostgreSQL writes each page's rows with the page, not after the run")
def test_an_ingest_run_writes_the_index_once_not_once_per_page(
    search_index, tmp_path, django_capture_on_commit_callbacks
):
    for n, place in enumerate(["南岗区", "道里区", "香坊区"]):
        (tmp_path / f"p{n}.txt").write_text(
            f"## {place}开展冬季消防检查\n\n本报讯 {place}开展消防检查。\n", encoding="utf-8"
        )
    with django_capture_on_commit_callbacks(execute=True) as index_writes:
        call_command("ingest", str(tmp_path), stdout=None)
    assert len(index_writes) == 1
    assert len(search("消防检查").hits) == 3

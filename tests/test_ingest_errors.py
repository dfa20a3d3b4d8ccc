"""Bad input: one clear line naming the file, the other files still stored, a failing exit."""

import pytest

from archive.ingest import load
from archive.ingest.prepare import prepare_page
from archive.ingest.reading import read_page
from archive.models import Article, IngestRun, SourcePage
from tests.conftest import DAOLI, NANGANG, page_text

BAD_INPUTS = {
    "empty file": ({"text": ""}, "empty page"),
    "whitespace only": ({"text": " \n\u3000\n\t\n"}, "empty page"),
    "binary": (
        {"raw": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        "binary file (NUL byte at offset 8)",
    ),
    "not utf-8 or gb18030": (
        {"raw": "南岗区".encode() + b"\xff\xfe\x80 caf\xe9"},
        "not UTF-8 or GB18030 text (invalid UTF-8 byte 0xff at offset 9)",
    ),
    "utf-16 with a bom": ({"raw": page_text(DAOLI).encode("utf-16")}, "UTF-16 text"),
    "utf-16 without a bom": ({"raw": page_text(DAOLI).encode("utf-16-le")}, "UTF-16 text"),
    "sidecar not json": ({"sidecar": "{paper: 1"}, "sidecar bad.json is not valid UTF-8 JSON"),
    "sidecar bad date": (
        {"sidecar": {"edition_date": "2021-02-30"}},
        "edition_date must be a real YYYY-MM-DD date, got '2021-02-30'",
    ),
    "sidecar unknown key": ({"sidecar": {"date": "2021-02-03"}}, "unknown keys ['date']"),
    "sidecar page as text": ({"sidecar": {"page": "3"}}, "page must be a whole number, got '3'"),
    "sidecar not an object": ({"sidecar": "[1, 2]"}, "must hold a JSON object"),
}


def assert_failed_alone(run, bad_name: str, message: str) -> None:
    """The run failed because of this file only, said so on one line, and stored the rest."""
    assert run.error is not None and "1 of 2 files failed" in str(run.error)
    assert len(run.err_lines) == 1
    assert run.err_lines[0].startswith(bad_name) and message in run.err_lines[0]
    assert list(SourcePage.objects.values_list("file_name", flat=True)) == ["good.txt"]
    assert IngestRun.objects.get().errors == run.err_lines


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_a_bad_file_fails_alone_with_one_line_naming_it(ingest, pages, case):
    content, message = case
    good = pages("good.txt", NANGANG)
    bad = pages("bad.txt", DAOLI, **content)
    assert_failed_alone(ingest(good, bad), str(bad), message)


def test_an_oversized_file_fails_against_max_bytes(ingest, pages):
    good = pages("good.txt", NANGANG)
    big = pages("big.txt", text=page_text(NANGANG, DAOLI))
    limit = big.stat().st_size - 1
    run = ingest(good, big, max_bytes=limit)
    assert_failed_alone(run, str(big), f"over the limit of {limit} (--max-bytes)")


def test_a_missing_path_fails_alone(ingest, pages, tmp_path):
    missing = tmp_path / "nowhere.txt"
    run = ingest(pages("good.txt", NANGANG), missing)
    assert_failed_alone(run, str(missing), "no such file or folder")


def test_a_folder_without_pages_fails_alone(ingest, pages, tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "notes.md").write_text("not a page", encoding="utf-8")
    run = ingest(pages("good.txt", NANGANG), folder)
    assert_failed_alone(run, str(folder), "folder has no page files (*.txt)")


def test_two_files_with_one_name_are_refused(ingest, pages, tmp_path):
    other = tmp_path / "elsewhere"
    other.mkdir()
    twin = other / "good.txt"
    twin.write_text(page_text(DAOLI), encoding="utf-8")
    run = ingest(pages("good.txt", NANGANG), twin)
    assert_failed_alone(run, str(twin), "same file name as")
    assert Article.objects.get().title == NANGANG.title


def test_a_parser_crash_fails_that_file_only(ingest, pages, monkeypatch):
    import archive.ingest.prepare as prepare

    real = prepare.parse_page

    def fragile(text, paper):
        if "道里区" in text:
            raise IndexError("list index out of range")
        return real(text, paper)

    monkeypatch.setattr(prepare, "parse_page", fragile)
    run = ingest(pages("good.txt", NANGANG), bad := pages("bad.txt", DAOLI))
    assert_failed_alone(
        run, str(bad), "could not cut the page: IndexError: list index out of range"
    )


def test_gb18030_and_bom_prefixed_utf8_pages_are_read(ingest, pages):
    gb = pages("gb.txt", raw=page_text(NANGANG).encode("gb18030"))
    bom = pages("bom.txt", raw=page_text(DAOLI).encode("utf-8-sig"))
    run = ingest(gb, bom)
    assert run.error is None
    assert set(Article.objects.values_list("title", flat=True)) == {NANGANG.title, DAOLI.title}
    assert not SourcePage.objects.filter(raw_text__startswith="\ufeff").exists()


def test_a_file_that_turns_bad_leaves_its_stored_version_intact(ingest, pages):
    path = pages("a.txt", NANGANG, DAOLI)
    ingest(path)
    before = list(Article.objects.values_list("pk", "title"))
    path.write_bytes(b"\x00\x01")
    run = ingest(path)
    assert run.error is not None
    assert list(Article.objects.values_list("pk", "title")) == before


def test_a_failure_while_storing_leaves_nothing_of_the_page(db, pages, monkeypatch):
    prepared = prepare_page(read_page(pages("a.txt", NANGANG, DAOLI)))

    def broken(*args):
        raise RuntimeError("disk full")

    monkeypatch.setattr(load, "_write_links", broken)
    with pytest.raises(RuntimeError):
        load.store_page(prepared)
    assert not SourcePage.objects.exists() and not Article.objects.exists()

"""Shared fixtures for the archive's tests.

Django settings must not load before ARCHIVE_DATA_DIR points at a throwaway folder, so this
module sets the environment and sets Django up itself (pytest.ini names no settings module).
"""

import os
import shutil
import tempfile

DATA_DIR = tempfile.mkdtemp(prefix="archive-tests-")
os.environ["ARCHIVE_DATA_DIR"] = DATA_DIR
os.environ["DJANGO_SETTINGS_MODULE"] = "archive.settings"
# Tests write a page and ingest it at once, and nothing else writes it: no settle window (here
# and in the manage.py children tests/ops starts). The reading tests set their own.
os.environ["ARCHIVE_INGEST_SETTLE_SECONDS"] = "0"

import django  # noqa: E402

django.setup()

import json  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from io import StringIO  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from django.core.management import CommandError, call_command  # noqa: E402
from django.utils import translation  # noqa: E402

FIXTURE_PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"

# The real-browser fixtures (browser, site, tab), defined once so one browser serves the session.
pytest_plugins = ["tests.browser_fixtures"]


def pytest_unconfigure(config):
    shutil.rmtree(DATA_DIR, ignore_errors=True)


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Logging the admin in with the production hasher costs a second per test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def roomy_search_budget(settings):
    """The 2 s budget guards a shared server; on a loaded CI machine it stopped a query on four
    articles. Tests of the budget itself set their own."""
    settings.SEARCH_TIME_BUDGET = 30


@pytest.fixture(autouse=True)
def interface_language():
    """A request in English leaves English active in the thread; each test starts in the
    interface's own language, as a fresh process would."""
    yield
    translation.deactivate()


@dataclass(frozen=True)
class Story:
    """One article as a newspaper prints it: title, byline line, paragraphs."""

    title: str
    byline: str
    paragraphs: tuple[str, ...]

    def text(self) -> str:
        return "\n\n".join([self.title, self.byline, *self.paragraphs])


NANGANG = Story(
    "南岗区启动社区志愿服务月活动",
    "本报记者 赵青",
    (
        "本报讯 11月29日，哈尔滨市南岗区启动社区志愿服务月活动，全区各社区组织志愿者开展"
        "环境整治、敬老助残等服务。",
        "活动期间，南岗区还将评选一批优秀志愿服务项目，推动志愿服务常态化。",
    ),
)
DAOLI = Story(
    "道里区举办冰雪文化节",
    "本报记者 李林晅",
    (
        "本报讯 日前，哈尔滨市道里区冰雪文化节在中央大街开幕，市民和游客参加了冰雕展示、"
        "冬泳表演等活动。",
        "据了解，本届冰雪文化节将持续到明年2月底。",
    ),
)
XIANGFANG = Story(
    "香坊区开展安全生产大检查",
    "通讯员 王兴国 记者 梁可心",
    (
        "本报讯 近日，哈尔滨市香坊区组织开展安全生产大检查，重点检查商场、学校和建筑工地。",
        "检查中发现的问题已全部督促整改。（2021年11月7日）",
    ),
)


def page_text(*stories: Story) -> str:
    return "\n\n\n\n".join(story.text() for story in stories) + "\n"


def wrapped(*paragraphs: str) -> list[str]:
    """Paragraphs as a narrow column prints them: 20 characters a line."""
    return [p[i : i + 20] for p in paragraphs for i in range(0, len(p), 20)]


GARDEN_LEAD = "入冬以来，南岗区花园街道为辖区独居老人送去过冬棉衣，社区志愿者逐户上门登记老人需求。"
GARDEN_MORE = "街道还组建了由党员和志愿者组成的服务队，定期走访，帮助老人解决生活中的实际困难。"
# Under NANGANG, a short line over a picture's gap, a report under it with no dateline or
# byline: only the line's width says it is a title, a guess an editor checks.
GUESSED_TITLE = "花园街道的冬日暖意"
GUESSED_TITLE_PAGE = "\n".join(
    [page_text(NANGANG), "", GUESSED_TITLE, "", "", "", *wrapped(GARDEN_LEAD, GARDEN_MORE), ""]
)


@pytest.fixture
def pages(tmp_path):
    """Writes page files (and optional sidecars) into a fresh folder; returns their paths."""
    folder = tmp_path / "pages"
    folder.mkdir()

    def write(name: str, *stories: Story, text=None, raw=None, sidecar=None) -> Path:
        path = folder / name
        if raw is not None:
            path.write_bytes(raw)
        else:
            path.write_text(text if text is not None else page_text(*stories), encoding="utf-8")
        if sidecar is not None:
            sidecar_text = sidecar if isinstance(sidecar, str) else json.dumps(sidecar)
            path.with_suffix(".json").write_text(sidecar_text, encoding="utf-8")
        return path

    write.folder = folder
    return write


@dataclass
class Run:
    out: str
    err: str
    error: CommandError | None

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line]


@pytest.fixture
def ingest(db):
    """Runs `manage.py ingest` and returns its output; a CommandError is returned, not raised."""

    def run(*paths, **options) -> Run:
        out, err = StringIO(), StringIO()
        try:
            call_command("ingest", *map(str, paths), stdout=out, stderr=err, **options)
        except CommandError as error:
            return Run(out.getvalue(), err.getvalue(), error)
        return Run(out.getvalue(), err.getvalue(), None)

    return run

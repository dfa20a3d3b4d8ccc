"""The engine is a configuration choice: engine libraries stay inside search/backends/.

Outside search/backends/, no module of the archive imports Whoosh (whoosh.*, haystack's
whoosh_backend), PostgreSQL's full text (django.contrib.postgres) or an engine package's
internals (search.backends.whoosh, search.backends.postgres); settings name them as strings.
"""

import ast
from pathlib import Path

from django.conf import settings

SOURCE_DIRS = ("archive", "search")
ENGINE_DIR = "search/backends/"


def _is_engine_module(name: str) -> bool:
    return (
        "whoosh" in name  # whoosh.* and haystack.backends.whoosh_backend
        or name.startswith("django.contrib.postgres")
        or name.startswith("search.backends.")
    )


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def engine_importers() -> dict[str, set[str]]:
    found = {}
    for folder in SOURCE_DIRS:
        for path in Path(settings.BASE_DIR, folder).rglob("*.py"):
            relative = path.relative_to(settings.BASE_DIR).as_posix()
            if relative.startswith(ENGINE_DIR):
                continue
            engine = {name for name in imported_modules(path) if _is_engine_module(name)}
            if engine:
                found[relative] = engine
    return found


def test_nothing_outside_the_engine_packages_imports_an_engine_library():
    assert engine_importers() == {}


def test_the_check_sees_an_engine_import_where_it_would_be(tmp_path):
    """The scan above is not vacuous: these lines are what it reports."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import whoosh.index\nfrom search.backends import postgres\n"
        "from django.contrib.postgres.search import SearchVector\nimport json\n",
        encoding="utf-8",
    )
    assert {n for n in imported_modules(sample) if _is_engine_module(n)} == {
        "whoosh.index",
        "search.backends.postgres",
        "django.contrib.postgres.search",
        "django.contrib.postgres.search.SearchVector",
    }

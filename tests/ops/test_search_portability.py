"""Search can move to OpenSearch/Solr by configuration: Whoosh stays inside search/'s engine.

ALLOWED lists the modules of the Whoosh backend (search/backends/whoosh/, named by
HAYSTACK_CONNECTIONS); anything else importing it would tie the archive to one engine.
"""

import ast
from pathlib import Path

from django.conf import settings

ALLOWED = {
    "search/backends/whoosh/backend.py",
    "search/backends/whoosh/analyzers.py",
    "search/backends/whoosh/querying.py",
    "search/backends/whoosh/facets.py",
}
SOURCE_DIRS = ("archive", "search")


def whoosh_importers() -> set[str]:
    found = set()
    for folder in SOURCE_DIRS:
        for path in Path(settings.BASE_DIR, folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                if any(
                    "whoosh" in name for name in names
                ):  # whoosh.* and haystack's whoosh_backend
                    found.add(path.relative_to(settings.BASE_DIR).as_posix())
    return found


def test_only_the_search_engine_modules_import_whoosh():
    assert whoosh_importers() <= ALLOWED

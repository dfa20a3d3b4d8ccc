"""Search can move to OpenSearch/Solr by configuration: Whoosh stays inside search/'s engine.

ALLOWED lists the modules that talk to Whoosh itself today; anything else importing it would
tie the archive to one engine.
"""

import ast
from pathlib import Path

from django.conf import settings

ALLOWED = {"search/backend.py", "search/analyzers.py", "search/query.py", "search/facets.py"}
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

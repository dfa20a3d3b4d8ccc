"""jieba and the archive's vocabulary, for every engine's word tokens: loaded once a process.

load() (the search app's ready()) initialises jieba with its cache under ARCHIVE_DATA_DIR and
adds every gazetteer name and short form; Person names follow lazily (load_persons(), once the
table exists) and as articles are indexed (add_persons()), so 南岗区, 九寨沟县 and 梁可心 stay
one word. version() names the dictionary for the index's version stamp.
"""

import logging
import threading

import jieba
from django.conf import settings

from search.normalize import normalize

_lock = threading.RLock()
_persons: set[str] = set()
_state = {"loaded": False, "persons": False}


def load() -> None:
    """Initialise jieba with the gazetteer's names (idempotent)."""
    from archive.gazetteer import Gazetteer

    with _lock:
        if _state["loaded"]:
            return
        jieba.setLogLevel(logging.WARNING)
        cache_dir = settings.ARCHIVE_DATA_DIR / "jieba"
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba.dt.tmp_dir = str(cache_dir)
        jieba.dt.cache_file = "jieba.cache"
        jieba.initialize()
        for division in Gazetteer.default().all():
            for name in (division.name, *division.short_forms):
                jieba.add_word(normalize(name))
        _state["loaded"] = True


def add_persons(names) -> None:
    """Make these person names single words (normalised like the text they are found in)."""
    new = {normalize(n) for n in names if n} - _persons
    if not new:
        return
    load()
    with _lock:
        for name in sorted(new):
            jieba.add_word(name)
        _persons.update(new)


def load_persons() -> None:
    """Every Person name in the database, once a process (nothing before the table exists)."""
    from django.db import DatabaseError, connection

    from archive.models import Person

    if _state["persons"]:
        return
    try:  # an unreachable database is the health check's to report; retried next time
        if Person._meta.db_table not in connection.introspection.table_names():
            return
        add_persons(Person.objects.values_list("name", flat=True))
    except DatabaseError:
        return
    _state["persons"] = True


def version() -> str:
    """The gazetteer's and jieba's versions: changing either alters how text is cut into words,
    so the index needs a rebuild. Person names are not counted: each article is indexed after
    its own byline names became words, and a name that is new to older articles only changes
    their ranking, never what matches, so a routine ingest must not ask for a rebuild."""
    import jieba

    from archive.gazetteer import Gazetteer

    return f"{Gazetteer.default().version}; jieba {jieba.__version__}"


def learn_persons(objs) -> None:
    """jieba words for every person name, and the bylines of these articles (new names)."""
    load_persons()
    add_persons(b.person.name for obj in objs for b in obj.bylines.all())

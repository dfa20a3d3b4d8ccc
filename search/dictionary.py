"""jieba's words with the archive's vocabulary, for every engine's word tokens: loaded once a
process.

load() (the search app's ready()) builds the segmenter (jieba's cut on jieba's dictionary,
search.segmenter) and adds every gazetteer name and short form as jieba.add_word would; Person
names follow lazily (load_persons(), once the table exists) and as articles are indexed
(add_persons()), so 南岗区, 九寨沟县 and 梁可心 stay one word. version() names the dictionary for
the index's version stamp.
"""

import threading

from search.normalize import normalize
from search.segmenter import Segmenter

_lock = threading.RLock()
_persons: set[str] = set()
_state = {"loaded": False, "persons": False}
_segmenter: list[Segmenter] = []


def load() -> None:
    """Build the segmenter with the gazetteer's names (idempotent)."""
    with _lock:
        if _state["loaded"]:
            return
        segmenter = Segmenter()
        for word in place_words():
            segmenter.add_word(word)
        _segmenter.append(segmenter)
        _state["loaded"] = True


def place_words():
    """Every gazetteer name and short form, normalised, in the order they are added."""
    from archive.gazetteer import Gazetteer

    for division in Gazetteer.default().all():
        for name in (division.name, *division.short_forms):
            yield normalize(name)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of text's words, as jieba.tokenize gives them with this vocabulary."""
    load()
    return _segmenter[0].tokenize(text)


def add_persons(names) -> None:
    """Make these person names single words (normalised like the text they are found in)."""
    new = {normalize(n) for n in names if n} - _persons
    if not new:
        return
    load()
    with _lock:
        for name in sorted(new):
            _segmenter[0].add_word(name)
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
    so the index needs a rebuild. rjieba is not named: it only finds jieba's route, faster
    (`manage.py compare_segmenter` checks the words are jieba's). Person names are not counted:
    each article is indexed after its own byline names became words, and a name that is new to
    older articles only changes their ranking, never what matches, so a routine ingest must not
    ask for a rebuild."""
    import jieba

    from archive.gazetteer import Gazetteer

    return f"{Gazetteer.default().version}; jieba {jieba.__version__}"


def learn_persons(objs) -> None:
    """jieba words for every person name, and the bylines of these articles (new names)."""
    load_persons()
    add_persons(b.person.name for obj in objs for b in obj.bylines.all())

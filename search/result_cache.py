"""A per-process cache of searches, keyed by the state of the index they read (Whoosh: its
generation; PostgreSQL: the snapshot of committed transactions).

One entry a query, filters and sort: the exact count, the facets and the first DEPTH matches in
order, so the next pages (and the same search again, by anyone in this process) are served
without walking the matches again. A commit (any process) changes the state: entries of an
older one are never served again and age out of the LRU.
ARCHIVE_SEARCH_CACHE entries (setting SEARCH_RESULT_CACHE; 0 turns the cache off).
"""

import threading
from collections import OrderedDict
from dataclasses import dataclass

from django.conf import settings

DEPTH = 100  # matches kept in order: ten pages of ten
MAX_RANKED = 1000  # a deeper search (the API's big pages far in) is not kept: memory


@dataclass
class Entry:
    count: int
    facets: dict[str, dict[str, int]]
    ranked: list[tuple]  # best first: Whoosh (score or sort key, document), PostgreSQL (id, score)
    estimated: bool = False  # facets counted from a sample (PostgreSQL)

    def covers(self, limit: int) -> bool:
        return len(self.ranked) >= min(limit, self.count)


class ResultCache:
    def __init__(self):
        self._entries: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def size() -> int:
        return getattr(settings, "SEARCH_RESULT_CACHE", 0)

    def get(self, key) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, key, entry: Entry) -> None:
        size = self.size()
        if size <= 0 or len(entry.ranked) > MAX_RANKED:
            return
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


results = ResultCache()

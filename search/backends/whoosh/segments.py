"""Lists read once a segment: a segment's columns and field lengths never change (a deletion
only hides documents, which then never match), so a commit that adds one segment re-reads only
that one. Entries of segments no longer in the index are dropped when a new searcher opens."""

import threading

_lists: dict[tuple[str, str], list] = {}
_lock = threading.Lock()


def segment_list(reader, name: str, read) -> list:
    """read(reader) for this segment reader, cached under the segment's id and name."""
    segment = reader.segment()
    if segment is None:  # not a segment (an empty index): nothing worth keeping
        return read(reader)
    key = (segment.segment_id(), name)
    found = _lists.get(key)
    if found is None:
        found = read(reader)
        with _lock:
            _lists[key] = found
    return found


def keep_only(searcher) -> None:
    """Forget the lists of segments this (newest) searcher no longer reads."""
    current = {
        r.segment().segment_id()
        for r, _ in searcher.reader().leaf_readers()
        if r.segment() is not None
    }
    with _lock:
        for key in [k for k in _lists if k[0] not in current]:
            del _lists[key]

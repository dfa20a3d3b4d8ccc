"""Whoosh's posting pool with its spilled runs pickled a chunk of postings at a time.

A writer pools every posting of its documents and, past limitmb, sorts the pool and spills it
to a run file; the commit merges the runs back. Whoosh 2.7 pickles and unpickles each posting
with a call of its own, about a sixth of a bulk build's time once a process's share of the
build passes its pool (1,000 articles at 128 MB). The same postings in chunks of CHUNK make the
same sorted stream. SegmentWriter builds its pool by this module-level name (its poolclass
argument is ignored), in the parent and in every process Whoosh's MpWriter forks; install()
points the name here.
"""

import pickle
from itertools import islice

from whoosh import writing

CHUNK = 10_000  # postings a pickle


class ChunkedPostingPool(writing.PostingPool):
    def _write_run(self, f, items):
        items = iter(items)
        while chunk := list(islice(items, CHUNK)):
            pickle.dump(chunk, f, pickle.HIGHEST_PROTOCOL)
        f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    chunk = pickle.load(f)
                except EOFError:
                    return
                yield from chunk
        finally:
            f.close()
            self._remove_run(path)


def install() -> None:
    writing.PostingPool = ChunkedPostingPool

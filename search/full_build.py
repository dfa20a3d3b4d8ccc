"""Fill an emptied search index from every article, in batches, through the engine's build():
what `rebuild_index` does on PostgreSQL, and what `bench_search` times."""

import os

PROCS = min(2, os.cpu_count() or 1)  # tokenising processes by default


def build_index(backend, index, batch_size: int, procs: int, progress=None) -> int:
    """Build the emptied index (backend.clear()) from index's objects in pk order, batch_size
    at a time, tokenised in procs processes; progress(first, last, total) is called as each
    batch is read. Returns the documents written."""
    objects = index.index_queryset()
    pks = list(objects.order_by("pk").values_list("pk", flat=True))

    def batches():
        for start in range(0, len(pks), batch_size):
            chunk = pks[start : start + batch_size]
            if progress:
                progress(start + 1, start + len(chunk), len(pks))
            yield objects.filter(pk__in=chunk)

    return backend.build(index, batches(), procs=procs)

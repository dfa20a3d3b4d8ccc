"""manage.py rebuild_index: haystack's command and options; on an engine whose rebuild is a
build (PostgreSQL), it empties the index and fills it with backend.build() (a pool of
tokenising processes for the whole build, one COPY a batch) instead of haystack's update_index,
which sends every batch through update()'s row-by-row upserts in one process.

It overrides haystack's command because settings.INSTALLED_APPS lists this app before haystack."""

from haystack import connections
from haystack.management.commands import rebuild_index

from search.full_build import PROCS, build_index


class Command(rebuild_index.Command):
    help = (
        "Empty the search index and index every article again. PostgreSQL: built in --workers "
        f"processes ({PROCS} by default), --batch-size articles a COPY (default 1000)."
    )

    def handle(self, **options):
        usings = options["using"] or list(connections.connections_info)
        backends = [connections[using].get_backend() for using in usings]
        if not all(getattr(backend, "rebuilds_by_build", False) for backend in backends):
            return super().handle(**options)
        if options["interactive"]:
            answer = input(
                f"This empties the search index ({', '.join(usings)}) and builds it again. "
                "Continue? [y/N] "
            )
            if not answer.lower().startswith("y"):
                self.stdout.write("No action taken.")
                return
        for using in usings:
            self._build(using, options)

    def _build(self, using, options):
        backend = connections[using].get_backend()
        backend.clear()
        unified = connections[using].get_unified_index()
        verbosity = options["verbosity"]

        def progress(first, last, total):
            if first == 1 and verbosity >= 1:
                self.stdout.write(f"Indexing {total} articles")
            if verbosity >= 2:
                self.stdout.write(f"  indexed {first} - {last} of {total}.")

        for model in unified.get_indexed_models():
            index = unified.get_index(model)
            batch_size = options["batchsize"] or backend.batch_size
            built = build_index(backend, index, batch_size, options["workers"] or PROCS, progress)
            if verbosity >= 1:
                self.stdout.write(f"Built the {using} index: {built} documents.")

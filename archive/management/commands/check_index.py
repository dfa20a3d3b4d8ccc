"""manage.py check_index [--dry-run]: find and fix drift between the database and the index."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.index_drift import find_drift, repair
from archive.management.migrated import require_migrated


class Command(BaseCommand):
    help = (
        "Compare every article with its search index document: index the missing and stale "
        "ones and delete orphaned documents. Exits 1 with --dry-run when there is drift."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report drift; fix nothing.")

    def handle(self, *, dry_run, **options):
        require_migrated()
        self.warn_if_too_big_for_whoosh()
        drift = find_drift()
        verb = "found" if dry_run else "fixed"
        for kind in ("missing", "stale", "orphaned"):
            pks = getattr(drift, kind)
            shown = ", ".join(map(str, pks[:20])) + (" …" if len(pks) > 20 else "")
            self.stdout.write(f"{kind}: {verb} {len(pks)}" + (f" ({shown})" if pks else ""))
        if not drift:
            self.stdout.write("index matches the database")
            return
        if dry_run:
            raise CommandError("the index differs from the database (run without --dry-run)")
        repair(drift)

    def warn_if_too_big_for_whoosh(self) -> None:
        """Past SEARCH_WHOOSH_MAX_ARTICLES, Whoosh's search p95 passes 300 ms (bench_search on a
        2-core machine): say so on stderr, once a run (the report on stdout is unchanged)."""
        from archive.models import Article

        limit = settings.SEARCH_WHOOSH_MAX_ARTICLES
        if settings.SEARCH_ENGINE != "whoosh" or not limit:
            return
        count = Article.objects.count()
        if count > limit:
            self.stderr.write(
                f"warning: {count} articles is past {limit}, where Whoosh's search p95 passes "
                "300 ms on a 2-core machine: move to ARCHIVE_SEARCH_ENGINE=postgres (README "
                '"Search engines"; measure with `manage.py bench_search --engine whoosh,postgres`).'
            )

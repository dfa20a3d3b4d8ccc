"""manage.py check_index [--dry-run]: find and fix drift between the database and the index."""

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

"""manage.py export_articles [--output FILE]: every article as JSON Lines (UTF-8)."""

from django.core.management.base import BaseCommand

from archive.export import export_lines
from archive.management.migrated import require_migrated


class Command(BaseCommand):
    help = "Write every article as one JSON object a line, ordered by source file and position."

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="File to write (default: standard output).")
        parser.add_argument(
            "--backup",
            action="store_true",
            help="Add the keys import_articles needs to restore edits exactly (extra keys).",
        )

    def handle(self, *, output, backup, **options):
        require_migrated()
        if output is None:
            for line in export_lines(backup=backup):
                self.stdout.write(line)
            return
        with open(output, "w", encoding="utf-8") as stream:
            count = 0
            for line in export_lines(backup=backup):
                stream.write(line + "\n")
                count += 1
        self.stderr.write(f"wrote {count} articles to {output}")

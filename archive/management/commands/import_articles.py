"""manage.py import_articles FILE: restore an `export_articles --backup` file into an empty DB."""

from django.core.management.base import BaseCommand, CommandError

from archive.backup import BackupError, import_lines
from archive.management.migrated import require_migrated


class Command(BaseCommand):
    help = (
        "Restore articles (ids, bylines, places, editors' changes) from the JSON Lines that "
        "`export_articles --backup` writes. The archive must be empty; all or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON Lines written by export_articles --backup")

    def handle(self, *, file, **options):
        require_migrated()
        try:
            with open(file, encoding="utf-8") as stream:
                count = import_lines(stream)
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from None
        except (BackupError, UnicodeDecodeError) as error:
            raise CommandError(f"{file}: {error}") from None
        self.stdout.write(f"restored {count} articles from {file}")

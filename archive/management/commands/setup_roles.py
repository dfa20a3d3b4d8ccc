"""manage.py setup_roles: the editors' and reviewers' groups with exactly their permissions.

Idempotent: re-running resets each group's permissions to the lists below (run after migrate,
which creates the permissions).
"""

from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand, CommandError

EDITORS = "编辑"
REVIEWERS = "审阅"
VIEWED = ("article", "byline", "articleplace", "person", "place", "sourcepage", "deletedarticle")
ROLES = {
    # Merging articles or people deletes the merged-away row, hence delete_article/person.
    EDITORS: [f"view_{model}" for model in VIEWED]
    + ["change_article", "delete_article", "change_person", "delete_person", "change_place"]
    + ["change_sourcepage"]  # a page's paper, edition date and page number
    + [f"{verb}_{model}" for model in ("byline", "articleplace") for verb in ("add", "change")]
    + ["delete_byline", "delete_articleplace"]
    + ["delete_deletedarticle"],  # deleting a tombstone undoes an article's deletion
    REVIEWERS: [f"view_{model}" for model in VIEWED],
}


class Command(BaseCommand):
    help = "Create or reset the 编辑 (editors) and 审阅 (reviewers) groups and their permissions."

    def handle(self, **options):
        for name, codenames in ROLES.items():
            permissions = Permission.objects.filter(
                content_type__app_label="archive", codename__in=codenames
            )
            missing = set(codenames) - {p.codename for p in permissions}
            if missing:
                raise CommandError(f"permissions missing (run migrate first): {sorted(missing)}")
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.set(permissions)
            self.stdout.write(f"{name}: {len(codenames)} permissions")

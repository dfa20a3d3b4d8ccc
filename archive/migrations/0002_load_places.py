"""Load every division of the gazetteer into Place, parents before children."""

from collections import defaultdict

from django.db import migrations

from archive.gazetteer import Gazetteer
from archive.place_slugs import sibling_slugs, to_pinyin


def load_places(apps, schema_editor):
    Place = apps.get_model("archive", "Place")
    gazetteer = Gazetteer.default()
    by_depth = defaultdict(list)
    siblings = defaultdict(dict)
    for division in gazetteer.all():
        by_depth[len(gazetteer.ancestors(division.code))].append(division)
        siblings[division.parent_code][division.code] = division.name
    slugs = {}
    for group in siblings.values():
        slugs.update(sibling_slugs(group))

    ids = {}
    for depth in sorted(by_depth):
        rows = [
            Place(
                code=d.code,
                name=d.name,
                level=d.level,
                parent_id=ids.get(d.parent_code),
                pinyin=to_pinyin(d.name),
                slug=slugs[d.code],
            )
            for d in by_depth[depth]
        ]
        Place.objects.bulk_create(rows, batch_size=500)
        ids = dict(Place.objects.values_list("code", "id"))


def unload_places(apps, schema_editor):
    """Unlink articles, then delete leaves first (parents are protected while children exist)."""
    apps.get_model("archive", "ArticlePlace").objects.all().delete()
    Place = apps.get_model("archive", "Place")
    while Place.objects.exists():
        Place.objects.filter(children__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunPython(load_places, unload_places)]

"""Facet counts from the same Whoosh search that finds the hits (groupedby), read from the
fields' columns, as search.contract wants them: {facet: {value: count}}."""

from whoosh import sorting

from search.contract import FACETS


def groupedby() -> sorting.Facets:
    facets = sorting.Facets()
    for name, fieldname in FACETS.items():
        overlap = name in ("place", "person")  # an article has several
        facets.add_facet(
            name, sorting.FieldFacet(fieldname, allow_overlap=overlap, maptype=sorting.Count)
        )
    return facets


def facet_counts(found) -> dict[str, dict[str, int]]:
    """{facet: {value: count}} of a grouped result, values as text, empty values dropped."""
    return {
        name: {
            (k.decode() if isinstance(k, bytes) else k): n
            for k, n in found.groups(name).items()
            if k
        }
        for name in FACETS
    }

"""The lines an operator reads about an ingest run (the command only prints them)."""

from archive.gazetteer import Gazetteer
from archive.ingest.pipeline import DRY_RUN, FAILED, UNCHANGED, FileReport, totals
from archive.models import Article
from archive.parsing import PHOTO, explain


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary_line(report: FileReport) -> str:
    """One line per file: what was cut from it and what changed in the database."""
    if report.status == FAILED:
        return report.error
    if report.status == UNCHANGED:
        return f"{report.name}: unchanged, {_plural(report.unchanged, 'item')} (--force re-cuts)"
    items = report.prepared.items
    photos = sum(p.item.kind == PHOTO for p in items)
    line = (
        f"{report.name}: {_plural(len(items), 'item')} ({_plural(photos, 'photo')}), "
        f"{_plural(sum(len(p.item.credits) for p in items), 'byline')}, "
        f"{_plural(sum(len(p.places) for p in items), 'place')}, "
        f"{_plural(len(report.warnings), 'warning')}, "
        f"{sum(bool(p.doubts) for p in items)} to review"
    )
    if report.status == DRY_RUN:
        return f"{line}; dry run, nothing stored"
    line += (
        f"; added {report.added}, updated {report.updated}, "
        f"unchanged {report.unchanged}, removed {report.removed}"
    )
    return line + "".join(_editors_part(report))


def _editors_part(report: FileReport) -> list[str]:
    """What ingestion left as editors had it: edited fields (articles per field), edited
    articles the cut no longer has, items editors deleted."""
    kept = report.edits_kept
    parts = []
    if kept:
        fields = [f"{n}×{kept[n]}" for n in Article.EDITABLE_FIELDS if n in kept]
        parts.append(f"; kept editors' {', '.join(fields)}")
    if report.kept:
        ids = ", ".join(map(str, report.kept))
        parts.append(
            f"; kept {_plural(len(report.kept), 'edited article')} no longer cut (ids {ids})"
        )
    if report.skipped_deleted:
        parts.append(f"; skipped {report.skipped_deleted} deleted by editors")
    return parts


def item_lines(report: FileReport, *, reasons: bool) -> list[str]:
    """Each item as it will be stored; with reasons, why the parser cut it there, and warnings."""
    if report.prepared is None:
        return []
    gazetteer = Gazetteer.default()
    lines = []
    for prepared in report.prepared.items:
        item = prepared.item
        bylines = ", ".join(f"{c.role} {c.name}".strip() for c in item.credits) or "-"
        places = ", ".join(gazetteer.get(m.code).name for m in prepared.places) or "-"
        lines.append(
            f"  #{item.position} {item.kind} 《{item.title}》 bylines: {bylines}; places: {places}"
        )
        if reasons:
            lines += [f"      why: {reason}" for reason in item.reasons]
            lines += [f"      unsure: {doubt}" for doubt in prepared.doubts]
    if reasons:
        lines += [f"  warning: {warning}" for warning in report.warnings]
    return lines


def line_labels(report: FileReport) -> list[str]:
    """Each line of the page with its label, the rule that gave it and what the rule saw."""
    if report.prepared is None:
        return []
    page = report.prepared.file
    return ["  lines (number, label, rule: evidence):"] + [
        f"  {number:>4} {decision.label:<9} {decision.rule}: {decision.evidence}"
        + (" (a guess)" if decision.guess else "")
        for number, decision in explain(page.text, page.paper)
    ]


def totals_line(reports: list[FileReport]) -> str:
    n = totals(reports)
    return (
        f"{_plural(n['files_total'], 'file')}, {n['files_failed']} failed; "
        f"items added {n['items_added']}, updated {n['items_updated']}, "
        f"unchanged {n['items_unchanged']}, removed {n['items_removed']}"
    )

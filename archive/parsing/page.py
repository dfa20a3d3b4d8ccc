"""Cut one OCR'd page into items: lines, then blocks, then repairs, then clean items."""

import re
from dataclasses import replace

from archive.parsing import bylines, headings
from archive.parsing.blocks import Block, Para, build_blocks
from archive.parsing.dates import article_date
from archive.parsing.items import ARTICLE, PHOTO, Credit, Item, ParsedPage, printed_byline
from archive.parsing.labels import Decision
from archive.parsing.lines import CONTINUED_FROM, CONTINUED_ON, SIGNOFF, Line, read_lines
from archive.parsing.memo import one_page
from archive.parsing.profile import profile_for
from archive.parsing.repair import repair
from archive.parsing.text import squeeze_spaces, tidy_heading


def parse_page(text: str, paper: str = "") -> ParsedPage:
    """The page's items; its paper, when known, chooses the layout thresholds it is read by."""
    profile = profile_for(paper)
    with one_page():
        lines = read_lines(text, profile)
        blocks, labels = build_blocks(lines, profile)
        warnings = [f"section label left out: {label}" for label in labels]
        blocks = repair(blocks, warnings)
        blocks.sort(key=lambda b: b.anchor)
        items = [_item(n, block, warnings) for n, block in enumerate(blocks, 1)]
    return ParsedPage(items=items, warnings=warnings)


def explain(text: str, paper: str = "") -> list[tuple[int, Decision]]:
    """Each line's number (1-based) and the decision that labelled it, read as parse_page reads
    the page: what `ingest -v 2` shows. Read again on request, so a plain ingest pays nothing."""
    with one_page():
        lines = read_lines(text, profile_for(paper))
    return [(line.idx + 1, line.decisions[-1]) for line in lines]


def _item(position: int, block: Block, warnings: list[str]) -> Item:
    heading = headings.assign([(ln.text, ln.level, ln.gap) for ln in block.heads])
    warnings.extend(f"section label left out: {label}" for label in heading.labels)
    item = Item(
        position=position,
        kind=block.kind,
        kicker=heading.kicker,
        title=heading.title,
        subtitle=heading.subtitle,
        lines=block.line_range,
        reasons=list(block.reasons),
    )
    credits = list(block.credits)
    lead = _lead(block.paras)
    for n, para in enumerate(block.paras):
        raw = para.text
        if n == lead and not para.subhead:
            split = bylines.split_dateline(raw)
            if split:
                printed = raw[len(split[0]) : len(raw) - len(split[2])].strip()
                item.dateline, found, raw = split
                credits[:0] = [replace(c, printed=printed) for c in found]
        if not item.paragraphs and not item.title and bylines.WIRE_TITLE.match(raw):
            item.title = tidy_heading(bylines.WIRE_TITLE.sub("", raw))  # 新华社…电 题：…
            continue
        raw = _strip_continuations(raw, item)
        if not para.subhead:
            credits.extend(bylines.photo_credits_within(raw))
            credits.extend(bylines.dateline_credits_within(raw))
        cleaned = squeeze_spaces(raw) if not para.subhead else tidy_heading(raw)
        if cleaned:
            item.paragraphs.append(cleaned)
            if para.subhead:
                item.subheads.append(cleaned)
    if item.kind == PHOTO:
        _title_in_quotes(item)
    item.captions = [squeeze_spaces(c) for c in block.captions]
    item.credits = _unique(credits)
    item.byline = printed_byline(credits)
    # A dateline's month-day (新华社北京12月6日电) dates the piece like its lead would.
    lead = [item.dateline + (item.paragraphs[0] if item.paragraphs else "")]
    item.date = article_date(lead + item.paragraphs[1:])
    item.doubts = _doubts(block, item, heading)
    return item


def _lead(paras: list[Para]) -> int:
    """Which paragraph is the lead, its dateline and reporters first: the first, or the one
    after the source and date lines a site prints under its title ("来源:X 时间:Y")."""
    n = 0
    while n < len(paras) - 1 and paras[n].first.kind == SIGNOFF and not paras[n].first.credits:
        n += 1
    return n


def _doubts(block: Block, item: Item, heading: headings.Heading) -> list[str]:
    """What an editor should check, each naming what to look at."""
    doubts = [f"repair: {reason}" for reason in block.doubts]
    if item.kind == ARTICLE and not item.title:
        doubts.append("no title found")
    elif item.title and item.title == heading.title and _guessed(block.heads):
        doubts.append(f"title guessed: 「{item.title}」 (a short line, nothing else marks it)")
    elif item.title and heading.guessed:
        doubts.append(f"title guessed: 「{item.title}」 ({heading.guessed})")
    loose: dict[str, list[str]] = {}  # names read off the usual shapes, by how they were read
    for credit in item.credits:
        if credit.doubt:
            loose.setdefault(credit.doubt, []).append(f"「{credit.name}」")
    doubts += [f"byline unknown shape: {''.join(names)} ({how})" for how, names in loose.items()]
    return doubts


def _guessed(heads: list[Line]) -> bool:
    """Every heading line was taken for one on a guess (its width alone): nothing vouches."""
    heads = [ln for ln in heads if ln.level != 1]  # a section label heads no article
    return bool(heads) and all(ln.decisions[-1].guess for ln in heads)


# A photo's title in book-title marks opening its caption, the day it was taken after it:
# "《晒“丰”景》2024年9月21日,…" (a photo column's or contest's entries are printed so).
_QUOTED_PHOTO_TITLE = re.compile(r"^《([^《》。，,]{2,20})》\s*(?=\d)")


def _title_in_quotes(item: Item) -> None:
    """The photo's own title out of its caption; a label over it (■齐鲁图说) is its kicker."""
    m = _QUOTED_PHOTO_TITLE.match(item.paragraphs[0]) if item.paragraphs else None
    if m is None:
        return
    item.kicker, item.title = item.kicker or item.title, m.group(1)
    item.paragraphs[0] = item.paragraphs[0][m.end() :]


def _strip_continuations(text: str, item: Item) -> str:
    """ "(上接第一版)" and "(下转第二版)" tell the reader where to turn; they are not text."""
    for pattern in (CONTINUED_FROM, CONTINUED_ON):
        m = pattern.search(text)
        if m:
            item.continuations.append(m.group(1))
            text = (text[: m.start()] + text[m.end() :]).strip()
    return text


def _unique(credits: list[Credit]) -> list[Credit]:
    """Each person once per role; a closing "（刘晓燕）" repeating a named reporter adds no one."""
    roled = {c.name for c in credits if c.role != "作者"}
    out: list[Credit] = []
    for c in credits:
        if c not in out and not (c.role == "作者" and c.name in roled):
            out.append(c)
    return out

"""Reunite what the layout pass left apart, by what the pieces are about.

Three displacements occur on real pages: a title (with its byline) printed away from its
text, a lead paragraph that slid below its article, and a title whose text runs on inside
the article before it. Each repair needs a clear margin of shared distinctive words;
otherwise the pieces stay as they are and the page records a warning.
"""

from archive.parsing import bylines
from archive.parsing.affinity import Affinity
from archive.parsing.blocks import Block, Para
from archive.parsing.items import PHOTO, printed_byline
from archive.parsing.lines import Line
from archive.parsing.text import ends_terminal

MATCH = 0.25  # share of a heading's distinctive weight the text must repeat
DETACH = 0.4  # taking text from the title it is printed under needs plainly more
MAX_BLOCKS = 120  # a real page has a few dozen items; beyond that, repairs cost too much
MARGIN = 2.5  # how much better the other home must fit than the current one
SPLIT = 0.4  # how much better a cut inside an article must separate the two headings
TIE = 0.05  # cuts that separate about as well as the best one


def _moved(block: Block, reason: str) -> None:
    """Text moved by what it is about, not where it was printed: the cut an editor checks first."""
    block.reasons.append(reason)
    block.doubts.append(reason)


def _is_fragment(block: Block) -> bool:
    """Text with no heading and no byline of its own, or a lone lead cut off mid-sentence.
    Text its own subheadings divide is a whole article whose title is not printed as one."""
    if block.heads or block.kind == PHOTO or not block.body or block.sectioned:
        return False
    if not block.credits and not block.has_dateline:
        return True
    body = block.body
    return len(body) == 1 and not ends_terminal(body[0].text) and len(body[0].text) < 400


def _orphan(block: Block) -> bool:
    return bool(block.heads) and not block.body and not block.captions and block.kind != PHOTO


def repair(blocks: list[Block], warnings: list[str]) -> list[Block]:
    if len(blocks) > MAX_BLOCKS:
        warnings.append(f"{len(blocks)} items on one page: displaced titles were not reunited")
        return _keep_items(blocks, warnings)
    aff = Affinity([p.text for b in blocks for p in b.paras] + [b.head_text() for b in blocks])
    _split_foreign_feet(blocks, aff)
    _detach_mismatched_bodies(blocks, aff)
    _place_fragments(blocks, aff)
    _home_orphan_heads(blocks, aff, warnings)
    for block in blocks:
        if block.heads and block.captions and not block.body and block.kind != PHOTO:
            # A heading over nothing but a caption is a picture with its title.
            block.kind, block.paras = PHOTO, [*block.paras, *_caption_paras(block)]
            block.captions = []
    return _keep_items(blocks, warnings)


def _split_foreign_feet(blocks: list[Block], aff: Affinity) -> None:
    """An article signed at its top and closed at its foot by someone else: the foot signs a
    second, untitled text, cut off where the text stops being about the article's heading."""
    for block in [b for b in blocks if b.foreign and b.heads]:
        head, paras = block.head_text(), block.paras
        gains: list[tuple[float, int]] = []
        for k in range(1, len(paras)):
            if paras[k - 1].subhead or not ends_terminal(paras[k - 1].text):
                continue
            before = "\n".join(p.text for p in paras[:k] if not p.subhead)
            after = "\n".join(p.text for p in paras[k:] if not p.subhead)
            if before and after and aff.score(head, after) < MATCH:
                gains.append((aff.score(head, before) - aff.score(head, after), k))
        best = max((g for g, _ in gains), default=0.0)
        if best < SPLIT:
            continue
        # the first cut as good as the best: the foot's text stays whole
        k = next(k for g, k in gains if g >= best - TIE)
        where = paras[k].first.idx + 1
        foot = Block(paras=paras[k:], credits=list(block.foreign), anchor=paras[k].first.idx)
        _moved(foot, f"text signed at its foot split from the article above at line {where}")
        block.paras = paras[:k]
        block.credits = [c for c in block.credits if c not in block.foreign]
        blocks.insert(blocks.index(block) + 1, foot)


def _keep_items(blocks: list[Block], warnings: list[str]) -> list[Block]:
    """Blocks with text become items; a lone byline or credit is reported, never lost."""
    kept = []
    for block in blocks:
        if block.paras or block.captions or (block.kind == PHOTO and block.heads):
            kept.append(block)
        elif block.credits:
            printed = printed_byline(block.credits)
            warnings.append(
                f"{block.reasons[0] if block.reasons else 'byline'}: left out {printed}"
            )
    return kept


def _caption_paras(block: Block) -> list[Para]:
    return [Para([Line(-1, text)]) for text in block.captions]


def _detach_mismatched_bodies(blocks: list[Block], aff: Affinity) -> None:
    """A heading whose text is plainly about another heading's article loses that text; text
    set under a markdown title (##) belongs to it by the page's own markup."""
    for block in list(blocks):
        if not block.heads or not block.body or block.kind == PHOTO:
            continue
        if any(ln.level == 2 for ln in block.heads):
            continue
        lead_subhead = block.paras[0] if block.paras[0].subhead else None
        text = "\n".join(p.text for p in block.body)
        own = aff.score(block.head_text() + (lead_subhead.text if lead_subhead else ""), text)
        others = [aff.score(b.head_text(), text) for b in blocks if b is not block and b.heads]
        best = max(others, default=0.0)
        if best < DETACH or best < MARGIN * own:
            continue
        detached = Block(paras=block.paras[1:] if lead_subhead else list(block.paras), reasons=[])
        _moved(detached, f"text detached from heading at line {block.heads[0].idx + 1}")
        block.paras = []
        blocks.insert(blocks.index(block) + 1, detached)
        if lead_subhead is not None:
            orphan = Block(heads=list(lead_subhead.lines), reasons=["subheading left without text"])
            blocks.insert(blocks.index(block) + 1, orphan)


def _is_wire_lead_apart(block: Block, blocks: list[Block]) -> bool:
    """Untitled and unsigned, one paragraph opening with a wire dateline (新华社长沙3月5日电),
    with nothing under it but the next title or the page's end: a wire story always has a
    title, so this is a lead printed away from it, at the foot of the page or of its text."""
    if block.heads or block.credits:
        return False
    split = len(block.body) == 1 and bylines.split_dateline(block.body[0].text)
    if not split or not split[0].endswith("电"):
        return False
    texts = [b for b in blocks if b.kind != PHOTO]
    at = texts.index(block) if block in texts else len(texts)
    return at == len(texts) - 1 or (at < len(texts) - 1 and bool(texts[at + 1].heads))


def _place_fragments(blocks: list[Block], aff: Affinity) -> None:
    frags = [b for b in blocks if _is_fragment(b) or _is_wire_lead_apart(b, blocks)]
    for frag in frags:
        text = frag.body_text()
        homes = [
            (aff.score(b.head_text(), text), b)
            for b in blocks
            if b.heads and b.body and not (b.has_dateline and _would_lead(frag, b))
            if frag.has_dateline or frag.start < b.start or _lead_missing_above(frag, b, blocks)
        ]
        if not homes:
            continue
        score, home = max(homes, key=lambda x: x[0])
        if score < MATCH:
            continue
        blocks.remove(frag)
        where = f"line {frag.paras[0].first.idx + 1}"
        if frag.start > home.start or frag.has_dateline:
            # Displaced downwards, or a dateline: it is the article's lead.
            if not ends_terminal(frag.paras[-1].text) and home.body:
                first = home.body[0]
                frag.paras[-1] = Para(frag.paras[-1].lines + first.lines)
                home.paras.remove(first)
            home.paras[:0] = frag.paras
            _moved(home, f"lead paragraph from {where} put back (affinity {score:.2f})")
        else:
            home.paras.extend(frag.paras)
            _moved(home, f"text from {where} joined (affinity {score:.2f})")
        home.credits[:0] = frag.credits
        home.captions.extend(frag.captions)


def _lead_missing_above(frag: Block, home: Block, blocks: list[Block]) -> bool:
    """Whether the fragment may be the lead of an article above it: the article's text opens
    with a subheading, its lead missing, or the fragment stands straight under it, pictures at
    most between (a lead that slid below its article). An article with a lead of its own takes
    no text from under another article's text."""
    first, last = sorted((blocks.index(frag), blocks.index(home)))
    between = blocks[first + 1 : last]
    return home.paras[0].subhead or all(b.kind == PHOTO or not b.body for b in between)


def _would_lead(frag: Block, home: Block) -> bool:
    """Whether the fragment would go in as the home's lead: a dateline, or text printed below
    it (see _place_fragments). An article that opens with its dateline has its lead already."""
    return frag.has_dateline or frag.start > home.start


def _home_orphan_heads(blocks: list[Block], aff: Affinity, warnings: list[str]) -> None:
    orphans = [b for b in blocks if _orphan(b)]
    pairs = sorted(
        (
            (aff.score(o.head_text(), h.body_text()), i, o, h)
            for i, o in enumerate(orphans)
            for h in blocks
            if not h.heads and h.body and h.kind != PHOTO
        ),
        key=lambda x: (-x[0], x[1]),
    )
    for score, _, orphan, headless in pairs:
        if score < MATCH or orphan not in blocks or headless.heads:
            continue
        _adopt(
            headless, orphan, f"title from line {orphan.heads[0].idx + 1} (affinity {score:.2f})"
        )
        blocks.remove(orphan)
    for orphan in [b for b in blocks if _orphan(b)]:
        if orphan.credits and _split_for(orphan, blocks, aff):
            continue
        text = " ".join([orphan.head_text(), *(p.text for p in orphan.paras)])
        byline = printed_byline(orphan.credits)
        warnings.append(
            f"line {orphan.heads[0].idx + 1}: heading without text dropped: {text} {byline}".strip()
        )
        blocks.remove(orphan)


def _adopt(body: Block, head: Block, reason: str) -> None:
    body.heads = head.heads  # the text stays where it was printed: body.anchor is kept
    body.credits[:0] = head.credits
    body.captions.extend(head.captions)
    _moved(body, reason)


def _split_for(orphan: Block, blocks: list[Block], aff: Affinity) -> bool:
    """A title with a byline but no text: its text may run on inside another article.

    The cut goes where the text before it is most about the article's own heading and the
    text after it most about the orphan title.
    """
    head = orphan.head_text()
    best: tuple[float, Block | None, int] = (0.0, None, 0)
    for block in blocks:
        if block is orphan or len(block.paras) < 4 or block.kind == PHOTO:
            continue
        own = block.head_text()
        for k in range(2, len(block.paras) - 1):
            if block.paras[k].subhead or not ends_terminal(block.paras[k - 1].text):
                continue
            before = "\n".join(p.text for p in block.paras[:k])
            after = "\n".join(p.text for p in block.paras[k:])
            fit = aff.score(head, after)
            split = fit - aff.score(head, before) + aff.score(own, before) - aff.score(own, after)
            if fit >= MATCH and split > best[0]:
                best = (split, block, k)
    split, block, k = best
    if block is None or split < SPLIT:
        return False
    orphan.paras, block.paras = block.paras[k:], block.paras[:k]
    orphan.anchor = where = orphan.paras[0].first.idx + 1
    _moved(orphan, f"text split from the article before it at line {where} ({split:.2f})")
    return True

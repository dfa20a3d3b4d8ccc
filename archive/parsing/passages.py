"""A page's text as a reader would take it in: wrapped lines rejoined into paragraphs, with
headings, bylines and captions apart, and where each passage stands in the file.

The same line reading and paragraph joining as the cut (lines.read_lines, blocks.Para), without
the cut itself: what a source page shows of the whole page, furniture included.
"""

from dataclasses import dataclass

from archive.parsing.blocks import Para, continues
from archive.parsing.lines import BODY, HEAD, read_lines
from archive.parsing.profile import DEFAULT_PROFILE, LayoutProfile
from archive.parsing.text import squeeze_spaces, tidy_heading


@dataclass(frozen=True)
class Passage:
    text: str
    kind: str  # lines.BODY for a paragraph, else the line's kind: head, byline, caption…
    first: int  # 0-based source lines, inclusive
    last: int


def passages(text: str, profile: LayoutProfile = DEFAULT_PROFILE) -> list[Passage]:
    """In file order; a paragraph ends where the cut would end it (blocks.continues)."""
    out: list[Passage] = []
    para: Para | None = None
    for line in read_lines(text, profile):
        if line.kind == BODY and para is not None and continues(para, line, profile):
            para.lines.append(line)
            out[-1] = _passage(para, BODY)
            continue
        para = Para([line]) if line.kind == BODY else None
        out.append(_passage(Para([line]), line.kind))
    return out


def _passage(para: Para, kind: str) -> Passage:
    # Body text loses OCR spaces; a byline keeps the space between role and name.
    tidy = {BODY: squeeze_spaces, HEAD: tidy_heading}.get(kind, lambda text: " ".join(text.split()))
    return Passage(tidy(para.text), kind, para.first.idx, para.lines[-1].idx)

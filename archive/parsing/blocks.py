"""Group classified lines into blocks: a heading with its bylines, paragraphs and captions.

This pass follows the page in reading order; pieces that layout alone cannot place (a title
printed at the foot of the page, a lead paragraph that slid below its article) are left as
blocks without body or without heading for the repair pass to reunite.
"""

import itertools
import re
import string
from dataclasses import dataclass, field, replace

from archive.parsing import bylines
from archive.parsing.headings import is_genre_label
from archive.parsing.items import ARTICLE, PHOTO, Credit
from archive.parsing.lexicon import CLOSERS, COLUMN_WORDS, EDITORS_NOTES, FULL_STOPS, SPAN_DAYS
from archive.parsing.lines import (
    BODY,
    BYLINE,
    CAPTION,
    CONTINUED_FROM,
    CONTINUED_ON,
    CREDIT,
    FURNITURE,
    HEAD,
    LEAD_OPENING,
    PICTURE,
    SIGNOFF,
    Line,
    is_staff_credit,
    next_line,
    place_colon_title,
    wrap_measure,
)
from archive.parsing.profile import LayoutProfile
from archive.parsing.text import (
    ends_marked,
    ends_terminal,
    has_sentence_punct,
    is_bulleted,
    is_table_row,
    width,
)

BRIEFS_LABEL = "a boxed column label (■简讯): briefs, never a section"
COLUMN_APART = "a boxed column label set apart under finished text"


_LATIN = frozenset(string.ascii_letters)  # a set test, not a call: asked of every line


@dataclass
class Para:
    lines: list[Line]
    subhead: bool = False

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def text(self) -> str:
        parts: list[str] = []  # joined once: asked of every paragraph, often many lines long
        last = ""  # the last character so far
        for line in self.lines:
            text = line.text
            if not text:
                continue
            # Latin words wrapped at the column edge keep their space; a number broken
            # there ("11月1 / 8日") is one number.
            if last in _LATIN and text[0] in _LATIN:
                parts.append(" ")
            parts.append(text)
            last = text[-1]
        return "".join(parts)


@dataclass
class Block:
    heads: list[Line] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    kind: str = ARTICLE
    closed: bool = False  # a closing byline ended it
    signed: bool = False  # a byline over its text named its authors
    # Closed by others than those who signed it at its top: the foot may be another text's.
    foreign: list[Credit] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)  # repairs that moved text into it
    anchor: int = -1  # where the item stands in reading order: its first line as printed

    def __post_init__(self):
        if self.anchor < 0:
            self.anchor = self.start

    @property
    def body(self) -> list[Para]:
        return [p for p in self.paras if not p.subhead]

    @property
    def start(self) -> int:
        body = self.body
        return body[0].first.idx if body else (self.heads[0].idx if self.heads else 0)

    @property
    def line_range(self) -> tuple[int, int]:
        idxs = [ln.idx for ln in self.heads] + [ln.idx for p in self.paras for ln in p.lines]
        return (min(idxs), max(idxs)) if idxs else (0, 0)

    @property
    def sectioned(self) -> bool:
        """Whether subheadings already divide its text: a feature, whose next one is another."""
        seen_text = False
        for para in self.paras:
            if para.subhead and seen_text:
                return True
            seen_text = seen_text or not para.subhead
        return False

    @property
    def has_dateline(self) -> bool:
        body = self.body
        return bool(body) and body[0].first.opens_article

    def head_text(self) -> str:
        return " ".join(ln.text for ln in self.heads)

    def body_text(self) -> str:
        return "\n".join(p.text for p in self.paras)


def _closes_a_picture(line: Line) -> bool:
    """A photo credit on its own line, or a caption signed by its photographer ("…摄影/本报
    记者 X"): either closes its picture, and a heading under it heads what comes next."""
    return line.kind == CREDIT or (line.kind == CAPTION and bool(line.credits))


def continues(para: Para, line: Line, profile: LayoutProfile) -> bool:
    """Whether a body line carries on the paragraph before it."""
    last = para.lines[-1]
    if len(para.lines) == 1 and last.opens_article and bylines.is_whole_dateline(last.text):
        # "中国台湾网12月21日江门消息" set apart over the lead; "本报讯 / (记者 X)正文" is one
        return line.text.startswith(("(", "（"))
    if line.opens_article or is_table_row(line.text) or is_table_row(last.text):
        return False  # a table's row is a paragraph of its own
    if CONTINUED_ON.search(last.text):
        return False  # "(下转第2版)": the paragraph goes on on another page
    if not ends_terminal(last.text):
        return not _signed_short(last)
    # In narrow columns a sentence can end exactly at the edge; the next paragraph's first
    # line is indented, so two full lines in a row are one paragraph.
    narrow = last.column <= profile.narrow_column
    return narrow and line.gap < profile.big_gap and last.full and line.full


def _closing_byline(line: Line) -> bool:
    """A paragraph's last line ending in a byline that closes its article ("…景象。(刘荣东)")."""
    credits = bylines.split_trailing_byline(line.text)[1]
    return any(c.doubt != bylines.BARE_TAIL for c in credits)


def _signed_short(line: Line) -> bool:
    """A line stopping short of the column's edge on a byline set solid after its last
    sentence ("…重要组成部分。记者程健"): the paragraph ends there, however it ends. Names set
    two spaces after it ("…良好的社会效果。  王文军 栗景岭") end it on a full line too: a page
    printing one line a paragraph has no short line to tell."""
    text, credits = bylines.split_trailing_byline(line.text)
    wide = line.text[len(text) :].startswith(("  ", "\u3000"))
    return (wide and bool(credits)) or (
        not line.full and any(c.doubt != bylines.BARE_TAIL for c in credits)
    )


class _Builder:
    def __init__(self, lines: list[Line], profile: LayoutProfile):
        self.lines = lines
        self.profile = profile
        self.blocks: list[Block] = []
        self.cur: Block | None = None
        self.para: Para | None = None  # the paragraph still open for continuation
        self.labels: list[str] = []
        self.at = 0  # the line being read
        self.pos = 0  # its place in self.lines
        self.prev: Line | None = None  # the line read before it
        self.briefs = False  # inside a column of bulleted briefs under its label
        # A captioned picture taken as the open article's own, under its finished text, with
        # nothing read after it yet: a title under it makes it an item of its own.
        self.foot_picture: Line | None = None
        self.column_label: list[Line] = []  # a boxed label of briefs (■简讯) over the column

    def new_block(self, reason: str, heads: list[Line] | None = None) -> Block:
        self.finish_para()
        self.cur = Block(heads=heads or [], reasons=[reason], anchor=self.at)
        self.blocks.append(self.cur)
        return self.cur

    def finish_para(self) -> None:
        """A closing "(X 记者Y)" at a paragraph's end names the authors and ends the article."""
        if self.para is not None and self.cur is not None and not self.para.subhead:
            last = self.para.lines[-1]
            text, credits = bylines.split_trailing_byline(last.text)
            if credits:
                printed, last.text = last.text[len(text) :].strip(), text
                self.cur.credits.extend(replace(c, printed=printed) for c in credits)
                # bare names credit the article but are too weak a sign to end it
                if any(c.doubt != bylines.BARE_TAIL for c in credits):
                    self.cur.closed = True
                self.cur.reasons.append(f"closing byline at line {last.idx + 1}")
            if ends_marked(last.text):  # the editor's end mark: whatever follows is another's
                self.cur.closed = True
                self.cur.reasons.append(f"end mark at line {last.idx + 1}")
            if CONTINUED_ON.search(last.text):  # "(下转第2版)": the rest is on another page
                self.cur.closed = True
                self.cur.reasons.append(f"continued on another page at line {last.idx + 1}")
        self.para = None

    def run(self) -> list[Block]:
        i, lines = 0, self.lines
        while i < len(lines):
            line = lines[i]
            self.at, self.pos = line.idx, i
            if line.kind == HEAD:
                j = i
                while j < len(lines) and lines[j].kind == HEAD:
                    j += 1
                self.heading(lines[i:j], lines[j] if j < len(lines) else None)
                self.prev, i = lines[j - 1], j
                continue
            handlers = {
                BYLINE: self.byline,
                CREDIT: self.credit,
                CAPTION: self.caption,
                PICTURE: self.picture,
                SIGNOFF: self.signoff,
                FURNITURE: self.furniture,
                BODY: self.body,
            }
            handlers[line.kind](line)
            if line is not self.foot_picture and line.kind != FURNITURE:
                self.foot_picture = None
            self.prev = line
            i += 1
        self.finish_para()
        return self.blocks

    def furniture(self, line: Line) -> None:
        """The page's own lines are reported, not kept. The editor's credit ("责任编辑：X")
        stands at the foot of what it signs off: no paragraph runs on past it."""
        self.labels.append(line.text)
        if is_staff_credit(line.text):
            self.finish_para()

    def heading(self, group: list[Line], nxt: Line | None) -> None:
        levels = {ln.level for ln in group}
        where = f"line {group[0].idx + 1}"
        if levels == {1} and nxt is not None:
            self.labels.append(" ".join(ln.text for ln in group))  # a page banner
            return
        self.finish_para()  # a closing byline on the paragraph above ends the article
        cur = self.cur
        # "■本地热闻" over "●X开幕": a boxed column label, not a brief's bulleted title
        bulleted = is_bulleted(group[0].text) and not bylines.is_boxed_label(group[0].text)
        self.briefs = self.briefs and bulleted
        if not bulleted and self.opens_briefs(group):
            self.labels.append(" ".join(ln.text for ln in group[:-1]))
            self.briefs, group = True, group[-1:]
        if 2 in levels:
            why = "markdown title"
        elif self.briefs:
            why = "bulleted brief in a column"
        elif cur is None:
            why = "first heading on the page"
        elif self.titles_its_dateline(cur):
            cur.heads.extend(group)  # "承德8月3日电 / 题:…见闻 / 作者 X": the wire's layout
            cur.reasons.append(f"title at {where} under its dateline set on a line of its own")
            return
        elif nxt is None or nxt.kind == FURNITURE:
            why = "heading at the foot of the page"  # the editor's credit is no article text
        elif self.prev is not None and (_closes_a_picture(self.prev) or cur.kind == PHOTO):
            why = "heading under a photo credit"  # a credit closes its picture
        elif self.prev is not None and self.prev.kind == FURNITURE and cur.body:
            why = "heading under page furniture"  # the editor's credit closes the text above
        elif is_genre_label(group[0].text):
            why = "heading under a genre label"
        elif (bylines.is_boxed_label(group[0].text) or self.names_briefs(group)) and cur.body:
            why = BRIEFS_LABEL
        elif self.column_set_apart(group, nxt, cur):
            why = COLUMN_APART
        elif self.titles_another_column(group, nxt, cur):
            why = "heading over text set to another column than the text above"
        elif _introduces(cur):
            cur.paras.append(Para(list(group), subhead=True))
            cur.reasons.append(f"subheading at {where}, introduced by the text above")
            return
        elif nxt.kind == PICTURE:
            why = "heading over a picture"
        elif nxt.kind in (BYLINE, CREDIT):
            why = "heading followed by a byline"
        elif nxt.gap >= self.profile.big_gap and cur.body and ends_terminal(cur.body[-1].text):
            why = "heading over a picture"  # a subheading runs on into its section's text
        elif nxt.opens_article:
            why = "heading followed by a dateline"
        elif self.set_apart(group, cur):
            why = "heading set apart by a picture's gap under finished text"
        elif self.titles_a_lead(group, nxt, cur):
            why = "heading over a lead that opens with its day"
        elif cur.closed:
            why = "heading after a closing byline"
        elif self.titles_over_a_section(group, cur):
            why = "a title set over its first section's heading, under one-line sections"
        elif self.after_untitled_brief(cur):
            why = "heading after an untitled brief"
        elif (
            place_colon_title(group[0].text)
            and not cur.sectioned
            and not _named_in(group[0], cur)
            and not self.ranks_under_title(group[0])
            and not _intro_only(cur, self.profile.intro_max_paras)
            and not _titled_alike(cur)
        ):
            why = "heading naming its place"  # "鞍山：奥运“金牌”背后的精气神"
        else:
            cur.paras.append(Para(list(group), subhead=True))
            cur.reasons.append(f"subheading at {where}")
            return
        self.part_foot_picture(group[0])
        # Under a column's boxed label, each paragraph set apart opens the next of its pieces.
        under_label = why in (BRIEFS_LABEL, COLUMN_APART) or self.names_briefs(group)
        self.column_label = list(group) if under_label else []
        self.new_block(f"new item: {why} at {where}", list(group))

    def names_briefs(self, group: list[Line]) -> bool:
        """A short heading of its own naming a column of briefs ("社区动态", "### 京郊快讯"),
        boxed or not: it heads the briefs under it, never a section of the article above."""
        label = bylines.MARKERS.sub("", group[0].text).replace(" ", "")
        short = group[0].width <= self.profile.column_label_max
        return len(group) == 1 and short and label.endswith(COLUMN_WORDS)

    def after_untitled_brief(self, cur: Block) -> bool:
        """An untitled brief, its dateline and its one paragraph ("本报讯 日前，…"), has no
        subheadings: a heading under it titles the next item. Untitled text running on past its
        lead is a piece whose title the page lost or set elsewhere; the rules below read a
        heading under it as they would under a titled one."""
        return not cur.heads and cur.has_dateline and len(cur.body) == 1

    def titles_its_dateline(self, cur: Block) -> bool:
        """A dateline set alone on its line, no text under it yet: the heading under it titles
        the story it opens."""
        return not self.briefs and not cur.closed and not cur.credits and _only_dateline(cur)

    def part_foot_picture(self, title: Line) -> None:
        """A captioned picture set apart both from an article's finished text and from the
        next item's title stands on its own: the article's own pictures are set inside its text."""
        line, cur = self.foot_picture, self.cur
        self.foot_picture = None
        if line is None or cur is None:
            return
        if (line.kind == PICTURE or not line.credits) and title.gap < self.profile.big_gap:
            return
        cur.captions.remove(line.text)
        for credit in line.credits:
            cur.credits.remove(credit)
        reason = f"photo: captioned picture at line {line.idx + 1} set apart under finished text"
        photo = Block(paras=[Para([line])], credits=list(line.credits), reasons=[reason])
        photo.kind, photo.closed = PHOTO, True
        self.blocks.append(photo)

    def opens_briefs(self, group: list[Line]) -> bool:
        """A column's label straight over a bulleted title ("山西新鲜事 / ●X开馆"), with
        another bulleted title a short paragraph or two below: each bullet titles a brief.
        A feature's bulleted subheadings follow its own lead instead."""
        label_max = self.profile.column_label_max
        if len(group) < 2 or not is_bulleted(group[-1].text) or group[-2].width > label_max:
            return False
        text = 0
        for line in self.lines[self.pos + len(group) :]:
            if line.kind == HEAD:
                return is_bulleted(line.text) and text > 0
            text += line.width
            if text > self.profile.brief_max:
                return False
        return False

    def set_apart(self, group: list[Line], cur: Block) -> bool:
        """A heading a picture's gap below a finished article opens the next one; a feature's
        subheading follows its text a line down, or is marked with a bullet. Where
        subheadings already divide the article, a title set of two lines or more (a column
        label over its title: "城 东 / 引得清流来") stands apart so, or a heading set further
        apart than any of the article's own subheadings: its sections are set alike."""
        head = group[0]
        if head.gap < self.profile.big_gap or not cur.body or is_bulleted(head.text):
            return False  # "■胡同人家乔迁新居": a section marked as one
        if self.ranks_under_title(head):
            return False  # "### 从苦咖啡到甜日子" under a "## " title: its next section
        if cur.sectioned and len(group) < 2 and head.gap <= _section_gap(cur):
            return False
        last = cur.body[-1].lines[-1]
        # On a wide page a paragraph is set on one line: one cut off runs on under no picture.
        return ends_terminal(last.text) or last.column > self.profile.narrow_column

    def column_set_apart(self, group: list[Line], nxt: Line, cur: Block) -> bool:
        """A column's boxed label ("■社区故事") a picture's gap under finished text, over
        text or over a title, opens the article under it; a section's head under a box
        ("■胡同人家乔迁新居") reads as a headline, longer."""
        head = group[0]
        if len(group) > 2 or not bylines.is_boxed_column(head.text) or nxt.kind != BODY:
            return False
        finished = bool(cur.body) and ends_terminal(cur.body[-1].text)
        return finished and head.gap >= self.profile.big_gap

    def titles_another_column(self, group: list[Line], nxt: Line, cur: Block) -> bool:
        """A heading between a finished paragraph and text wrapped to another column: the next
        article's title, not a subheading (a feature's sections are set alike). A word or two
        on a line ("模式") labels a section, however its text is set, except under a report
        opened by its dateline and not divided yet ("本报讯…" over "起跑线"): a news report runs
        on in one column to its end."""
        above = cur.paras[-1] if cur.paras else None
        if above is None or above.subhead or nxt.kind != BODY or nxt.gap >= self.profile.big_gap:
            return False
        short = max(ln.width for ln in group) <= self.profile.section_label_max
        if short and not (cur.has_dateline and not cur.sectioned):
            return False
        return self.another_column(above, self.pos + len(group))

    def titles_over_a_section(self, group: list[Line], cur: Block) -> bool:
        """Where one-line subheadings divide the article, a heading of two plain lines, the
        wider over the narrower, is the next article's title over its first section's head:
        a feature heads each of its sections alike."""
        sections = [p for p in cur.paras if p.subhead]
        if not cur.sectioned or len(group) != 2 or any(ln.level for ln in group):
            return False
        return all(len(p.lines) == 1 for p in sections) and group[0].width > group[1].width

    def titles_a_lead(self, group: list[Line], nxt: Line, cur: Block) -> bool:
        """A plain heading over "12日，…" opens an article, unless subheadings already divide
        the one it stands in (a feature's next section opens with its day as often) or that one
        has told no more than its intro (see _intro_only). Under a
        markdown title, a plain heading of a word or two ("初识凉山") is one of its sections."""
        dated = LEAD_OPENING.match(nxt.text) and nxt.gap < self.profile.big_gap
        short = max(ln.width for ln in group) <= self.profile.section_label_max
        section = short and any(ln.level for ln in cur.heads)
        plain = all(not ln.level for ln in group)
        intro = _intro_only(cur, self.profile.intro_max_paras)
        return bool(dated) and plain and not cur.sectioned and not section and not intro

    def byline(self, line: Line) -> None:
        if self.read_in_byline_above(line):
            return
        if self.cur is None or (self.cur.closed and not self.stacked_under_closing(line)):
            self.new_block(f"byline without heading at line {line.idx + 1}")
        elif self.signs_text_below(line):
            self.new_block(f"new item: a byline set apart over its text at line {line.idx + 1}")
        self.finish_para()
        closing = bool(self.cur.body) and not _only_dateline(self.cur)
        closing = closing and not _only_continued_from(self.cur)
        closing = closing and not self.standfirst_over(line)
        if closing and self.cur.signed and line.credits:
            signed = self.cur
            self.split_off_signed_section(line)
            if self.signs_next_text(line):
                self.new_block(f"new item: a second signed text at line {line.idx + 1}")
                closing = False
            elif self.cur is signed and not _names(line.credits) & _names(signed.credits):
                signed.foreign = list(line.credits)
        elif closing and line.credits and _foreign_to_dateline(self.cur, line.credits):
            self.cur.foreign = list(line.credits)
        self.cur.credits.extend(line.credits)
        if not line.credits:  # a bare role ("特约摄影") names no one: reported, not lost
            self.labels.append(line.text)
        if closing:  # printed after the text: it closes the article
            self.cur.closed = True
        elif line.credits:
            self.cur.signed = True

    def stacked_under_closing(self, byline: Line) -> bool:
        """A byline set close under the byline that closed the article, the page's own lines or
        the end under it ("编导:X / 报道员:Y Z / 新媒体编辑:W"): one credit block, a field a
        line, signing the same text. One over text opens that text."""
        prev, nxt = self.prev, next_line(self.lines, self.pos)
        if prev is None or prev.kind != BYLINE or byline.gap >= self.profile.big_gap:
            return False
        if nxt is not None and nxt.kind not in (FURNITURE, SIGNOFF, BYLINE):
            return False
        return bool(prev.credits) and all(c in self.cur.credits for c in prev.credits)

    def standfirst_over(self, byline: Line) -> bool:
        """A title, one paragraph on one line, then a byline set close over more text: the
        paragraph is the piece's standfirst and the byline opens the text under it ("丹东:大美边
        城成长史 / 作为中国人口最多的边境城市之一,… / 《环球》杂志记者/马琼 / “怀揽…"); a
        byline closing a piece follows more than its one line; so may a bracket ("(王占军)"),
        which closes a one-paragraph brief. A dateline on the line above ("新华社沈阳1月22日电
        特写:…") is read so too: the byline under it opens the text."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        if not cur.heads or cur.signed or len(cur.paras) != 1 or len(cur.paras[0].lines) != 1:
            return False
        lead = cur.paras[0].first
        if not byline.credits or bylines.BRACKETED.match(byline.text):
            return False
        big = self.profile.big_gap
        close = byline.gap < big and lead.gap < big
        return close and nxt is not None and nxt.kind == BODY and nxt.gap < big

    def read_in_byline_above(self, line: Line) -> bool:
        """The rest of a byline broken over lines ("主任记者 / 张三"): the line above holds its
        names, so it neither opens an item nor is left out."""
        above = self.prev
        if line.credits or above is None or line.decisions[-1].rule != "broken_bylines":
            return False
        read = "".join(c.name + c.role for c in above.credits)
        return all(ch in read for ch in line.text if not ch.isspace())  # "王五 赵六"

    def signs_text_below(self, byline: Line) -> bool:
        """A byline under finished text that signs the text below it, not the text above: set a
        picture's gap apart and straight over more text (a closing byline sits right under the
        text it closes), or further from the text above than from a lead under it that opens
        with its day ("7月23日，…"): an untitled report, not a foot. A byline opening with
        its dateline heads the report under it however close it is set."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        if not cur.body or not ends_terminal(cur.paras[-1].lines[-1].text):
            return False
        if nxt is None or nxt.kind != BODY:
            return False
        big = self.profile.big_gap
        if byline.gap >= big and not cur.paras[-1].subhead and nxt.gap < big:
            return True
        if byline.opens_article and nxt.gap < big:
            return True  # "图木舒克讯通讯员王亚明 报道"
        dated = bool(LEAD_OPENING.match(nxt.text))
        return dated and byline.gap > nxt.gap and not bylines.BRACKETED.match(byline.text)

    def opens_item_under_text(self, line: Line) -> str:
        """Why a paragraph under the open item's text opens an item of its own, or ""."""
        if self.cur is None or not self.cur.body or self.prev is None:
            return ""
        for opens, why in (
            (self.dated_lead_set_apart, "a lead set apart, opening with its day,"),
            (self.dated_and_signed_by_another, "a dated paragraph signed by another"),
            (self.under_closing_caption, "text under a caption that closed the text above"),
            (self.lone_paragraph_set_apart, "a paragraph set apart on its own"),
        ):
            if opens(line):
                return why
        return ""

    def dated_lead_set_apart(self, line: Line) -> bool:
        """A paragraph a picture's gap under finished text that opens with its day ("11月18日
        上午，…") is the lead of an untitled item; a paragraph running on does not date itself."""
        cur, prev = self.cur, self.prev
        if cur is None or not cur.body or line.gap < self.profile.big_gap:
            return False
        if prev is None or prev.kind != BODY or not ends_terminal(prev.text):
            return False
        return bool(LEAD_OPENING.match(line.text))

    def under_closing_caption(self, line: Line) -> bool:
        """A credited caption set close under finished text ("…增收致富。 / 图为…。 X 摄"), then a
        picture's gap: a picture's news told over its caption, which ends it, as the credit ends
        a photo; the text a picture's gap under it is another item's. A picture set inside an
        article's text stands between two gaps, its caption set apart from the text above."""
        cur, prev, big = self.cur, self.prev, self.profile.big_gap
        if cur is None or not cur.body or prev is None or prev.kind != CAPTION:
            return False
        if not prev.credits or prev.gap >= big or line.gap < big or prev.text not in cur.captions:
            return False
        return ends_terminal(cur.body[-1].text)

    def lone_paragraph_set_apart(self, line: Line) -> bool:
        """A paragraph a picture's gap under an article's finished text (more than its lead) and
        a picture's gap over what follows (a heading, more text) or the page's end: a piece
        told in one paragraph (a picture's caption, a brief) between the page's items. An
        article's text running on past its picture runs on in paragraphs set close, and a
        feature's subheading follows its text a line down; a photo's lead over its picture is
        closed by its caption (lead_over_picture)."""
        cur, prev, big = self.cur, self.prev, self.profile.big_gap
        if cur is None or len(cur.body) < 2 or line.gap < big:
            return False
        if prev is None or prev.kind != BODY or not ends_terminal(prev.text):
            return False
        if cur.body[-1].first.gap >= big:
            return False  # the text above is set apart so too: a page that spaces it wide
        para = self.paragraph_from(self.pos)
        after = next_line(self.lines, self.pos + len(para.lines) - 1)
        return after is None or (after.kind in (HEAD, BODY) and after.gap >= big)

    def paragraph_from(self, k: int) -> Para:
        """The paragraph the body line at k opens, read ahead to its last line."""
        para, lines = Para([self.lines[k]]), self.lines
        k += 1
        while k < len(lines) and lines[k].kind == BODY and continues(para, lines[k], self.profile):
            para.lines.append(lines[k])
            k += 1
        return para

    def under_staff_credit(self, cur: Block) -> bool:
        """Text under the editor's credit ("责任编辑：X") that follows an article's finished text:
        the credit signs that article off, as web copy prints it at each one's foot, so the text
        under it is another item's."""
        prev = self.prev
        if prev is None or prev.kind != FURNITURE or not is_staff_credit(prev.text):
            return False
        return bool(cur.body) and ends_terminal(cur.body[-1].text)

    def brief_set_apart(self, line: Line) -> bool:
        """Under a boxed label of briefs (■莆田快讯), a paragraph a picture's gap under a
        finished one opens the next brief: a brief's own paragraphs are set close. So does one
        set close under a picture the brief above took as its own, set a picture's gap under
        its finished text: a column of briefs sets its pictures between its briefs, not inside
        one. A caption that opened a photo story of its own keeps the text told under it."""
        cur, prev, big = self.cur, self.prev, self.profile.big_gap
        if cur is None or not cur.body or prev is None:
            return False
        if prev.kind in (CAPTION, PICTURE):
            between = prev.gap >= big and line.gap < big and prev.text in cur.captions
            return between and ends_terminal(cur.body[-1].text)
        return line.gap >= big and prev.kind == BODY and ends_terminal(prev.text)

    def brief_opens_with_day(self, line: Line) -> bool:
        """Under a column's label of briefs, a paragraph opening with the day of its news
        ("近日，…", "8月11日，…") after a finished one opens the next brief: a brief is told in
        a paragraph or two from its day on. Its second paragraph may still date what its lead
        told ("本报讯…昨天，名单出炉 / 1月17日上午，评审…") or come to the day after a scene
        ("古老的运河… / 4月2日，…"), so a brief is taken to run two paragraphs at least. A
        stretch of time ("近年来，", "目前，") opens a brief's later paragraphs as often."""
        cur, prev, label = self.cur, self.prev, self.column_label
        if not (bylines.is_boxed_label(label[0].text) or self.names_briefs(label)):
            return False  # "■乡村振兴": a column over one feature, not briefs
        if cur is None or not cur.body or prev is None or prev.kind != BODY:
            return False
        dated = LEAD_OPENING.match(line.text) and not line.text.startswith(SPAN_DAYS)
        if not dated or not ends_terminal(prev.text):
            return False
        return len(cur.body) > 1

    def dated_and_signed_by_another(self, line: Line) -> bool:
        """A paragraph opening with its day under finished text, closing with a credit that
        names none of the people the open item is signed by, in its credits or its dateline
        ("X日报讯(通讯员 Y)…。 / 10月18日，…受到了欢迎。(周小卫)"): another writer's piece,
        however short the one above. An item signed by no one at its top (its pictures'
        credits sign none of its text) may close with its own credit."""
        cur, prev = self.cur, self.prev
        if not LEAD_OPENING.match(line.text) or line.text.startswith(SPAN_DAYS):
            return False
        if cur is None or not cur.body or prev is None or prev.kind != BODY:
            return False
        if not ends_terminal(prev.text):
            return False
        dateline = bylines.split_dateline(cur.body[0].text)
        signers = _names([*(cur.credits if cur.signed else []), *(dateline[1] if dateline else [])])
        if not signers:
            return False
        last = self.paragraph_from(self.pos).lines[-1]
        credits = bylines.split_trailing_byline(last.text)[1]
        return bool(credits) and not _names(credits) & signers

    def signs_next_text(self, byline: Line) -> bool:
        """In an article signed at its top, other reporters' byline between two finished
        paragraphs signs the text under it: a column of signed briefs ("南都记者 X")."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        if cur.paras[-1].subhead or not ends_terminal(cur.paras[-1].lines[-1].text):
            return False
        if nxt is None or nxt.kind != BODY or nxt.gap >= self.profile.big_gap:
            return False
        return not {c.name for c in byline.credits} & {c.name for c in cur.credits}

    def split_off_signed_section(self, byline: Line) -> None:
        """An article signed at its top does not close with another byline: that one signs a
        second article, whose title was read as the last subheading above it."""
        cur, paras = self.cur, self.cur.paras
        if {c.name for c in byline.credits} <= {c.name for c in cur.credits}:
            return  # the same reporters again, at the foot
        subheads = [n for n, p in enumerate(paras) if p.subhead and n + 1 < len(paras)]
        if not subheads:
            return
        k = end = subheads[-1]
        while k > 0 and paras[k - 1].subhead:
            k -= 1  # the whole set: "台山篇 / 奋进新征程 侨都正青春"
        if all(p.subhead for p in paras[:k]) or paras[end + 1].subhead:
            return
        heads = [ln for p in paras[k : end + 1] for ln in p.lines]
        where = f"line {heads[0].idx + 1}"
        block = Block(
            heads=heads,
            paras=paras[end + 1 :],
            reasons=[f"new item: a subheading at {where} over text signed at its foot"],
        )
        cur.paras = paras[:k]
        self.blocks.append(block)
        self.cur = block

    def credit(self, line: Line) -> None:
        """A photo credit closes a photo item: the text since the picture's gap. A photo
        report's credit ("记者 X 摄影报道") signs the whole text above it, like a byline."""
        self.finish_para()
        if self.credits_text_below(line):
            block = self.new_block(
                f"new item: a photo credit set over its text at line {line.idx + 1}"
            )
            block.credits.extend(line.credits)
            block.signed = True
            return
        cur = self.cur
        big_gap = self.profile.big_gap
        report = line.text.rstrip(")）").endswith("报道") and cur is not None and cur.body
        if report and not cur.closed and cur.kind != PHOTO and cur.paras[-1].first.gap < big_gap:
            if cur.signed and not _names(line.credits) & _names(cur.credits):
                cur.foreign = list(line.credits)
            cur.credits.extend(line.credits)
            cur.closed = True
            cur.reasons.append(f"closing photo report credit at line {line.idx + 1}")
            return
        if self.pairs_closing_byline(line):
            cur.credits.extend(
                line.credits
            )  # "本报记者 X 文 / Y 摄": the writer's and the camera's
            cur.reasons.append(f"photo credit under the closing byline at line {line.idx + 1}")
            return
        last = self.blocks[-1] if self.blocks else None
        if self.prev is not None and self.prev.kind == CREDIT and last and last.kind == PHOTO:
            last.credits.extend(line.credits)  # credits stacked line by line: one picture's
            return
        cur = self.cur
        caption_above = self.prev is not None and self.prev.kind == CAPTION
        if cur is not None and caption_above and cur.captions and not cur.paras:
            self.caption_only_photo(cur, line)
            return
        if cur is not None and cur.heads and not cur.paras and not cur.captions:
            # Straight under a title ("图/羊城晚报记者 X" over "文/…"): the article's pictures.
            cur.credits.extend(line.credits)
            return
        if cur is None or not cur.paras:
            block = self.new_block(f"photo credit without caption at line {line.idx + 1}")
            block.kind, block.credits = PHOTO, list(line.credits)
            return
        if caption_above and cur.captions and self.text_goes_on_under(cur):
            cur.credits.extend(line.credits)  # a picture set inside the text it illustrates
            cur.reasons.append(f"its captioned picture at line {line.idx + 1} inside its text")
            return
        if caption_above and cur.captions:
            self.captioned_photo(cur, line)
            return
        gaps = [k for k, p in enumerate(cur.paras) if p.first.gap >= big_gap]
        whole = (
            not cur.credits
            and not cur.has_dateline
            and (
                (cur.heads and (cur.heads[0].gap >= big_gap or len(cur.paras) == 1))
                or (gaps and gaps[0] == 0)
            )
            and not (gaps and gaps[-1] > 0)  # a picture's gap inside the text: it starts there
        )
        if whole:
            cur.kind = PHOTO
            cur.credits.extend(line.credits)
            cur.reasons.append(f"photo: credit at line {line.idx + 1}")
            self.cur = None
            return
        k = gaps[-1] if gaps else len(cur.paras) - 1
        if k > 0 and not gaps and cur.paras[k - 1].subhead:
            k -= 1
        taken, cur.paras = cur.paras[k:], cur.paras[:k]
        heads = taken[0].lines if taken[0].subhead else []
        photo = Block(
            heads=list(heads),
            credits=list(line.credits),
            paras=[*self.caption_over(cur, taken[0]), *(taken[1:] if heads else taken)],
            kind=PHOTO,
            reasons=[
                f"photo: credit at line {line.idx + 1}, caption from line {taken[0].first.idx + 1}"
            ],
        )
        self.blocks.append(photo)

    def credits_text_below(self, credit: Line) -> bool:
        """A photo credit a picture's gap under an article its closing byline ended, set close
        over more text ("…(金霏) / □X 摄影报道 / 瓜果飘香,…"): the byline of the photo report
        under it. The signed paragraph above is no picture's caption."""
        cur, nxt, big = self.cur, next_line(self.lines, self.pos), self.profile.big_gap
        if cur is None or not cur.closed or cur.kind == PHOTO or not cur.body:
            return False
        return credit.gap >= big and nxt is not None and nxt.kind == BODY and nxt.gap < big

    def pairs_closing_byline(self, credit: Line) -> bool:
        """A photo credit set close under the byline that closed an article, no caption of its
        own between them: the article's pictures, credited beside its words ("本报记者 王卢莎
        文 / 宋永昆 摄"), not a photo item taking the article's last paragraph for a caption."""
        cur, prev = self.cur, self.prev
        if cur is None or not cur.closed or cur.kind == PHOTO or not cur.body:
            return False
        closing = prev is not None and prev.kind == BYLINE and bool(prev.credits)
        return closing and credit.gap < self.profile.big_gap

    def text_goes_on_under(self, cur: Block) -> bool:
        """Under a picture's credit, the open article's text carries on with nothing to open
        an item of its own (no dateline, no lead dated apart): the picture was set inside it."""
        nxt = next_line(self.lines, self.pos)
        if cur.closed or cur.kind == PHOTO or not cur.body or nxt is None or nxt.kind != BODY:
            return False
        return not (nxt.opens_article or LEAD_OPENING.match(nxt.text))

    def caption_over(self, cur: Block, para: Para) -> list[Para]:
        """The caption set a picture's gap apart straight over the text a credit closes
        ("11月12日，…果农挑运收获的脐橙。" / "近日，…" / "新华社记者 X 摄") opens that photo
        story: the picture's own line, not the article's."""
        big_gap, k = self.profile.big_gap, self.lines.index(para.first)
        above = self.lines[k - 1] if k else None
        if above is None or above.kind != CAPTION or above.gap < big_gap:
            return []
        if not cur.captions or cur.captions[-1] != above.text or para.first.gap >= big_gap:
            return []
        cur.captions.pop()
        for credit in above.credits:
            cur.credits.remove(credit)
        return [Para([above])]

    def caption_only_photo(self, cur: Block, credit: Line) -> None:
        """A caption standing alone (with at most a title over it) and its credit: the block
        is the photo item, the caption its text."""
        cur.captions.pop()
        cur.paras.append(Para([self.prev]))
        cur.kind = PHOTO
        cur.credits.extend(credit.credits)
        cur.reasons.append(f"photo: caption at line {self.prev.idx + 1} over a credit")
        self.cur = None

    def captioned_photo(self, cur: Block, credit: Line) -> None:
        """A short caption straight above a credit is a photo item of its own, not the
        article's; a heading straight above the caption is its title."""
        caption_line = self.prev
        cur.captions.pop()
        heads: list[Line] = []
        above = cur.paras[-1] if cur.paras else None
        if (
            above
            and above.subhead
            and above.lines[-1].idx == caption_line.idx - caption_line.gap - 1
        ):
            heads = cur.paras.pop().lines
        photo = Block(
            heads=heads,
            credits=[*caption_line.credits, *credit.credits],
            paras=[Para([caption_line])],
            kind=PHOTO,
            reasons=[f"photo: caption at line {caption_line.idx + 1} over a credit"],
        )
        for c in caption_line.credits:
            cur.credits.remove(c)
        self.blocks.append(photo)

    def picture(self, line: Line) -> None:
        """A captioned picture is a photo item; the heading straight over it is its title,
        unless that heading is a label over a series of pictures (图片新闻). Inside an
        article's text, by its reporter or with the text running on under it, it is the
        article's own picture."""
        self.finish_para()
        cur = self.cur
        inside = cur is not None and not cur.closed and _has_text(cur)
        if inside and cur.kind == PHOTO:  # under its lead paragraph: the photo item's picture
            cur.closed = True
            cur.paras.append(Para([line]))
            cur.credits.extend(line.credits)
            return

        # the story's own outlet took it, unless gaps set it apart on both sides
        outlet = inside and _same_outlet(cur, line.credit_text) and not self.set_apart_below()
        own = inside and (_credited(cur, line.credits) or outlet)
        if inside and (own or (self.text_runs_on() and not self.dateline_under())):
            self.caption(line)
            foot = line.gap >= self.profile.big_gap and ends_terminal(cur.body[-1].text)
            self.foot_picture = line if foot else None
            return
        where = f"line {line.idx + 1}"
        titled = cur is not None and cur.heads and not _has_text(cur) and not cur.captions
        if titled and self.pictures_titled_text(line):
            cur.reasons.append(f"its picture at {where} set between title and text")
            self.caption(line)
            return
        if titled:
            if len(cur.heads) == 1 and is_genre_label(cur.heads[0].text):
                self.labels.append(cur.heads.pop().text)
            cur.reasons.append(f"photo: captioned picture at {where}")
        else:
            cur = self.new_block(f"photo: captioned picture at {where}")
        cur.kind, cur.closed = PHOTO, True
        cur.paras.append(Para([line]))
        cur.credits.extend(line.credits)

    def set_apart_below(self) -> bool:
        """A picture's gap under the picture too, or the page's end: set apart on both sides
        after a story's text, it stands alone even when the story's own outlet took it."""
        nxt = next_line(self.lines, self.pos)
        return nxt is None or nxt.gap >= self.profile.big_gap

    def dateline_under(self) -> bool:
        """A dateline straight under a picture after an article's text opens the next article,
        and so does a lead opening with its day ("日前，…", "9月12日，…") set a picture's gap
        under it when the text above is finished: the picture is not the text's, running on
        (text running on past its picture goes on with the scene, not a new day)."""
        nxt = next_line(self.lines, self.pos)
        if nxt is None or nxt.kind != BODY:
            return False
        if nxt.opens_article:
            return True
        body = self.cur.body
        dated = LEAD_OPENING.match(nxt.text) and not nxt.text.startswith(SPAN_DAYS)
        apart = nxt.gap >= self.profile.big_gap and ends_terminal(body[-1].text)
        return bool(dated) and apart

    def pictures_titled_text(self, line: Line) -> bool:
        """A picture set between a title and its text, its caption one short sentence, is the
        article's own picture ("文明新风润社区 / [picture] 小朋友们开心玩耍。 记者 X 摄 / 社区是…");
        a photo story's caption runs longer and says what the picture shows at length."""
        if line.width > self.profile.own_caption_max or line.text.rstrip("。").count("。"):
            return False
        return self.text_runs_on()

    def measure_changes(self, line: Line) -> bool:
        """A paragraph wrapped to a narrow column, then one set several times as wide, or the
        other way round, under finished text: one article's text is wrapped to one column, so
        the page has gone on to another article, titled or not (briefs under one label)."""
        above = self.cur.paras[-1] if self.cur.paras else None
        if above is None or above.subhead or self.prev is not above.lines[-1]:
            return False  # a caption between: the text under it may be the picture's
        if self.told_only_its_lead(self.cur):
            return False
        return self.another_column(above, self.pos)

    def told_only_its_lead(self, cur: Block) -> bool:
        """A titled article that has told only its lead: a feature's lead (导语) is often set
        to a measure of its own under the title, boxed or across the columns its text is
        wrapped to below, so the change of measure after it says nothing of where the article
        ends. Under a column's label of briefs, each brief is told in a measure of its own."""
        return bool(cur.heads) and len(cur.body) == 1 and not self.column_label

    def another_column(self, above: Para, k: int) -> bool:
        """Whether the text from line k on is wrapped to another column than the finished
        paragraph above it: several times as wide as its narrow column, or the other way round."""
        p, line = self.profile, self.lines[k]
        if not ends_terminal(above.lines[-1].text):
            return False
        measure = wrap_measure(above.lines, p)
        if measure is not None:
            return line.width >= measure * p.measure_change and _whole_paragraph(line)
        if not _whole_paragraph(above.lines[-1]):
            return False
        run = self.lines[k : k + p.narrow_run_lines]
        measure = wrap_measure([*run, line], p) if len(run) == p.narrow_run_lines else None
        if measure is None or any(ln.kind != BODY or ln.gap >= p.big_gap for ln in run):
            return False
        if not any(has_sentence_punct(ln.text) for ln in run):
            return False  # a list's rows set alike (社区 names), not a sentence wrapped
        return all(ln.width >= measure * p.measure_change for ln in above.lines[:-1] or above.lines)

    def lead_over_picture(self, line: Line) -> bool:
        """A paragraph set apart by pictures' gaps under finished text, with a captioned
        picture straight under it: a photo item's lead, not more of the text above."""
        big_gap, nxt = self.profile.big_gap, next_line(self.lines, self.pos)
        if line.gap < big_gap or not self.cur.body or nxt is None:
            return False
        if nxt.gap < big_gap and not self.closes_run(nxt):
            return False
        return nxt.kind in (CAPTION, PICTURE) and ends_terminal(self.cur.body[-1].text)

    def closes_run(self, caption: Line) -> bool:
        """A caption straight under the lead that ends the run of text, a picture's gap over
        whatever follows: the lead and its caption make the photo item."""
        after = next_line(self.lines, self.pos + 1)
        return caption.kind == CAPTION and (after is None or after.gap >= self.profile.big_gap)

    def text_runs_on(self) -> bool:
        """Text after the picture being read (or a bulleted section heading), unless it is
        the next picture's caption over its credit."""
        after = self.lines[self.pos + 1 : self.pos + 3]
        if after and after[0].kind == HEAD and is_bulleted(after[0].text) and not self.briefs:
            return True  # "■胡同人家乔迁新居": the article's next section, marked as one
        if after and after[0].kind == HEAD and self.ranks_under_title(after[0]):
            return True  # "### 居民的事居民议" under a "## " title: its next section
        if not after or after[0].kind != BODY:
            return False
        under = after[1] if len(after) > 1 else None
        if under is not None and under.kind == CREDIT and under.gap == 0:
            return False
        return not self.photo_run_after()

    def photo_run_after(self) -> bool:
        """The text under the picture, set close, ends in a photo credit of its own within a few
        paragraphs ("9月12日,一列高铁… / 近年来,… / 本报记者 X 摄"): the next photo item's
        caption, not the article's text running on past its picture."""
        big = self.profile.big_gap
        reach = self.lines[self.pos + 2 : self.pos + 2 + self.profile.photo_run_reach]
        for line in reach:
            if line.gap >= big or line.kind != BODY:
                return line.kind == CREDIT and line.gap < big
        return False

    def ranks_under_title(self, head: Line) -> bool:
        """A markdown heading of a lower rank than the open article's markdown title."""
        ranks = [ln.level for ln in self.cur.heads if ln.level] if self.cur else []
        return bool(ranks) and head.level > max(ranks)

    def caption(self, line: Line) -> None:
        if self.para is not None and _closing_byline(self.para.lines[-1]):
            self.finish_para()  # "…繁忙景象。(刘荣东)": the article ended over the picture
        if self.cur is None or (self.cur.closed and line.gap >= self.profile.big_gap):
            # under a picture after a closed article: the next article's picture
            self.new_block(f"caption without article at line {line.idx + 1}")
        if self.leads_caption(line):
            self.cur.paras.append(Para([line]))
            self.cur.credits.extend(line.credits)
            self.cur.closed = True
            return
        if self.photo_story_under_text(line):
            self.new_block(f"photo: a dated caption at line {line.idx + 1} set apart under text")
        if self.opens_photo_story(line):
            self.cur.paras.append(Para([line]))
            self.cur.credits.extend(line.credits)
            self.cur.reasons.append(f"photo: a dated caption at line {line.idx + 1} opens its text")
            return
        self.cur.captions.append(line.text)
        self.cur.credits.extend(line.credits)
        # A caption can sit inside a sentence; the paragraph carries on after it.
        self.foot_picture = line if self.caption_at_foot(line) else None

    def opens_photo_story(self, line: Line) -> bool:
        """A caption opening with the day its picture was taken ("9月23日，…收割青稞。新华社记者
        X 摄") or pointing at it ("图为…"), first under a title or first after a closed item,
        with text under it ("当日，…"): a photo story, told from its picture's caption on, as
        the wires file them. An article's own picture under its title is captioned by what it
        shows, neither dated nor pointed at."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        if cur.paras or cur.captions or nxt is None or nxt.kind != BODY:
            return False
        return bool(_DATED_CAPTION.match(line.text))

    def photo_story_under_text(self, line: Line) -> bool:
        """A credited caption opening with its picture's day ("2月21日,…采摘圣女果。新华社记者 X
        摄"), a picture's gap under an article's finished text, over a lead of its own that opens
        with the day of the news ("眼下,…", "近日,…"): the wire's photo story, filed apart
        from the text above. Text running on under a picture does not date itself afresh."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        if cur.closed or cur.kind == PHOTO or not cur.body or line.gap < self.profile.big_gap:
            return False
        if not line.credits or not _DATED_CAPTION.match(line.text) or nxt is None:
            return False
        if nxt.kind != BODY or nxt.gap >= self.profile.big_gap or nxt.text.startswith(SPAN_DAYS):
            return False
        return ends_terminal(cur.body[-1].text) and bool(LEAD_OPENING.match(nxt.text))

    def caption_at_foot(self, line: Line) -> bool:
        """A caption with its photo credit straight under an article's finished text (a title
        straight under it parts it off, see part_foot_picture), however close the lines are
        set: the article's own pictures stand inside its text or under its title. A caption
        with no credit is one so when a picture's gap sets it apart on both sides, from the
        text above and from the title under it. A photo item's caption is its own; a credit
        with no caption ("新华社发(周社根摄)") signs the pictures above."""
        cur = self.cur
        finished = cur.closed or (bool(cur.body) and ends_terminal(cur.body[-1].text))
        says = width(bylines.split_inline_credit(line.text)[0]) >= self.profile.caption_min_width
        apart = bool(line.credits) or line.gap >= self.profile.big_gap
        return line.kind == CAPTION and apart and cur.kind != PHOTO and finished and says

    def leads_caption(self, line: Line) -> bool:
        """A caption under a photo item's lead, its credit printed with it or none, is the
        photo's own line and ends it, as a captioned picture there does."""
        cur, nxt = self.cur, next_line(self.lines, self.pos)
        under_lead = cur.kind == PHOTO and bool(cur.body) and not cur.closed
        return under_lead and (nxt is None or nxt.kind != CREDIT)

    def signoff(self, line: Line) -> None:
        if self.cur is None:
            self.new_block(f"sign-off without article at line {line.idx + 1}")
        self.finish_para()
        # A sign-off under the article's text ("来源: 紫牛新闻") ends it: what follows is another
        # item's. One straight under a title sources the text still to come.
        under_text = bool(self.cur.body)
        self.cur.paras.append(Para([line]))  # closed at once: nothing runs on after a sign-off
        if line.credits:  # a letter's signature names its writer and ends it
            self.cur.credits.extend(line.credits)
        self.cur.closed = self.cur.closed or under_text or bool(line.credits)

    def body(self, line: Line) -> None:
        open_para = self.para is not None and self.cur is not None
        if open_para and continues(self.para, line, self.profile):
            self.para.lines.append(line)
            return
        self.finish_para()
        cur = self.cur
        if line.opens_article and (cur is None or _has_text(cur) or cur.closed):
            cur = self.new_block(f"new item: dateline at line {line.idx + 1}")
        elif self.column_label and (self.brief_set_apart(line) or self.brief_opens_with_day(line)):
            # each brief under the column's label, as the first one is
            reason = f"new item: a brief set apart in its column at line {line.idx + 1}"
            cur = self.new_block(reason, list(self.column_label))
        elif why := self.opens_item_under_text(line):
            cur = self.new_block(f"new item: {why} at line {line.idx + 1}")
        elif cur is None or cur.closed:
            cur = self.new_block(f"text without heading at line {line.idx + 1}")
        elif self.under_staff_credit(cur):
            cur = self.new_block(f"new item: text under the editor's credit at line {line.idx + 1}")
        elif self.lead_over_picture(line):
            cur = self.new_block(f"photo: a lead between pictures at line {line.idx + 1}")
            cur.kind = PHOTO
        elif self.measure_changes(line):
            cur = self.new_block(f"new item: text set to another column at line {line.idx + 1}")
        self.para = Para([line])
        cur.paras.append(self.para)


def _has_text(block: Block) -> bool:
    """Text of its own, not only the source line under its title ("来源:湖北日报客户端"): the
    dateline under that source opens the titled story, not another one."""
    return any(p.first.kind != SIGNOFF or p.first.credits for p in block.body)


def _whole_paragraph(line: Line) -> bool:
    """A line set wide that ends with its sentence's full stop: a paragraph set whole."""
    return line.text.rstrip(CLOSERS)[-1:] in FULL_STOPS


def _introduces(block: Block) -> bool:
    """Text ending in a colon ("分别是：") introduces what follows: the heading under it names
    one of its parts, never the next article."""
    return bool(block.body) and block.body[-1].text.rstrip().endswith(("：", ":"))


def _named_in(head: Line, block: Block) -> bool:
    """A "place：" heading whose place the text above already names ("分别是：南沙街海湾社区、…"
    over "南沙街海湾社区：打造知青文化社区"): one of the parts that text lists."""
    place = head.text.replace("：", ":").split(":", 1)[0]
    return place in block.body_text()


def _titled_alike(block: Block) -> bool:
    """Titled "X：…" itself ("一线直击：甜“猕”来袭"): a feature whose sections are headed
    alike ("田间采摘：每颗果子…") a line under its text; the next article's title stands apart."""
    return any(_COLON_TITLE.match(_COLUMN_TAG.sub("", ln.text)) for ln in block.heads)


# A picture's day opening its caption ("9月23日，", "2月8日拍摄的…"), or the caption pointing
# at its picture ("图为…").
_DATED_CAPTION = re.compile(r"^(?:\d{1,2}月\d{1,2}日(?:[，,]|拍摄)|图为)")

_COLON_TITLE = re.compile(r"^[^\W\d_]{2,12}[：:](?=\S)")  # "鱼米之乡的乡村振兴路:江苏现代化…"


_COLUMN_TAG = re.compile(r"^[（(【\[][^（）()【】\[\]]{1,12}[）)】\]]")  # "(聚焦中国高质量发展)"


def _intro_only(block: Block, most: int) -> bool:
    """Opened as a piece of its own (its reporters' byline, its dateline, or the source and
    time a site prints under its title over the text), with no more text than an intro so far
    (a paragraph or two; that source line, or the dateline on its own line with the wire's
    title, "中新网X7月10日电 题:…", is none) that does not open with the day of its news: a
    feature's intro, whose first part a heading opens ("定力：…", "小水果飘香" over "眼下，…").
    A report opens with its day ("9月23日，…") and the next title follows past its lead."""
    body = block.body
    text = [p for p in body if p.first.kind != SIGNOFF and not _wire_title_line(p.text)]
    sourced = bool(block.heads) and bool(body) and body[0].first.kind == SIGNOFF
    opened = block.signed or block.has_dateline or sourced
    return opened and 0 < len(text) <= most and not LEAD_OPENING.match(_after_dateline(text[0]))


def _after_dateline(para: Para) -> str:
    """A paragraph's text after the dateline opening it, if any."""
    split = bylines.split_dateline(para.text)
    return split[2] if split else para.text


def _wire_title_line(text: str) -> bool:
    """A dateline with nothing after it but the wire's title ("新华社X电 题：…")."""
    split = bylines.split_dateline(text)
    return bool(split) and bool(bylines.WIRE_TITLE.match(split[2]))


def _section_gap(block: Block) -> int:
    """The widest gap over the block's own subheadings: how far apart its sections are set."""
    return max((p.first.gap for p in block.paras if p.subhead), default=0)


def _only_dateline(block: Block) -> bool:
    """A dateline on a line of its own ("新华社南昌8月30日电") over the reporters' byline, maybe
    with the wire's title under it or after it ("题：…"): the byline opens the text, it closes
    nothing."""
    body = block.body
    if len(body) == 2 and bylines.WIRE_TITLE.match(body[1].text):
        body = body[:1]
    split = bylines.split_dateline(body[0].text) if len(body) == 1 else None
    # "中新网赤峰6月28日电 题:…": the wire's title set on the dateline's own line
    return bool(split) and (not split[2] or bool(bylines.WIRE_TITLE.match(split[2])))


def _only_continued_from(block: Block) -> bool:
    """ "(上接第1版)" alone under the title, over the reporters' byline: where the text ran on
    from is no text of its own, so the byline under it opens the text and closes nothing."""
    body = block.body
    if len(body) != 1:
        return False
    m = CONTINUED_FROM.match(body[0].text)
    return bool(m) and not body[0].text[m.end() :].strip()


def _foreign_to_dateline(block: Block, credits: list[Credit]) -> bool:
    """Signed at its top by its dateline's reporters ("鲁网5月5日讯(记者 X)") and closed by a
    byline naming none of them: like a byline's, that foot may sign another, untitled text."""
    dateline = bylines.split_dateline(block.body[0].text) if block.body else None
    top = dateline[1] if dateline else []
    return bool(top) and not _names(top) & _names(credits)


def _names(credits: list[Credit]) -> set[str]:
    return {c.name for c in credits}


def _credited(block: Block, credits: list[Credit]) -> bool:
    """Whether any of these people is already credited on the block, in its dateline too."""
    dateline = bylines.split_dateline(block.body[0].text)
    named = {c.name for c in [*block.credits, *(dateline[1] if dateline else [])]}
    return any(c.name in named for c in credits)


def _same_outlet(block: Block, credit_text: str) -> bool:
    """Whether a picture's credit names the outlet that filed the article: "新华社记者 X 摄"
    under a 新华社 story, "(央广网发 X 摄)" under 央广网南阳(记者 Y)."""
    outlet = bylines.credit_outlet(credit_text)
    if not outlet:
        return False
    dateline = bylines.split_dateline(block.body[0].text)
    filed = [dateline[0] if dateline else "", *(c.role for c in block.credits)]
    return any(text.startswith(outlet) for text in filed)


def _lift_column_labels(blocks: list[Block], labels: list[str], label_max: float) -> None:
    """A label over a column of briefs ("简讯" over several untitled 本报讯 items) heads none of
    them: each brief is its own untitled article and the label is the page's, like a banner."""
    for block, nxt in itertools.pairwise(blocks):
        if len(block.heads) != 1 or not block.has_dateline or nxt.heads or not nxt.has_dateline:
            continue
        label = block.heads[0]
        if label.width <= label_max and label.text.replace(" ", "").endswith(COLUMN_WORDS):
            labels.append(label.text)
            block.heads = []
            block.reasons.append(f"column label at line {label.idx + 1} heads no brief")


def _lead_editors_notes(blocks: list[Block]) -> list[Block]:
    """An editor's note (编者按：……) printed over a title opens the article under it."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        note = above is not None and not above.heads and not above.credits and above.paras
        if note and block.heads and above.paras[0].text.startswith(EDITORS_NOTES):
            block.paras[:0] = above.paras
            block.anchor = above.anchor
            block.reasons.append(f"editor's note from line {above.start + 1} opens it")
            out[-1] = block
        else:
            out.append(block)
    return out


def build_blocks(lines: list[Line], profile: LayoutProfile) -> tuple[list[Block], list[str]]:
    builder = _Builder(lines, profile)
    blocks = _lead_editors_notes(builder.run())
    _lift_column_labels(blocks, builder.labels, profile.column_label_max)
    return blocks, builder.labels

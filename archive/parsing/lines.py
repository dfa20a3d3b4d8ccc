"""Read a page into lines and say what each line is: heading, byline, credit, caption or body.

Decisions here use only the line and its neighbours: width against the column it sits in,
punctuation, markdown markers and blank-line gaps (two or more blank lines mark where a
picture stood). The rules run in the order of RULES at the foot of this module; each label
they give is recorded on the line as a Decision (rule and evidence) for `ingest -v 2`. Their
thresholds come from a LayoutProfile (profile.py), their words from lexicon.py.
"""

import bisect
import itertools
import re
from dataclasses import dataclass, field, replace

from archive.parsing import bylines
from archive.parsing.dates import DATE_LINE, SIGNED_LINE
from archive.parsing.headings import is_genre_label
from archive.parsing.items import Credit
from archive.parsing.labels import Decision, Guess, Label, decide
from archive.parsing.lexicon import (
    ASKING_ENDS,
    BREAK_OFF_ENDS,
    CLAUSE_BREAKS,
    CN_NUMERALS,
    CONTINUED_FROM_WORDS,
    CONTINUED_ON_WORDS,
    CREDIT_BLOCK_HEADS,
    DASH,
    DATE_UNITS,
    DATELINE_ENDS,
    ISSUER_ENDS,
    LEAD_DAYS,
    LEAD_TIMES,
    LINE_START_FORBIDDEN,
    LONE_CLOSERS,
    NOT_PLACE_ENDS,
    NOTICE_WORDS,
    OPENING_QUOTES,
    PHRASE_BREAKS,
    PICTURE_SAYS,
    PICTURE_SOURCES,
    PLACE_ENDS,
    PSA_TAGS,
    RANGE_MARKS,
    RANGE_UNITS,
    SENTENCE_PUNCT,
    SOURCE_WORDS,
    STAFF_ROLES,
    TAKEN_IN_MARKS,
    WEEKDAYS,
    alternatives,
)
from archive.parsing.memo import per_page
from archive.parsing.profile import DEFAULT_PROFILE, LayoutProfile
from archive.parsing.text import (
    CJK,
    SOURCE_LINE,
    ends_terminal,
    has_sentence_punct,
    is_table_row,
    width,
)

HEAD, BYLINE, CREDIT, CAPTION = Label.HEAD, Label.BYLINE, Label.CREDIT, Label.CAPTION
PICTURE, SIGNOFF, FURNITURE, BODY = Label.PICTURE, Label.SIGNOFF, Label.FURNITURE, Label.BODY

# Staff lines, bracketed or not: "责任编辑:王翔", "(编辑 董玲珠 )", and as web copy prints them,
# in lenticular or square brackets, after its error-report button: "【纠错】【责任编辑:钟培培】".
# Or barred or slashed off its names as apps print them ("监制|X Y", "编辑/X"), or the role alone,
# its name set on the line under it (a sign-off stacked in a narrow box).
_FURNITURE = re.compile(
    rf"^(?:【纠错】\s*)?[（(【\[]?{bylines.STAFF_WORD}\s*(?:[:：\s/／{bylines.BARS}]|$)"
)
_STAFF_ALONE = re.compile(rf"^{bylines.STAFF_WORD}\s*[:：{bylines.BARS}]?$")
_NAME_BREAKS = re.compile(r"[\s、，,]+")
_CREDIT_BLOCK = re.compile(rf"^(?:{alternatives(CREDIT_BLOCK_HEADS)})")

# A public-service slogan set between articles and tagged apart: "讲文明 树新风 公益广告";
# "投放公益广告" wrapped inside a sentence is no slogan.
_PSA = re.compile(rf"(?:^|[\s（(【])(?:{alternatives(PSA_TAGS)})[）)】]?$")
_MD = re.compile(r"^(#{1,6})\s+")
_LEADING_PUNCT = re.compile(rf"^[{LINE_START_FORBIDDEN}]+(?=.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PAGE_NO = rf"第?[{CN_NUMERALS}\d]+版"
# The words a running head sets around its page number: the paper's or page's name (吉林·黑土地,
# 【湖湘乡村】), the date and weekday; and what sets them apart.
_HEAD_WORD = (
    r"(?:[^\W\d_]{2,8}(?:\s*·\s*[^\W\d_]{2,8})?|【[^\W\d_]{2,8}】"
    rf"|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|星期[{WEEKDAYS}])"
)
_HEAD_SEP = r"(?:\s*[·|｜丨]\s*|\s+)"
# A page's running head: "2021年11月30日 星期二 第3版 要闻", "湖北日报 … 第5版 综合".
_RUNNING_HEAD = re.compile(
    rf"(?:\d+\s*月\s*\d+\s*日|星期[{WEEKDAYS}]).*第\s*[{CN_NUMERALS}\d]+\s*版"
    rf"|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日.*(?:星期[{WEEKDAYS}]|农历)"
    rf"|^第?\s*[{CN_NUMERALS}\d]+\s*版(?:\s*[:：]?\s*\S{{1,12}})?$"  # 005版:综合·社会
    # 第6版 南疆北疆 2026年8月21日: the page, its label, then its date
    rf"|^第\s*[{CN_NUMERALS}\d]+\s*版(?:\s+[^\W\d_]{{2,8}}(?:·[^\W\d_]{{2,8}})?)?"
    rf"\s+\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日$"
    # 黔山新村 第6版 / 八闽乡村 第5版 村事 / 白山松水 第6版 乡村·振兴: the paper's section, the
    # page, the page's own label
    rf"|^[^\W\d_]{{2,8}}\s+第\s*[{CN_NUMERALS}\d]+\s*版(?:\s+[^\W\d_]{{2,8}}(?:·[^\W\d_]{{2,8}})?)?$"
    # The page and, either side of it, only the page's words and its date, set off by spaces,
    # dots or bars: 天府乡村·第5版, 第3版·县域 2026年3月20日, 第6版 | 2026年7月16日 | 田园
    rf"|^(?:{_HEAD_WORD}{_HEAD_SEP})*第\s*[A-Za-z]?\s*[{CN_NUMERALS}\d]+\s*版(?:{_HEAD_SEP}{_HEAD_WORD})*$"
)


def is_running_head(text: str) -> bool:
    """A page's running head: its date, weekday and page number ("2021年11月30日 星期二 第3版")."""
    # Each of its forms prints 版, or 年 with 星期 or 农历: a cheap reject before the costly search.
    dated = "年" in text and ("星期" in text or "农历" in text)
    return ("版" in text or dated) and bool(_RUNNING_HEAD.search(text))


_SECTION_NAME = re.compile(r"[^\W\d_]{2,6}·[^\W\d_]{2,4}")  # a paper's section: 要闻·综合
_FROM, _ON = alternatives(CONTINUED_FROM_WORDS), alternatives(CONTINUED_ON_WORDS)
CONTINUED_FROM = re.compile(rf"^\s*[（(]\s*((?:{_FROM}){_PAGE_NO})\s*[）)]")
CONTINUED_ON = re.compile(rf"[（(]\s*((?:{_ON}){_PAGE_NO})\s*[）)]\s*$")


@dataclass
class Line:
    idx: int  # 0-based line number in the file
    text: str  # stripped, without markdown markers
    level: int = 0  # markdown heading level, 0 for none
    gap: int = 0  # blank lines before this one
    kind: Label = BODY
    column: float = 0.0  # typical width of the lines around it
    full: bool = False  # runs to the column edge (a paragraph's first line is indented)
    credits: list[Credit] = field(default_factory=list)
    stamp: bool = False  # a day-and-place line opening an article: "9月13日宁海长街镇"
    # The credit as printed when not the whole line: a caption's "新华社记者 鞠焕宗 摄", a
    # byline broken over two lines.
    credit_text: str = ""
    broken_dateline: bool = False  # a dateline run on into the next line: "…2018年 / 5日讯"
    decisions: list[Decision] = field(default_factory=list)  # every label given, the last holds

    @property
    def width(self) -> float:
        return width(self.text)

    @property
    def opens_article(self) -> bool:
        return self.stamp or self.broken_dateline or _opens_by_text(self.text)


@per_page
def _opens_by_text(text: str) -> bool:
    """A dateline, the reporters' bracket, a byline set apart before the lead or "(上接第一版)"
    opening the line."""
    dated = bylines.DATELINE.match(text) or bylines.BRACKET_LEAD.match(text)
    return bool(dated or CONTINUED_FROM.match(text) or split_byline_lead(text))


_SET_APART = re.compile(r"\s{2,}")


def split_byline_lead(text: str) -> tuple[list[Credit], str] | None:
    """ "四川农村日报全媒体记者 苏杭  3月7日上午九点过，…": the reporters' byline, a wide space,
    then the lead, with no dateline: a byline opening a paragraph opens its article, as it
    does on a line of its own. Its credits and the lead's text."""
    parts = _SET_APART.split(text, maxsplit=1)
    if len(parts) < 2 or not has_sentence_punct(parts[1]):
        return None
    credits = bylines.parse_byline_line(parts[0])
    if not credits or all(c.role == "作者" for c in credits):
        return None
    return credits, parts[1]


# A web page's picture, kept as a word where it stood: "[图]", "【图片】". Where it stands the
# page has a picture, as wide a gap in its text as a picture's blank lines.
_PICTURE_MARK = re.compile(r"^[\[【［]\s*(?:图|图片|组图)\s*[\]】］]$")


def is_staff_credit(text: str) -> bool:
    """ "责任编辑：王翔", "(编辑 董玲珠)": the page's staff, named under what they edited."""
    return bool(_FURNITURE.match(text))


def read_lines(text: str, profile: LayoutProfile = DEFAULT_PROFILE) -> list[Line]:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    out: list[Line] = []
    gap = 0
    for idx, raw in enumerate(text.split("\n")):
        stripped = raw.strip().replace("\u3000", " ")
        if not stripped:
            gap += 1
            continue
        if _PICTURE_MARK.match(stripped):
            gap += profile.big_gap  # "[图]": a picture's place, its text lost in the scrape
            continue
        level = 0
        m = _MD.match(stripped)
        if m:
            level, stripped = len(m.group(1)), stripped[m.end() :].strip()
            if not stripped:
                continue
        lead = _LEADING_PUNCT.match(stripped)
        if lead and out and not level and not out[-1].level and gap < profile.big_gap:
            # Punctuation may not start a line; OCR that puts it there split it from its word.
            out[-1].text += lead.group()
            stripped = stripped[lead.end() :].strip()
            if not stripped:
                gap = 0
                continue
        out.append(Line(idx, stripped, level, gap if out else max(gap, 1)))
        gap = 0
    _rejoin_brackets_over_lines(out, profile)
    _rejoin_broken_brackets(out, profile)
    _measure_columns(out, profile)
    _mark_broken_datelines(out, profile)
    _mark_stamps(out)
    _classify(out, profile)
    for line in out:  # each credit keeps the text it was read from, for the archive's citation
        line.credits = [replace(c, printed=_printed_credit(line)) for c in line.credits]
    return out


# The outlet that sent a picture, printed before its bracket: "…散步。新华社发（王小明 摄）".
_SENDER = re.compile(rf"(?:^|(?<=[\s。！？]))(?:{bylines.OUTLET})发$")


def _printed_credit(line: Line) -> str:
    """The credit as printed: the whole line, or a caption's credit with the outlet that sent
    the picture, though the caption keeps that outlet as its own last words."""
    if not line.credit_text:
        return line.text
    sender = _SENDER.search(line.text)
    return ((sender.group() if sender else "") + line.credit_text).strip()


_OPEN_BRACKET_TAIL = re.compile(r"(?<=[。！？”…])\s*[（(][^（）()]*$")


_OPEN_BRACKET_LINE = re.compile(r"^[（(][^（）()]*$")


def _rejoin_broken_brackets(lines: list[Line], p: LayoutProfile) -> None:
    """A closing byline broken over two lines ("…交流。(中国台湾网江门 / 市台办通讯员 谭桂平
    李燕玲)") is read as one bracket on the second line, so every name in it counts once. A
    bracket opening a line of its own ("(来源:长春日报 记者 张 / 鑫多)") takes its close in."""
    for a, b in itertools.pairwise(lines):
        m = _OPEN_BRACKET_TAIL.search(a.text)
        if not m or a.level or b.level or b.gap >= p.big_gap or not b.text.endswith(("）", ")")):
            continue
        for tail in (m.group().strip() + b.text, f"{m.group().strip()} {b.text}"):
            if m.start() > 0 and bylines.parse_bracketed_byline(tail):
                a.text, b.text = a.text[: m.start()].rstrip(), tail
                break
    for k in reversed(range(1, len(lines) - 1)):
        a, b = lines[k], lines[k + 1]
        if _closes_broken_bracket_line(lines[k - 1], a, b, p):
            a.text += b.text
            del lines[k + 1]


def _rejoin_brackets_over_lines(lines: list[Line], p: LayoutProfile) -> None:
    """A narrow column breaks a closing byline over three lines or more, inside its names
    ("…强了。”(东南网 / 莆田记者 陈淑霞 实习记者 刘博 / 文)"): the bracket is read whole on
    the line after the text it closes, as when it breaks over two (_rejoin_broken_brackets)."""
    for k in reversed(range(len(lines))):
        a = lines[k]
        tail = _OPEN_BRACKET_TAIL.search(a.text)
        opens = k and _OPEN_BRACKET_LINE.match(a.text) and ends_terminal(lines[k - 1].text)
        if a.level or not (opens or (tail and tail.start() > 0)):
            continue
        end = _bracket_close(lines, k, p)
        if end is None:
            continue
        start = 0 if opens else tail.start()
        pieces = [a.text[start:].strip(), *(ln.text for ln in lines[k + 1 : end + 1])]
        joined = next(
            (j for j in ("".join(pieces), " ".join(pieces)) if bylines.parse_bracketed_byline(j)),
            None,
        )
        if joined is None:
            continue
        if opens:
            a.text = joined
            del lines[k + 1 : end + 1]
        else:
            a.text, lines[k + 1].text = a.text[:start].rstrip(), joined
            del lines[k + 2 : end + 1]


def _bracket_close(lines: list[Line], k: int, p: LayoutProfile) -> int | None:
    """The line two or more under line k that closes the bracket it opens, set close with no
    bracket of their own between."""
    for j in range(k + 1, min(k + 1 + p.bracket_reach_lines, len(lines))):
        line = lines[j]
        if line.level or line.gap >= p.big_gap or any(c in line.text for c in "（("):
            return None
        if any(c in line.text for c in "）)"):
            return j if j >= k + 2 and line.text.endswith(("）", ")")) else None
    return None


def _closes_broken_bracket_line(above: Line, a: Line, b: Line, p: LayoutProfile) -> bool:
    """A line that only opens a bracket, after a finished paragraph, and the next line that
    closes it, together a closing byline."""
    if a.level or b.level or b.gap >= p.big_gap or not _OPEN_BRACKET_LINE.match(a.text):
        return False
    if not b.text.endswith(("）", ")")) or not ends_terminal(above.text):
        return False
    return bool(bylines.parse_bracketed_byline(a.text + b.text))


def _measure_columns(lines: list[Line], p: LayoutProfile) -> None:
    """Column width around each line: a high percentile of its neighbours that read as text
    (with sentence punctuation), so headings and bylines do not narrow the column."""
    widths = [ln.width if has_sentence_punct(ln.text) and not ln.level else 0.0 for ln in lines]
    reach = p.column_reach
    for i, line in enumerate(lines):
        # The window sorted in C; the widths too narrow to count are all at its front.
        near = sorted(widths[max(0, i - reach) : i + reach + 1])
        near = near[bisect.bisect_left(near, p.column_min_text) :]
        at = min(len(near) - 1, int(len(near) * p.column_percentile))
        own = line.width
        line.column = near[at] if near else own
        line.full = own >= line.column - p.full_slack


def _mark_broken_datelines(lines: list[Line], p: LayoutProfile) -> None:
    """A dateline the column broke in two ("深圳特区报2018年11月26 / 日讯 2014年…") opens its
    article as it would on one line."""
    for line, nxt in itertools.pairwise(lines):
        if line.level or nxt.level or nxt.gap >= p.big_gap or has_sentence_punct(line.text):
            continue
        tail = nxt.text[: p.dateline_tail_reach]
        if not any(ch in tail for ch in DATELINE_ENDS) or bylines.DATELINE.match(nxt.text):
            continue  # a title over a dateline of its own
        m = bylines.DATELINE.match(line.text + nxt.text)
        line.broken_dateline = bool(m) and m.end("dateline") > len(line.text)


def _mark_stamps(lines: list[Line]) -> None:
    """A stamp under a title or byline, or after a finished paragraph; after a full line of
    text, the same words carry a sentence on (a byline as wide as the column is no text)."""
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        if bylines.STAMP.match(line.text):
            after_text = prev is not None and not prev.level and prev.full
            after_text = after_text and not bylines.parse_byline_line(prev.text)
            line.stamp = not after_text or _ends_paragraph(prev.text)


def _classify(lines: list[Line], profile: LayoutProfile) -> None:
    """Run the rules in their order; each may relabel what the ones before it decided."""
    for rule in RULES:
        rule(lines, profile)


def own_kind(lines: list[Line], p: LayoutProfile) -> None:
    """Every line gets its first label here; the later rules only relabel."""
    for line in lines:
        label, why = _own_label(line, p)
        decide(line, label, "own_kind", why)


def page_dates(lines: list[Line], p: LayoutProfile) -> None:
    """A date alone at the top of the page, under nothing but the page's own lines (its
    running head, its banner), is the page's date as its masthead prints it ("2023年3月2日"),
    not the sign-off of an article no text has opened yet."""
    for i, line in enumerate(lines[: p.page_top]):
        if line.kind != SIGNOFF or line.credits or not DATE_LINE.match(line.text):
            continue
        if all(ln.kind == FURNITURE or ln.level == 1 for ln in lines[:i]):
            decide(line, FURNITURE, "page_dates", "a date alone under the page's own lines")


# A minority name, its parts joined by a middle dot: "阿依古丽·买买提".
_DOTTED_NAME = re.compile(rf"[{CJK}]{{1,6}}[·•][{CJK}]{{1,8}}")


def signoffs(lines: list[Line], p: LayoutProfile) -> None:
    for i, line in enumerate(lines):
        if line.kind == BODY and SIGNED_LINE.match(line.text) and _after_paragraph(lines, i):
            decide(line, SIGNOFF, "signoffs", "a signed date line after a finished paragraph")
        if line.kind == BODY and _closing_dotted_name(lines, i, p):
            decide(line, BYLINE, "signoffs", "a dotted name alone after a finished paragraph")
            line.credits = [Credit(line.text.strip(), "作者", bylines.BARE_TAIL)]
        signature = line.kind == BODY and bylines.parse_signature(line.text)
        if signature and _after_paragraph(lines, i) and not is_genre_label(line.text):
            decide(line, SIGNOFF, "signoffs", "a writer's signature after a finished paragraph")
            line.credits = signature


def _closing_dotted_name(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A minority name alone on its line ("阿尔达克·拜斯汗"), straight after a finished
    paragraph and set a picture's gap above the next line: the writer signing off, as a bare
    name closes a text. The dot joins a person's names; no title or place is printed so.
    Straight over more text it may head a profile."""
    nxt = next_line(lines, i)
    apart = nxt is None or nxt.gap >= p.big_gap
    return (
        apart and bool(_DOTTED_NAME.fullmatch(lines[i].text.strip())) and _after_paragraph(lines, i)
    )


def stacked_signoffs(lines: list[Line], p: LayoutProfile) -> None:
    """A sign-off stacked one field a line, each role over its names ("编辑 / 谢静 / 责编 /
    X"): the names under a staff role alone on its line are the staff's, furniture like the
    role, never a byline under a title."""
    for i, line in enumerate(lines[:-1]):
        if line.kind != FURNITURE or not _STAFF_ALONE.match(line.text.strip()):
            continue
        nxt = lines[i + 1]
        names = [n for n in _NAME_BREAKS.split(nxt.text) if n]
        short = nxt.kind in (BODY, HEAD) and nxt.width <= p.furniture_max_width
        # each with its surname: a short title may stand under the role ("编辑 / 春耕")
        if short and names and all(bylines.looks_like_name(n) for n in names):
            decide(nxt, FURNITURE, "stacked_signoffs", f"the names under {line.text.strip()}")


def headings(lines: list[Line], p: LayoutProfile) -> None:
    for i, line in enumerate(lines):
        if line.kind == BODY and (why := _why_heading(lines, i, p)):
            decide(line, HEAD, "headings", why)


# A column's name, a bar, then the headline, as web copy sets its titles: "藏地新声丨茶香氤氲
# “莲花秘境”", "第29期|红枫古道穿村过,一方热土故事多;垟尾礼堂高大上,村民乐享新生活".
def bar_titles(lines: list[Line], p: LayoutProfile) -> None:
    """A column's name and a bar before a phrase (column_bar_title), or the name in lenticular
    brackets (column_tag_title), under finished text or a picture's gap, over text, is a title
    however the phrase is punctuated: no sentence opens on a name and a bar."""
    for i, line in enumerate(lines):
        if line.kind != BODY:
            continue
        name, headline = column_bar_title(line.text), line.text
        if not name:
            name, headline = column_tag_title(line.text)
        if not name or width(headline) > p.title_max_width or line.text[-1] in BREAK_OFF_ENDS:
            continue
        apart = line.gap >= p.big_gap or _after_paragraph(lines, i) or i == 0
        nxt = next_line(lines, i)
        if apart and _heads_text(nxt, p) and not _FORM_FIELD.match(nxt.text):
            decide(line, HEAD, "bar_titles", f"a column's name set off its headline: {name}")


def asking_titles(lines: list[Line], p: LayoutProfile) -> None:
    for i in reversed(range(len(lines))):  # from the foot: the line under it is decided
        if _is_asking_title(lines, i, p):
            decide(lines[i], HEAD, "asking_titles", "short, ends ？/！, over its text or a picture")


_PICTURE_SAYS = re.compile(rf"(?:^|[。！？!?])\s*(?:{alternatives(PICTURE_SAYS)})")


def captions_under_titles(lines: list[Line], p: LayoutProfile) -> None:
    """A finished sentence saying what the picture shows ("…产业园。图为村民在晾晒柿饼。")
    straight between a title and its byline is the caption of the picture set there: the
    byline under it opens the text below, it closes nothing."""
    for i in range(1, len(lines) - 1):
        line, prev, nxt = lines[i], lines[i - 1], lines[i + 1]
        if line.kind != BODY or prev.kind != HEAD or nxt.kind != BYLINE or line.opens_article:
            continue
        if nxt.gap >= p.big_gap or line.width > p.captioned_max_width:
            continue
        if ends_terminal(line.text) and _PICTURE_SAYS.search(line.text):
            why = f"says what the picture shows, between the title and byline at line {nxt.idx + 1}"
            decide(line, CAPTION, "captions_under_titles", why)


def markdown_title_sets(lines: list[Line], p: LayoutProfile) -> None:
    for i, line in enumerate(lines):
        if line.level == 2:
            _mark_kicker_before(lines, i, p)
            _mark_subtitle_after(lines, i, p)


def issuers_over_dates(lines: list[Line], p: LayoutProfile) -> None:
    """ "哈尔滨市卫健委 / 2021年11月7日": an issuer and date close the piece, no heading. A
    source line dated as a web page's header ("2023年10月8日 09:30 来源:X") is under a title."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        dated = nxt.kind == SIGNOFF and not SOURCE_LINE.match(nxt.text)
        if dated and nxt.gap == 0 and line.kind == HEAD:
            decide(line, SIGNOFF, "issuers_over_dates", "straight over a sign-off's date")


_NOTICE = re.compile(rf"(?:{alternatives(NOTICE_WORDS)})$")
_ISSUER = re.compile(rf"(?:{alternatives(ISSUER_ENDS)})$")


def page_labels(lines: list[Line], p: LayoutProfile) -> None:
    """Beside the running head at the top of a page, a short line is the page's section label
    (湖南新闻, 桂黔视野, 浙江新闻·地方), not the first article's title."""
    top = lines[: p.page_top]
    heads = [
        i for i, ln in enumerate(top) if ln.kind == FURNITURE and _RUNNING_HEAD.search(ln.text)
    ]
    beside = {j for i in heads for j in (i - 1, i + 1) if 0 <= j < len(top)}
    if top and _SECTION_NAME.fullmatch(top[0].text):
        beside.add(0)  # "浙江新闻·地方" heading the page, with no running head printed
    for j in sorted(beside):
        near = top[j]
        if near.kind != BODY or near.level or near.gap >= p.big_gap:
            continue
        after = lines[j + 1] if j + 1 < len(lines) else None
        if after is not None and (after.opens_article or after.kind == BYLINE):
            continue  # a title over 本报讯 or a byline
        if near.width <= p.section_label_max and not has_sentence_punct(near.text):
            why = f"beside the running head, width {near.width:g} <= {p.section_label_max:g}"
            decide(near, FURNITURE, "page_labels", why)


def pictures(lines: list[Line], p: LayoutProfile) -> None:
    """A caption ending in its credit, with a picture's gap or a heading on both sides, is a
    photo item of its own however long it runs: "4月6日,播种机在棉田里播种棉花。 □蔡增乐摄".
    So is each of a run of credited captions set so (each credit ends its picture, as a gap
    would), however close a narrow page sets them."""
    for i, line in enumerate(lines):
        if line.kind not in (BODY, CAPTION) or line.opens_article:
            continue
        first, last = _caption_run(lines, i, p)
        prev, nxt = (lines[first - 1] if first else None), next_line(lines, last)
        above = prev is None or prev.kind in (HEAD, FURNITURE) or lines[first].gap >= p.big_gap
        below = nxt is None or nxt.kind in (HEAD, FURNITURE) or nxt.gap >= p.big_gap
        if not (above and below):
            continue  # the costlier reading of the line above only for a line set apart
        if prev is None or prev.kind != BODY or _ends_paragraph(prev.text):
            caption, credits = (line.text, line.credits) if line.kind == CAPTION else ("", [])
            if not credits:
                caption, credits = _caption_and_credit(line.text)
                line.credit_text = line.text[len(caption) :] or line.credit_text
            if credits:
                why = "ends in a photo credit, a picture's gap or a heading on both sides"
                decide(line, PICTURE, "pictures", why)
                line.text, line.credits = caption, credits


def _caption_run(lines: list[Line], i: int, p: LayoutProfile) -> tuple[int, int]:
    """The first and last index of the credited captions set in a run with line i, no
    picture's gap between them (i alone when it is none)."""

    def credited(j: int) -> bool:
        return lines[j].kind in (CAPTION, PICTURE) and bool(lines[j].credits)

    if not credited(i):
        return i, i
    first, last = i, i
    while first and lines[first].gap < p.big_gap and credited(first - 1):
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].gap < p.big_gap and credited(last + 1):
        last += 1
    return first, last


def _caption_and_credit(text: str) -> tuple[str, list[Credit]]:
    """A caption's credit as printed after it, or a name in brackets closing it: "市民代表正在
    采访。(冯建君)" alone between a picture's gaps names the one who took it."""
    caption, credits = bylines.split_inline_credit(text)
    return (caption, credits) if credits else bylines.split_bracketed_name(text)


def bare_names(lines: list[Line], p: LayoutProfile) -> None:
    """A name alone between a title and its text is the author's byline: "九龙人看九龙镇 /
    刘琼 / 三山两槽中…", or under a title printed at the foot of the page, its text above.
    So are two or three spaced apart ("刘琼 张明"). Only 2-3 character names with a common
    surname count."""
    for i in range(1, len(lines)):
        line, prev, nxt = lines[i], lines[i - 1], next_line(lines, i)
        if line.kind not in (BODY, HEAD) or line.level:
            continue
        if nxt is not None and nxt.kind not in (BODY, HEAD) and nxt.kind != FURNITURE:
            continue
        titled = prev.kind == HEAD or (
            prev.kind == BODY
            and prev.width <= p.name_title_max
            and not has_sentence_punct(prev.text)
        )
        if not titled or ends_terminal(prev.text):
            continue
        spaced = line.gap >= p.big_gap or (
            nxt is not None and nxt.kind != FURNITURE and nxt.gap >= p.big_gap
        )
        names = _bare_names_of(line.text, p)
        if names and not spaced:
            decide(line, BYLINE, "bare_names", f"names alone under a title: {' '.join(names)}")
            line.credits = [Credit(name, "作者", bylines.BARE_NAME) for name in names]


def _bare_names_of(text: str, p: LayoutProfile) -> list[str]:
    """One name, OCR's spaces inside it dropped ("刘 琼"), or two or three set apart by spaces
    ("刘琼 张明"), as a piece by several writers is signed under its title; or a team's
    names, listed or set solid (bylines.listed_names)."""
    if listed := bylines.listed_names(text):
        return listed
    tokens = text.split()
    if not 2 <= len(tokens) <= p.bare_names_max or any(len(t) < p.name_min_chars for t in tokens):
        tokens = [text.replace(" ", "")]
    for name in tokens:
        named = p.name_min_chars <= len(name) <= p.name_max_chars
        if not named or name[-1] in PLACE_ENDS or bylines.is_outlet(name):
            return []
        if not bylines.looks_like_name(name):
            return []
    return tokens


def issuers(lines: list[Line], p: LayoutProfile) -> None:
    """Under a notice's title, a body's name after the last paragraph is its sign-off, not the
    next article's heading: "通河县新冠肺炎疫情防控指挥部"."""
    title = ""
    for i, line in enumerate(lines):
        if line.kind != HEAD:
            continue
        issuer = _ISSUER.search(line.text) and _after_paragraph(lines, i)
        issuer = issuer and line.width <= p.issuer_max_width
        if issuer and _NOTICE.search(title) and not has_sentence_punct(line.text):
            decide(line, SIGNOFF, "issuers", f"an issuing body after a notice's text: {title}")
        else:
            title = line.text


# One character, then the mark that lists the next name: the end of a name broken at the edge.
_NAME_TAIL_THEN_LIST = re.compile(rf"^[{CJK}][、，,]\s*[{CJK}]")


def broken_bylines(lines: list[Line], p: LayoutProfile) -> None:
    """A byline broken over lines is read whole: "李林 / 晅" is one name, and "□X Y / 本报记者 Z"
    makes X and Y correspondents as it would on one line. A line read as the rest of the one
    above opens no byline of its own: its names are credited once."""
    rest = None
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if line is rest or line.kind not in (BYLINE, BODY) or nxt.gap >= p.big_gap:
            continue
        if line.kind == BODY == nxt.kind and _role_broken_off(line, nxt):
            continue
        broken = nxt.width <= p.byline_tail_max and line.width <= p.byline_part_max
        # "新华社记者 X、Y、吴慧 / 珺、陈尚营": a name's last character opens the next line, the
        # list running on after it
        broken = broken or (line.kind == BYLINE and bool(_NAME_TAIL_THEN_LIST.match(nxt.text)))
        if nxt.kind == BODY and broken:
            joined = bylines.parse_byline_line(line.text + nxt.text)
        elif nxt.kind == BYLINE and line.kind == BYLINE:
            joined = bylines.parse_byline_line(f"{line.text} {nxt.text}")
        elif line.kind == BYLINE and nxt.kind == BODY and bylines.ENDS_WITH_ROLE.search(line.text):
            # "本报记者 张三 李四 通讯员 / 王五 赵六": the role's names on the next line
            joined = bylines.parse_byline_line(f"{line.text} {nxt.text}")
        elif _closing_role_over_name(line, nxt, p):
            # "沈阳晚报主任记者 / 张三": a narrow column's closing credit, its name wrapped
            joined = bylines.parse_byline_line(f"{line.text} {nxt.text}")
        else:
            continue
        if joined:
            decide(line, BYLINE, "broken_bylines", "a byline read whole with the next line")
            decide(nxt, BYLINE, "broken_bylines", "the rest of the byline above")
            line.credits, nxt.credits, rest = joined, [], nxt
            line.credit_text = f"{line.text} {nxt.text}"


# The first characters of a role word after a paragraph's last stop: "…快速迈进。记".
_ROLE_HEAD_AT_END = re.compile(rf"(?<=[。！？”])[{CJK}]{{1,4}}$")
_ROLE_HEADS = frozenset(r[:k] for r in bylines.ROLES for k in range(1, len(r)))


def _role_broken_off(line: Line, nxt: Line) -> bool:
    """A closing byline broken at a narrow column's edge inside its role word ("…快速迈进。记 /
    者 王 斌 邓 蕾 文/图"): the next line is the byline, the role's first characters moved onto
    it; the paragraph above ends on its stop."""
    m = _ROLE_HEAD_AT_END.search(line.text)
    if not m or m.group() not in _ROLE_HEADS:
        return False
    printed = m.group() + nxt.text
    credits = bylines.parse_byline_line(printed)
    if not credits:
        return False
    line.text = line.text[: m.start()]
    decide(nxt, BYLINE, "broken_bylines", "a closing byline, its role broken off the line above")
    nxt.credits, nxt.credit_text = credits, printed
    return True


def _closing_role_over_name(line: Line, nxt: Line, p: LayoutProfile) -> bool:
    """An unpunctuated body line ending in a role word over a bare name: one credit wrapped."""
    return (
        line.kind == BODY == nxt.kind
        and bool(bylines.ENDS_WITH_ROLE.search(line.text))
        and not has_sentence_punct(line.text)
        and p.name_min_chars <= len(nxt.text) <= p.name_max_chars + 1
    )


def _own_label(line: Line, p: LayoutProfile) -> tuple[Label, str]:
    """The line read alone; the rules after it look at its neighbours."""
    text = line.text
    if line.level:
        return HEAD, f"markdown level {line.level}"
    source = SOURCE_LINE.match(text)
    headed = source or _CREDIT_BLOCK.match(text)
    credits = headed and (bylines.parse_byline_line(text) or bylines.parse_bracketed_byline(text))
    if credits:  # "来源: 北方网 作者:X 摄影Y", "(来源:长春日报 记者 X)", "策划:X 文字:Y"
        line.credits = credits
        why = "a source line or credit block with roles and names: "
        return BYLINE, why + " ".join(c.name for c in credits)
    if DATE_LINE.match(text) or source:
        line.credits += _source_credits(text)
        return SIGNOFF, "a date or source line"
    if line.width <= p.furniture_max_width and _is_furniture(text):
        why = f"staff credit, running head or slogan, width {line.width:g}"
        return FURNITURE, f"{why} <= {p.furniture_max_width:g}"
    if bylines.is_boxed_label(text):
        return HEAD, "a boxed column label (■简讯), never a byline"
    # "图木舒克讯通讯员王亚明 报道": a report's credit after its dateline heads the report
    dated_report = text.rstrip(")）").endswith("报道") and line.opens_article
    credits = None if dated_report else bylines.parse_credit_line(text)
    if credits:
        line.credits = credits
        return CREDIT, "a photo credit line"
    credits = bylines.parse_byline_line(text) or bylines.parse_bracketed_byline(text)
    if credits and _credits_pictures_only(text, credits):
        line.credits = credits
        return CREDIT, "a photographer's credit: " + " ".join(c.name for c in credits)
    if credits:
        line.credits = credits
        return BYLINE, "roles and names: " + " ".join(c.name for c in credits)
    if bylines.is_bare_role(text):
        return BYLINE, "a role naming no one"
    caption, credits = bylines.split_inline_credit(text)
    if not credits:
        caption, credits = _role_first_credit(text)
    if credits and line.width <= p.captioned_max_width:
        why = f"ends in a photo credit, width {line.width:g} <= {p.captioned_max_width:g}"
        line.text, line.credits, line.credit_text = caption, credits, text[len(caption) :]
        return CAPTION, why
    supplied = bylines.supplied_picture(text)
    if supplied and supplied.start() == 0:
        line.credit_text = text
        return CREDIT, "a picture supplied by a body, crediting no one"
    if supplied and line.width <= p.captioned_max_width:
        why = f"ends in a picture supplied by a body, width {line.width:g}"
        line.text, line.credit_text = text[: supplied.start()], supplied.group().strip()
        return CAPTION, f"{why} <= {p.captioned_max_width:g}"
    alone = line.gap >= p.big_gap and text.endswith("。") and not line.opens_article
    if alone and line.width <= p.gap_caption_max_width:
        return CAPTION, f"{line.gap} blank lines above, ends 。, width {line.width:g}"
    return BODY, "text: no label of its own"


# A caption's photographer named role first after it, set off by a space or a bracket:
# "延边花卉产业园 摄影 杨婷婷", "…启动仪式(摄影 张雅洁)"; two or three names may follow.
_ROLE_FIRST_CREDIT = re.compile(
    rf"(?:\s+|(?=[（(]))(?P<credit>[（(]?摄影\s*[:：/／]?\s*[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}}){{0,2}}[）)]?)$"
)


def _role_first_credit(text: str) -> tuple[str, list[Credit]]:
    """A caption with no stop, its photographer credited role first after a space or in a
    bracket ("延边花卉产业园 摄影 杨婷婷"), as papers print a picture's credit under it:
    the caption and the credit, or the text and none."""
    m = _ROLE_FIRST_CREDIT.search(text) if "摄影" in text else None
    credit = m.group("credit") if m else ""
    opened, closed = credit[:1] in "（(", credit[-1:] in "）)"
    if m is None or m.start() < 4 or opened != closed:
        return text, []
    credits = bylines.parse_credit_line(credit.strip("（()）"))
    return (text[: m.start()].rstrip(), credits) if credits else (text, [])


def _credits_pictures_only(text: str, credits: list[Credit]) -> bool:
    """A line naming only photographers ("摄影/刘有志") credits a picture, however its role and
    names are set off: a photo credit, not a byline opening text. Those who wrote the text
    they shot ("文/摄影 X", "摄影报道") sign it as its byline."""
    return all(c.role == "摄影" for c in credits) and not _WROTE_TOO.search(text)


_WROTE_TOO = re.compile("文|报道")


def _is_furniture(text: str) -> bool:
    """A staff credit, the running head or a slogan tagged apart ("讲文明 树新风 公益广告")."""
    slogan = _PSA.search(text) and not has_sentence_punct(text)
    return bool(_FURNITURE.match(text) or is_running_head(text) or slogan)


def _source_credits(text: str) -> list[Credit]:
    """The reporters a source line names after a bar ("来源:北京日报客户端 | 记者 孙延安") or in
    a bracket at its end ("来源:中国日报河南记者站(记者 向明超 通讯员 陈柏松)")."""
    credits: list[Credit] = []
    for part in re.split(r"\s*[|｜丨]\s*", text)[1:]:
        credits += bylines.parse_byline_line(part) or []
    bracket = bylines.TRAILING.search(text)
    if bracket and bracket.start() > 0:
        credits += bylines.parse_bracketed_byline(bracket.group()) or []
    return credits


def next_line(lines: list[Line], i: int) -> Line | None:
    return lines[i + 1] if i + 1 < len(lines) else None


def _why_heading(lines: list[Line], i: int, p: LayoutProfile) -> str:
    """Why a body line is a heading, or "" when it is not."""
    line = lines[i]
    nxt = next_line(lines, i)
    before_byline = nxt is not None and nxt.kind in (BYLINE, CREDIT)
    prev = lines[i - 1] if i else None
    if prev is not None and prev.kind == HEAD and _title_broken_at_comma(lines, i, p):
        return "a title's first half, broken at its comma, under a heading"
    if _place_broken_at_colon(lines, i, p):
        return "a place and its colon, the rest of its title set straight under it"
    if ends_terminal(_untagged(line.text)) or line.opens_article:
        return ""
    if CONTINUED_ON.fullmatch(line.text) or all(ch in LONE_CLOSERS for ch in line.text):
        return ""  # a closing ” broken onto a line of its own ends the paragraph above
    if is_table_row(line.text) or _breaks_a_range(line.text) or _BOXED_BYLINE.match(line.text):
        return ""
    # Read only for a line none of the cheap tests above has ruled out.
    finished = prev is None or prev.kind != BODY or _ends_paragraph(prev.text)
    if _titles_its_source(lines, i, p, finished or line.gap >= p.big_gap):
        return "over its source line (来源:X), as over a byline"
    widest = p.over_byline_title_max if before_byline else p.title_max_width
    if line.width > widest:
        return ""
    if before_byline and _caption_over_photographer(line, nxt, p):
        return ""
    if before_byline:
        return f"width {line.width:g} <= {widest:g}, over a byline or credit"  # whatever is above
    if nxt is not None and nxt.opens_article and nxt.gap < p.big_gap and finished:
        return "over a dateline, after a finished paragraph"
    if opens_a_sentence(line.text):
        return ""  # "9月23日迎来秋分节气,第五个…": a lead's first words, however short the line
    if prev is not None and finished and nxt is not None and _titles_a_lead(line, nxt, p):
        return "titles a lead that opens with its day"
    if finished and place_colon_title(line.text) and (_sticks_out(line, p) or _heads_text(nxt, p)):
        return "place：title over its text"  # "綦江:收获在希望的田野"
    if finished and place_colon_title(line.text) and nxt is not None and nxt.gap >= p.big_gap:
        return "place：title over a picture's gap"  # "沧州:小街巷积水难治" over its photo
    if _titles_its_picture(lines, i, p):
        return "a short phrase a picture's gap under finished text, over the picture's caption"
    narrow_run = _in_a_narrow_run(lines, i, p)
    wide_page_head = _short_on_a_wide_page(line, p) and not narrow_run
    wide_page_head = wide_page_head and not _runs_on_at_its_measure(lines, i, p)
    if finished and wide_page_head and nxt is not None and nxt.gap < p.big_gap:
        # "山东“菜篮子”,稳稳的爱" over a page whose paragraphs are one line each
        return f"short on a wide page: width {line.width:g}, column {line.column:g}"
    # Punctuated: unpunctuated, its width alone makes it a heading (a guess, below).
    apart = has_sentence_punct(line.text) and _set_apart_both_sides(line, nxt, p)
    if apart and wide_page_head and _after_paragraph(lines, i):
        return "short on a wide page, a picture's gap above and below, a comma at most"
    if finished and _heads_text(nxt, p) and _sticks_out(line, p):
        # "旧装换新颜!南沙3社区上榜广州市容貌社区" over a narrow column's text
        return f"under a finished paragraph, width {line.width:g} sticks out of a narrow column"
    closing = prev is not None and prev.kind in (BYLINE, CREDIT) and _after_paragraph(lines, i - 1)
    if closing and _short_phrase_title(line, p) and _heads_text(nxt, p):
        return "a short phrase under a closing byline or credit, over its text"
    if finished and _set_apart_short_of_the_edge(lines, i, p):
        return f"a picture's gap under finished text, width {line.width:g} short of its column"
    if has_sentence_punct(line.text) and _punctuated_page_opener(lines, i, p):
        return "the page's first line under its furniture, short of its text, one comma at most"
    subtitled = nxt is not None and nxt.text.startswith(DASH) and nxt.gap < p.big_gap
    if has_sentence_punct(line.text) and not subtitled:
        return ""
    if _opens_the_page(lines, i, p):
        return "the page's first unpunctuated line under its furniture, over text"
    if finished and _heads_a_narrow_column(lines, i, p):
        return "set apart under wide text, over a narrow column's run"
    if finished and _set_apart_over_a_wider_measure(lines, i, p):
        return "a picture's gap under finished text, over text set several times as wide"
    if prev is not None and prev.kind == HEAD and line.gap == 0:
        runs_on = "runs on from the heading line above"
        return Guess(runs_on) if prev.decisions[-1].guess else runs_on
    closed_above = prev is not None and prev.kind in (BYLINE, CREDIT)
    if closed_above and nxt is not None and nxt.gap >= p.big_gap and line.gap < p.big_gap:
        return "under a closing credit, over a picture's gap"
    if prev is not None and prev.kind == BODY and not _ends_paragraph(prev.text):
        # mid-sentence: the line continues a paragraph, unless the paragraph was cut off (its
        # rest set elsewhere: a wide page's whole line, or a narrow line short of the edge)
        # and a new title stands over the next 本报讯
        cut_off = prev.column > p.narrow_column or not prev.full
        if cut_off and _titles_an_opener(lines, i, p):
            return "under a paragraph cut off, a title set over an opener"
        if cut_off and _set_apart_over_a_wider_measure(lines, i, p):
            return "a picture's gap under a paragraph cut off, over text set far wider"
        return ""
    if nxt is not None and nxt.text.startswith(DASH) and nxt.width <= p.title_max_width:
        return "over its —— subtitle"
    if nxt is not None and nxt.opens_article:
        return "after a finished paragraph, over a dateline"
    tall_below = nxt is not None and nxt.gap < p.big_gap and _sticks_out(nxt, p)
    if tall_below and not has_sentence_punct(nxt.text):
        return "over a heading line wider than the column"
    # Shorter than the column, or wider than a narrow column's text ever runs: a title.
    # Width alone vouches for these: guesses, which the item's doubts name (page.py).
    if line.width <= line.column - p.title_short_by and not narrow_run:
        return Guess(f"width {line.width:g} <= column {line.column:g} - {p.title_short_by:g}")
    if _sticks_out(line, p):
        return Guess(f"width {line.width:g} sticks out of a narrow column {line.column:g}")
    if nxt is not None and nxt.gap == 0:
        return Guess("unpunctuated, set straight over the next line")
    return ""


# A byline's shape, its names read or not: a box, the outlet, a role word, then a name set
# apart ("□四川在线记者 曾小清 袁城霖刘付诗晨"); a boxed column label ("■记者走基层") names no one.
_BOXED_BYLINE = re.compile(
    rf"^[□■◇◆]\s*[{CJK}A-Za-z·]{{0,12}}?(?:{bylines.ROLE_RE})\s+[{CJK}]{{2}}"
)


def _titles_its_source(lines: list[Line], i: int, p: LayoutProfile, apart: bool) -> bool:
    """Web copy names where a piece comes from straight under its title ("来源:天山网",
    "2019-09-24 08:11:00 来源: 威海日报"), as a byline stands there: line i, set close over
    such a source line, is the piece's title. With text or a captioned picture straight under
    the source, the source opens that text, and line i may run as wide as a title over a
    byline. With a gap or a heading under it, the source may as well close the article above
    (its text ending on line i): line i titles it only as a short phrase, a comma at most
    ("丰收季,新疆多地采收忙", "山亭万庄:“鲁南报春花”再绽放"), set apart from the text above
    (finished, or a picture's gap). "图片来源:X" under a caption sources the picture."""
    line, source = lines[i], next_line(lines, i)
    if source is None or source.gap >= p.big_gap or not _stamps_a_page(source):
        return False
    under = next_line(lines, i + 1)
    if under is not None and (
        under.kind == PICTURE or (under.kind == BODY and under.gap < p.big_gap)
    ):
        return line.width <= p.over_byline_title_max
    return apart and (_short_phrase_title(line, p) or place_colon_title(line.text))


def _stamps_a_page(line: Line) -> bool:
    """A web page's source or posting time, set under its title as a byline is ("来源:X",
    "2022-11-11 09:39"); a picture's source ("图片来源:X") credits the picture."""
    return (
        line.kind == SIGNOFF
        and bool(SOURCE_LINE.match(line.text))
        and not line.text.startswith(PICTURE_SOURCES)
    )


def _titles_its_picture(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A picture's gap under finished text, then a short phrase, a comma at most, then a
    caption signed by its photographer straight under it ("拉萨:迎接“双新年”" over "…吉祥装饰。
    新华社记者 X 摄"): the phrase titles the picture and what it shows. A paragraph's line after
    a picture runs on into its text, and a caption's own first line runs at its measure."""
    line, nxt = lines[i], next_line(lines, i)
    if nxt is None or nxt.kind != CAPTION or nxt.gap >= p.big_gap or line.gap < p.big_gap:
        return False
    return _short_phrase_title(line, p) or place_colon_title(line.text)


def _caption_over_photographer(line: Line, nxt: Line, p: LayoutProfile) -> bool:
    """ "沘江绕村而过,在云龙县形成了天然的“太极”景观,下游不远处即是县城 / 摄影/刘有志": a
    sentence run on over two commas, over the one who took the picture, is its caption; a
    title over a photographer carries one comma at most."""
    clauses = sum(line.text.count(c) for c in CLAUSE_BREAKS)
    shot = bool(nxt.credits) and all(c.role == "摄影" for c in nxt.credits)
    return shot and clauses >= p.title_set_sentence_commas


# A news lead opens with its day: "12日，", "3月5日，", "近日，", "今年以来，".
# The date may carry its year and the hour: "2023年12月30日16点，", "5日上午9时30分，".
LEAD_OPENING = re.compile(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月)?\d{{1,2}}日(?:{alternatives(LEAD_TIMES)})?"
    rf"(?:\d{{1,2}}[点时](?:\d{{1,2}}分|半)?)?[，,]"
    rf"|^(?:{alternatives(LEAD_DAYS)})[，,]"
)
_PLACE_COLON = re.compile(r"^[^\W\d_]{2,7}[：:](?=\S)")  # "鞍山：奥运金牌背后的精气神"
# A date opening a line: "9月23日", "2011 年 11 月初", "12日", a month's part ("上旬") or not.
_DATE_OPENING = re.compile(
    r"^(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|[初底末]|[上中下]旬)?|\d{1,2}\s*日)"
)


def opens_a_sentence(text: str) -> bool:
    """A line opening as a news sentence does, with its day and a comma ("目前,雪花梨正是…",
    "12日,"), or with a date that runs on into a clause ("9月23日迎来秋分节气,第五个…", "2月
    11日正是南方小年,自贡"): a lead's or a paragraph's first words, not a heading. A headline
    names a day only as the start of what it announces ("9月1日起,这些新规施行")."""
    if LEAD_OPENING.match(text):
        return True
    m = _DATE_OPENING.match(text)
    rest = text[m.end() :].lstrip() if m else ""
    return bool(rest) and rest[0] not in "起前后" and any(c in rest for c in CLAUSE_BREAKS)


def place_colon_title(text: str) -> bool:
    """ "鞍山：奥运“金牌”背后的精气神": a place (or who), a colon, then a phrase with no
    sentence punctuation; never a quote opening after the colon (他说：“…), unless the phrase
    goes on past the quote (婺源:“山下晒秋”也精彩: the quote is a term the title names)."""
    m = _PLACE_COLON.match(text)
    if not m or m.group()[:-1].endswith(NOT_PLACE_ENDS):
        return False
    rest = text[m.end() :]
    if rest[0] in OPENING_QUOTES and not _QUOTED_TERM.match(rest):
        return False
    return not has_sentence_punct(rest) and not rest[-1].isdigit()


_PLACE_ALONE = re.compile(r"[^\W\d_]{2,7}[：:]")  # "平罗县六羊村:", its title on the next line


def _place_broken_at_colon(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """ "平罗县六羊村:" over "产业兴旺解民忧": a place-colon title (place_colon_title) set on
    two lines, the place and its colon alone on the first, under finished text or a heading. A
    sentence's line breaks at the column's edge, never after a few words and a colon; what
    someone says opens a quote."""
    line, nxt = lines[i], next_line(lines, i)
    if nxt is None or nxt.gap or nxt.level or not _PLACE_ALONE.fullmatch(line.text):
        return False
    if not _after_paragraph(lines, i) and (i == 0 or lines[i - 1].kind != HEAD):
        return False
    return nxt.width <= p.title_max_width and place_colon_title(line.text + nxt.text)


# A short quoted term with the phrase going on after it: “小村报”晒出好日子.
_QUOTED_TERM = re.compile(r"[“‘「『][^”’」』]{1,8}[”’」』][^”’」』]+$")


def _title_broken_at_comma(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """ "珲春“火出圈”，" over "不只“艾灸旅游”": a two-part title set on two lines, the first
    ending at its comma well short of the column (a paragraph's line breaks at the column's
    edge), the second as short and unfinished, over text."""
    line, nxt = lines[i], next_line(lines, i)
    if line.text[-1:] not in CLAUSE_BREAKS or line.text.count("，") + line.text.count(",") > 1:
        return False
    if opens_a_sentence(line.text):
        return False  # "2011 年 11 月初," over the rest of its sentence
    if nxt is None or nxt.kind != BODY or nxt.gap >= p.big_gap or nxt.opens_article:
        return False
    if not _heads_text(next_line(lines, i + 1), p):
        return False
    short = all(ln.width <= ln.column - p.title_short_by for ln in (line, nxt))
    return short and not has_sentence_punct(nxt.text) and not ends_terminal(nxt.text)


# A column's name, a bar, then the title: "藏地新声丨茶香氤氲“莲花秘境”", "三农|泰兴:…".
_COLUMN_BAR = re.compile(rf"[^\s|｜丨{re.escape(SENTENCE_PUNCT)}]{{2,16}}\s*[|｜丨]\s*\S")


def column_bar_title(text: str) -> str:
    """The column's name of a heading in the form papers take from their apps, a column's name
    barred off its title ("“头雁”故事 | 陈涌村党委书记:“群众要的,就是咱干的!”"), however the
    title is punctuated: prose never holds a bar; else "". A credit's role or source barred off
    a name (编辑|罗莉, 来源|扬州广电) is no column, and one bar only: a table's row has several."""
    if not _COLUMN_BAR.match(text) or sum(map(text.count, "|｜丨")) != 1 or text[-1] == "。":
        return ""
    name = re.split(r"\s*[|｜丨]", text, maxsplit=1)[0]
    return "" if name.endswith((*STAFF_ROLES, *SOURCE_WORDS, "记者", "口述")) else name


# A column's name in lenticular brackets, then the headline: "【多彩贵州·相约2020】古村焕生机
# 村民展笑颜!…", "【特别报道】 探访…村庄:美丽、贫穷…".
_COLUMN_TAG = re.compile(r"^【([^【】]{2,24})】\s*([^【】]+)$")


def column_tag_title(text: str) -> tuple[str, str]:
    """The column's name and the headline of a title set as web copy sets it, the name in
    lenticular brackets before it ("【记者走基层】河北张北:种植园区生产忙"), or ("", ""). A
    headline holds no full stop (a paragraph opening on a tag, "【链接】近年来,…。", ends one);
    a staff credit or source in brackets (【责任编辑:X】) is no column."""
    m = _COLUMN_TAG.match(text)
    if not m or "。" in m.group(2) or m.group(2)[-1] in "；;：:":
        return "", ""
    name = m.group(1)
    if name.startswith(STAFF_ROLES) or name.startswith(SOURCE_WORDS) or "纠错" in name:
        return "", ""
    return name, m.group(2)


_BROKEN_RANGE = re.compile(rf"[\d{CN_NUMERALS}][{RANGE_UNITS}]?[{re.escape(RANGE_MARKS)}]$")


def _breaks_a_range(text: str) -> bool:
    """ "6月14日和15日10点—" / "18点，…": a range broken after its first figure at the
    column's edge is text running on, never a title (a kicker's —— is two dashes)."""
    return not text.endswith(DASH) and bool(_BROKEN_RANGE.search(text))


def _heads_text(nxt: Line | None, p: LayoutProfile) -> bool:
    return nxt is not None and nxt.kind == BODY and nxt.gap < p.big_gap and not nxt.opens_article


def _titles_a_lead(line: Line, nxt: Line, p: LayoutProfile) -> bool:
    """Between a finished paragraph and a lead that opens with its day, a line that ends no
    sentence is the next article's title: the paragraph above ended, and a lead opens its
    own. One phrase break at most ("金秋时节,南湖镇葡萄喜获丰收"), or none but a "place：";
    a sentence's clauses run on past a comma or two, or to the column's edge, where its line
    breaks ("据悉，本次采摘节将持续到 / 9月3日，届时…"); a title stops short of it or sticks out."""
    if nxt.gap >= p.big_gap or not LEAD_OPENING.match(nxt.text) or line.text[-1:].isdigit():
        return False
    text = _PLACE_COLON.sub("", _untagged(line.text))
    phrases = "。" not in text and line.text[-1] not in BREAK_OFF_ENDS
    phrases = phrases and sum(map(text.count, PHRASE_BREAKS)) <= p.title_phrase_breaks
    phrases = phrases and (line.width <= line.column - p.title_short_by or _sticks_out(line, p))
    return (phrases or not has_sentence_punct(text)) and line.text[-1:] not in DATE_UNITS


# A tag in lenticular brackets set with a title ("…篝火待客【黑河市新生乡迎新年:】") labels its
# series or place; its colon is the label's, not a sentence's.
_TAGS = re.compile(r"【[^【】]*】")


def _untagged(text: str) -> str:
    return _TAGS.sub("", text) or text


def _short_phrase_title(line: Line, p: LayoutProfile) -> bool:
    """Two phrases joined by one comma or colon, well short of the column and ending no
    sentence: a title ("牺牲77年，他终于回家了"); a paragraph's line ends at the edge or with
    its sentence."""
    if line.width > min(p.wide_title_max, line.column - p.title_short_by) or "。" in line.text:
        return False
    if ends_terminal(line.text) or line.text[-1] in BREAK_OFF_ENDS:
        return False
    return sum(line.text.count(c) for c in PHRASE_BREAKS) <= p.title_phrase_breaks


def _set_apart_both_sides(line: Line, nxt: Line | None, p: LayoutProfile) -> bool:
    """A picture's gap above the line and under it, over text or a caption, the line two
    phrases at most ("春意盎然,名山茶园采茶忙"): a title over its picture, as a paragraph's
    line ends its sentence."""
    if nxt is None or nxt.kind not in (BODY, CAPTION):
        return False
    gaps = line.gap >= p.big_gap and nxt.gap >= p.big_gap
    caption = bool(_PICTURE_SAYS.match(line.text))  # "图说:喜获丰收" names what it shows
    return gaps and not caption and _short_phrase_title(line, p)


def _short_on_a_wide_page(line: Line, p: LayoutProfile) -> bool:
    """Where each paragraph is set on one wide line, a line a fraction of the column wide that
    ends no sentence (nor breaks off after a comma) is a heading, punctuated or not."""
    widest = min(p.wide_title_max, line.column / p.wide_page_title_share)
    if line.column <= p.narrow_column or line.width > widest:
        return False
    return not ends_terminal(line.text) and line.text[-1] not in BREAK_OFF_ENDS


def _runs_on_at_its_measure(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A punctuated line whose sentence runs on into the line set close under it, which holds
    as many characters, or ends that sentence shorter ("产业振兴是乡村振兴的基础,是富民 / 强县
    的内在支撑。"): a narrow column's text on a page measured wide, no title. A title stands
    over text set wider than itself."""
    line, nxt = lines[i], next_line(lines, i)
    if not has_sentence_punct(line.text) or not _heads_text(nxt, p):
        return False
    if abs(len(nxt.text) - len(line.text)) <= p.measure_slack:
        return True
    return ends_terminal(nxt.text) and nxt.width < line.width


def _in_a_narrow_run(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """The first of three or more lines of one width set close: a narrow column's text on a
    wide page ("干净平整的柏油路、修葺一新的宿 / 舍楼、停放有序的车辆……"), never a heading."""
    run = lines[i : i + p.narrow_run_lines]
    if len(run) < p.narrow_run_lines or lines[i].width < p.narrow_run_min_width:
        return False  # "图片新闻 / 戈壁滩上 / “追光”忙": short labels and titles, not text
    return all(
        not ln.level and ln.gap < p.big_gap and _set_alike(ln, lines[i], p) for ln in run[1:]
    )


_FORM_FIELD = re.compile(r"^[【\[][^【】\[\]]{1,6}[】\]]")  # a form's field: "【地点】 三元村"


def wrap_measure(run: list[Line], p: LayoutProfile) -> float | None:
    """The narrow column a paragraph's lines are wrapped at: its lines but the last (a
    paragraph ends where its sentence does), two at least, set alike and no wider than a narrow
    column; None for a paragraph set on one wide line or too short to tell, or for a form's
    rows, each a field set short ("【地点】 …" over "【时间】 …")."""
    wrapped = run[:-1]
    if len(wrapped) < p.narrow_run_lines - 1 or wrapped[0].width < p.narrow_run_min_width:
        return None
    if any(_FORM_FIELD.match(ln.text) for ln in wrapped):
        return None
    if any(ln.width > p.narrow_column or not _set_alike(ln, wrapped[0], p) for ln in wrapped):
        return None
    return max(ln.width for ln in wrapped)


def _set_alike(a: Line, b: Line, p: LayoutProfile) -> bool:
    """Two lines of one column's measure: as wide, or holding just as many characters (a line
    with half-width figures in it, "4 月 28 日,城关区伏龙", runs as many characters, not cells),
    give or take the stop a line took in from the next ("…深圳电视台、" over "大湾区卫视…")."""
    longer, shorter = sorted((a.text, b.text), key=len, reverse=True)
    took_in = longer[-1] in TAKEN_IN_MARKS and len(longer) - len(shorter) <= p.measure_slack
    return abs(a.width - b.width) <= p.narrow_run_spread or len(a.text) == len(b.text) or took_in


def _heads_a_narrow_column(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """An unpunctuated line a picture's gap under a wide column's finished text, over a narrow
    column's run: that column's title, however close to its width it is set."""
    prev, nxt = lines[i - 1] if i else None, next_line(lines, i)
    if prev is None or prev.kind != BODY or prev.column <= p.narrow_column:
        return False
    if lines[i].gap < p.big_gap or not _heads_text(nxt, p) or nxt.width > p.narrow_column:
        return False
    return _in_a_narrow_run(lines, i + 1, p)


def _opens_the_page(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """Under the running head, the page's first line with no sentence punctuation, over text,
    is its first article's title however wide its column (a narrow one sets a title as wide as
    its text); a page's text opens with a title, or with 上接 when it runs on from another."""
    nxt = next_line(lines, i)
    if not i or any(ln.kind != FURNITURE for ln in lines[:i]) or lines[i].level:
        return False
    return _heads_text(nxt, p) and not _field_rows(lines[i], nxt)


def _punctuated_page_opener(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """The page's first line over its text (_opens_the_page) is its first title though it
    carries a comma ("产业兴、农民乐、乡村美……江苏射阳聚焦“三农”工作,走好乡村振兴路"): one at
    most, no stop, well short of the text's measure, which a first line of text fills."""
    line = lines[i]
    if "。" in line.text or line.text[-1] in BREAK_OFF_ENDS or not _opens_the_page(lines, i, p):
        return False
    breaks = sum(map(line.text.count, PHRASE_BREAKS))
    short = line.width <= line.column - p.title_short_by and not _in_a_narrow_run(lines, i, p)
    return short and breaks <= p.title_phrase_breaks


_FIELD = re.compile(r"^([^\W\d_]{2,4})\s+\S")


def _field_rows(a: Line, b: Line) -> bool:
    """ "家园位置 洛宁县… / 反映问题 村容…": a form's rows, each a label of one length and its
    value, are the item's text, not a title over it."""
    ma, mb = _FIELD.match(a.text), _FIELD.match(b.text)
    return bool(ma and mb) and len(ma.group(1)) == len(mb.group(1))


def _set_apart_short_of_the_edge(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A line a picture's gap apart from finished text above, short of the column's edge, over
    text whose first line runs full: a title, unpunctuated in a narrow column ("看毕节五年的五个
    视角") or, in any column, a short phrase with a comma at most ("丰收季,新疆多地采收忙"). A
    paragraph's first line after a picture runs to the edge; its last one ends the sentence."""
    line, nxt = lines[i], next_line(lines, i)
    if line.gap < p.big_gap or not _heads_text(nxt, p) or not nxt.full:
        return False
    if has_sentence_punct(line.text):
        return _short_phrase_title(line, p)
    return line.column <= p.narrow_column and not line.full


def _set_apart_over_a_wider_measure(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """An unpunctuated line a picture's gap under finished text, over text set several times
    as wide as it ("“浪遏飞舟”北京通州大稿村麦田开镰" over a paragraph on one wide line): a
    title, in a narrow column as on a wide page. A paragraph's first line under a picture runs
    as wide as the lines under it."""
    line, nxt = lines[i], next_line(lines, i)
    if line.gap < p.big_gap or not _heads_text(nxt, p) or _in_a_narrow_run(lines, i, p):
        return False
    return nxt.width >= line.width * p.measure_change


def _sticks_out(line: Line, p: LayoutProfile) -> bool:
    """Wider than a narrow column's text ever runs: only a heading is set that wide."""
    return line.column <= p.narrow_column and line.width >= line.column + p.sticks_out


def _titles_an_opener(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """Up to three short unpunctuated lines straight over a 本报讯 line or a byline are the
    next article's title set."""
    for j in range(i, min(i + p.title_set_max_lines, len(lines) - 1)):
        line, nxt = lines[j], lines[j + 1]
        if line.width > p.title_max_width or has_sentence_punct(line.text):
            return False
        if j > i and line.gap >= p.big_gap:
            return False
        if (nxt.opens_article or nxt.kind in (BYLINE, CREDIT)) and nxt.gap < p.big_gap:
            return True
    return False


def _after_paragraph(lines: list[Line], i: int) -> bool:
    """Whether a line stands after a finished paragraph, not inside a sentence it continues."""
    return i > 0 and lines[i - 1].kind != HEAD and _ends_paragraph(lines[i - 1].text)


@per_page
def _ends_paragraph(text: str) -> bool:
    """A sentence's end, a closing "(记者 X)" that ends the whole article, names set a wide
    space after the last sentence ("…社会效果。  王文军 栗景岭") or "(下转第2版)": the rest is
    printed on another page."""
    if ends_terminal(text) or CONTINUED_ON.search(text):
        return True
    before, credits = bylines.split_trailing_byline(text)
    wide = text[len(before) :].startswith("  ")
    return bool(credits) and (wide or any(c.doubt != bylines.BARE_TAIL for c in credits))


def _is_asking_title(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A title that asks or exclaims ("充电桩为何一桩难求？") ends like a sentence; it is a
    title when it is short, has no other punctuation and stands over a heading or byline (under
    finished text, a title or a picture's credit), or between a closing byline and a picture."""
    line, nxt = lines[i], next_line(lines, i)
    opener = nxt is not None and (nxt.kind == BYLINE or nxt.opens_article or _stamps_a_page(nxt))
    # Or straight under the byline closing the article above, over its picture's gap.
    pictured = i and lines[i - 1].kind == BYLINE and nxt is not None and nxt.gap >= p.big_gap
    # Or under a closing byline, over a lead that opens with its day: "牺牲77年，他终于回家了！".
    closed = i and lines[i - 1].kind == BYLINE and _after_paragraph(lines, i - 1)
    lead = nxt is not None and nxt.gap < p.big_gap and bool(LEAD_OPENING.match(nxt.text))
    dated = closed and lead
    opener = opener or dated
    over_head = nxt is not None and (opener or nxt.kind == HEAD) and nxt.gap < p.big_gap
    # Or a picture's gap under a finished paragraph, over text: "…你去过吗？" set apart; a
    # closing byline or credit ("通讯员 X 摄影报道") finishes what stands above as a stop does.
    credited = i and lines[i - 1].kind in (BYLINE, CREDIT) and line.gap >= p.big_gap
    finished = credited or _after_paragraph(lines, i)
    apart = line.gap >= p.big_gap and finished and _heads_text(nxt, p)
    apart = apart or _under_a_credited_caption(lines, i, p)
    if not (over_head or pictured or apart) or line.width > p.short_title_max:
        return False
    if line.kind != BODY or line.opens_article or line.text[-1:] not in ASKING_ENDS:
        return False
    # A picture's credit closes it as a finished paragraph would ("通讯员 X 摄影报道").
    if i and not (pictured or finished or lines[i - 1].kind in (HEAD, CREDIT, PICTURE, FURNITURE)):
        return False
    if apart and _wider_than_the_run_under(lines, i, p):
        return "。" not in line.text  # "在这里,川渝有分界,“荣隆”是一家!" over a narrow column
    if apart and _phrases_exclaimed(line, p):
        return True
    # Over a byline or 本报讯 a title may carry a comma, full or half width: "牺牲77年，他终于回家
    # 了！", "春节都在外采访,何况记者节!".
    inner = re.sub("[，,]", "", line.text[:-1]) if opener else line.text[:-1]
    if place_colon_title(inner):
        inner = _PLACE_COLON.sub("", inner)  # the place it asks of: "潍坊临朐:聚粮村缘何“聚粮”?"
    if sum(map(inner.count, ASKING_ENDS)) <= p.title_phrase_breaks:
        inner = _ASKED.sub("", inner)  # one phrase exclaimed of its own: "神秘!福清这里藏着…村!"
    return not has_sentence_punct(inner) and "。" not in line.text


_ASKED = re.compile(f"[{ASKING_ENDS}]")


def _under_a_credited_caption(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """A picture's caption signed by its photographer ("…摄影/本报记者 X") closes what it
    shows; an exclaiming line under it and over text opens the next article, as a picture's
    gap would ("京郊的梨熟了!周末采摘去!")."""
    above = lines[i - 1] if i else None
    return (
        above is not None
        and above.kind == CAPTION
        and bool(above.credits)
        and _heads_text(next_line(lines, i), p)
    )


def _wider_than_the_run_under(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """Line i stands over a narrow column's run of text and is wider than any of its lines
    by as much as a heading sticks out of it: no line of that column's text runs so wide,
    commas and all."""
    run = lines[i + 1 : i + 1 + p.narrow_run_lines]
    if not _in_a_narrow_run(lines, i + 1, p) or run[0].column <= p.narrow_column:
        return False  # a narrow page measures the line by its column already (_sticks_out)
    return lines[i].width >= max(ln.width for ln in run) + p.sticks_out


def _phrases_exclaimed(line: Line, p: LayoutProfile) -> bool:
    """Set apart by a picture's gap, a title may run two or three short phrases before its
    ！/？ ("神秘!福清这里藏着一个“海洋文化”村!", "在这里,川渝有分界,“荣隆”是一家!"); a sentence
    carries a full stop, a quote opens on its mark."""
    text = line.text
    if "。" in text or text[0] in OPENING_QUOTES:
        return False
    return sum(ch in SENTENCE_PUNCT for ch in text[:-1]) <= p.title_set_sentence_commas


def title_sets_over_openers(lines: list[Line], p: LayoutProfile) -> None:
    """Between a finished paragraph and a dateline or byline, up to three unfinished lines are
    the next article's title set, colons and commas too: "百色:市长轻车简从下基层 / 慰问…"."""
    for i, line in enumerate(lines):
        closing = line.kind == BYLINE and bylines.BRACKETED.match(line.text)  # "(记者朱彤)"
        if not (line.opens_article or line.kind == BYLINE) or closing or line.gap >= p.big_gap:
            continue
        j = i
        while j > 0 and i - j < p.title_set_max_lines and lines[j].gap < p.big_gap:
            if not _in_title_set(lines[j - 1], p):
                break
            j -= 1
        above = lines[j - 1] if j else None
        finished = above is None or above.kind != BODY or _ends_paragraph(above.text)
        # A picture's gap over the set: the text above ends where the picture stands.
        finished = finished or (j < i and lines[j].gap >= p.big_gap)
        if j < i and (finished or CONTINUED_ON.fullmatch(above.text)):
            why = f"unfinished lines over the opener at line {line.idx + 1}"
            for ln in lines[j:i]:
                decide(ln, HEAD, "title_sets_over_openers", why)


def _in_title_set(line: Line, p: LayoutProfile) -> bool:
    if line.kind not in (BODY, HEAD) or line.level or line.opens_article:
        return False
    if line.width > p.title_max_width:
        return False
    if all(ch in LONE_CLOSERS for ch in line.text):
        return False
    clauses = sum(line.text.count(c) for c in CLAUSE_BREAKS)
    if line.kind == BODY and clauses >= p.title_set_sentence_commas:
        return False  # "据了解，今年…，农资供应充足": a sentence broken off, not a title
    if _place_kicker(line, p):
        return True  # "盐湖区御沁园社区：" over its title: a kicker, though it ends in a colon
    if _trails_off(line, p):
        return True  # "…武汉市农业农村局喊话游客……": a title trailing off, no sentence ended
    return not (ends_terminal(line.text) or CONTINUED_ON.fullmatch(line.text))


def _trails_off(line: Line, p: LayoutProfile) -> bool:
    """A short phrase, a comma at most, trailing off in an ellipsis with no stop in it ("走咧,走
    咧,去宁夏……"): a title may end so; a sentence's last line ends at its stop."""
    text = line.text.rstrip()
    if not text.endswith("…") or "。" in text or line.width > p.short_title_max:
        return False
    return sum(map(text.count, PHRASE_BREAKS)) <= p.title_phrase_breaks


def _place_kicker(line: Line, p: LayoutProfile) -> bool:
    """A place (or who) and a colon alone on a short line, no sentence in it."""
    text = line.text.rstrip()
    if not text.endswith(("：", ":")) or line.width > p.kicker_max_width:
        return False
    return not has_sentence_punct(text[:-1])


def _title_shaped(line: Line, p: LayoutProfile) -> bool:
    if line.kind not in (BODY, HEAD) or line.width > p.short_title_max or ends_terminal(line.text):
        return False
    return line.kind == HEAD or not has_sentence_punct(line.text) or place_colon_title(line.text)


def dashed_heading_sets(lines: list[Line], p: LayoutProfile) -> None:
    """A heading line ending in a dash runs on into the next: "明星、嘉宾眼中的侨乡江门—— /
    山好,水好,人更好!". A kicker set as a phrase broken by a dash stands over its title after
    a finished item: "与整洁的麻屯镇仅一街之隔, / 却垃圾遍地、污水横流—— / 麻屯村民:企盼…"."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        # A kicker set a picture's gap apart, a line of its own, may run as wide as any heading.
        widest = p.title_max_width if line.gap >= p.big_gap else p.short_title_max
        short = line.width <= widest
        if not line.text.endswith(DASH) or not short or nxt.gap >= p.big_gap or nxt.level:
            continue
        runs_on = nxt.kind == BODY and nxt.gap == 0 and nxt.width <= p.short_title_max
        if line.kind == HEAD and runs_on:
            decide(nxt, HEAD, "dashed_heading_sets", "runs on from a heading ending in ——")
            continue
        if line.kind != BODY or not _title_shaped(nxt, p):
            continue
        j = i  # the kicker's first line
        while j > 0 and i - j < p.kicker_max_lines and lines[j].gap < p.big_gap:
            above = lines[j - 1]
            if above.kind != BODY:
                break
            if above.width > p.short_title_max or ends_terminal(above.text) or above.opens_article:
                break
            j -= 1
        above = lines[j - 1] if j else None
        if above is None or above.kind != BODY or _ends_paragraph(above.text):
            why = f"a kicker broken by —— at line {line.idx + 1} over its title"
            for ln in lines[j : i + 2]:
                decide(ln, HEAD, "dashed_heading_sets", why)


def titles_under_genre_labels(lines: list[Line], p: LayoutProfile) -> None:
    """The line under a genre label ("读者来信") is the piece's title even with a comma in it:
    "小区路灯亮了，我们心里也亮了"."""
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if line.kind != HEAD or not is_genre_label(line.text) or nxt.kind != BODY:
            continue
        short = nxt.gap < p.big_gap and nxt.width <= p.short_title_max
        if short and not (ends_terminal(nxt.text) or nxt.opens_article):
            decide(nxt, HEAD, "titles_under_genre_labels", f"under the genre label {line.text}")


def _mark_kicker_before(lines: list[Line], i: int, p: LayoutProfile) -> None:
    """Short unpunctuated lines right above a markdown title are its kicker (服务 / 有温度)."""
    j, taken = i - 1, 0
    while j >= 0 and taken < p.kicker_max_lines and lines[j + 1].gap < p.big_gap:
        line = lines[j]
        if line.level or line.kind not in (BODY, HEAD) or line.width > p.kicker_max_width:
            break
        if ends_terminal(line.text) or has_sentence_punct(line.text):
            break
        why = f"a short kicker over the title at line {lines[i].idx + 1}"
        decide(line, HEAD, "markdown_title_sets", why)
        j, taken = j - 1, taken + 1


def _mark_subtitle_after(lines: list[Line], i: int, p: LayoutProfile) -> None:
    """A plain line right under a markdown title, before the text starts, is its subtitle."""
    nxt = next_line(lines, i)
    if nxt is None or nxt.level or nxt.kind != BODY or nxt.opens_article:
        return
    if nxt.gap >= p.big_gap:
        return  # a picture's gap under the title: the line under it is the picture's caption
    if ends_terminal(nxt.text) or nxt.width > p.subtitle_max_width:
        return
    if nxt.text[-1] in BREAK_OFF_ENDS:
        return  # "最近,全市开展环境卫生、": a narrow column's sentence broken at its comma
    after = next_line(lines, i + 1)
    if after is not None and after.kind == BODY and after.gap == 0:
        return  # the text wraps on into the next line: a paragraph, not a subtitle
    # within the column, give or take the half cells of half-width commas
    narrow = nxt.column <= p.narrow_column and not _sticks_out(nxt, p)
    if narrow and after is not None and after.kind == BODY and after.full:
        return  # a narrow column's indented first line, its text running on at full width
    if _in_a_narrow_run(lines, i + 1, p):
        return  # the first of a narrow column's lines of one width, on a wide page: its text
    why = f"a short line under the title at line {lines[i].idx + 1}"
    decide(nxt, HEAD, "markdown_title_sets", why)


def narrow_column_text(lines: list[Line], p: LayoutProfile) -> None:
    """A narrow column breaks its text at a fixed measure, inside words ("2023年12月29日上 /
    午,长治市…"), so a line set as wide as the two under it is that paragraph's first line,
    whatever its words look like ("茶坑村:位于新会区会城街 / 道,是…"); the column's titles
    are set whole, to their own width. The page's first line under its running head stands
    over the column's text either way (_opens_the_page)."""
    for i, line in enumerate(lines):
        if line.kind != HEAD or line.level or line.column > p.narrow_column:
            continue
        nxt = next_line(lines, i)
        if not _heads_text(nxt, p) or _ends_paragraph(nxt.text) or _opens_the_page(lines, i, p):
            continue  # a title over a dateline, or over a caption of one line
        if " " in line.text or LEAD_OPENING.match(nxt.text) or column_bar_title(line.text):
            continue  # two phrases set apart or barred off, or a title over a dated lead
        if _at_the_measure(lines, i, p):
            why = "as wide as the narrow column's lines under it"
            decide(line, BODY, "narrow_column_text", why)


def bylines_inside_a_sentence(lines: list[Line], p: LayoutProfile) -> None:
    """ "…荣誉称 / 号。怀化分社记者黄巍、新 / 湖南怀化频道记者李夏涛被 / 授予…": a line that reads
    as roles and names, between lines of a sentence still running and as many characters as
    they hold, is that sentence's text broken at a narrow column's measure."""
    for i in range(1, len(lines) - 1):
        prev, line, nxt = lines[i - 1], lines[i], lines[i + 1]
        if line.kind != BYLINE or line.level or line.text.startswith(("（", "(")):
            continue
        if not _runs_on_into(lines, i, p) or nxt.kind != BODY or nxt.gap >= p.big_gap:
            continue
        counts = [len(ln.text) for ln in (prev, line, nxt)]
        if max(counts) - min(counts) <= p.measure_slack:
            why = "inside a running sentence, at the narrow column's measure"
            decide(line, BODY, "bylines_inside_a_sentence", why)
            line.credits = []


def _runs_on_into(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """The sentence above line i runs on into it: the line over it is text ending mid-sentence
    (a heading read there, set straight under such text, is a piece of it too)."""
    prev = lines[i - 1]
    if prev.kind == HEAD and not prev.level and i > 1:
        prev = lines[i - 2]
    return prev.kind == BODY and not _ends_paragraph(prev.text) and lines[i].gap < p.big_gap


def _at_the_measure(lines: list[Line], i: int, p: LayoutProfile) -> bool:
    """Line i and the lines under it, set close, hold as many characters each: a column's
    fixed measure (a broken-off comma run on adds one)."""
    run = lines[i : i + p.narrow_run_lines]
    if len(run) < p.narrow_run_lines:
        return False
    if any(ln.kind != BODY or ln.level or ln.gap >= p.big_gap for ln in run[1:]):
        return False
    counts = [len(ln.text) for ln in run]
    return max(counts) - min(counts) <= p.measure_slack


# The labelling rules in the order they run. Each reads the labels the ones before it gave
# and may overwrite them; every label it gives is recorded on the line with its evidence.
RULES = (
    own_kind,  # each line by itself: markdown, date/source lines, furniture, credits, bylines
    page_labels,  # a short line beside the running head: the page's section label
    page_dates,  # a date alone at the page's top, under its own lines: the page's date
    signoffs,  # a signed date or a writer's signature after a finished paragraph
    stacked_signoffs,  # the names under a staff role alone on its line: the staff's
    broken_bylines,  # a byline broken over two lines, read whole
    bare_names,  # a name alone between a title and its text: the author
    pictures,  # a caption ending in its credit between gaps or headings: a photo item
    headings,  # a short or unfinished body line by its neighbours: a heading
    bar_titles,  # "栏目丨标题": a column's name and a bar before a headline
    title_sets_over_openers,  # up to three unfinished lines over a dateline or byline
    titles_under_genre_labels,  # the line under 读者来信 and the like, commas and all
    dashed_heading_sets,  # a heading or kicker broken by —— runs on into the next line
    pictures,  # again: a heading found since may stand under a picture
    asking_titles,  # a short title ending ？ or ！ over its text or a picture
    captions_under_titles,  # "图为…。" between a title and its byline: a picture's caption
    markdown_title_sets,  # a markdown title's kicker above it and subtitle under it
    issuers,  # an issuing body after a notice's text: its sign-off, not a title
    issuers_over_dates,  # a heading straight over a sign-off's date signs off with it
    bylines_inside_a_sentence,  # a "byline" a narrow column broke out of a running sentence
    narrow_column_text,  # a "heading" set as wide as the narrow column's text it opens
)

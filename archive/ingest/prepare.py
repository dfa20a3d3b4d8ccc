"""Turn a read page into what will be stored: cut it, resolve places, fingerprint, date.

No database: a dry run shows exactly this, and the loader stores exactly this.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from archive.gazetteer import PROVINCE, level_of, province_of
from archive.ingest.reading import PageError, PageFile, iso_date
from archive.parsing import PHOTO, Item, parse_page
from archive.parsing.running_head import running_head_section
from archive.place_resolution import PlaceMention, Resolution, resolve

FINGERPRINT_CHARS = 40  # enough to tell articles apart, short enough to survive edits at the end
_NOT_WORD = re.compile(r"[\W_]+")
_MONTH_DAY = re.compile(r"--\d{2}-\d{2}")
_IDEOGRAPH = re.compile("[\u4e00-\u9fff]")


@dataclass(frozen=True)
class PreparedItem:
    item: Item
    places: list[PlaceMention]
    fingerprint: str
    date: date | None
    date_text: str
    doubts: list[str]  # the cut's, then places nothing decided: what an editor should check


@dataclass(frozen=True)
class PreparedPage:
    file: PageFile
    items: list[PreparedItem]
    warnings: list[str]


def prepare_page(page: PageFile) -> PreparedPage:
    """Cut the page and enrich each item; a crash in the parser fails this file only."""
    try:
        parsed = parse_page(page.text, page.paper)
        _check_positions(parsed.items)
        section = running_head_section(page.text)
        resolved = [item_places(item, parsed.items, section) for item in parsed.items]
    except PageError:
        raise
    except Exception as error:
        raise PageError(f"could not cut the page: {type(error).__name__}: {error}") from error
    warnings = list(parsed.warnings)
    items = []
    for item, found in zip(parsed.items, resolved, strict=True):
        article_date, date_text, problem = dates(item, page.edition_date)
        if problem:
            warnings.append(f"item {item.position}: {problem}")
        doubts = item.doubts + [f"place undecided: {name}" for name in found.undecided]
        items.append(
            PreparedItem(item, found.places, fingerprint(item), article_date, date_text, doubts)
        )
    return PreparedPage(page, items, warnings)


def item_places(item: Item, page_items: list[Item], section: str = "") -> Resolution:
    """The item's places; the page's other items may decide between candidates it names.

    A photo whose caption names no place (农民驾驶收割机抢收稻谷) shows the story printed beside
    it, so it is filed under that story's places (mentions 0: the caption does not name them);
    so is one naming nothing below a province, under that story's places inside it. A
    shared name (铁西区) the page leaves open, naming several candidates' cities (沈阳, 鞍山), is
    decided by the stories printed either side of the item if they name one; a name still
    undecided is kept for an editor. A story naming no place whose byline names its newsroom
    (株洲晚报融媒体记者) is filed under the newsroom's city (``credit_outlets``). Any other item
    naming no place is filed under the places its page's section names in the running head
    (申城·社区: a community story of 上海), mentions 0 too.
    """
    found = _own_places(item, page_items)
    if found.undecided:
        found = _decided_by_neighbours(item, page_items, found)
    if item.kind == PHOTO and found.places and _only_provinces(found.places):
        found = _within_story(item, page_items, found)
    if found.places or found.undecided:
        return found
    shown = _illustrated(item, page_items) if item.kind == PHOTO else None
    if shown is None:
        shown = resolve("", section)
    return Resolution([PlaceMention(m.code, 0, False) for m in shown.places], ())


def _only_provinces(places: list[PlaceMention]) -> bool:
    return all(level_of(m.code) == PROVINCE for m in places)


def _within_story(photo: Item, page_items: list[Item], found: Resolution) -> Resolution:
    """A caption naming no place below a province (北京最北端的村子, 新疆一家渔业公司的鱼塘)
    shows the story printed beside it, like a caption naming none: the photo also takes that
    story's places inside the provinces it names (mentions 0: the caption does not name them)."""
    shown = _illustrated(photo, page_items)
    if shown is None:
        return found
    provinces = {m.code for m in found.places}
    inside = [
        PlaceMention(m.code, 0, False)
        for m in shown.places
        if m.code not in provinces and province_of(m.code) in provinces
    ]
    return Resolution(found.places + inside, found.undecided)


def _decided_by_neighbours(item: Item, page_items: list[Item], found: Resolution) -> Resolution:
    """A shared name the whole page leaves open (铁西区, with 沈阳 and 鞍山 both on the page) is
    decided by the stories printed next to it, if they name one of its cities."""
    at = next(i for i, other in enumerate(page_items) if other is item)
    near = [page_items[i] for i in (at - 1, at + 1) if 0 <= i < len(page_items)]
    context = "\n".join(other.text for other in near)
    again = resolve(headline(item), body(item), context, dateline=item.dateline)
    kept = {m.code for m in found.places} <= {m.code for m in again.places}
    return again if kept and len(again.undecided) < len(found.undecided) else found


def _own_places(item: Item, page_items: list[Item]) -> Resolution:
    context = "\n".join(other.text for other in page_items if other is not item)
    outlets = credit_outlets(item.byline)
    dateline = item.dateline or next((o for o in outlets if o.endswith("讯")), "")
    found = resolve(headline(item), body(item), context, dateline=dateline)
    if found.places or found.undecided or not outlets or item.kind == PHOTO:
        return found  # a photo naming no place shows the story beside it (_illustrated)
    return resolve(headline(item), body(item), context, dateline="\n".join(outlets))


# A reporter's or correspondent's role: what a credit prints before it is their outlet.
_CREDIT_ROLE = re.compile("记者|通讯员")


def credit_outlets(byline: str) -> list[str]:
    """What each credit of a byline prints before its reporter's role, its last word only: the
    dateline fused to the byline (图木舒克讯通讯员 王明: 图木舒克讯) or the newsroom (执行/株洲晚报
    融媒体记者 王军: 株洲晚报融媒体). The dateline is the story's place like one printed on its
    own; the newsroom only for a story naming no place (a feature on the harvest season, filed
    by the city paper's reporters), as a newsroom in the text is."""
    outlets = []
    for credit in byline.split(" / "):
        role = _CREDIT_ROLE.search(credit)
        if role and (words := credit[: role.start()].split()):
            outlets.append(words[-1])
    return outlets


def _illustrated(photo: Item, page_items: list[Item]) -> Resolution | None:
    """The places of the story a place-less photo illustrates: the nearest item with places
    before or after it (past other such photos, a row of pictures): the one whose reporter took
    it (记者 X 摄 beside a report by 记者 X), else the one from its photographer's newsroom, else
    whichever its caption shares more words with;
    the one before on a tie, as captions mostly run under their story. A caption opening 图为
    ("pictured:") is the one a report prints at its end: the story before."""
    at = next(i for i, other in enumerate(page_items) if other is photo)
    sides = []
    for run in (reversed(page_items[:at]), page_items[at + 1 :]):
        for other in run:
            found = _own_places(other, page_items)
            if found.places:
                sign = (
                    _same_reporter(photo, other),
                    _same_outlet(photo, other),
                    _shared_words(photo.text, other.text),
                )
                sides.append((sign, found))
                break
            if other.kind != PHOTO:
                break
    best = None
    under = photo.text.lstrip().startswith(STORY_END_CAPTIONS)
    for sign, found in sides:  # before first: only a better sign takes the one after
        if best is None or (sign > best[0] and not under):
            best = (sign, found)
    return best[1] if best else None


def _same_reporter(photo: Item, story: Item) -> bool:
    """The photo is credited to someone the story is by."""
    return not {c.name for c in photo.credits}.isdisjoint(c.name for c in story.credits)


def _same_outlet(photo: Item, story: Item) -> bool:
    """The photo's credit names the newsroom the story's does: 新华社记者 X 摄 beside a report
    by 新华社记者 Y, an agency's picture sent with its agency's story, not the local one set
    beside it."""
    return not set(credit_outlets(photo.byline)).isdisjoint(credit_outlets(story.byline))


# How a caption printed at the end of its report opens: 图为志愿者为群众发放宣传材料。
STORY_END_CAPTIONS = ("图为",)

_HAN_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


def _shared_words(caption: str, story: str) -> int:
    """How many of the caption's two-character words the story uses too."""
    return sum(1 for pair in set(_HAN_PAIR.findall(caption)) if pair in story)


def headline(item: Item) -> str:
    """Kicker, title and subtitle: where a place counts as "in the title"."""
    return "\n".join(part for part in (item.kicker, item.title, item.subtitle) if part)


def body(item: Item) -> str:
    return "\n".join([*item.paragraphs, *item.captions])


def fingerprint(item: Item) -> str:
    """Hash of the start of the body, ignoring spacing and punctuation, to recognise an
    article again when its page is re-cut (titles and positions move more than bodies)."""
    source = "".join(item.paragraphs) or "".join(item.captions) or headline(item)
    start = word_start(source, FINGERPRINT_CHARS)
    return hashlib.sha256(start.encode("utf-8")).hexdigest()[:32]


def word_start(source: str, n: int) -> str:
    """The first n word characters of the NFKC form of source, read off its start only: a long
    article is not normalised whole for 40 characters. Cut before a CJK ideograph, the text
    normalises as its two halves do (no ideograph decomposes, reorders or composes with what
    precedes it), and word characters are kept one by one, so the answer is the whole text's."""
    cut = 4 * n
    while cut < len(source):
        cut = _IDEOGRAPH.search(source, cut)
        if cut is None:
            break
        cut = cut.start()
        start = _NOT_WORD.sub("", unicodedata.normalize("NFKC", source[:cut]))
        if len(start) >= n:
            return start[:n]
        cut *= 4
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", source))[:n]


def dates(item: Item, edition_date: date | None) -> tuple[date | None, str, str]:
    """(date, date_text, problem): a printed full date, else the edition date; a printed
    month-day is kept as "--MM-DD" text and never given a year."""
    if not item.date:
        return edition_date, "", ""
    if _MONTH_DAY.fullmatch(item.date):
        return edition_date, item.date, ""
    if full := iso_date(item.date):
        return full, "", ""
    return edition_date, "", f"unreadable date {item.date!r} ignored"


def _check_positions(items: list[Item]) -> None:
    positions = [item.position for item in items]
    if len(set(positions)) != len(positions) or any(p < 1 for p in positions):
        raise PageError(f"parser gave invalid item positions {positions}")

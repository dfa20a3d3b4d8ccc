"""Reporter bylines, datelines and photo credits in the forms Chinese local papers print."""

import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from archive.parsing.items import Credit
from archive.parsing.lexicon import (
    CREDIT_TASKS,
    EDITING_MORPHEMES,
    FULL_STOPS,
    LEAD_DAYS,
    ORGANISATION_ENDS,
    ORIGINAL_TITLE_WORDS,
    PAGE_FIELDS,
    POSTING_LABELS,
    SOURCE_WORDS,
    STAFF_PREFIXES,
    STAFF_ROLES,
    SUBJECT_LABELS,
    TITLES_OF_ADDRESS,
    alternatives,
)
from archive.parsing.memo import per_page
from archive.parsing.text import CJK, end_mark

# Longest first, so that 实习记者 wins over 记者.
ROLES = (
    "新华社记者",
    "本报评论员",
    "特约评论员",
    "中新社记者",
    "本报摄影记者",
    "本报特约记者",
    "本报见习记者",
    "本报实习记者",
    "本报通讯员",
    "本报记者",
    "特约记者",
    "见习记者",
    "实习记者",
    "首席记者",
    "特派记者",
    "驻站记者",
    "融媒记者",
    "视频记者",
    "报道组",
    "报道员",
    "融媒体记者",
    "全媒体记者",
    "全媒记者",
    "特约通讯员",
    "通讯员",
    "实习生",
    "实习",
    "摄影记者",
    # A photographer's post, "签约摄影师 X": a role like 摄影, not part of a name
    "签约摄影师",
    "摄影师",
    "评论员",
    "特约摄影",
    "记者",
    # What a site not licensed to send reporters calls its own, and what reprints replace 记者
    # with: "东方网采访人员X报道", "(采访人员 X)"
    "采访人员",
    "摄影",
    "作者",
    "文字",  # "文字:X", the words' writer beside the camera's
    "口述",  # "口述 | X": the one whose account the reporter wrote down
    "记录者",  # "(记录者:X Y)": who wrote a community's event down, closing its report
    # The others who made the piece, each before their name: "撰文/X 摄影/Y", "记者 X 摄像 Y",
    # and a video piece's writer-director, "编导:X"
    "撰文",
    "摄像",
    "编导",
    "制图",
)
_ROLE_NAMES = {r: r.removeprefix("本报") for r in ROLES}
# A role word run on into 站 names the paper's bureau, no one's role: "清远记者站"; into 团, a
# press party: "采访记者团 X 摄" is X of that party, no 团X.
ROLE_RE = f"(?:{'|'.join(ROLES)})(?![站团])"
ENDS_WITH_ROLE = re.compile(rf"(?:{ROLE_RE})\s*$")
# The bar a credit block sets between a role and its names ("文 | X", "记者丨X"): a pipe, its
# full-width form, the ideograph 丨 sites print for it, or the Hangul ㅣ OCR reads it as.
BARS = "|｜丨ㅣ▏│"  # and the thin bars ▏ │ a web page's font sets for it
_ROLE = re.compile(ROLE_RE)  # compiled once: asked of most lines
# The boxes and bullets a paper sets before a byline or a lead, one set for every reading of
# them: □ ■ ◇ ◆ ● ○ ▓ ◎, and the circled dot ☉ some county papers print for ◎ (⊙ and ◉ as other
# fonts and OCR give it): "☉张旭 文/图".
BYLINE_BOXES = "□■◇◆●○▓◎☉⊙◉"
# Markers printed before a byline that are not names: □ boxes, 文/图, 图/文, 文\, 文：, 文 |,
# 文_, 文·图 and a capital letter, a triangle or a star set against the role word (N本报记者,
# ▲本报记者). A lone 文/ opens a word: it never ends a name (周文/李红).
MARKERS = re.compile(
    rf"^[{BYLINE_BOXES}]\s*|^(?:[A-Z]|——\s*|[▲△★☆]\s*)(?=(?:{ROLE_RE}))|"
    r"(?:文\s*[/／\\]\s*图|图\s*[/／\\]\s*文|(?:^|(?<=\s))(?:文\s*[/／\\:：_＿"
    rf"{BARS}]|图\s*[/／\\]))\s*|"
    r"^(?:图文|文图|文\s*[·・]\s*图)(?:\s*[/／:：]\s*|\s+)"
)
# A writer's mark after the names, no role word: "张明/文", "张明 文/图", "张明/文 李华/图"; or
# each one's task spaced after their name, a second name's closing the line: "张明 文 李华 图",
# "张明 图 李华 整理" (who took the picture, who wrote its story down).
SIGNED = re.compile(
    rf"[{CJK}]\s*[/／]\s*[文图](?=\s|$)|\s(?:文\s*[/／]\s*图|文)$"
    rf"|[{CJK}]\s[文图]\s[{CJK}]{{2,3}}\s(?:[文图摄]|整理)$"
)

# What ends the sentence a credit closes: a stop, full-width or half (OCR prints "!" and "?" for
# "！" and "？"), or the closing quote after one.
STOPS = f"{FULL_STOPS}”"

# Common surnames, the commonest first: a name must start with one to count when no role word
# vouches for it.
SURNAMES_BY_RANK = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥"
    "南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支"
    "卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印"
    "逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "节代傅"
)
SURNAMES = set(SURNAMES_BY_RANK)
# The hundred commonest, that most Han names open on.
COMMONEST_SURNAMES = set(SURNAMES_BY_RANK[:100])
COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "令狐",
)

_NAME = re.compile(rf"^[{CJK}]{{2,4}}$|^[{CJK}]{{1,6}}[·•][{CJK}]{{1,8}}$")
# A contributor's label before a name, no person: 网友, 影友, 吉友 (a paper's reader-reporter).
_CONTRIBUTOR = re.compile(f"[{CJK}]友")
# What a caption may say of its picture between its last sentence and its credit: a file
# picture ("…梯田景观。(资料图) 马坤 摄"). The caption keeps it; the credit follows it, or
# holds it: "(资料图片 记者 X 摄)".
FILE_PICTURE_TAGS = ("资料图", "资料图片", "资料照片")
# Words a byline carries besides names and roles: 本报记者 张三 报道.
# 图片 and 视频 too, though no roles: as role words they would read 图片新闻 as a byline.
_FILLER = {
    "报道",
    "整理",
    "采写",
    "撰稿",
    "文",
    "图",
    "文图",
    "图文",
    "摄",
    "发自",
    "拍摄者",
    "图片",
    "视频",
    # "X 文并图", "X 文并摄": the writer took the pictures too
    "文并图",
    "文并摄",
    # "(本版照片 X摄)": the page's pictures are all X's
    "本版照片",
    "本版图片",
    # "(张明 供稿)": who sent the piece in; "(记者 张明 综合报道)": who put it together
    "供稿",
    "综合报道",
    # "——本报记者 X 采访": what the reporter did, under an interview's title
    "采访",
    "专访",
    *FILE_PICTURE_TAGS,
    "无人机照片",  # "(无人机照片 X 摄)": how the picture was taken, not who took it
    "等",  # "(记者 X Y等)": and others, whom the credit does not name
    "姓名",  # "作者姓名:X": the field's label, a form's word for the name after it
    *CREDIT_TASKS,
}
# Filler set solid after the last name: "(记者邓丽娟报道)", "本刊记者X文并图", "(图片 X Y等)";
# 综合报道 is one word.
_GLUED_FILLER = re.compile(rf"(?<=[{CJK}])(?<!综合)(?=(?:报道|采写|整理|供稿|文并[图摄]|等)\s*$)")
# A staff role, maybe with its desk or post before it: 编辑, 本版编辑, 执行主编. Longest first,
# so that 总编辑 wins over 总编.
_STAFF_LONGEST_FIRST = tuple(sorted(STAFF_ROLES, key=len, reverse=True))
STAFF_WORD = rf"(?:{alternatives(STAFF_PREFIXES)})?(?:{alternatives(_STAFF_LONGEST_FIRST)})"
_STAFF_TOKEN = re.compile(STAFF_WORD)
# A byline's tokens: a staff or role word (kept), or the separators between names.
_TOKEN_SPLIT = re.compile(rf"({STAFF_WORD}|{ROLE_RE})|[\s、，,；;/／:：{BARS}]+")
# Words that follow a role to name a column, not a person: 记者手记, 记者观察, and the kickers
# over a reporter's visit (记者走基层, 记者探访, 记者在现场); or that end the column a reporter
# writes for (原点栏目记者).
_COLUMN_WORDS = {
    *("手记", "观察", "札记", "日记", "随笔", "调查", "感言", "栏目"),
    *("走基层", "探访", "暗访", "实探", "直击", "走访", "蹲点", "见闻", "体验", "连线", "在现场"),
}
# Where a reporter goes: "近日，本报记者张明来到…", "记者张明走进城关镇…". Straight after a role
# word, the verb tells what the reporters did ("两名记者走进东北"): no name opens with one.
_LEAD_GOES = ("来到", "走进", "深入", "前往", "跟随", "探访", "走访")
_NOT_NAME_CHARS = set("的了是在和与及等为对将从向年月日时区县市省镇乡村街道社委局部办处站队讯")
# Of those, the ones a given name may still carry (杨文道, 李村生, 郭晓月, 黄镇华, 李向前, 李和平,
# 张为民, 王永年) when a role word or a photo credit's 摄 vouches for it and it opens with a
# common surname.
_NAME_MAY_CARRY = set("道村社日月向镇和为年时")

# An outlet's name as papers print it: 云南网, 兰州晨报, 红网时刻新闻, 共享联盟·南湖, 央广网.
OUTLET_END = ("网", "报", "社", "客户端", "新闻", "融媒", "传媒", "频道", "电视台", "广播")
OUTLET_END += ("在线",)  # a province's portal: 海南在线, 四川在线, 东北在线
OUTLET_WORDS = ("联盟", "中心", "集团", "媒体")
# Outlets named short, their place before the ending, which OUTLET (read in datelines) leaves
# out: a broadcaster (庆阳台) in a credit list, "记者:庆阳台,朱晓强,武威台,王希丽"; a government
# account credited for a picture, "(江城发布)". Never a person, however the place opens.
SHORT_OUTLET_ENDS = ("台", "发布")
OUTLET = rf"[{CJK}A-Za-z·•]{{0,12}}(?:{'|'.join(OUTLET_END)})"
# 电 that starts a word is no dateline: 3月5日电话采访, 8日电力抢修.
_NOT_DATELINE = "力视话影脑网器动子商梯站厂池缆源线台车讯"
# A 2-3 character word opening on a common surname: a name where no role vouches for it.
_SURNAMED = rf"[{SURNAMES_BY_RANK}][{CJK}]{{1,2}}"
# The forms a dateline takes, by name; byline_forms.FORMS gives each a real example.
DATELINE_FORMS = {
    "paper_own": rf"本报[{CJK}\d]{{0,10}}?[讯电]",
    "agency": rf"据?(?:新华社|中新社|人民网|央视网|新华网)[{CJK}\d]{{0,14}}?电",
    # maybe with its parent paper's site in brackets after it: 荆楚网(湖北日报网)讯
    "outlet_news": rf"{OUTLET}(?:[（(]{OUTLET}[）)])?[{CJK}·]{{0,6}}?讯(?!员)",
    "outlet_day_wire": rf"[{CJK}]{{1,5}}[社网][{CJK}]{{0,8}}\d{{1,2}}月\d{{1,2}}日电",
    # outlet or place, day, maybe its hour, maybe place: 江西景德镇8月27日讯, 红网23日阿拉山口讯,
    # 华龙网-新重庆客户端9月24日21时讯 (a site stamps the hour it posted)
    "place_day_news": (
        rf"[{CJK}]{{2,16}}?(?:\d{{4}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日(?:\d{{1,2}}[时点])?"
        rf"[{CJK}]{{0,8}}?[讯电]"
        rf"(?![{_NOT_DATELINE}])"
    ),
    # an outlet's day and place, then 消息 on a line of its own: 中国台湾网12月21日江门消息
    "outlet_day_message": (
        rf"{OUTLET}[{CJK}]{{0,6}}?(?:\d{{1,2}}月)?\d{{1,2}}日[{CJK}]{{0,8}}?消息(?=\s*$|\s*[（(])"
    ),
    # an outlet and place over the reporter's bracket, no 讯, maybe a colon between: 央广网南阳
    # (记者彭华), 江城新闻网:(通讯员 X); the role may carry its desk: (融媒体首席记者 X)
    "outlet_place_bracket": (
        rf"{OUTLET}[{CJK}]{{0,6}}(?=\s*[:：]?\s*[（(][^（）()]{{0,6}}?(?:{ROLE_RE}|本报))"
    ),
    # a paper named in 《》 as the source, over the reporter's bracket: 据《广西日报》消息(记者 X)
    "quoted_paper": rf"据?《[{CJK}]{{2,12}}》[{CJK}]{{0,6}}?(?:消息|讯)(?=\s*[（(])",
    # another outlet's report, over its reporter's bracket: 据兰州晚报报道(记者仲玉琦)
    "reported_by": rf"据{OUTLET}报道(?=\s*[（(])",
    # a place's or site's 讯 that no outlet ending marks, vouched for by the reporter's role
    # after it: 西和讯(通讯员X), 昆明信息港讯·昆明日报 记者X; or by a bracket holding nothing but
    # names with common surnames, as a site's briefs credit their writers: 廉政江城讯(张明)
    "named_news": (
        rf"[{CJK}]{{2,10}}?讯(?!员)(?:·{OUTLET})?(?=\s*[（(]?\s*(?:{ROLE_RE})"
        rf"|\s*[（(]{_SURNAMED}(?:[\s、]{_SURNAMED})*[）)])"
    ),
    # a paper's 讯 or a site's name boxed in 【】 over the reporters' bracket: 【本报讯】(记者
    # X), 【连网】(记者 X)
    "boxed_news": rf"【[{CJK}A-Za-z·]{{2,12}}】(?=\s*[（(][^（）()]{{0,20}}?(?:{ROLE_RE}))",
    # a site's source field opening its lead, over the reporters' bracket: 来源:掌上江城 (记者 X)
    "source_field": (
        rf"(?:{alternatives(SOURCE_WORDS)})\s*[:：]\s*[{CJK}A-Za-z·]{{2,12}}"
        rf"(?=\s*[（(][^（）()]{{0,12}}?(?:{ROLE_RE}))"
    ),
    # a site's exclusive over its reporters' bracket, no 讯: 国际在线专稿(驻内蒙古记者 X)
    "exclusive": rf"[{CJK}A-Za-z]{{2,10}}?专稿(?=\s*[（(][^（）()]{{0,20}}?(?:{ROLE_RE}))",
    # a site's 消息 with no day, over its reporters' bracket: 四川在线消息(四川在线记者 X),
    # 人民网消息(记者 X); or over their names alone, a colon closing them as it closes a
    # reporter's line: 国际在线吉林消息(X):; or over a role and its names unbracketed, as 讯 is:
    # 江城网消息 记者 X报道:
    "outlet_message": (
        rf"[{CJK}A-Za-z]{{2,10}}?消息(?=\s*[（(](?:[^（）()]{{0,20}}?(?:{ROLE_RE})"
        rf"|{_SURNAMED}(?:[\s、]{_SURNAMED})*[）)]\s*[:：])|\s+(?:{ROLE_RE}))"
    ),
}
# Two outlets joined by a hyphen, a slash, a middle dot or a list's 、, the platform first or
# the paper before its app: "每日甘肃网-嘉峪关日报讯(记者 X)", "经济日报-中国经济网沈阳9月23日讯",
# "石榴云/新疆日报讯(记者 X)", "湖南日报·新湖南客户端11月3日讯", "南海网、南海网客户端海口5月
# 14日消息".
JOINED_OUTLET = rf"[{CJK}A-Za-z]{{2,10}}\s*[-－—/／·•、]\s*"
# A dateline relaying another outlet's report names that report's reporters after it:
# "中国甘肃网5月25日讯 据兰州晚报报道(记者仲玉琦)".
RELAYED = rf"(?:\s*据{OUTLET}报道(?=\s*[（(]))?"
# A colon may follow the dateline before its reporters: "本报讯：(记者 X)", "本报讯:记者 X".
DATELINE = re.compile(
    rf"^(?P<dateline>(?:{JOINED_OUTLET})?(?:{'|'.join(DATELINE_FORMS.values())})){RELAYED}"
    r"\s*[:：]?\s*(?:[（(](?P<names>[^）)]{0,80})[）)]|【(?P<boxed>[^】]{0,80})】)?"
)
# No dateline: the lead opens on the reporters' bracket, "(余静 记者 常坚)6月3日，端午节". It
# gives the lead's credits but opens no article: under a dateline on its own line it goes on.
BRACKET_LEAD = re.compile(
    rf"^(?P<dateline>)(?=[（(][^（）()]{{0,20}}?(?:{ROLE_RE}))[（(](?P<names>[^（）()]{{2,60}})[）)]"
    r"(?=\s*[^\s（）()])"
)
# Or on names with no role that 报道 closes, "(万文贤 蒋良建 报道)眼下,", or the mark of one who
# wrote it and took its pictures, "(李明 文/图)5月12日,": each name must carry a common surname.
# Too weak a sign to open an article, it only credits the lead.
SIGNED_BRACKET_LEAD = re.compile(
    rf"^[（(](?P<names>[{CJK}\s、]{{2,30}}?(?:报道|文\s*[/／]\s*图|图\s*[/／]\s*文))[）)]"
    r"(?=\s*[^\s（）()])"
)
# A wire story's title set after its dateline: "新华社北京1月11日电 题：中国战“疫”五字诀", or
# its genre before it: "新华社沈阳1月22日电 特写：屋子里的欢声笑语".
WIRE_TITLE = re.compile(r"^(?:题|特写|通讯|综述|述评|专访)\s*[:：]")
# A reporter's diary stamps its day and place on a line of their own: "9月13日宁海长街镇".
STAMP = re.compile(rf"^(?:\d{{1,2}}月)?\d{{1,2}}日[{CJK}]{{1,14}}[省市州县区旗镇乡村屯寨街岛港湾]$")
# The reporters named after the dateline with no bracket, before the lead, each after their role:
# "本报广州28日电 记者缪鲁 报道:", "昆明信息港讯 记者王诗贻 在新春到来之际", "本报讯 记者张明
# 通讯员李华报道:".
_ROLE_AND_NAMES = rf"(?:{ROLE_RE})\s*[{CJK}]{{2,4}}?(?:[\s、][{CJK}]{{2,4}}?)*?"
_ROLES_AND_NAMES = rf"(?P<names>{_ROLE_AND_NAMES}(?:[\s、，,]*{_ROLE_AND_NAMES})*)"
BARE_REPORTER = re.compile(rf"\s*(?:文\s*[/／]\s*图\s*)?{_ROLES_AND_NAMES}(?:报道)?(?:[:：]|\s+)")
# Or on the dateline's own line, the lead under it: "本报讯 记者 张明 李华".
BARE_REPORTER_ALONE = re.compile(rf"\s*(?:文\s*[/／]\s*图\s*)?{_ROLES_AND_NAMES}(?:报道)?\s*$")
# No dateline: the lead opens on its reporters and 报道 with a colon, "记者张明报道:近日",
# "本报记者 张明 李华 报道:". It gives the lead's credits and, like any lead, opens no article.
# The site's name may stand before the role and the day before 报道, a site's own lead: "东方网
# 记者张明9月27日报道:".
REPORTER_LEAD = re.compile(
    rf"^(?P<dateline>)(?:{OUTLET})?{_ROLES_AND_NAMES}\s*(?:(?:\d{{1,2}}月)?\d{{1,2}}日)?"
    r"\s*报道\s*[:：]"
)
TRAILING = re.compile(r"[（(](?P<names>[^（）()]{2,80})[）)]\s*$")
BRACKETED = re.compile(r"^[（(](.*)[）)]$")
# The agency after a credit is no one: "熊波 摄/视觉重庆", "谭标 摄(贵州图片库发)", "X Y 摄影报道
# (湖南图片库)".
AGENCY_AFTER = re.compile(
    rf"(摄(?:影(?:报道)?)?)\s*(?:[/／]\s*[{CJK}A-Za-z]{{2,10}}|[（(][{CJK}A-Za-z]{{2,12}}[）)])$"
)
# A picture agency after its photographer's name and a slash, no 摄: "米杜/CFP", "X/视觉中国".
# The agency vouches for the name as 摄 would; it names no one itself.
PHOTO_AGENCIES = ("CFP", "IC", "东方IC", "视觉中国", "人民视觉", "图虫创意")
AGENCY_CREDIT = re.compile(
    rf"^([{CJK}]{{2,4}})\s*[/／]\s*(?:{alternatives(PHOTO_AGENCIES)})(?:\s*photo)?$", re.I
)
# A picture supplied by a body, not a person: "七里坪汽车营地 (度假区供图)" credits no one.
SUPPLIED_PICTURE = re.compile(r"\s*[（(][^（）()]{2,20}供图[）)]$")
# Or unbracketed, set apart by a space, set solid after the caption's last sentence or on a
# line of its own: "… 供图 湖口县融媒体中心", "…油茶果。吉水县委宣传部供图", "红寺堡区委宣传部供图".
_SUPPLIED_BY = re.compile(
    rf"(?:^|\s+|(?<=。))(?:供图\s*[:：]?\s*(?P<after>[{CJK}]{{3,20}})|(?P<before>[{CJK}]{{3,20}})\s*供图)$"
)
# The photographer's word after the names, whole: 摄, 摄影, and 文并摄 ("本报记者 X 文并摄", who
# wrote the piece took its pictures): no part of it is a name.
CREDIT_TAIL = re.compile(r"(?:(?:文并)?(?:摄影|摄)(?:报道)?|供图)\s*$")
# "图片:X" labels its photographer as 摄影 does, with its colon: "图片来源" is a source.
CREDIT_HEAD = re.compile(r"^图片\s*[:：/／]\s*|^(?:摄影|图)\s*[:：/／]?\s*")


# A platform printed before its paper, joined by a slash or a hyphen: "石榴云/新疆日报记者 X",
# "广西云-广西日报记者 X" (石榴云, 广西云 are the papers' apps, no person).
PLATFORM_BEFORE_OUTLET = re.compile(
    rf"^[{CJK}A-Za-z]{{2,8}}\s*[/／\-－]\s*(?=[{CJK}A-Za-z·•]{{0,12}}(?:{'|'.join(OUTLET_END)})(?:{ROLE_RE}))"
)


_OUTLET_CHARS = re.compile(rf"[{CJK}A-Za-z·]+")


def is_outlet(token: str) -> bool:
    """A paper, site or platform credited beside its reporters (云南网, 掌上兰州·兰州晨报,
    共享联盟·南湖): decided by its shape, since no list of outlets is ever complete."""
    token = token.replace("•", "·")
    if len(token) < 2 or not _OUTLET_CHARS.fullmatch(token):
        return False
    token = token.removesuffix("发")  # "新华社发", "央广网发": the outlet that sent the picture
    parts = token.split("·")
    if any(w in part for part in parts for w in OUTLET_WORDS):
        return True
    return any(
        (len(part) >= 3 and part.endswith((*OUTLET_END, *SHORT_OUTLET_ENDS)))
        or part.endswith(("报", "网"))
        for part in parts
    )


# A body's last character, never a name's: 校团委, 市文旅局, 宣传部, 县融媒体中心站; or a
# place's, credited for the body there (通讯员 城关镇 X).
_BODY_ENDS = "委局部办处站队省市县区镇乡"


def is_body(token: str) -> bool:
    """An organisation or column credited beside its people (九江职院新闻网讯(校团委 张静),
    (记者 曾小清 乐山观察 冷润雨)): it ends like a body or a column, which no name does."""
    column = len(token) >= 4 and token.endswith(tuple(_COLUMN_WORDS))
    organisation = token.endswith(ORGANISATION_ENDS) and _ALL_CJK.fullmatch(token)
    return (
        column
        or _pen_name_of_office(token)
        or (len(token) >= 3 and (token[-1] in _BODY_ENDS or bool(organisation)))
    )


def _pen_name_of_office(token: str) -> bool:
    """A publicity office signing as a correspondent, its province or bureau shortened before 宣
    (宣传): "通讯员 粤应宣". No surname opens it."""
    return len(token) == 3 and token[-1] == "宣" and token[0] not in SURNAMES


_ALL_CJK = re.compile(f"[{CJK}]+")


def supplied_picture(text: str) -> re.Match | None:
    """Where a picture's credit to a body, not a person, begins: "(度假区供图)", "供图 湖口县融媒体
    中心", "红寺堡区委宣传部供图". It names no one, and is no heading."""
    if "供图" not in text:
        return None  # both forms print it
    bracketed = SUPPLIED_PICTURE.search(text)
    if bracketed:
        return bracketed
    m = _SUPPLIED_BY.search(text)
    body = m and (m.group("after") or m.group("before"))
    return m if body and (is_body(body) or is_outlet(body)) else None


_CREDIT_OUTLET = re.compile(rf"^[\s（(□■]*([{CJK}]{{2,8}}?)(?:记者|通讯员|发)")


def credit_outlet(credit: str) -> str:
    """The outlet a photo credit names, "" for none or the paper's own 本报: "新华社记者 X 摄"
    -> 新华社, "(央广网发 X 摄)" -> 央广网."""
    m = _CREDIT_OUTLET.match(credit.strip())
    outlet = m.group(1) if m else ""
    return outlet if outlet != "本报" and is_outlet(outlet) else ""


def looks_like_name(token: str, vouched: bool = False, credited: bool = False) -> bool:
    """A person name: 2-4 CJK characters (or a ·-joined minority name) with a known surname.
    A photo credit's 摄 vouches for a given name's characters (李向前 摄), not its surname."""
    inner = token[1:-1] if vouched and token.endswith("和") else token[1:]  # 覃庆和, by a role
    carry = (vouched or credited) and len(token) == 3 and token[0] in SURNAMES
    allowed = _NAME_MAY_CARRY if carry else set()
    if not _NAME.match(token) or (_NOT_NAME_CHARS - allowed) & set(inner):
        return False
    if token in _COLUMN_WORDS:
        return False
    if token.endswith(TITLES_OF_ADDRESS):  # "线索提供 雷先生": mentioned, not credited
        return False
    if token.startswith(_LEAD_GOES):
        return False
    if vouched or "·" in token or "•" in token:
        return True
    return token[0] in SURNAMES or token[:2] in COMPOUND_SURNAMES


# "(来源:长春日报 记者 张鑫多)", "(来源:九江市田家炳实验中学 图文/曾祾)": the source named
# before its reporter, a paper or a body whatever its shape, under any source word ("本文来源:
# 中国景谷网 作者:X", what a site's reprint prints): the word is a label, never a name.
_SOURCE = re.compile(
    rf"^(?:{alternatives(SOURCE_WORDS)})\s*[:：]\s*(?:(?!{ROLE_RE})[^\s:：]+\s+(?=\S))?"
)
# Or after the names, closing the credit or among a sign-off's fields: "(作者:贺顺超 实习生 罗淏彬
# 来源:兴义市融媒体中心)", "作者:X  审稿:Y  来源:数统学院  编辑:Z". The word after the source
# word, whatever its shape, is the source (a school, a bureau, an account), never a person;
# a source left blank ("来源:") names nothing.
_SOURCE_AFTER = re.compile(rf"\s+(?:{alternatives(SOURCE_WORDS)})\s*[:：]\s*[^\s:：]*(?=\s|$)")
# A word printed against a role word, at the start, after a slash or after a space: "新文化记者
# 李洋", "兰州晨报/掌上兰州首席记者王兰芳", "(驻内蒙古记者 阿都钦 赤峰台记者 邵冬梅)".
_OUTLET_AGAINST_ROLE = re.compile(
    rf"(?:^|(?<=[/／\s:：]))(?!{ROLE_RE})([{CJK}A-Za-z]{{2,16}}?\+?)(?={ROLE_RE})"
)


# What one of a team did, set before a slash and the role of the one who did it: "航拍/记者李忠
# 视频/记者白迪文 配音/记者翟方润". The task is no one; the name after the role is.
_TASK_BEFORE_ROLE = re.compile(rf"(?:^|(?<=\s))[{CJK}]{{2}}\s*[/／]\s*(?=(?:{ROLE_RE}))")
# A field's label before its colon ("指导教师:X 作者:Y", "协作:X", "H5:X"): a word naming what
# the people after it did, no one's name, whatever the word. Roles, staff and source words keep
# their own readings; a name with its surname before a colon is left alone.
_FIELD_LABEL = re.compile(
    rf"(?:^|(?<=[\s/／{BARS}]))([{CJK}A-Za-z][{CJK}A-Za-z0-9]{{1,5}})\s*[:：]"
)


# The people a piece is about, each labelled so in its credit's bracket or line ("(讲述人:X
# 记者 Y)", "(联系人 X)"): the label and the names after it, up to the next role or field,
# are no credit. A name opening on a role word stays for the role's reading.
_SUBJECT_FIELD = re.compile(
    rf"(?:^|(?<=[\s/／{BARS}]))(?:{alternatives(SUBJECT_LABELS)})\s*[:：\s]\s*"
    rf"(?:(?!{ROLE_RE}|{STAFF_WORD})[{CJK}·•]{{2,8}}(?:[\s、，,]+|$))+"
)


# A field labelled by an editing desk's task in words of its own ("核稿:X", "编排:X"): staff.
_EDITING_LABEL = re.compile(f"[{EDITING_MORPHEMES}]{{2}}")


def _drop_field_label(m: re.Match) -> str:
    label = m.group(1)
    known = _ROLE.search(label) or _STAFF_TOKEN.search(label) or label.endswith(SOURCE_WORDS)
    if not known and _EDITING_LABEL.fullmatch(label):
        return "编辑:"  # read as the staff it is: the names after it sign nothing
    return m.group() if known or looks_like_name(label) else ""


# A publication named in book-title marks before its reporter's role: "《环球》杂志记者/马琼";
# set apart from the role, only a name ending like a paper's or a magazine's, since a piece's
# own title is printed so before its byline ("《伊犁是个好地方》 本刊记者 X").
_QUOTED_OUTLET = re.compile(
    rf"《(?:[^《》]{{1,12}}》|[^《》]{{1,10}}[报刊志]》\s+)[{CJK}]{{0,4}}?(?=(?:{ROLE_RE}))"
)


_ROLE_LABEL = re.compile(rf"(?:{ROLE_RE})\s*[:：]")


def _runs_into_role(word: str, role: str) -> bool:
    """An outlet ending in a role's own first characters: "江城融媒记者" is 江城融媒's reporter,
    though 融媒记者 is a role too and 江城 may pass for a name."""
    head = role.removesuffix("记者")
    return head != role and bool(head) and is_outlet(word + head)


def _drop_outlet(m: re.Match) -> str:
    """The paper, station or post against its role word is no one when the line spaces its
    names ("南都记者 黄慧萍 刘媚") or the word has no surname; set solid with a surname,
    "王兴国记者梁可心" names two people. After a space, a word with a surname may be a name
    whose space before the role was lost ("邵英明 岳海兴记者 朱彤"), or names set solid: only
    an outlet's shape or no surname makes it a station (赤峰台记者). A role labelling its
    names with a colon ("南都记者:X") is a field's label: the word in it is the outlet."""
    spaced = re.search(r"\s", m.string[m.end() :])
    word = m.group(1)
    if word.endswith("+") or _ROLE_LABEL.match(m.string, m.end()):
        return ""  # an app, "南方+记者 X": no name carries a plus
    if _runs_into_role(word, _ROLE.match(m.string, m.end()).group()):
        return ""
    if m.start() > 0 and m.string[m.start() - 1].isspace():
        # names set solid before the role, a line break lost between them ("李翰麒 / 朱意摄影
        # 报道"), are people too: they split into names one way only
        named = looks_like_name(word) or split_glued_names(word) is not None
        return "" if is_outlet(word) or not named else m.group()
    return "" if spaced or not looks_like_name(word) else m.group()


_AGENCY_MARK = re.compile(r"[A-Z]{2,10}")
# How a name was read off the usual shapes, for the credit's doubt (Credit.doubt).
GLUED = "names set solid, split by a guess"
BARE_NAME = "a name alone under a title, no role word"
BARE_TAIL = "names alone after the last sentence, no role word"


# Who provided the pictures or the material, a note: "(本文图片由作者提供)", "(图片由县文旅局
# 提供)". Whoever it names, it credits no one's writing.
_PROVIDED_BY = re.compile(r"由\S{1,20}提供")
# The author's employer or post, not a byline: "(作者单位:XX县委宣传部)", "(作者系XX大学教授)";
# or their life, a note under the piece: "作者简介:X,1980年生".
_AUTHOR_NOTE = re.compile(r"^作者(?:单位|系|简介)")
# A source word and one word after it, no role anywhere: the source itself, a site or an account
# ("(来源:宿迁发布)"), whatever its shape; no one wrote under that name.
_SOURCE_ALONE = re.compile(rf"^(?:{alternatives(SOURCE_WORDS)})\s*[:：]\s*[^\s:：]+$")


def parse_names(
    text: str, default_role: str = "作者", solid: bool = False, credited: bool = False
) -> list[Credit] | None:
    """Credits from a byline's text, or None when any token is not a name or a role.

    Unlabelled names before a reporter are correspondents (通讯员); unlabelled names with no
    reporter on the line are the authors. A role word or a □ anywhere on the line vouches for
    every name on it, so rare surnames pass; a bare "(王艳)" must have a common surname.
    """
    roled = bool(_ROLE.search(text))
    vouched = roled or bool(MARKERS.match(text.strip()))
    if _AUTHOR_NOTE.match(text.strip()) or _PROVIDED_BY.search(text):
        return None
    if not vouched and _SOURCE_ALONE.match(text.strip()):
        return None
    text = _SOURCE_AFTER.sub(" ", _SOURCE.sub("", MARKERS.sub("", text.strip())))
    text = _GLUED_FILLER.sub(" ", text)
    text = _QUOTED_OUTLET.sub("", _TASK_BEFORE_ROLE.sub("", text))
    text = _SUBJECT_FIELD.sub(" ", text)
    if ":" in text or "：" in text:
        text = _FIELD_LABEL.sub(_drop_field_label, text)
    text = _OUTLET_AGAINST_ROLE.sub(_drop_outlet, PLATFORM_BEFORE_OUTLET.sub("", text))
    tokens = _TOKEN_SPLIT.split(text)
    credits: list[tuple[str, str | None, str]] = []
    role: str | None = None
    saw_role = staff = False
    for token in _unglue_marks(_rejoin_spaced(tokens)):
        if not token:
            continue
        token = MARKERS.sub("", token)
        if not token:
            continue  # a box before each role: "○本报记者 X ○本报通讯员 Y"
        staff_word = _STAFF_TOKEN.fullmatch(token)
        if token in _ROLE_NAMES or staff_word:
            # the staff a byline may name after its reporters ("编辑:冯潇"): no author of it
            staff = bool(staff_word) and token not in _ROLE_NAMES
            role, saw_role = _ROLE_NAMES.get(token, role), saw_role or not staff
            continue
        if staff and looks_like_name(token, vouched=True):
            continue  # "编辑:小真": an editor's name, whatever its surname, signs nothing
        no_one = token in _FILLER or token.startswith("发自")  # "发自北京": where, not who
        # a picture agency's Latin mark before its photographer: "CICPHOTO/X 摄", "VCG/X 摄"
        no_one = no_one or (credited and bool(_AGENCY_MARK.fullmatch(token)))
        if no_one or is_outlet(token) or is_body(token) or _CONTRIBUTOR.fullmatch(token):
            continue
        # a writer's mark alone ("图文:X") vouches for a name's characters, not a four-character
        # word's: without a role, "中稻丰收" under it is a title, and a name opens with a surname
        marked = vouched and (roled or len(token) < 4)
        if not looks_like_name(token, vouched=marked, credited=credited):
            glued = split_glued_names(token) if role and (solid or credited) else None
            if glued is None:
                alone = text.strip() == token  # the bracket's one word, nothing beside it
                name = _after_outlet(token) if credited else _after_body(token) if alone else ""
                if not name:
                    return None
                credits.append((name, role, ""))
                continue
            credits.extend((name, role, GLUED) for name in glued)
            continue
        glued = _four_glued(token, text) if role else not roled and _space_lost(token, text)
        if (solid or credited) and glued:
            credits.extend((name, role, GLUED) for name in (token[:2], token[2:]))
            continue
        if not (vouched or credited) and _office_short_name(token, text):
            return None
        credits.append((token, role, ""))
    if not credits:
        return None
    unlabelled = "通讯员" if saw_role else default_role
    return [Credit(name, r or unlabelled, doubt) for name, r, doubt in credits]


def _office_short_name(token: str, text: str) -> bool:
    """Four characters alone in a closing bracket, no compound surname, no role, box or 摄
    vouching for them: a place and an office shortened ("(江城交警)", "(江城文旅)"), how a
    bureau or its account signs what it sent in. A Han name of four characters opens on a
    compound surname; beside other names ("(刘付诗晨 张明)") the list vouches for it."""
    return len(token) == 4 and token[:2] not in COMPOUND_SURNAMES and text.strip() == token


def _after_outlet(token: str) -> str:
    """The photographer's name a picture credit sets solid after its outlet, no role word
    between: "(民族画报和勇摄影)" -> 和勇; "" when the token is not an outlet and a name."""
    for cut in (len(token) - 3, len(token) - 2):
        outlet, name = token[:cut], token[cut:]
        if len(outlet) >= 3 and is_outlet(outlet) and looks_like_name(name, credited=True):
            return name
    return ""


def _after_body(token: str) -> str:
    """The correspondent's name a closing bracket sets solid after the body they write for, no
    space between, the bracket's one word: "(县农业局刘广刚)" -> 刘广刚; "" unless the token splits
    one way into a body (县农业局, 市委宣传部) and a name with a common surname."""
    cuts = [len(token) - n for n in (3, 2) if len(token) - n >= 3]
    names = [token[cut:] for cut in cuts if is_body(token[:cut]) and looks_like_name(token[cut:])]
    return names[0] if len(names) == 1 else ""


def _space_lost(token: str, text: str) -> bool:
    """Four characters among names the credit spaces apart, each of two or three, no role on
    it: two names whose space OCR lost ("(成展鹏 潘成崔艳)"), when they split one way into
    two with common surnames; a Han 4-character name has a compound surname."""
    others = [t for t in text.split() if t != token]
    return (
        len(token) == 4
        and bool(others)
        and all(2 <= len(t) <= 3 for t in others)
        and token[:2] not in COMPOUND_SURNAMES
        and split_glued_names(token, shortest=4) is not None
    )


def _four_glued(token: str, text: str) -> bool:
    """Four characters in a credit set solid throughout, two surnames at their heads, are two
    2-character names ("(通讯员周菲林波记者姜涛)"): a Han 4-character name has a compound
    surname. A second role in the credit shows its people run solid; under one role four
    characters may be one minority name (那仁高娃, 阿依古丽), unless both halves open on one
    of the commonest surnames that a minority name's syllables seldom open on ("实习记者陈雪
    王军摄影报道")."""
    if len(token) != 4:
        return False
    common = token[0] in COMMONEST_SURNAMES and token[2] in COMMONEST_SURNAMES
    return (
        not re.search(r"\s", text)
        and (common or len(_ROLE.findall(text)) >= 2)
        and token[:2] not in COMPOUND_SURNAMES
        and split_glued_names(token, shortest=4) is not None
    )


def split_glued_names(token: str, shortest: int = 5) -> list[str] | None:
    """Names a role word vouches for in a dateline's bracket, set solid with no space between
    them ("记者任媛媛徐飞", a line break dropped in "王静远 / 隋佳桐 邢明"): read when the run
    splits into 2-3 character names, each with a common surname, in exactly one way."""
    if not shortest <= len(token) <= 12 or not re.fullmatch(f"[{CJK}]+", token):
        return None
    ways: list[list[str]] = []

    def walk(at: int, names: list[str]) -> None:
        if len(ways) > 1:
            return
        if at == len(token):
            ways.append(names)
            return
        for n in (2, 3):
            name = token[at : at + n]
            if len(name) == n and name[0] in SURNAMES and not _NOT_NAME_CHARS & set(name[1:]):
                walk(at + n, [*names, name])

    walk(0, [])
    return ways[0] if len(ways) == 1 else None


_LISTED = re.compile(r"\s*、\s*")


def listed_names(text: str) -> list[str] | None:
    """Names alone under a title as a team of writers signs a long report, no role word:
    listed with 、 ("刘军涛、杨雪楠、唐宋"), or set solid when the run splits one way into
    names with common surnames ("张文智郭治斌尤建龙"). A phrase split so falls into pairs
    ("石榴/花开/汪家园"), a team's names mostly run to three characters: one pair at most."""
    if "、" in text:
        names = _LISTED.split(text)
        named = all(2 <= len(n) <= 3 and looks_like_name(n) for n in names)
        return names if named else None
    names = split_glued_names(text, shortest=6) or []
    pairs = sum(len(n) == 2 for n in names)
    return names if names and pairs <= 1 and all(map(looks_like_name, names)) else None


def _rejoin_spaced(tokens: list[str | None]) -> list[str]:
    """OCR spaces inside a name ("王 艳", "周 晓峰"): a lone character is no name, so it joins
    the name token after it when the two make 2-4 characters. After a lone surname even a
    filler character is the given name ("张 文")."""
    out: list[str] = []
    for token in (t for t in tokens if t):
        last = out[-1] if out else ""
        single = len(last) == 1 and last not in _FILLER and last not in _ROLE_NAMES
        given = token not in _FILLER or (last in SURNAMES and len(token) == 1)
        if single and given and token not in _ROLE_NAMES and len(token) <= 3:
            out[-1] = last + token
        else:
            out.append(token)
    return out


def _unglue_marks(tokens: list[str]) -> list[str]:
    """文 or 图 set solid against a 3-character name before /摄 or /图: "记者刘教清文/摄" is
    刘教清 writing and taking the pictures, not someone called 刘教清文."""
    out = list(tokens)
    for i, (token, nxt) in enumerate(itertools.pairwise(tokens)):
        if len(token) == 4 and token[-1] in "文图" and nxt in ("摄", "图"):
            out[i] = token[:3]
    return out


def _join_broken(text: str) -> str:
    """A byline broken across lines ("李林\\n晅") is one name: drop whitespace in CJK runs."""
    return _BROKEN_IN_NAME.sub("", text) if "\n" in text else text


_BROKEN_IN_NAME = re.compile(rf"(?<=[{CJK}])\n\s*(?=[{CJK}])")


# Where a writer files from, after the name: "作者 智声(悉尼)", "特约记者 X(发自纽约)", or
# set apart by a space before 报道: "本报记者 张明 北京报道", "记者边雪 宁夏采访报道", or by a
# magazine's bar, the place longer: "记者 张明 | 新疆和田报道".
_FILED_FROM = re.compile(
    rf"(?<=[{CJK}])\s*[（(](?:发自)?[{CJK}]{{2,8}}[）)]$|(?<=[{CJK}])\s+(?!摄影|图文|联合|综合)[{CJK}]{{2,3}}(?:采访)?报道$"
    rf"|(?<=[{CJK}])\s*[{BARS}]\s*[{CJK}]{{2,6}}(?:采访)?报道$"
)


# A team's credit block may run long ("记者:刘贤沛 侯玉晓 王凯 … 见习记者:林敏儿 实习生:梁颖岚"):
# every word on it must still be a role or a name.
BYLINE_MAX_CHARS = 120
# What _TOOK_PICTURES and _FILED_FROM end on: a line ending otherwise has nothing for them.
_FILED_ENDS = ("）", ")", "报道")


# Each role word's characters. parse_names reads tokens only from a line's own characters, so
# a line lacking some character of every role word can give no credit a role.
# Only the fewest: a role holding another's characters (本报记者, 记者) needs no check of its own.
_ROLE_SETS = {frozenset(role) for role in ROLES}
_ROLE_CHARS = tuple(c for c in _ROLE_SETS if not any(o < c for o in _ROLE_SETS))
_ANY_ROLE_CHAR = frozenset().union(*_ROLE_CHARS)
# Found by one scan in C: cheaper than hashing every character of the line into a set.
_A_ROLE_CHAR = re.compile(f"[{''.join(map(re.escape, sorted(_ANY_ROLE_CHAR)))}]")


def _may_hold_role(line: str) -> bool:
    found = _A_ROLE_CHAR.findall(line)
    if len(found) < 2:
        return False  # most lines hold none or one: no role's two
    chars = frozenset(found)
    return len(chars) > 1 and any(role <= chars for role in _ROLE_CHARS)


# Possessive: a word runs to the first space, so giving characters back never finds one.
_FIRST_WORD = re.compile(r"(\S{4,}+)\s++(?=\S)")


def _outlet_led(line: str) -> bool:
    """A line opening on an outlet's or a body's name set apart before its people, no role
    word: "紫云自治县融媒体中心  黄晓箐  龙尚武", "县委宣传部 张明 李华" (a county paper's
    correspondents, credited by the office they write for). The outlet or body vouches as a
    role would; each name still needs its common surname. A place before a name signs a
    letter (SIGNATURE), where the writer lives."""
    m = _FIRST_WORD.match(line)
    body = m and is_body(m.group(1)) and not SIGNATURE.match(line)
    return bool(m) and (is_outlet(m.group(1)) or bool(body))


# Names and 报道 on a line of their own, no role: "张明 李华 报道". Each name still needs its
# common surname.
_NAMES_REPORT = re.compile(rf"^[{CJK}]{{2,3}}(?:[\s、]+[{CJK}]{{2,3}})*\s+报道$")


# The last of a byline's people took its pictures, a bracketed 摄 after the name: "记者 张明
# 通讯员 李华(摄)". The byline's role words vouch for the names; a photo credit has no role
# before its 摄 in brackets.
_TOOK_PICTURES = re.compile(rf"(?<=[{CJK}])\s*[（(]摄影?[）)]$")
# A site's fields under its title, each boxed in square brackets: "[来源:华声在线] [作者:X]".
_BOXED_FIELD = re.compile(r"[\[［【]\s*([^\[\]［］【】:：]{1,6}[:：][^\[\]［］【】]+?)\s*[\]］】]")


# The field labelling who wrote the piece, a sign-off's first: "撰稿:X 审核:Y", "执笔:X",
# "采写:X"; read as 作者. Before a role ("采写:南都记者 X") the role names them.
_WRITER_LABEL = re.compile(rf"^(?:撰稿|采写|执笔人?)\s*[:：]\s*(?!\S*?(?:{ROLE_RE}))")


# The time a site posted the piece, on its header line before or after the byline, maybe
# labelled or boxed: "2022-11-07 16:59", "2016年12月02日 07:48:12", "发布时间:2022-11-07",
# "[2022-11-07]"; and the page's counters ("点击:", "浏览次数:1234", "字号:大 中 小").
_POSTING_TIME = (
    rf"(?:(?:{alternatives(POSTING_LABELS)})\s*[:：]\s*)?"
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日/]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
POSTED = re.compile(
    rf"(?:^|\s+)[\[［【]?(?:{_POSTING_TIME}"
    rf"|(?:{alternatives(PAGE_FIELDS)})\s*[:：]\s*[^\s:：\]］】]*(?:\s+[中小])*)[\]］】]?(?=\s|$|[\[［【])"
)

_DIGIT_OR_COLON = re.compile(r"[\d:：]")  # what both print: a cheap reject before POSTED


def _without_posting(line: str) -> str:
    """A site's header line without its posting time and page counters: "海南在线 通讯员 X
    2022-11-07 16:59" -> "海南在线 通讯员 X". Only a stamp with its four-digit year is taken."""
    return POSTED.sub(" ", line).strip() if _DIGIT_OR_COLON.search(line) else line


# A role boxed alone before its names, as a site labels its fields: "【通讯员】张明 李华", "【作者】
# 张明". The box is no name.
_BOXED_ROLE = re.compile(rf"^[【\[［]\s*({ROLE_RE})\s*[】\]］]\s*")
# The author labelled as one field of a site's sign-off, wherever it stands among them: "来源:X |
# 编辑:Y | 作者:Z", "编辑:Y 作者:Z". Its label vouches for the name after it as 作者 opening the
# line does.
_AUTHOR_FIELD = re.compile(rf"(?:^|[\s{BARS}])作者\s*[:：{BARS}]")
# A byline boxed whole in square brackets on its line: "【记者 张明】", "[记者 张明 李华]".
_BOXED_LINE = re.compile(r"[【\[［]([^【】\[\]［］]{2,60})[】\]］]")


def parse_byline_line(line: str) -> list[Credit] | None:
    """A line that is nothing but a byline: "本报记者 赵青 实习记者 李林晅", "□X 本报记者 Y"."""
    if "[" in line or "［" in line or "【" in line:
        line = _BOXED_FIELD.sub(r" \1 ", line)
    line = _without_posting(line)
    boxed_line = _BOXED_LINE.fullmatch(line.strip())
    if boxed_line and _ROLE.search(boxed_line.group(1)):
        line = boxed_line.group(1)  # "【记者 X】" under a title: the box is no name
    line = _BOXED_ROLE.sub(r"\1 ", _WRITER_LABEL.sub("作者:", line.strip()))
    line = _SOURCE.sub("", line.strip())  # "本文来源:X 作者:Y" is Y's byline
    if line.endswith(_FILED_ENDS) and _ROLE.search(line):
        line = _FILED_FROM.sub("", _TOOK_PICTURES.sub("", line))
    if not line or len(line) > BYLINE_MAX_CHARS or CREDIT_TAIL.search(line):
        return None
    boxed = bool(MARKERS.match(line))
    # SIGNED needs a slash or a closing task word: a line with neither is not searched for it
    may_sign = "/" in line or "／" in line or line.endswith(("文", "图", "整理"))
    signed = may_sign and SIGNED.search(line)
    marked = line.startswith("作者") or bool(signed or _NAMES_REPORT.match(line))
    marked = marked or ("作者" in line and bool(_AUTHOR_FIELD.search(line)))
    marked = marked or _outlet_led(line)
    if not (boxed or marked or _may_hold_role(line)):
        return None  # no role, box or mark can vouch for what names it may hold
    credits = parse_names(line, solid=True)
    if credits is None:
        return None
    has_role = any(c.role != "作者" for c in credits) or marked
    if boxed and not has_role and not all(_boxed_name(c.name) for c in credits):
        return None  # "■简讯", "■胡同故事": a column's label under its box, no one's name
    return credits if (has_role or boxed) else None


def _boxed_name(token: str) -> bool:
    """A name under a box with no role word: a surname, and four characters only after a
    compound one, since a 4-character word under a box is a column (■文明新风, ■校园志愿)."""
    four = len(token) == 4 and token[:2] not in COMPOUND_SURNAMES
    return looks_like_name(token) and not four and not is_section_label(token)


# A column's label ends like news does: 简讯, 快讯, 本地热闻, 要闻, 基层动态, 新闻速递.
_LABEL_ENDS = ("讯", "闻", "速览", "速递", "动态", "传真", "集锦", "播报", "简报")


def is_section_label(token: str) -> bool:
    """A word that names a column, not a person, though a box (■) stands before it."""
    return token.endswith(_LABEL_ENDS)


def is_boxed_label(line: str) -> bool:
    """ "■简讯", "■本地热闻": a box and a column's label on a line of their own, a heading."""
    m = MARKERS.match(line.strip())
    rest = line.strip()[m.end() :] if m else ""
    return 2 <= len(rest) <= 8 and is_section_label(rest)


# A column's name under its box, maybe with its series after a colon: "■社区故事",
# "■泉州记忆：百年百村". A section's own head under a box reads as a headline, longer.
_BOXED_COLUMN = re.compile(rf"^■\s*[{CJK}]{{2,6}}(?:[:：][{CJK}]{{2,8}})?$")


def is_boxed_column(line: str) -> bool:
    """ "■社区故事": a box and a short column name on a line of their own."""
    return bool(_BOXED_COLUMN.match(line.strip()))


def is_bare_role(line: str) -> bool:
    """A byline naming no one: "本报评论员" over a commentary, "(本报记者)" closing a report."""
    if not _may_hold_role(line):
        return False  # what is left after markers and brackets is of the line's characters
    return BRACKETED.sub(r"\1", MARKERS.sub("", line.strip())).strip() in _ROLE_NAMES


# A letter signed at its foot by where the writer lives and who: "芜湖市镜湖区 读者 何志勇".
SIGNATURE = re.compile(
    rf"^(?:(?P<place>[{CJK}]{{2,24}}(?:省|市|区|县|旗|镇|乡|村|街道|社区|小区))\s+)?"
    rf"(?P<reader>读者)?\s*(?P<name>[{CJK}]{{2,4}})$"
)


def parse_signature(line: str) -> list[Credit] | None:
    """The writer's signature under a letter; a place set apart by a space, or the word 读者,
    must mark it ("腾冲和顺古镇游人如织" is a title, not 游人如织 of 腾冲和顺古镇)."""
    m = SIGNATURE.match(line.strip())
    if not m or not (m.group("place") or m.group("reader")):
        return None
    if not looks_like_name(m.group("name"), vouched=bool(m.group("reader"))):
        return None
    return [Credit(m.group("name"), "读者" if m.group("reader") else "作者")]


# A site's editor tagged after the closing byline, in square brackets: "(文图:X Y) [责编:Z]".
# The editor signs nothing; the byline before the tag still closes the text.
_EDITOR_TAG = re.compile(
    rf"\s*[\[［【](?:{alternatives(STAFF_ROLES)})\s*[:：]\s*[^\]］】]{{1,20}}[\]］】]\s*$"
)
# Or the staff signing off unbracketed on the same line, a space or the byline's bracket before
# them: "(记者 X) 责任编辑:Y 校对:Z", "(记者 X)编辑/Y 审核/Z".
_STAFF_AFTER = re.compile(
    rf"(?:(?:\s+|(?<=[）)]))(?:{alternatives(STAFF_ROLES)})\s*[:：/／]?\s*[{CJK}]{{2,4}})+\s*$"
)
# A stop set after the closing byline's bracket, the sentence's stop moved past it: "…(记者 X)。"
_STOP_AFTER_BRACKET = re.compile(r"(?<=[）)])\s*[。.]\s*$")


# A reprint's note of the title it first ran under, after its byline: "…(记者 X)(原标题:Y)".
_ORIGINAL_TITLE = re.compile(
    rf"\s*[（(](?:{alternatives(ORIGINAL_TITLE_WORDS)})\s*[:：][^（）()]{{1,60}}[）)]\s*$"
)


def _after_byline(paragraph: str) -> int | None:
    """Where what may follow a closing byline on its line begins, none of it a credit: the
    staff's sign-off, bracketed or not, a reprint's original title, or the article's end mark
    ("…(记者 X)■", "(完)")."""
    tagged = (
        _EDITOR_TAG.search(paragraph)
        or _STAFF_AFTER.search(paragraph)
        or _ORIGINAL_TITLE.search(paragraph)
        or _STOP_AFTER_BRACKET.search(paragraph)
    )
    if tagged:
        return tagged.start()
    mark = end_mark(paragraph)
    return mark.start() if mark else None


def parse_bracketed_byline(line: str) -> list[Credit] | None:
    """A closing byline printed on a line of its own: "(邵英明 岳海兴 记者朱彤)". A bracket
    set alone on its line credits whom it names, as a role word would: "(徐日明)"."""
    line = line.strip()
    if not line.startswith(("（", "(")):
        return None  # the tag is cut from the end only: nothing else opens the bracket
    m = TRAILING.fullmatch(_EDITOR_TAG.sub("", line))
    if not m:
        return None
    names = m.group("names")
    if CREDIT_TAIL.search(names):
        return parse_credit_line(names)
    return parse_names(names, credited=True)


def _bracket_credits(names: str) -> list[Credit] | None:
    """A closing bracket's people: its photographers when it ends in 摄 ("(丁安摄)"), its
    authors otherwise. A role in it vouches for names set solid as a dateline's bracket does
    ("(记者张明李华)")."""
    if CREDIT_TAIL.search(names):
        return parse_credit_line(names)
    return parse_names(names, solid=bool(_ROLE.search(names)))


# A chart's maker credited after the photographer, maybe with the paper's graphics desk:
# "郁卫兵 摄 新民图表 制图 戴佳嘉".
CHART_AFTER = re.compile(
    rf"\s+(?:[{CJK}]{{2,6}}\s+)?制图\s*[:：/／]?\s*(?P<names>[{CJK}]{{2,4}}(?:[\s、][{CJK}]{{2,4}})*)$"
)


def _with_chart(
    text: str, read: Callable[[str], tuple[str, list[Credit] | None]]
) -> tuple[str, list[Credit]] | None:
    """A picture's credit followed by its chart's: what `read` gives for the picture's part,
    the chart's makers added to its credits; None when the text has no such chart credit."""
    chart = CHART_AFTER.search(text)
    if not chart:
        return None
    rest, credits = read(text[: chart.start()])
    drawn = parse_names(chart.group("names"))
    if not credits or not drawn:
        return None
    return rest, credits + [replace(c, role="制图") for c in drawn]


def _may_credit(text: str) -> bool:
    """Every photo credit form (CREDIT_HEAD, CREDIT_TAIL, CHART_AFTER) prints 摄 or 图, or a
    slash before its agency (AGENCY_CREDIT): a cheap reject before the costly patterns, giving
    the same answer."""
    return "摄" in text or "图" in text or "/" in text or "／" in text


# A photo credit runs short; a photo report's team, its outlet and role first, runs longer:
# "山西晚报记者 马立明 通讯员 姚中吉 栗卢建 闫鑫 薛启涛 高新生 陈来全 李玉锁 摄影报道". Every
# word on it must still be a role or a name.
CREDIT_MAX_CHARS = 40
_LONG_CREDIT = re.compile(rf"^[{CJK}A-Za-z·]{{0,12}}?(?:{ROLE_RE})[^。！？，,]*$")


def parse_credit_line(line: str) -> list[Credit] | None:
    """A photo credit standing alone: "本报记者 苏强摄", "刘泽洋 本报记者 蒋国红摄", "摄影 张三"."""
    if not _may_credit(line):
        return None
    line = AGENCY_CREDIT.sub(r"\1 摄", line.strip())
    charted = _with_chart(line, lambda head: ("", parse_credit_line(head)))
    if charted:
        return charted[1]
    if len(line) > CREDIT_MAX_CHARS and not _LONG_CREDIT.match(line):
        return None
    line = BRACKETED.sub(r"\1", line).replace("/摄", "摄").replace("／摄", "摄")
    line = AGENCY_AFTER.sub(r"\1", line)
    body = CREDIT_HEAD.sub("", line) if CREDIT_HEAD.match(line) else None
    if body is None:
        if not CREDIT_TAIL.search(line):
            return None
        body = CREDIT_TAIL.sub("", line)
    credits = parse_names(body, default_role="摄影", credited=True)
    if credits is None:
        return None
    return [replace(c, role="摄影") for c in credits]


# A box or triangle set apart before a caption's first word: "■ 2011年崇启大桥通车 …".
_CAPTION_MARKS = ("■", "□", "▲", "△", "●", "◆")


_CREDIT_AFTER_STOP = re.compile(
    rf"(?<=[{STOPS}])(?:\s*[（(](?:{alternatives(FILE_PICTURE_TAGS)})[）)])?\s*"
    rf"(?P<credit>[^{STOPS}]{{2,30}})$"
)


def split_inline_credit(text: str) -> tuple[str, list[Credit]]:
    """A caption that ends with its credit: "捐赠仪式现场。高淑芳 摄" -> caption, [高淑芳]."""
    if not _may_credit(text):
        return text, []
    charted = _with_chart(text, split_inline_credit)
    if charted:
        return charted
    for m in (
        _CREDIT_AFTER_STOP.search(text),
        # "…喜悦(张林玉供图)", "…景观。新华社发(刘钰沁 摄)"
        re.search(r"(?P<credit>[（(][^（）()]{2,20}(?:摄|摄影|供图)[）)])$", text),
    ):
        credits = m and parse_credit_line(m.group("credit"))
        if credits:
            return text[: m.start("credit")].rstrip(), credits
    # Set off by a space only, its role first: "…峨桥镇响水涧 图摄:王晓飞", "… 摄影:张三".
    caption, _, last = text.rpartition(" ")
    if len(caption.strip()) >= 4 and CREDIT_HEAD.match(last) and re.search(f"[{CJK}]$", caption):
        credits = parse_credit_line(last)
        if credits:
            return caption.rstrip(), credits
    glued = _glued_credit(text)
    if glued:
        return glued
    # Set off by a space only, no stop before it: "…观赏美景 吉友 韩先波 摄".
    parts = text.split() if CREDIT_TAIL.search(AGENCY_AFTER.sub(r"\1", text)) else []
    first = parts[1] if len(parts) > 1 and parts[0] in _CAPTION_MARKS else parts[:1]
    # The caption may close on a bracket: "…梯田景观。(资料图) 马坤 摄". The credit's name and its
    # 摄 may be set solid, one word after the caption's space: "…晾晒稻谷 周立新/摄".
    if len(parts) >= 2 and re.search(f"[{CJK}）)]$", "".join(first)):
        for k in range(min(4, len(parts) - 1), 0, -1):
            caption, credit = " ".join(parts[:-k]), " ".join(parts[-k:])
            credits = len(caption) >= 4 and parse_credit_line(credit)
            if credits:
                return caption, credits
    return text, []


# A short caption run on into its photographer's name, no stop or space between: "▲长冈乡调查
# 纪念馆陈鹏摄", "图说:喜获丰收彭岭/摄" (拍摄 is the caption's verb, no credit).
_GLUED_CREDIT = re.compile(rf"^(?P<caption>[^{STOPS}]{{4,}}?[{CJK}]{{3}})(?<!拍)[/／]?摄$")


def _glued_credit(text: str) -> tuple[str, list[Credit]] | None:
    """The caption and its photographer when exactly one reading of the name, its last two or
    three characters, opens on a surname: "礼堂李婷婷" is 李婷婷, "纪念馆陈鹏" is 陈鹏."""
    m = _GLUED_CREDIT.match(text)
    head = m.group("caption") if m else ""
    readings = [n for n in (3, 2) if len(head) - n >= 4 and looks_like_name(head[-n:])]
    if len(readings) != 1:
        return None
    n = readings[0]
    return head[:-n].rstrip(), [Credit(head[-n:], "摄影")]


# A picture's credit in brackets inside a paragraph, where its caption ran into the text: "…在
# 栗树园里装袋。新华社发(刘满仓摄)8月28日,…", "…笑逐颜开(张明 摄)村民采摘…". 摄 inside a
# bracket names a photographer wherever the bracket stands.
_PHOTO_BRACKET = re.compile(r"[（(]([^（）()]{2,30}?摄(?:影(?:报道)?)?)[）)]")


def photo_credits_within(text: str) -> list[Credit]:
    """The photographers a paragraph's bracketed picture credits name; the text keeps them."""
    if "摄" not in text:
        return []
    found = []
    for m in _PHOTO_BRACKET.finditer(text):
        credits = parse_credit_line(m.group(1))
        found.extend(replace(c, printed=m.group()) for c in credits or [])
    return found


_BRACKETED_NAME = re.compile(rf"(?<=[{STOPS}])\s*[（(](?P<name>[^（）()\s]{{2,4}})[）)]$")


def split_bracketed_name(text: str) -> tuple[str, list[Credit]]:
    """A sentence closed by a person's name in brackets: "市民代表正在采访。(冯建君)" ->
    the sentence, [冯建君]. Only a picture's gaps around it make the name its photographer."""
    m = _BRACKETED_NAME.search(text)
    name = m.group("name") if m else ""
    if not m or not looks_like_name(name) or is_outlet(name):
        return text, []
    return text[: m.start()].rstrip(), [Credit(name, "摄影")]


def is_whole_dateline(text: str) -> bool:
    split = split_dateline(text)
    return bool(split) and not split[2]


# No dateline: the lead opens on its reporters, each after a role word, maybe under a box or
# the writer's mark, with the paper before the role, the text set apart by a space: "本报记者
# 张明 通讯员 李华  近日，", "四川农村日报全媒体记者 苏杭  3月7日上午".
_LEAD_MARK = re.compile(rf"^(?:[{BYLINE_BOXES}]\s*|文\s*[/／]\s*(?:图\s*)?)")
# Each of a team's people may carry the mark of what they did: "文/记者 张明 图/记者 李华".
_TOKEN_MARK = re.compile(r"^[文图]\s*[/／]")
_LEAD_ROLE = re.compile(
    rf"(?P<outlet>[{CJK}A-Za-z·•]{{0,12}}?)(?P<role>{ROLE_RE})(?P<name>[{CJK}]{{2,4}})?"
)
# Where the reporter filed from, closing the byline: "大众网·海报新闻记者 张明 济南报道".
_FILED_PLACE = re.compile(rf"[{CJK}]{{2,3}}报道")
# The text runs on from the names after a single space when it opens on what the reporter
# did: "记者 张明 从市住建局获悉", a sentence, not a byline over it.
_RUNS_ON = re.compile(
    "^(?:从|在|对|向|与|和|跟随|随|获悉|了解|采访|走访|来到|走进|看到|注意到|说|表示|介绍|告诉)"
)


def _spaced_lead(text: str) -> tuple[str, str] | None:
    """The byline a lead opens on and the text after it, or None: every word before the text
    a role word (the paper's name may stand against it) or a name, each with a surname, after
    one or before one ("张明 李华 记者 王芳": the correspondents first, unlabelled)."""
    mark = _LEAD_MARK.match(text)
    start = mark.end() if mark else 0
    end, roled, named, saw_role, rest = start, False, False, False, None
    if mark and mark.group().startswith("文"):
        roled = saw_role = True  # the writer's mark vouches as a role would: "文/图 张明 近日,"
    for word in re.finditer(r"\S+", text[start:]):
        token = _TOKEN_MARK.sub("", word.group())
        glued = _GLUED_LEAD.match(token)
        if glued and _credit_word(glued.group("head"), roled):
            end = rest = start + word.start() + glued.end("head")
            named = saw_role = True
            break
        role = _credit_word(token, roled)
        if role:
            roled, named, saw_role = True, named or role == "named", True
        elif roled and named and token == "报道":
            roled = False  # the byline ends on it
        elif roled and named and _FILED_PLACE.fullmatch(token):
            roled = False  # so does the place it was filed from, which names no one
            continue
        elif end == start and is_outlet(token):
            pass  # the paper set apart before its reporter: "齐鲁晚报·齐鲁壹点 记者 张明"
        elif not saw_role and len(token) <= 3 and looks_like_name(token):
            pass  # a correspondent before the reporter's role, read only if a role follows
        else:
            rest = start + word.start()
            break
        end = start + word.end()
    if rest is None or not named or not saw_role:
        return None
    after, gap = text[rest:], text[end:rest]
    if len(after) < 8 or (len(gap) < 2 and _RUNS_ON.match(after)):
        return None
    return text[start:end], after


# A lead's first word set solid against the byline's last name, a space lost in print: "记者
# 张明近日,…", "通讯员李华11月3日上午,…". Only a day word closed by a comma or a time of day
# marks it: "记者张明近日从…获悉" is the lead's own clause, its reporter the subject.
_GLUED_LEAD = re.compile(
    rf"(?P<head>[{CJK}·]{{2,16}}?)(?:{'|'.join(LEAD_DAYS)}|(?:\d{{1,2}}月)?\d{{1,2}}日)"
    r"(?=[，,]|[上下中]午|晚上?|早上?|凌晨)"
)


def _credit_word(token: str, roled: bool) -> str:
    """What a word of a spaced byline is: "role" for a role word (the paper's name may stand
    against it), "named" for one with its name set solid ("记者张明") or a name after a role;
    "" for anything else."""
    role = _LEAD_ROLE.fullmatch(token) if _may_hold_role(token) else None
    if role:
        outlet, name = role.group("outlet"), role.group("name")
        is_paper = is_outlet(outlet) or _runs_into_role(outlet, role.group("role"))
        if (outlet and not is_paper) or (name and not looks_like_name(name)):
            return ""
        return "named" if name else "role"
    return "named" if roled and looks_like_name(token) else ""


# No byline printed, the lead's first clause names its reporter, the sentence running on:
# "记者张明从市住建局获悉，", "近日，本报记者张明在金口河采访时了解到", "本报讯 记者张明、李华
# 日前从…获悉". What the reporter did there (获悉, 了解, 采访…) vouches that it is the
# reporter's own report; the name stays in the text.
_REPORTER_ROLE = "|".join(r for r in ROLES if r.endswith(("记者", "通讯员")))
# Each name after the first may carry its own role: "记者张明、通讯员李华日前从…获悉".
_LEAD_NAMES = rf"(?P<names>[{CJK}]{{2,3}}?(?:、(?:{_REPORTER_ROLE})?[{CJK}]{{2,3}}?)*)"
REPORTER_IN_LEAD = re.compile(
    rf"^(?:[^，,。！？\s]{{2,12}}[，,]\s*)?(?P<role>{_REPORTER_ROLE}){_LEAD_NAMES}"
    rf"(?:{'|'.join(LEAD_DAYS)}|\d{{1,2}}日)?(?:获悉|了解到|得知|{'|'.join(_LEAD_GOES)}|"
    r"(?:从|在|于|赴|随)[^，,。！？]{0,40}?(?:获悉|了解|得知|采访|看到|注意到|探访|走访|发现))"
)
# Words a lead's reporter may be followed by that open like a name: "记者曾多次在…了解到".
_NOT_LEAD_NAMES = {
    *("曾多次", "曾经", "应邀", "全程", "连续", "连夜", "常年", "时常", "都曾"),
    *("陆续", "相继", "初次", "单独"),  # "记者陆续走访了…": how the reporter went
}


def _reporter_in_lead(text: str) -> list[Credit]:
    """The reporters a lead's first clause names as its subject, or none."""
    m = REPORTER_IN_LEAD.match(text.strip())
    role = _ROLE_NAMES[m.group("role")] if m else ""
    credits = []
    for piece in m.group("names").split("、") if m else []:
        own = re.match(_REPORTER_ROLE, piece)
        role = _ROLE_NAMES[own.group()] if own else role
        credits.append(Credit(piece[own.end() :] if own else piece, role))
    if any(c.name in _NOT_LEAD_NAMES or not looks_like_name(c.name) for c in credits):
        return []
    return credits


_SPACED_NAMES = re.compile(rf"[{CJK}]{{2,3}}(?:\s+[{CJK}]{{2,3}}){{1,3}}")


def _dateline_bracket_names(names: str) -> list[Credit] | None:
    """The reporters a dateline's bracket names without their role, one with a surname rarer
    than the common ones parse_names asks of a bare bracket ("人民网上海8月18日电 (何旭 轩召
    强)"): a dateline's bracket holds its reporters, and the others, set as names beside a
    name, vouch for it: a whole name of three characters, no word of two."""
    if not _SPACED_NAMES.fullmatch(names.strip()):
        return None
    tokens = names.split()
    rare = [t for t in tokens if not looks_like_name(t)]
    if len(rare) == len(tokens) or any(is_body(t) or is_outlet(t) for t in tokens):
        return None
    if not all(len(t) == 3 and looks_like_name(t, vouched=True) for t in rare):
        return None
    return [Credit(t, "作者") for t in tokens]


_REPORTS_COLON = re.compile(r"^(?:报道\s*)?[:：]")
# Each role in a bracket of its own after the dateline: "本报讯(通讯员 李华)(记者 张明)近日,".
_SECOND_BRACKET = re.compile(r"^\s*[（(](?P<names>[^（）()]{2,40})[）)]")


def _second_bracket(rest: str) -> tuple[list[Credit], str]:
    """The credits of a second reporters' bracket straight after the dateline's first, with the
    lead after it; none, and the lead as it was, unless it holds a role word and names."""
    m = _SECOND_BRACKET.match(rest)
    credits = m and _ROLE.search(m.group("names")) and parse_names(m.group("names"), solid=True)
    return (credits, rest[m.end() :]) if m and credits else ([], rest)


# A brief's box or bullet, or a kicker in 【】, set before its dateline: "■本报讯(记者 X)…",
# "●本报讯…", "【乡村振兴】本报讯(记者 X)…".
BEFORE_DATELINE = re.compile(rf"^\s*(?:[{BYLINE_BOXES}▲△★☆]\s*|【[^【】]{{1,10}}】\s*)(?=\S)")


def _marked_dateline(paragraph: str) -> tuple[str, list[Credit], str] | None:
    """The dateline after a box, a bullet or a kicker opening the lead, the mark kept with it;
    None unless a dateline follows the mark."""
    mark = BEFORE_DATELINE.match(paragraph)
    if not mark or not DATELINE.match(_join_broken(paragraph[mark.end() :])):
        return None
    dateline, credits, rest = split_dateline(paragraph[mark.end() :]) or ("", [], "")
    return (mark.group() + dateline, credits, rest) if dateline else None


def split_dateline(paragraph: str) -> tuple[str, list[Credit], str] | None:
    """A lead paragraph's dateline: "本报讯（记者 X）正文" -> ("本报讯", [X], "正文")."""
    joined = _join_broken(paragraph)
    m = DATELINE.match(joined) or BRACKET_LEAD.match(joined) or REPORTER_LEAD.match(joined)
    if not m and (marked := _marked_dateline(paragraph)):
        return marked
    if not m:
        stamp = STAMP.match(paragraph.strip())
        if stamp:
            return stamp.group(), [], ""
        signed = SIGNED_BRACKET_LEAD.match(joined)
        credits = signed and parse_names(signed.group("names"))
        if signed and credits:
            return "", credits, joined[signed.end() :].lstrip()
        lead = _spaced_lead(joined.strip())
        credits = lead and parse_names(lead[0], solid=True)
        if lead and credits:
            return "", credits, lead[1]
        credits = _reporter_in_lead(joined)
        if credits:
            return "", credits, paragraph.strip()
        credits, rest = _names_after_dateline(joined, dated=False)
        return ("", credits, rest) if credits else None
    names = m.group("names")
    boxed = m.groupdict().get("boxed")
    if boxed is not None:  # "本报讯【记者 X】": reporters in 【】 only with their role word
        names = boxed if _ROLE.search(boxed) else ""
    credits: list[Credit] = []
    rest = _join_broken(paragraph)[m.end() :]
    bare = (
        None if names is not None else BARE_REPORTER_ALONE.match(rest) or BARE_REPORTER.match(rest)
    )
    # Unbracketed, the names run on to the lead's first word: the longer reading of them wins.
    spaced = _spaced_lead(rest.strip()) if names is None else None
    if spaced and (not bare or len(spaced[0].split()) > len(bare.group("names").split())):
        names, rest = spaced
    elif bare:
        names, rest = bare.group("names"), rest[bare.end() :]
    if names is not None:
        parsed = parse_names(names, solid=True) or _dateline_bracket_names(names)
        if parsed is None:  # a bracket that is not a byline stays in the text
            rest = _join_broken(paragraph)[m.end("dateline") :]
        else:
            more, rest = _second_bracket(rest)
            credits = parsed + more
    dateline = m.group("dateline")
    agency = dateline.removeprefix("据")[:3]
    if agency in ("新华社", "中新社"):
        credits = [replace(c, role=agency + c.role) if c.role == "记者" else c for c in credits]
    if credits:  # "(记者 X):初秋的延边", "记者 X 报道:近日": the colon after them is no text
        rest = _REPORTS_COLON.sub("", rest.lstrip())
    else:
        credits = _reporter_in_lead(rest)
    if not credits and names is None:
        credits, rest = _names_after_dateline(rest)
    return dateline, credits, rest.lstrip()


# Names alone between the dateline and the lead, set apart from the lead by a wider space than
# the one between them: "四川农村日报讯 李明  盛夏时节,…", "本报讯 张明 李华  近日,…". A brief's
# writers print so, with no role word; one space only, the words may be the lead's own.
_NAMES_AFTER_DATELINE = re.compile(
    rf"^\s*(?P<names>[{CJK}]{{2,3}}(?: [{CJK}]{{2,3}})*)\s{{2,}}(?=\S)"
)
DATELINE_NAME = "names alone after a dateline, no role word"
# Or each with the mark of what they did, or the team's mark after them, which ends the credit
# however the lead follows: "本报讯 张明/文 李华/图 秋高气爽,…", "本报讯 张明 李华 文/图初夏
# 时节,…" (the line break between them lost).
MARKED_NAMES = re.compile(
    rf"^\s*(?P<names>[{CJK}]{{2,3}}\s*[/／]\s*[文图摄](?:\s+[{CJK}]{{2,3}}\s*[/／]\s*[文图摄])*"
    rf"|[{CJK}]{{2,3}}(?:\s+[{CJK}]{{2,3}})*\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文))\s*"
)
_WRITERS_MARK = re.compile(r"\s*[/／]\s*[文图摄]|\s*(?:文\s*[/／]\s*图|图\s*[/／]\s*文)$")
# Or set apart by one space, the lead opening on its day, set solid or not: "本报讯 张明 李华
# 日前,笔者走进…", "本报讯 张明 李华日前,…". A day closed by a comma or a time of day opens a
# lead; no lead opens on two names before it, or on a whole name of three characters. One word
# of two may be the lead's own, a place or a phrase ("本报讯 高明 近日,").
NAMES_BEFORE_DAY = re.compile(
    rf"^\s*(?P<names>[{CJK}]{{2,3}}(?: [{CJK}]{{2,3}})*?)\s?(?=(?:{'|'.join(LEAD_DAYS)}"
    r"|(?:\d{1,2}月)?\d{1,2}日)(?:[，,]|[上下中]午|晚上?|早上?|凌晨))"
)


def _names_after_dateline(rest: str, dated: bool = True) -> tuple[list[Credit], str]:
    """The writers a lead opens on by name alone, and the lead after them. Unmarked, every
    word must be a name with its surname and only a dateline vouches that names follow it;
    with the writers' marks, the words that are names are read (the mark vouches that a
    credit ends there, not that each word is a person: "丹宣/图" is an office's pen name)."""
    marked = MARKED_NAMES.match(rest)
    if marked:
        words = _WRITERS_MARK.sub(" ", marked.group("names")).split()
        names = [w for w in words if looks_like_name(w)]
        after = rest[marked.end() :]
        if names and len(after) >= 8:
            return [Credit(name, "作者") for name in names], after
        return [], rest
    m = (_NAMES_AFTER_DATELINE.match(rest) or NAMES_BEFORE_DAY.match(rest)) if dated else None
    names = m.group("names").split() if m else []
    if m and m.re is NAMES_BEFORE_DAY and len(names) == 1 and len(names[0]) == 2:
        return [], rest
    after = rest[m.end() :] if m else ""
    if not names or len(after) < 8 or not all(map(looks_like_name, names)):
        return [], rest
    return [Credit(name, "作者", DATELINE_NAME) for name in names], after


_SENTENCE_END = re.compile(rf"[{STOPS}]\s*")


def dateline_credits_within(paragraph: str) -> list[Credit]:
    """The reporters a dateline names after a sentence inside a paragraph: "…纷纷点赞。本报讯
    (记者 X 通讯员 Y)近日,…", another report's lead run on into the text before it. Only the
    reporters' bracket with its role word is taken; the text keeps it."""
    if not ("记者" in paragraph or "通讯员" in paragraph):
        return []
    found: list[Credit] = []
    for stop in _SENTENCE_END.finditer(paragraph):
        m = DATELINE.match(paragraph[stop.end() :])
        names = m and m.group("names")
        if names and _ROLE.search(names):
            printed = m.group().strip()
            found.extend(replace(c, printed=printed) for c in parse_names(names, solid=True) or [])
    return found


# A byline set after the last sentence with a space, unbracketed: "…行政处罚。  通讯员李静".
# Or set solid against it when its role word leads, maybe after its paper's name or a dash:
# "…重要组成部分。记者程健", "…种植面积达4万亩。江城日报通讯员张明", "…开放。——记者 张明".
# So is a writer's and photographer's credit, each one's task marked by a slash: "…开放。文/张明
# 图/李华", "…开放。张明/文 李华/图"; and a byline under its box, which no sentence opens
# with: "…典范。☉张旭 文/图".
_TASK_SLASH = rf"[文图]\s*[/／]|[{CJK}]{{2,4}}\s*[/／]\s*[文图摄]"
SPACED_TAIL = re.compile(
    rf"(?<=[{STOPS}])(?:\s+|(?=(?:——\s*)?(?:{OUTLET})?(?:{ROLE_RE})|{_TASK_SLASH}|[{BYLINE_BOXES}]))"
    rf"(?P<names>[^\s{STOPS}，,（()）][^{STOPS}，,（()）]{{1,40}})$"
)


# Names joined by a slash after the last sentence, no role: "…服务社区群众。陈建国/林楠".
SLASHED_TAIL = re.compile(
    rf"(?<=[{STOPS}])\s*(?P<names>[{CJK}]{{2,4}}(?:\s*[/／]\s*[{CJK}]{{2,4}})+)$"
)


def _spaced_photo_credit(text: str, tail: re.Match) -> list[Credit] | None:
    """A photographer's credit after a caption-like paragraph's last sentence: set apart by
    spaces, with its role word ("…如同城中公园。    本报记者 刘鹰 摄") or its agency ("…在县城
    安家。 米杜/CFP"); or set solid, where SPACED_TAIL takes it only after a role word or a
    slash ("…向市民开放。记者 张明 摄", "…向市民开放。张明/摄")."""
    vouched = _ROLE.match(text) or AGENCY_CREDIT.match(text)
    if tail.group().startswith((" ", "\u3000")) and not vouched:
        return None
    return parse_credit_line(text)


def _bare_names(text: str, tail: re.Match) -> list[Credit] | None:
    """One to three names with no role, set apart by a space after the last sentence ("…增收。
    郝海军"): each 2-3 characters with a common surname, as a writer signs."""
    tokens = text.split()
    short = tail.group().startswith((" ", "\u3000")) and 1 <= len(tokens) <= 3
    if CREDIT_TAIL.search(text):
        return None  # "…热销。 井韦摄": a photographer, read as a caption's credit
    if not short or not all(2 <= len(t) <= 3 and looks_like_name(t) for t in tokens):
        return None
    return [Credit(t, "作者", BARE_TAIL) for t in tokens]


# A writer's name set solid after the last sentence, no role, space or bracket, as a signature
# the line break before it was lost: "…敬请垂注。徐林". One name of 2-3 characters only.
SOLID_NAME_TAIL = re.compile(rf"(?<=[{FULL_STOPS}])(?P<names>[{CJK}]{{2,3}})$")


def _solid_name(paragraph: str) -> tuple[str, list[Credit]] | None:
    """The signature after a paragraph's last sentence set solid (SOLID_NAME_TAIL): read only
    with a common surname, and never a photographer's "…王燕摄". Too weak to end an article
    (BARE_TAIL): a word wrapped to the next line ("…。马鞍/山市") reads so only where the
    paragraph is taken to end."""
    m = SOLID_NAME_TAIL.search(paragraph)
    if not m or CREDIT_TAIL.search(m.group()) or not looks_like_name(m.group()):
        return None
    return paragraph[: m.start()], [Credit(m.group(), "作者", BARE_TAIL)]


# A closing byline in 【】, its role word required: "…纷纷点赞。【记者 张明】"; or set between
# decorative middle dots after the last sentence: "…调查中。·本报记者 X摄影报道·".
_BOXED_TAIL = re.compile(r"【(?P<names>[^【】]{2,80})】\s*$")
DOTTED_TAIL = re.compile(rf"(?<=[{STOPS}])[·•](?P<names>[^·•]{{2,40}})[·•]\s*$")


# A bracket opening on a reporter's role closes the text even when the sentence before it lost
# its stop: "…安全感也得到了提升(记者 王志敏 田琳)". An aside never opens so; a dateline
# ("央广网南阳(记者彭华)") has no clause before it.
_REPORTER = re.compile(r"\s*(?:本报|特约|见习|实习)?(?:记者|通讯员)")


@per_page
def split_trailing_byline(paragraph: str) -> tuple[str, list[Credit]]:
    """A closing "(X Y 记者Z)" names the article's authors; the bracket leaves the text. So
    does a byline with its role word, set apart by a space after the last sentence, or names
    joined by a slash, each with a common surname. (Asked of a line's text by the layout
    rules and the block builder alike, so answered once per page: its credits are read, never
    changed.)"""
    cut = _after_byline(paragraph)
    split = split_trailing_byline(paragraph[:cut]) if cut is not None else None
    # a stop after a bracket closes a sentence only when there is one before it
    if split and split[1] and (split[0] or not _STOP_AFTER_BRACKET.search(paragraph)):
        return split
    spaced = SPACED_TAIL.search(paragraph)
    names = spaced.group("names") if spaced else ""
    credits = spaced and (
        parse_byline_line(names)
        or _spaced_photo_credit(names, spaced)
        or _bare_names(names, spaced)
    )
    # Set solid, the role word and a word after it may be the sentence running on ("。记者
    # 了解到"): only a surname makes it a name.
    solid = spaced and not spaced.group().startswith((" ", "\u3000"))
    if credits and not (solid and not all(looks_like_name(c.name) for c in credits)):
        return paragraph[: spaced.start()].rstrip(), credits
    slashed = SLASHED_TAIL.search(paragraph)
    if slashed and (credits := parse_names(slashed.group("names"))):
        return paragraph[: slashed.start()].rstrip(), credits
    if signed := _solid_name(paragraph):
        return signed
    m = TRAILING.search(paragraph) or _BOXED_TAIL.search(paragraph) or DOTTED_TAIL.search(paragraph)
    if not m:
        return paragraph, []
    before = paragraph[: m.start()].rstrip()
    role = _ROLE.search(m.group("names"))
    if m.re in (_BOXED_TAIL, DOTTED_TAIL) and not role:
        return paragraph, []  # "【田园】": a column's label, no one's byline
    # Two brackets in a row, each a credit: "…开放。(记者 X Y)(通讯员 Z)", "(X Y)(Z 摄)"; or
    # the second a note naming no one, the byline the first: "(记者 X)(来源:江城日报)".
    if before.endswith((")", "）")):
        credits = _bracket_credits(m.group("names"))
        inner, first = split_trailing_byline(before)
        if first and (credits or inner):
            return inner, first + (credits or [])
    sentence = _REPORTER.match(m.group("names")) and re.search("[，,；;]", before)
    if before and before[-1] not in f'{STOPS}…"' and not sentence:
        return paragraph, []  # a bracket inside a sentence is an aside, not a byline
    credits = _bracket_credits(m.group("names"))
    if credits is None:
        return paragraph, []
    return before, credits


def credits_of_line(line: str) -> list[Credit]:
    """The credits a line gives in whichever form it takes: a dateline's bracket, a byline
    or photo credit standing alone, a closing bracket, or a caption's credit. The credit-line
    corpora and where_misses_go.py ask it, to tell the grammar's misses from the page's."""
    dateline = split_dateline(line)
    if dateline and dateline[1]:
        return dateline[1]
    for read in (parse_byline_line, parse_credit_line):
        if credits := read(line):
            return credits
    for split in (split_trailing_byline, split_inline_credit):
        if credits := split(line)[1]:
            return credits
    return []

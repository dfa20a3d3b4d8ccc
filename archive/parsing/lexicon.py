"""The words and characters the parser reads layout by, in one place (bylines.py keeps its own).

Plain strings and tuples; the modules that use them build their patterns with `alternatives`.
"""

import re


def alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation matching any of the words literally."""
    return "|".join(map(re.escape, words))


# Punctuation
# A line ending in one of these can end a paragraph; anything else continues on the next line.
TERMINAL = "。！？!?…；;：:"
# A sentence's own end: a paragraph set whole on one line ends with one (；, … and a cut-off
# line may end a list's item or an excerpt).
FULL_STOPS = "。！？!?"
# Closing quotes and brackets end a paragraph only after terminal punctuation: 。” but not “最强音”.
CLOSERS = '」』”"’）)】'
# Punctuation that a heading line rarely carries inside it.
SENTENCE_PUNCT = "，。；：,;:！？!?"
# Closing marks alone on a line: a paragraph's last ” broken off, never a heading.
LONE_CLOSERS = "”’」』）)】》"
# Punctuation that may not start a line: OCR that puts it there split it from its word.
LINE_START_FORBIDDEN = "，。、；：！？,;:!?）)」』】"
# Opening quotes and brackets: a heading broken after one is one phrase ("富锦市“ / 冰雪经济”).
OPENERS = "“‘「『（(《【"
# Quotes after "X：" open a quote (他说：“…), not a place-colon title.
OPENING_QUOTES = "“‘「『\"'"
# A line ending in these breaks off mid-sentence: no title ends so.
BREAK_OFF_ENDS = "，,、；;"
# The breaks a short punctuated title carries at most once: "牺牲77年，他终于回家了".
PHRASE_BREAKS = "，,：:；;"
# Commas and semicolons: two of them make a sentence broken off, not a title.
CLAUSE_BREAKS = "，,；;"
# A title that asks or exclaims ends with one of these.
ASKING_ENDS = "？！?!"
# Marks a narrow column takes in past its measure ("…深圳电视台、" over "大湾区卫视…").
TAKEN_IN_MARKS = SENTENCE_PUNCT + "、”’）)》」"
# A dash ending a heading line runs it on into the next; a subtitle opens with one.
DASH = "——"
# A subtitle under its title opens with a dash of some length: "——记X", "--记X".
SUBTITLE_DASHES = ("——", "--", "—")
# Marks that end an article: "■", "□"; the bullets that open a brief's title: "●X开馆".
END_MARKS = "■□◆▲"
BULLETS = "●◆■▲"

# Numbers and dates
CN_NUMERALS = "一二三四五六七八九十"  # in page numbers: 第三版, 第十二版
WEEKDAYS = "一二三四五六日天"  # 星期X in a running head
DATE_UNITS = "年月"  # a line ending in one is a date broken off, never a title
# A range's mark between two figures: "10点—18点", "3~5月"; a line ending in one after a
# figure breaks the range at the column's edge.
RANGE_MARKS = "—~～－-"
RANGE_UNITS = "点时日月年号度岁期"  # units a figure may carry before a range's mark

# The page's own furniture
# The staff a page credits (责任编辑：X): furniture, never part of an article.
STAFF_ROLES = (
    "责任编辑",
    "责编",
    "编辑",
    "美编",
    "美术编辑",
    "校对",
    "版式",
    "版式设计",
    "组版",
    "审校",
    "制图",
    "值班主任",
    # The three reviews a piece passes, printed under it online and in print alike
    "审核",
    "初审",
    "复审",
    "终审",
    # The sign-off under a site's or an app's piece names who reviewed, supervised and planned
    # it beside its writer ("作者:X 审稿:Y 编辑:Z", "监制 X 策划 Y"): none of them wrote it.
    "审稿",
    "编审",
    "签发",
    "主编",
    "总编",
    "总编辑",
    "编委",
    "审读",
    "审签",
    "审定",
    "审片",
    "校审",
    "一审",
    "二审",
    "三审",
)
# Who supervised and planned a feature, heading its credit block before its writers ("策划:X
# 统筹:Y 文字:Z 摄影:W"): staff, but a line they head that names writers is their byline.
CREDIT_BLOCK_HEADS = ("监制", "总监制", "出品人", "出品", "统筹", "策划", "制片人", "制片")
STAFF_ROLES += CREDIT_BLOCK_HEADS
# What an editing desk's tasks are made of: a field labelled with two of these (核稿, 统稿, 编排,
# 初校, 终校, 审发, 核校) names one who checked or laid out the piece, however the desk words it.
EDITING_MORPHEMES = "审校核编稿签排统组终初复发"
# What a staff role may carry before it, the page, desk or post it serves: 本版编辑, 图片编辑,
# 新媒体编辑, 执行主编, 副主编, 值班编委, 责任美编.
STAFF_PREFIXES = ("本版", "本期", "版面", "图片", "文字", "视频", "新媒体", "网络", "执行", "副")
STAFF_PREFIXES += ("值班", "责任", "实习", "见习")
# The tag a public-service slogan carries: "讲文明 树新风 公益广告".
PSA_TAGS = ("公益广告", "公益宣传")
# "(上接第一版)", "(紧接第2版)": where an article's start was printed.
CONTINUED_FROM_WORDS = ("上接", "紧接", "接", "续")
# "(下转第二版)": where its rest is printed.
CONTINUED_ON_WORDS = ("下转", "转")

# Datelines and leads
# A dateline broken onto the next line ends there with one of these: "…26 / 日讯".
DATELINE_ENDS = "讯电息"
# The time of day after a lead's date: "12日上午，".
LEAD_TIMES = ("上午", "下午", "晚上", "晚", "早上", "凌晨")
# A lead that opens with its day without a date: "近日，", "今年以来，". The last ones name a
# stretch of time, not the day of the news: they open a story's later paragraphs as often.
SPAN_DAYS = ("近期", "近年来", "今年以来", "目前")
LEAD_DAYS = ("近日", "日前", "眼下", "昨天", "昨日", "今天", "今日", *SPAN_DAYS)
# Where a reprinted piece comes from: "来源：X", "摘自《X》".
SOURCE_WORDS = (
    "来源",
    "稿源",
    "本文来源",
    "稿件来源",
    "信息来源",
    "文章来源",
    "图片来源",
    "供稿来源",
    "图源",
)
SOURCE_WORDS += ("转载自", "转自", "摘自")
# The counters and controls a news site prints on its header line beside the source and the
# writer ("来源:X 作者:Y 点击: 字号:大 中 小"): the page's, no one's name.
PAGE_FIELDS = ("点击", "点击数", "浏览", "浏览量", "浏览次数", "阅读", "阅读量", "字号", "字体")
# The label of the posting time on that line: "发布时间:2022-11-07 10:20".
POSTING_LABELS = ("发布时间", "发布日期", "发表时间", "更新时间", "时间", "日期")
# A reprint notes the title the piece first ran under: "(原标题:…)".
ORIGINAL_TITLE_WORDS = ("原标题", "原题")
# Where a picture comes from, under its caption: never a piece's source under its title.
PICTURE_SOURCES = ("图片来源", "图源", "(图片来源", "（图片来源")
# An outlet named in a "据X" source line ends in one of these: 据重庆日报, 据新华网.
OUTLET_ENDS = ("报", "网", "社", "台", "客户端", "新闻")
# What a "据X" source line says the outlet did: 据新华社报道.
SOURCE_ACTS = ("报道", "消息")

# Titles, places and notices
# Before a colon these start a quote or a form's field, not a title: 他说：, 地址：, 蹲点点位：.
NOT_PLACE_ENDS = tuple("说道称问答示出为到悉间点址位话人置期")
# A name never ends like a place or a body: 徐州, 王府井, 金华区 are not people.
PLACE_ENDS = frozenset("州市县区镇乡村省旗岛港湾城路街园站庄井门关桥楼馆院所局厅部委会社团队厂场店")
# The other tasks a credit block lists, each before its people ("视频剪辑 X", "海报设计:Y"), and
# the field naming a writer's employer ("单位:X"): words of the credit, never a name.
CREDIT_TASKS = (
    *("设计", "海报设计", "视觉设计", "美工", "排版", "制作", "剪辑", "视频剪辑", "后期"),
    *("配音", "航拍", "文案", "动画", "翻译", "单位"),
)
# Labels of the people a piece is about, not of those who made it: whose account it tells, who
# was interviewed, whom to call ("讲述人:X", "受访者 X", "联系人:X 电话:…"). Never a credit.
SUBJECT_LABELS = (
    *("讲述人", "受访者", "受访人", "采访对象", "被采访人", "当事人", "联系人", "负责人"),
    *("发言人", "主讲人", "主讲", "嘉宾", "主持人", "推荐人", "举报人"),
    # who stands where in the picture: "(左起:X、Y)"
    *("左起", "右起", "从左至右", "从左到右", "自左至右", "自左向右", "前排", "后排"),
)
# How the text addresses someone it mentions: by post or kin, not by a credit's name ("线索提供
# 雷先生", "王书记", "李大爷").
TITLES_OF_ADDRESS = (
    *("先生", "女士", "老师", "师傅", "书记", "主任", "局长", "县长", "镇长", "村长", "经理"),
    *("院长", "校长", "教授", "医生", "阿姨", "大爷", "大妈", "大姐", "大哥", "奶奶", "爷爷"),
)
# A school, hospital, firm or community credited among a piece's people ("来源:数统学院",
# "通讯员 县人民医院 张明") ends like one of these, which no person's name does.
ORGANISATION_ENDS = (
    *("学院", "大学", "中学", "小学", "学校", "党校"),
    *("医院", "法院", "检察院", "研究院", "研究所", "派出所"),
    *("中心", "公司", "集团", "银行", "协会", "学会", "商会", "合作社", "政府", "社区", "街道"),
    # an office credited for its people's pictures: "(X市委政策研究室 Y 摄)", "(X办公室 Y 供图)"
    *("办公室", "研究室"),
)
# A notice (通告, 倡议书 …) is signed by the body that issues it, often with no date under it.
NOTICE_WORDS = ("通告", "公告", "通知", "倡议书", "公开信", "告知书", "一封信", "声明", "启事")
# The body issuing a notice ends like one of these: 指挥部, 县政府, 卫健委.
ISSUER_ENDS = (
    "指挥部",
    "政府",
    "委员会",
    "办公室",
    "领导小组",
    "工作组",
    "办事处",
    "党委",
    "党工委",
    "委",
    "局",
    "厅",
    "办",
    "中心",
    "协会",
    "联合会",
)
# What kind of piece follows: 短评, 本报评论, 读者来信, 图片新闻. Such a label heads an article of
# its own (a subheading never carries one) and is never part of the title under it.
GENRE_WORDS = ("评论", "短评", "时评", "快评", "微评", "社论", "言论", "来信", "图片新闻")
# A caption says what the picture shows in a sentence of its own: "…产业园。图为村民在晾晒柿饼。"
PICTURE_SAYS = ("图为", "上图为", "下图为", "左图为", "右图为", "图说")
# A column's label over briefs ends in one of these: 简讯, 快讯, 要闻速览, 区县传真, 基层动态.
COLUMN_WORDS = (
    "简讯",
    "快讯",
    "短讯",
    "简报",
    "速览",
    "速递",
    "动态",
    "传真",
    "集锦",
    "播报",
    "信息",
)
# An editor's note printed over a title opens the article under it: 编者按：……
EDITORS_NOTES = ("编者按", "编者的话", "编前语", "编者")

# Tables
# The units a table's measure field ends in: "2℃~14℃", "1.6元/斤", "35%".
DEGREES = ("℃", "°C")
MEASURE_UNITS = (*DEGREES, "元", "%", "％", "斤", "公斤", "千克", "吨", "毫米", "级")

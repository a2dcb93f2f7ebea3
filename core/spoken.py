"""Questions typed the way they are said: voice input and hurried chat.

Voice input writes numbers as words ("二四年", "百分之五点五", "两千公里") and people wrap a
question in what they would say aloud ("王主任让问下…", "麻烦确认一下…谢谢"). Both are put in
the plain typed form here, once, so every rule after reads "24年", "5.5%", "2000公里" and the
question's own words only. Words that merely look like numbers stay as written: a numeral
counts as a number only when a measure, %, 年 or the end of the question follows it, so
"十四五", "两山", "四名工程" and "一带一路" are never touched.
"""
from __future__ import annotations

from core import lazy_re as re

from core.numerals import CN_DIGITS, cn_number

_DIGIT = "零〇○一二三四五六七八九"
_NUM = "零〇○一二三四五六七八九十两百千万亿"
# a number said before it may not be read alone ("第二四", "十二四", "连二四")
# (a Latin name ending in digits is no number said before: "PM2.5二三年", "5G二四年")
_NOT_AFTER = rf"(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]\d\.\d)|(?<![{_NUM}第连近续前后每多几这那约\d]))"

# "二〇二四年" / "二零二四年": a year read digit by digit
def _apart(m: re.Match) -> str:
    """A space between a Latin name's digits and the year said after it ("PM2.5 23年")."""
    return " " if m.start() and m.string[m.start() - 1].isdigit() else ""


_FULL_YEAR = re.compile(_NOT_AFTER + rf"([二一][{_DIGIT}]{{3}})(?=\s*年)")
# "二四年" / "一九年": the short year said aloud (2015 … 2029 only, never "一二年" = one or two years)
_SHORT_YEAR = re.compile(_NOT_AFTER + rf"(二[{_DIGIT}]|一[五六七八九])(?=\s*年(?!代|来|内|以|间|多|左右))")
# "百分之五点五" / "百分之5" → "5.5%"
_PERCENT = re.compile(rf"百分之\s*([{_NUM}]+(?:点[{_DIGIT}]+)?|\d+(?:\.\d+)?)")
# "零点五个百分点" / "两千公里" / "三千亿元" / "一百五十万人": a number said before its measure
# (or before 多/余 and its measure: "四百三十九亿多斤" is 439亿多斤)
_MEASURES = (
    "个百分点|百分点|万亿元|亿元|万元|元|万亿|亿|万|公里|平方公里|千米|米|吨|斤|亩|公顷|人次|人|户|家|个|套|项|所|座|"
    "条|台|场|件|名|次|辆|床|周岁|岁|分钟|小时|%"
)
# "地铁五号线" said aloud (round 61g): a line's number, which documents print in digits
_LINE_NUMBER = re.compile(_NOT_AFTER + rf"([{_DIGIT}]|十[{_DIGIT}]?|[{_DIGIT}]十[{_DIGIT}]?)(?=号线)")
_SPOKEN_NUMBER = re.compile(
    # a digit said ("两千", not "千万工程"), the whole numeral taken, then a measure or an end
    _NOT_AFTER + rf"((?=[{_NUM}]*[{_DIGIT}两])[{_NUM}]*[十百千万亿][{_NUM}]*(?:点[{_DIGIT}]+)?|[{_NUM}]+点[{_DIGIT}]+)"
    rf"(?![{_NUM}点])(?=\s*(?:(?:多|余)(?=\s*(?:{_MEASURES}))|{_MEASURES}|左右|以上|以内|[吗呢吧？?。，,]|$))"
)

# what is said around a question, not asked: openings and closings of a chat message
_OPENING = re.compile(
    # ("就是去年争取到的…": 就是 opening a voice message is a filler, round 60g)
    r"^(?:(?:收到|好的|嗯|呃|就是(?!说)(?=[\u4e00-\u9fff\d\s，,])|就是说(?=\s*(?:\d|[二一]\S?年|[今去前]年))|"
    # who asked, as a 人大 liaison says it: "有代表问 今年gdp预期增长多少", "代表说高企今年要到300家" (round 66h)
    r"(?:有)?(?:(?:人大|政协)?代表|委员)(?:们)?(?:在)?(?:问|想知道|关心|反映|说)(?:我)?(?=[\u4e00-\u9fff\d\s，,：:])|"
    # "有人问链长制是啥" (round 68c)
    r"有(?:人|同事|群众|企业|记者)(?:在)?(?:问|想知道)(?:我)?(?=[\u4e00-\u9fff\d\s，,：:])|"
    # a bare order, as a senior types it: "查下今年城镇新增就业目标" (round 66d)
    r"(?:查|差|找|核)(?:一)?下(?=[\u4e00-\u9fff\d\s，,])|[Ee]m{1,6}(?![A-Za-z])|[Hh]m{1,6}(?![A-Za-z])|那个|你好|您好|在吗|在不在|打扰了?|不好意思|报告领导|领导好|请示(?:一下|下)?|汇报(?:一下|下)?|"
    # what the answer is for: "领导讲话想引用一下…" (round 38a)
    r"(?:领导|我)?(?:讲话|发言|材料|稿子)(?:里|中)?(?:想|要|得)?引用(?:一下|下)?)[，,。!！\s]*)*"
    r"(?:(?:[\u4e00-\u9fff]{0,3}(?:主任|处长|科长|局长|厅长|部长|书记|秘书长|领导|总|老师|同志)(?:刚才|刚刚)?(?:让|叫|要|想|请)?|"
    # a short title after a surname, as colleagues say it: "李处让" / "王科叫" / "张总让" / "刘局要"
    r"[\u4e00-\u9fff](?:处|科|局|厅|部|总)(?:刚才|刚刚)?(?:让|叫|要|请))(?:我)?"
    r"(?:问(?:一)?下|问问|问|查(?:一)?下|查查|看(?:一)?下|确认(?:一)?下|核实(?:一)?下|核(?:一)?下|了解(?:一)?下?)[，,：:\s]*)?"
    r"(?:(?:(?:查询|核实|核对|问题|咨询)[：:]|(?:我)?需要|我想要|请问(?:一下|下)?|(?:我)?想问(?:一)?下?|我问(?:一)?下|问(?:一)?下|(?:我)?(?:想|要)?了解(?:一)?下?|请教(?:一)?下?|麻烦|劳驾|辛苦|请|帮忙|帮我|给我)(?:你|您)?(?:帮忙|帮我|给我)?"
    r"(?:问(?:一)?下|查(?:一)?下|查询(?:一)?下?|查查|看(?:一)?下|确认(?:一)?下|核实(?:一)?下|核(?:一)?下|找(?:一)?下|(?:提供|发|列|统计|汇总|整理)(?:一)?下|提供(?=\d|[今去前明]年))?[，,：:\s]*)*"
)
# "…多少个来着" (typed 来者 too, round 67a): 来着 asks to be reminded of what was said, it is no word of the subject
_CLOSING = re.compile(r"(?:[，,。\s]*(?:的?(?<!大)数据|的资料|来着|来者|谢谢|多谢|感谢|辛苦了?|麻烦了|拜托了?|收到|哈|哦|喔|噢|呀|啊|嘛|啦|咧|嘞|哟|~|～|!|！)+)+[。.!！\s]*$")


def _number(word: str) -> str | None:
    """"两千" → "2000", "一百五十万" → "150万", "五点五" → "5.5"; None when not a number."""
    whole, _, frac = word.partition("点")
    tail = ""
    for big in ("万亿", "亿", "万"):
        if whole.endswith(big) and len(whole) > len(big):
            whole, tail = whole[: -len(big)], big
            break
    value = _integer(whole)
    if value is None or (frac and any(c not in CN_DIGITS for c in frac)):
        return None
    return f"{value}" + (("." + "".join(str(CN_DIGITS[c]) for c in frac)) if frac else "") + tail


def _integer(word: str) -> int | None:
    if not word:
        return None
    if "千" in word:
        head, _, rest = word.partition("千")
        high = cn_number(head.replace("两", "二")) if head else 1
        low = cn_number(rest.lstrip("零〇○")) if rest.strip("零〇○") else 0
        if rest and len(rest) == 1 and rest in CN_DIGITS:  # "两千五" = 2500
            low = CN_DIGITS[rest] * 100
        return None if high is None or low is None else high * 1000 + low
    return cn_number(word.replace("两", "二").replace("零", "").replace("〇", "") or "零")


# "南昌 24 GDP" / "江西 2024 固投": a year pasted as a bare number between spaces
_BARE_YEAR = re.compile(r"(?:(?<=\s)|^)(?<!第)(20[1-4]\d|[1-4]\d)(?=\s+(?![项条个号点%])|$)")


# "赣州24 gdp目标" / "江西24固投目标" (round 56b): a place opening the message, its year glued to it
_PLACE_YEAR = re.compile(r"^(\s*[\u4e00-\u9fff]{2,4}?(?:省|市|县|区)?)(20[12]\d|[12]\d)(?=\s|[\u4e00-\u9fffA-Za-z])"
                         r"(?![\u4e00-\u9fff]?(?:[项条个号点家座所人名户亩吨元件次台套万亿千百倍]|公里|平方))")
# the place itself: a level's name ("芷陵市", "鹤湾区") or a province's or a city's short name ("赣州")
def _a_place(name: str) -> bool:
    from core.places import place_alternation  # the place names: only once a year is glued to a word

    return re.fullmatch(r"[\u4e00-\u9fff]{1,3}(?:省|市|县|区|州)|(?:" + place_alternation() + r")", name) is not None
_NOT_A_PLACE = re.compile(r"增长|新增|增加|达到|突破|完成|目标|计划|建设|改造|实现|提高|累计|共有|一共|总共|开工|建成|引进")


def spoken_numbers(text: str) -> str:
    """Numbers said in words, in digits: years, percentages and figures before a measure;
    and a year pasted without 年 between spaces, or glued to the place that opens the message."""
    if not re.search(r"(?:19|20)?\d{2}\s*年", text):
        text = _BARE_YEAR.sub(r"\1年", text, count=1)
    if (not re.search(r"(?:19|20)?\d{2}\s*年", text) and (m := _PLACE_YEAR.match(text)) and not _NOT_A_PLACE.search(m.group(1))
            and _a_place(m.group(1).strip())):
        text = m.group(1) + m.group(2) + "年" + text[m.end():]
    text = _FULL_YEAR.sub(lambda m: _apart(m) + "".join(str(CN_DIGITS[c]) for c in m.group(1)), text)
    text = _SHORT_YEAR.sub(lambda m: _apart(m) + "".join(str(CN_DIGITS[c]) for c in m.group(1)), text)

    def percent(m: re.Match) -> str:
        said = m.group(1)
        value = said if re.fullmatch(r"\d+(?:\.\d+)?", said) else _number(said)
        return f"{value}%" if value else m.group(0)

    text = _PERCENT.sub(percent, text)
    text = _LINE_NUMBER.sub(lambda m: _number(m.group(1)) or m.group(1), text)
    return _SPOKEN_NUMBER.sub(lambda m: _number(m.group(1)) or m.group(1), text)


# a chat message's marks: "@督查助手 ", "[抱拳]", emoji, "张秘书：" said before the question
_MENTION = re.compile(r"@[^\s@，,：:]{1,20}\s*")
_STICKER = re.compile(r"\[[\u4e00-\u9fffA-Za-z]{1,4}\]|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:秘书|主任|处长|科长|局长|老师|同志|助理)[：:]\s*")
_URGENT = re.compile(r"[（(]\s*(?:急|加急|紧急|急需)\s*[)）]|[，,。\s]*(?:在线等|急等|急需|急用|加急|挺急的|比较急|很急)[。！!]*\s*$|(?<=[？?！!。])\s*急[。！!]*\s*$")


# a district official reading the higher levels (round 33b): "上面22年对X…" names the higher level
# as 上面 (the year or 对 follows), "我们南昌这边24年…" points at the asker's own place: the place stays
_HIGHER_UP = re.compile(r"^(?:上面|上头|上级)(?=\s*(?:\d|[二一][〇零○]|对|今年|去年|前年|明年))")
_OURS_HERE = re.compile(r"^我们([\u4e00-\u9fff]{2,4}?)(?:这边|这里|这块)")


# a dictated opening (voice input, a senior official to a clerk, round 46a): a name called, what
# the answer is for, then the request: "小王啊 我下午要去开个文旅方面的会 你帮我看一下…" — the
# question starts after the request; only when what comes before asks nothing itself
_DICTATED_OPENING = re.compile(
    r"^(?:(?:小|老)[\u4e00-\u9fff](?:啊|呀|哇|哈)?[，,\s]+)?(?P<remark>[^？?。]{0,40}?)[，,\s]*"
    r"(?:你|您)?(?:帮我|帮忙|给我|麻烦(?:你|您)?(?:帮我)?|请(?:你|您)?帮我)(?:看|查|找|核|翻)(?:一下|下|一看|一查|看|查)?[，,：:\s]*")
# the words by which a clause asks something itself (a dictated opening has none; a clause with one keeps its 好多)
_ASKS_HERE = re.compile(r"多少|几|怎么|什么|啥|哪|吗|谁|是否|是不是|有没有")
_SCOPE_WORDS = re.compile(r"(?:19|20)?\d{2}\s*年|今年|去年|前年|明年")


# a second ask opened by its request ("顺便查下2021年分工方案里X那条是哪个单位牵头"): the words of
# moving on and of looking are no part of it
_NEXT_REQUEST = re.compile(r"^(?:顺便|另外|还有|同时)\s*(?:也|再)?(?:帮我|帮忙|麻烦)?(?:也|再)?"
                           r"(?:查|看|问|核|找)(?:一下|下|一查|一看)[，,：:\s]*")


def _dictated(text: str) -> str:
    m = _DICTATED_OPENING.match(text)
    if not m or not m.group("remark") or _ASKS_HERE.search(m.group("remark")) or len(text) - m.end() < 4:
        return text
    rest = text[m.end():]
    from core.places import place_pattern

    # a year or a place said only in the opening is the question's scope: then it stays
    said = [w.group(0) for p in (_SCOPE_WORDS, place_pattern()) for w in p.finditer(m.group("remark"))]
    return text if any(w not in rest for w in said) else rest


def unwrap(text: str) -> str:
    """The question without what is said around it: "王主任让问下24年…，谢谢" → "24年…";
    "@督查助手 张秘书：…[抱拳]（急）" → the question alone."""
    marked = _STICKER.sub("", _MENTION.sub("", text)).strip()
    marked = _URGENT.sub("", _SPEAKER.sub("", marked)).strip()
    inner = _CLOSING.sub("", _OPENING.sub("", marked)).strip()
    inner = _OURS_HERE.sub(r"\1", _HIGHER_UP.sub("", _dictated(_NEXT_REQUEST.sub("", inner)))).strip()
    return inner if len(inner) >= 2 else text


# Question words of south-western and other regional speech (西南官话, 湘语): "要涨好多" for 多少,
# "完成时限是好久" for 多久, "报告是哪个作的" for 谁. Read only where they ask: "好多" right before
# a measure and the end of a clause ("好多亿？", "好多个重点项目？" is "多少个"), never "好多人来了".
_HOW_MANY = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])好多(?=\s*(?:[个家件人亩元吨户所座条项台套名列辆张场次批倍]|万|亿|钱|公里|千米|平方米|人次|%)?"
                       r"\s*(?:[\u4e00-\u9fff]{0,8}?)\s*(?:[？?，,。！!；;]|呢|啊|哦|嘛|哈|$))")
_HOW_LONG = re.compile(r"(?<=[是要到])\s*好久(?=\s*(?:[？?，,。！!；;]|呢|啊|哦|$))")
_WHO = re.compile(r"(?<=是)哪个(?=\s*(?:作|做|讲|宣读|念)的)")


# a grade typed in lower case or said as a word ("五a景区", "4a"): the reports print 5A / 4A
# (lower case only: "五A级" as typed is read as before — side_requests takes "二二年晋级国家5A级的" for a
# scope clause, a known gap)
_GRADE_A = re.compile(r"([1-5一二三四五])\s*a(?![A-Za-z])")
_GRADE_DIGIT = dict(zip("一二三四五", "12345"))


# "咱区" / "咱县": the asker's own place, as the reports say it (我区 / 我县)
_OUR_PLACE = re.compile(r"咱(?=[省市县区州镇])")
# "咱鹤湾区23年…" (round 54c): "咱" before the place's own name says nothing the name does not
_OUR_NAMED_PLACE = re.compile(r"咱(?:们)?(?=[\u4e00-\u9fff]{2,4}?(?:区|县|市|镇|乡|街道)(?![\u4e00-\u9fff]{0,2}(?:局|委|办|厅)))")
# "报告里老提一廊三区，具体指的是哪几个" (round 54c): a name, then what it means asked in a clause
# of its own; said as one ask ("一廊三区具体指的是哪几个")
_MEANING_APART = re.compile(r"[，,]\s*(?=(?:具体|到底|究竟)?\s*(?:指的是|是指|指的|指)\s*(?:哪几个|哪几样|哪几项|哪几类|哪些|什么|啥))")
# "十四五五年里" / "十四五这五年": the plan period named, then its years counted again
_PERIOD_YEARS = re.compile(r"(十[一二三四五六]五)\s*(?:这|那)?[两三四五]年(?:里|来|间|中|当中)?")


# "拿了几个金" (round 45a): medals counted by their metal, as the reports print "获24金"
_MEDALS = re.compile(r"(几|多少)个?([金银铜])(?!牌|额|融|属|山|奖|杯|[\u4e00-\u9fff]{0,1}(?:钱|元|额))")


# "老人白天托管的那种中心": the kind pointed at between a description and its noun, no word of either
_KIND_POINTED = re.compile(r"(?<=[\u4e00-\u9fff])(?:的(?:那种|这种|那类|这类)|那种)(?=[\u4e00-\u9fff])")


def _slips_read(text: str) -> str:
    """Ask words typed by their sound (`core.ask_words_data.ASK_WORD_SLIPS`) in their form."""
    from core.ask_words_data import ASK_WORD_SLIPS

    for pattern, meant, _ in ASK_WORD_SLIPS:
        text = re.sub(pattern, meant, text)
    return text


def standard_asks(text: str) -> str:
    """`text` with regional question words in their standard form (多少 / 多久 / 谁), a
    scenic grade as the reports print it (五a → 5A), 咱区 as 我区, "十四五五年里" as 十四五期间."""
    text = _slips_read(text)
    text = _GRADE_A.sub(lambda m: _GRADE_DIGIT.get(m.group(1), m.group(1)) + "A", text)
    text = _PERIOD_YEARS.sub(r"\1期间", _OUR_PLACE.sub("我", _OUR_NAMED_PLACE.sub("", text)))
    text = _MEDALS.sub(lambda m: m.group(1) + "块" + m.group(2) + "牌", text)
    text = _KIND_POINTED.sub("", text)
    text = _MEANING_APART.sub("", text)
    if "好" not in text and "哪个" not in text:
        return text
    # clause by clause: a clause asking by another word ("好多企业反映X，报告怎么说") keeps its 好多
    clauses = re.split(r"([？?，,。！!；;])", text)
    text = "".join(c if _ASKS_HERE.search(c) else _HOW_MANY.sub("多少", c) for c in clauses)
    return _WHO.sub("谁", _HOW_LONG.sub("多久", text))

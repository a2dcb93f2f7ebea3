"""Who is asking, said before the question: "我们X局的，…" / "交通局问，…" / "咱们科技局关心
的，…" / "我们卫计委，哦现在叫卫健委，…". The opening clause names the asker's unit; it is
context, not content. Left in, its words are searched for ("我们赣州环保局 中心城区PM2.5") or
its unit is read as the subject ("我们环保厅问，X那条牵头单位有哪几个" listed the 环保厅's
tasks instead of X's lead units), and the question is refused or misread.

Read by the clause's shape, from the word table below: an opening clause that asks nothing,
names a unit (…厅/局/委/办/署/中心) or a line of work (我们12345这块), and is said as the asker's
(a first-person word before it, or 问/关心的/的/这块 after it, or nothing but a place and the
unit). It is dropped only when the rest of the question holds a subject of its own: in
"发改委，有几项逾期" or "我是发改委的，我们牵头哪些" the unit is what is asked about, so it stays.
A place said with the unit ("我们赣州环保局的") is the question's place when the rest names none.
"""
from __future__ import annotations

from core import lazy_re as re
from core.places import place_alternation

# (word, role, provenance). role: "self" a first-person word said before the unit; "tail" a
# word after the unit that says it is the asker's; "renamed" a word that gives the unit's new
# name in a clause of its own ("哦现在叫卫健委"), said after the asker's clause.
ASKER_WORDS: tuple[tuple[str, str, str], ...] = (
    ("我们", "self", "第一人称：提问人所在单位（我们发改委）"),
    ("咱们", "self", "口语第一人称（咱们科技局）"),
    ("俺们", "self", "方言第一人称"),
    ("我", "self", "第一人称（我发改委的）"),
    ("咱", "self", "口语第一人称"),
    ("本单位", "self", "公文自称"),
    ("我单位", "self", "公文自称"),
    ("问", "tail", "X问：转达X的提问（交通局问）"),
    ("想问", "tail", "X想问"),
    ("问一下", "tail", "X问一下"),
    ("问下", "tail", "X问下"),
    ("咨询一下", "tail", "X咨询一下"),
    ("的同志问", "tail", "X的同志问：转达同事的提问"),
    ("同志问", "tail", "X同志问"),
    ("领导问", "tail", "X领导问：转达领导的提问"),
    ("这边问", "tail", "X这边问"),
    ("来问", "tail", "X来问"),
    ("关心的", "tail", "X关心的：提问人的关注点"),
    ("关心", "tail", "X关心"),
    ("关注的", "tail", "X关注的"),
    ("的", "tail", "我们X局的：自报身份"),
    ("这块", "tail", "我们X这块：业务口（我们12345这块）"),
    ("这边", "tail", "我们X这边：业务口"),
    ("对照一下", "tail", "提问目的：对照"),
    ("核对一下", "tail", "提问目的：核对"),
    ("想了解", "tail", "X想了解"),
    ("现在叫", "renamed", "机构改革后的新名称（卫计委现在叫卫健委）"),
    ("现叫", "renamed", "机构改革后的新名称"),
    ("改叫", "renamed", "机构改革后的新名称"),
    ("改名叫", "renamed", "机构改革后的新名称"),
    ("改名为", "renamed", "机构改革后的新名称"),
    ("更名为", "renamed", "机构改革后的新名称"),
    ("现在是", "renamed", "机构改革后的新名称（以前叫安监局，现在是应急厅）"),
    ("就是", "renamed", "同一单位的全称（团委，就是团省委）"),
    ("也就是", "renamed", "同一单位的全称"),
    ("改成", "renamed", "机构改革后的新名称"),
)


def _words(role: str) -> str:
    return "|".join(sorted((w for w, r, _ in ASKER_WORDS if r == role), key=lambda w: (-len(w), w)))


_PLACES = place_alternation()
# the last character of a unit's name; 中心 for centres (政务服务中心)
# (a unit's name holds no 的: "管看病的卫健委" describes a unit, it is the subject's name)
_UNIT = r"(?:(?!的)[\u4e00-\u9fffA-Za-z\d]){0,10}?(?:厅|局|委|办|署|中心)"
# (a space ends it too, checked below: "南昌农业农村局 去年粮食总产多少")
_CLAUSE_END = r"(?:\s*[,，:：]\s*|\s+)"
# "我们赣州环保局的" / "我们发改委重点项目这块" / "我们12345这块" / "咱们科技局关心的"
_WITH_SELF = re.compile(
    rf"^(?:{_words('self')})(?:是)?(?P<place>{_PLACES}|(?<=[我咱])[省市县区](?=[\u4e00-\u9fff]{{2}}))?(?:(?P<unit>{_UNIT})[\u4e00-\u9fffA-Za-z\d]{{0,8}}?(?:{_words('tail')}){{0,2}}"
    rf"|[\u4e00-\u9fffA-Za-z\d]{{1,10}}?(?:这块|这边)){_CLAUSE_END}")
# "交通局问" / "南昌农业农村局" / "环保厅关心的": a place, a unit, maybe a tail word, nothing else
# "发改委小李问": a person of the unit, then a tail word (needed then, so "发改委重点项目，…" stays)
_WITHOUT_SELF = re.compile(rf"^(?P<place>{_PLACES})?(?P<unit>{_UNIT})(?:(?:{_words('tail')}){{0,2}}|"
                           rf"(?:(?!的)[\u4e00-\u9fff]){{1,3}}?(?:{_words('tail')}){{1,2}}){_CLAUSE_END}")
# "哦现在叫卫健委" / "就是团省委" / "就是原来的科委": another name of the asker's unit, a clause
# of its own after the asker's (a renaming word, maybe, then a name ending as units do)
_RENAMED = re.compile(rf"^(?:哦|噢|喔|呃|啊|嗯)?(?:不对)?(?:已经|如今|机构改革后)?(?:{_words('renamed')})?(?:了)?"
                      rf"[^,，:：？?。]{{0,10}}?(?:厅|局|委|办|署)(?:了)?{_CLAUSE_END}")
# what a clause that asks holds; a year ("2024年") is no ask
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|吗|吧|么|呢|是不是|是否|有没有|怎么|如何|[？?]|\d{2,4}\s*年")
# the rest refers back to the asker: the unit named first is its subject
_REFERS_BACK = re.compile(r"我们|咱们|俺们|本单位|我单位|我(?:厅|局|委|办)|该(?:单位|部门|厅|局|委|办)|"
                          r"其(?=在|作为|牵头|负责|承担|参与|配合|的|有|分管)")
# words of a registry ask that name nothing ("有几项逾期", "牵头哪些任务", "本周到期的有哪些")
_ASK_ONLY = re.compile(
    r"(?:19|20)?\d{2}\s*年|今年|去年|明年|本周|这周|下周|本月|这个月|下个?月|(?:重点工作)?(?:责任)?分工(?:方案)?|方案|请问|牵头|负责|参与|配合|承担|责任|分管|主抓|逾期|超期|"
    r"过期|到期|延期|进展|进度|情况|任务|工作|事项|重点|单位|部门|哪些|哪几|哪项|哪条|多少|几|项|条|个|件|有|了|的|是|都|呢|吗|吧|啥|什么|"
    r"一共|总共|共|还|里|中|分别|各|和|及|清单|列表|列出|列(?:一)?下|汇总|明细|一览|什么时候|时候|时间|截止|期限|时限|完成|"
    # "X中心，最后完成了没有": whether it was done, asked of the clause before (no subject here)
    r"最后|最终|后来|到底|究竟|建成|没有|没|"
    r"怎么样|如何|现在|目前|[\s,，。？?！!：:；;、]")
_FIGURE_ASKED = re.compile(r"多少|几")
# a unit before a space ends as a bureau does; "一件事一次办 今年…" is a task's name (r29b-009)
_UNIT_END = re.compile(r"(?:厅|局|委|中心)$")
_OWNER_ASKED = re.compile(r"牵头|负责|分管|配合|参与|承担|谁|单位|部门|逾期|任务|事项")
_NAMES_PLACE = re.compile(rf"{_PLACES}|全省|省里|我省|本省|全市|市里|我市|本市|省(?:报告|政府|级|委)")


# a service's name ending in 办 ("一件事一次办", "掌上办", "马上办"), never an office's
_SERVICE_BRAND = re.compile(r"(?:次|即|网|上|近|帮|代|通|好|快|马上|就)办$")


def drop_asker(text: str) -> str:
    """The question without an opening clause that says which unit asks; the place that
    clause names is put before the rest when the rest names none. Unchanged when the rest
    holds no subject of its own or refers back to the asker (then the unit is the subject)."""
    said_self = _WITH_SELF.match(text)
    m = said_self or _WITHOUT_SELF.match(text)
    if not m or _ASKS.search(text[: m.end()]):
        return text
    rest = text[m.end():]
    unit = m.group("unit") or ""
    if not said_self and (unit.endswith("中心") or _SERVICE_BRAND.search(unit)) and not re.sub(
            _CLAUSE_END + "$", "", text[m.end("unit"):m.end()]):
        # "日间照料中心，今年计划新建几个" (round 51c) / "政务服务一件事一次办，去年底扩到多少项" (round
        # 53b): a facility or a service named alone is what is asked of, no asker's unit
        return text
    if not re.search(r"[,，:：]\s*$", text[: m.end()]) and (
            not _FIGURE_ASKED.search(rest) or _OWNER_ASKED.search(rest) or not _UNIT_END.search(m.group("unit") or "")):
        # a unit then a space: the asker only when the rest asks a figure of the reports ("赣州卫建委
        # 今年县级医院要推进多少个"); "交通厅 是不是牵头X" asks of that unit itself
        return text
    renamed = _RENAMED.match(rest)
    if renamed and not _ASKS.search(renamed.group(0)):
        rest = rest[renamed.end():]
    if _REFERS_BACK.search(rest) or len(re.findall(r"[\u4e00-\u9fffA-Za-z]", _ASK_ONLY.sub("", rest))) < 2:
        return text
    if not m.group("unit"):  # "我们12345这块": a line of work, not a unit; what is asked is in it
        rest = re.sub(rf"^(?:{_words('self')})(?:是)?|(?:这块|这边){_CLAUSE_END}$", "", text[: m.end()]) + " " + rest
    place = m.group("place") or ""
    place = "我" + place if len(place) == 1 else place  # "我市交通局的，…": 我市 is the place
    if place and not _NAMES_PLACE.search(rest):
        rest = place + rest
    return rest

"""Understanding a question by rules: what is asked (intent) and about what (entities).

Deterministic and cheap, so the same question always routes the same way and tests can pin
it. Units and leaders come from the registry (passed in as lookups, so this module needs no
database); years and regions from `answers.years` / `answers.regions`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

from answers.regions import RegionRef, parse_region
from answers.years import YearRef, parse_years, strip_years
from core.numerals import cn_number

INTENTS = ("owner", "unit_tasks", "leader_tasks", "task", "status", "target", "fact", "none")

_CODE = re.compile(r"(?<![\d.])(\d{1,2})\s*[.．]\s*(\d{1,3})(?![\d%％.]|\s*(?:万|亿|倍|版|个|元|人|家|年|公里|亩|吨|千|百|米|小时|天|分|斤|%))")
_CODE_CONTEXT = re.compile(r"(任务|第\s*\d|项|号|谁|牵头|负责|进展|进度|详情|内容|是什么|到期|截止|期限|完成|讲的|说的|查)")

_OWNER = re.compile(
    r"(谁牵头|谁负责|谁来|谁管|谁抓|谁主抓|谁分管|由谁|归谁|归哪|哪个(单位|部门|厅|局|委|办|领导)|哪家|哪些(单位|部门)|"
    r"什么(单位|部门)|牵头单位|责任单位|配合单位|牵头领导|分管领导|哪(位|个)(领导|省领导|市领导|县领导|副?省长|副?市长|副?县长|负责同志)|是.{1,12}牵头(的)?[吗吧么]|"
    r"(牵头|负责)的?(单位|部门|是谁|领导)|主责|谁是牵头)"
)
_PERSON_LIST = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:同志|省长|副省长|市长|副市长)?(?:牵头|分管|负责|主抓)了?的?(?:哪些|什么|哪几|几项|多少|任务|工作)")
_STRONG_OWNER = re.compile(r"(谁|哪个(单位|部门|厅|局|委|办)|哪家|哪些(单位|部门)|什么(单位|部门)|哪位)")
_LIST = re.compile(r"(哪些|哪几|哪项|哪一项|什么(任务|工作|事)|几项|多少项|多少个任务|多少件|有什么|都有啥|有啥|清单|列表|列出|负责的(任务|工作)|牵头的(任务|工作)|分管(的|了)?(任务|工作|哪)|任务$|工作$)")
_STATUS = re.compile(r"(逾期|超期|过期|延期|到期|截止|期限|deadline|进展|进度|完成了吗|完成没|完成情况|落实情况|办结|状态)")
_GLOSSARY = re.compile(r"(?P<term>[^？?，,。]{1,40}?)\s*(?:是)?(?:什么意思|啥意思|指什么|是指什么|指的是什么|的意思|的含义|含义是什么|包括哪些|包括什么|具体指|是哪些|是什么|"
                       r"(?:具体)?(?:是指|指|包括|分为|分成|有)哪(?:几|些)(?:类|种|个|项|方面|部分)?|"
                       # "“八有”是哪八有" / "四名工程是哪四名": the members, counted as the term counts them
                       r"(?:是|有|指|包括)哪(?:[二三四五六七八九十两]|\d{1,2})[\u4e00-\u9fff]{0,2}\s*[？?]?\s*$)")
# "南昌市长是谁" / "谁是青溪县长": the head of government who delivered the report
# "快速路什么时候完成": a task's deadline, asked by its words
_WHEN = re.compile(r"(什么时候|啥时候|何时|几时|哪天|几月|完成时限|完成时间|时限|截止时间|截止日期|期限是|到期时间|多久完成)")
_OFFICE = re.compile(r"(省长|市长|县长|区长)\s*(?:是谁|叫什么|叫啥|是哪位|谁)|谁是.{0,8}?(省长|市长|县长|区长)")
# weaker forms ("两山银行是啥"), read as a glossary question only when no figure is asked for
_GLOSSARY_WEAK = re.compile(r"(?P<term>[^？?，,。]{2,40}?)\s*(?:是啥|是个啥|指啥|是干啥的|是干什么的|啥东西)\s*[？?]?\s*$")
# "几个点" is colloquial for a percentage ("GDP增速目标几个点")
_POINTS = re.compile(r"(几|多少)个?点(?!位)")
TARGET_CUES = re.compile(r"(目标|预期|计划|力争|打算|要(?:达到|到|达|实现|突破|控制|确保|保持|提高|提升|建成|完成|新增)|定的|定了|定为|安排|任务是|要求|争取|确保|要增长|将要|拟)")
_RESULT = re.compile(r"(实际|实现了?|完成了|已经|(增长|新增|引进|建成|达到|突破|下降|提高|减少|增加|改造|新建|开通|获批|吸引|发放|完成)了|了多少|了几|有多少|多大|是多少(?!.*目标))")
# the words before a year that starts the question: its subject ("瑞金2023年…", "粮食2023年…")
_LEAD_WORD = re.compile(r"^([\u4e00-\u9fff]{2,4}?)\s*(?=(?:19|20)?\d{2}\s*年|今年|去年|明年|前年)")
_NOT_A_SUBJECT = re.compile(
    r"(请问|问下|问一下|想问|我想问|帮我|帮我查|查一下|查查|看看|那么|还有|另外|截至|截止|目前|预计|关于|"
    r"全省|全市|全县|全区|全国|我省|我市|我县|我区|本省|本市|本县|省里|市里|县里|省内|市内|今年|去年|明年|前年|"
    r"对比|比较|相比|其中|同时|以及|经济|全年|整体|总体|那|这|在|到|从|自)"
)
_PLAN_DONE = re.compile(r"完成(?:了)?(?:年|年度|全年)?计划(?:的)?(?:多少|几|百分之|比例|比重|%)|计划完成率")
_NUMERIC = re.compile(r"(多少|几|多大|多高|多长|多远|多宽|多深|多重|比重|比例|占比|增速|增幅|增长|规模|总量|总额|数量|率|目标|指标|亿|万|%)")
_UNIT_ASKED = re.compile(r"(?:多少|几)\s*((?:万亿|亿|万|千|百)?(?:美元|元|斤|吨|亩|公顷|人次|人|户|家|个|套|平方公里|公里|项|所|座|条|台|场|件|名|次|辆|头|批|床|艘|架|位|版)|%)")

# words that carry no indicator meaning, removed before matching the indicator
_FILLER = re.compile(
    r"(请问|请|问一下|帮我|查一下|查查|看看|告诉我|知道|一下|的话|呢|吗|吧|么|呀|啊|？|\?|。|，|,|!|！|、|：|:|"
    r"政府工作报告|工作报告|报告里|报告中|报告|文件里|文件中|里面|(?<![公千英万])里|中提到|提到|说的|讲的|提出|写的|"
    r"是多少|多少|是什么|什么|是第几|第几|是几|几个|几|多大|多高|怎么样|如何|情况|"
    r"目标值|目标|预期|计划|力争|打算|定的|定了|定为|安排|实际|实现了|实现|完成了|已经|"
    r"全省|我省|省里|本省|全市|我市|本市|全县|我县|本县|县里|今年|去年|明年|前年|本年|"
    r"控制在|保持在|稳定在|叫什么|叫啥|称为|是啥|啥|哪一个|哪个|哪家|哪里|哪项|哪些|有哪些|那项|那个|这项|这个|(?<![主重需必只])要|是|了|的|年度|年)"
)


@dataclass
class Question:
    text: str
    intent: str
    years: YearRef = field(default_factory=YearRef)
    region: RegionRef = field(default_factory=lambda: RegionRef(None))
    also_regions: list[RegionRef] = field(default_factory=list)  # "南昌和全省…分别"
    code: str | None = None
    units: list[str] = field(default_factory=list)
    leaders: list[str] = field(default_factory=list)
    term: str | None = None  # glossary term
    mode: str | None = None  # "target" | "result" | None: what kind of figure is wanted
    numeric: bool = False
    unit_asked: str | None = None  # "家" in "多少家"
    topic: str = ""  # what the question is about, without question words, years, region
    role: str | None = None  # "lead" | "co" for unit lists
    premise_unit: str | None = None  # "是X牵头吗"
    status_what: str | None = None  # "overdue" | "week" | "month" | "progress"
    office: str | None = None  # "市长" in "南昌市长是谁"
    lead_word: str | None = None  # "瑞金" in "瑞金2023年GDP目标": a subject that is no known region

    def to_dict(self) -> dict:
        return {
            "intent": self.intent, "years": self.years.explicit, "relative_years": self.years.relative,
            "region": self.region.name, "code": self.code, "units": self.units, "leaders": self.leaders,
            "term": self.term, "mode": self.mode, "topic": self.topic, "role": self.role,
            "premise_unit": self.premise_unit, "status_what": self.status_what, "unit_asked": self.unit_asked,
            "office": self.office, "lead_word": self.lead_word,
        }


Lookup = Callable[[str], list[str]]


def _topic(text: str, years: YearRef, region: RegionRef, drop: list[str]) -> str:
    t = strip_years(text, years)
    if region.mentioned:
        t = t.replace(region.mentioned, " ")
    for d in drop:
        if d:
            t = t.replace(d, " ")
    t = _FILLER.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip()


def _more_regions(text: str, first: RegionRef, **kw) -> list[RegionRef]:
    """Other regions named next to the first with 和/与/跟/及/、 ("南昌和全省24年GDP目标")."""
    if not first.mentioned or not re.search(r"[和与跟及、]|以及|对比|比较", text):
        return []
    out: list[RegionRef] = []
    rest = text
    seen = {first.name}
    last = first
    for _ in range(3):
        # drop the region found and the 和 joining it, so the other stands as the subject:
        # "南昌和全省24年…" → "南昌24年…"
        rest = rest.replace(last.mentioned or "", "\0", 1)
        rest = re.sub(r"(?:以及|[和与跟及、])\s*\0|\0\s*(?:以及|[和与跟及、])", "", rest).replace("\0", " ")
        nxt = parse_region(rest, **kw)
        if not nxt.name or nxt.name in seen or not nxt.mentioned:
            break
        out.append(nxt)
        seen.add(nxt.name)
        last = nxt
    return out


# "第六部分第20项" / "第6部分的第二十条": the table's section and item, i.e. the code "6.20"
_ORDINAL_CODE = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,3})\s*(?:部分|方面|大项|板块|大类)\s*(?:的|中的|里的)?\s*"
    r"第\s*([一二三四五六七八九十\d]{1,4})\s*(?:项|条|个|小项)"
)


def find_code(text: str) -> str | None:
    m = _ORDINAL_CODE.search(text)
    if m:
        section, item = cn_number(m.group(1)), cn_number(m.group(2))
        if section and item:
            return f"{section}.{item}"
    m = _CODE.search(text)
    if not m:
        return None
    rest = (text[: m.start()] + text[m.end():]).strip(" ？?。")
    if _CODE_CONTEXT.search(text) or len(rest) <= 2:
        return f"{int(m.group(1))}.{int(m.group(2))}"
    return None


def parse_question(
    text: str,
    *,
    default_region: str | None = None,
    home_province: str | None = None,
    known_regions: list[str | None] | None = None,
    units_in_text: Lookup | None = None,
    leaders_in_text: Lookup | None = None,
) -> Question:
    """Route a question. `units_in_text` / `leaders_in_text` return canonical names found in it."""
    raw = unicodedata.normalize("NFKC", text or "").strip()  # full-width digits and letters
    raw = _POINTS.sub("多少", raw)
    years = parse_years(raw)
    region = parse_region(raw, default_region=default_region, home=home_province, known=known_regions or [])
    units = units_in_text(raw) if units_in_text else []
    leaders = leaders_in_text(raw) if leaders_in_text else []
    code = find_code(raw)
    q = Question(text=raw, intent="fact", years=years, region=region, code=code, units=units, leaders=leaders)
    q.also_regions = _more_regions(raw, region, default_region=default_region, home=home_province,
                                   known=known_regions or [])
    q.numeric = bool(_NUMERIC.search(raw))
    m = _UNIT_ASKED.search(raw)
    q.unit_asked = m.group(1) if m else None
    if not raw:
        q.intent = "none"
        return q

    owner = bool(_OWNER.search(raw))
    listing = bool(_LIST.search(raw))
    status = bool(_STATUS.search(raw))

    if code:
        q.intent = "owner" if owner else ("status" if status else "task")
        if status:
            q.status_what = "progress"
        q.topic = code
        return q

    if status and not (leaders or units) and re.search(r"(逾期|超期|过期|延期|到期|截止)", raw) and not re.search(r"\d+\s*年.*(目标|多少)", raw):
        q.intent = "status"
        if re.search(r"(逾期|超期|过期|延期)", raw):
            q.status_what = "overdue"
        elif re.search(r"(本周|这周|这个星期|本星期|7天|七天|一周)", raw):
            q.status_what = "week"
        elif re.search(r"(本月|这个月|月底)", raw):
            q.status_what = "month"
        else:
            q.status_what = "week"
        return q

    if re.search(r"(那项|这项|该项|任务|工作).{0,4}(进展|进度|推进情况|落实情况|完成情况|完成了吗|办得怎么样)", raw):
        # "5G那项进展如何": a task named by its words, asked for its progress
        q.intent, q.status_what = "status", "progress"
        t = re.sub(r"(那项|这项|该项|任务|工作)?.{0,2}(进展|进度|推进情况|落实情况|完成情况|完成了吗|办得怎么样).*$", "", raw)
        q.topic = _topic(t, years, region, [])
        return q

    if _WHEN.search(raw) and not (leaders or units) and not TARGET_CUES.search(raw):
        q.intent, q.status_what = "status", "due"
        q.topic = _topic(_WHEN.sub(" ", raw), years, region, [])
        q.topic = re.sub(r"(完成|截止|到期|能|可以|要|那项|这项|该项|任务|工作)", " ", q.topic)
        q.topic = re.sub(r"\s+", " ", q.topic).strip()
        return q

    premise = re.search(r"是(.{1,14}?)牵头(的)?[吗吧么]", raw)
    # "…有哪些单位参与 / 谁牵头": asking for the owners of a task, even if a unit is named in it
    if _STRONG_OWNER.search(raw):
        leaders = []
        if not premise:
            units = []
    if not leaders and not units:
        # a person's name the registry does not know ("王小明牵头哪些任务"): say so, do not guess
        m = _PERSON_LIST.match(raw)
        if m and not re.search(r"[厅局委办部会院社行司处室组府]$", m.group(1)):
            leaders = [m.group(1)]
    q.leaders, q.units = leaders, units
    if leaders and (listing or not owner) and not premise:
        q.intent = "leader_tasks"
        q.topic = _topic(raw, years, region, leaders)
        if re.search(r"(逾期|超期|过期)", raw):
            q.status_what = "overdue"
        return q
    if units and not premise and (listing or (not owner and re.search(r"(牵头|负责|参与|配合|承担|责任)", raw))):
        q.intent = "unit_tasks"
        if re.search(r"(参与|配合|协助|责任单位)", raw):
            q.role = "co"
        elif re.search(r"牵头", raw):
            q.role = "lead"
        if re.search(r"(逾期|超期|过期)", raw):
            q.status_what = "overdue"
        q.topic = _topic(raw, years, region, units)
        return q
    if owner:
        q.intent = "owner"
        drop = []
        if premise:
            q.premise_unit = units[0] if units else premise.group(1).strip()
            drop.append(premise.group(0))
        q.topic = _topic(_OWNER.sub(" ", raw), years, region, drop)
        q.topic = re.sub(r"(牵头|负责|主抓|分管|个(部门|单位|厅|局|委|办)|(?<![\u4e00-\u9fff])归|归口)", " ", q.topic)
        q.topic = re.sub(r"\s+", " ", q.topic).strip()
        q.topic = re.sub(r"(这项工作|这项|那项|该项|工作|任务|事情|事儿|这件事)$", "", q.topic).strip() or q.topic
        return q

    m = _OFFICE.search(raw)
    if m:
        q.intent, q.office = "fact", m.group(1) or m.group(2)
        q.topic = q.office
        return q

    g = _GLOSSARY.search(raw)
    if not g and not TARGET_CUES.search(raw) and not _NUMERIC.search(raw):
        g = _GLOSSARY_WEAK.search(raw)
    # "指哪几类" asks for the members of a term, not a count
    if g and not _UNIT_ASKED.search(raw) and not re.search(r"(多少|(?<!哪)几)", raw):
        term = g.group("term").strip()
        term = re.sub(r"^(请问|报告里|报告中|文件里|里面|中)", "", term)
        term = re.sub(r"^.*?(说的|提到的|讲的|里的|中的|所说的)", "", term)
        if region.mentioned and term.startswith(region.mentioned):
            term = term[len(region.mentioned):]
        term = re.sub(r"^(的|里|中)", "", term).strip()
        if re.fullmatch(r"[“\"「][^”\"」]+[”\"」]", term):
            term = term[1:-1]
        if term and not re.fullmatch(r"(这|那|它|这个|那个)", term):
            q.intent = "fact"
            q.term = term
            q.topic = term
            return q

    done = _PLAN_DONE.search(raw)
    if done:
        # "完成年计划的多少": a share of the plan reached (a percentage), not the plan itself
        q.intent, q.mode, q.unit_asked = "fact", "result", "%"
        q.topic = _topic(raw, years, region, [done.group(0), "完成"])
        return q
    if TARGET_CUES.search(raw):
        q.intent = "target"
        q.mode = "target"
    else:
        q.intent = "fact"
        if _RESULT.search(raw):
            q.mode = "result"
    q.topic = _topic(raw, years, region, [])
    lead = _LEAD_WORD.match(raw)
    if lead and not region.mentioned and not _NOT_A_SUBJECT.fullmatch(lead.group(1)):
        q.lead_word = lead.group(1)
    return q

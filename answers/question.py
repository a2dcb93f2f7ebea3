"""Understanding a question by rules: what is asked (intent) and about what (entities).

Deterministic and cheap, so the same question always routes the same way and tests can pin
it. Units and leaders come from the registry (passed in as lookups, so this module needs no
database); years and regions from `answers.years` / `answers.regions`.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import replace, dataclass, field
from typing import Callable

from answers.due_asks import deadline_noun_set, unit_only_names_the_task, without_milestone, without_setting
from answers.owner_asks import asks_owner, both_roles_asked, fix_unit_ending, near_leader, read_stems, strip_owner_asks
from answers.period_docs import part_of_year
from answers.plain_words import plain_task_name
from answers.plan_parts import term_asked
from answers.regions import RegionRef, level_documents_said, parse_region
from answers.wording import ACTUAL, offered_figure, premised, prepare
from answers.rank_asks import strip_rank_ask
from answers.year_spans import strip_span
from answers.counted_nouns import counter_dropped
from answers.first_of_kind import names_first_of_kind
from answers.unit_as_subject import counts_a_thing
from answers.years import YearRef, named_report_year, parse_years, relative_to_named_report, strip_years
from core.measures import counter_noun_at
from core.numerals import cn_number
from core.ledger_words import MONTH
from core.aim_verbs_data import REACH_VERBS
from core.synonyms import short_count_unit, sounds_read
from core.synonyms_data import COUNT_SHORT_UNITS

INTENTS = ("owner", "unit_tasks", "leader_tasks", "task", "status", "plan_count", "target", "fact", "clarify", "none")

# (not inside a Latin-lettered name: "PM2.5" is no task code)
# ("码上办升级2.0" is a version: no task is numbered 0, none is said after 升级/版本)
_CODE = re.compile(r"(?<![\d.A-Za-z])(?<!升级)(?<!升级到)(?<!版本)([1-9]\d?)\s*[.．]\s*([1-9]\d{0,2})(?![\d%％.]|\s*(?:万|亿|倍|版|个|元|人|家|年|公里|亩|吨|千|百|米|小时|天|分|斤|%))")
_CODE_CONTEXT = re.compile(r"(任务|第\s*\d|项|号|谁|牵头|负责|进展|进度|详情|内容|是什么|到期|截止|期限|完成|讲的|说的|查)")

# "哪家企业上市了" asks a company's name, a report's fact, never who leads (round 52b)
_NAMED_KINDS = r"(?:企业|公司|银行|医院|学校|工厂|景区|商场|酒店|平台|机构|园区|基地)"
_OWNER = re.compile(
    r"(谁牵头|谁负责|谁来|谁管|谁抓|谁主抓|谁分管|由谁|归谁|归哪|哪个(单位|部门|厅|局|委|办|站所|科室|股室|处室|领导)|哪家(?!" + _NAMED_KINDS + r")|哪些(单位|部门)|"
    r"什么(单位|部门)|牵头单位|责任的?单位|配合的?(?:单位|部门)|(?:协同|协作|协办|参与)的?(?:单位|部门)|牵头领导|分管领导|哪(?:几|两|二)?(位|个)(领导|(?:省|市|县|区|州)(?:政府)?领导|副?省长|副?市长|副?县长|副?区长|副?州长|负责同志)|是.{1,12}牵头(的)?[吗吧么]|"
    r"(牵头|负责)的?(?:(?:省|市|县|区)?(?:领导|单位|部门))(?:(?:和|及|与|、)(?:(?:省|市|县|区)?(?:领导|单位|部门)))?|"
    r"(牵头|负责)的?是谁|主责|谁是牵头|牵头人|负责人|责任人|谁(?:来)?(?:配合|参与|协助|协办)|(?:省|市|县)?领导是谁|"
    # "高效办成一件事第二批 牵头的是": the ask typed up to its verb, the question word left off (r31b-037)
    r"(?:牵头|负责)(?:的|单位|部门)是\s*[？?。…]*\s*$|"
    # "除了牵头的还有哪几家配合": the co-units asked past the lead (dev round 37a)
    r"除了?(?:牵头|主责)的?(?:单位|部门)?(?:以外|之外)?(?:还有|另外|其他)?(?:哪几家|哪些|哪几个|哪家)?(?:单位|部门)?(?:配合|参与|协助|协办)?)"
)
# "牵头的是住建还是交通" / "是发改委还是财政厅牵头": a choice between owners is an owner question
_CHOICE = re.compile(
    r"(?:(?:牵头|负责|主抓|主责)(?:的)?(?:单位|部门|领导)?(?:是|为)?|是)?"
    # (a second ask may follow after a pause: "牵头是市交通还是港口中心 哪个市领导管", round 60b)
    r"(?P<a>[^，,？?。\s是]{1,12}?)还是(?P<b>[^，,？?。\s]{1,12}?)(?:来)?(?:牵头|负责|主抓)?(?:的)?[吗呢啊？?]*(?=[\s，,]|$)"
)
# a doing verb said after the question word ("归谁管" / "由谁来负责"): part of the ask
_OWNER_VERB = re.compile(r"(?:(?<=\s)|^)(?:来)?(?:管|抓|负责|主管|主抓|牵头|办)(?=\s|$)")
_PERSON_LIST = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:同志|省长|副省长|市长|副市长)?(?:牵头|分管|负责|主抓)了?的?(?:哪些|什么|哪几|几项|多少|任务|工作)")
_STRONG_OWNER = re.compile(r"(谁|哪个(单位|部门|厅|局|委|办|站所|科室|股室|处室)|哪家(?!" + _NAMED_KINDS + r")|哪些(单位|部门)|什么(单位|部门)|哪位)")
_LIST = re.compile(r"(的?活儿?(?:是|有)?(?:啥|什么|哪些)|要干(?:啥|什么)|干(?:啥|什么)活|哪些|哪几|哪(?:两|俩|三)(?:项|个|件|条)|哪项|哪条|哪一条|哪一项|哪件|哪一件|什么事|啥事|什么(任务|工作|事)|几项|多少项|多少个任务|多少件|有什么|都有啥|有啥|清单|列表|列出|负责的(任务|工作)|牵头的(任务|工作)|分管(的|了)?(任务|工作|哪)|任务$|工作$)")
# "政法委负责牵头什么" / "殷美根抓啥": a named unit's or leader's doings, asked with 什么/啥 last
_WHAT_DONE = re.compile(r"(?:牵头|负责|分管|主抓|抓|管|承担)(?:了)?(?:的)?(?:是)?(?:什么|啥|哪些)(?:事|事情|工作|任务)?(?:呀|啊|呢)?\s*[？?]?\s*$")
# ("晶科 牵头 领导" / "五河两岸 领导": keywords only, the owner's word typed apart)
_BARE_OWNING = re.compile(r"[\u4e00-\u9fff]{2,}\s*的?\s*(?:(?:牵头|负责|主抓)\s*(?:单位|部门|领导)?|(?<=\s)(?:分管)?领导)\s*[？?]?\s*$")
_STATUS = re.compile(r"(逾期|超期|过期|延期|到期|截止|期限|deadline|进展|进度|完成了吗|完成没|完成情况|落实情况|办结|状态)")
_GLOSSARY = re.compile(r"(?P<term>[^？?，,。]{1,40}?)\s*(?:是)?(?:(?:个|一个)?(?:什么|啥)(?:概念|东西)|什么意思|啥意思|指什么|(?:咋|怎么|如何)(?:解释|理解|定义)的?|(?:到底|究竟|具体)?指啥|是指什么|指的是什么|是指的啥|是指啥|指的是啥|的意思|的含义|含义是什么|包括哪些|包括什么|具体指|是哪些|是什么|"
                       r"(?:具体)?(?:是指|指的?|包括|分为|分成|有)哪(?:几|些)(?:类|种|个|项|样|方面|部分)?|"
                       # "“八有”是哪八有" / "四名工程是哪四名": the members, counted as the term counts them
                       # "…里的两翼指的哪两个地方" (round 33c): 指的 / 是的 before the count
                       r"(?:是|有|指|包括)的?哪(?:[二三四五六七八九十两]|\d{1,2})[\u4e00-\u9fff]{0,3}\s*[？?]?\s*$|"
                       # "…具体是哪几个融合" / "…都有啥" / "…都有哪些": the members of a term
                       r"(?:具体|都|分别)?(?:是|有|指|包括|分为)哪(?:几|些)(?:个|类|种|项|样|条|方面|部分)?[\u4e00-\u9fff]{0,3}\s*[？?]?\s*$|"
                       r"(?:都|具体)(?:有|包括|是)(?:啥|什么|哪些)\s*[？?]?\s*$|"
                       # "GEP核算 名词解释" / "…的定义" / "…解释一下": a glossary entry asked by its name
                       r"(?:的)?(?:名词解释|名词注释|概念|定义|解释一下|解释下|的解释)\s*(?:是|是什么|是啥)?\s*[？?]?\s*$|"
                       # "标准地出让 怎么解释" / "X如何理解" (round 47c)
                       r"\s*(?:该|要)?(?:怎么|怎样|如何|咋)(?:解释|理解|定义)(?:一下|下)?(?:的|呢|啊|呀)?\s*[？?]?\s*$)")
# "南昌市长是谁" / "谁是青溪县长": the head of government who delivered the report
# "快速路什么时候完成": a task's deadline, asked by its words
_WHEN = re.compile(r"(什么时候|啥时候|何时|几时|哪天|(?:几|哪个?)月(?:份)?(?:底)?(?:前|之前|以前)?|完成时限|完成时间|时限|截止时间|截止日期|期限是|到期时间|多久完成|"
                   # "清欠那条是不是年底前完成就行" (round 68h): a deadline offered, to be checked
                   r"(?:是不是|是)(?:今年)?(?:年底|年内|年末|\d{1,2}月(?:底|份)?|上半年|下半年|[一二三四1-4]季度(?:末|底)?)(?:前|之前)?"
                   r"(?:完成|办完|干完|搞完|弄完|完工|建成)(?:就行|就可以|就好|就成)?(?:吗|吧|呢)?)")
# "X推迟到什么时候" / "X延期到哪年" / "X顺延到几月份": a moved deadline asked of one item; the
# documents give the item's stated time (the table's 完成时限, or the report's date phrase)
MOVED_WHEN = re.compile(
    r"(?:推迟|延期|延后|顺延|推后|延迟|拖延|拖|推)(?:了)?(?:到|至)(?:了)?\s*"
    r"(?:什么时候|啥时候|何时|几时|什么时间|哪年|哪一年|哪个年份|(?:几|哪个?)月(?:份)?(?:底)?|哪天|哪一天|哪个季度)")
# (a deputy's office said in full: "常务副市长是哪位" is never the 市长 who signs the report)
_OFFICE = re.compile(r"((?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长))\s*(?:是谁|叫什么|叫啥|是哪位|谁)|谁是.{0,8}?((?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长))")
# weaker forms ("两山银行是啥"), read as a glossary question only when no figure is asked for
_GLOSSARY_WEAK = re.compile(r"(?P<term>[^？?，,。]{2,40}?)\s*(?:是啥|是个啥|是指的啥|是指啥|指的是啥|指的啥|指啥|是干啥的|是干什么的|啥东西|"
                           # "马路办公是个啥机制" / "X是什么模式": the kind of thing named after the question word
                           r"是(?:个|一种|一个)?(?:啥|什么)(?:机制|模式|制度|概念|意思|东西|政策|工程|行动|平台|项目))\s*[？?]?\s*$")
TARGET_CUES = re.compile(
    # ("占年度计划百分之几" asks how far the work got against the plan, no target: round 63g)
    r"(目标|预期|(?<!占)(?<!占年度)(?<!占全年)计划|力争|打算|要(?:达到|到|达|实现|突破|控制|确保|保持|稳定|提高|提升|建成|完成|新增|引进)|"
    # ("新认定的高企": a verb that ends in 定 sets no target, round 54c)
    r"(?<![认确规制决约鉴审核评选稳设指锁划])(?:定的|定了|定为)|安排|任务是|要求|争取(?!到的|到了|来的|了)|确保|要增长|将要|拟|"
    # "X任务量多大" / "X的工作量是多少" / "X任务数": the amount assigned for the year is its target
    r"任务量|工作量|目标任务|任务目标|任务数(?=是|为|有|多|几|\s*$)|"
    # "粮食产量底线是多少" / "能耗上限": a floor or a ceiling set is a commitment, i.e. a target
    r"底线|红线|下限|上限|"
    # "要引几个" / "要建多少": an amount still to be reached is a target
    r"(?<![主重需只必想还])要[\u4e00-\u9fff]{0,3}?(?:多少|几)|"
    # "产值冲多少" / "今年冲到几": the colloquial verb of aiming at a figure (round 25b)
    r"冲(?:到|刺|上)?(?:多少|几))"
)
_RESULT = re.compile(r"(实际|实现了?|完成了|已经|(增长|新增|引进|建成|达到|突破|下降|提高|减少|增加|改造|新建|开通|获批|吸引|发放|完成)了|了多少|了几|有多少|是多少(?!.*目标)|"
                     # "完成多少户了" (round 56a): how far it has got
                     r"(?:多少|几)[\u4e00-\u9fff]{0,2}了|"
                     # "截至10月底城镇新增就业多少人" (round 64c): what stood by then
                     rf"(?:截至|截止到?|到)\s*{MONTH}\s*月(?:底|末|份)(?!前))")
# the words before a year that starts the question: its subject ("瑞金2023年…", "粮食2023年…")
_LEAD_WORD = re.compile(r"^([\u4e00-\u9fff]{2,4}?)\s*(?=(?:19|20)?\d{2}\s*年|今年|去年|明年|前年)")
_NOT_A_SUBJECT = re.compile(
    r"(请问|问下|问一下|想问|我想问|帮我|帮我查|查一下|查查|看看|那么|还有|另外|截至|截止|目前|预计|关于|"
    r"全省|全市|全县|全区|全国|我省|我市|我县|我区|本省|本市|本县|本区|省里|市里|县里|区里|省内|市内|今年|去年|明年|前年|"
    r"全州|我州|本州|州里|全镇|我镇|本镇|全乡|我乡|本乡|"
    r"对比|比较|相比|其中|同时|以及|经济|全年|整体|总体|那|这|在|到|从|自|"
    # "咱们今年…" / "我们去年…": the asker's own side, no subject typed first (round 60h)
    r"咱们|我们|咱|俺们|大家|领导|麻烦|急)"
)
_PLAN_DONE = re.compile(r"完成(?:了)?(?:年|年度|全年)?计划(?:的)?(?:多少|几|百分之|百分比|比例|比重|%)|计划完成率|完成(?:的)?百分比")
_NUMERIC = re.compile(r"(多少|几|多大|多高|多长|多远|多宽|多深|多重|比重|比例|占比|增速|增幅|增长|规模|总量|总额|数量|率|目标|指标|亿|万|%)")
_UNIT_ASKED = re.compile(r"(?:多少|(?<!哪)几)\s*((?:万亿|亿|万|千|百)?(?:美元|元|斤|吨|亩|公顷|人次|人(?![才口员力群们数])|户|家|个|套|平方公里|公里|项|所|座|条|台|场|件|名|次|辆|头|批|床|艘|架|位|版|张|层|部|处|盏|棵|株)|%|(?:万亿|亿)(?![\d.])|万(?![\d.\u4e00-\u9fff]))")  # "多少亿": an amount, not a rate

# "财政安排了多少资金" / "补贴多少" (round 69c): an amount of money asked, though no 元 is typed
_MONEY_ASKED = re.compile(r"(?:多少|几)(?:万|亿)?(?:的)?(?:资金|经费|预算|补助资金|补贴资金)|(?:资金|经费|预算)(?:是|有|安排了?)?(?:多少|几)(?!个|项|条|家)")

# "几块金牌" / "多少枚银牌": a count of a thing the documents count in a short unit
_COUNTED_SHORT = re.compile(r"(?:多少|(?<!哪)几)\s*(?:[块枚个只])?\s*(" + "|".join(t for t, *_ in COUNT_SHORT_UNITS) + ")")

# owner asked in any order: "牵头的是哪个" / "负责单位是哪些" / "谁牵头"
_OWNER_ANY = re.compile(r"(?:牵头|负责|主抓|主责)(?:的)?(?:单位|部门|领导)?(?:是|为)?(?:哪(?:个|些|家|位)?|谁|什么)")
# a document named as such: its facts (who delivered it, when) are asked, not a figure in it
# "十四届人大二次会议" / "第十六届人民代表大会第四次会议": a meeting named by its numbers
MEETING_BY_NUMBER = (r"第?[一二三四五六七八九十\d]{1,3}届(?:人大|人民代表大会)?(?:常委会)?第?[一二三四五六七八九十\d]{1,2}次"
                     r"(?:会议|大会)?")
# (the meeting a report is delivered at names the report: "24年那个省人代会是第几次会议"; "那个文" /
# "通知" / "发文" name the table's cover notice, the one document with a 文号)
# ("十件民生实事是哪天发的 哪个单位印发的", round 68h: the list of 民生实事 issued as a document)
_DOC_WORD = re.compile(r"(政府工作报告|工作报告|报告|分工方案|责任分工|任务分解|分解方案|方案|这个文件|那个文件|文件|(?:任务|责任|项目|实事)清单|分解表|分工表|"
                       r"(?:十|[一二三四五六七八九]|\d{1,2})件民生实事|"
                       r"人代会|人大会议?|人民代表大会|" + MEETING_BY_NUMBER + r"|(?:那|这)(?:个|份|篇)?文(?![件字化明旅号])|(?<![\u4e00-\u9fff])文(?![\u4e00-\u9fff])|通知|发文(?!字?号))")
# the table, or its cover notice: the document of a plan's facts (文号, 印发 date)
_PLAN_DOC = re.compile(r"(分工方案|方案|分工|任务分解|分解|通知|(?:任务|责任|项目|实事)清单|实事(?=(?:那个|这个|的)?(?:文件|文|通知))|(?:十|[一二三四五六七八九]|\d{1,2})件民生实事|(?:那|这)(?:个|份|篇)?文(?![件字化明旅号])|(?<![\u4e00-\u9fff])文(?![\u4e00-\u9fff])|发文(?!字?号))")
META_ASKS: tuple[tuple[str, re.Pattern], ...] = (
    ("who", re.compile(r"(谁作|谁做|谁讲|谁念|谁宣读|谁代表|谁发布|谁印发|谁报告|作报告的是|报告人|是谁(?:作|做|讲)|由谁(?:作|做)|"
                       # "是谁在啥会上讲的" (round 68d): who, with where, before the verb
                       r"谁在[^，,。？?]{1,10}?(?:作|做|讲|念|宣读)的?|"
                       # "分工方案…哪个单位发的" (round 67f): who issued a document
                       r"(?:是)?(?:哪个|哪家|什么)(?:单位|部门|机关)(?:印发|发布|下发|发|出|制定|编)的|谁(?:发|出)的|发文(?:单位|机关)|"
                       # "是易炼红同志作的吗": who, a name offered
                       r"是(?!哪|谁|什么|啥|何|在|不是)[\u4e00-\u9fff]{2,4}?(?:同志|省长|市长|县长|区长|州长|旗长|镇长|乡长)?(?:作|做|讲|念|宣读)的(?:吗|么|吧|不|嘛)|"
                       # "报告由X宣读的吧" / "是X作的对吗": a person offered as who delivered it
                       r"(?:是|由)(?!哪|谁|什么|啥|何|在)[\u4e00-\u9fff]{2,4}?(?:同志|省长|市长|县长|区长|州长|旗长|镇长|乡长)?(?:作|做|宣读)的?(?=[吗吧么嘛]|对吧|对吗|是吗|\s*[？?]?\s*$)|"
                       # "由哪位市领导向大会作的": the speaker asked by his office
                       r"(?:是|由)?哪(?:位|一位|个)(?:(?:省|市|县|区)?(?:领导|同志|负责人)|省长|市长|县长|区长|州长|旗长|镇长|乡长)(?:向大会|在大会上)?(?:作|做|讲|宣读|报告)|"
                       # "县长是谁，哪天作的报告": the office asked beside the report's delivery (a new-user try)
                       r"(?:省长|市长|县长|区长|州长|旗长|镇长|乡长)(?:是谁|是哪位|叫什么|叫啥)(?=.*(?:(?:作|做|讲|宣读)的?报告|报告[^，,。？?]{0,6}(?:作|做|讲|宣读)))|"
                       # "报告是哪位做的": the speaker asked with no office said (round 25b)
                       # ("是哪位市常作的": an office typed by its sound between 哪位 and the verb)
                       r"(?:是|由)?哪(?:一)?位[\u4e00-\u9fff]{0,2}?(?:向大会|在大会上)?(?:作|做|讲|念|宣读)的?)")),
    # ("文号是多少 那天印发的": 那 typed for 哪 before the verb of issuing, round 66c)
    ("when", re.compile(r"(哪天|哪一天|那天(?=\s*(?:印发|发布|下发|出台|作|做|召开))|哪日|于?何日|于何时|几月几[日号]|什么时候|啥时候|何时|什么日子|日期|时间)(?:.{0,3}(?:作|做|召开|印发|发布|下发|出台|通过|讲|开|发(?=的|了|[？?，,。\s]|$)))?|"
                        r"(?:作|做|召开|印发|发布|下发|出台)的?(?:时间|日期)|"
                        # "几号开的" (never "几号线"); "落款" / "成文日期": the date a document is signed
                        r"几号(?=开|召开|作|做|印发|发|出台|的|[？?，,。、\s]|$)(?:开|召开|作|做|印发|发的?|出台)?|"
                        # "几号在人代会上作的" / "哪天在大会上讲的": the date, then where it was delivered
                        r"(?:几号|几月几[日号]|哪天|哪一天)(?=在[^，,。？?]{0,12}?(?:会|会议|大会)上)|"
                        r"落款(?:日期|时间)?|(?:成文|发文)(?:日期|时间)")),
    # "在哪次会议上作的" / "什么会上作的报告": the meeting a report was delivered at
    ("where", re.compile(r"(?:在)?(?:哪次|哪此|哪个|哪一次|哪届|什么|啥)(?:人代会|人大会议?|人大|会议|大会|会)(?:上)?(?:作|做|讲|开|宣读|通过)?|会议名称|会议(?:的)?全称|(?:会议)?届次|在哪(?:里|儿)?(?:作|做|开)|"
                         # "哪天作的，在那个会上" (那 typed for 哪, round 54a): ending the message, it asks
                         r"在那(?:个|次|一次)(?:人代会|人大会议?|会议|大会|会)上?(?=\s*[？?]?\s*$)|"
                         # "在第几次人代会上" / "在省人大第几次会议上" (round 54b/55a)
                         r"(?:在)?(?:省|市|县|区)?(?:人大)?第几次(?:人代会|人大会议?|会议|大会)(?:上)?(?:作|做|讲|开|宣读|通过)?|"
                         # "是在第几届人代会第几次会议上作的": the meeting by its numbers
                         r"(?:在)?(?:第几届|几届)(?:人代会|人大|人民代表大会)?(?:第?几次(?:会议|大会)?)?(?:上)?(?:作|做|讲|开|宣读|通过)?|"
                         r"(?:在)?(?:人代会|人大)?第?几次(?:会议|大会)(?:上)?(?:作|做|讲|开|宣读|通过)?|"
                         r"(?:在)?(?:人代会|人大)第?几次(?:会议|大会)?(?:上)?(?:作|做|讲|开|宣读|通过)?")),
    # "那份赣州报告是哪一年的": the year a document is of
    ("year", re.compile(r"(?:是)?(?:哪一年|哪年|哪个年份|什么年份|哪一年度|哪个年度|几几年)(?:的)?(?=[？?，,。\s]|$)")),
    ("number", re.compile(r"(?:用|以)?(?:哪个|什么|啥)(?:文号|发文字号|文件号)(?:印发|下发|发)?|(?:文号|发文字号|发文号|文件号|文件编号|(?<![老国])字号|"
                r"(?:(?<=文件)|(?<=方案)|(?<=通知)|(?<=那个))问号)[，,\s]*(?:是|为)?(?:多少|什么|啥|几号)?")),  # 问号: 文号 typed by its sound
)

# "赣府厅字〔2021〕9号": a document number as a question offers it
OFFERED_DOC_NUMBER = re.compile(r"(?:是不是|不是|就是|是|为)?([\u4e00-\u9fff]{1,5}\s*[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号)")
# words around a document's name that ask nothing ("那个重点工作责任分工方案是哪天印发的")
_DOC_NAME_WORDS = re.compile(r"(关于|请问|名词解释|名词注释|办公厅|办公室|人大|在|[《》、]|那个|这个|这份|那份|今年|去年|的|是|了|呢|吗|啊|来着|省|市|县|区|人民|政府|重点工作|重点|责任|年度|(?:十件)?(?:民生|为民办)?实事|项目|全文|原文|任务|(?:帮我|麻烦|请|给我)?(?:写|发|告诉我|列|看|查|找|核)(?:一下|下)|(?<=[省市县区])里|[？?，,。！!\s])")
_NUMERIC_ASK = re.compile(r"(多少|几[个项条家年座万亿%]|增长|目标|比重|占比)")
# a definition asked with the question word first: "什么叫X" / "何为X" / "啥是X"
_DEFINE_FIRST = re.compile(r"^(?:请问)?(?:什么叫(?:做)?|啥叫|什么是|啥是|何为|何谓)\s*(?P<term>[^？?，,。]{2,40}?)\s*[？?]?\s*$")
# words around a term that are no part of it ("那8项", "具体", "都")
_FILLER_WORDS = re.compile(r"(?:那|这|该)(?:\d{1,2}|[一二三四五六七八九十两几])?(?:个|项|条|块|些|类|种)?$|具体$|都$|分别$")
# words that carry no indicator meaning, removed before matching the indicator
# words that hold a filler's character (重要, 老年): matched first and kept whole, so a filler
# is never cut out of a word; words of asking that hold one (要求, 了解) are fillers whole
# ("要求不低于" → "不低于", never "求不低于")
_BOUND_WORDS = frozenset((
    "要素", "要点", "要件", "纲要", "重要", "主要", "需要", "必要", "只要", "摘要", "要害", "目的", "青年", "老年", "少年", "中年", "年轻", "年均", "年底", "年末", "年初", "年龄", "年金",
    "年报", "周年",
))
_FILLER = re.compile(
    # longest first, then by the words themselves: the same pattern text in every process (a
    # set's order changes with each; the order of same-length words never changes a match),
    # so its compiled code is found in core/regex_cache.py's file
    "(?:" + "|".join(sorted(_BOUND_WORDS, key=lambda w: (-len(w), w))) + ")|"
    r"(要求|全年|关于|[《》]|来着|"
    # "去年区政府一共办了多少件人大代表建议" (round 66h): the report's own government, no word of the subject
    r"(?:(?<=\s)|^)(?:省|市|县|区)政府(?![工办常])|"
    # "十四五开局前 20年GDP": a time said beside the year asked, no word of the subject
    r"十[一二三四五六]五(?:开局|开始|起步)?(?:前|之前|以前)|"
    # "农村公路截至目前完成多少公里了": how far the year has got, no word of the subject
    r"(?:截至|截止到?)(?:目前|现在|当前|今天|眼下)(?:为止)?|(?:到)?(?:目前|现在)为止|(?<=[\u4e00-\u9fff]{2})(?:现在|目前|当前)(?=一个月|每月|一年|每年|是|有|多少|几|压|降|控|达|已|\s|$)|"
    # "24年工作安排第四部分 粮食产量…": where in the report, no word of the subject (a task's
    # "第六部分第20项" is read before, as a code)
    r"(?:工作安排|工作回顾|报告)?(?:的|里的|中的)?第[一二三四五六七八九十]{1,3}(?:部分|方面)(?!\s*的?第)(?:里|中|的)?|(?:这个|这项|这一|该)(?:指标|提法|说法|平台)|哪一?(?:版|年)|(?<=[的是])又(?=是)|(?:原文|原话|原句)(?:数字|数据)?(?:里面|里|中)?|(?:推进)?台账(?:上|里|中)(?:说|写)?|问题清单(?:里|上|中)?(?:说|写)?|里程|几[家座所块枚名位件套台辆场](?!\s*$)|(?<=多少)[块枚](?!\s*$)|拿了?(?=多少|几)|"
    "(?:" + "|".join(REACH_VERBS) + r")(?=多少|多大|几)|"
    # "X那条好像挂了两个省领导，是哪两位": the leaders asked, counted, no word of the task (round 46b)
    r"(?:好像|似乎|听说)?(?:挂了?|有|是)(?:两|几|哪两|哪几)(?:个|位)(?:省|市|县|区)?(?:领导|牵头领导)|哪(?:两|几)位|"
    # "基础养老金今年每月涨多少": a rise asked, its verb no word of the subject (printed 提高/增加/上调)
    r"涨(?:了)?(?=\s*(?:多少|几))|"
    # "两癌筛查今年给多少人做": for how many people it is done, no word of the subject
    r"给(?=多少|几)|(?<=多少人)做|(?<=多少个人)做|"
    # "现在通车总里程多少": now, said first in a part, is no word of the subject
    r"^(?:现在|目前|当前)(?=[\u4e00-\u9fff]{2})|"
    # "邬县长本人作为责任领导的有哪几条" / "…要对接哪个部门" (round 52a): the leader's own role, the
    # asker's contact, no word of a task
    r"本人|作为(?:责任|牵头|分管)?(?:领导|人)|(?:要|得|该)?对接(?=哪|谁)|"
    # "去年那两所公办幼儿园…": the few pointed at, counted as the document counts them elsewhere
    r"(?:那|这)(?:两|俩|三|四|五|几)(?:所|家|座|处)(?=[\u4e00-\u9fff]{2})|"
    # "那以旧换新这项呢，…": a follow-up's opening 那, no word of the subject (round 52b)
    r"^(?:那|那么)(?![个些里边样么时年天次项条块])(?=[\u4e00-\u9fff]{3})|"
    # "7·22那场强降雨有人员伤亡没": the event pointed at, and 有…没 asking whether (round 46d)
    r"(?:那|这)(?:场|次|回)(?=[\u4e00-\u9fff])|"
    # "老人白天托管的那种中心": the kind pointed at, no word of the thing (round 51c)
    r"(?:的)?(?:那种|这种)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])没(?:有)?(?=\s*[？?。]?\s*$)|"
    # "GDP 去年实际完成多少": completing is the result asked, no word of the subject
    r"(?<=[\u4e00-\u9fffA-Za-z\s])(?:实际)?完成(?:了|得)?(?=多少|几)|(?:最后|最终|后来)(?=\s*(?:实际|完成|做|干|到底))|(?:做|干|搞|弄|打)了(?=多少|几)|(?:这)?两份|两个数(?:字)?|它自己|它(?=回顾|说|讲|提|写|定)|又(?:说|讲|提|写)(?:了|的)?|(?:专门|着重|还|又|也)(?:讲|提|列|谈)(?:了|到|过)(?:一个|一句|一条)?|(?<![前])(?:讲|提|列|谈)了(?:一个|一句|一条)|(?<=[\u4e00-\u9fff]{2})(?:以后|之后)(?=[\u4e00-\u9fff\s]|$)|(?:想)?了解(?:一)?下?|(?:想|要)(?:再)?确认(?:一)?下?|请教(?:一)?下?|百分之(?=多少|几)|请问|请|问一下|帮我|查一下|查查|看看|告诉我|知道|一下|的话|是不是|是否|对不对|对吧|没错吧|一共|总共|的时候|(?:有没有|是否)(?:提到|提及|提|说到|说|讲到|讲|写到|写)?|比\s*(?:谁|哪个)?\s*(?:高|低|快|慢)|相比|对比|比较|呢|吗|吧|么|呀|啊|？|\?|。|，|,|!|！|、|：|:|"
    r"(?:政府工作|工作)?报告(?:里面|里|中)?(?:提到的|提到|提及|提出的|提出|说到|讲到|写到|写明|说的|说|讲的|讲|提的|提(?![升高前])|写的|写|称|指出|显示)?|文件里|文件中|里面|(?<![公千英万])里|中提到|提到|说的|讲的|提出|写的|"
    # "怎么写的" / "怎么定的" / "怎么说": how a text says it asks for the text, no word of the subject
    r"怎么(?!样)(?:写|说|讲|定|规定|表述|安排)?(?:的)?|"
    # "控到多少" / "降到几" / "提到多少": the verb a figure is asked with, no word of the subject
    r"(?:控制|控|压降|压|降低|下降|降|提高|提升|提|增加|增|上升|升|涨|达|稳定|稳|保持)(?:到|至|在)(?=\s*(?:多少|几|啥|什么|百分之|多久|多长时间))|"
    # "住院楼盖到几层了" / "路修到哪了": how far the work has got is asked, the verb no word of the subject
    r"(?:盖|修|(?<!土)建|干|弄|搞|做|铺|挖|施工|推进)(?:到|至)(?:了)?(?=\s*(?:多少|几|哪|啥|什么))|"
    # "快速通道咋还没开工 谁拖后腿了": why it is not yet done and who lags are asked of the
    # latest word on it (a notice's), no word of the subject
    r"(?:咋|怎么|为啥|为什么|为何)(?:到现在|至今|现在|到今天)?(?:还|仍)?没(?:有)?(?=[\u4e00-\u9fff])|(?:是)?谁(?:在)?拖(?:了)?后腿(?:了)?|拖后腿的?(?:是谁|是哪个|单位)?|"
    # "通报里说招商前三季度…": where it was read and its verb of saying, no word of the subject
    r"通报(?:里面|里|中|上)?(?:说的|说|讲的|讲|写的|写|提到的|提到|提的|提)?|"
    # "9月台账老旧小区完工几个了" (round 63g): the ledger read, no word of the subject
    r"(?:调度)?台[账帐](?:里面|里|中|上)?(?:说的|说|写的|写|记的)?|"
    # "23年的时候 4号线…": the time said again, no word of the subject
    r"(?:^|(?<=\s))(?:的)?时候|"
    # "港口二期码头几月份投运的": the month asked, no word of the subject (哪个 is a question word)
    r"几月份|(?<=哪个)月份?|(?<=哪一)月份?|哪年(?:哪|几)月份?|"
    # "新建改扩建学校那件实事完成时限卡的哪天": the item pointed at by its kind, and the time "set"
    # (卡) by the table, no words of the subject (round 60h)
    r"(?:那|这)(?:件|项|个)(?:民生)?实事|(?<=时限|时间|节点|期限)卡(?:的|在|到)?|"
    # "卡在哪了" / "难点在哪": what holds it up, asked of the latest word on it
    r"卡在(?:哪|什么地方|啥地方)(?:了|呢)?|卡(?:哪|啥)了|(?:难点|问题)(?:在哪|是啥|是什么)(?:了|呢)?|"
    # "督查室前三季度通报里…": who issued the notice named, no word of the subject
    r"(?:市|县|区|州)?(?:政府)?督查(?:室|科|办)(?:的|发的)?(?=[^，,？?。]{0,12}通报)|"
    # "24年那份报告里目标当时定的多少": the time pointed back at is the year said, no word of the subject
    # ("老旧小区原计划改造几个": 原 of the plan first made, no word of the subject either)
    r"当时|那时候|那会儿|(?<=年)那份|原(?=计划|定)|原本|本来|原来|"
    # "弄没弄完" / "建没建成": whether it is done, asked by a verb said twice, no word of the subject
    r"(?P<twice>[弄搞干做建修办开完])没(?P=twice)(?:完|好|成)?|"
    # "城北二小进展咋样" / "X现在进度如何": how it stands is asked, no word of the subject
    r"(?:现在|目前)?(?:进展|进度)(?=\s*(?:咋样|怎么样|怎样|如何|情况|到哪))|咋样|怎样|"
    r"是多少|多少|是什么|什么|是第几|第几|是几|几(?:个|家|项|座|所|条|台|名|辆|批|套|件|场|户|床)?|多大|多高|怎么样|如何|情况|"
    # "多少个铜牌": the measure word of a thing counted in a short unit (core.synonyms_data)
    r"(?<=多少)[个只](?=(?:" + "|".join(t for t, *_ in COUNT_SHORT_UNITS) + r"))|"
    # "X，最后完成了没有" / "X到底建成没": the words asking whether it was done, no word of X
    r"(?:最后|最终|后来|到底|究竟)(?=\s*(?:是否|有没有)?\s*(?:完成|建成|实现|达到|兑现|落实|做到))|"
    r"(?<=完成|建成|实现|达到|兑现|落实|做到|成了|现了|到了|实了)没有?(?=\s*[？?。]?\s*$)|"
    r"任务量|工作量|目标任务|任务目标|任务数|目标值|目标|预期|计划|力争|打算|(?<![认确规制决约鉴审核评选稳设指锁划])(?:定的|定了|定为)|安排|实际|实现了|实现|完成了|已经|(?<!三保)底线|红线|下限|上限|"
    # "哪个景区升成国家5A了": a verb of moving up a grade (the reports print 晋级/创成/获评)
    r"升(?:级)?(?:成|为|到)(?=\s*(?:国家|省级|全国|[1-5一二三四五]\s*A))|"
    r"全省|我省|省里|本省|全市|我市|本市|(?<!城)市里|全县|我县|本县|县里|(?:全|我|本)区(?!域)|(?<![社园景城小街新片校库山])区里|(?:全|我|本)州|州里|(?:全|我|本)[镇乡]|(?<![城集])镇里|乡里|今年|去年|明年|前年|本年|"
    # "消费券区里准备发多少钱": a plan said as being prepared is a target's cue, no word of the subject
    r"准备(?=[\u4e00-\u9fff]{0,3}(?:多少|几))|"
    # "互联网+大赛咱们拿了多少金": the asker's own side, no word of the subject (我们市/咱们省 are the places above)
    r"(?:咱们|我们)(?![省市县区州])|"
    # "去年争取到多少": the verb of winning is no word of the subject (the review prints the
    # funds with or without it: "其中超长期特别国债项目9个、资金4.6亿元")
    r"争取(?:到了?|了|来了?)(?=\s*(?:多少|几))|"
    # "营收破千亿没 具体多少": a threshold asked yes-or-no beside the figure is no word of the subject
    r"(?:突破|超过|破|过|超)了?\s*(?:\d+(?:\.\d+)?|[一二三四五六七八九十两百千万]+)\s*(?:万亿|亿|万|千)?"
    r"(?:元|人次|人|个|家|吨)?\s*(?:没有|没|了吗|了没|吗)(?=[\s，,？?]|$)|"
    # "产值冲多少": the colloquial verb a figure is aimed at with, no word of the subject
    r"冲(?:到|刺|上)?(?=\s*(?:多少|几))|"
    r"(?:那|这|该)(?:一)?(?:块|些|条|届|次|方面|部分|边)|"
    # "石桥柳湾那两个污水站" (round 69d): pointing at things by their count names none of them
    r"(?:那|这)(?:两|二|三|四|五|几)(?:个|座|所|家|处)(?=[\u4e00-\u9fff])(?!分别|都|各|是|的|一共|总共|共)|方面|具体|到底|究竟|大概|大约|分别|各自|都(?=有|是|要|在)|"
    r"控制在|保持在|稳定在|叫什么|叫啥|称为|是啥|啥|哪一个|哪个|哪家|哪里|哪项|哪几条|哪些条|哪一条|哪条|哪些|有哪些|那项|那个|这项|这个|(?<![主重需必只])要|是|了|的|年度|年)"
)


@dataclass(frozen=True)
class Question:
    """A parsed question: built once by `parse_question`, never changed (derive with
    `dataclasses.replace`)."""

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
    status_what: str | None = None  # "overdue" | "week" | "month" | "next_week" | "next_month" | "progress"
    office: str | None = None  # "市长" in "南昌市长是谁"
    lead_word: str | None = None  # "瑞金" in "瑞金2023年GDP目标": a subject that is no known region
    meta: tuple[str, ...] = ()  # ("who", "when") in "报告是谁作的，哪天": facts about a document
    topic_not: str = ""  # "科技创新" in "X除了科技创新那些，还牵头啥": the part of a list set aside
    unit_not: str | None = None  # "省科技厅" in "X牵头的任务里，不归科技厅管的": a lead unit set aside
    # (typed, read) of each name read by its sound ("秦毅" → "秦义"): the answer says how it read them
    heard: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict:
        return {
            "intent": self.intent, "years": self.years.explicit, "relative_years": self.years.relative,
            "region": self.region.name, "code": self.code, "units": self.units, "leaders": self.leaders,
            "term": self.term, "mode": self.mode, "topic": self.topic, "role": self.role,
            "premise_unit": self.premise_unit, "status_what": self.status_what, "unit_asked": self.unit_asked,
            "office": self.office, "lead_word": self.lead_word, "meta": list(self.meta), "topic_not": self.topic_not,
        }


Lookup = Callable[[str], list[str]]


def _topic(text: str, years: YearRef, region: RegionRef, drop: list[str]) -> str:
    t = strip_years(text, years)
    if region.mentioned:
        t = t.replace(region.mentioned, " ")
    for doc in level_documents_said(t):
        t = t.replace(doc, " ")  # "市两会报告里…": where to look, not what is asked
    for d in drop:
        if d:
            t = t.replace(d, " ")
    t = _FILLER.sub(lambda m: m.group(0) if m.group(0) in _BOUND_WORDS else " ", t)
    t = _PERIOD_NAMED.sub(" ", t)
    # "22年和24年…各定了多少": the joiner left where two years were, and the distributive 各, alone
    t = " ".join(w for w in t.split() if w not in _LONE_GLUE)
    # "去年年底高企总数多少" (round 68c): the time of the count glued before the subject
    t = re.sub(r"(?:^|(?<=\s))(?:年底|年末|年初)(?=[\u4e00-\u9fff]{2})", "", t)
    if len(years.explicit) >= 2:  # "22年和24年装配式…": the years cut out, their 和 stays glued to the subject
        t = re.sub(r"^(?:和|与|及|跟)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]{2})(?:和|与|及|跟)$", "", t)
    return re.sub(r"\s+", " ", t).strip()


# ("年初目标是…，年底实际新增了几家": when in the year it was set or counted, no word of the subject)
_LONE_GLUE = frozenset({"和", "与", "及", "跟", "同", "各", "各自", "分别", "年初", "年底", "年末", "号前", "号之前", "号以前"})
# "三季度通报滞后几项" (round 56a): the part of the year a notice covers, and the notice named, no
# word of what is asked
_PERIOD_NAMED = re.compile(r"(?:前三季度|[一二三四1-4]季度|上半年?|下半年?|1-\d{1,2}月)\s*(?:的)?(?:督查)?(?:通报|情况通报)?(?:里|中|上)?"
                           r"|(?:督查)?通报(?:里|中|上)?(?:说的?|讲的?|写的?|的)?(?!表扬|批评|[\u4e00-\u9fff]{0,2}(?:单位|表扬|批评))")


# "…和南昌比谁高" / "比赣州高吗": a region the first is compared with
_COMPARED = re.compile(r"(?:和|跟|与|同)\s*([\u4e00-\u9fff]{2,5}?)\s*(?:(?:19|20)?\d{2}\s*年)?\s*(?:比|相比|对比|比较)|"
                       r"(?<![对相])比\s*([\u4e00-\u9fff]{2,5}?)\s*(?:高|低|多|少|快|慢|大|小)")


def _more_regions(text: str, first: RegionRef, **kw) -> list[RegionRef]:
    """Other regions named next to the first with 和/与/跟/及/、 ("南昌和全省24年GDP目标"),
    or compared with it ("江西今年GDP目标和南昌比谁高")."""
    if not first.mentioned or not re.search(r"[和与跟及、比]|以及|对比|比较|vs|VS", text):
        return []
    for m in _COMPARED.finditer(text):
        other = parse_region(m.group(1) or m.group(2), **kw)
        if other.name and other.name == first.name:
            # "赣州23年GDP目标和全省比": the compared one was read first; the subject is the other
            masked = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():]
            other = parse_region(masked, **kw)
        if other.name and other.name != first.name and other.mentioned:
            return [other]
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
            nxt = _joined_after(text, last, **kw)
        if not nxt.name or nxt.name in seen or not nxt.mentioned:
            break
        out.append(nxt)
        seen.add(nxt.name)
        last = nxt
    return out


# "全省和南昌…" / "江西24年 vs 赣州23年": a region, maybe its year, then a joiner; what follows
# the joiner is a region when a region's name starts it
_JOINER_AFTER = r"\s*(?:(?:19|20)?\d{2}\s*年)?\s*(?:的)?\s*(?:以及|[和与跟及、]|[vV][sS]\.?|对比|相比)\s*"


def _joined_after(text: str, last: RegionRef, **kw) -> RegionRef:
    """The region right after `last` and a joiner, read as the start of a question."""
    m = re.search(re.escape(last.mentioned or "\0") + _JOINER_AFTER, text)
    if m:
        return parse_region(text[m.end():], **kw)
    # "…目标 南昌vs全省": the region just before a joiner and `last`, read as a question's start
    m = re.search(r"(?:^|[\s，,：:；;？?])([^\s，,：:；;？?]{2,12}?)\s*(?:以及|[和与跟及、]|[vV][sS]\.?|对比)\s*"
                  + re.escape(last.mentioned or "\0"), text)
    return parse_region(m.group(1), **kw) if m else RegionRef(None)


# "第六部分第20项" / "第6部分的第二十条": the table's section and item, i.e. the code "6.20"
_ORDINAL_CODE = re.compile(
    r"第\s*([一二三四五六七八九十\d]{1,3})\s*(?:部分|方面|大项|板块|大类|块)\s*(?:的|中的|里的)?\s*"
    r"第\s*([一二三四五六七八九十\d]{1,4})\s*(?:项|条|个|小项)"
)


# "二.3那个" / "五(2)那条" / "三（2）": the part by its printed numeral, the item by its number,
# in a table whose 序号 restarts in every part (round 64b); a figure never ("三.5万亩")
_PART_ITEM = re.compile(r"(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,3})\s*(?:[.．]\s*(\d{1,3})|[（(]\s*(\d{1,3})\s*[)）])"
                        r"(?![\d%％.]|\s*(?:万|亿|倍|个|元|人|家|年|公里|亩|吨|千|百|米|小时|天|分|斤|%))")


def find_code(text: str) -> str | None:
    m = _ORDINAL_CODE.search(text) or _PART_ITEM.search(text)
    if m:
        section, item = cn_number(m.group(1)), cn_number(next(g for g in m.groups()[1:] if g))
        if section and item:
            return f"{section}.{item}"
    m = _CODE.search(text)
    if not m:
        return None
    rest = (text[: m.start()] + text[m.end():]).strip(" ？?。")
    if _CODE_CONTEXT.search(text) or len(rest) <= 2:
        return f"{int(m.group(1))}.{int(m.group(2))}"
    return None


@dataclass(frozen=True)
class Seen:
    """What every rule may read: the prepared text and what was found in it. Rules return
    the Question's fields (or None when they do not apply); none of them changes this."""

    raw: str
    years: YearRef
    region: RegionRef
    units: list[str]
    leaders: list[str]
    code: str | None
    owner: bool
    listing: bool
    status: bool
    premise: re.Match | None


Rule = Callable[[Seen], "dict | None"]


def _by_code(s: Seen) -> dict | None:
    """"3.4谁牵头" / "任务3.4" / "3.4进展如何": a task named by its code."""
    if not s.code:
        return None
    if not s.owner and not s.status and _WHEN.search(s.raw):
        # "第三部分第1项…那条几月底前完成": the task's deadline
        return {"intent": "status", "status_what": "due", "topic": s.code}
    intent = "owner" if s.owner else ("status" if s.status else "task")
    return {"intent": intent, "status_what": "progress" if s.status else None, "topic": s.code}


# "快速通道截止10月底路面弄了多少了": 截止 before a time says as of when, not which deadlines (round 59b)
_AS_OF = re.compile(r"截[止至]到?\s*(?:\d{1,2}\s*月(?:底|末|份|中旬|上旬|下旬)?|\d{1,2}\s*月\d{1,2}\s*[日号]|目前|现在|今天|当前|上半年|前三季度)")


def _overdue_or_due_soon(s: Seen) -> dict | None:
    """"哪些逾期了" / "本周到期的任务": the registry's deadlines, for no unit or leader in particular."""
    if not (s.status and not (s.leaders or s.units) and re.search(rf"{OVERDUE_WORDS}|到期|截止", _AS_OF.sub(" ", s.raw))
            and not re.search(r"\d+\s*年.*(目标|多少)", s.raw)):
        return None
    if _WHEN.search(s.raw) and not re.search(r"哪些|哪几|几项|多少项|都有|列一下", s.raw):
        # "污水厂提标改造啥时候到期" / "…到期时间是哪天" (round 65b): one task's deadline, named
        named = _topic(re.sub(r"(?:逾期|超期|过期|延期|到期|截止)(?:时间|日期)?", " ", _WHEN.sub(" ", s.raw)), s.years, s.region, [])
        if len(re.findall(r"[\u4e00-\u9fff]", named)) >= 3:
            return None
    if MOVED_WHEN.search(s.raw) and _topic(MOVED_WHEN.sub(" ", s.raw), s.years, s.region, []):
        return None  # "赣深客专延期到哪年": one item's time, not the list of overdue tasks
    if s.owner and re.search(r"谁|[“\"「]", s.raw):
        return None  # "“X”这项谁牵头？截止时间？": one task named; its owner's answer shows its deadline
    if re.search(OVERDUE_WORDS, s.raw):
        what = "overdue"
    elif re.search(r"(下个?月|下一个月)", s.raw):
        what = "next_month"
    elif re.search(r"(下周|下个?星期|下一周|下礼拜)", s.raw):
        what = "next_week"
    elif re.search(r"(本月|这个月|月底)", s.raw):
        what = "month"
    else:
        what = "week"
    return {"intent": "status", "status_what": what}


_PROGRESS = re.compile(r"(那项|这项|该项|任务|工作).{0,4}(进展|进度|推进情况|落实情况|完成情况|完成了吗|办得怎么样)")


def _progress_of_named(s: Seen) -> dict | None:
    """"5G那项进展如何": a task named by its words, asked for its progress."""
    if not _PROGRESS.search(s.raw):
        return None
    t = re.sub(r"(那项|这项|该项|任务|工作)?.{0,2}(进展|进度|推进情况|落实情况|完成情况|完成了吗|办得怎么样).*$", "", s.raw)
    return {"intent": "status", "status_what": "progress", "topic": _topic(t, s.years, s.region, [])}


_TABLE_REQUIRES = re.compile(r"(?:分工方案|方案|表里|表上|通知)(?:里|中|上)?(?:要求|规定)")


# "两癌筛查那个啥时候要完成": 要 said of the time is the deadline asked, no target (round 44d)
# ("第三实验小学计划几月份投用": the time planned is the deadline too, round 59b)
_WHEN_WANTED = re.compile(r"(?:(?<=什么时候)|(?<=啥时候))要|(?:要|计划|打算)(?=在?(?:什么时候|啥时候|几月|哪天))")


# "市中医院新院区是几月几号开工的" / "城际铁路哪天开的工": the day it happened, a fact a report or a
# notice states ("已于5月20日开工"), never the table's deadline (rounds 59a, 59f)
# ("23年的时候 4号线云岫段是几月开工的呀": the month it happened, round 59c)
_PAST_EVENT = re.compile(r"(?:哪天|哪一天|几月几号|几月几日|几号|几月份?|哪个月|哪年(?:哪|几)月份?|哪一年)(?:正式)?[\u4e00-\u9fff]{1,5}?的[\u4e00-\u9fff]?\s*[？?]?\s*$")
# where the asker read it, said last: "通报上写的" / "报告里说的"
_SOURCE_SAID = re.compile(r"\s*[，,]?\s*(?:通报|报告|台账|文件|材料)(?:上|里|中)?(?:有|应该有|好像有)?(?:写|说|讲|提)(?:的|了|过)?\s*[？?。]?\s*$")
_DEADLINE_WORDS = re.compile(r"要|要求|计划|时限|期限|方案|分工|台账|截止|之前|以前|前完成|底前")


def _when(s: Seen) -> dict | None:
    """"快速路什么时候完成": a task's deadline, asked by its words."""
    said = _SOURCE_SAID.sub("", s.raw)  # "…是哪天建成试运行的 通报上写的" (round 60a)
    if _PAST_EVENT.search(said) and not _DEADLINE_WORDS.search(said):
        return None
    # "方案要求几月完成": what the table requires is its deadline, not a target
    moved = MOVED_WHEN.search(s.raw)
    # ("纳入计划的X推迟到什么时候": a moved time asked is a time, whatever words the item holds)
    # ("中医院新院区啥时候投用": a unit in the task's name; "时限咋定的": the deadline is what is set)
    if not ((_WHEN.search(s.raw) or moved or deadline_noun_set(s.raw)) and not (s.leaders or (s.units and not unit_only_names_the_task(s.raw, s.units)))
            and (moved or deadline_noun_set(s.raw) or not TARGET_CUES.search(_WHEN_WANTED.sub("", _TABLE_REQUIRES.sub("", s.raw))))):
        return None
    if _PLAN_WORD.search(s.raw) and _COUNT_ASK.search(s.raw):
        return None  # "分工方案列了多少项？哪天印发的": the table's count, then its issue date
    if s.owner and not s.premise:
        return None  # "X那项谁牵头？时限有没有写": the owner's answer shows the task's deadline too
    # ("柳塘河二期治理完成时限是什么时候 过了没", round 66f: whether it has passed, no word of the task)
    raw = re.sub(r"(?:现在|目前|已经)?(?:过了没有?|过没过|过了吗|过期了?没有?|超期了?没有?)", " ", s.raw)
    # "首店那项 时间要求写的啥" (round 67d): the column's name is no word of the task ("要求" alone
    # is a filler, which would leave its "时间")
    raw = re.sub(r"(?:的)?时间要求", " ", raw)
    topic = _topic(_WHEN.sub(" ", MOVED_WHEN.sub(" ", _TABLE_REQUIRES.sub(" ", raw))), s.years, s.region, [])
    topic = re.sub(r"(?:分工方案|方案|任务清单|清单|分工表|分解表|任务表)(?:里|中|上)?", " ", topic)
    topic = re.sub(r"(完成|截止|到期|能|可以|要|那项|这项|该项|那条|这条|那件|这件|任务|工作)", " ", topic)
    # "民生实事 农村学校食堂那件 啥时候要完成" (round 68g): the list the item is on, no word of it
    unlisted = re.sub(_ON_PROMISE_LIST, " ", topic)
    topic = unlisted if re.search(r"[\u4e00-\u9fff]{2}", unlisted) else topic
    # "开工和完工分别啥时候" (round 67h): the milestones asked apart are no words of the task
    topic = re.sub(r"(?:开工|完工|建成|投用|竣工|通车)(?:和|、|跟|与)(?:开工|完工|建成|投用|竣工|通车)(?:分别|各自)?|分别|各自", " ", topic)
    topic = without_setting(topic) if deadline_noun_set(s.raw) else topic
    # the table's deadline asked ("分工表里要求啥时候投用", "时限咋定的", a unit in the task's name):
    # the milestone verb is no word the task must print; else it is ("昌景黄高铁什么时候通车" asks
    # the opening, which a task "加快昌景黄高铁建设" does not state)
    if (deadline_noun_set(s.raw) or re.search(r"分工|方案|台账|分解表|清单", s.raw)
            or (s.units and unit_only_names_the_task(s.raw, s.units))):
        topic = without_milestone(topic)
    if moved:  # "…延期到哪年开通": the verb after the time asked is no word of the item
        topic = re.sub(r"(开通|通车|建成|投用|投运|投产|完工|竣工|开工|落地|上线|办结)\s*$", " ", topic.strip())
    return {"intent": "status", "status_what": "due", "topic": re.sub(r"\s+", " ", topic).strip()}


# the words of a deadline passed ("逾期", "过了时限"), read by the registry's lists and answers.due_lists
# the year's list of 民生实事 an item is on ("农村学校食堂那件民生实事"): where it stands, no word of it
_ON_PROMISE_LIST = r"(?:十件)?民生实事(?:项目)?(?:里|中)?"
# ("过了完成时间还没干完的", round 68d)
OVERDUE_WORDS = r"逾期|超期|过期|延期|过了(?:完成)?(?:时限|时间|日期)|超过(?:完成)?(?:时限|时间|日期)|过了(?:截止)?期限|过了截止(?:日期|时间)"


def _overdue_word(raw: str) -> str | None:
    return "overdue" if re.search(OVERDUE_WORDS, raw) else None


_LEADER_COLUMN_IS = re.compile(r"(?:责任|牵头|分管)?(?:省|市|县|区)?领导(?:是|为|填的是|写的是)(?:他|她|这位|此人)(?:的|那些)?(?=任务|工作|事项|事)")


FIELD_GUESSED = re.compile(r"(?<=[\s，,])(?:主要|应该|大概|估计|好像)?(?:是|管)?[\u4e00-\u9fff]{1,8}?(?:那块|那些|方面|领域|口子)(?:的)?"
                            r"(?:吧|对吧|是吧|是不是)\s*[？?]?\s*$")


def _leader_tasks(s: Seen) -> dict | None:
    """"殷美根分管哪些": a leader's tasks, narrowed by any other words ("…民政方面的")."""
    # "贺承宇 责任区领导是他的任务都是啥" (round 59c): the leader's column names him, no owner asked
    named = s.leaders and _LEADER_COLUMN_IS.search(s.raw)
    if not (s.leaders and (s.listing or not s.owner or named) and not s.premise):
        return None
    if re.search(r"报告", s.raw) and any(p.search(s.raw) for _name, p in META_ASKS):
        # "今年的政府工作报告祁县长是哪天作的 人代会第几次会议" (round 63b): the report's delivery
        # asked, its speaker named; no leader's tasks
        return None
    # a title said after the name ("吴浩领导" / "殷美根同志" / "王副省长") is part of naming
    # the person, never a word the tasks must hold
    raw = _LEADER_COLUMN_IS.sub(" ", s.raw) if named else s.raw
    for name in s.leaders:
        raw = re.sub(re.escape(name) + _TITLE_AFTER_NAME + r"(?:那边|那块|那里)?", name, raw)  # ("梁委员那边分管的")
        # "省政府领导秦义同志": the office said before the name names the person too
        raw = re.sub(r"(?:省|市|县|区)(?:政府|委)?(?:领导|负责同志)(?:同志)?\s*(?=" + re.escape(name) + ")", "", raw)
    # "除了科技创新那些，还牵头啥": the part said after 除了 is set aside, not looked for
    besides = _BESIDES.search(raw)
    if besides:
        raw = raw[: besides.start()] + " " + raw[besides.end():]
    raw, unit_not = _unit_set_aside(raw, s.units)
    # "在21年方案里" / "2021年分工方案中": where the tasks are listed, no word they must hold
    raw = _TABLE_NAMED.sub(" ", raw)
    # "罗副省长牵头的都有哪些 主要是科技那块吧" (rounds 68e/68f): the field guessed is no narrowing;
    # every task is asked, the answer shows whether the guess holds
    raw = FIELD_GUESSED.sub(" ", raw)
    return {"intent": "leader_tasks", "status_what": _overdue_word(s.raw), "unit_not": unit_not,
            "topic": _topic(raw, parse_years(raw), s.region, s.leaders),  # spans of the text with titles cut
            "topic_not": _topic(besides.group("what"), s.years, s.region, []) if besides else ""}


_TABLE_NAMED = re.compile(r"(?:在)?(?:(?:19|20)?\d{2}\s*年(?:的)?)?(?:省|市|县)?(?:政府工作报告)?(?:重点工作)?(?:责任)?"
                          r"(?:分工方案|责任分工|方案|台账)(?:里面|里|中|上)?")


# "不归科技厅管的" / "不是发改委牵头的" / "非科技厅牵头的": tasks whose lead unit is not that one
_NOT_UNIT = re.compile(r"(?:不归|不属于|不是|不由|并非|非)(?P<unit>[\u4e00-\u9fff]{2,12}?)(?:来)?(?:管|负责|牵头|主管|主抓|分管)?的")


def _unit_set_aside(raw: str, units: list[str]) -> tuple[str, str | None]:
    """The text without "不归X管的" and the unit X it sets aside (one the registry knows)."""
    for m in _NOT_UNIT.finditer(raw):
        said = m.group("unit")
        # the unit read from the text ("发改委" → 省发展改革委): by its words, or the only one
        named = [u for u in units if said in u or re.sub(r"^(?:省|市|县|区)", "", u) in said]
        if named or len(units) == 1:
            return raw[: m.start()] + " " + raw[m.end():], (named or units)[0]
    return raw, None


_BESIDES = re.compile(r"除(?:了|开|去)?(?P<what>[^，,。？?；;]{2,12}?)(?:那些|那块|这些|这块|方面|领域|之外|以外|外|的)*(?=[，,。？?；;\s]|还|也|另外|其他|其它)")


_TITLE_AFTER_NAME = r"\s*(?:(?:常务)?(?:副)?(?:领导|同志|首长|省长|市长|县长|区长|主席|主任|书记|部长|厅长|局长|秘书长|总)|常务(?![副会委理])|委员(?!会))(?:他|她)?"


# "医保局作为牵头单位的任务是" / "X作为责任单位要做哪些": a unit named, then its role in the table
_ROLE_SET_ASIDE = re.compile(r"(?:参与|配合|协助|协办|责任单位)的?(?:任务|单位)?(?:先|就|暂时|暂且)?(?:不管|不用管|不看|不用看|不要|不算|除外)")
_AS_ROLE = re.compile(r"(?:作为|当|是|为)(?:牵头|责任|配合|参与|协办)(?:单位|部门)(?:的|时|要|有|承担)")


_TASK_POINTED = re.compile(r"[\u4e00-\u9fff]{2}(?:那条|这条|那项|这项|那个任务|这个任务)")
_UNITS_OF_TASK = re.compile(r"(?:牵头|配合|责任|协办)的?单位(?:都|分别|又)?(?:是|有)(?:哪|谁|啥|什么)|谁(?:牵头|配合)|"
                            # "揭榜挂帅那条 除了我们科技厅 责任单位还有哪些" / "X那条是商务厅还是工信厅牵头" /
                            # "我们商务厅是牵头还是配合" (round 67f): one task's units, a unit named beside it
                            r"(?:牵头|配合|责任|协办|参与)的?单位(?:还|另外|此外)(?:有|是)(?:哪|谁|啥|什么)|"
                            r"还是[\u4e00-\u9fff]{2,8}?(?:牵头|负责)|牵头还是配合|配合还是牵头")


def _unit_tasks(s: Seen) -> dict | None:
    """"林业局牵头哪些任务" / "发改委有几项逾期": a unit's tasks, as lead or co-unit."""
    role_said = bool(s.units and _AS_ROLE.search(s.raw))
    if not (s.units and not s.premise and (s.listing or role_said or (not s.owner and re.search(r"(牵头|负责|参与|配合|承担|责任|逾期|超期)", s.raw)))):
        return None
    if counts_a_thing(s.raw):
        return None  # "省政府办了多少件人大代表建议": a figure of what the unit did (answers.unit_as_subject)
    if _TASK_POINTED.search(s.raw) and _UNITS_OF_TASK.search(s.raw):
        return None  # "石泉镇茶叶产值那条 配合单位是哪几个" (round 49c): one task's units, its name holding a unit's
    # ("住建局牵头的都有啥 配合的先不管", round 64h: a role set aside is not the one asked)
    said = _ROLE_SET_ASIDE.sub(" ", s.raw)
    role = "co" if re.search(r"(参与|配合|协助|责任单位)", said) else ("lead" if "牵头" in said else None)
    raw = re.sub(r"(?:作为|当)(?=(?:牵头|责任|配合|参与|协办)(?:单位|部门))", " ", s.raw)
    return {"intent": "unit_tasks", "role": role, "status_what": _overdue_word(s.raw),
            "topic": _topic(raw, s.years, s.region, s.units)}


def _unit_both_roles(s: Seen) -> dict | None:
    """"X牵头的和参与的分开说" / "X应该只是配合单位，没牵头什么吧": a unit's tasks as lead and as
    co-unit, each list apart."""
    if not (s.units and not s.premise and not s.leaders and both_roles_asked(s.raw)):
        return None
    return {"intent": "unit_tasks", "role": "both", "status_what": _overdue_word(s.raw),
            "topic": _topic(s.raw, s.years, s.region, s.units)}


_PLAN_WORD = re.compile(r"(分工方案|责任分工|方案|台账)")
# ("滞后的那几项 整改方案几号前要报" points at items, it counts none: round 61a)
_COUNT_ASK = re.compile(r"(多少项|(?<![那这哪])几项|多少条|(?<![那这哪])几条|多少个任务|几个任务|多少个重点|多少件|任务数)")


# a person said with an office, then 牵头: a leader's tasks asked, not how many the table lists
_PERSON_LEADS = re.compile(r"[\u4e00-\u9fff]{2,3}(?:常务)?副?(?:省长|市长|县长|区长|书记|秘书长)[^，,。？?]{0,12}牵头")


def _plan_count(s: Seen) -> dict | None:
    """"分工方案一共列了多少项重点工作，民生那块占几项": how many tasks a table lists, in all
    and in the parts the other words name."""
    # "分工方案里跟X有关的任务有哪些": the table's tasks that mention X, listed
    from answers.year_counts import REPORT_TASKS_COUNTED  # "24年那份报告分了多少项重点任务"

    if s.units or s.leaders or not ((_PLAN_WORD.search(s.raw) and (
            _COUNT_ASK.search(s.raw) or (s.listing and term_asked(s.raw)))) or REPORT_TASKS_COUNTED.search(s.raw)):
        return None
    if _PERSON_LEADS.search(s.raw):
        return None  # "叶某某省长牵头的有哪几条": a leader's tasks, of a leader the table does not name
    if part_of_year(s.raw):
        return None  # "台账里公交线路1到11月新开优化了几条" (round 60h): what was done by then, no count of tasks
    rest = _COUNT_ASK.sub(" ", _PLAN_WORD.sub(" ", s.raw))
    for _name, pattern in META_ASKS:  # "哪天印发的": the table's own facts, answered after its count
        rest = pattern.sub(" ", rest)
    rest = re.sub(r"(印发|下发|发文)的?|(?:省|市|县|区)?(?:人民)?政府工作报告|《?政府工作报告》?", " ", rest)
    rest = re.sub(r"(一共|总共|共|列了|列|重点工作|重点|工作|任务|占|有|里|中|那块|这块|方面|部分|领域)", " ", rest)
    return {"intent": "plan_count", "topic": _topic(rest, s.years, s.region, [])}


def _owner(s: Seen) -> dict | None:
    """"老旧小区改造是哪个厅牵头" / "…牵头的是哪个": who owns a task named by its words."""
    if not s.owner:
        return None
    drop = []
    premise_unit = None
    if s.premise:
        premise_unit = s.units[0] if s.units else s.premise.group(1).strip()
        drop.append(s.premise.group(0))
        drop.append(s.premise.group(0).rstrip("？? "))  # the asks stripped take the question mark
        if s.premise.re.pattern == _TRAILING_GUESS.pattern:  # "…谁牵头啊 文广旅？": the ask goes first, the guess with it
            drop.append(s.premise.group(1))
    raw = _CHOICE.sub(" ", s.raw) if _owner_choice(s.raw) else s.raw
    raw = strip_owner_asks(raw) or raw  # "这项谁盯，哪些设区市配合": the task's own words left
    # "…时限有没有写" said beside the owner: the owner's answer shows the deadline, no subject word
    # ("托育那件是卫健委牵头吗 哪位区领导负责 啥时候完成": a unit guessed, the deadline asked too, round 66h)
    raw = _WHEN.sub(" ", raw) if not s.premise or premise_unit in s.units else raw
    topic = _topic(_OWNER_ANY.sub(" ", _OWNER.sub(" ", raw)), s.years, s.region, drop)
    topic = _OWNER_VERB.sub(" ", topic)
    # ("东江渌水生态补偿 哪两家牵头", round 66g: the owners counted before the verb)
    topic = re.sub(r"(牵头|负责|主抓|分管|个(部门|单位|厅|局|委|办|站所|科室|股室|处室)|(?<![\u4e00-\u9fff])归|归口|哪[两几三四]?[个家位](?:单位|部门)?)", " ", topic)
    # "牵头单位和责任单位" / "省政府牵头领导是谁": the joiner of two owner words, the level of
    # the leader asked and the question word are left alone once the owner words are gone
    # ("截止时间写了吗": the verb of the text asked about is left alone as well)
    topic = re.sub(r"(?:^|(?<=\s))(?:以及|[和及与跟同、]|谁|(?:省|市|县|区)政府|写|说|讲|注明|明确)(?=\s|$)", " ", topic)
    # "21年分工里充电桩换电站那条 我们商务厅是牵头还是配合" (round 67f): the plan named and the
    # asker's own unit are where and who asks, no words of the task
    topic = re.sub(r"(?:^|(?<=\s))(?:分工方案|责任分工|分工表)(?:里|中|上)?(?=\s|$)", " ", topic)
    # "农村供水那件民生实事是哪个副省长督办" (round 68h): the list the item is on, no word of the item
    topic = re.sub(r"(?<=\S)\s*(?:那件|这件|的)?" + _ON_PROMISE_LIST + r"(?=\s|$)", " ", topic)
    if _OWN_ROLE_ASKED.search(s.raw):  # (the units are cleared when the owner is asked outright)
        topic = re.sub(r"(?:^|(?<=\s))(?:我们|咱们?|除了)?[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)(?=\s|$)", " ", topic)
        # "我们公安厅在禁捕退捕那条里算啥" (round 67e): the unit's place in the task and the role asked
        topic = re.sub(r"(?:^|(?<=\s))(?:我们|咱们?)?[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)在(?=[\u4e00-\u9fff])|(?:^|(?<=\s))算(?=\s|$)", " ", topic)
    # "托位滞后那个是哪个单位的" (round 67b): the task picked out by its state, no word of its text
    topic = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:进度)?(?:滞后|逾期|落后|没完成|未完成)(?:了)?(?:的)?(?:那个|那项|那条)?(?=\s|$)", " ", topic)
    topic = re.sub(r"\s+", " ", topic).strip()
    topic = re.sub(r"(这项工作|这项|那项|该项|工作|任务|事情|事儿|这件事|(?<![\u4e00-\u9fff])事)$", "", topic).strip() or topic
    topic = re.sub(r"\s*(?:是由|由|归)$", "", topic).strip() or topic  # "…由哪个部门牵头"
    # "首台套那条啥时候要完成 谁牵头" (round 70b): the deadline asked beside the owner names no word of the task
    topic = re.sub(r"\s*(?:完成|办结|到期|截止)$", "", topic).strip() or topic if _WHEN_ASKED.search(s.raw) else topic
    topic = plain_task_name(topic)  # "搞“体育+”" / "志愿服务立法这事": the task's own words
    return {"intent": "owner", "premise_unit": premise_unit, "topic": topic}


_WHEN_ASKED = re.compile(r"(?:啥|什么)时候|何时|哪天|几月")


# a unit's role in a task asked without the verb of owning ("我们公安厅在禁捕退捕那条里算啥", round 67e)
_ROLE_ASKED = re.compile(r"算(?:啥|什么|哪头|哪个角色)|(?:啥|什么)角色")
# the asker's own unit's role in a task asked ("我们商务厅是牵头还是配合", "除了我们科技厅")
_OWN_ROLE_ASKED = re.compile(r"牵头还是配合|配合还是牵头|" + _ROLE_ASKED.pattern + r"|(?:我们|咱们?|除了)(?:省|市|县|区)?[\u4e00-\u9fff]{1,8}?(?:厅|局|委|办)")


def _owner_choice(raw: str) -> bool:
    """"…牵头的是住建还是交通": two owners offered, one to be named (a verb of owning said)."""
    return bool(_CHOICE.search(raw)) and bool(re.search(r"(牵头|负责|主抓|主责|管)", raw))


def _office(s: Seen) -> dict | None:
    """"南昌市长是谁": the head of government who delivered the report."""
    m = _OFFICE.search(s.raw)
    if not m:
        return None
    office = m.group(1) or m.group(2)
    return {"intent": "fact", "office": office, "topic": office}


# "是1月20号在人代会上作的" / "1月17日印发的吧": a date offered for a document, to be checked
OFFERED_DOC_DATE = re.compile(r"(?:是|在|于)?\s*((?:(?:19|20)\d{2}\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号])"
                              r"(?=[^，,。？?]{0,12}?(?:作|做|开|召开|印发|发布|下发|宣读|通过))")
# who says so ("有人说" / "听说" / "群里讲"): no word of the document's facts
_HEARSAY = re.compile(r"(?:有人|别人|听人|听说|据说|网上|群里)(?:说|讲|传)?")
# "在大会上作的" / "在人代会上作": where it was delivered, said beside the date asked
_AT_MEETING = re.compile(r"(?:大会|人代会|人大会议?|会议|会)上(?:作|做|讲|宣读|念)?(?:的)?")


# "当时县长是谁": the head of government asked beside another fact of the report
_HEAD_ASKED = re.compile(r"(?:省长|市长|县长|区长|州长)(?:是谁|是哪位|叫什么|叫啥)")
# "那份没写标题的" / "没标年份的": the document described by what it lacks, no word asked
_UNTITLED = re.compile(r"(?:没|没有|未)(?:写|标|注)明?(?:标题|题目|名字|名称|年份|日期|落款)")


_NUMBER_AGAIN = re.compile(r"(?:(?![的是号])[\u4e00-\u9fff]){1,8}(?:发|字)\s*(?:[〔\[［(（]?\s*\d{4}\s*[〕\]］)）]?)?\s*(?:几号|多少号|第几号)(?:文)?(?:来着)?")
# ("…是谁作的 是现在的韩市长吗", round 69c: the one in office now, offered by surname and office)
_GUESS_AFTER_META = re.compile(r"[\s，,]+(?:也|还)?(?:是|在)?\s*(?:现在的|现任的?|当时的|那个|这个)?\s*(?:(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号]|[上中下]旬|初|底|份)?)|"
                               r"[\u4e00-\u9fff]{2,4}(?:同志|省长|市长|县长|区长)?)(?:吧|吗|么|呢)\s*[？?]?\s*$")


def _document_facts(s: Seen) -> dict | None:
    """"报告是谁作的，哪天": facts about a document (who delivered it, on what date), not in it."""
    # 文号 is a document's own: it names the document it asks of
    if not _DOC_WORD.search(s.raw) and not META_ASKS[-1][1].search(s.raw):
        return None
    # "岚江政办发几号来着" (rounds 59e, 60c): the number asked again by its issuer's short name, no date
    asked_raw = _NUMBER_AGAIN.sub(" 文号 ", s.raw)
    asks = tuple(name for name, pattern in META_ASKS if pattern.search(asked_raw))
    if "when" not in asks and _DOC_WORD.search(s.raw) and OFFERED_DOC_DATE.search(s.raw):
        asks = asks + ("when",)  # "…是1月20号作的，对吗": the date is asked, to be checked
    if asks and "who" not in asks and _HEAD_ASKED.search(s.raw):
        # "去年那个报告是几次会议上作的 当时县长是谁" (round 57g): the head who delivered it, asked after
        asks = asks + ("who",)
    if not asks or _NUMERIC_ASK.search(_DOC_WORD.sub("", META_ASKS[-1][1].sub("", s.raw))):
        return None
    # nothing else asked: "报告里X什么时候完成" asks about X, not about the report
    rest = strip_years(s.raw, s.years).replace(s.region.mentioned or "\0", "", 1)  # once: never the 省 of 省长
    # "文号是赣府厅字〔2021〕9号吧": a number offered to be confirmed or corrected
    rest = OFFERED_DOC_NUMBER.sub("", rest)
    rest = _NUMBER_AGAIN.sub("", rest)
    rest = _UNTITLED.sub("", _HEARSAY.sub("", OFFERED_DOC_DATE.sub("", rest)))
    # "…是哪天作的 1月中旬吧" / "…谁作的 也是林振邦吗" (round 63a/63c): a guess said after the ask
    rest = _GUESS_AFTER_META.sub("", rest)
    for _name, pattern in META_ASKS:
        rest = pattern.sub("", rest)
    rest = _AT_MEETING.sub("", _HEAD_ASKED.sub("", rest))
    for name in s.leaders:  # "…报告祁县长是哪天作的" (round 63b): the speaker named, no word asked
        rest = re.sub(re.escape(name) + _TITLE_AFTER_NAME, "", rest)
    rest = re.sub(r"(对吧|对吗|是吗|对不对|是不是|没错吧|[吧吗嘛])(?=[？?，,。！!\s]|$)", "", rest)
    rest = _DOC_NAME_WORDS.sub("", _DOC_WORD.sub("", rest))
    # "22年和24年这两份…分别是哪天": two documents asked at once
    rest = re.sub(r"这(?:两|几)份|分别|各自|[和与及、]", "", rest)
    if len(re.findall(r"[\u4e00-\u9fff]", rest)) > 2:
        return None
    kind = "plan" if _PLAN_DOC.search(s.raw) or asks == ("number",) else "report"
    return {"intent": "fact", "meta": asks, "topic": kind}


# a plan's or a programme's name ("1269行动计划", "“双千”计划", "三年行动计划"): its 计划 names it
_PLAN_NAME = re.compile(r"(?:行动|工程|提升|倍增|攻坚|振兴|[”\"」』])计划")


def _definition(s: Seen) -> dict | None:
    """"X是什么意思" / "什么叫X" / "X是哪八有" / "X都有啥": a term of the report, defined."""
    from answers.term_asks import definition_text  # "X到底是个啥，给解释一下": X

    raw = definition_text(s.raw)
    # "领导要个清单 24年省里十件民生实事都是啥": a remark typed apart by a space before the term
    from answers.remarks import is_remark

    head, _, rest = raw.strip().partition(" ")
    if rest.strip() and is_remark(head):
        raw = rest.strip()
    elif rest.strip() and (alone := _GLOSSARY.search(rest.strip())) and len(alone.group("term").strip()) >= 2 \
            and alone.group("term").strip() in head and not re.search(r"多少|几|什么|啥|哪|谁|吗", head):
        # "南昌报告里讲的发展四首经济 四首指哪四个" (round 70f): the sentence naming the term, then
        # the ask of it: the ask alone is read (the region it names is read from the whole)
        raw = rest.strip()
    # "…培育壮大“四类带动经营主体”，是哪四类": the ask after a comma is of the term before it
    raw = re.sub(r"[，,]\s*(?=(?:具体|都|分别)?(?:是|指|包括)(?:的)?哪(?:[二三四五六七八九十两几]|\d{1,2})|是(?:什么|啥)意思)", "", raw)
    g = _DEFINE_FIRST.search(raw) or _GLOSSARY.search(raw)
    if not g and not TARGET_CUES.search(_PLAN_NAME.sub("", raw)) and not _NUMERIC.search(raw):
        # "1269行动计划是啥": 计划 in a plan's own name is no target asked
        g = _GLOSSARY_WEAK.search(raw)
    # "指哪几类" asks for the members of a term, not a count
    if not g or _UNIT_ASKED.search(raw) or re.search(r"(多少|(?<!哪)几)", raw):
        return None
    term = _term(g.group("term"), s.region)
    if not term or re.fullmatch(r"(这|那|它|这个|那个)", term):
        return None
    return {"intent": "fact", "term": term, "topic": term}


# where a term is looked up, said before it: "名词解释里" / "南昌报告中" / "24年文件中的" / "请问"
_TERM_PLACE = re.compile(
    r"^(?:请问|问下|问一下|想问|帮我查|查一下|(?:19|20)?\d{2}\s*年(?:的)?|今年|去年|"
    r"(?:省|市|县|区)?(?:里|的)?(?:(?:政府)?工作报告|报告|文件|方案|文中|原文|名词解释|名词注释|注释|附件)(?:里面|里头|当中|里|中|上)?|"
    r"(?:最后|后面|末尾|结尾|最后面)(?:的|那个)?|[：:，,\s])"
)
_TERM_PLACE_AFTER = re.compile(r"(?:在|于)(?:省|市|县|区)?(?:(?:政府)?工作报告|报告|文件|方案|文中|原文|名词解释|注释)(?:里面|里头|当中|里|中|上)?$")
# after a region or a place word only: "南昌里的X" (never the 中 of "中国式现代化")
_TERM_PLACE_TAIL = re.compile(r"^(?:里面|里头|当中|里|中|的)")


def _strip_place(term: str, region: RegionRef) -> str:
    """Peel what says where to look off the front of a term, in any order and number:
    "南昌报告里X" / "名词解释：X" / "24年文件中的X" all leave X."""
    start = term
    while True:
        before = term
        if region.mentioned and term.startswith(region.mentioned):
            term = term[len(region.mentioned):]
        term = _TERM_PLACE.sub("", term, count=1)
        if term != start:
            term = _TERM_PLACE_TAIL.sub("", term, count=1)
        if term == before or not term:
            return term  # nothing but place words ("南昌去年"): no term at all


def _term(text: str, region: RegionRef) -> str:
    term = _strip_place(text.strip(), region)
    term = re.sub(r"^.*?(说的|提到的|讲的|里的|中的|所说的)", "", term)
    term = _strip_place(term, region).strip()
    # "1358工程里面那8项行动计划": the members of the named term are asked, so the term is its head
    head = re.match(r"^(.{2,}?)(?:里面|里头|当中|之中|里(?=那|这|的))", term)
    if head:
        term = head.group(1)
    term = _FILLER_WORDS.sub("", term).strip()
    # "飞地经济在报告里怎么解释的" (round 64g): where it is looked up, said after the term
    term = _TERM_PLACE_AFTER.sub("", term).strip() or term
    if re.fullmatch(r"[“\"「][^”\"」]+[”\"」]", term):
        term = term[1:-1]
    return term


def _share_of_plan(s: Seen) -> dict | None:
    """"完成年计划的多少": a share of the plan reached (a percentage), not the plan itself."""
    done = _PLAN_DONE.search(s.raw)
    if not done:
        return None
    return {"intent": "fact", "mode": "result", "unit_asked": "%",
            "topic": _topic(s.raw, s.years, s.region, [done.group(0), "完成"])}


# "去年上级资金争取到多少": 争取 with its result said (到/了) is what was won, not a target;
# so is "去年向上争取的资金一共多少" (the funds won, named by the verb; round 29c)
_WON = re.compile(r"(?<![要将拟需再力])争取(?:(?:到了?|了|来了?)(?=[^，,。？?]{0,6}?(?:多少|几))|的(?=[^，,。？?]{0,16}?(?:多少|几)))")


def won_asked(raw: str, years: YearRef) -> bool:
    """True when "争取到…多少" asks what was won: of a past year or of no year, never of 今年
    ("今年要争取到多少" is a target; so is "今年争取到多少", which no review can state yet)."""
    return bool(_WON.search(raw)) and 0 not in years.relative


# words after a subject that only point at it: "招商这块", "就业那边", "社保方面"
# ("粮食目标 24年": the kind of figure asked is no word of the subject either)
_SCOPE_HEAD = re.compile(r"^(?:全|我|本)(?:省|市|县|区|州)|^(?:省|市|县|区|州)里")
_POINTING_TAIL = re.compile(r"(?:这|那)(?:一)?(?:块|边|部分)$|方面$|(?:的)?(?:目标|预期|计划|任务|情况|数据|指标)$")


# the list of the year's promised livelihood projects, named as where the figure stands
_PROMISE_LIST = re.compile(r"民生实事|为民办实事|民生项目|惠民实事")
# whether it was done, asked of the list ("去年那个民生实事完成没有")
_DONE_ASKED_OF = re.compile(r"完成(?:了)?(?:没有?|吗|么|情况|得)|兑现|落实|进展|进度|办(?:了|得)")


# what was done, said in so many words ("拿了几块", "已经建成", "实际"): "是多少" is no such word
_DONE_SAID = re.compile(r"实际|已经|(?:完成|实现)了|[\u4e00-\u9fff]了(?:多少|几)")


def _figure(s: Seen) -> dict:
    """Everything else: a figure or fact of the reports, a target when a target cue is there."""
    won = won_asked(s.raw, s.years)
    cued = TARGET_CUES.search(_WON.sub(" ", s.raw) if won else s.raw)
    # "分工方案定的38万 最后干了多少": the target said as known is the premise; what became of it is asked
    # "民生实事里公共停车泊位新增多少个" (round 67h): a figure of the year's promised list is
    # what was promised, unless what was done is asked
    promised = _PROMISE_LIST.search(s.raw) and not _RESULT.search(s.raw) and not won and not _DONE_ASKED_OF.search(s.raw)
    if (cued or promised) and not ACTUAL.search(s.raw) and not premised(s.raw):
        fields: dict = {"intent": "target", "mode": "target"}
    else:
        fields = {"intent": "fact", "mode": "result" if (won or _RESULT.search(s.raw)) else None}
    # "24年省报告里提的…拿了几块金牌": a result read in the report delivered that year is of the
    # year that report looks back on
    said = named_report_year(s.raw, s.years) if fields["mode"] == "result" and _DONE_SAID.search(s.raw) else None
    if said:
        fields["years"] = YearRef(explicit=[said - 1], relative=[], spans=s.years.spans)
    # "…是不是定的6.5%左右": the figure offered is checked against the answer, not searched for
    # "十四五以来农村公路一共修了多少": the span is a scope (answers.year_spans), not the indicator
    # "县域经济我们在岚川排第几": the ranking verb is no word of the indicator (answers.rank_asks)
    # "开放多少张床": the counter typed before the noun is the unit asked (answers.counted_nouns)
    fields["topic"] = _topic(counter_dropped(strip_rank_ask(strip_span(offered_figure(s.raw)[0]))), s.years, s.region, [])
    lead = _LEAD_WORD.match(s.raw)
    # "招商这块今年…": the words that point at the subject ("这块", "方面") are no part of it
    # "全省社零今年…": the scope word glued before the subject is no part of it (r61c-040)
    word = _SCOPE_HEAD.sub("", _POINTING_TAIL.sub("", lead.group(1))) if lead else ""
    if lead and len(word) >= 2 and not s.region.mentioned and not _NOT_A_SUBJECT.fullmatch(word):
        fields["lead_word"] = word
    return fields


def as_figure(q: Question) -> Question:
    """A question the rules read as a task's progress, asked of the reports instead (a result
    no loaded plan can hold): its mode as a figure question's."""
    seen = Seen(raw=q.text, years=q.years, region=q.region, units=q.units, leaders=q.leaders, code=q.code,
                owner=False, listing=False, status=False, premise=None)
    fields = _figure(seen)
    # the subject as the progress rule read it: the words of progress and the ask cut off
    fields["topic"] = q.topic or fields["topic"]
    return replace(q, status_what=None, **fields)


# The routing table, first match wins. Its order is the policy: a task code beats every
# word; registry questions (deadlines, a leader's or a unit's tasks, owners) come before the
# reports; a document's own facts and definitions before figures.
RULES: tuple[tuple[str, Rule], ...] = (
    ("task code", _by_code),
    ("overdue or due soon", _overdue_or_due_soon),
    ("progress of a named task", _progress_of_named),
    ("document facts", _document_facts),
    ("deadline of a named task", _when),
    ("tasks a table lists", _plan_count),
    ("leader's tasks", _leader_tasks),
    ("unit's tasks in both roles", _unit_both_roles),
    ("unit's tasks", _unit_tasks),
    ("owner of a task", _owner),
    ("office holder", _office),
    ("definition", _definition),
    ("share of plan", _share_of_plan),
    ("figure or fact", _figure),
)


def parse_question(
    text: str,
    *,
    default_region: str | None = None,
    home_province: str | None = None,
    known_regions: list[str | None] | None = None,
    units_in_text: Lookup | None = None,
    leaders_in_text: Lookup | None = None,
    known_names: list[str] | None = None,
    text_held: Callable[[str], bool] | None = None,
) -> Question:
    """Route a question. `units_in_text` / `leaders_in_text` return canonical names found in it;
    `known_names` are the registry's leaders and units' short names, so a name typed by its
    sound is read as theirs; `text_held` says whether the documents print a phrase (a word
    they print is no slip for a name)."""
    known = known_regions or []
    raw = prepare(text)
    # "干州" / "南常" / "吴昊" / "住建听": a region, a leader or a unit typed by its sound
    raw, heard = sounds_read(raw, tuple(_short_name(r) for r in [*known, home_province] if r) + tuple(known_names or ()),
                             held=text_held)
    raw = _unit_stems(raw, known_names or ())
    # "自然资源听" / "人社那边…牵头" / "发改牵头的": a unit by its sound or its stem
    raw, stem_units = read_stems(fix_unit_ending(raw, units_in_text), known_names or (), units_in_text)
    years = relative_to_named_report(raw, parse_years(raw))
    region = parse_region(raw, default_region=default_region, home=home_province, known=known)
    m = _UNIT_ASKED.search(raw)
    short = _COUNTED_SHORT.search(raw)
    base = {
        "text": raw, "years": years, "region": region, "code": find_code(raw), "heard": heard,
        "also_regions": _more_regions(raw, region, default_region=default_region, home=home_province, known=known),
        "numeric": bool(_NUMERIC.search(raw)),
        # "几块金牌": a count the documents write in its short unit ("11金")
        # "多少床位": 床 begins the noun asked, no counter (core.measures.COUNTER_NOUNS)
        "unit_asked": short_count_unit(short.group(1)) if short else (
            m.group(1) if m and not counter_noun_at(raw, m.start(1)) else "元" if _MONEY_ASKED.search(raw) else None),
    }
    if not raw:
        return Question(intent="none", **base)
    seen = _seen(raw, years, region, base["code"], units_in_text, leaders_in_text)
    seen = _near_names(seen, known_names or (), stem_units)
    base["units"], base["leaders"] = seen.units, seen.leaders
    for _name, rule in RULES:
        fields = rule(seen)
        if fields is not None:
            return Question(**{**base, **fields})
    raise AssertionError("the last rule always applies")


# what follows a unit said by its stem ("住建 牵头的…", "发改负责哪些"): a verb of owning
_STEM_VERB = r"(?=\s*(?:牵头|负责|主抓|配合|参与|承担|分管|有几项|有哪些|的任务|的重点工作))"


def _unit_stems(raw: str, known_names: tuple[str, ...] | list[str]) -> str:
    """"住建 牵头的重点工作有哪些" → "住建厅 牵头…": a unit said by the two characters of its
    short name without 厅/局/委/办, read as that unit when only one short name fits and a verb
    of owning follows (so "住建领域" or "发改系统" stay as typed)."""
    stems: dict[str, set[str]] = {}
    for name in known_names:
        if len(name) == 3 and name[2] in "厅局委办":
            stems.setdefault(name[:2], set()).add(name)
    for stem, names in stems.items():
        if len(names) == 1 and stem in raw:
            raw = re.sub(rf"(?<![\u4e00-\u9fff]){stem}(?![厅局委办]){_STEM_VERB}", next(iter(names)), raw)
    return raw


def _near_names(seen: Seen, known_names: tuple[str, ...] | list[str], stem_units: list[str]) -> Seen:
    """The units a stem may mean ("发改" of two units), and a leader typed one character off
    ("殷美银" → 殷美根; the answer names whom it read), put in what the rules see."""
    if stem_units and not seen.units and not _STRONG_OWNER.search(seen.raw):
        seen = replace(seen, units=list(stem_units))
    if not (seen.leaders and seen.leaders[0] in known_names) and not _STRONG_OWNER.search(seen.raw):
        near = near_leader(seen.raw, known_names)
        if near:  # the name read stands for the typed one in what the rules see
            seen = replace(seen, raw=seen.raw.replace(near[0], near[1]), leaders=[near[1]], units=[])
    return seen


def _short_name(region: str) -> str:
    """"南昌市" → "南昌", "江西省" → "江西": the name as staff say it."""
    return re.sub(r"(?<=..)(?:省|市|县|区|自治区)$", "", region)


# "高效办成一件事 牵头是数据局吗" / "牵头单位是不是住建局": the role said first, the owner
# offered after it, to be confirmed (round 30b r30b-018); group 1 is the owner, as in "是X牵头吗"
# (never a choice, "牵头是发改委还是工信厅", which the owner rules read; never a count, "牵头的是几项")
# ("工信局那边牵头的是不是就3项", round 69c: a count offered, no owner)
_ROLE_THEN_OWNER = re.compile(r"(?:牵头|负责)(?:单位|部门|的)?(?:是不是|是|为)(?!不是|哪|谁|什么|啥|几|多少|(?:就|只有|一共|共|总共)?\s*[\d一二三四五六七八九十两]+\s*[项条个件])"
                              r"((?:(?!还是|或者|或是)[^？?，,。吗吧么]){2,14}?)"
                              r"(?:[吗吧么]|对吧|对吗|是吗|没错吧|\s*[？?]?\s*$)")
# "龙舟赛谁牵头啊 文广旅？" / "污水管网谁负责，住建吗": the owner asked, then a guess typed after
# it (r31c-037); group 1 is the guess, read as an owner offered (`answers.owner_guess`)
_TRAILING_GUESS = re.compile(r"(?:谁|哪个(?:单位|部门|厅|局|委|办|站所|科室|股室|处室)?|哪家|哪些(?:单位|部门))(?:来)?(?:牵头|负责|主抓)(?:的)?[啊呀呢哈嘛]?"
                             r"\s*[，,\s]\s*(?:是)?(?!不是|还是|哪|谁|什么|啥)([\u4e00-\u9fff]{2,10}?)"
                             r"(?:(?:吗|吧|么|嘛)\s*[？?]*|\s*[？?]+)\s*$")
# "零基预算改革是不是省发改委牵头 啥时限" / "…是不是省自然资源厅牵头 省领导是谁": the guess offered,
# then a second ask after a break (round 61c); group 1 is the guess, as in "是X牵头吗"
_GUESS_THEN_ASK = re.compile(r"是不是(?!哪|谁|什么|啥)((?:(?!还是|或者)[^？?，,。\s吗吧么]){2,14}?)牵头(?:的)?(?:[吗吧么]|对吧|对吗)?"
                             r"\s*[？?]?\s*[，,\s]\s*(?=[^，,。]{0,12}(?:啥|什么|谁|哪|多少|几|时限|时候|期限))")
# "“体育+”行动是省文旅厅牵头的？": an owner named and asked back with only a question mark
_OFFERED_OWNER = re.compile(r"是(?!不是|哪|谁|什么|啥)[^？?，,。]{1,14}?牵头的?\s*[？?]\s*$")


def _seen(raw: str, years: YearRef, region: RegionRef, code: str | None,
          units_in_text: Lookup | None, leaders_in_text: Lookup | None) -> Seen:
    units = units_in_text(raw) if units_in_text else []
    leaders = leaders_in_text(raw) if leaders_in_text else []
    # "是X牵头吗" / "是不是X牵头的" / "是X牵头的对吧": an owner offered, to be confirmed ("是什么任务 谁牵头"
    # offers none: the 么 of 什么 is no question particle)
    # "是团省委牵头、X挂帅吧": a leader offered beside the unit, in the same confirmation
    premise = re.search(r"是(?:不是)?(?!哪|谁|什么|啥)(.{1,14}?)牵头(的)?(?:[、，,和及]\s*(?:由)?[\u4e00-\u9fff]{2,4}?" + _TITLE_AFTER_NAME.replace("(?:他|她)?", "")
                        + r"?(?:挂帅|负责|分管|主抓|牵头|领衔)(?:的)?)?(?:[吗吧么]|对吧|对吗|是吗|没错吧|\s*[？?]?\s*$)", raw) \
        if re.search(r"是不是|[吗吧么]|对吧|对吗|是吗|没错吧", raw) or _OFFERED_OWNER.search(raw) else None
    # "X 牵头是数据局吗" / "X的牵头单位是不是住建局": the owner offered after the role word
    premise = premise or _ROLE_THEN_OWNER.search(raw) or _TRAILING_GUESS.search(raw) or _GUESS_THEN_ASK.search(raw)
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
    return Seen(raw=raw, years=years, region=region, units=units, leaders=leaders, code=code,
                owner=bool(_OWNER.search(raw) or _OWNER_ANY.search(raw) or _owner_choice(raw) or premise or asks_owner(raw)
                           or (units and _ROLE_ASKED.search(raw))
                           # "老旧小区改造 牵头": a task, then the bare verb of owning, nobody named
                           or (not units and not leaders and _BARE_OWNING.search(raw)))
                # "首家AAA的市属国企是哪家": the name of a first of its kind, a report fact (answers.first_of_kind)
                and not names_first_of_kind(raw),
                listing=bool(_LIST.search(raw) or ((units or leaders) and _WHAT_DONE.search(raw))),
                status=bool(_STATUS.search(raw)), premise=premise)

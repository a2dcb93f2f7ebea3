"""Plain words for the documents' acts and measures: "经济打算涨多少" is asked of what the
reports print as "地区生产总值增长", "翻新老小区" of "改造老旧小区", "帮企业省下多少钱" of
"为市场主体减负…亿元".

People say what the government does in everyday words; the reports use the administrative
ones. The vocabulary is data (`core.synonyms_data`, rows "plain" and "plain_or", each with why
it holds); this module only reads it:
- `read_plainly` puts a question's plain words in the documents' words before it is parsed
  (rows "plain": words no report prints, so nothing is lost by replacing them), reads "想涨/
  想引进" as a plan asked (打算), a task's amount ("改厕任务多少户") as its target, and a rate
  of an act asked by its share word ("达标比例") as a percentage asked, the share word being
  the measure, as "多少钱" is an amount in 元;
- `document_forms` gives a topic in the documents' other words (rows "plain_or": words a report
  may print too, or that the documents say several ways), tried beside the typed one;
A threshold typed in the question ("投资两千万以上的项目") qualifies the thing asked: it is checked
by value by `answers.thresholds`, so `document_forms` drops its words.
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.places import CITIES, PROVINCES
from core.synonyms import pairs

# what may stand between the parts of a plain phrase ("经济|打算|涨", "修|了多少公里|路"):
# wanting and planning words, aspect marks, "how much" and the measure words of an amount
_FILL = (r"(?:想要|想|打算|计划|准备|预计|力争|实际|那个|这个|要|能|将|会|得|了|过|的|一共|总共|共|大概|大约|多少|几|"
         r"个|条|公里|千米|万|亿|户|所|家|套|座|亩|棵|株|元|\s){0,6}")
# after these a subject starts a word: a year, a level of government, a possessive
_SUBJECT_AFTER = set("年省市县区里的全我咱俺们：:，,。？?、 ")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a one-character verb of a plain phrase inside a longer verb: 维修 / 检修 / 抢修 are upkeep,
# not building (修路); 品种 is no planting (种树)
_COMPOUND_BEFORE = {"修": "维检抢装翻整大返", "种": "品播耕物", "栽": "盆"}

# "想涨" / "想引进": wanting a change is planning it (打算); "想问" / "想了解" are no such verbs
_WANT = re.compile(r"(?<![我你您他她们也还])想(?:要)?(?=(?:涨|增长|引进|引|建设|建成|新建|建|修|新增|完成|达到|突破|改造|"
                   r"翻新|种|栽|招|实现|增加|提高|提升|降|控制|开工|培育|打造|帮|给|为|省|定)(?!问|了解|知道))")
# "改厕任务多少户": a task's amount (not a count of tasks: 多少项) is what is to be done, a target
_TASK_AMOUNT = re.compile(r"(?<=[\u4e00-\u9fff])任务(?:数)?(?=\s*(?:是|有|定的|定了)?\s*(?:多少|几)\s*(?:万|亿|千)?"
                          r"(?:户|公里|千米|亩|公顷|人|名|所|座|套|吨|元|家|张|床|辆|盏|栋|间|处|台|棵|株|米|平方米|%|个百分点))")
# "达标比例" / "覆盖率占比": the share word after an act of meeting a standard is the measure
# asked, a percentage; the reports write "44%以上面积达标", the act and the percentage
_SHARE_OF_ACT = re.compile(r"(达标|合格|覆盖|普及|达到要求|符合要求)(?:的)?(?:比例|比率|占比|百分比)(?:是|为)?(?:多少)?(?!\s*%)")

# a threshold with its words: "超2000万元" / "2000万以上" / "5亿元及以上"
_THRESHOLD_WORDS = re.compile(r"(?:超过|超|逾|达)?\s*(?<![\d.])\d+(?:\.\d+)?\s*(?:万亿|亿|万|千)(?:元)?\s*(?:及以上|以上|以下|以内|左右)?")
@lru_cache(maxsize=1)
def _places() -> tuple[str, ...]:
    names = {*PROVINCES, *PROVINCES.values(), *CITIES, *(full for full, _p in CITIES.values())}
    return tuple(sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def _plain_rows() -> list[tuple[re.Pattern, list[str], bool, str]]:
    """(pattern of the typed form, the document's parts, must start a word, the document's
    whole word), longest typed form first."""
    rows = []
    for typed, doc in sorted(pairs("plain"), key=lambda p: -len(p[0].replace("~", "").lstrip("^"))):
        start = typed.startswith("^")
        parts = typed.lstrip("^").split("~")
        # a document's word without "~" stands for the whole phrase, filler and all
        # ("老百姓的收入" → "居民人均可支配收入")
        doc_parts = doc.split("~") if "~" in doc else [doc]
        if len(doc_parts) not in (1, len(parts)) or typed.lstrip("^") == doc:
            continue  # a row that keeps the word as it is, or whose parts do not pair up
        pattern = re.compile("".join(re.escape(p) if i == 0 else f"({_FILL}){re.escape(p)}"
                                     for i, p in enumerate(parts)))
        rows.append((pattern, doc_parts, start, "".join(doc_parts)))
    return rows


def _starts_word(text: str, at: int) -> bool:
    """Whether a subject at `at` starts a word: at the start, after a pause, a year or a level
    word, or right after a place's name ("江西经济"), never inside a compound ("数字经济")."""
    if at == 0 or not _CJK.match(text[at - 1]) or text[at - 1] in _SUBJECT_AFTER:
        return True
    before = text[:at]
    return any(before.endswith(p) for p in _places())


def _in_documents_words(text: str) -> str:
    for pattern, doc_parts, start, whole in _plain_rows():
        taken = [(m.start(), m.end()) for m in re.finditer(re.escape(whole), text)] if whole else []
        out, last = [], 0
        for m in pattern.finditer(text):
            if start and not _starts_word(text, m.start()):
                continue
            if m.start() and text[m.start() - 1] in _COMPOUND_BEFORE.get(text[m.start()], ""):
                continue
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue  # already the documents' word ("老旧小区" holds "旧小区")
            gaps = list(m.groups()) if len(doc_parts) > 1 else []
            new = doc_parts[0] + "".join(g + p for g, p in zip(gaps, doc_parts[1:]))
            out.append(text[last:m.start()] + new)
            last = m.end()
        if out:
            text = "".join(out) + text[last:]
    return text


def read_plainly(text: str) -> str:
    """The question with its plain words in the documents' words ("江西2022年经济打算涨多少" →
    "江西2022年地区生产总值打算增长多少"); unchanged when it holds none."""
    text = _WANT.sub("打算", text)
    text = _TASK_AMOUNT.sub("目标", text)
    text = _SHARE_OF_ACT.sub(r"\1多少%", text)
    return _in_documents_words(text)


def document_forms(topic: str) -> list[str]:
    """The topic in the documents' other words ("南昌引才" → "南昌吸引人才", "南昌引进人才"):
    each row "plain_or" whose typed word stands in it, one form per partner."""
    out: list[str] = []
    bare = _THRESHOLD_WORDS.sub(" ", topic).strip()
    if bare != topic and bare:
        # "投资2000万以上的项目" ~ "投资超2000万元项目": the threshold is checked as a figure
        # (`answers.thresholds`), its words (以上 / 超) are no words of the thing
        out.append(re.sub(r"\s+", " ", bare))
    for typed, doc in pairs("plain_or"):
        # (the documents' word may be part of the typed one: "防止返贫" ~ "返贫", round 65b)
        if typed in topic and (doc not in topic or doc in typed):
            form = topic.replace(typed, doc)
            if form not in out and form != topic:
                out.append(form)
    return out


def document_words_beside(text: str) -> str:
    """The documents' words for the plain_or words `text` holds, joined by spaces ("" when
    none): added to a search query so the passages that print them are found too."""
    words = [doc for typed, doc in pairs("plain_or") if typed in text and doc not in text]
    return " ".join(dict.fromkeys(words))


# a filler verb before a task's name ("搞“体育+”", "弄志愿服务") and a pointer after it
# ("…这事", "…那件事儿"): they name no part of the task. 搞活 / 搞好 are the tasks' own verbs.
_TASK_VERB_BEFORE = re.compile(r"^\s*(?:搞|弄)(?![活好定])\s*")
_TASK_POINTER_AFTER = re.compile(r"\s*(?:这|那|该)(?:个|件|一)?(?:事儿|事情|事|块|摊)\s*$")


def plain_task_name(topic: str) -> str:
    """A task's name as said ("搞“体育+”", "志愿服务立法这事") without the filler verb before
    it and the pointer after it; unchanged when nothing would be left."""
    bare = _TASK_POINTER_AFTER.sub("", _TASK_VERB_BEFORE.sub("", topic)).strip()
    return bare or topic

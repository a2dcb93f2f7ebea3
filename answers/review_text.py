"""Words the commitment check reads by: normal forms, generic words, and the verbs that say
how far a thing got. Data first, so a reviewer can read the rules without the code.

A plan and a report name the same thing differently ("赣深客专" / "赣深高铁", "（江西）"
in one and not the other, quotes around a programme in one only), so both are brought to
one normal form before comparing. What is never evidence of a mention: the verbs and
adverbs every task shares (推进、加快、建设、实施…) and words like 全省/工作/项目; they
weigh nothing when two texts are compared.
"""
from __future__ import annotations

import math
from core import lazy_re as re
import unicodedata
from collections import Counter
from typing import Iterable

from core.synonyms import pairs

# Verbs, adverbs and filler that name no thing: weight 0 in matching, stripped from the
# ends of a named item. Longer words first where one contains another.
GENERIC_WORDS = sorted(
    set(
        """
推进 加快 加快推进 建设 实施 发展 提升 深化 完善 加强 开展 推动 支持 积极 全面 深入 持续 扎实 着力 大力 强化
落实 健全 建立 构建 打造 培育 促进 提高 鼓励 探索 谋划 力争 确保 争取 继续 进一步 全力 强力 努力 坚持 坚决 做好
抓好 办好 重点 一批 各类 相关 有关 工作 任务 目标 项目 工程 行动 全省 我省 全市 我市 全县 我县 全区 我区 本市
新建 改建 扩建 新增 实现 达到 建成 完成 开工 启动 组建 投运 落地 提能 升级 提档 提质 增效 改造 有序 稳步 全部
基本 进度 等 和 及 与 以上 左右 以内 年度 全年 今年 年内 年底 年底前 前 不低于 不少于 超过 突破 争创 创建 申报
开工建设 建成投运 投入使用 提能升级 提质增效 转型升级 加大 力度 规范 统筹 加速 助力 带动 引导 用好 抓紧 注重
出台 实行 推行 纵深推进 抢占 壮大 引进 共建 制定 研究制定 增强 落实好 严格 做实 遏制 防止 精细化推进 推广 巩固 保持
扩大 整顿 解决 对接 奏响 严厉打击 布局 打好 发挥 守牢 新培育 新认定 认定 净增 增加 发放 新改建 改扩建 并 的
投产 投用 建成投产 建成投用 投入运营
体系 机制 能力 水平 质量 作用 功能 发生 成效 实效 效能 步伐 格局 有效 更加 不断 一体化 高水平 现代化 重大 主要 城镇 城乡
""".split()
    ),
    key=len,
    reverse=True,
)
# Policy areas every plan and report speaks of. A task whose object is only an area
# ("深入推进营商环境优化提升") names nothing a review could be held to.
AREA_WORDS = sorted(
    set(
        """
营商环境 科技创新 创新驱动 乡村振兴 生态环境 生态文明 高质量发展 数字经济 实体经济 民营经济 县域经济 城市更新
新型城镇化 城乡融合 区域协调 对外开放 招商引资 安全生产 社会治理 基层治理 公共服务 民生保障 社会保障 就业创业
医疗卫生 养老服务 公共文化 文化旅游 文旅融合 现代农业 产业升级 绿色发展 节能减排 污染防治 环境保护 改革创新 法治政府
作风建设 基础设施 新型基础设施 防范化解 风险防控 疫情防控 人才队伍 县城 城区 园区 产业 经济 改革 开放 创新 优化
""".split()
    ),
    key=len,
    reverse=True,
)
GENERIC_BIGRAMS = {w[i : i + 2] for w in GENERIC_WORDS if len(w) >= 2 for i in range(len(w) - 1)}

# Kinds of thing written two ways ("赣深客专" / "赣深高铁"); both sides are rewritten to the
# second form, in table order: the rows "normal" of the one synonym table, with their provenance.
NORMAL_FORMS = pairs("normal")

# Not (yet) done, whatever the task asked: "推迟开工" is no start, "尚未建成" no end.
NOT_YET = r"滞后|尚未|未能|未完成|未达到|未开工|推迟|延期|延后|暂缓|缓建|停滞|不及预期"
NOT_YET_CUES = re.compile(NOT_YET)

# How far a thing got, as the review says it. Checked in this order: partial first
# ("基本建成" is not "建成"), then achieved, then under way.
PARTIAL_CUES = re.compile(
    r"基本(?:建成|完成|形成|实现|具备|竣工|完工|达到)|主体(?:工程)?(?:完工|建成|封顶|基本)|初步(?:建成|形成|实现)"
    r"|试运行|筹建|前期工作|部分(?:建成|完成|投用)|有待|正在|在建|加快建设|" + NOT_YET
)
DONE_CUES = re.compile(
    r"建成|建好|投运|投产|运营|运行|开行|通车|通航|复航|开通|竣工|完工|完成|实现|达到|突破|超过|出台|印发|发布|颁布"
    r"|施行|挂牌|揭牌|成立|组建|设立|落户|落地|举办|召开|收官|全覆盖|入选|获评|上线|交付|投用|投入使用|开馆"
    r"|开园|兑现|办结|清零|命名|兑付|发放|上升为|升格为|纳入|通过|开业|开放|签约|启用|设立|创成|成功创建|建立|打赢|如期"
    r"|成效明显|成效显著|圆满|胜利|杜绝"
)
# What kind of document or programme a name is ("…提能升级计划", "…管控办法"): a looser
# match whose clause does not say that kind names a neighbour of the same subject.
DOCUMENT_HEAD = re.compile(r"(?:计划|方案|办法|规划|条例|意见|细则|清单|规定|政策|行动|工程)$")

# A result, not an act: what the review says when an ongoing task got where it was meant to
# ("全面打赢…阻击战", "成效显著"); holding an event or issuing a paper is an act along the way.
RESULT_CUES = re.compile(r"打赢|打好|胜利|圆满|成效明显|成效显著|如期实现|全面实现|全面完成|守住|守牢|杜绝")
# Approval is the end of an application ("申报综合保税区" → 获批) but only the start of
# building what was approved ("推进…试验区建设" → 试验区获批).
APPROVED_CUES = re.compile(r"获批|获国家批复|批复设立|获得批复")
# Words that say how far a thing got, of any kind: a clause without one only names it.
ANY_CUE = re.compile(r"获批|批复|进展|成效|提升|增长|下降|提高|扩大")
START_CUES = re.compile(r"开工|动工|开建|启动|开始建设|新开工")
DOING_CUES = re.compile(r"实施|开展|举办|组织|推行|执行")
UNDER_WAY_CUES = re.compile(r"推进|加快|有序|稳步|进展|提速|深化|持续|扎实|积极|谋划|规划|编制")

# What the task asks for, read from its verb: reach a state (建成…), start (开工…),
# carry out (实施…), or move something along (推进…, no end point).
TASK_VERB_KIND = [
    (re.compile(r"^(?:申报|争取|申请|争创|创建)"), "apply"),
    (re.compile(r"^(?:新)?开工|^开建|^动工|^启动"), "start"),
    (re.compile(r"^(?:实施|开展|举办|办好|组织|推行|落实|召开|参加)"), "do"),
    (re.compile(r"^(?:建成|建好|完成|投运|投产|组建|出台|制定|编制|实现|创建|建立|获批|申报|整入|打赢|打好|办结|发布|印发|设立|挂牌|引进|新增|新培育|培育|新建|改造|增加|净增)"), "reach"),
]

_DROP_PARENS = re.compile(r"\([^()]*\)")
# "细颗粒物（PM2.5）": a Latin abbreviation in brackets is the same thing's other name, which
# the plan may use alone ("PM2.5平均浓度"); it stays, only its brackets go.
_ABBREVIATION = re.compile(r"\(([A-Za-z][A-Za-z0-9.+\-]*)\)")
_QUOTES = re.compile(r"[“”‘’\"'「」『』《》〈〉<>]")
_SPACE = re.compile(r"\s+")
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9.+&]+")


# "居民特别是低收入群体收入": an aside naming a group within the subject, not part of its name
_ASIDE = re.compile(r"(?:特别是|尤其是)[\u4e00-\u9fff]{1,8}?(?:群体|人群|企业|地区|家庭|农户)")


def norm(text: str, *, keep_quotes: bool = False) -> str:
    """One form for comparing: half-width, no spaces or quotes, no parenthetical asides
    ("国家（江西）北斗…" = "国家北斗…"), kinds of thing written one way. With
    `keep_quotes` the quotation marks stay, to tell a name (“03专项”) from a figure."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _SPACE.sub("", text)
    if not keep_quotes:
        text = unquote(text)
    text = _ABBREVIATION.sub(r"\1", text)
    for _ in range(2):
        text = _DROP_PARENS.sub("", text)
    text = _ASIDE.sub("", text)
    for a, b in NORMAL_FORMS:
        text = re.sub(a, b, text)
    return text


def unquote(text: str) -> str:
    return _QUOTES.sub("", text)


def bigrams(text: str) -> list[str]:
    """Overlapping pairs of units, a unit being one CJK character or one ASCII word
    ("T2航站楼" → "T2航", "航站", "站楼")."""
    units = _CJK_OR_WORD.findall(text)
    if len(units) == 1:
        return units
    return [units[i] + units[i + 1] for i in range(len(units) - 1)]


_GENERIC_SPLIT = re.compile("|".join(re.escape(w) for w in GENERIC_WORDS if len(w) >= 2))


def content_grams(text: str) -> list[str]:
    """The bigrams of what is left between generic words: "改造城镇老旧小区" → 老旧, 旧小,
    小区 (no "造城"/"镇老" straddling a generic word, which would weigh as rare)."""
    out: list[str] = []
    for run in _GENERIC_SPLIT.split(text):
        units = _CJK_OR_WORD.findall(run)
        if len(units) >= 2:
            out.extend(units[i] + units[i + 1] for i in range(len(units) - 1))
        elif units and not "\u4e00" <= units[0][0] <= "\u9fff":
            out.append(units[0])  # a lone ASCII word: "LED", "T2"
    return list(dict.fromkeys(out))


def bigram_set(text: str) -> set[str]:
    return set(bigrams(text))


def all_grams(text: str) -> set[str]:
    """Every bigram and every single unit of a text: what a sentence offers to match."""
    units = _CJK_OR_WORD.findall(text)
    return set(units) | {units[i] + units[i + 1] for i in range(len(units) - 1)}


_RESIDUE_SPLIT = re.compile("|".join(re.escape(w) for w in [*GENERIC_WORDS, *AREA_WORDS] if len(w) >= 2))


def residue(text: str) -> str:
    """What a name says beyond generic words and policy areas ("营商环境优化提升" → "")."""
    return "".join(_CJK_OR_WORD.findall(_RESIDUE_SPLIT.sub(" ", text)))


def strip_generic(text: str, *, keep_last: bool = True) -> str:
    """Remove generic words from both ends ("加快中医药科创城建设" → "中医药科创城").
    With keep_last a text of generic words only keeps its last one, else becomes empty."""
    changed = True
    while changed and text:
        changed = False
        for w in GENERIC_WORDS:
            if text.startswith(w) and (len(text) > len(w) or not keep_last):
                text, changed = text[len(w) :], True
                break
            if text.endswith(w) and (len(text) > len(w) or not keep_last):
                text, changed = text[: -len(w)], True
                break
    return text


class Weights:
    """How much a shared bigram says: generic ones nothing, rare ones much (inverse
    document frequency over the plan's tasks and the review's sentences)."""

    def __init__(self, texts: Iterable[str]) -> None:
        df: Counter[str] = Counter()
        n = 0
        for t in texts:
            n += 1
            df.update(all_grams(t))
        self.n = max(n, 1)
        self.df = df

    def __call__(self, gram: str) -> float:
        if gram in GENERIC_BIGRAMS:
            return 0.0
        return math.log(1.0 + self.n / (1.0 + self.df.get(gram, 0)))


def contains_run(item: str, text: str, length: int) -> bool:
    """Whether `text` holds a piece of `item` at least `length` characters long."""
    if len(item) < length:
        return item in text
    return any(item[i : i + length] in text for i in range(len(item) - length + 1))


def abbreviation_in(long: str, text: str, max_prefix: int = 4) -> str:
    """The short form (简称) of `long` that `text` writes, if any: the first characters of
    its leading words, then a two-character head kept whole — "社零总额" for
    "社会消费品零售总额", "沣槐高铁" for "沣州至槐渠高铁", "产投集团" for "产业投资集团".
    The short form starts with `long`'s first character, takes two to `max_prefix` more
    characters in order with at least one skipped between each, and ends with a
    two-character piece of `long` after them that is not an area word; a piece `long` holds
    as written ("新兴产业" of "新一轮新兴产业…") is not a short form."""
    if not long or long[0] not in text:
        return ""
    for h in range(3, len(long) - 1):
        head = long[h : h + 2]
        if head in GENERIC_BIGRAMS or not residue(head):
            continue  # "产业", "建设": a head every name shares
        start = text.find(head)
        while start >= 2:
            for k in range(2, min(max_prefix, start) + 1):
                prefix = text[start - k : start]
                if prefix[0] == long[0] and prefix + head not in long and _spread(prefix, long[:h]):
                    return prefix + head
            start = text.find(head, start + 1)
    return ""


def _spread(prefix: str, long: str) -> bool:
    """`prefix` is in `long` in order, each character at least two after the one before."""
    at = -2
    for ch in prefix:
        at = long.find(ch, at + 2)
        if at < 0:
            return False
    return True

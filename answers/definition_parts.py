"""A definition asked, then more about the same term in the same breath:
"澜才计划是个啥 三年要引多少人" / "1269行动计划是个啥12 6 9各指什么".

Voice input runs the two asks together, so the definition rules read one long "term" ("1269
行动计划是个啥12 6 9各") and find nothing. The first ask names the term; the second names no
other subject: it asks the term's members ("各指什么", "分别是啥") or a figure of it ("三年要引
多少人"). The definition answers the first, and usually the second too (a 名词解释 entry states
the members and the programme's figures); a figure the definition does not state is asked of
the term as its own question and added when found. Round 25a/25b.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, replace

from answers.compose import Answer

# (never the 什么 of another ask: "是什么时候", "是啥单位", "是什么项目")
_DEFINE = (r"(?:到底|究竟|具体)?(?:是个啥|是个什么|是啥|是什么意思|是什么|啥意思|什么意思|指什么|指啥|是干啥的|(?:咋|怎么|如何)(?:解释|理解)的?)"
           r"(?!时候|时间|日子|地方|单位|部门|原因|级别|标准|进度|程度|样|情况|项目|领导|人|方面|内容|目标|指标|水平|"
           r"措施|政策|东西|类型|性质|阶段|规模|意思|概念)")
_SPLIT = re.compile(r"^(?P<term>[^，,。？?；;]{2,40}?)" + _DEFINE + r"[\s，,。？?；;]*(?P<rest>\S.*)$")
# the second ask asks something: members, or a figure
# ("多久搞一次", "谁来搞", "怎么弄": how often, by whom, how, round 61a; the entry usually says)
_ASKS = re.compile(r"(多少|几|各|分别|都|哪些|哪几|什么|啥|多久|多长|谁|怎么|咋)")
_FIGURE = re.compile(r"(多少|(?<!哪)几)")


@dataclass(frozen=True)
class DefinitionParts:
    """The term defined, as a question of its own, and the figure asked of it (or None)."""

    definition: str  # "澜才计划是什么意思"
    figure: str | None  # "澜才计划三年要引多少人"


def definition_parts(question: str) -> DefinitionParts | None:
    """The two asks of "X是个啥 + a follow-up about X", or None when the question is not one."""
    m = _SPLIT.match((question or "").strip())
    if not m:
        return None
    term, rest = m.group("term").strip(), m.group("rest").strip(" ？?。")
    if len(rest) < 2 or not _ASKS.search(rest) or re.search(_DEFINE + r"\s*$", term):
        return None
    figure = term + rest if _FIGURE.search(rest) else None
    return DefinitionParts(term + "是什么意思", figure)


# a figure with its unit in an answer's first line ("3000人", "5.5%")
_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[\u4e00-\u9fff]{1,2})")


def with_figure(defined: Answer, figure: Answer | None) -> Answer:
    """A definition, with the answer of a figure asked of the same term beside it when that
    states a figure the definition does not."""
    if figure is None or figure.intent == "none":
        return defined
    if all(f in defined.answer for f in _STATED.findall(figure.answer.partition("\n")[0])):
        return defined
    return replace(defined, answer=defined.answer + "\n" + figure.answer,
                   sources=[*defined.sources, *figure.sources], evidence=[*defined.evidence, *figure.evidence])

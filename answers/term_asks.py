"""A definition asked in two breaths: "X到底是个啥，给解释一下" / "X，帮我解释下".

The closing clause only asks to explain; the term is in the clause before it. Emphasis
words between a term and its question word (到底 / 究竟) are no part of the term. The text
returned is the question the definition rules (`answers.question`) read.
"""
from __future__ import annotations

from core import lazy_re as re

# a clause that only asks to explain, with whom it asks: "给解释一下" / "帮我说说" / "请解释"
_EXPLAIN_ONLY = re.compile(
    r"[，,。；;\s]\s*(?:请|麻烦|帮忙|帮我|给我|给|你|能不能|可以|(?:代表|领导|人家)(?:让|要|想让)(?:我)?)*\s*"
    r"(?:(?:解释|说明|讲讲|说说|介绍|科普)(?:一下|下)?(?:呗|吧|呀|啊)?|"
    # "啥叫链长制 报告里有解释吗" (round 66d): whether the report explains it, said after the term
    r"(?:报告|文件|文中|原文)?(?:里|中|上|后面)?(?:(?:有没有|有)(?:解释|注释|名词解释|说明)(?:吗|没|不|没有)?|"
    r"(?:是)?(?:咋|怎么|如何)(?:解释|说明|定义)的?))"
    r"\s*[？?。!！]?\s*$"
)
_GLOSSARY_SAID = re.compile(r"名词解释|名词注释|注释|名词解读")
# a report's glossary named as such: the file of its own, or the list asked of by name
GLOSSARY_NAMED = re.compile(r"名词解释|名词注释|名词解读")
_HOW_SAID = re.compile(r"(?:是)?(?:怎么|咋|如何)(?:说|写|讲|表述|解释|定义)的?\s*[？?]?\s*$")
_EMPHASIS = re.compile(r"(?:到底|究竟)(?=\s*(?:是|指|啥|什么|怎么))")
_ASKS_ALREADY = re.compile(r"^(?:请问)?(?:什么叫|啥叫|什么是|啥是|何为|何谓)|(是什么|什么意思|啥意思|是啥|是个啥|指什么|指啥|什么东西|啥东西|含义|定义|意思)\s*[？?]?\s*$")


def definition_text(raw: str) -> str:
    """The question as the definition rules should read it."""
    text = _EMPHASIS.sub("", raw)
    if _GLOSSARY_SAID.search(text):
        # "报告最后名词解释里 幸福河湖怎么说的" (round 66h): what the glossary says of a term is its entry
        text = _HOW_SAID.sub("是什么意思", text)
    m = _EXPLAIN_ONLY.search(text)
    if m and m.start() >= 2:
        before = text[: m.start()].strip()
        text = before if _ASKS_ALREADY.search(before) else before + "是什么意思"
    return text


# "南昌报告里的四首经济 四首是指啥": a phrase said, then a word of it asked what it means
_TERM_ASKED_AFTER = re.compile(
    r"^(?P<before>.+?)[\s，,。；;]+(?P<term>[^\s，,。；;？?]{2,8}?)\s*"
    r"(?P<ask>(?:是|又是|到底是)?(?:指的?是?啥|指的?是?什么|啥意思|什么意思|是个?啥|是什么|是哪几[个项样类]|是哪[两三四五六七八九十][个项样类]?|是哪[两三四五六七八九十][\u4e00-\u9fff]|指哪些))\s*[？?]?\s*$")


def term_after_phrase(raw: str) -> str | None:
    """"南昌报告里的四首经济 四首是指啥" → "南昌报告里的 四首是指啥": the word asked is the
    question; the phrase holding it before is no subject of its own (its place and document
    stay). None when the message is not so."""
    m = _TERM_ASKED_AFTER.match(raw or "")
    if not m:
        return None
    before, term = m.group("before"), m.group("term")
    word = re.search(r"[^\s，,。；;的里中]*" + re.escape(term) + r"[^\s，,。；;的]*", before)
    if word is None:
        return None
    rest = (before[: word.start()] + before[word.end():]).strip(" ，,")
    return f"{rest} {term}{m.group('ask')}".strip()

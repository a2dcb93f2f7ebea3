"""The question as the rules read it (`prepare`): one pass over the typed text before any rule.

NFKC (full-width digits and letters), numbers said in words and chat wrappers
(`core.spoken`), letters said one by one, the same-sound slips of voice input that only the
question's grammar can tell apart (那/哪, 预期/逾期), a list's first mark, the synonym table's
colloquial forms (`core.synonyms`), "不是计划" as a result asked and "几个点" as a percentage.
The order of words is not touched.
"""
from __future__ import annotations

import re
import unicodedata

from core.spoken import spoken_numbers, unwrap
from core.synonyms import rewrite_question

# "几个点" is colloquial for a percentage ("GDP增速目标几个点")
_POINTS = re.compile(r"(几|多少)个?点(?!位)")
# "不是计划" / "而不是目标": the target is what is NOT asked; what is asked is the result
_NOT_TARGET = re.compile(r"[，,\s]*(?:而|但)?(?:不是|不要|并非|而非|非)(?:那个|这个)?(?:计划|目标|预期|规划)(?:数|值|数字|的)?(?:那个|数)?[，,\s]*")
# a result asked in so many words; "实际利用外资" is an indicator's name, not this word
ACTUAL = re.compile(r"实际(?!利用|使用|到位|投资)")


# "1.南昌…" / "（1）江西…" / "①…" / "一是…": the mark of a list's first item, no part of the question
_FIRST_ITEM = re.compile(r"^\s*(?:[（(]\s*[1一]\s*[)）]|1\s*[.、．](?!\d)|①|一是)\s*")
# 预期 and 逾期 sound alike (yuqi); said of tasks it is 逾期: "预期的任务" / "几项预期了" / "任务已预期"
_OVERDUE_SLIP = re.compile(r"预期(?=了|(?:的)?(?:任务|工作|事项))|(?:(?<=任务)|(?<=工作)|(?<=事项)|(?<=已)|(?<=已经)|"
                           r"(?<=几项)|(?<=哪些)|(?<=多少项))预期(?!目标|增长|增速|指标|值|性|的?目标)")
# "G D P": letters said one by one by voice input
_SPELLED = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z](?![A-Za-z]))+")
# voice input writes 那 for 哪 (both "na"): "是那个单位牵头" / "分管那些" ask which
_THAT_FOR_WHICH = re.compile(
    r"那(?=(?:个|家|位)(?:单位|部门|厅|局|委|办|领导|省领导|市领导)(?:牵头|负责|主抓|管|来)?(?:的)?\s*[？?]?\s*$"
    r"|(?:些|几项|几个|几件)(?:任务|工作|事|事情|单位|部门)?\s*[？?]?\s*$)")


def prepare(text: str) -> str:
    """The question as the rules read it: NFKC (full-width digits and letters), typing slips
    fixed and colloquial forms put in the documents' words (`core.synonyms`), "几个点" as a
    percentage asked. The order of words is not touched."""
    raw = unicodedata.normalize("NFKC", text or "").strip()
    raw = spoken_numbers(unwrap(raw))
    raw = _SPELLED.sub(lambda m: m.group(0).replace(" ", ""), raw)
    raw = _THAT_FOR_WHICH.sub("哪", raw)
    raw = _FIRST_ITEM.sub("", raw)
    raw = _OVERDUE_SLIP.sub("逾期", raw)
    raw = rewrite_question(raw)
    if _NOT_TARGET.search(raw):
        raw = _NOT_TARGET.sub("" if ACTUAL.search(raw) else "实际", raw).strip()
    return _POINTS.sub("多少", raw)

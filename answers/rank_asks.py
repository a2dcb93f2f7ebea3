"""A rank asked ("县域经济我们在岚川排第几", "GDP在全省排名第几"): the verb of ranking and the
speaker's "我们" are no words of the indicator. Reports write 排名/位居/位列/居 before the rank,
so a topic that keeps "排" matches no clause (a false "not found" found by outsider round 25c)."""
from __future__ import annotations

from dataclasses import replace

from answers.compose import Answer
from core import lazy_re as re
from prompts import answers as P

# the ranking verb right before the rank asked: "排第几", "排名第几", "排在第几位", "位居第几"
# ("增速在全省排第几": the 在 of where it is counted goes with the verb; the whole is a level word)
_VERB = r"(?:排名|排位|排在|排|位居|位列|名列|居于|居)"
_RANK_VERB = re.compile(r"在(?=\s*(?:全省|全国|全市|全州|全区|全县)\s*" + _VERB + r"\s*(?:第几|多少名|几名|多少位))|"
                        + _VERB + r"(?=\s*(?:第几|多少名|几名|多少位))")
# the speaker's own side, which the reports call 我市/全市: never a word of the indicator
_SPEAKER = re.compile(r"我们|咱们|俺们")
_RANK_ASKED = re.compile(r"第几|多少名|几名|名次(?!解释)|位次")
# the units of a rank printed in digits: "居全省第2位", "排名第21名"
RANK_UNITS = ("位", "名")


def rank_asked(question: str) -> bool:
    """The question asks for a rank, not a quantity."""
    return bool(_RANK_ASKED.search(question))


def strip_rank_ask(text: str) -> str:
    """The question without its ranking verb and the speaker's "我们", when a rank is asked."""
    if not rank_asked(text):
        return text
    # "在全省开发区综合评价里排第几名" (round 60g): where it is ranked, framed by 在…里, and the
    # rank's unit are no words of the indicator
    text = re.sub(r"第几\s*[名位]", "第几", text)
    text = re.sub(r"在(?=[^，,。？?\s]{2,24}?(?:里|中|上)?\s*" + _VERB + r"\s*第几)", " ", text)
    text = re.sub(r"(?:里|中)(?=\s*" + _VERB + r"\s*第几)", " ", text)
    return _SPEAKER.sub(" ", _RANK_VERB.sub(" ", text))


# a rank as the reports print it: "居全省第4位", "排名第21", "位居前列", "全省首位", "第一"
RANK_PRINTED = re.compile(r"第\s*[\d一二三四五六七八九十两]+\s*(?:位|名)?|前列|前茅|首位|榜首|前\s*[\d一二三四五六七八九十]+\s*(?:位|名)?|"
                          r"(?:排名|排位|位次|位居|位列|名列)|居(?=\s*(?:全|第|前|首|于|中))")


# a place in a ranking asked, never "第几版/第几批/第几届" (an ordinal of the thing itself)
_PLACE_ASKED = re.compile(r"(?<![安编并])排(?:名|位|在)?\s*(?:第几|多少名|多少位|几名|几位)|名次(?!解释)|位次|(?:位居|位列|居)\s*第几|第几(?:位|名)|"
                          r"(?:全省|全国|全市|全州|全区|全县|全球|世界)\s*第几")


def rank_checked(question: str, ans: Answer) -> Answer:
    """A rank asked ("去年社零增速在全省排第几") and answered with a figure whose text states no
    rank: "not found", with the figure found, never the figure as if it answered."""
    if ans.intent in ("none", "clarify") or ans.tasks or not _PLACE_ASKED.search(question or ""):
        return ans
    body = "\n".join(ln for ln in ans.answer.splitlines() if not ln.startswith(P.SOURCE_MARK))
    if RANK_PRINTED.search(body):
        return ans
    return replace(ans, answer=P.NONE_NO_RANK.format(found=ans.answer), intent="none")

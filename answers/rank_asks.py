"""A rank asked ("县域经济我们在岚川排第几", "GDP在全省排名第几"): the verb of ranking and the
speaker's "我们" are no words of the indicator. Reports write 排名/位居/位列/居 before the rank,
so a topic that keeps "排" matches no clause (a false "not found" found by outsider round 25c)."""
from __future__ import annotations

from core import lazy_re as re

# the ranking verb right before the rank asked: "排第几", "排名第几", "排在第几位", "位居第几"
# ("增速在全省排第几": the 在 of where it is counted goes with the verb; the whole is a level word)
_VERB = r"(?:排名|排位|排在|排|位居|位列|名列|居于|居)"
_RANK_VERB = re.compile(r"在(?=\s*(?:全省|全国|全市|全州|全区|全县)\s*" + _VERB + r"\s*(?:第几|多少名|几名|多少位))|"
                        + _VERB + r"(?=\s*(?:第几|多少名|几名|多少位))")
# the speaker's own side, which the reports call 我市/全市: never a word of the indicator
_SPEAKER = re.compile(r"我们|咱们|俺们")
_RANK_ASKED = re.compile(r"第几|多少名|几名|名次|位次")
# the units of a rank printed in digits: "居全省第2位", "排名第21名"
RANK_UNITS = ("位", "名")


def rank_asked(question: str) -> bool:
    """The question asks for a rank, not a quantity."""
    return bool(_RANK_ASKED.search(question))


def strip_rank_ask(text: str) -> str:
    """The question without its ranking verb and the speaker's "我们", when a rank is asked."""
    if not rank_asked(text):
        return text
    return _SPEAKER.sub(" ", _RANK_VERB.sub(" ", text))

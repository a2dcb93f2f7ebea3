"""A count asked with its counter before the noun: "开放多少张床", "新建几所学校", "新增多少个学位",
"储备多少顶帐篷" (round 26c: "县医院新院区开放多少张床" was "not found" beside "开放床位800张").

Reports print the noun first and the counter after the figure ("床位800张", "学校4所"); staff
type the counter between the ask and the noun. Left in the subject, the counter glues to the
noun ("张床", "个学") into a word no report prints, and the noun loses its own match ("床" of
床位). The counter is the unit asked (`answers.question` reads it; the figure's unit checks it),
so it is no word of the subject: it is dropped from the topic, the noun kept. A noun that begins
with a counter's character ("床位", "项目", "场馆": `core.measures.COUNTER_NOUNS`) is the noun
itself ("多少床位"), never a counter and a noun.
"""
from __future__ import annotations

from core import lazy_re as re
from core.measures import COUNTERS, counter_noun_at

# the ask, then a counter (a longer one first), then the noun it counts; never a span of time
# or a rate ("几个月", "多少个百分点"), which is the measure itself
_COUNTED = re.compile(r"(?P<ask>多少|(?<!哪)几)\s*(?P<counter>" + "|".join(sorted(COUNTERS, key=lambda c: (-len(c), c))) + r")"
                      r"(?=[\u4e00-\u9fff])(?!月|小时|工作日|季度|星期|百分点)")


def counter_dropped(text: str) -> str:
    """`text` with the counter between an ask and its noun read away ("开放多少张床" → "开放多少 床");
    the ask itself stays for the readers after."""
    text = text or ""

    def drop(m: re.Match) -> str:
        return m.group(0) if counter_noun_at(text, m.start("counter")) else m.group("ask") + " "

    return _COUNTED.sub(drop, text)

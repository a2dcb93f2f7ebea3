"""The words of an ask for a report's own account of its difficulties, as data with provenance.

Every 政府工作报告 ends its review with a paragraph on what still falls short ("我们也清醒看到…
存在一些困难和问题：一是…"). Staff ask for it in a handful of nouns ("困难和问题", "短板不足",
"差距") framed by where it stands ("24年省报告里讲", "南昌报告自己说的") and how they want it
("哪几条", "原话帮我摘一下"). `answers.own_shortcomings` reads an ask as this one only when,
the region and years aside, nothing but these words is left: "住房困难问题怎么解决" names a
topic (住房) and is read as written.

Provenance: the nouns are the ones the sample reports use in that paragraph (江西省2022年
"困难和问题", 江西省2024年 "困难…问题…短板", 南昌市2024年 "困难和不足", 赣州市2023年 "短板") and
the ones rounds 31a typed for it ("短板不足", "困难问题"); the framing words are those rounds'
and covering_sentence's (core/ask_words_data.py) ways of pointing at a report and asking for a list.
"""
from __future__ import annotations

# The nouns of the paragraph. A strong one alone makes the ask; a weak one ("问题", "挑战")
# only with the report named, since "有什么问题" alone asks something else.
STRONG_NOUNS: tuple[str, ...] = (
    "困难", "短板", "不足之处", "不足", "差距", "弱项", "薄弱环节", "软肋",
)
WEAK_NOUNS: tuple[str, ...] = ("问题", "挑战", "矛盾", "风险隐患", "风险")

# Where the ask points: the report, said any way (longest first).
REPORT_WORDS: tuple[str, ...] = (
    r"(?:省|市|县|区)?(?:政府)?(?:工作)?报告", r"文件", r"回顾(?:部分)?",
)

# Everything else an ask of this kind says around the nouns (regular expressions, longest first).
FRAME_WORDS: tuple[str, ...] = (
    # the request and how the answer should come
    r"(?:帮我|帮忙|麻烦|请|给我)?(?:摘|列|整理|找|查|看|发)(?:出来|一下|一摘|下|给我|我)?", r"帮我|帮忙|麻烦|请|给我",
    r"原(?:话|文|句)(?:是)?(?:怎么|咋|如何)?(?:说|讲|写|表述)?的?", r"(?:逐条|一条条|分条)",
    r"(?:想问问?|想了解|想知道|问一下|请问)",
    # where in the report and who says it
    r"(?:里面|里头|里|中|上)", r"自己|自身|本身|我们", r"(?:说|讲|提|写|列|谈|指出|承认|认为|坦承)(?:到|了|出)?",
    r"(?:清醒)?(?:看到|认识到)", r"(?:当前|目前|现在|还|仍|依然|仍然)",
    r"存在|面临|还有|有", r"专门|重点|着重|一共|分别",
    # the asker's own place ("县里的困难和短板", round 45b/new-user try), the passage pointed at
    # ("问题和不足那一段"), and how the report sums it up ("怎么概括的", "自己找的差距")
    r"(?:县|市|省|区|州)里|(?:全|我|本)(?:县|市|省|区|州)|咱们|这边", r"[那这]一?(?:段|部分|块)|段落|[那这](?:份|个|篇)", r"对",
    r"(?:是)?(?:怎么|如何|咋)(?:概括|归纳|总结|表述|描述|说|讲|写)的?", r"具体|看看", r"(?:自己)?(?:找|查|摆|梳理)(?:出)?的", r"(?:经济社会发展|政府工作|工作|发展)(?:中|上)?", r"主要|方面|领域",
    # question words and particles
    r"哪几(?:条|点|个|项|方面)?", r"哪些", r"(?:有)?什么", r"啥", r"几(?:条|点|个|项)", r"多少(?:条|点|个|项)",
    r"是|的|了|呢|吗|啊|呀|吧|都|把|和|与|及|跟|、|等",
    r"[\s，,。？?！!：:；;“”\"]",
)

"""An award or title asked in colloquial words: "X去年拿了个啥国字号的牌子".

Reports print what a place or a product was given with a verb of award (获评, 入选, 荣获, 创建,
被评为) and the title's own name ("国家农产品地理标志", "全国文明校园"). Staff ask with
everyday words: 拿了个啥牌子, 评上了什么称号, 挂了哪块招牌, 得了啥荣誉; the measure word and the
everyday noun (个, 牌子, 招牌) are in no report and only dilute the subject's words. The ask
is put as "获评什么" (the reports' commonest verb of award; a name is asked, not a figure); a
level said as slang (国字号, 省字号) is kept as the reports write it (国家, 省级), so a subject
with several titles gets the right one.
Round 25b ("柘塘莲藕去年拿了个啥国字号的牌子" was refused as "not found").
"""
from __future__ import annotations

from core import lazy_re as re

# the everyday nouns of a title given
_TITLE_NOUN = r"(?:牌子|招牌|金字招牌|称号|荣誉称号|荣誉|名号|头衔|帽子|奖牌|奖项|大奖|奖)"
# the level said as slang, and as the reports write it
_LEVELS = {"国字号": "国家", "国家级": "国家", "省字号": "省级", "省级": "省级", "全国性": "全国"}
_ASK = re.compile(
    r"(?:获评|荣获|被评为|评为|拿|获|得|评|挂|摘|捧|获得|取得|评上|评了|争取)(?:到|上|得)?(?:了)?\s*"
    r"(?:个|一个|块|一块|张|面|项|哪个|哪块|哪项)?\s*(?:啥|什么|哪个|哪块|哪些|哪项)\s*(?:样的)?\s*"
    r"(?P<level>国字号|国家级|省字号|省级|全国性)?\s*(?:的)?\s*" + _TITLE_NOUN
)


def title_asked(question: str) -> str:
    """The question with a colloquial title ask put as the reports' words, unchanged when
    it asks no title."""
    text = question or ""
    m = _ASK.search(text)
    if not m:
        return text
    level = _LEVELS.get(m.group("level") or "", "")
    # the reports' own verb typed ("获评了个啥称号") stays; an everyday one is put as 获得
    verb = next((v for v in _AWARD_VERBS if m.group(0).startswith(v)), "获得")
    return text[: m.start()] + f"{verb}什么{level}" + text[m.end():]


_AWARD_VERBS = ("获评", "荣获", "被评为", "评为")

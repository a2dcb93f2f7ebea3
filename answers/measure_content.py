"""A measure asked in formal words, matched by its content words in any order.

Staff write a measure the way a form asks for it ("对新开工的装配式建筑在新开工建筑面积中的
占比", "海绵城市达标面积比例", "5G基站累计总数"); a report states it its own way ("装配式建筑占新
建建筑比例达到X%", "32%建成区达到海绵城市建设要求", "累计开通5G基站6万多个"). Bigram coverage
(`answers.answerability`) weighs the glue between the question's words ("标面", "积比") like words
and misses such a sentence. Here the measure is reduced to its content words:
- the words of the asked item (jieba's cut), less function words (对/的/在/中/之/所/占: one
  character) and the words the documents' statistics weigh nothing (what asks the kind of figure,
  占比/比例/比重 alike, is checked by the figure's unit, not by the words; 多少, 目标);
- each word must stand in the clause, as typed or as its documents' words (rows "measure" of
  `core.synonyms_data`: 新建 ~ 新开工, 达标 ~ 达到…要求, 总数 ~ 累计), all of them, in any order.
The period, the measure's unit, the vetoes and the contrasts are checked by the caller as for
any clause. A name the question holds that the documents never print ("松岭县…", jieba's place,
person and organisation tags) means the measure is that name's: no clause answers
(`unprinted_name`, read by `answers.answerability` for every clause, not only this reading). `plain_share` puts a share said with 之/所占 in the documents' form for every rule.
"""
from __future__ import annotations

from functools import lru_cache

from core import lazy_re as re
from core.synonyms import pairs

# a Latin or digit name kept whole ("5G", "R&D"): jieba cuts "5G" as 5/G
_LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&+.]*[A-Za-z][A-Za-z0-9&+.]*|[A-Za-z]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# jieba's tags of names: a place (ns), a person (nr), an organisation (nt), another name (nz)
_NAME_TAGS = frozenset({"ns", "nr", "nt", "nz"})
# the fewest content words that make a measure: one word alone is a topic, not a measure
MIN_WORDS = 2

# "…在GDP中之比重" / "…所占的比例" / "…中所占之比": a share with the function words of a form
_SHARE_GLUE = re.compile(r"(?:所占|之)(?:的|之)?(?=比重|比例|占比)|所占(?:的|之)?比(?![重例率])")
# "对X在Y中的占比": the 对 that opens a form's measure, no word of it
_FORM_OPENING = re.compile(r"(?:^|(?<=年|[，,：:\s]))对(?![接外标比照口象应策话])(?=[^，,。？?]{2,30}?在[^，,。？?]{1,20}?中)")


def plain_share(text: str) -> str:
    """"对X在Y中之比重" → "X在Y中比重", "X所占的比例" → "X比例": the share's function words
    dropped, so the rules read the measure the way reports print it."""
    text = _FORM_OPENING.sub("", text)
    return _SHARE_GLUE.sub(lambda m: "比重" if m.group(0).endswith("比") else "", text)


@lru_cache(maxsize=1)
def _documents_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """typed word → the alternatives of documents' words that stand for it (each all needed)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for typed, doc in pairs("measure"):
        out.setdefault(typed, []).append(tuple(doc.split()))
    return {k: tuple(v) for k, v in out.items()}


def _words(text: str) -> list[tuple[str, str]]:
    """jieba's (word, tag) pairs of two or more Chinese characters, Latin names set aside."""
    from answers.review_words import tagged

    return [(w, tag) for w, tag in tagged(_LATIN.sub("，", text)) if len(w) >= 2 and all(_CJK.match(ch) for ch in w)]


def _weighs(word: str, weight: dict[str, float]) -> bool:
    return max((weight.get(word[i:i + 2], 0.0) for i in range(len(word) - 1)), default=0.0) > 0


def unprinted_name(text: str, weight: dict[str, float]) -> str:
    """A name of the asked item (a place, a person, an organisation: jieba's tags) that the
    documents never print ("松岭县…" over reports of other places): what is asked is that
    name's, and no sentence of the documents states it. Empty when there is none."""
    return next((w for w, tag in _words(text) if tag in _NAME_TAGS and not _weighs(w, weight)), "")


def content_words(text: str, weight: dict[str, float]) -> list[str]:
    """The content words of the asked item `text`: jieba's words of two or more characters (and
    Latin names) that weigh something in `weight` (bigram → rarity, `Asked.weights`)."""
    words = _words(text)
    if not words or unprinted_name(text, weight):
        return []
    out = [w for w, _tag in words if _weighs(w, weight)]
    latin = [m.group(0) for m in _LATIN.finditer(text)]
    out += [w for w in latin if weight.get(w.lower(), 0.0) > 0]
    return list(dict.fromkeys(out))


def clause_states(words: list[str], clause: str) -> bool:
    """Whether every content word stands in `clause`, as typed or as its documents' words."""
    if len(words) < MIN_WORDS:
        return False
    low = clause.lower()
    table = _documents_words()
    return all(w.lower() in low or any(all(part in clause for part in alt) for alt in table.get(w, ()))
               for w in words)

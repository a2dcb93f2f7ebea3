"""A word typed as it was heard, read as the documents print it: "二二年全省新增5G鸡站目标"
(基站), "南昌二四年临选了几件…候选项目" (遴选), "全球一二三快货物流圈是啥意思" (123).

Voice input and pinyin keyboards write the right sound in the wrong characters, and numbers
said digit by digit come back as characters. A name of a unit, a leader or a region has its
own repair (`core.synonyms.sounds_read`, `answers.leader_sounds`); this reads the documents'
other words. Only on the not-found path (a check of `answers.pipeline`), and strictly:
- a two-character run of the question that no indexed document prints, and whose characters
  no other two-character run of the question held by the documents accounts for ("标" of
  "目标是" is in 目标, so "标是" is never read as 表示);
- the documents hold same-sound two-character runs (`core.synonyms.same_sound_bigrams`, tones
  dropped), and exactly one of them stands in the documents beside the question's own
  neighbouring character ("5G基站", "年遴选"): a look-alike that fits no context is no reading;
- the reading is no part of a unit's, a leader's or a region's name, and the typed run holds
  no character that joins words ("里" of "报告里交通": "里交" is never read as 丽交);
- a run of digits said as characters ("一二三") that the documents print in digits beside the
  same neighbouring character ("全球123快货"), never as typed, is read in digits.
The question so read is asked again; its answer, when it finds one, says how the word was read.
"""
from __future__ import annotations

import contextvars
from dataclasses import replace
from typing import Any, Callable

from answers import backends as B
from answers.compose import Answer
from answers.leader_titles import OFFICE
from core import lazy_re as re
from core.colloquial_chars_data import colloquial_map
from core.numerals import CN_DIGITS
from core.places import place_alternation
from prompts import answers as P

_CJK = re.compile(r"[\u4e00-\u9fff]")
_reading = contextvars.ContextVar("heard_words_reading", default=False)
# characters that join words rather than name a thing ("里" of "报告里交通强省"): typed as meant,
# never read as another character of their sound ("丽交")
_GLUE = frozenset("里中的了是在和与及或要把让对为有个年月日多少几那这哪啥吗呢吧说讲写提到从向给就都也还又")
# digits said one by one: two or more, no 十/百 (those are numbers said whole), no year (二四年):
# both are core.spoken's
_SAID_DIGITS = re.compile(r"[〇零一二三四五六七八九]{2,}(?![〇零一二三四五六七八九]|\s*年)")


def read_as_documents(question: str, *, bigrams: frozenset[str], holds: Callable[[str], bool],
                      names: str, rarity: Callable[[list[str]], dict[str, float]] | None = None
                      ) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The question with each word typed by its sound put in the documents' form (module doc),
    and (typed, read) for each; `names` is every unit, leader and region name, joined. Two
    readings of one character ("城桐" → 城同, "桐创" → 同创) go to the commoner word of the
    documents (`rarity`: each form's idf, lower is commoner), at a tie to the run it starts."""
    text = question or ""
    read: list[tuple[str, str]] = []
    text = _digits_read(text, holds, read)
    if not bigrams:
        return text, tuple(read)
    found: list[tuple[int, str]] = []
    for i in range(len(text) - 1):
        pair = text[i:i + 2]
        if not (_CJK.match(pair[0]) and _CJK.match(pair[1])) or pair in bigrams or _accounted(text, i, bigrams):
            continue
        if set(pair) & _GLUE or _in_office(text, i):
            continue
        form = _the_documents_form(text, i, bigrams, holds, names)
        if form is not None:
            found.append((i, form))
    if not found:
        return text, tuple(read)
    idf = rarity([f for _, f in found]) if rarity else {}
    taken: set[int] = set()
    chars = list(text)
    # commoner first; at a tie the run whose first character is the one read otherwise (临选,
    # not 年临: a slip starts the word the note names)
    for i, form in sorted(found, key=lambda f: (idf.get(f[1], 0.0), f[1][0] == text[f[0]], f[0])):
        if i in taken or i + 1 in taken:
            continue
        taken.update((i, i + 1))
        read.append((text[i:i + 2], form))
        chars[i:i + 2] = list(form)
    return "".join(chars), tuple(read)


# an office's title ("常务副市长"): a title no document prints names a person they never name,
# never a word typed by its sound ("副市" is no slip for the 府市 of "省政府市…")
_OFFICE_TITLE = re.compile(OFFICE)


def _in_office(text: str, i: int) -> bool:
    return any(m.start() <= i and i + 2 <= m.end() for m in _OFFICE_TITLE.finditer(text))


def _accounted(text: str, i: int, bigrams: frozenset[str]) -> bool:
    """Both characters of text[i:i+2] stand in another run of the question the documents hold."""
    left, right = text[max(0, i - 1):i + 1], text[i + 1:i + 3]
    return len(left) == 2 and left in bigrams and len(right) == 2 and right in bigrams


# what ends a road's or a place's name ("望仙路", "石门桥"): a reading before it names that place
_PLACE_KIND_CHARS = frozenset("路街桥村湖山河园港站塘湾渠堤岭")


def _the_documents_form(text: str, i: int, bigrams: frozenset[str], holds: Callable[[str], bool],
                        names: str) -> str | None:
    from core.synonyms import same_sound_bigrams  # the reading table: only once a word is missing

    before, after = text[i - 1:i] if i else "", text[i + 2:i + 3]
    alike = same_sound_bigrams(text[i:i + 2], bigrams)
    fits = [form for form in alike
            if (before.strip() and holds(before + form)) or (after.strip() and holds(form + after))]
    if not fits and _inside_one_word(text, i) and not set(text[i:i + 2]) & set(colloquial_map()):
        # one character slipped, the other kept ("两癌筛茶" for the 筛查 of "“两癌”免费筛查",
        # "营商环镜"): the documents' one word of that sound that keeps it, wherever it stands;
        # only inside one word of the question ("收入涨" is 收入 + 涨: "入涨" is no word to read
        # as 入长), and never a spoken character the colloquial table reads (俩 → 两)
        fits = [form for form in alike if form[0] == text[i] or form[1] == text[i + 1]]
    if len(fits) != 1:
        return None
    form = fits[0]
    # "望先路" for the reports' "望仙路" (round 53b): the reading with its neighbour is the
    # documents' own words and no name's, though 望仙 is also part of a unit's name (望仙街道)
    if after in _PLACE_KIND_CHARS and holds(form + after) and form + after not in names:
        return form
    # a name read into the question ("柳安" → 柳岸, with its neighbour) is the names' repair, not this
    if any(w in names for w in (form, before + form[0], form[1] + after) if len(w.strip()) == 2 or w == form):
        return None
    return form


def _inside_one_word(text: str, i: int) -> bool:
    """Whether text[i:i+2] lies inside one word of the question (`question_words`)."""
    from answers.abbreviated_words import question_words

    return any(start <= i and i + 2 <= start + len(word) for start, word, _thing in question_words(text))


def _digits_read(text: str, holds: Callable[[str], bool], read: list[tuple[str, str]]) -> str:
    def digits(m: re.Match) -> str:
        said = m.group(0)
        written = "".join(str(CN_DIGITS[c]) for c in said)
        before, after = text[max(0, m.start() - 1):m.start()], text[m.end():m.end() + 1]
        sides = [(b, a) for b, a in ((before, ""), ("", after)) if _CJK.match(b + a)]
        # the documents may quote the name's digits ("实施“3510”行动")
        printed = (written, "“" + written + "”")
        if not sides or any(holds(b + said + a) for b, a in sides) or \
                not any(holds(b + form + a) for b, a in sides for form in printed):
            return said
        read.append((said, written))
        return written

    return _SAID_DIGITS.sub(digits, text)


def names_text(ctx: Any) -> str:
    """Every unit, leader and region name the documents and registry know, one a line: a word
    read otherwise must be no part of one (here and in `answers.abbreviated_words`)."""
    places = re.sub(r"[()?:|\\]", " ", place_alternation())
    regions = [B.field(d, "region") or "" for d in B.documents(ctx)]
    return "\n".join([*B.unit_names(ctx), *B.leader_names(ctx), *B.unit_short_names(ctx), *regions, places])


def heard_checked(ctx: Any, question: str, ans: Answer, sub: Callable[[str], Answer]) -> Answer:
    """A not-found answer asked again with the words typed by their sound read as the documents
    print them; the new answer, with a note of each reading, when it finds one."""
    if ans.intent != "none" or not _CJK.search(question or "") or _reading.get():
        return ans  # (a question read once is never read again: each reading may make new pairs)
    text, read = read_as_documents(question, bigrams=B.bigrams_held(ctx), holds=lambda p: B.text_holds(ctx, p),
                                   names=names_text(ctx), rarity=lambda forms: B.term_rarity(ctx, forms))
    if not read or text == question:
        return ans
    token = _reading.set(True)
    try:
        again = sub(text)
    finally:
        _reading.reset(token)
    if again.intent == "none":
        return ans
    notes = "".join(P.WORD_HEARD_AS.format(typed=typed, read=form) for typed, form in read)
    return replace(again, answer=notes + "\n" + again.answer)

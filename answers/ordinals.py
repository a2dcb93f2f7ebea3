"""An ordinal in the question (a phase 二期, a line 三号线, a batch 第二批) must be the answer's.

Round 25b asked "算力中心二期啥时候开工" and was answered with a sentence listing "…壳体项目二期、
…算力中心一期…": "二期" stood in the sentence, but as another project's phase. The retrieval
filters (`answers.report_facts`, `answers.answerability`) only check that the ordinal's text is
there. This gate runs once on the answer chosen, whatever path chose it: each numbered name the
question holds must stand in the answer's evidence sentence with the same number AFTER the same
project name (the name's words largely shared, so "算力中心" is "澜溪城市算力中心" but "华勤千亿
产业园" is not "华润微MEMS传感器产业园"). A batch ("第二批") is checked by its number alone: its
project words follow it, not precede it. When no evidence passes, the answer is "not found",
naming the numbered names the document does give for that project.
"""
from __future__ import annotations

from core import lazy_re as re
from dataclasses import dataclass, replace

from answers.compose import Answer, Evidence
from answers.phases import Numbered, class_named, numbered_names
from core.bigrams import bigrams
from prompts import answers as P

# "第二批" / "第三届" / "第三人民医院": a batch, an edition, or an institution's number, counted
# before the words it qualifies; the institutions' printed tails come from the kinds table
def _counted_pattern() -> re.Pattern:
    from core.institution_kinds_data import INSTITUTION_KINDS

    tails = {f.split("{n}")[1] for _said, forms, _why in INSTITUTION_KINDS for f in forms if f.startswith("第{n}")}
    inst = "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True) if t)
    return re.compile(r"第\s*([\d一二三四五六七八九十]{1,3})\s*(批|届|" + inst + ")")


_BATCH = _counted_pattern()
# "首批" / "首届": the first, as reports print it ("入选全国首批千兆城市" answers "第一批")
_FIRST = re.compile(r"首(批|届)")
_CN = "零一二三四五六七八九十"
# the share of the question's project words (bigrams) the sentence's owner must hold
OWNER_SHARE = 0.5
_CHECKED_INTENTS = ("fact", "target")
# answers built from plan tasks: who owns one, its status or deadline
_TASK_INTENTS = ("owner", "task", "status")


@dataclass(frozen=True)
class OrdinalMiss:
    """A question's numbered name the answer does not hold, and what the evidence holds instead."""

    asked: str  # "算力中心二期"
    given: tuple[str, ...]  # ("澜溪城市算力中心一期",)


def _batches(text: str) -> list[tuple[frozenset[str], str]]:
    """Each counted number of `text` ("第二批", "第三届", "第三人民医院"): its digit and Chinese
    forms, and what it counts (批, 届, or an institution's name)."""
    out = []
    for m in _BATCH.finditer(re.sub(r"\s+", "", text or "")):
        n = m.group(1)
        forms = {n}
        if n.isdigit() and int(n) <= 10:
            forms.add(_CN[int(n)])
        elif len(n) == 1 and n in _CN:
            forms.add(str(_CN.index(n)))
        out.append((frozenset(forms), m.group(2)))
    out.extend((frozenset({"1", "一"}), m.group(1)) for m in _FIRST.finditer(re.sub(r"\s+", "", text or "")))
    return out


# words a question puts before a project's name that are no part of it ("去年那个算力中心二期")
_LEAD_FILLER = re.compile(r"^(?:[^，,。？?：:]{0,8}?(?:让|叫|要)我?(?:问下|问一下|问问|查下|查一下|核实下?)|[^，,。？?：:]{1,6}[：:]|"
                          r"麻烦|请帮忙|请问|帮我查下?|查下|问下|就是|嗯+|呃+|(?:19|20)?\d{2}年|今年|去年|明年|前年|那个|这个|那|这|咱们|我们|"
                          r"全省|全市|全县|全区|我省|我市|我县|我区|本市|本区|省里|市里|区里|县里|的)+")
# a run of this many characters shared names the same project ("算力中心" in "澜溪城市算力中心")
SHARED_RUN = 4


def _longest_run(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def same_owner(asked: str, given: str) -> bool:
    """True when the project name before the question's ordinal is the sentence's: one ends
    with the other, they share a run of SHARED_RUN characters (or all of a shorter asked name),
    or most of the asked name's bigrams stand in the given one. An empty name on either side
    ("三期谁牵头") matches any."""
    asked = _LEAD_FILLER.sub("", asked or "")
    if not asked or not given:
        # no project words on one side ("1号线北延和东延、2号线东延": 2号线's are not printed
        # before it): nothing to tell them apart by, so the number alone decides
        return True
    if _names_alike(asked, given):
        return True
    # "兰汽二期" of the table's "澜汽集团二期": one character typed by its sound (round 24d);
    # pypinyin is read only here, once the names as typed differ
    from core.synonyms import same_sound_repairs

    # (the name read must then stand in the given one whole or by a long run: a second slip is no match)
    return any(given.endswith(form) or _longest_run(form, given) >= min(SHARED_RUN, len(form))
               for form in same_sound_repairs(asked, [given]))


def _names_alike(asked: str, given: str) -> bool:
    if asked.endswith(given) or given.endswith(asked):
        return True
    if class_named(asked, given):
        return True  # "港口三期": the port the documents name by its place
    if _longest_run(asked, given) >= min(SHARED_RUN, len(asked)):
        return True
    grams = bigrams(asked)
    held = sum(1 for g in grams if g in given)
    return bool(grams) and held / len(grams) >= OWNER_SHARE


def _holds(wanted: Numbered, found: list[Numbered]) -> bool:
    return any(wanted.forms & f.forms and same_owner(wanted.owner, f.owner) for f in found)


def ordinal_miss(question: str, sentence: str) -> OrdinalMiss | None:
    """The first numbered name of `question` that `sentence` does not hold after the same
    project (see the module docstring), or None when every one stands there."""
    found = numbered_names(sentence)
    for w in numbered_names(question):
        if not _holds(w, found):
            given = tuple(sorted({f.owner + _as_written(f.forms, sentence) for f in found
                                  if f.owner and same_owner(w.owner, f.owner)}))
            return OrdinalMiss(_LEAD_FILLER.sub("", w.owner) + _as_written(w.forms, question), given)
    held = _batches(sentence)
    for b, kind in _batches(question):
        if not any(b & h and kind == k for h, k in held):
            given = tuple(sorted({_batch_written(h, k, sentence) for h, k in held if k == kind}))
            return OrdinalMiss(_batch_written(b, kind, question), given)
    return None


def _batch_written(forms: frozenset[str], kind: str, text: str) -> str:
    """"第二批" / "第三届" as `text` writes it."""
    return _as_written(frozenset("第" + f + kind for f in forms), text)


def _as_written(forms: frozenset[str], text: str) -> str:
    """The form of a number as `text` writes it ("二期", not "2期")."""
    flat = re.sub(r"\s+", "", text or "")
    return next((f for f in sorted(forms) if f in flat), min(forms))


def _text_of(ev: Evidence) -> str:
    return ev.sentence or ev.clause


def ordinal_checked(question: str, ans: Answer, place: str | None = None) -> Answer:
    """`ans` unchanged when the question names no ordinal, or some evidence of the answer (a
    report's sentence, or a plan task's text) holds every one; else a "not found" naming the
    asked project and what the document gives. A task that holds "第二届棠溪马拉松" is no answer
    to "第三届…啥时候办" (round 25c), as a report sentence is not."""
    if ans.intent in _CHECKED_INTENTS and ans.evidence:
        texts = [_text_of(ev) for ev in ans.evidence]
    elif ans.intent in _TASK_INTENTS + _CHECKED_INTENTS and ans.tasks:
        # a target or figure read off a plan task carries the task, not an evidence record
        # ("澜州地铁6号线今年进度" answered by the task "推进澜州地铁4号线、5号线建设")
        texts = [t.get("text") or "" for t in ans.tasks]
    else:
        return ans
    if place and place in question:
        question = question.replace(place, " ", 1)  # "澄川地铁1号线二期": the place names no project
    if not numbered_names(question) and not _batches(question):
        return ans
    misses = [ordinal_miss(question, t) for t in texts]
    if any(m is None for m in misses):
        return ans
    miss = misses[0]
    assert miss is not None
    given = sorted({g for m in misses if m for g in m.given})
    text = P.NONE_OTHER_ORDINAL.format(what=miss.asked)
    if given:
        text += P.NONE_OTHER_ORDINAL_GIVEN.format(given="、".join(given[:3]))
    return replace(ans, answer=text, intent="none", evidence=[], tasks=[])

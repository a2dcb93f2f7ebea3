"""A leader said by surname and office ("秦副省长", "易省长"), read as the registry's leader of
that surname; or by the office alone ("常务副省长管哪些"), read as the one leader a plan prints
with that office ("常务副省长 邵继平", round 63h).

Staff rarely type a leader's full name; they say the surname and the office. The office is no
part of the name and the registry does not record it, so the surname alone decides, and only
when exactly one leader of the registry carries it (two of one surname stay as typed, and the
question is answered as it was asked).
"""
from __future__ import annotations

from core import lazy_re as re

# compound surnames, read as one surname
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "宇文", "长孙")
# an office said with a name ("黄常务" is the 常务副省长 said short, round 67c)
# ("梁委员那边分管的几项": a 党工委委员 by his surname, round 68c)
OFFICE = r"(?:(?:常务)?副?(?:省长|市长|县长|区长|州长|镇长|乡长|主席|书记|秘书长|主任|厅长|局长|部长)|常务(?![副会委理])|委员(?!会))"


def surname(name: str) -> str:
    """"秦义" → "秦", "欧阳明" → "欧阳"."""
    return name[:2] if name[:2] in _COMPOUND and len(name) > 2 else name[:1]


def leaders_by_title(text: str, leaders: list[str] | tuple[str, ...]) -> str:
    """`text` with "秦副省长" written "秦义副省长" when 秦义 is the one leader surnamed 秦."""
    if not text or not leaders:
        return text
    by_surname: dict[str, list[str]] = {}
    for name in dict.fromkeys(leaders):
        if len(name) >= 2:
            by_surname.setdefault(surname(name), []).append(name)
    unique = {s: names[0] for s, names in by_surname.items() if len(names) == 1}
    if not unique:
        return text
    names = tuple(n for n in dict.fromkeys(leaders) if len(n) >= 2)
    text = _surname_by_sound(text, unique, set(by_surname), names)
    pattern = re.compile("(" + "|".join(sorted(map(re.escape, unique), key=len, reverse=True)) + ")(?=" + OFFICE + ")")

    def full(m: re.Match) -> str:
        name = unique[m.group(1)]
        # "易炼红省长" / "区慧敏副市长": a full name ends here (its own or another leader's whose
        # last character is a surname too), nothing to add
        if _full_name_ends(text, m.end(), names):
            return m.group(0)
        return name

    return pattern.sub(full, text)


# characters that stand before an office but are no surname ("县里的县长", "哪位副市长")
_NOT_SURNAME = set("的是哪个位副常务省市县区州正新老前原代和跟与那这该其各位")


def _full_name_ends(text: str, end: int, names: tuple[str, ...]) -> bool:
    """Whether a leader's full name, as printed or typed by its sound ("区惠敏" for 区慧敏), ends
    at `end` of `text`: its last character is no surname said alone."""
    from core.synonyms import same_sound_as

    for size in sorted({len(n) for n in names}, reverse=True):
        window = text[max(0, end - size):end]
        if len(window) == size and (window in names or same_sound_as(window, names)):
            return True
    return False


def _surname_by_sound(text: str, unique: dict[str, str], surnames: set[str], names: tuple[str, ...] = ()) -> str:
    """"蓝县长" → "兰县长" when 兰 is the one registry surname of that sound and no leader is
    surnamed 蓝: staff type by voice, and the office says a leader is meant (round 45d)."""
    from core.synonyms import same_sound_as

    def heard(m: re.Match) -> str:
        typed = m.group(1)
        if typed in surnames or typed in _NOT_SURNAME or _full_name_ends(text, m.end(), names):
            return typed
        alike = same_sound_as(typed, [s for s in unique if len(s) == 1])
        return alike[0] if len(alike) == 1 else typed

    return re.sub("([\u4e00-\u9fff])(?=" + OFFICE + ")", heard, text)


# what may stand right before an office said alone: nothing of a name ("常务副省长管哪些",
# "问下省长亲自领衔的"); a surname before it is `leaders_by_title`'s
_BEFORE_OFFICE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[的是那这该位个下查问请]))")


# "25年那个报告是哪个市长作的" (round 67b): the office of whoever delivered a report, of its own
# year, never the plan's leader who holds that office now
_SPEAKER_ASKED = re.compile(r"报告[^，,。？?]{0,12}(?:作|做|讲|念|宣读)的|(?:作|做|讲|宣读)的?(?:政府工作)?报告")


# an office that opens a noun of its own ("市长热线12345接了多少件", round 67a; "市长信箱", "省长质量奖"):
# a service or an award, no person
_OFFICE_COMPOUND = r"(?!热线|信箱|公开电话|专线|质量奖|奖|办公会|专题会|接待日|基金|工程)"


# "常务分管的" / "常务那边负责的": 常务 alone, before a verb of owning (never "常务会议")
_EXECUTIVE_ALONE = re.compile(r"(?<![\u4e00-\u9fff])常务(?=\s*(?:分管|管|负责|牵头|主抓|抓|督办|联系|那边|那几|的任务|的工作))")


def leaders_by_office(text: str, offices: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    """`text` with an office said alone written with its holder's name ("常务副省长" → "邵继平常务
    副省长") when the plans print exactly one leader with that office; as typed otherwise."""
    if not text or not offices or _SPEAKER_ASKED.search(text):
        return text
    holders: dict[str, set[str]] = {}
    for name, office in offices:
        holders.setdefault(office, set()).add(name)
    unique = {office: next(iter(names)) for office, names in holders.items() if len(names) == 1}
    if not unique:
        return text
    # "常务分管的任务" (round 70b): the executive deputy said by 常务 alone, when one leader holds it
    executive = {office for office in unique if office.startswith("常务")}
    if len(executive) == 1 and (alone := _EXECUTIVE_ALONE.search(text)):
        office = next(iter(executive))
        text = text[:alone.start()] + unique[office] + office + text[alone.end():]
    # the longest office first: "常务副省长" is never read as its "省长"
    # ("哪个副省长督办": the office asked, never named, round 68h)
    pattern = re.compile(r"(?<!哪个)(?<!哪位)(?<!哪一位)" + _BEFORE_OFFICE.pattern + "(" + "|".join(sorted(map(re.escape, holders), key=len, reverse=True)) + ")"
                         + _OFFICE_COMPOUND)

    def named(m: re.Match) -> str:
        office = m.group(1)
        return unique[office] + office if office in unique else office

    return pattern.sub(named, text)

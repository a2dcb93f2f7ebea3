"""Which region a question is about: a province (江西/全省/省里/我省) or a city (南昌/赣州 …).

Place names are data in `core.places` (shared with ingestion). A city name only scopes
the question when it stands as the subject ("南昌今年…", "赣州23年…", "抚州市…",
"南昌报告里…"); inside a project name ("赣州国际陆港") it is part of what is asked about.
"全省/省里/我省" mean the home province (the one the ingested documents belong to); "我市"
means the deployment's default region when one is configured.
"""
from __future__ import annotations

from core import lazy_re as re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from core.places import CITIES, NICKNAMES, PROVINCES, autonomous_base, is_province, own_name, place_alternation

_HOME_WORDS = ("全省", "我省", "省里", "本省", "省内", "省级层面")
# "22年省报告" / "省政府工作报告里" / "省里的报告": the home province's own document
# "24年省报告" / "那个省人代会" (the meeting that hears the province's report)
# "省两会那份报告" / "省级政府工作报告" / "那份省报告": the level's own report, said without a name;
# where no place name precedes it (a name before 市 names that city: "南昌市政府工作报告")
_LEVEL_DOC = (r"(?:^|(?<=[年\s，,：:个的份按据照在看查问翻要用是]))({level}(?:里|级)?)(?:的)?(?:两会|人代会|人大会)?(?:上)?"
              r"(?:的|那份|那个)?(?:政府)?(?:工作)?(?:报告|文件|人代会|人大会|两会)")
_HOME_DOC = re.compile(_LEVEL_DOC.format(level="省"))
# "省23年政府工作报告…" / "省24年GDP目标": 省 alone as the question's first word, its year next, is
# the home province; read as nothing it let a city's report answer what the province set (round 33a)
_HOME_LEAD = re.compile(r"^\s*(?:(?:请问|问一下|问下|想问|请|帮我查|帮我|查一下|麻烦)(?:一下)?[，,：:\s]*)*(?P<word>省)"
                        r"(?=\s*(?:(?:19|20)?\d{2}\s*年|[二〇一零]{2,4}年|今年|去年|明年|前年|本年))")
# "市政府工作报告" / "市两会报告" / "市级报告" with no city named: a city's report, never the province's
_CITY_DOC = re.compile(_LEVEL_DOC.format(level="市"))
_CITY_SELF = ("我市", "本市", "全市", "市里", "我县", "本县", "全县", "县里", "我区", "本区", "全区", "我州", "本州", "全州", "州里")
# "全省唯一/全省第一/居全省前列" ranks a place within the province; it does not ask about the province
_RANKING = re.compile(
    r"(全省|省内)(排名|排在|排|位居|居于|居|位列)?(唯一|第[一二三四五六七八九十\d几]|前列|首个|首家|首批|领先|最|之最|率先)"
    # "在全省排名多少": a rank within the province, asked of a city
    r"|(全省|省内)(排名|位次|名次)"
    # "增速在全省各县市区排第几": the province is where a place ranks, not the scope
    r"|在(全省|省内)[^，,？?。]{0,12}?(排|居|位列|位次|名次|领先)"
    # "占全省比重": the province is the base of a share, not the scope
    r"|占(全省|省内)[^，,？?。]{0,6}?(比重|比例|份额|的|多少|几|百分之|[？?。]|$)"
)
# what may follow a city name when the name scopes the question
_SCOPE_AFTER = re.compile(
    r"^(市|今年|去年|明年|前年|本年|\d|[二〇一]{2}|的(?!.{0,3}(项目|工程|大桥|机场|陆港))|报告|政府|全市|在|有|是|这边|方面|地区|"
    r"[A-Za-z]|经济|社零|规上|固投|城镇|农村|居民|人均|一般|财政|粮食|工业|中心城区|主城区|城区|市区|全域|县域|辖区|[，,？?。 ]|$)"
)
_STRONG_AFTER = re.compile(r"^(市|今年|去年|明年|前年|\d|[二〇一]{2}|的(GDP|gdp|目标|经济|报告)|报告|政府)")
# "2022年赣州民生支出": a city right after the year scopes the question …
# (after the subject too: "老旧小区改造今年南昌计划多少个" names 南昌 as "今年南昌…" does)
_YEAR_BEFORE = re.compile(r"(^|[，,]|[\u4e00-\u9fffA-Za-z])\s*((?:19|20)?\d{2}\s*年|今年|去年|明年|前年)(的)?$")
# … unless it names a thing in that city ("2021年赣州国际陆港…")
_THING_AFTER = re.compile(r"^(国际|陆港|港|综保区|经开区|高新区|新区|机场|站|大桥|高铁|铁路|高速|电厂|电站|水库|枢纽|码头|都市圈|实验室|大学|学院|银行|海关|医院|中心|园|片区|市政府|市委)")
# a unit named after a place ("江西银保监局", "南昌轨道交通集团"); a kind of firm ("南昌上市公司",
# "赣州规上企业") is what the place has, and the place stays the question's scope
_UNIT_AFTER = re.compile(r"^省?(?!(?:上市|挂牌|国有|民营|外资|外商|中小|小微|科技型|规上|规模以上)(?:公司|企业))"
                         r"(?:[\u4e00-\u9fff]{0,4}(?:厅|委|局|办|公司|集团))")


# what may stand before the subject of a question: nothing, or a polite opening ("请问一下，")
_OPENING = re.compile(r"\s*(?:(?:请问|问一下|问下|想问|请|帮我查|帮我|查一下|麻烦|你好)(?:一下)?[，,：:\s]*)*")
_BRACKETED = re.compile(r"[（(][^（）()]{1,8}[)）]")
# "南昌…多少，跟省里一样3%？" (round 54a): the level compared with is not the one asked of
_COMPARED_WITH = re.compile(r"(?:跟|和|与|同)(?:省里|全省|省上|市里|全市|县里|全县|区里|全区)的?(?:目标|指标)?"
                            r"(?=(?:是不是|是否)?(?:一样|相同|一致|差不多|持平))")


@dataclass
class RegionRef:
    name: str | None  # canonical: 江西省 / 南昌市 / 抚州市 / 湖南省
    mentioned: str | None = None  # as typed
    default_used: bool = False


def home_province(regions: Iterable[str | None]) -> str | None:
    """The province most documents belong to (a city counts for its province)."""
    votes: Counter[str] = Counter()
    city_full = {full: prov for full, prov in CITIES.values()}
    for r in regions:
        if not r:
            continue
        if is_province(r):
            votes[r] += 1
        elif r in city_full:
            votes[city_full[r]] += 1
    return votes.most_common(1)[0][0] if votes else None


def without_comparison(text: str) -> str:
    """The text without a level it is compared with ("跟省里一样"): no scope, no requirement asked."""
    return _COMPARED_WITH.sub(" ", text or "")


# a city or county typed first by its full name, then a year or its report: the question's scope
_UNHELD_PLACE = re.compile(r"^\s*(?P<name>(?:(?![全我本该咱这那每各年月今去前明市县省区])[\u4e00-\u9fff]){1,3}(?<![城都])(?:市|县|省))"
                           r"(?=今年|去年|前年|明年|全省|全市|全县|(?:19|20)?\d{2}\s*年|[二〇零一三四五六七八九]{2,4}年|的?(?:GDP|gdp|政府|报告))")


def place_listed(name: str) -> bool:
    """Whether `name` is a province or city of the place list (core.places), not a name read
    only from how it was typed."""
    return name in PROVINCES.values() or any(full == name for full, _ in CITIES.values())


_KNOWN_PROVINCES = frozenset(PROVINCES.values())


def parse_region(
    text: str, *, default_region: str | None = None, home: str | None = None, known: Iterable[str | None] = ()
) -> RegionRef:
    """`known`: regions of the ingested documents, so a county or a place missing from the
    place list ("示例市", "南康区") is recognised the same way as a city.

    A place in brackets is part of a name ("中国（江西）工业互联网大会", "国家（赣州）…中心"),
    not the question's scope: it is masked before any place is looked for."""
    text = _BRACKETED.sub(lambda m: "□" * len(m.group(0)), text)
    text = _COMPARED_WITH.sub(lambda m: "□" * len(m.group(0)), text)
    # a province by name (江西, 江西省, 湖南) — not when it starts a unit name (江西银保监局)
    for short, full in PROVINCES.items():
        for m in re.finditer(short, text):
            after = text[m.end():]
            if _UNIT_AFTER.match(after) and not re.match(r"^省?(今年|去年|\d|的)", after):
                continue
            return RegionRef(full, text[m.start(): m.end() + (1 if after.startswith(("省", "市")) else 0)])
    if home and any(w in _RANKING.sub("", text) for w in _HOME_WORDS):
        word = next(w for w in _HOME_WORDS if w in text)
        return RegionRef(home, word)
    if home and (m := _HOME_DOC.search(text)):
        return RegionRef(home, m.group(1))
    if home and (m := _HOME_LEAD.match(text)):
        return RegionRef(home, m.group("word"))
    # a city as the subject
    found: list[tuple[int, RegionRef]] = []
    places = dict((short, (full, prov)) for short, (full, prov) in CITIES.items())
    for name in known:
        # (a province the place list lacks, "岚江省" of a document, is typed by its name as a city is)
        if name and name not in _KNOWN_PROVINCES and _short(name) not in places:
            places[_short(name)] = (name, "")
    for short, (full, _prov) in places.items():
        for m in re.finditer(short, text):
            after = text[m.end():]
            # the full name as typed ("青溪县…", "南昌市…") scopes the question, unless a unit follows
            own = own_name(full)  # "澜川市柳湾区" is typed "柳湾区…"
            suffix = own[len(short):] if own.startswith(short) and own != short else "市"
            if suffix and after.startswith(suffix) and not _UNIT_AFTER.match(after[len(suffix):]) or _STRONG_AFTER.match(after):
                found.append((0, RegionRef(full, short + (suffix if suffix and after.startswith(suffix) else ""))))
            elif m.start() <= 2 and _SCOPE_AFTER.match(after):
                found.append((1, RegionRef(full, short)))
            elif _YEAR_BEFORE.search(text[: m.start()]) and not _THING_AFTER.match(after):
                found.append((1, RegionRef(full, short)))
            elif _OPENING.fullmatch(text[: m.start()]) and not _UNIT_AFTER.match(after) and not _THING_AFTER.match(after):
                # the first word of the question is its subject ("赣州新能源…营收多少")
                found.append((2, RegionRef(full, short)))
    if found:
        return sorted(found, key=lambda x: x[0])[0][1]
    if m := _UNHELD_PLACE.match(text):
        # "沄州市今年GDP目标" with no document of 沄州市: a place typed as the scope, full name and
        # a year or the report after it, is the scope still; no document of it answers
        return RegionRef(m.group("name"), m.group("name"))
    if default_region and (said := city_level_said(text)):
        return RegionRef(default_region, said, default_used=True)
    return RegionRef(None)


def level_documents_said(text: str) -> list[str]:
    """"省两会报告" / "市级政府工作报告" as typed: the document named by its level, which says
    where to look and is no word of what is asked."""
    return [m.group(0) for pattern in (_HOME_DOC, _CITY_DOC) for m in pattern.finditer(text)]


def city_level_said(text: str) -> str | None:
    """The words that scope a question to a city's own documents without naming the city:
    "我市/全市/市里…", or its report said by level ("市政府工作报告", "市两会报告", "市级报告").
    Then the province's report answers nothing of it (the default city, else the cities')."""
    if word := next((w for w in _CITY_SELF if w in text), None):
        return word
    m = _CITY_DOC.search(text)
    return m.group(1) if m else None


_LEVEL_SELF = re.compile(r"(?:我|全|本)(县|区|市|省|州)(?!长)|(?<![城乡])(县|区|市|省|州)里|(县|区|市|省|州)政府")


def level_said(text: str) -> str | None:
    """The level a question points at without naming its place ("县里的困难", "全区", "市政府"):
    县/区/市/省/州, or None."""
    m = _LEVEL_SELF.search(text or "")
    return next((g for g in m.groups() if g), None) if m else None


# "全省社零…" / "我省…" / "省里…": the question scoped to the province; "在全省…排第几" compares
# with the province, it does not ask of it
_PROVINCE_SELF = re.compile(r"(?<![在居列排于])(?:我|全|本)省(?!长)|(?<![城乡在])省里")


def province_said(text: str) -> bool:
    """Whether the question points at the province's own documents without naming it."""
    return bool(_PROVINCE_SELF.search(text or ""))


def of_level_said(text: str, regions: Iterable[str | None]) -> set[str]:
    """The regions whose level is the one the question points at ("去年我区…" over a district's
    and its city's reports: the district's; "我市…": the city's); empty when it points at none
    or none is of that level."""
    level = level_said(text)
    if level not in ("县", "区", "市", "州"):
        return set()
    return {r for r in regions if r and not is_province(r) and own_name(r).endswith(level)}


def same_region(a: str | None, b: str | None) -> bool:
    """'南昌' == '南昌市', '江西' == '江西省'."""
    if not a or not b:
        return False
    return _short(a) == _short(b)


def _short(name: str) -> str:
    name = autonomous_base(own_name(name))  # "澜州市枫湾区" is asked as 枫湾区, "雾溪苗族侗族自治州" as 雾溪
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治县", "省", "市", "县", "区", "旗"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name



# a clause's start, or right after its year ("2024年洪城…"): where a region stands
_CLAUSE_START = r"(?:^|(?<=[，,？?。；;！!\s])|(?<=\d年)|(?<=\d年的))"
_YEAR_NEXT = r"(?=\s*(?:(?:19|20)?\d{2}\s*年|今年|去年|明年|前年))"


_HOME_OR_PLACE = "|".join(_HOME_WORDS) + "|" + place_alternation()


def _nickname_pattern() -> re.Pattern:
    many = sorted((n for n, _p, _w in NICKNAMES if len(n) > 1), key=len, reverse=True)
    one = "".join(n for n, _p, _w in NICKNAMES if len(n) == 1)
    return re.compile(
        # "洪城24年…" / "2024年洪城的GDP": a place's other name where the region stands
        # "洪城和省里各多少" / "省里和洪城分别…": a region of a list of two, then the ask of each
        r"(?:" + _CLAUSE_START + r"|(?<=[和与跟、]))"
        + "(?P<many>" + "|".join(many) + r")(?:大地)?(?=\s*(?:今年|去年|明年|前年|\d|[二〇一]{2}年|的|市|报告|政府|全市|全省|省|"
        r"经济|[A-Za-z]|[，,？?。 ]|$|[和与跟、]\s*(?:" + _HOME_OR_PLACE + r")|各|分别|两地))(?!\s*的?(?:" + _THING_AFTER.pattern[2:-1] + "))"
        # "赣24年…": a one-character 简称 is a region only at a clause's start, its year next
        + r"|(?:^|(?<=[，,？?。；;\s]))(?P<one>[" + one + "])" + _YEAR_NEXT
    )


_NICKNAME = _nickname_pattern()
_NICKNAME_PLACE = {n: place for n, place, _why in NICKNAMES}


def read_nicknames(text: str) -> str:
    """"洪城24年GDP目标" → "南昌24年GDP目标", "赣鄱(大地)2024年…" → "江西2024年…": a place's other
    name (`core.places.NICKNAMES`) read as the place where it stands as the question's region;
    inside a name ("洪城大市场", "赣江新区", "赣州") it is left as typed."""
    return _NICKNAME.sub(lambda m: _NICKNAME_PLACE[m.group("many") or m.group("one")], text)


# things a place's name qualifies ("景德镇机场", "南昌地铁5号线", "赣州国际陆港"): that place's
# own thing, not the same kind of thing elsewhere
_QUALIFIED_THING = re.compile(
    r"^(?:的)?((?:国际)?(?:机场|地铁|轨道交通|陆港|综保区|经开区|高新区|新区|大桥|高铁站|高铁|铁路|高速|"
    r"电厂|电站|水库|枢纽|码头|港|实验室|大学|学院|医院))")


def place_things(text: str, known: Iterable[str | None] = ()) -> list[tuple[str, str]]:
    """(place as typed, thing) for each place name followed by a thing it qualifies."""
    shorts = set(CITIES) | {_short(n) for n in known if n and not is_province(n)}
    out = []
    for short in shorts:
        if short not in text:
            continue  # the cheap test first: a question names few of the places
        for m in re.finditer(re.escape(short), text):
            t = _QUALIFIED_THING.match(text[m.end():])
            if t:
                out.append((short, t.group(1)))
    return out


def stands_with(place: str, thing: str, text: str) -> bool:
    """Whether one list item of `text` (between 、，；。) names both the place and the thing."""
    return any(place in item and thing in item for item in re.split(r"[、，,；;。：:]", re.sub(r"\s+", "", text)))


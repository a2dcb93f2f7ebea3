"""Cut a cleaned report into retrieval chunks that follow its structure.

A chunk never crosses a section ("二、2024年工作安排 › （一）…"): an answer
taken from it then belongs to one topic and one year. Chunks are cut at
sentence ends (。；！？) and carry a "document｜section" header, the largest
single gain in retrieval measured on our question set (the body rarely repeats
"南昌" or "2024年", the header does). The glossary (名词解释/注释) becomes one
chunk per entry, since it answers "X是什么意思".
"""
from __future__ import annotations

import hashlib
from core import lazy_re as re
from dataclasses import dataclass

from core.ledger_words import GROUP_LABEL
from retrieval.clean import is_chapter_heading

# Chosen by measurement on tests/data/retrieval_questions.json (docs/benchmarks/
# retrieval.md): BM25 hit@5 rises from .958 at 120 characters to 1.0 at 400 and
# falls again above; e5 reads up to 512 tokens, and 400 characters stay well below.
MAX_CHARS = 400

SECTION_SEP = " › "
HEADER_SEP = "｜"
GLOSSARY = "名词解释"

# A part above the numbered sections ("第二部分 2025年工作安排", "第三章 …"); some
# reports group "一、…" sections under parts and restart the numbering in each.
_PART = re.compile(r"^第([一二三四五六七八九十]{1,3})(?:部分|篇|章)\s*(.*)$")
_LEVEL1 = re.compile(r"^([一二三四五六七八九十]{1,3})[、．.]\s*(.+)$")
_LEVEL2 = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.+)$")
_GLOSSARY_HEAD = re.compile(r"名词解释|名词注释|名词解读|释义|^《?政府工作报告》?注释$|注释$")
# a progress ledger's group row ("牵头单位：县交通运输局", one cell across the sheet): the unit is
# the section of the rows under it (answers/unit_ledger.py), never glued to its first row
_GROUP_ROW = re.compile(rf"^{GROUP_LABEL}\s*[\u4e00-\u9fff（）()]{{2,30}}$")
_ENTRY = re.compile(r"^(\d{1,3})\s*[.．、]\s*(.+)$")
_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]+[”’」』）)]*|[^。！？；!?;]+$")
_YEAR = re.compile(r"(\d{4})年")
_REVIEW_HEADING = re.compile(r"(回顾|总结|过去一年|过去的一年|一年来|上年|去年)")
# The report has begun: a sentence, the salutation ("各位代表："), the speaker's line
# ("市长  陈某某") or the delivery line ("…会议上"); what comes before is its title.
_BEGUN = re.compile(r"[。！？!?：:]|(?:省长|市长|县长|区长|州长|主席|旗长|盟长)\s*\S{0,4}$|会议上\s*[)）]?$")


@dataclass
class Chunk:
    seq: int
    section: str
    span_year: int | None  # the year this section speaks of ("一、2023年工作回顾" → 2023)
    text: str
    header: str
    id: str = ""

    @property
    def indexed_text(self) -> str:
        """What the lexical and dense indexes see: the header, then the text."""
        return f"{self.header}\n{self.text}"


def chunk_document(text: str, *, title: str, doc_key: str, year: int | None, max_chars: int = MAX_CHARS) -> list[Chunk]:
    """Split cleaned text (one paragraph per line) into chunks; ids are stable per content."""
    pieces: list[tuple[str, int | None, list[str]]] = []  # (section, span_year, paragraphs)
    part = level1 = level2 = ""
    span_year = part_year = year
    seen_level1 = False
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    chapters = _chapter_headings(paragraphs)
    in_glossary = marked = False
    current: list[str] = []

    def flush(section: str) -> None:
        nonlocal current
        if current:
            pieces.append((section, span_year, current))
        current = []

    def section_path() -> str:
        return SECTION_SEP.join(p for p in (part, level1, level2) if p)

    for index, para in enumerate(paragraphs):
        if in_glossary:
            from retrieval.glossary_marks import bare_entry, entry_rest  # "注1 X：…" / "X：…"

            rest = entry_rest(para)
            if rest is None and (not current or not marked):
                rest = bare_entry(para)  # unmarked entries, one a paragraph
            else:
                marked = marked or rest is not None
            if rest is None and not marked and _term_alone(para, paragraphs[index + 1:index + 2]):
                # "链长制" on a line of its own, its explanation the paragraph below (a glossary
                # published as a file of its own, the term in bold, round 67d)
                flush(section_path())
                level2, current = para, [f"{para}："]
            elif rest is not None:
                flush(section_path())
                level2 = _entry_term(rest)
                current = [para]
            elif current:
                current[-1] += para  # an entry the extraction split in two
            continue
        if len(para) <= 30 and _GLOSSARY_HEAD.search(para) and "。" not in para:
            flush(section_path())
            in_glossary, part, level1, level2, span_year = True, "", GLOSSARY, "", year
            continue
        if para in ("附件", "附录"):
            continue
        mp = _PART.match(para)
        if (mp and len(para) <= 40 and "。" not in para[:-1]) or index in chapters:
            seen_level1 = True
            flush(section_path())
            part, level1, level2 = para.rstrip("。"), "", ""
            span_year = part_year = _heading_year(para, year, year)
            continue
        m1 = _LEVEL1.match(para)
        if m1 and len(para) <= 40 and "。" not in para[:-1]:
            if not seen_level1 and m1.group(1) != "一" and year and (pieces or current):
                # The text starts mid-report (a clipped newspaper page): what came
                # before the first heading we see is the review of the previous year.
                pieces[:] = [(s, year - 1, p) for s, _, p in pieces]
                if current:
                    pieces.append((section_path(), year - 1, current))
                    current = []
            seen_level1 = True
            flush(section_path())
            level1, level2 = para.rstrip("。"), ""
            # Inside a part, a section without a year speaks of the part's year.
            span_year = _heading_year(para, year, part_year if part else year)
            continue
        if _GROUP_ROW.match(para):
            flush(section_path())
            level2 = para
            continue
        m2 = _LEVEL2.match(para)
        if m2:
            flush(section_path())
            level2 = _heading_of(para)
        current.append(para)
    flush(section_path())

    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for section, span, paragraphs in pieces:
        header = f"{title}{HEADER_SEP}{section}" if section else title
        for body in _pack(paragraphs, max_chars, glossary=section.startswith(GLOSSARY)):
            key = f"{doc_key}\x00{section}\x00{body}"
            n = seen.get(key, 0)
            seen[key] = n + 1
            cid = hashlib.sha1(f"{key}\x00{n}".encode()).hexdigest()[:20]
            chunks.append(Chunk(seq=len(chunks), section=section, span_year=span, text=body, header=header, id=cid))
    return chunks


def _chapter_headings(paragraphs: list[str]) -> set[int]:
    """The positions of unnumbered chapter headings ("过去一年的主要工作", "2025年总体要求和
    主要任务", `clean.is_chapter_heading`), read as parts like "第一部分": only once the
    report has begun (`_BEGUN`), so a title never is one; and, in a report that numbers
    its chapters "一、", only where the numbering restarts under it ("一、" next) or, after
    such a chapter, where no numbered heading follows. An unnumbered line inside a
    numbered section ("推进重大项目建设") stays text."""
    numbered = [i for i, p in enumerate(paragraphs) if _is_numbered_heading(p)]
    found: set[int] = set()
    begun = False
    for i, para in enumerate(paragraphs):
        if begun and is_chapter_heading(para):
            after = next((paragraphs[j] for j in numbered if j > i), None)
            first = _LEVEL1.match(after) if after else None
            if not numbered or (first and first.group(1) == "一") or (found and after is None):
                found.add(i)
        begun = begun or bool(_BEGUN.search(para))
    return found


def _is_numbered_heading(para: str) -> bool:
    """A part ("第一部分…") or a numbered section ("一、…") heading standing alone."""
    return bool((_PART.match(para) or _LEVEL1.match(para)) and len(para) <= 40 and "。" not in para[:-1])


def _heading_year(heading: str, year: int | None, default: int | None) -> int | None:
    """The year a heading speaks of: the one it names; for a review ("一、过去一年的工作")
    the year before the plan year; else the default."""
    years = _YEAR.findall(heading)
    if years:
        return int(years[0])
    if year and _REVIEW_HEADING.search(heading):
        return year - 1
    return default


def _heading_of(para: str) -> str:
    """"（一）经济运行回升向好。制定实施…" → "（一）经济运行回升向好"."""
    head = re.split(r"[。；;]", para, maxsplit=1)[0]
    return head[:60]


# a term printed alone on its line: words, quotes, letters and digits, no stop, no date
_TERM_ALONE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“”\"'‘’+＋·（）()\-]{2,20}")
_NOT_A_TERM = re.compile(r"^\d{4}\s*年|(?:研究室|办公室|办公厅|人民政府|政府)$")


def _term_alone(para: str, after: list[str]) -> bool:
    """A glossary's term on its own line, the next paragraph its explanation (a sentence of its
    own, longer than a term); never the issuer or the date under the file's title."""
    return (bool(_TERM_ALONE.fullmatch(para)) and not _NOT_A_TERM.search(para) and bool(after)
            and len(after[0]) >= 20 and "。" in after[0] and not _TERM_ALONE.fullmatch(after[0]))


def _entry_term(rest: str) -> str:
    term = re.split(r"[：:]", rest, maxsplit=1)[0]
    return term[:40] if len(term) <= 40 else term[:20]


def split_sentences(text: str) -> list[str]:
    return [s for s in (m.group(0).strip() for m in _SENTENCE.finditer(text)) if s]


def _pack(paragraphs: list[str], max_chars: int, *, glossary: bool) -> list[str]:
    """Greedy packing of whole sentences up to max_chars; a new paragraph starts a new
    chunk once the current one is at least half full, so topics stay apart."""
    if glossary:
        max_chars = max(max_chars, 600)  # one entry, one chunk, as far as possible
    out: list[str] = []
    buf = ""
    for para in paragraphs:
        if buf and len(buf) >= max_chars // 2:
            out.append(buf)
            buf = ""
        elif buf:
            buf += "\n"
        for sentence in split_sentences(para):
            for piece in _split_long(sentence, max_chars):
                if buf and len(buf.replace("\n", "")) + len(piece) > max_chars:
                    out.append(buf)
                    buf = ""
                buf += piece
    if buf:
        out.append(buf)
    return [b.strip() for b in out if b.strip()]


def _split_long(sentence: str, max_chars: int) -> list[str]:
    if len(sentence) <= max_chars:
        return [sentence]
    parts = re.findall(r"[^，,、]*[，,、]|[^，,、]+$", sentence)
    out, buf = [], ""
    for part in parts:
        if buf and len(buf) + len(part) > max_chars:
            out.append(buf)
            buf = ""
        while len(part) > max_chars:
            out.append(part[:max_chars])
            part = part[max_chars:]
        buf += part
    if buf:
        out.append(buf)
    return out

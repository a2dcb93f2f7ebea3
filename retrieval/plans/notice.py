"""The covering notice printed before a plan's table: its own words are searched like a report's.

A plan comes with a notice (印发通知): the requirements on every unit (提高政治站位 / 压实工作责任…),
when progress is reported (每季度最后一个月25日前), which lead unit is the main one. Staff ask about
it ("分工通知里要求几号前报推进方案"), and the table's rows never hold it. The notice is the text
before the first task of the table (an xlsx's notice sheet comes first too); lines the table
prints (its header, its tasks) are not part of it.
"""
from __future__ import annotations

from core import lazy_re as re

# the notice is read up to this many characters: a notice is one or two pages
MAX_NOTICE_CHARS = 6000
# a notice shorter than this (a title and a date) holds nothing to search
MIN_NOTICE_CHARS = 40
_HEADER = re.compile(r"序号|工作任务|牵头单位|责任单位|协办单位|配合单位|牵头领导|责任领导|完成时限|完成时间")
_HEADER_MAX = 40  # a header line is short and names two columns at least


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text)


# what a plan says after its last task: its own heading ("三、工作要求") or a note row ("说明：…",
# an xlsx's last row) — how progress is reported, as a notice before the table says it too
_CLOSING = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、．.]\s*)?(?:说明|备注|附注|填报说明|工作要求|有关要求|相关要求|"
                      r"保障措施|组织保障|工作保障|注)\s*[：:。]?")


def _closing_lines(lines: list[str], starts: list[str]) -> list[str]:
    """The lines from the first closing heading or note after the table's last task on."""
    last = max((i for i, line in enumerate(lines) if any(s and s in _plain(line) for s in starts)), default=-1)
    if last < 0:
        return []
    for i in range(last + 1, len(lines)):
        if _CLOSING.match(lines[i]):
            return [line.strip() for line in lines[i:] if line.strip()]
    return []


def notice_text(text: str, task_texts: list[str]) -> str:
    """The lines of `text` before the table's header or its first task, each once; "" when that
    leaves too little to search."""
    starts = [_plain(t)[:10] for t in task_texts if len(_plain(t)) >= 10]
    kept: list[str] = []
    for line in text.splitlines():
        flat = _plain(line)
        if any(s and s in flat for s in starts):
            break
        if len(flat) <= _HEADER_MAX and len(set(_HEADER.findall(flat))) >= 2 and not re.search(r"[，。；]", flat):
            break  # the table's header (two columns named, no sentence): the table begins
        # a merged cell read once per cell it covers prints its line again: once is enough
        if flat and (not kept or _plain(kept[-1]) != flat):
            kept.append(line.strip())
    kept += [line for line in _closing_lines(text.splitlines(), starts) if not kept or line != kept[-1]]
    notice = "\n".join(kept)[:MAX_NOTICE_CHARS]
    return notice if len(re.findall(r"[\u4e00-\u9fff]", notice)) >= MIN_NOTICE_CHARS else ""

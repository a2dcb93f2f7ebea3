"""A fictional town plan (青石镇, 2024; every name invented) written in every shape a plan
arrives in — a DOCX table, a CSV, column-aligned PDF text, paragraphs with owner brackets,
labelled-field blocks — each with the same cover ("方案共明确N项重点工作") and section
headings ("一、…（3项）"), so tests can check that every shape reads the same tasks, region
and count warnings. Options print what a PDF prints: letter-spaced labels ("牵 头 单 位：")
and header cells ("序 号", "牵头 单位").

`write(folder, shape, total=…, declared=…, spaced=…)`: `total` is the count the cover states,
`declared` the counts the section headings state (None: no count printed); the tasks are
always the five of `TASKS`, so a stated count other than theirs is a disagreement.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

TITLE = "青石镇2024年政府工作报告重点工作责任分工方案"
ISSUER = "青石镇人民政府"
SECTIONS = ["壮大镇域经济", "增进民生福祉"]


@dataclass
class Task:
    code: str
    text: str
    leader: str
    lead: str
    co: list[str]


TASKS = [
    Task("1.1", "推进农产品加工园二期建设，全年完成固定资产投资2.6亿元。", "周怀远", "镇经济发展办", ["镇规划建设办", "镇财政所"]),
    Task("1.2", "新增茶叶标准化种植基地1200亩。", "林晓岚", "镇农业农村办", ["各村（社区）"]),
    Task("1.3", "完成老街立面改造，改造雨污管网3.5公里。", "陈嘉木", "镇规划建设办", ["镇综合执法队"]),
    Task("2.1", "新增城镇就业300人，开展技能培训500人次。", "宋清禾", "镇社会事务办", ["镇党政办"]),
    Task("2.2", "建成村级养老服务站4个。", "宋清禾", "镇社会事务办", ["镇财政所", "各村（社区）"]),
]
SHAPES = ("table", "csv", "columns", "paragraphs", "fields")


def truth() -> list[tuple[str, str, list[str], list[str], list[str]]]:
    return [(t.code, t.text, [t.leader], [t.lead], t.co) for t in TASKS]


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


def _space(word: str, spaced: bool) -> str:
    return " ".join(word) if spaced else word


def _sections(declared: list[int | None] | None) -> list[tuple[int, str, list[Task]]]:
    out = []
    for n, title in enumerate(SECTIONS, start=1):
        count = (declared or [None] * len(SECTIONS))[n - 1]
        heading = f"{_cn(n)}、{title}" + (f"（{count}项）" if count is not None else "")
        out.append((n, heading, [t for t in TASKS if t.code.startswith(f"{n}.")]))
    return out


def _cover(total: int | None) -> list[str]:
    said = f"方案共明确{total}项重点工作，" if total is not None else ""
    return [f"{ISSUER}关于印发{TITLE}的通知", "各村（社区），镇直各单位：",
            f"现将《{TITLE}》印发给你们，{said}请认真抓好落实。", ISSUER, "2024年3月12日", "附件", TITLE]


def write(folder: Path, shape: str, *, total: int | None = None, declared: list[int | None] | None = None,
          spaced: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return {"table": _docx, "csv": _csv, "columns": _columns, "paragraphs": _paragraphs, "fields": _fields}[shape](
        folder, total, declared, spaced)


def _docx(folder: Path, total, declared, spaced) -> Path:
    import docx

    header = ["序号", "工作任务", "责任领导", "牵头单位", "配合单位"]
    document = docx.Document()
    for line in _cover(total):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(header))
    for j, name in enumerate(header):
        # a PDF converted to Word keeps its letter spacing inside the header cells
        table.cell(0, j).text = _space(name, spaced) if j != 3 else ("牵头 单位" if spaced else name)
    for n, heading, tasks in _sections(declared):
        row = table.add_row()
        row.cells[0].merge(row.cells[-1]).text = heading
        for k, t in enumerate(tasks, start=1):
            cells = table.add_row().cells
            for j, value in enumerate([str(k), t.text, t.leader, t.lead, "、".join(t.co)]):
                cells[j].text = value
    path = folder / "qingshi_table.docx"
    document.save(str(path))
    return path


def _csv(folder: Path, total, declared, spaced) -> Path:
    path = folder / "qingshi_table.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([TITLE, "", "", "", ""])
        if total is not None:
            w.writerow([f"（共{total}项）", "", "", "", ""])
        w.writerow([_space(h, spaced) for h in ("序号", "工作任务", "责任领导", "牵头单位", "配合单位")])
        for n, heading, tasks in _sections(declared):
            w.writerow([heading, "", "", "", ""])
            for k, t in enumerate(tasks, start=1):
                w.writerow([str(k), t.text, t.leader, t.lead, "、".join(t.co)])
    return path


def _columns(folder: Path, total, declared, spaced) -> Path:
    header = "序 号 工 作 任 务 责任 领导 牵头 单位 配合 单位" if spaced else "序号 工作任务 责任领导 牵头单位 配合单位"
    lines = _cover(total) + [header]
    for n, heading, tasks in _sections(declared):
        lines.append(heading)
        for k, t in enumerate(tasks, start=1):
            text = [t.text[i:i + 14] for i in range(0, len(t.text), 14)]
            lines.append(f"{k} {text[0]} {t.leader} {t.lead} {'、'.join(t.co)}")
            lines += text[1:]
    path = folder / "qingshi_columns.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _paragraphs(folder: Path, total, declared, spaced) -> Path:
    lines = _cover(total)
    for n, heading, tasks in _sections(declared):
        lines.append(heading)
        for k, t in enumerate(tasks, start=1):
            owners = "；".join(f"{_space(label, spaced)}：{value}" for label, value in
                              (("责任领导", t.leader), ("牵头单位", t.lead), ("配合单位", "、".join(t.co))))
            lines.append(f"{k}. {t.text}（{owners}）")
    path = folder / "qingshi_paragraphs.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fields(folder: Path, total, declared, spaced) -> Path:
    lines = _cover(total)
    for n, heading, tasks in _sections(declared):
        lines.append(heading)
        for k, t in enumerate(tasks, start=1):
            lines.append(f"{k}. {_space('任务', spaced)}：{t.text}")
            lines += [f"{_space('责任领导', spaced)}：{t.leader}（副镇长）", f"{_space('牵头单位', spaced)}：{t.lead}",
                      f"{_space('配合单位', spaced)}：{'、'.join(t.co)}", f"{_space('完成时限', spaced)}：2024年12月底"]
    path = folder / "qingshi_fields.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path

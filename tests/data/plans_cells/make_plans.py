"""Writes the three invented plans of this folder as `pdftotext` (without -layout) prints a PDF
table: one cell a line, a long cell wrapped over several lines at its column's width (unit names
cut mid-word), the header repeated at each page top, a page-number line between pages, section
rows spanning the table, a covering notice before it, and a leader printed only in the first
row of a vertically merged run. Every name is made up. Run it to rewrite the fixtures:
`python tests/data/plans_cells/make_plans.py`; `expected_*.json` are the ground truth.
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLOSE = "，。、；：）》”！？"


def width(ch: str) -> float:
    return 0.5 if ch.isascii() else 1.0


def wrap(text: str, cols: int) -> list[str]:
    """Cut `text` into lines of at most `cols` columns (an ASCII character is half a column);
    closing punctuation never starts a line (it stays on the line before)."""
    lines, line, used = [], "", 0.0
    for ch in text:
        if used + width(ch) > cols and line and ch not in CLOSE:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += width(ch)
    if line:
        lines.append(line)
    return lines


def names(cell: str) -> list[str]:
    """Names separated by "、", never inside brackets (各县（市、区）人民政府 is one)."""
    out, depth, buf = [], 0, ""
    for ch in cell:
        depth += ch in "（(" and 1 or 0
        depth -= ch in "）)" and 1 or 0
        if ch == "、" and depth == 0:
            out.append(buf)
            buf = ""
        else:
            buf += ch
    return out + [buf]


def render(plan: dict) -> tuple[str, list[dict]]:
    roles = [r for r, _, _ in plan["columns"]]
    header = [label for _, label, _ in plan["columns"]]
    widths = {r: w for r, _, w in plan["columns"]}
    out = plan["notice"].strip().splitlines() + [""] + plan["annex"]
    out += header
    page, rows_on_page = 1, 0
    expected = []
    for s_no, (title, subs) in enumerate(plan["sections"], start=1):
        out.append(title)
        number_in_section = 0
        prev_leader = None
        for sub_title, tasks in subs:
            if sub_title:
                out.append(sub_title)
                prev_leader = None  # a row spanning the table ends every merged run
            for task in tasks:
                if rows_on_page >= plan["rows_per_page"]:
                    out.append(plan["page_mark"].format(page=page))
                    out += header
                    page, rows_on_page = page + 1, 0
                number_in_section += 1
                plan["serial"] += 1
                code = plan["serial"] if plan["serial_through"] else number_in_section
                text, leader, lead, co, due = task
                cells = {"code": [str(code)], "text": wrap(text, widths["text"]),
                         "leaders": wrap(leader, widths["leaders"]) if leader and leader != prev_leader else [],
                         "lead": wrap(lead, widths["lead"]), "co": wrap(co, widths.get("co", 99)) if co else [],
                         "due": wrap(due, widths.get("due", 99)) if due else []}
                prev_leader = leader
                for role in roles:
                    out += cells[role]
                rows_on_page += 1
                expected.append({"code": f"{s_no}.{number_in_section}", "text": text,
                                 "leaders": [n for n in leader.replace("，", "、").split("、") if n] if leader else [],
                                 "lead_units": names(lead), "co_units": names(co) if co else [],
                                 "due": due or None})
    out.append(plan["page_mark"].format(page=page))
    return "\n".join(out) + "\n", expected


def main() -> None:
    from plans_data import PLANS  # the plans' words, one dict each

    for name, plan in PLANS.items():
        text, expected = render(plan)
        (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
        (HERE / f"expected_{name}.json").write_text(
            json.dumps({"title": plan["title"], "region": plan["region"], "year": plan["year"], "tasks": expected},
                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    main()

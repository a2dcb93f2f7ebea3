"""A fictional city plan (青枫市, 2024; every name invented) written in the five shapes plans
arrive in, so tests can check each shape against one truth. Wording, units, numbering and
labels differ on purpose from the 云岭省 fixture in `yunling/`:

- shape1: DOCX table 序号/重点工作/责任领导/牵头部门/配合部门, section rows merged across,
  section 二's co-units one per line, title without a place;
- shape2: CSV 编号/任务内容/分管领导/牵头单位/配合单位 with codes "1-1", UTF-8 with BOM, no title;
- shape3: paragraphs "1、…（责任领导：…；牵头部门：…；配合单位：…）" under "（一）" headings;
- shape4: the State Council style "（一）…（A牵头，B参与，年内持续推进）";
- shape5: column-aligned text (cells separated by spaces, wrapped), title without a place.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

YEAR = 2024
TITLE_PLACED = "青枫市2024年政府工作报告重点任务分解方案"
TITLE_BARE = "2024年市《政府工作报告》重点任务分解方案"


@dataclass
class Task:
    code: str
    text: str
    leaders: list[str]
    lead_units: list[str]
    co_units: list[str]
    # shape 4: the bracket and the owners it states (no leaders there)
    bracket: str = ""
    lead4: list[str] = field(default_factory=list)
    co4: list[str] = field(default_factory=list)
    due4: str | None = None


SECTIONS = ["稳住工业基本盘，壮大实体经济", "建设宜居城市，提升城市品质", "兜牢民生底线，办好民生实事"]
SUBSECTIONS = {1: [("（一）做强主导产业", 2), ("（二）培育新兴动能", 2)]}  # section 一: two headings, two tasks each

TASKS: list[Task] = [
    Task("1.1", "推动电子信息、装备制造两大主导产业扩能，规模以上工业增加值增长6.5%。", ["沈墨林"], ["市工业和信息化局"],
         ["市发展改革委", "市统计局", "各县（市、区）政府"],
         "市工业和信息化局牵头，市发展改革委、市统计局、各县（市、区）政府配合", ["市工业和信息化局"],
         ["市发展改革委", "市统计局", "各县（市、区）政府"]),
    Task("1.2", "建成青枫智能终端产业园二期，引进配套企业25家。", ["沈墨林"], ["青枫高新区管委会"], ["市商务局", "市自然资源和规划局"],
         "青枫高新区管委会牵头，市商务局、市自然资源和规划局参与，年底前完成", ["青枫高新区管委会"],
         ["市商务局", "市自然资源和规划局"], "年底前完成"),
    Task("1.3", "新培育国家级专精特新“小巨人”企业5家，高新技术企业净增80家。", ["沈墨林", "顾清和"], ["市科技局"], ["市工业和信息化局", "市财政局"],
         "市科技局、市工业和信息化局按职责分工负责", ["市科技局", "市工业和信息化局"], []),
    Task("1.4", "9月底前上线“青枫企业服务码”，涉企政务服务事项网上可办率达到98%。", [], ["市政务服务管理局"], ["市数据局"],
         "市政务服务管理局负责", ["市政务服务管理局"], []),
    Task("2.1", "开工改造城镇老旧小区86个，惠及居民2.4万户。", ["顾清和"], ["市住房城乡建设局"], ["市财政局", "各县（市、区）政府"],
         "市住房城乡建设局牵头，各有关部门按职责分工负责", ["市住房城乡建设局"], ["各有关部门"]),
    Task("2.2", "推进东环快速路三期和枫溪大桥建设，新增城市道路12公里。", ["岳知秋"], ["市交通运输局"],
         ["市住房城乡建设局", "市自然资源和规划局", "青枫高新区管委会"],
         "市交通运输局牵头，市住房城乡建设局、市自然资源和规划局、青枫高新区管委会配合，年内持续推进", ["市交通运输局"],
         ["市住房城乡建设局", "市自然资源和规划局", "青枫高新区管委会"], "年内持续推进"),
    Task("2.3", "PM2.5平均浓度控制在30微克/立方米以内，城市黑臭水体动态清零。", ["岳知秋"], ["市生态环境局"], ["市水利局", "市城市管理局"],
         "市生态环境局牵头，市水利局、市城市管理局配合", ["市生态环境局"], ["市水利局", "市城市管理局"]),
    Task("2.4", "新建口袋公园20个、绿道40公里。", [], ["市城市管理局"], ["市林业局"],
         "市城市管理局负责，10月底前完成", ["市城市管理局"], [], "10月底前完成"),
    Task("3.1", "城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内。", ["顾清和"], ["市人力资源社会保障局"], ["市财政局", "各县（市、区）政府"],
         "市人力资源社会保障局牵头，市财政局、各县（市、区）政府配合", ["市人力资源社会保障局"], ["市财政局", "各县（市、区）政府"]),
    Task("3.2", "新增公办学位6000个，秋季学期前建成枫林小学、湖滨中学。", ["顾清和"], ["市教育局"], ["市发展改革委", "市住房城乡建设局"],
         "市教育局牵头，市发展改革委、市住房城乡建设局配合", ["市教育局"], ["市发展改革委", "市住房城乡建设局"]),
    Task("3.3", "建成市第一人民医院南院区一期，新增床位800张。", ["岳知秋"], ["市卫生健康委"], ["市发展改革委", "市财政局"],
         "市卫生健康委牵头，市发展改革委、市财政局参与，年内持续推进", ["市卫生健康委"], ["市发展改革委", "市财政局"], "年内持续推进"),
    Task("3.4", "新增社区嵌入式养老服务站30个，发放高龄津贴惠及老人5万人。", ["岳知秋"], ["市民政局"], ["市财政局"],
         "市民政局、市财政局按职责分工负责", ["市民政局", "市财政局"], []),
]


def _section_tasks(n: int) -> list[Task]:
    return [t for t in TASKS if t.code.startswith(f"{n}.")]


def _cn(n: int) -> str:
    return "一二三四五六七八九十"[n - 1]


def truth(shape: str) -> list[dict]:
    """What a parser must read from `shape` (shape4 carries its own owners, no leaders)."""
    if shape == "shape4":
        return [{"code": t.code, "text": t.text, "leaders": [], "lead_units": t.lead4, "co_units": t.co4} for t in TASKS]
    return [{"code": t.code, "text": t.text, "leaders": t.leaders, "lead_units": t.lead_units, "co_units": t.co_units} for t in TASKS]


def write_docx(path: Path) -> Path:
    import docx

    header = ["序号", "重点工作", "责任领导", "牵头部门", "配合部门"]
    document = docx.Document()
    document.add_paragraph(TITLE_BARE)
    table = document.add_table(rows=1 + len(SECTIONS) + len(TASKS), cols=len(header))
    for j, name in enumerate(header):
        table.cell(0, j).text = name
    i = 1
    for n, title in enumerate(SECTIONS, start=1):
        tasks = _section_tasks(n)
        table.cell(i, 0).merge(table.cell(i, len(header) - 1)).text = f"{_cn(n)}、{title}（{len(tasks)}项）"
        i += 1
        for k, t in enumerate(tasks, start=1):
            co = ("\n" if n == 2 else "、").join(t.co_units)
            for j, value in enumerate([str(k), t.text, "、".join(t.leaders), "、".join(t.lead_units), co]):
                table.cell(i, j).text = value
            i += 1
    document.save(str(path))
    return path


def write_csv(path: Path) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["编号", "任务内容", "分管领导", "牵头单位", "配合单位"])
        for t in TASKS:
            w.writerow([t.code.replace(".", "-"), t.text, "、".join(t.leaders), "、".join(t.lead_units), "、".join(t.co_units)])
    return path


def write_labelled(path: Path) -> Path:
    lines = [TITLE_PLACED, "", "（2024年2月印发）", ""]
    for n, title in enumerate(SECTIONS, start=1):
        lines.append(f"{_cn(n)}、{title}")
        heads = dict((start, head) for start, head in _heading_starts(n))
        for k, t in enumerate(_section_tasks(n), start=1):
            if k in heads:
                lines.append(heads[k])
            parts = []
            if t.leaders:
                parts.append("责任领导：" + "、".join(t.leaders))
            parts.append("牵头部门：" + "、".join(t.lead_units))
            parts.append("配合单位：" + "、".join(t.co_units))
            lines.append(f"{k}、{t.text}（{'；'.join(parts)}）")
        lines.append("")
    lines.append("青枫市人民政府办公室")
    lines.append("2024年2月6日")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _heading_starts(n: int) -> list[tuple[int, str]]:
    out, k = [], 1
    for head, count in SUBSECTIONS.get(n, []):
        out.append((k, head))
        k += count
    return out


def write_state_council(path: Path) -> Path:
    lines = [
        "青枫市人民政府关于落实2024年《政府工作报告》重点工作分工的意见",
        "",
        "各县（市、区）人民政府，市政府各部门：",
        "为抓好市十七届人大四次会议审议通过的《政府工作报告》确定任务的落实，现提出如下分工意见。",
        "",
    ]
    for n, title in enumerate(SECTIONS, start=1):
        lines.append(f"{_cn(n)}、{title}")
        for k, t in enumerate(_section_tasks(n), start=1):
            lines.append(f"（{_cn(k)}）{t.text}（{t.bracket}）")
        lines.append("")
    lines += ["各部门要于每季度末向市政府督查室报送进展情况。", "", "青枫市人民政府", "2024年2月20日"]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def _wrap_units(units: list[str], width: int) -> list[str]:
    """Unit cells wrap after a 、 once a line is full, as a PDF's narrow column does."""
    lines, line = [], ""
    for k, unit in enumerate(units):
        piece = unit + ("、" if k < len(units) - 1 else "")
        if line and len(line) + len(piece) > width:
            lines.append(line)
            line = ""
        line += piece
    return lines + [line] if line else lines


def write_columns(path: Path) -> Path:
    header = "序号 重点工作 责任领导 牵头部门 配合部门"
    lines = ["附件2", "", TITLE_BARE, header]
    page = 1
    for n, title in enumerate(SECTIONS, start=1):
        lines.append(f"{_cn(n)}、{title}（{len(_section_tasks(n))}项）")
        for k, t in enumerate(_section_tasks(n), start=1):
            cols = [_wrap(t.text, 13), [*t.leaders], _wrap_units(t.lead_units, 9), _wrap_units(t.co_units, 12)]
            depth = max(len(c) for c in cols)
            for d in range(depth):
                cells = [c[d] for c in cols if d < len(c) and c[d]]
                lines.append((f"{k} " if d == 0 else "") + " ".join(cells))
        lines += [f"— {page} —", "\f" + header]
        page += 1
    path.write_text("\n".join(lines[:-2]) + "\n", encoding="utf-8")
    return path


WRITERS = {
    "shape1": ("qingfeng_table.docx", write_docx),
    "shape2": ("qingfeng_codes.csv", write_csv),
    "shape3": ("qingfeng_labelled.txt", write_labelled),
    "shape4": ("qingfeng_state_council.txt", write_state_council),
    "shape5": ("qingfeng_columns.txt", write_columns),
}


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {shape: writer(folder / name) for shape, (name, writer) in WRITERS.items()}

"""Writes the three invented plans of this folder as `pdftotext -layout` prints a PDF table, and
their truth (`expected_*.json`). Every name is made up: 桐溪市, 栖凤区, 松岚县, their leaders,
projects and parks. Run `python tests/data/plans_layout/make_plans.py` to rewrite the files.

How a PDF table comes out of `pdftotext -layout`, as simulated here:
- each cell is wrapped inside its column's width (CJK wraps anywhere, unit names too);
- positions are counted in characters (`metric="char"`) or in display width, a CJK character
  being two (`metric="display"`): the reader must cope with both;
- the task text starts on the row's first line; short cells sit on that line ("top") or are
  centred in the row ("middle"): a cell half a line off prints on a line of its own; or every
  cell, the text too, is centred on whole lines in a row as tall as its tallest cell ("centre",
  with blank lines between rows): a unit list taller than the text starts above the number;
- a leader the same for a run of rows in a section is printed once (a merged cell);
- the header is repeated at the top of each page after a form feed, a page number ends each
  page; a row may break across pages (`split_rows`);
- section rows "一、…（N项）" span the table from its left edge.
"""
from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
CN = "一二三四五六七八九十"


@dataclass
class Task:
    text: str
    leaders: list[str]
    lead_units: list[str]
    co_units: list[str]
    due: str
    code: str = ""


@dataclass
class Column:
    role: str  # code / text / leaders / lead / co / due
    label: str  # as printed in the header
    width: int  # in the plan's metric
    align: str = "left"  # left / centre
    label_wrap: int = 0  # the header label wraps at this width (a bold header in a narrow column)


@dataclass
class Plan:
    name: str
    cover: list[str]
    columns: list[Column]
    sections: list[tuple[str, list[Task]]]
    metric: str = "char"
    vertical: str = "top"  # top / middle / centre
    inline_numbers: bool = False  # the number printed at the start of the task text (no 序号 column)
    continuous: bool = False  # numbers run through the sections
    header_lines: int = 1  # 1, or 3 when narrow header cells wrap (centred vertically)
    page_lines: int = 48
    footer: str = "— {n} —"
    split_rows: bool = False
    blank_between: bool = False
    merge_leaders: bool = True
    margin: int = 2
    subsections: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # section → [(before task k, title)]


def width(text: str, metric: str) -> int:
    if metric == "char":
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, size: int, metric: str) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if width(line + ch, metric) > size:
            lines.append(line)
            line = ""
        line += ch
    return lines + ([line] if line else [])


def place(pieces: list[tuple[int, str]], metric: str) -> str:
    out = ""
    for x, text in sorted(pieces):
        pad = x - width(out, metric)
        assert pad >= (1 if out else 0), (out, x, text)
        out += " " * pad + text
    return out.rstrip()


def starts(plan: Plan) -> list[int]:
    xs, x = [], plan.margin
    for c in plan.columns:
        xs.append(x)
        x += c.width + 2
    return xs


def cell_x(plan: Plan, k: int, text: str) -> int:
    col = plan.columns[k]
    x = starts(plan)[k]
    if col.align == "centre":
        return x + max(0, (col.width - width(text, plan.metric)) // 2)
    return x


def header_lines(plan: Plan) -> list[str]:
    if plan.header_lines == 1:
        return [place([(cell_x(plan, k, c.label), c.label) for k, c in enumerate(plan.columns)], plan.metric)]
    grid: dict[int, list[tuple[int, str]]] = {0: [], 1: [], 2: []}
    for k, c in enumerate(plan.columns):
        parts = wrap(c.label, c.label_wrap or c.width, plan.metric)
        rows = [1] if len(parts) == 1 else [0, 2]
        for r, part in zip(rows, parts):
            x = starts(plan)[k] + max(0, (c.width - width(part, plan.metric)) // 2)
            grid[r].append((x, part))
    return [place(grid[r], plan.metric) for r in (0, 1, 2) if grid[r]]


def render_row(plan: Plan, number: int, task: Task, show_leader: bool) -> list[str]:
    cells: list[list[str]] = []
    for c in plan.columns:
        value = {"code": str(number), "text": (f"{number}. " if plan.inline_numbers else "") + task.text,
                 "leaders": "、".join(task.leaders) if show_leader else "", "lead": "、".join(task.lead_units),
                 "co": "、".join(task.co_units), "due": task.due}[c.role]
        cells.append(wrap(value, c.width, plan.metric) if value else [])
    text_k = next(k for k, c in enumerate(plan.columns) if c.role == "text")
    height = len(cells[text_k])
    if plan.vertical == "centre":
        height = max(len(c) for c in cells)
    else:
        assert all(len(c) <= height for c in cells), (task.text, cells)
    slots: dict[int, list[tuple[int, str]]] = {}
    for k, lines in enumerate(cells):
        if plan.vertical == "centre":
            first = 2 * ((height - len(lines)) // 2)  # in half lines: whole lines only
        else:
            first = 0 if (k == text_k or plan.vertical == "top") else height - len(lines)  # in half lines
        for j, line in enumerate(lines):
            slots.setdefault(first + 2 * j, []).append((cell_x(plan, k, line), line))
    return [place(slots[s], plan.metric) for s in sorted(slots)]


def fit(plan: Plan) -> None:
    """Fewer co-units where a unit cell would be taller than the task text (the text is the
    tallest cell of every row in these plans)."""
    for _, tasks in plan.sections:
        for task in tasks:
            while True:
                try:
                    render_row(plan, 1, task, True)
                    break
                except AssertionError:
                    if task.co_units:
                        task.co_units.pop()
                    elif len(task.lead_units) > 1:
                        task.lead_units = task.lead_units[:1]
                    else:
                        raise ValueError(f"a short cell is taller than the text: {task.text}") from None


def render(plan: Plan) -> tuple[str, list[dict]]:
    fit(plan)
    out = list(plan.cover)
    head = header_lines(plan)
    page, used = 1, 0
    out += head
    truth: list[dict] = []
    number = 0

    def new_page() -> None:
        nonlocal page, used
        table_w = starts(plan)[-1] + plan.columns[-1].width
        footer = plan.footer.format(n=page)
        out.append(" " * ((table_w - width(footer, plan.metric)) // 2) + footer)
        page += 1
        used = 0
        out.append("\f" + head[0])
        out.extend(head[1:])

    def emit(lines: list[str], splittable: bool) -> None:
        nonlocal used
        if used + len(lines) > plan.page_lines and not splittable:
            new_page()
        for line in lines:
            if used >= plan.page_lines:
                new_page()
            out.append(line)
            used += 1

    for s, (title, tasks) in enumerate(plan.sections, start=1):
        emit([" " * plan.margin + f"{CN[s - 1]}、{title}（{len(tasks)}项）"], False)
        if not plan.continuous:
            number = 0
        last_leaders: list[str] | None = None
        subs = dict(plan.subsections.get(s, []))
        for k, task in enumerate(tasks, start=1):
            if k in subs:
                emit([" " * plan.margin + subs[k]], False)
                last_leaders = None
            number += 1
            show = not (plan.merge_leaders and task.leaders == last_leaders)
            last_leaders = task.leaders
            lines = render_row(plan, number, task, show)
            if plan.blank_between:
                lines.append("")
            emit(lines, plan.split_rows)
            truth.append({"code": f"{s}.{k}", "text": task.text, "leaders": task.leaders, "lead_units": task.lead_units,
                          "co_units": task.co_units, "due": task.due})
    new_page()
    out = out[:-len(head)]  # no header after the last page number
    return "\n".join(out) + "\n", truth


# --- content ------------------------------------------------------------------------------------

def _tasks(rng: random.Random, n: int, place: str, leaders: list[str], units: list[str],
           projects: list[str], collective: str, dues: list[str]) -> list[Task]:
    verbs = ["加快推进", "高质量建设", "全面完成", "启动实施", "持续深化", "统筹推进", "扎实开展", "谋划建设"]
    goals = ["全年完成投资{a}亿元", "新增就业岗位{b}个", "年底前建成投用", "完成年度计划的{p}%以上", "带动社会投资{a}亿元",
             "惠及群众{b}人次", "新增市场主体{b}户", "改造提升{c}公里"]
    extras = ["，同步完善配套设施", "，建立健全长效管护机制", "，确保按期完成建设任务", "，形成一批可复制可推广的经验",
              "", "", "，严格落实安全生产责任"]
    out: list[Task] = []
    used: set[str] = set()
    run_leader = rng.choice(leaders)
    for k in range(n):
        project = projects[k % len(projects)]
        text = f"{rng.choice(verbs)}{place}{project}" + rng.choice(goals).format(a=rng.randint(2, 90), b=rng.randint(120, 9000),
                                                                                   p=rng.randint(90, 99), c=rng.randint(3, 60))
        text = text.replace(project + "全", project + "，全").replace(project + "年", project + "，年")
        for goal_word in ("新增", "带动", "惠及", "完成年度", "改造"):
            text = text.replace(project + goal_word, project + "，" + goal_word)
        text += rng.choice(extras) + "。"
        while text in used:
            text = text[:-1] + "，按季度报送进展。"
        used.add(text)
        if rng.random() < 0.45:
            run_leader = rng.choice(leaders)
        lead = rng.sample(units, 1) if rng.random() < 0.8 else rng.sample(units, 2)
        co = [u for u in rng.sample(units, rng.choice([1, 2, 2, 3])) if u not in lead]
        if rng.random() < 0.25:
            co.append(collective)
        out.append(Task(text, [run_leader], lead, co, rng.choice(dues)))
    return out


PROJECTS = ["北部新城综合管廊", "滨江绿道", "智能装备产业园", "老旧小区改造", "城乡供水一体化工程", "数字政府平台",
            "高标准农田", "职业教育实训基地", "区域医疗中心", "养老服务综合体", "新能源汽车零部件园", "冷链物流基地",
            "城市更新片区", "口袋公园", "农村公路提档升级工程", "中小学扩容", "普惠托育机构", "污水处理厂提标改造",
            "文旅融合示范区", "科创飞地", "电子信息产业链", "跨境电商综合试验区", "生态修复工程", "智慧停车系统",
            "乡村振兴示范带", "社区嵌入式服务设施", "人才公寓", "应急物资储备库", "公共充电网络", "特色农产品加工园",
            "历史文化街区", "防洪排涝设施", "中心城区快速路", "标准化厂房", "全民健身中心", "数字乡村试点"]


def city() -> Plan:
    rng = random.Random(2025_01)
    units = ["市发展改革委", "市工业和信息化局", "市财政局", "市自然资源和规划局", "市住房城乡建设局", "市交通运输局",
             "市农业农村局", "市商务局", "市教育局", "市科技局", "市人力资源社会保障局", "市卫生健康委", "市生态环境局",
             "市水利局", "市文化广电旅游局", "市市场监管局", "市数据局", "桐溪高新区管委会"]
    titles = ["扩大有效投资，稳住经济增长基本盘", "培育新质生产力，建设现代化产业体系", "推进城市更新，提升城市能级",
              "全面推进乡村振兴，促进城乡融合发展", "办好民生实事，增进民生福祉"]
    sections = []
    for s, title in enumerate(titles):
        tasks = _tasks(rng, 7, "桐溪", ["沈砚秋", "陆知远", "许澄明", "温若川", "程疏影"], units, PROJECTS[s * 7:s * 7 + 7] + PROJECTS,
                       "各县（市、区）政府", ["2025年12月底前", "2025年6月底前", "2025年9月底前", "持续推进", "2025年11月底前"])
        sections.append((title, tasks))
    # a sentence that ends exactly where the text column wraps ("。" at a line's end inside a row)
    sections[1][1][2].text = "实施数字经济核心产业倍增计划。全年规模以上电子信息制造业营业收入增长15%以上。"
    sections[1][1][2].leaders = ["陆知远", "许澄明"]
    cover = ["", "                       桐溪市人民政府办公室文件", "", "                     桐政办发〔2025〕6号", "",
             "      桐溪市人民政府办公室关于印发桐溪市2025年《政府工作报告》", "              重点工作责任分工方案的通知", "",
             "  各县（市、区）人民政府，市政府各部门：", "      现将《桐溪市2025年〈政府工作报告〉重点工作责任分工方案》印发给你们，",
             "  方案共明确35项重点工作，请认真抓好落实。", "", "                                      桐溪市人民政府办公室",
             "                                        2025年2月20日", "\f附件", "",
             "              桐溪市2025年《政府工作报告》重点工作责任分工方案", ""]
    columns = [Column("code", "序号", 4, "centre"), Column("text", "工作任务", 30), Column("leaders", "责任领导", 8, "centre"),
               Column("lead", "牵头单位", 14), Column("co", "配合单位", 16), Column("due", "完成时限", 10, "centre")]
    return Plan("city", cover, columns, sections, metric="display", vertical="middle", page_lines=40, footer="— {n} —")


def district() -> Plan:
    rng = random.Random(2025_02)
    units = ["区发展改革局", "区财政局", "区科工信局", "区住房城乡建设局", "区城市管理局", "区教育局", "区卫生健康局",
             "区民政局", "区商务局", "区文化旅游体育局", "区市场监管局", "区生态环境分局", "区自然资源分局", "区人力资源社会保障局"]
    titles = ["稳增长、促投资", "强产业、育动能", "优环境、惠民生", "抓治理、保安全"]
    sizes = [9, 8, 8, 7]
    sections = []
    for s, (title, size) in enumerate(zip(titles, sizes)):
        tasks = _tasks(rng, size, "栖凤", ["邝云帆", "乔南星", "叶清和"], units, PROJECTS[s * 9 + 1:] + PROJECTS,
                       "各街道办事处", ["2025年12月", "2025年6月", "2025年10月", "全年", "2025年8月"])
        sections.append((title, tasks))
    # two texts without a full stop at the end, as some tables print them
    sections[0][1][3].text = sections[0][1][3].text.rstrip("。")
    sections[2][1][5].text = sections[2][1][5].text.rstrip("。")
    sections[3][1][0].leaders = ["邝云帆", "乔南星"]
    cover = ["  栖凤区2025年区政府工作报告重点任务分解表", ""]
    columns = [Column("code", "序号", 4, "centre"), Column("text", "重点工作", 24), Column("leaders", "区领导", 6, "centre"),
               Column("lead", "牵头单位", 12, "centre", 2), Column("co", "责任单位", 14, "left", 2),
               Column("due", "时间节点", 8, "centre", 2)]
    # narrow header cells wrap ("牵头" / "单位") though the columns below are wider
    plan = Plan("district", cover, columns, sections, metric="char", vertical="top", continuous=True, header_lines=3,
                page_lines=44, footer="-{n}-", split_rows=True, blank_between=True)
    return plan


def county() -> Plan:
    rng = random.Random(2025_03)
    units = ["县发展改革局", "县财政局", "县工业和信息化局", "县农业农村局", "县自然资源局", "县住房城乡建设局", "县交通运输局",
             "县教育体育局", "县卫生健康局", "县民政局", "县文化旅游局", "县市场监管局", "县水利局", "县林业局", "松岚经济开发区管委会"]
    titles = ["做强县域经济", "建设美丽松岚", "增进民生福祉"]
    sizes = [12, 10, 11]
    sections = []
    for s, (title, size) in enumerate(zip(titles, sizes)):
        tasks = _tasks(rng, size, "松岚", ["苗青禾", "罗一川", "汤晓岚", "岳知行"], units, PROJECTS[s * 11 + 3:] + PROJECTS,
                       "各乡镇人民政府", ["2025年12月底前", "2025年6月底前", "年内持续推进", "2025年9月底前"])
        sections.append((title, tasks))
    sections[0][1][4].leaders = ["苗青禾", "罗一川"]
    cover = ["", "        松岚县人民政府", "        关于印发2025年县政府工作报告重点工作责任分工方案的通知", "",
             "  各乡镇人民政府，县直各单位：", "      经县政府同意，现将2025年县政府工作报告重点工作责任分工方案印发给你们。",
             "", "        松岚县2025年县政府工作报告重点工作责任分工方案", ""]
    columns = [Column("text", "工 作 任 务", 34), Column("leaders", "责任领导", 10, "centre"), Column("lead", "牵头单位", 14),
               Column("co", "配合单位", 16), Column("due", "完成时限", 8, "centre")]
    subs = {1: [(1, "（一）工业强县"), (7, "（二）农业提质")], 3: [(1, "（一）教育医疗"), (6, "（二）社会保障")]}
    return Plan("county", cover, columns, sections, metric="display", vertical="middle", inline_numbers=True,
                page_lines=42, footer="第{n}页", subsections=subs)


def main() -> None:
    for plan in (city(), district(), county()):
        text, truth = render(plan)
        (HERE / f"{plan.name}_layout.txt").write_text(text, encoding="utf-8")
        (HERE / f"expected_{plan.name}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(plan.name, len(truth), "tasks")


if __name__ == "__main__":
    main()

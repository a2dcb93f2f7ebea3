"""The status board as a PNG: stacked horizontal bars of task statuses per lead unit.

Matplotlib with the Agg backend (no display). Chinese labels need a CJK font: a system one
if fontconfig has it (Noto Sans CJK, WenQuanYi, SimHei…), else the WenQuanYi Micro Hei
shipped by the `paperang-p2-fonts-cjk` wheel (a dependency, 2 MB). With neither, bars
are labelled U1, U2… and the caption maps the numbers to unit names (Telegram renders the
caption's Chinese), so the chart is never tofu."""
from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from functools import lru_cache

import matplotlib

matplotlib.use("Agg")

from core.context import Context  # noqa: E402
from prompts import reminders as texts  # noqa: E402
from store import reminder_queries as q  # noqa: E402

STATUSES = ("逾期", "未开始", "推进中", "待审核", "已完成")
STATUS_ASCII = {"逾期": "overdue", "未开始": "not started", "推进中": "in progress", "待审核": "claimed", "已完成": "done"}
COLORS = {"逾期": "#d62728", "未开始": "#bbbbbb", "推进中": "#f0ad4e", "待审核": "#1f77b4", "已完成": "#2ca02c"}
SYSTEM_CJK = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
              "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback")
MAX_UNITS = 20


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Path of a font file that has Chinese glyphs, or None."""
    from matplotlib import font_manager

    for font in font_manager.fontManager.ttflist:
        if font.name in SYSTEM_CJK:
            return font.fname
    try:
        from importlib.resources import files

        path = files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"
        if path.is_file():
            return str(path)
    except ModuleNotFoundError:
        pass
    return None


def unit_counts(ctx: Context, day: dt.date) -> list[tuple[str, Counter]]:
    """(unit, status counts) for the units with most open work, overdue first."""
    per_unit: dict[str, Counter] = defaultdict(Counter)
    for row in q.board(ctx.db, day):
        for name in row.lead_units:
            per_unit[name][row.status] += 1
    ranked = sorted(per_unit.items(), key=lambda kv: (-kv[1]["逾期"], -(kv[1]["未开始"] + kv[1]["推进中"]), kv[0]))
    return ranked[:MAX_UNITS]


def render_board(ctx: Context, day: dt.date) -> bytes:
    """PNG bytes of the board; `chart_caption` tells what the labels mean."""
    from matplotlib.figure import Figure  # not pyplot: no global state, safe in a worker thread
    from matplotlib.font_manager import FontProperties

    rows = unit_counts(ctx, day)
    font_path = cjk_font()
    prop = FontProperties(fname=font_path) if font_path else None
    labels = [name for name, _ in rows] if prop else [f"U{i + 1}" for i in range(len(rows))]
    status_names = list(STATUSES) if prop else [STATUS_ASCII[s] for s in STATUSES]

    height = max(2.5, 0.38 * len(rows) + 1.5)
    fig = Figure(figsize=(8, height), dpi=110)
    ax = fig.subplots()
    y = list(range(len(rows)))[::-1]
    left = [0] * len(rows)
    for status, label in zip(STATUSES, status_names):
        values = [c[status] for _, c in rows]
        ax.barh(y, values, left=left, color=COLORS[status], label=label)
        left = [a + b for a, b in zip(left, values)]
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontproperties=prop)
    title = texts.CHART_CAPTION.format(date=day.isoformat()) if prop else f"Tasks by lead unit ({day.isoformat()})"
    ax.set_title(title, fontproperties=prop)
    ax.legend(prop=prop, loc="upper center", bbox_to_anchor=(0.5, -0.04 * 12 / height), ncol=4, frameon=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def chart_caption(ctx: Context, day: dt.date) -> str:
    caption = texts.CHART_CAPTION.format(date=day.isoformat())
    if cjk_font() is None:
        rows = unit_counts(ctx, day)
        caption += "\n" + "；".join(f"U{i + 1}={name}" for i, (name, _) in enumerate(rows))
    return caption[:1024]

"""`ducha ask "问题" [--json]` and `ducha eval [--set FILE] [--json]`: thin calls into answers/."""
from __future__ import annotations

import argparse
from pathlib import Path

from bot.cli import print_json
from core.dates import parse_date
from core.errors import UserError
from prompts import answers as P

DEFAULT_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.json"


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="提问：目标、数据、谁牵头、某单位/领导的任务、逾期")
    p.add_argument("question", help="问题，如 “24年GDP目标多少”")
    p.add_argument("--region", help="“我市”指哪里（默认取 DUCHA_DEFAULT_REGION）")
    p.add_argument("--date", help="按该日理解“今年/本周”和任务状态 YYYY-MM-DD（默认今天）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="用问题集评测问答，按题型给出准确率")
    p.add_argument("--set", dest="set_path", help=f"问题集 JSON（默认 {DEFAULT_SET.name}，仅源码目录中有）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--failures", action="store_true", help="列出答错的题")
    p.add_argument("--llm", action="store_true", help="经大模型改写后评测，并统计采用/退回原文摘录的次数和原因")
    p.set_defaults(func=cmd_eval)


def cmd_ask(ctx, args: argparse.Namespace) -> int:
    from answers.ask import ask

    if not args.question.strip():
        raise UserError("问题是空的，请输入要问的内容")
    ans = ask(ctx, args.question, region=args.region, today=parse_date(args.date) if args.date is not None else None)
    if args.json:
        print_json(ans.to_dict())
    else:
        print(ans.answer)
    return 0


def cmd_eval(ctx, args: argparse.Namespace) -> int:
    from answers.evaluate import run_eval

    path = Path(args.set_path) if args.set_path else DEFAULT_SET
    if not args.set_path and not path.is_file():
        raise UserError("请用 --set 指定问题集文件（JSON，格式同 qa_dev.json）")
    result = run_eval(ctx, path, llm=args.llm)
    keys = ("id", "question", "answer", "intent", "ok") + (("phrasing", "extractive_ok") if args.llm else ())
    if args.json:
        print_json({"items": [{k: i[k] for k in keys} for i in result["items"]], "metrics": result["metrics"]})
        return 0
    m = result["metrics"]
    print(P.EVAL_HEAD.format(n=m["n"], ok=m["ok"], acc=m["accuracy"]))
    if m["errors"]:
        print(P.EVAL_ERRORS.format(errors=m["errors"]))
    for kind, km in m["by_kind"].items():
        print(P.EVAL_KIND.format(kind=kind, ok=km["ok"], n=km["n"], acc=km["accuracy"]))
    if args.llm:
        lm = m["llm"]
        print(P.EVAL_LLM.format(ext_ok=lm["extractive_ok"], n=m["n"], ext_acc=lm["extractive_accuracy"],
                                tried=lm["tried"], used=lm["used"], fallback=lm["fallback"], not_tried=lm["not_tried"]))
        for reason, count in lm["fallback_by_reason"].items():
            print(P.EVAL_LLM_REASON.format(reason=reason, count=count))
    if args.failures:
        for item in result["items"]:
            if not item["ok"]:
                print(P.EVAL_FAIL.format(id=item["id"], kind=item["kind"], question=item["question"],
                                         answer=item["answer"].replace("\n", " ⏎ ")[:300]))
    return 0

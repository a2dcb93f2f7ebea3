"""Reminder delivery under faults, counted: lost and duplicated messages per kill.

    python benchmarks/bench_faults.py [--rounds 5] [--units 40] [--json]

Against the Bot API stand-in (tests/support/telegram_standin.py, real HTTP on 127.0.0.1),
with `units` bound units each owed one reminder, every round on a fresh data dir:
- remind-kill: `ducha remind --force` killed with SIGKILL after a random number of sends,
  then run again to completion;
- run-kill: `ducha run` (its start-up delivery) killed the same way, then started again;
- two-senders: `ducha run` and `ducha remind --force` started at the same moment;
- late-answer: one chat's answer arrives after DUCHA_TELEGRAM_TIMEOUT (the message was
  delivered, the client retried).
A reminder is lost when its chat never got it, duplicated for each extra copy."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support import reminders_fixtures as fx  # noqa: E402
from tests.support.telegram_standin import TOKEN, TelegramStandIn  # noqa: E402

DAY = dt.date(2024, 6, 28)


def seed(data: Path, units: int) -> list[int]:
    from bot.wiring import new_context
    from core.settings import load_settings
    from reminders.daily_pass import run_pass

    ctx = new_context(load_settings(DUCHA_DATA_DIR=str(data)), frozen_now=dt.datetime(2024, 6, 28, 9, 0))
    try:
        for n in range(1, units + 1):
            fx.bind(ctx.db, f"第{n}测试局", -200000 - n)
            fx.task(ctx.db, f"2.{n}", due=DAY.isoformat(), lead=[f"第{n}测试局"])
        run_pass(ctx, DAY, dry_run=False)
    finally:
        ctx.close()
    return [-200000 - n for n in range(1, units + 1)]


def env_for(data: Path, tg: TelegramStandIn, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DUCHA_", "TELEGRAM_"))}
    far = (dt.datetime.now() + dt.timedelta(hours=12)).strftime("%H:%M")
    env.update(DUCHA_DATA_DIR=str(data), DUCHA_EMBEDDING="none", PYTHONPATH=str(ROOT), TELEGRAM_BOT_TOKEN=TOKEN,
               TELEGRAM_API_BASE_URL=tg.base_url, DUCHA_REMIND_AT=far, **extra)
    return env


def ducha(env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "bot.cli", *args], env=env, cwd=Path(env["DUCHA_DATA_DIR"]).parent,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pending(data: Path) -> int:
    with sqlite3.connect(data / "ducha.db") as conn:
        return conn.execute("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").fetchone()[0]


def until(predicate, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.1)


def sends(tg: TelegramStandIn, chats: list[int]) -> int:
    return len([c for c in tg.sent("sendMessage") if c.chat_id in chats])


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)


def one_round(kind: str, units: int, rng: random.Random) -> dict:
    with tempfile.TemporaryDirectory() as tmp, TelegramStandIn() as tg:
        data = Path(tmp) / "var"
        chats = seed(data, units)
        tg.delay("sendMessage", 0.05, times=10 * units)
        env = env_for(data, tg)
        kills = 0
        if kind in ("remind-kill", "run-kill"):
            args = ("remind", "--date", DAY.isoformat(), "--force") if kind == "remind-kill" else ("run",)
            at = rng.randint(1, units - 1)
            first = ducha(env, *args)
            until(lambda: sends(tg, chats) >= at)
            first.kill()
            first.wait()
            kills = 1
            second = ducha(env, *args)
            until(lambda: pending(data) == 0)
            if kind == "run-kill":
                stop(second)
            second.wait(60)
        elif kind == "two-senders":
            bot, cli = ducha(env, "run"), ducha(env, "remind", "--date", DAY.isoformat(), "--force")
            cli.wait(120)
            until(lambda: pending(data) == 0)
            time.sleep(0.5)
            stop(bot)
        elif kind == "late-answer":
            tg.faults.clear()
            tg.delay("sendMessage", 3.0, times=1, chat_id=rng.choice(chats))
            ducha({**env, "DUCHA_TELEGRAM_TIMEOUT": "1.5"}, "remind", "--date", DAY.isoformat(), "--force").wait(120)
            kills = 1  # one timeout
        got = Counter(c.chat_id for c in tg.sent("sendMessage") if c.chat_id in chats)
        return {"kind": kind, "reminders": units, "lost": sum(1 for c in chats if got[c] == 0),
                "duplicates": sum(n - 1 for n in got.values() if n > 1), "faults": kills}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    rows = [one_round(kind, args.units, rng) for kind in ("remind-kill", "run-kill", "two-senders", "late-answer")
            for _ in range(args.rounds)]
    summary: dict[str, dict] = {}
    for r in rows:
        s = summary.setdefault(r["kind"], {"rounds": 0, "reminders": 0, "lost": 0, "duplicates": 0, "faults": 0, "max_dup_per_round": 0})
        s["rounds"] += 1
        for k in ("reminders", "lost", "duplicates", "faults"):
            s[k] += r[k]
        s["max_dup_per_round"] = max(s["max_dup_per_round"], r["duplicates"])
    if args.json:
        print(json.dumps({"rounds": rows, "summary": summary}, ensure_ascii=False, indent=1))
        return
    print(f"{'kind':<13} {'rounds':>6} {'reminders':>9} {'lost':>5} {'dups':>5} {'faults':>6} {'max dup/round':>13}")
    for kind, s in summary.items():
        print(f"{kind:<13} {s['rounds']:>6} {s['reminders']:>9} {s['lost']:>5} {s['duplicates']:>5} {s['faults']:>6} {s['max_dup_per_round']:>13}")


if __name__ == "__main__":
    main()

"""Write docs/transcript.md: a real session of `ducha run` against the Bot API stand-in.

    python benchmarks/transcript.py [--out docs/transcript.md]

Ingests the end-to-end test's sample plan and report (DUCHA_EMBEDDING=none) into a temp
data dir, starts the real bot as a subprocess pointed at the stand-in, plays a short
working day (questions, commands, paging, binding, progress, a refused stranger, the
reminder pass) and records what each chat saw, as Telegram would render it. Nothing in
the output is typed by hand.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.telegram_standin import Call, TelegramStandIn, chat_private  # noqa: E402
from tests.bot.test_run_e2e import (  # noqa: E402
    ADMIN,
    STAFF,
    STAFF2,
    STAFF4,
    STRANGER,
    SUPERVISION,
    UNIT_GROUP,
    UNKNOWN_GROUP,
    BotProcess,
    bot_env,
    ingest_fixture,
)

SHOWN = ("sendMessage", "editMessageText", "sendPhoto")


def chat_label(chat: dict) -> str:
    return chat.get("title") or f"与{chat.get('first_name', '')}的私聊"


def who(user: dict) -> str:
    return user["first_name"] + (" (管理员)" if user["id"] == ADMIN["id"] else "")


class Session:
    def __init__(self, tg: TelegramStandIn) -> None:
        self.tg = tg
        self.out: list[str] = []
        self.seen = 0

    def _bot_calls(self) -> list[Call]:
        return [c for c in self.tg.sent() if c.method in SHOWN]

    def settle(self, chat_id: int, expect: int, timeout: float = 60, quiet: float = 1.0) -> list[Call]:
        """Wait for `expect` new bot messages in the user's chat, then until the bot has been
        quiet for `quiet` seconds (reminders and digests go to other chats meanwhile)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            new = self._bot_calls()[self.seen:]
            if len([c for c in new if c.chat_id == chat_id]) >= expect:
                break
            time.sleep(0.05)
        self.tg.wait_consumed()
        count = len(self._bot_calls())
        while True:
            time.sleep(quiet)
            now = len(self._bot_calls())
            if now == count:
                break
            count = now
        new = self._bot_calls()[self.seen:]
        self.seen += len(new)
        return new

    def say(self, chat: dict, user: dict, text: str, *, expect: int = 1, note: str = "") -> None:
        self.tg.message(chat, user, text)
        self.out.append(f"**{who(user)}** 在「{chat_label(chat)}」：")
        self.out.append("")
        self.out.append(f"    {text}")
        self.out.append("")
        self._show(self.settle(chat["id"], expect), note)

    def press(self, chat: dict, user: dict, button_text: str) -> None:
        message = self.tg.bot_message(chat["id"])
        row = message["reply_markup"]["inline_keyboard"][0]
        data = next(b["callback_data"] for b in row if b["text"] == button_text)
        self.tg.callback(chat, user, message, data)
        self.out.append(f"**{who(user)}** 在「{chat_label(chat)}」点击按钮 [{button_text}]")
        self.out.append("")
        self._show(self.settle(chat["id"], 1), "")

    def _show(self, calls: list[Call], note: str) -> None:
        if not calls:
            self.out.append(f"> *（机器人没有回复{('：' + note) if note else ''}）*")
            self.out.append("")
            return
        for call in calls:
            target = call.chat_id
            head = {"sendMessage": "🤖 督查助手", "editMessageText": "🤖 督查助手（编辑上一条消息）", "sendPhoto": "🤖 督查助手（图片）"}[call.method]
            chat_name = _chat_names().get(target, str(target))
            self.out.append(f"{head} → 「{chat_name}」：")
            self.out.append("")
            if call.method == "sendPhoto":
                size = len(call.params.get("photo") or b"")
                self.out.append(f"> [进度图 PNG，{size // 1024} KB]")
            for line in call.text.splitlines() or [""]:
                self.out.append(f"> {line}" if line else ">")
            markup = call.params.get("reply_markup")
            if markup:
                buttons = " ".join(f"[{b['text']}]" for row in markup["inline_keyboard"] for b in row)
                self.out.append(">")
                self.out.append(f"> {buttons}")
            self.out.append("")


def _chat_names() -> dict:
    return {
        SUPERVISION["id"]: chat_label(SUPERVISION),
        UNIT_GROUP["id"]: chat_label(UNIT_GROUP),
        UNKNOWN_GROUP["id"]: chat_label(UNKNOWN_GROUP),
        STAFF["id"]: chat_label(chat_private(STAFF)),
        ADMIN["id"]: chat_label(chat_private(ADMIN)),
        STAFF2["id"]: chat_label(chat_private(STAFF2)),
    }


def play(s: Session) -> None:
    me_staff, me_admin = chat_private(STAFF), chat_private(ADMIN)
    s.say(me_staff, STAFF, "/start")
    s.say(me_staff, STAFF, "今年地区生产总值增长目标是多少？")
    s.say(SUPERVISION, STAFF2, "/task@ducha_test_bot 1.1")
    s.say(SUPERVISION, STAFF2, "@ducha_test_bot 2.1 的牵头单位是谁")
    s.say(SUPERVISION, STAFF2, "大家下午三点到会议室开会", expect=0, note="群里的闲聊不是对它说的")
    s.say(SUPERVISION, STAFF, "/unit 财政局")
    s.press(SUPERVISION, STAFF, "下一页 ▶")
    s.say(UNIT_GROUP, ADMIN, "/bind 科技局")
    s.say(UNIT_GROUP, STAFF4, "/progress 1.2 已完成研发投入摸底，形成工作方案初稿")
    s.say(UNIT_GROUP, STAFF4, "/done 1.1 已认定5家市级重点实验室")
    s.say(SUPERVISION, STAFF4, "/done 1.3")
    s.say(SUPERVISION, STAFF, "/task 1.1")
    s.say(SUPERVISION, STAFF, "/overdue")
    s.say(me_staff, STAFF, "<b>测试</b> & <script>alert(1)</script>")
    s.say(UNKNOWN_GROUP, STRANGER, "/task 1.1")
    s.say(UNKNOWN_GROUP, STRANGER, "/unit 科技局", expect=0, note="陌生会话只收到一次拒绝，不会收到任何数据")
    s.say(me_admin, ADMIN, f"/due 1.3 {dt.date.today().isoformat()}")
    s.say(me_admin, ADMIN, "/remind_now")
    s.say(SUPERVISION, STAFF, "/board")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "transcript.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root, env = ingest_fixture(Path(tmp))
        with TelegramStandIn() as tg:
            bot = BotProcess(bot_env(env, tg), root, tg)
            try:
                bot.wait_ready()
                session = Session(tg)
                play(session)
            finally:
                code = bot.stop()
    header = [
        "# 督查助手：一次真实会话的记录",
        "",
        "由 `python benchmarks/transcript.py` 生成：真实的 `ducha run` 连接本地的 Bot API 模拟服务",
        "（`tests/support/telegram_standin.py`），数据为端到端测试用的示例分工方案和政府工作报告",
        f"（`ducha ingest`，DUCHA_EMBEDDING=none）。日期：{dt.date.today().isoformat()}。",
        "消息按 Telegram 的显示效果给出（HTML 已渲染，按钮写在方括号里）。",
        "",
        "会话中的角色：王科员、李科员（督查室），钱科员（科技局督办群成员），管理员（DUCHA_ADMIN_IDS），路人（未授权）。",
        "",
        "---",
        "",
    ]
    args.out.write_text("\n".join(header + session.out).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(session.out)} lines); bot exit code {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Logs carry ids and commands, not message bodies or Update dumps: the error handler's line
names the update, chat, user and command word; the debug dump masks every text; secrets are
masked whatever the level."""
from __future__ import annotations

import logging
from types import SimpleNamespace

from telegram import Update

from bot.app import on_error
from bot.logs import RotatingFile, SecretFilter, describe_update, masked_update

SECRET_QUESTION = "此件不予公开：某某同志的问题线索"


def _update(text: str) -> Update:
    return Update.de_json({
        "update_id": 777,
        "message": {"message_id": 5, "date": 1700000000, "text": text,
                    "chat": {"id": -100123, "type": "supergroup", "title": "督查室工作群"},
                    "from": {"id": 42, "is_bot": False, "first_name": "王"}},
    }, None)


def test_describe_update_has_ids_and_the_command_word_only() -> None:
    line = describe_update(_update(f"/ask@ducha_bot {SECRET_QUESTION}"))
    assert line == "update 777, chat -100123, user 42, command /ask"
    plain = describe_update(_update(SECRET_QUESTION))
    assert SECRET_QUESTION not in plain and "chars" in plain


def test_debug_dump_masks_texts() -> None:
    dump = masked_update(_update(SECRET_QUESTION))
    assert SECRET_QUESTION not in dump and "督查室工作群" not in dump and "-100123" in dump


async def test_error_handler_logs_no_message_body(make_ctx, caplog) -> None:
    ctx = make_ctx(DUCHA_EMBEDDING="none")
    app = SimpleNamespace(bot_data={"ctx": ctx}, stop_running=lambda: None)
    context = SimpleNamespace(error=RuntimeError("boom"), application=app, bot=None)
    with caplog.at_level(logging.DEBUG):
        await on_error(_update(SECRET_QUESTION), context)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "update 777" in text and SECRET_QUESTION not in text


def test_secret_filter_masks_tokens() -> None:
    f = SecretFilter(["sk-live-abc"])
    assert f.mask("GET https://api.telegram.org/bot123456:AAH" + "x" * 33 + "/getMe key sk-live-abc") == \
        "GET https://api.telegram.org/bot<TOKEN>/getMe key <SECRET>"


def test_log_file_rotates_to_three_backups_keeping_every_recent_line(tmp_path) -> None:
    path = tmp_path / "ducha.log"
    handler = RotatingFile(path, max_bytes=200, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("ducha.test_rotation")
    log.propagate, log.level = False, logging.INFO
    log.addHandler(handler)
    try:
        for i in range(40):
            log.info("第%02d行：%s", i, "x" * 30)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = [path, *(tmp_path / f"ducha.log.{i}" for i in (1, 2, 3))]
    assert all(f.exists() for f in files) and not (tmp_path / "ducha.log.4").exists()
    assert all(f.stat().st_size < 200 for f in files)
    lines = [line for f in reversed(files) for line in f.read_text(encoding="utf-8").splitlines()]
    assert lines == [f"第{i:02d}行：{'x' * 30}" for i in range(40 - len(lines), 40)]  # the newest, in order

"""Errors a user caused and can fix. The CLI prints their message on one line and exits 2;
the bot sends the message as is. Anything else is our bug and is logged with a traceback."""
from __future__ import annotations


class UserError(Exception):
    """Bad input: the message says, in Chinese, what was wrong and what to do."""

    exit_code = 2

"""Who does an act and through which medium, so the CLI's writes are audited like the bot's.

The registry stores a one-string signature with each change (`deadlines.set_by`,
`progress.reporter`, `bindings.bound_by`); the audit trail stores the parts. Both come from
here, so the two cannot disagree about who it was.
"""
from __future__ import annotations

import getpass
from dataclasses import dataclass

CLI = "cli"
TELEGRAM = "telegram"


@dataclass(frozen=True)
class Actor:
    medium: str  # CLI or TELEGRAM
    name: str | None = None  # the OS login for the CLI; @username or full name in Telegram
    user_id: int | None = None  # Telegram user id
    chat_id: int | None = None  # the Telegram chat the command came from

    @property
    def signature(self) -> str:
        """The `by`/`reporter` string stored with a change: `cli:zhang`, `telegram:1001 @zhang`."""
        if self.medium == TELEGRAM:
            return f"telegram:{self.user_id} {self.name}" if self.user_id else "telegram"
        return f"{self.medium}:{self.name}" if self.name else self.medium

    @property
    def audit_name(self) -> str | None:
        """The name column of the audit trail: the Telegram name, or the CLI signature (so a
        row written from a terminal reads `cli:zhang`)."""
        return self.name if self.medium == TELEGRAM else self.signature


def cli_actor() -> Actor:
    """The person at the terminal: the OS login, when the system has one."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers (KeyError before 3.13)
        login = None
    return Actor(CLI, login)

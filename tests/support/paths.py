"""Where test inputs live, named once so a test file can move without breaking its paths."""
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
TESTS = PROJECT / "tests"
DATA = TESTS / "data"
EXAMPLES = PROJECT / "examples"

"""Same-sound slips are repaired as before, and a question whose near misses cannot sound alike
never loads pypinyin (issue 15: ~50 ms of a one-shot `ducha ask`)."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from core import synonyms


def test_the_quick_reading_never_tells_apart_characters_pypinyin_reads_alike() -> None:
    """Skipping pypinyin is only safe if every pair `_sounds` would read alike also passes
    `_may_sound_alike`: checked for every common CJK character pypinyin knows."""
    table = json.loads(synonyms._reading_table())
    chars = [chr(c) for c in range(0x4E00, 0xA000) if str(c) in table]
    assert len(chars) > 20_000
    sounds = synonyms._sounds("".join(chars))  # read in one go: readings do not depend on neighbours
    keys: dict[str, set[str]] = defaultdict(set)
    for ch, sound in zip(chars, sounds, strict=True):
        keys[sound].add(synonyms.plain_reading(table[str(ord(ch))].split(",")[0]))
    assert not {sound: k for sound, k in keys.items() if len(k) > 1}
    for ch in chars[::97]:  # the table's text is read as json reads it
        assert synonyms._first_reading(ch) == synonyms.plain_reading(table[str(ord(ch))].split(",")[0])
        assert synonyms._sounds(ch) == [sounds[chars.index(ch)]]


def test_slips_are_still_repaired_and_other_sounds_left_as_typed() -> None:
    assert synonyms.fix_homophones("罗小云牵投哪些任务") == "罗小云牵头哪些任务"
    assert synonyms.fix_sounds_of("干州24年目标", ("赣州", "南昌")) == "赣州24年目标"
    assert synonyms.fix_homophones("地区生产总值增长目标") == "地区生产总值增长目标"
    assert not synonyms._may_sound_alike("值", "量") and synonyms._may_sound_alike("投", "头")
    assert synonyms._may_sound_alike("5", "头")  # no reading known: the full check decides


def test_a_near_miss_of_another_sound_loads_no_pypinyin() -> None:
    import subprocess

    from tests.support.paths import PROJECT

    probe = ("import sys; from core.synonyms import fix_homophones;"
             "assert fix_homophones('2024年江西省地区生产总值增长目标是多少').endswith('多少');"
             "print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True,
                         env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_name_typed_with_another_reading_of_a_character_is_read_where_it_heads_a_clause() -> None:
    """长 is read zhǎng first and cháng too: "南长" at a clause's head is 南昌; inside a run of
    words ("赣南长征") the same characters belong to other words and stay as typed."""
    words = ("南昌", "赣州", "九江")
    assert synonyms.fix_sounds_of("南长明年新建几个公园", words) == "南昌明年新建几个公园"
    assert synonyms.fix_sounds_of("请问，南长去年GDP", words) == "请问，南昌去年GDP"
    assert synonyms.fix_sounds_of("2023年南长的目标", words) == "2023年南昌的目标"
    assert synonyms.fix_sounds_of("弘扬赣南长征精神", words) == "弘扬赣南长征精神"
    # no reading of 方 is chang: not a slip of 南昌
    assert synonyms.fix_sounds_of("南方明年新建几个公园", words) == "南方明年新建几个公园"

"""Chinese numerals, read in one place: section marks (二十四、), dates (二〇二五年一月十四日),
deadlines (六月底前) and task codes asked in words (第六部分第二十项) all use them."""
from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def cn_number(text: str) -> int | None:
    """一 → 1, 十七 → 17, 二十四 → 24, 一百零八 → 108; Arabic digits pass through; anything else → None."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in CN_DIGITS and c not in "十百" for c in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGITS[ch]
    return total + current


_WRITTEN = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 → 一, 11 → 十一, 24 → 二十四, 108 → 一百零八: the inverse of `cn_number` (1–999), for
    section marks a plan implies but does not print (its eleventh 分类 is 十一、)."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = _WRITTEN[hundreds] + "百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else _WRITTEN[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    if ones:
        out += _WRITTEN[ones]
    return out

"""Measurement units written in Latin symbols (km, km/h, kg, kW…), as staff type them.

"南昌车速提升多少km/h" asks a figure in a unit, not about a thing named "km": the symbol must
not be looked for in the evidence as a name (the way "GDP" or "5G" is), and a figure written
with it ("4km/h") is a figure. The symbols are SI / 法定计量单位 symbols (GB 3100-1993).
"""
from __future__ import annotations

from core import lazy_re as re

# symbol → the Chinese unit name the reports print beside a figure
UNIT_SYMBOLS: dict[str, str] = {
    "km": "公里", "km/h": "公里/小时", "m": "米", "m2": "平方米", "km2": "平方公里", "kg": "千克",
    "t": "吨", "kw": "千瓦", "kwh": "千瓦时", "mw": "兆瓦", "gw": "吉瓦", "ha": "公顷", "h": "小时",
}

_SYMBOL = re.compile(r"(?:%s)(?:/(?:h|s))?" % "|".join(sorted(map(re.escape, UNIT_SYMBOLS), key=len, reverse=True)),
                     re.IGNORECASE)


def is_unit_symbol(token: str) -> bool:
    """"km", "KM/h", "kW" → True; "GDP", "R&D", "5G" → False."""
    return bool(_SYMBOL.fullmatch(token.strip()))

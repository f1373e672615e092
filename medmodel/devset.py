"""The real-language development set's format (assets/eval/real_dev.csv): one note per row with the form's age, sex
and flags as the clinician entered them, the condition a clinician would put first (``dx``), the others also right
(``acceptable``) and the least urgent safe triage (``min_triage``)."""
from __future__ import annotations

import math

from .case import Case
from .errors import RecordsError

DEV_COLUMNS = ("id", "style", "text", "age", "sex", "flags", "dx", "acceptable", "min_triage")


def is_dev_set(df) -> bool:
    """A real-language development set (assets/eval/real_dev.csv format) rather than a plain labelled file."""
    return {"text", "dx", "min_triage"} <= set(df.columns)


def _cell(value) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def dev_cases(df) -> list[tuple[dict, Case]]:
    """Rows of a development set as (row, Case); the form's age, sex and flags as the clinician entered them.
    Raises RecordsError naming the first row whose age, sex or flags cannot be used (row 1 is the first data row)."""
    out = []
    for i, row in enumerate(df.to_dict("records"), start=1):
        age, sex = _cell(row.get("age")), _cell(row.get("sex")).upper()
        flags = frozenset(f.strip() for f in _cell(row.get("flags")).split(";") if f.strip())
        try:
            years = int(float(age)) if age else None
        except (ValueError, OverflowError):
            raise RecordsError(f"row {i}: age {age!r} is not a number of years") from None
        try:
            out.append((row, Case(_cell(row["text"]), years, sex or None, flags)))
        except ValueError as exc:
            raise RecordsError(f"row {i}: {exc}") from None
    return out

"""Cells a spreadsheet cannot run: OWASP CSV injection. A text cell starting with = + - @ tab or CR is prefixed
with a single quote, so a note cannot run a formula in the reviewer's Excel. Used by every export (records,
audit log)."""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# RFC 4180 line ends. With "\n" alone, a cell holding a bare CR is written unquoted and Excel starts a new row
# there, so "x\r=cmd()" would smuggle a live formula past the neutralising prefix.
CSV_EOL = "\r\n"


def inert(value):
    """The value, made inert when it is text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value

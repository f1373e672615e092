"""Reviewers' judgements of attributions: does each highlighted word or finding make clinical sense?

A reviewer looks at one output of one explanation ("Dx: Migraine" under integrated gradients, say), marks each of
the top-k attributed words and findings as clinically plausible or implausible, names any that should have
mattered but did not ("missing"), and may add a comment. Each mark is one row, linked to the audit trail by the
model bundle's hash, the input's keyed hash (``AuditLog.input_hmac`` of ``audit.case_input``: the value the
audit row of the prediction carries) and the method with its parameters; the note itself is never stored here.

Agreement per method is the share of top-k attributed spans that reviewers marked plausible: a human-grounded
plausibility figure (DeYoung et al. 2020, ERASER, keep plausibility apart from faithfulness) to show beside the
faithfulness figures.

Storage is SQLite, WAL journal and one ``BEGIN IMMEDIATE`` transaction per review, as the audit log does, so
threads (Streamlit sessions) and processes can write at once; ``$MEDSEQ_REVIEWS_DB``, default
``$MEDSEQ_HOME/reviews.sqlite``. Rows are never updated: a changed mind is a new review.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .audit import connect, create_private_db
from .errors import MedSeqError
from .paths import medseq_home
from .spreadsheet import inert

JUDGEMENTS = ("plausible", "implausible", "missing")
TOP_K = 5                     # spans a reviewer is asked about, and the k of the agreement rate
MAX_SPAN_CHARS = 200
MAX_COMMENT_CHARS = 2000
MAX_MARKS = 50
COLUMNS = ("id", "time", "reviewer", "bundle_sha256", "input_hmac", "method", "params", "output", "span", "finding",
           "start", "end", "rank", "score", "judgement", "comment")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_OUTPUT = re.compile(r"(?:DX|TRIAGE|RX|NEXT):[a-z0-9_]+")
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")   # newlines and tabs are kept in comments

_SCHEMA = """
CREATE TABLE IF NOT EXISTS review (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    time          TEXT NOT NULL,                  -- UTC, ISO 8601
    reviewer      TEXT NOT NULL,
    bundle_sha256 TEXT NOT NULL,                  -- the model judged (Bundle.sha256, as in the audit log)
    input_hmac    TEXT NOT NULL,                  -- AuditLog.input_hmac(case_input(case)): joins the audit row
    method        TEXT NOT NULL,
    params        TEXT NOT NULL,                  -- JSON: baseline, steps, contrast ...
    output        TEXT NOT NULL,                  -- the output judged, e.g. DX:migraine
    span          TEXT NOT NULL,                  -- the word or finding as written in the note
    finding       TEXT,                           -- knowledge-base finding id when the span is a finding
    start         INTEGER,
    "end"         INTEGER,
    rank          INTEGER,                        -- 1 = most attributed of the top-k shown; NULL for "missing"
    score         REAL,                           -- its attribution
    judgement     TEXT NOT NULL CHECK (judgement IN ('plausible', 'implausible', 'missing')),
    comment       TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER IF NOT EXISTS review_no_update BEFORE UPDATE ON review
BEGIN SELECT RAISE(ABORT, 'reviews are append-only: UPDATE refused'); END;
CREATE INDEX IF NOT EXISTS review_method ON review(bundle_sha256, method);
"""


class ReviewError(MedSeqError):
    """A review that cannot be stored; ``code`` and ``params`` word it in the reader's language (``review.err_*``)."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message)
        self.code, self.params = code, params


def default_path() -> Path:
    return Path(os.environ.get("MEDSEQ_REVIEWS_DB") or medseq_home() / "reviews.sqlite")


@dataclass(frozen=True)
class Mark:
    """One judgement of one span: ``judgement`` plausible / implausible (a top-k span, with its ``rank``) or
    missing (a span that should have mattered, no rank)."""
    span: str
    judgement: str
    rank: int | None = None
    score: float | None = None
    finding: str | None = None
    start: int | None = None
    end: int | None = None


def top_spans(expl, row: int, k: int = TOP_K, level: str = "finding") -> list[tuple[object, float]]:
    """The ``k`` spans (``Explanation.spans``) with the largest attribution magnitude for output ``row``, most
    attributed first; punctuation and <sep> never count."""
    scored = [(s, v) for s, v in expl.span_scores(row, level) if any(ch.isalnum() for ch in s.text)]
    return sorted(scored, key=lambda sv: -abs(sv[1]))[:k]


def _text(value, limit: int, code: str, what: str, required: bool = True) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ReviewError(code, f"{what} must be text")
    value = _CONTROL.sub(" ", value).strip()
    if required and not value:
        raise ReviewError(code, f"{what} is empty")
    if len(value) > limit:
        raise ReviewError(code, f"{what} is longer than {limit} characters", limit=limit)
    return value


def _check(reviewer, bundle_sha256, input_hmac, method, output, marks, comment, params) -> tuple:
    from .explain import METHODS
    if not isinstance(reviewer, str) or not _NAME.fullmatch(reviewer):
        raise ReviewError("reviewer", "the reviewer's name must be 1-64 letters, digits or ._@-")
    for name, value in (("bundle hash", bundle_sha256), ("input HMAC", input_hmac)):
        if not isinstance(value, str) or not _HEX64.fullmatch(value):
            raise ReviewError("link", f"the {name} must be 64 lower-case hex digits (the audit link)")
    if method not in METHODS:
        raise ReviewError("method", f"unknown method {method!r}")
    if not isinstance(output, str) or not _OUTPUT.fullmatch(output):
        raise ReviewError("output", f"not an output token: {output!r}")
    comment = _text(comment, MAX_COMMENT_CHARS, "comment", "the comment", required=False)
    if not isinstance(marks, (list, tuple)) or not marks:
        raise ReviewError("empty", "mark at least one word or finding")
    if len(marks) > MAX_MARKS:
        raise ReviewError("too_many", f"at most {MAX_MARKS} marks in one review", limit=MAX_MARKS)
    try:
        params_json = json.dumps(params or {}, sort_keys=True, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise ReviewError("params", "the method's parameters must be plain JSON values") from None
    rows, seen = [], set()
    for m in marks:
        if not isinstance(m, Mark):
            raise ReviewError("mark", "each mark must be a Mark")
        if m.judgement not in JUDGEMENTS:
            raise ReviewError("judgement", f"judgement must be one of {', '.join(JUDGEMENTS)}, got {m.judgement!r}")
        span = _text(m.span, MAX_SPAN_CHARS, "span", "the word or finding")
        if m.judgement == "missing":
            if m.rank is not None:
                raise ReviewError("rank", "a missing word has no attribution rank")
        elif not (isinstance(m.rank, int) and not isinstance(m.rank, bool) and 1 <= m.rank <= MAX_MARKS):
            raise ReviewError("rank", "a judged top-k word needs its rank (1 = most attributed)")
        if m.score is not None and not (isinstance(m.score, (int, float)) and math.isfinite(m.score)):
            raise ReviewError("score", "the attribution must be a finite number")
        for pos in (m.start, m.end):
            if pos is not None and not (isinstance(pos, int) and pos >= 0):
                raise ReviewError("offsets", "character offsets must be whole numbers from 0")
        key = (span, m.start, m.end, m.finding)
        if key in seen:
            raise ReviewError("duplicate", f"{span!r} is marked twice")
        seen.add(key)
        finding = _text(m.finding, 100, "finding", "the finding id", required=False) or None
        rows.append((span, finding, m.start, m.end, m.rank, None if m.score is None else float(m.score), m.judgement))
    return reviewer, params_json, comment, rows


class ReviewStore:
    """The reviews database at ``path``. Cheap to create; one connection per call, so any thread may use it."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_path()
        create_private_db(self.path, _SCHEMA, self._connect)

    def _connect(self):
        return connect(self.path, lambda exc: ReviewError("storage", f"cannot open the reviews database {self.path}: {exc}"))

    def add(self, reviewer: str, *, bundle_sha256: str, input_hmac: str, method: str, output: str,
            marks: list[Mark], comment: str = "", params: dict | None = None) -> list[int]:
        """Store one review (its marks) in one transaction; returns the new row ids. Raises ReviewError for bad
        input, with nothing written."""
        reviewer, params_json, comment, rows = _check(reviewer, bundle_sha256, input_hmac, method, output, marks,
                                                       comment, params)
        now = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        with self._connect() as db:
            for attempt in range(5):
                try:
                    db.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError:
                    if attempt == 4:
                        raise ReviewError("busy", "the reviews database is busy: try again") from None
                    time.sleep(0.05 * (attempt + 1))
            try:
                ids = []
                for span, finding, start, end, rank, score, judgement in rows:
                    cur = db.execute(
                        f"INSERT INTO review ({', '.join(_q(c) for c in COLUMNS[1:])}) "
                        f"VALUES ({', '.join('?' * (len(COLUMNS) - 1))})",
                        (now, reviewer, bundle_sha256, input_hmac, method, params_json, output, span, finding, start,
                         end, rank, score, judgement, comment))
                    ids.append(cur.lastrowid)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return ids

    def rows(self, bundle_sha256: str | None = None, method: str | None = None, reviewer: str | None = None,
             input_hmac: str | None = None, output: str | None = None) -> list[dict]:
        """Rows oldest first, filtered by exact values."""
        where, args = [], []
        for col, val in (("bundle_sha256", bundle_sha256), ("method", method), ("reviewer", reviewer),
                         ("input_hmac", input_hmac), ("output", output)):
            if val is not None:
                where.append(f"{col} = ?")
                args.append(val)
        sql = f"SELECT {', '.join(_q(c) for c in COLUMNS)} FROM review" + (
            " WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        with self._connect() as db:
            return [dict(zip(COLUMNS, r)) for r in db.execute(sql, args)]

    def agreement(self, bundle_sha256: str | None = None, k: int = TOP_K) -> dict[str, dict]:
        """Per method: of the top-``k`` attributed spans reviewers judged, the share marked plausible; with the
        counts behind it, the number of outputs reviewed and the words marked missing."""
        out: dict[str, dict] = {}
        for r in self.rows(bundle_sha256=bundle_sha256):
            m = out.setdefault(r["method"], {"plausible": 0, "judged": 0, "missing": 0, "outputs": set()})
            m["outputs"].add((r["input_hmac"], r["output"], r["reviewer"], r["params"]))
            if r["judgement"] == "missing":
                m["missing"] += 1
            elif r["rank"] is not None and r["rank"] <= k:
                m["judged"] += 1
                m["plausible"] += r["judgement"] == "plausible"
        return {method: {"rate": m["plausible"] / m["judged"] if m["judged"] else None, "plausible": m["plausible"],
                         "judged": m["judged"], "missing": m["missing"], "outputs": len(m["outputs"])}
                for method, m in sorted(out.items())}

    def export_csv(self, rows: list[dict] | None = None) -> bytes:
        """CSV bytes (UTF-8 with BOM for Excel), formula injection neutralised."""
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(COLUMNS)
        for r in self.rows() if rows is None else rows:
            w.writerow(["" if r[c] is None else inert(r[c]) for c in COLUMNS])
        return buf.getvalue().encode("utf-8-sig")


def _q(column: str) -> str:
    return f'"{column}"'

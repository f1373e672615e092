"""Append-only, hash-chained audit log in SQLite: who ran which model on what, and what it said.

One row per event (prediction, explanation, upload, export, sign-in ...): UTC time, user, event,
the model bundle's hash, a keyed hash (HMAC-SHA256) of the input, a summary of the outputs, and
the note PHI-redacted (medmodel.redact) or not stored at all (``note="none"``).

Tamper evidence:
- UPDATE and DELETE are refused by triggers, so the application (or a careless admin using the
  sqlite3 shell) cannot change history through SQL.
- Every row carries ``row_hash = HMAC(chain_key, prev_hash || row)``: changing any byte of any row,
  or removing or reordering rows in the middle, breaks the chain, and ``verify()`` names the first
  bad row. The key lives in a separate 0600 secret file, never in the database, so someone who
  can write the database but cannot read the key cannot forge a consistent chain.
- Removing rows from the *end* leaves a valid shorter chain; ``verify(expect_rows=...)`` or the
  exported head (last id + hash, printed by ``python -m medmodel audit verify``) detects that when
  kept elsewhere.

Durability and concurrency: WAL journal (readers never block the writer), ``busy_timeout`` so
concurrent writers wait instead of failing, and every append is one ``BEGIN IMMEDIATE``
transaction that reads the chain head and inserts the next row, so processes and threads
serialise on SQLite's write lock and the chain never forks. ``synchronous=FULL``: in WAL mode
NORMAL survives an application crash but may lose the last commits on power loss; an audit row
the user was shown an answer for must survive both, and one fsync per human-paced event is cheap.
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import re
import secrets
import sqlite3
import stat
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from .errors import AuditError
from .paths import audit_db
from .redact import redact
from .spreadsheet import inert

EVENTS = ("prediction", "explanation", "upload", "export", "sign_in", "sign_in_failed", "sign_out", "users")
NOTE_MODES = ("redacted", "none")
GENESIS = "0" * 64
BUSY_TIMEOUT_MS = 30_000
COLUMNS = ("id", "time", "user", "event", "bundle_sha256", "input_hmac", "outputs", "note", "prev_hash", "row_hash")
default_db_path = audit_db   # $MEDSEQ_AUDIT_DB, else $MEDSEQ_HOME/audit.sqlite (the name ui.py reads)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,  -- AUTOINCREMENT: an id is never reused
    time          TEXT NOT NULL,                      -- UTC, ISO 8601 with microseconds
    user          TEXT NOT NULL,
    event         TEXT NOT NULL,
    bundle_sha256 TEXT NOT NULL,
    input_hmac    TEXT NOT NULL,                      -- HMAC-SHA256 of the input (not reversible without the key)
    outputs       TEXT NOT NULL,                      -- JSON summary of what the user was shown
    note          TEXT,                               -- PHI-redacted note, or NULL
    prev_hash     TEXT NOT NULL,
    row_hash      TEXT NOT NULL UNIQUE
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: UPDATE refused'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: DELETE refused'); END;
CREATE INDEX IF NOT EXISTS audit_time ON audit(time);
"""


def clean(text: object, limit: int = 200) -> str:
    """One-line text for logs and audit fields: CR, LF and other control characters escaped."""
    s = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _utf8(str(text)))
    return s if len(s) <= limit else s[:limit] + "..."


def _utf8(text: str) -> str:
    """Text SQLite can store: lone surrogates (from undecodable bytes, e.g. a CLI argument) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def default_note_mode() -> str:
    mode = os.environ.get("MEDSEQ_AUDIT_NOTE", "redacted").strip().lower()
    if mode not in NOTE_MODES:
        raise AuditError(f"MEDSEQ_AUDIT_NOTE must be one of {', '.join(NOTE_MODES)}, got {mode!r}")
    return mode


def load_key(path: str | Path) -> bytes:
    """The secret key, created (32 random bytes, mode 0600, atomically) on first use.

    Refuses a key file that group or others can read, as ssh does for private keys.
    """
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".audit-key-")   # mkstemp creates it 0600
        try:
            os.write(fd, secrets.token_hex(32).encode())
            os.fsync(fd)
            os.close(fd)
            try:
                os.link(tmp, path)   # atomic and fails if another process won the race: then use theirs
            except FileExistsError:
                pass
        finally:
            os.unlink(tmp)
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise AuditError(f"audit key {path} is readable by other users (mode {oct(mode & 0o777)}): chmod 600 it")
    key = path.read_text().strip()
    if len(key) < 32:
        raise AuditError(f"audit key {path} is too short or empty")
    return key.encode()


@dataclass(frozen=True)
class Verification:
    ok: bool
    rows: int
    head: str                 # row_hash of the last row (GENESIS when empty): keep it elsewhere to detect truncation
    bad_row: int | None = None
    message: str = ""


def _canonical(row: dict) -> bytes:
    return json.dumps([row[c] for c in COLUMNS[:-2]], ensure_ascii=False, separators=(",", ":")).encode()


def prediction_outputs(prediction) -> dict:
    """Audit summary of a Prediction: differential (id, probability), triage, medications, flags."""
    return {
        "differential": [[d.condition_id, round(d.probability, 4)] for d in prediction.differential],
        "triage": prediction.triage, "model_triage": prediction.model_triage,
        "red_flags": [r.finding for r in prediction.red_flags],
        "medications": list(prediction.medications), "withheld": [w.medication for w in prediction.withheld],
        "next_steps": list(prediction.next_steps), "truncated": prediction.encoded.truncated,
    }


def case_input(case) -> dict:
    """The parts of a Case that identify the input (hashed, never stored in clear)."""
    return {"text": case.text, "age": case.age, "sex": case.sex, "flags": sorted(case.flags)}


class AuditLog:
    """The audit log at ``path``. Cheap to create; safe to share across threads and processes.

    Each call opens its own connection, so one AuditLog can be used from any thread (Streamlit runs
    each session in its own thread) and from forked processes.
    """

    def __init__(self, path: str | Path | None = None, key_path: str | Path | None = None, note: str | None = None):
        self.path = Path(path) if path else audit_db()
        self.note_mode = note or default_note_mode()
        if self.note_mode not in NOTE_MODES:
            raise AuditError(f"note must be one of {', '.join(NOTE_MODES)}, got {self.note_mode!r}")
        # The key file sits beside the database unless told otherwise ($MEDSEQ_AUDIT_KEY): put it elsewhere to
        # separate who can write the log from who can forge it.
        key = load_key(key_path or os.environ.get("MEDSEQ_AUDIT_KEY") or self.path.parent / "audit.key")
        # Separate keys for the two uses, derived from the one secret (a key is never used for two purposes).
        self._input_key = hmac.new(key, b"medseq-audit-input", hashlib.sha256).digest()
        self._chain_key = hmac.new(key, b"medseq-audit-chain", hashlib.sha256).digest()
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")   # persistent: recorded in the database file
            db.executescript(_SCHEMA)
        try:
            os.chmod(self.path, 0o600)
        except OSError:
            pass

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except sqlite3.Error as exc:
            raise AuditError(f"cannot open the audit log {self.path}: {exc}") from None
        try:
            db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA synchronous=FULL")
            yield db
        finally:
            db.close()

    def input_hmac(self, data: object) -> str:
        """Keyed hash of an input: the same note gives the same value, but it cannot be reversed or guessed."""
        payload = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False, sort_keys=True,
                                                                   default=str).encode("utf-8", "surrogatepass")
        return hmac.new(self._input_key, payload, hashlib.sha256).hexdigest()

    def _row_hash(self, row: dict) -> str:
        return hmac.new(self._chain_key, _canonical(row), hashlib.sha256).hexdigest()

    def append(self, event: str, user: str, *, bundle_sha256: str = "", input: object = None,
               outputs: dict | None = None, note: str | None = None) -> int:
        """Write one row and return its id once it is committed (durable: synchronous=FULL)."""
        if event not in EVENTS:
            raise AuditError(f"unknown audit event {event!r}; known: {', '.join(EVENTS)}")
        row = {
            "user": clean(user or "anonymous", 100), "event": event, "bundle_sha256": clean(bundle_sha256, 64),
            "input_hmac": self.input_hmac(input) if input is not None else "",
            "outputs": _utf8(json.dumps(outputs or {}, ensure_ascii=False, sort_keys=True, default=str)),
            "note": _utf8(redact(note)) if (note and self.note_mode == "redacted") else None,
        }
        with self._connect() as db:
            for attempt in range(5):
                try:
                    db.execute("BEGIN IMMEDIATE")   # take the write lock before reading the chain head
                    break
                except sqlite3.OperationalError:   # busy beyond busy_timeout: back off and retry
                    if attempt == 4:
                        raise AuditError("the audit log is busy: try again") from None
                    time.sleep(0.05 * (attempt + 1))
            try:
                last = db.execute("SELECT id, row_hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
                row["id"] = (last[0] + 1) if last else 1
                row["prev_hash"] = last[1] if last else GENESIS
                row["time"] = datetime.now(timezone.utc).isoformat(timespec="microseconds")
                row["row_hash"] = self._row_hash(row)
                db.execute(f"INSERT INTO audit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                           [row[c] for c in COLUMNS])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return row["id"]

    def rows(self, user: str | None = None, event: str | None = None, since: str | None = None,
             until: str | None = None, limit: int | None = None) -> list[dict]:
        """Rows oldest first, filtered by exact user / event and an ISO time range (until is exclusive)."""
        where, args = [], []
        for col, op, val in (("user", "=", user), ("event", "=", event), ("time", ">=", since), ("time", "<", until)):
            if val:
                where.append(f"{col} {op} ?")
                args.append(val)
        sql = f"SELECT {', '.join(COLUMNS)} FROM audit" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        if limit:
            sql = f"SELECT * FROM ({sql.replace(' ORDER BY id', ' ORDER BY id DESC')} LIMIT {int(limit)}) ORDER BY id"
        with self._connect() as db:
            return [dict(zip(COLUMNS, r)) for r in db.execute(sql, args)]

    def count(self) -> int:
        with self._connect() as db:
            return db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]

    def verify(self, expect_rows: int | None = None) -> Verification:
        """Recompute the chain. Any changed byte, removed or reordered row is reported with its id."""
        prev, n, expected_id = GENESIS, 0, 1
        try:
            with self._connect() as db:
                integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
                if integrity != "ok":
                    return Verification(False, 0, prev, None, f"SQLite integrity check failed: {clean(integrity)}")
                for values in db.execute(f"SELECT {', '.join(COLUMNS)} FROM audit ORDER BY id"):
                    row = dict(zip(COLUMNS, values))
                    if row["id"] != expected_id:
                        return Verification(False, n, prev, row["id"], f"rows {expected_id}..{row['id'] - 1} are missing")
                    if row["prev_hash"] != prev:
                        return Verification(False, n, prev, row["id"], f"row {row['id']} does not follow row {row['id'] - 1}")
                    if not isinstance(row["row_hash"], str) or not hmac.compare_digest(self._row_hash(row), row["row_hash"]):
                        return Verification(False, n, prev, row["id"], f"row {row['id']} was changed after it was written")
                    prev, n, expected_id = row["row_hash"], n + 1, expected_id + 1
        except sqlite3.DatabaseError as exc:
            return Verification(False, n, prev, None, f"the audit database is damaged: {clean(exc)}")
        except (TypeError, ValueError) as exc:  # a damaged value that cannot even be canonicalised
            return Verification(False, n, prev, expected_id, f"row {expected_id} is damaged: {clean(exc)}")
        if expect_rows is not None and n < expect_rows:
            return Verification(False, n, prev, None, f"{expect_rows - n} rows were removed from the end")
        return Verification(True, n, prev, None, f"{n} rows, chain intact")

    def export_csv(self, rows: list[dict] | None = None) -> bytes:
        """CSV bytes (UTF-8 with BOM for Excel), formula injection neutralised."""
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(COLUMNS)
        for r in self.rows() if rows is None else rows:
            w.writerow(["" if r[c] is None else inert(r[c]) for c in COLUMNS])
        return buf.getvalue().encode("utf-8-sig")

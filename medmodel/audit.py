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
- Removing rows from the *end* leaves a valid shorter chain. Two high-water marks catch it:
  SQLite's own ``sqlite_sequence`` (AUTOINCREMENT remembers the largest id ever issued, even when rows
  are deleted), and an *anchor* file kept apart from the database (``$MEDSEQ_AUDIT_ANCHOR``, default
  beside the key): the last id and its row hash, MACed with a key derived from the secret, rewritten
  after every commit. ``verify()`` refuses a log shorter than either, an emptied log included.
  ``verify(expect_rows=...)`` and the printed head remain for copies kept elsewhere.

Durability and concurrency: WAL journal (readers never block the writer), ``busy_timeout`` so
concurrent writers wait instead of failing, and every append is one ``BEGIN IMMEDIATE``
transaction that reads the chain head and inserts the next row, so processes and threads
serialise on SQLite's write lock and the chain never forks. ``synchronous=FULL``: in WAL mode
NORMAL survives an application crash but may lose the last commits on power loss; an audit row
the user was shown an answer for must survive both, and one fsync per human-paced event is cheap.
"""
from __future__ import annotations

import csv
import fcntl
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
from .redact import redact, strip_invisible
from .spreadsheet import inert

EVENTS = ("prediction", "explanation", "upload", "export", "sign_in", "sign_in_failed", "sign_out", "users")
NOTE_MODES = ("none", "redacted")   # none (the default): no note text at all, only its keyed hash
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
    """One-line text for logs and audit fields: zero-width and bidi controls dropped, CR, LF and other control
    characters escaped."""
    s = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", strip_invisible(_utf8(str(text))))
    return s if len(s) <= limit else s[:limit] + "..."


def _utf8(text: str) -> str:
    """Text SQLite can store: lone surrogates (from undecodable bytes, e.g. a CLI argument) escaped."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def default_note_mode() -> str:
    """$MEDSEQ_AUDIT_NOTE: "none" (the default: pattern redaction cannot find every name) or "redacted"."""
    mode = os.environ.get("MEDSEQ_AUDIT_NOTE", "none").strip().lower()
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


@contextmanager
def connect(path: Path, error) -> Iterator[sqlite3.Connection]:
    """One connection to a MedSeq SQLite store (autocommit, busy timeout, synchronous=FULL), closed after use;
    ``error(exc)`` makes the exception raised when the file cannot be opened."""
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise error(exc) from None
    try:
        db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA synchronous=FULL")
        yield db
    finally:
        db.close()


def create_private_db(path: Path, schema: str, connect_to) -> None:
    """The store's folder (0700) and file (0600), in WAL mode (persistent: recorded in the file), with ``schema``."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with connect_to() as db:
        db.execute("PRAGMA journal_mode=WAL")
        db.executescript(schema)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass


class AuditLog:
    """The audit log at ``path``. Cheap to create; safe to share across threads and processes.

    Each call opens its own connection, so one AuditLog can be used from any thread (Streamlit runs
    each session in its own thread) and from forked processes.
    """

    def __init__(self, path: str | Path | None = None, key_path: str | Path | None = None, note: str | None = None,
                 anchor_path: str | Path | None = None):
        self.path = Path(path) if path else audit_db()
        self.note_mode = note or default_note_mode()
        if self.note_mode not in NOTE_MODES:
            raise AuditError(f"note must be one of {', '.join(NOTE_MODES)}, got {self.note_mode!r}")
        # The key file sits beside the database unless told otherwise ($MEDSEQ_AUDIT_KEY): put it elsewhere to
        # separate who can write the log from who can forge it.
        self.key_path = Path(key_path or os.environ.get("MEDSEQ_AUDIT_KEY") or self.path.parent / "audit.key")
        key = load_key(self.key_path)
        self.anchor_path = Path(anchor_path or os.environ.get("MEDSEQ_AUDIT_ANCHOR")
                                or self.key_path.with_name(self.path.stem + ".anchor"))
        # Separate keys for each use, derived from the one secret (a key is never used for two purposes).
        self._input_key = hmac.new(key, b"medseq-audit-input", hashlib.sha256).digest()
        self._chain_key = hmac.new(key, b"medseq-audit-chain", hashlib.sha256).digest()
        self._anchor_key = hmac.new(key, b"medseq-audit-anchor", hashlib.sha256).digest()
        create_private_db(self.path, _SCHEMA, self._connect)

    def _connect(self):
        return connect(self.path, lambda exc: AuditError(f"cannot open the audit log {self.path}: {exc}"))

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
        with self._writer_lock(), self._connect() as db:
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
            self._move_anchor(row["id"], row["row_hash"])   # after the commit: the anchor never runs ahead of the log
        return row["id"]

    # ------------------------------------------------------------------ the anchor
    @contextmanager
    def _writer_lock(self) -> Iterator[None]:
        """One writer at a time from commit to anchor (processes and threads): anchors are written in row order."""
        self.anchor_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.anchor_path.with_name(self.anchor_path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)            # closing releases the lock (and so does the kernel if the process is killed)

    def _anchor_mac(self, rid: int, row_hash: str) -> str:
        return hmac.new(self._anchor_key, f"{rid}:{row_hash}".encode(), hashlib.sha256).hexdigest()

    def read_anchor(self) -> tuple[int, str] | None:
        """(id, row hash) of the newest row the anchor vouches for; None when there is no anchor. Raises AuditError
        when it was altered."""
        try:
            data = json.loads(self.anchor_path.read_text())
            rid, row_hash, mac = int(data["id"]), str(data["row_hash"]), str(data["mac"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            raise AuditError(f"the anchor {self.anchor_path} is unreadable") from None
        if not hmac.compare_digest(self._anchor_mac(rid, row_hash), mac):
            raise AuditError(f"the anchor {self.anchor_path} was altered")
        return rid, row_hash

    def _write_anchor(self, rid: int, row_hash: str) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.anchor_path.parent, prefix=".anchor-")
        with os.fdopen(fd, "w") as f:
            json.dump({"id": rid, "row_hash": row_hash, "mac": self._anchor_mac(rid, row_hash)}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.anchor_path)

    def _move_anchor(self, rid: int, row_hash: str) -> None:
        """Advance the anchor to a committed row. A missing anchor is created only with the first row: one deleted
        later stays missing (and fails verification) until ``anchor()`` is run by someone who checked the log."""
        try:
            current = self.read_anchor()
        except AuditError:
            return                  # an altered anchor is left for verify() to report
        if (current is None and rid == 1) or (current is not None and rid > current[0]):
            self._write_anchor(rid, row_hash)

    def anchor(self) -> Verification:
        """Re-anchor at the current head after checking the chain (a log from before anchors, or a lost anchor)."""
        v = self.verify(check_anchor=False)
        if v.ok and v.rows:
            with self._writer_lock():
                self._write_anchor(v.rows, v.head)
        return v

    @staticmethod
    def _where(user=None, event=None, since=None, until=None, text=None, users=None, events=None) -> tuple[str, list]:
        where, args = [], []
        for col, op, val in (("user", "=", user), ("event", "=", event), ("time", ">=", since), ("time", "<", until)):
            if val:
                where.append(f"{col} {op} ?")
                args.append(val)
        for col, values in (("user", users), ("event", events)):
            if values:
                where.append(f"{col} IN ({', '.join('?' * len(values))})")
                args += list(values)
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(outputs LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\')")
            args += [like, like]
        return (" WHERE " + " AND ".join(where)) if where else "", args

    def rows(self, user: str | None = None, event: str | None = None, since: str | None = None,
             until: str | None = None, limit: int | None = None, *, text: str | None = None, users=None, events=None,
             offset: int = 0, newest_first: bool = False) -> list[dict]:
        """Rows oldest first (or newest first), filtered by user / event (exact, or any of ``users`` / ``events``),
        an ISO time range (until is exclusive) and a case-insensitive ``text`` in the outputs or note. With
        ``limit`` and no ``newest_first``: the newest ``limit`` rows, oldest first; with ``newest_first``: one page
        from ``offset``."""
        where, args = self._where(user, event, since, until, text, users, events)
        sql = f"SELECT {', '.join(COLUMNS)} FROM audit{where}"
        if newest_first:
            sql += " ORDER BY id DESC" + (f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else "")
        elif limit:
            sql = f"SELECT * FROM ({sql} ORDER BY id DESC LIMIT {int(limit)}) ORDER BY id"
        else:
            sql += " ORDER BY id"
        with self._connect() as db:
            return [dict(zip(COLUMNS, r)) for r in db.execute(sql, args)]

    def count(self, **filters) -> int:
        """Rows matching the same filters as ``rows`` (all rows without filters)."""
        where, args = self._where(**filters)
        with self._connect() as db:
            return db.execute(f"SELECT COUNT(*) FROM audit{where}", args).fetchone()[0]

    def users(self) -> list[str]:
        with self._connect() as db:
            return [r[0] for r in db.execute("SELECT DISTINCT user FROM audit ORDER BY user")]

    def verify(self, expect_rows: int | None = None, check_anchor: bool = True) -> Verification:
        """Recompute the chain, then compare its length with SQLite's high-water mark and the anchor. Any changed
        byte, removed or reordered row is reported with its id, and so is removal from the end."""
        prev, n, expected_id = GENESIS, 0, 1
        try:
            anchor = self.read_anchor() if check_anchor else None     # read first: a later append only moves it on
        except AuditError as exc:
            return Verification(False, 0, prev, None, str(exc))
        try:
            with self._connect() as db:
                seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
                hashes = {}
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
                    if anchor and row["id"] == anchor[0]:
                        hashes[row["id"]] = row["row_hash"]
        except sqlite3.DatabaseError as exc:
            return Verification(False, n, prev, None, f"the audit database is damaged: {clean(exc)}")
        except (TypeError, ValueError) as exc:  # a damaged value that cannot even be canonicalised
            return Verification(False, n, prev, expected_id, f"row {expected_id} is damaged: {clean(exc)}")
        if seq and seq[0] and int(seq[0]) > n:
            return Verification(False, n, prev, None, f"rows {n + 1}..{int(seq[0])} were removed from the end "
                                                      f"(SQLite issued ids up to {int(seq[0])})")
        if anchor is not None:
            if anchor[0] > n:
                return Verification(False, n, prev, None, f"rows {n + 1}..{anchor[0]} were removed from the end "
                                                          f"(the anchor vouches for row {anchor[0]})")
            if not hmac.compare_digest(hashes.get(anchor[0], ""), anchor[1]):
                return Verification(False, n, prev, anchor[0], f"row {anchor[0]} is not the row the anchor vouches for")
        elif check_anchor and n:
            return Verification(False, n, prev, None, f"the anchor {self.anchor_path} is missing, so removal of the "
                                                      "newest rows cannot be ruled out (after checking the log: "
                                                      "python -m medmodel audit anchor)")
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

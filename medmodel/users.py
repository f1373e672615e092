"""Users, roles and sign-in: a local users file with bcrypt hashes, rate-limited sign-in, session expiry.

The users file (JSON, ``$MEDSEQ_USERS``, default ``~/.medseq/users.json``: outside the repository,
mode 0600) maps a user name to a role and a bcrypt hash (salted, cost 12; OWASP Password Storage
Cheat Sheet). No users file, or one with no users, means the app runs in local demo mode.

Roles are cumulative: a reviewer sees everything a clinician sees, an admin everything a reviewer
sees. Failed sign-ins are limited per user name within a sliding window (OWASP Authentication
Cheat Sheet: throttle, do not lock out forever), and an unknown user name costs the same bcrypt
work as a known one, so timing does not reveal which names exist.
"""
from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import bcrypt

from .errors import UsersError
from .paths import users_file

ROLES = ("clinician", "reviewer", "admin")
PAGES = {   # page key -> the least role that may open it
    "assess": "clinician", "explain": "clinician", "gallery": "clinician",
    "records": "reviewer", "model_card": "reviewer", "audit": "reviewer",
    "users": "admin",
}
BCRYPT_ROUNDS = 12
MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_BYTES = 72          # bcrypt ignores (bcrypt 5 refuses) anything longer
MAX_FAILURES = 5                 # failed sign-ins allowed per user name ...
FAILURE_WINDOW_S = 15 * 60       # ... within this sliding window
SESSION_TIMEOUT_S = 15 * 60      # inactivity before a session must sign in again
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


def can_view(role: str | None, page: str) -> bool:
    """Whether a role may open a page (unknown pages are admin-only: fail closed)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(PAGES.get(page, "admin"))


def pages_for(role: str) -> list[str]:
    return [p for p in PAGES if can_view(role, p)]


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_CHARS:
        raise UsersError(f"the password must be at least {MIN_PASSWORD_CHARS} characters")
    if len(password.encode()) > MAX_PASSWORD_BYTES:
        raise UsersError(f"the password must be at most {MAX_PASSWORD_BYTES} bytes (a bcrypt limit)")
    if password.strip() != password or any(ord(c) < 32 for c in password):
        raise UsersError("the password must not start or end with spaces or contain control characters")


@dataclass(frozen=True)
class User:
    name: str
    role: str


class UsersFile:
    """The users file. Every change is written atomically (temp file + rename) with mode 0600."""

    def __init__(self, path: str | Path | None = None, rounds: int = BCRYPT_ROUNDS):
        self.path = Path(path) if path else users_file()
        self.rounds = rounds
        self._lock = threading.Lock()
        self._dummy_hash: bytes | None = None

    def _load(self) -> dict:
        if not self.path.exists():
            return {"version": 1, "users": {}}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise UsersError(f"users file {self.path} is unreadable ({exc.__class__.__name__})") from None
        if not isinstance(data, dict) or not isinstance(data.get("users"), dict):
            raise UsersError(f"users file {self.path} is not a MedSeq users file")
        return data

    def _save(self, data: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".users-")   # created 0600
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def users(self) -> list[User]:
        return [User(n, u["role"]) for n, u in sorted(self._load()["users"].items())]

    def configured(self) -> bool:
        """True when at least one user exists: sign-in is then required everywhere."""
        return bool(self._load()["users"])

    def role(self, name: str) -> str | None:
        u = self._load()["users"].get(name)
        return u["role"] if u else None

    def add(self, name: str, password: str, role: str) -> None:
        if not _NAME.fullmatch(name or ""):
            raise UsersError("user name: 1-64 letters, digits, . _ @ - (starting with a letter or digit)")
        if role not in ROLES:
            raise UsersError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
        check_password_strength(password)
        digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt(self.rounds)).decode()
        with self._lock:
            data = self._load()
            if name in data["users"]:
                raise UsersError(f"user {name!r} already exists")
            data["users"][name] = {"role": role, "hash": digest,
                                   "created": datetime.now(timezone.utc).isoformat(timespec="seconds")}
            self._save(data)

    def remove(self, name: str) -> None:
        with self._lock:
            data = self._load()
            if name not in data["users"]:
                raise UsersError(f"no user {name!r}")
            del data["users"][name]
            self._save(data)

    def set_role(self, name: str, role: str) -> None:
        if role not in ROLES:
            raise UsersError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
        with self._lock:
            data = self._load()
            if name not in data["users"]:
                raise UsersError(f"no user {name!r}")
            data["users"][name]["role"] = role
            self._save(data)

    def check(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None (same bcrypt work whether or not the user exists)."""
        u = self._load()["users"].get(name)
        if u is None and self._dummy_hash is None:
            # A real hash of a random password at the same cost: checked when the user does not exist (equal timing).
            self._dummy_hash = bcrypt.hashpw(os.urandom(16).hex().encode(), bcrypt.gensalt(self.rounds))
        digest = u["hash"].encode() if u else self._dummy_hash
        try:
            ok = bcrypt.checkpw(password.encode(), digest)
        except ValueError:   # over 72 bytes, or a damaged hash
            ok = False
        return User(name, u["role"]) if (ok and u) else None


class SignInLimiter:
    """At most ``max_failures`` failed sign-ins per user name within ``window_s`` (sliding window)."""

    def __init__(self, max_failures: int = MAX_FAILURES, window_s: float = FAILURE_WINDOW_S, clock=time.monotonic):
        self.max_failures, self.window_s, self.clock = max_failures, window_s, clock
        self._failures: dict[str, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, name: str) -> deque:
        q = self._failures.setdefault(name.lower(), deque())
        while q and self.clock() - q[0] > self.window_s:
            q.popleft()
        return q

    def retry_after(self, name: str) -> float:
        """Seconds until this user name may try again (0 when allowed now)."""
        with self._lock:
            q = self._recent(name)
            return max(0.0, self.window_s - (self.clock() - q[0])) if len(q) >= self.max_failures else 0.0

    def failed(self, name: str) -> None:
        with self._lock:
            self._recent(name).append(self.clock())

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name.lower(), None)


def sign_in(users: UsersFile, limiter: SignInLimiter, name: str, password: str) -> tuple[User | None, str]:
    """(user, "") on success, else (None, message for the sign-in form). Limits before checking."""
    wait = limiter.retry_after(name)
    if wait > 0:
        return None, f"Too many failed sign-ins for this user: try again in {int(wait // 60) + 1} min."
    user = users.check(name, password)
    if user is None:
        limiter.failed(name)
        return None, "Wrong user name or password."
    limiter.succeeded(name)
    return user, ""


def session_expired(last_active: float | None, now: float | None = None, timeout_s: float = SESSION_TIMEOUT_S) -> bool:
    """True when a signed-in session has been idle longer than ``timeout_s`` (or never recorded activity)."""
    if last_active is None:
        return True
    return ((time.time() if now is None else now) - last_active) > timeout_s

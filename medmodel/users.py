"""Users, roles and sign-in: a local users file with bcrypt hashes, rate-limited sign-in, session expiry.

The users file (JSON, ``$MEDSEQ_USERS``, default ``~/.medseq/users.json``: outside the repository,
mode 0600) maps a user name to a role and a bcrypt hash (salted, cost 12; OWASP Password Storage
Cheat Sheet). No users file, or one with no users, means the app runs in local demo mode.

Roles are cumulative: a reviewer sees everything a clinician sees, an admin everything a reviewer
sees. Once a user has existed, the app never falls back to demo mode by itself (only with an explicit
``MEDSEQ_DEMO=1``), and the last admin cannot be removed or demoted, nor can an admin remove themselves.

Sign-in limits (OWASP Authentication Cheat Sheet: throttle, do not lock out forever, do not hand an
attacker a lever to lock others out): each attempt is counted *before* its bcrypt check, under one lock,
so parallel attempts cannot all slip through; at most 5 failures per user name *from one client* and 20
failures per client across all names (password spraying) within a sliding 15-minute window. A lock-out
binds the client that failed, so an attacker cannot lock a clinician out of their own browser. A backstop
of 100 failures per name from all clients together bounds guessing from many (or spoofed) addresses; only
an attack of that size can lock a name for everyone, and only for the rest of the window. An unknown
user name costs the same bcrypt work as a known one (one dummy hash per process and cost), so timing
does not reveal which names exist.
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
MAX_FAILURES = 5                 # failed sign-ins allowed per user name from one client ...
MAX_CLIENT_FAILURES = 20         # ... and per client across all names (password spraying) ...
MAX_NAME_FAILURES = 100          # ... and per name from all clients together (many or spoofed addresses) ...
FAILURE_WINDOW_S = 15 * 60       # ... within this sliding window
SESSION_TIMEOUT_S = 15 * 60      # inactivity before a session must sign in again ($MEDSEQ_SESSION_TIMEOUT_S)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
_COST = re.compile(r"^\$2[abxy]?\$(\d\d)\$")
_DUMMY: dict[int, bytes] = {}    # cost -> a real hash of a random password: one per process, never per request
_DUMMY_LOCK = threading.Lock()


def session_timeout_s() -> float:
    """Inactivity before a session ends: $MEDSEQ_SESSION_TIMEOUT_S seconds (at least 5), else 15 minutes."""
    raw = os.environ.get("MEDSEQ_SESSION_TIMEOUT_S", "").strip()
    try:
        return max(5.0, float(raw)) if raw else float(SESSION_TIMEOUT_S)
    except ValueError:
        raise UsersError(f"MEDSEQ_SESSION_TIMEOUT_S must be a number of seconds, got {raw!r}") from None


def demo_allowed() -> bool:
    """$MEDSEQ_DEMO=1: the operator asks for demo mode although users have existed."""
    return os.environ.get("MEDSEQ_DEMO", "").strip() == "1"


def dummy_hash(cost: int) -> bytes:
    """A bcrypt hash of a random password at ``cost``, made once per process: what an unknown name is checked
    against, so it costs exactly one bcrypt check, like a known name."""
    with _DUMMY_LOCK:
        if cost not in _DUMMY:
            _DUMMY[cost] = bcrypt.hashpw(os.urandom(16).hex().encode(), bcrypt.gensalt(cost))
        return _DUMMY[cost]


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
        """True when sign-in is required everywhere: a user exists, or users have existed (the file remembers)
        and the operator has not asked for demo mode with MEDSEQ_DEMO=1. Removing the last user never opens
        the app."""
        data = self._load()
        return bool(data["users"]) or (bool(data.get("had_users")) and not demo_allowed())

    def admins(self) -> list[str]:
        return sorted(n for n, u in self._load()["users"].items() if u.get("role") == "admin")

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
            data["had_users"] = True      # from now on, no users means locked, not demo mode
            self._save(data)

    @staticmethod
    def _keeps_an_admin(data: dict, name: str, new_role: str | None) -> None:
        """Refuse a change that would leave no admin while admins exist (nobody could then manage users)."""
        admins = {n for n, u in data["users"].items() if u.get("role") == "admin"}
        if admins and admins <= {name} and new_role != "admin":
            raise UsersError(f"{name!r} is the last admin: make another user admin first")

    def remove(self, name: str, by: str | None = None) -> None:
        """Remove a user; ``by`` is the admin asking (an admin cannot remove themselves)."""
        if by is not None and by == name:
            raise UsersError("you cannot remove yourself: ask another admin")
        with self._lock:
            data = self._load()
            if name not in data["users"]:
                raise UsersError(f"no user {name!r}")
            self._keeps_an_admin(data, name, None)
            del data["users"][name]
            data["had_users"] = True
            self._save(data)

    def set_role(self, name: str, role: str, by: str | None = None) -> None:
        if role not in ROLES:
            raise UsersError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
        if by is not None and by == name and role != "admin":
            raise UsersError("you cannot take away your own admin role: ask another admin")
        with self._lock:
            data = self._load()
            if name not in data["users"]:
                raise UsersError(f"no user {name!r}")
            self._keeps_an_admin(data, name, role)
            data["users"][name]["role"] = role
            self._save(data)

    def check(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None: one bcrypt check either way, at the cost the stored
        hashes use, so an unknown name takes as long as a known one."""
        users = self._load()["users"]
        u = users.get(name)
        if u is None:
            costs = [int(m[1]) for v in users.values() if (m := _COST.match(str(v.get("hash", ""))))]
            digest = dummy_hash(max(costs) if costs else self.rounds)
        else:
            digest = u["hash"].encode()
        try:
            ok = bcrypt.checkpw(password.encode(), digest)
        except ValueError:   # over 72 bytes, or a damaged hash
            ok = False
        return User(name, u["role"]) if (ok and u) else None


class SignInLimiter:
    """Failed sign-ins within a sliding window: at most ``max_failures`` per (user name, client) and
    ``max_client_failures`` per client across names. ``begin`` counts an attempt as failed *before* the
    password is checked, under the lock (so parallel attempts cannot all pass the limit while bcrypt runs);
    ``succeeded`` takes that attempt back and clears the name's failures from that client."""

    def __init__(self, max_failures: int = MAX_FAILURES, window_s: float = FAILURE_WINDOW_S,
                 max_client_failures: int = MAX_CLIENT_FAILURES, max_name_failures: int = MAX_NAME_FAILURES,
                 clock=time.monotonic):
        self.max_failures, self.window_s, self.clock = max_failures, window_s, clock
        self.max_client_failures, self.max_name_failures = max_client_failures, max_name_failures
        self._failures: dict[tuple, deque] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple) -> deque:
        q = self._failures.setdefault(key, deque())
        while q and self.clock() - q[0] > self.window_s:
            q.popleft()
        return q

    def _keys(self, name: str, client: str) -> tuple[tuple, tuple, tuple]:
        return ("name", name.lower(), client), ("client", client), ("any", name.lower())

    def _wait(self, name: str, client: str) -> tuple[float, str]:
        pair, whole, anyone = self._keys(name, client)
        for key, limit, why in ((pair, self.max_failures, "name"), (whole, self.max_client_failures, "client"),
                                (anyone, self.max_name_failures, "name")):
            q = self._recent(key)
            if len(q) >= limit:
                return max(1.0, self.window_s - (self.clock() - q[-limit])), why
        return 0.0, ""

    def retry_after(self, name: str, client: str = "local") -> float:
        """Seconds until this name may be tried again from this client (0 when allowed now)."""
        with self._lock:
            return self._wait(name, client)[0]

    def begin(self, name: str, client: str = "local") -> tuple[float, str]:
        """Reserve one attempt: (0, "") and the attempt is counted as failed until ``succeeded``; or the seconds
        to wait and which limit was reached ("name" or "client"), and nothing is checked."""
        with self._lock:
            wait, why = self._wait(name, client)
            if wait:
                return wait, why
            now = self.clock()
            for key in self._keys(name, client):
                self._recent(key).append(now)
            return 0.0, ""

    def failed(self, name: str, client: str = "local") -> None:
        """Count a failure without a reservation (``begin`` already counts its own attempt)."""
        with self._lock:
            now = self.clock()
            for key in self._keys(name, client):
                self._recent(key).append(now)

    def succeeded(self, name: str, client: str = "local") -> None:
        with self._lock:
            pair, whole, anyone = self._keys(name, client)
            self._failures.pop(pair, None)
            for key in (whole, anyone):
                q = self._recent(key)
                if q:
                    q.pop()         # the reservation of this (successful) attempt


@dataclass(frozen=True)
class SignInResult:
    user: User | None
    reason: str = ""               # "" (signed in), "wrong", "locked_name" or "locked_client"
    wait_s: float = 0.0

    @property
    def message(self) -> str:
        if self.user:
            return ""
        if self.reason == "wrong":
            return "Wrong user name or password."
        who = "this user" if self.reason == "locked_name" else "this client"
        return f"Too many failed sign-ins for {who}: try again in {int(self.wait_s // 60) + 1} min."


def attempt_sign_in(users: UsersFile, limiter: SignInLimiter, name: str, password: str,
                    client: str = "local") -> SignInResult:
    """Limits first (counting this attempt before bcrypt), then the password check."""
    wait, why = limiter.begin(name, client)
    if wait > 0:
        return SignInResult(None, f"locked_{why}", wait)
    user = users.check(name, password)
    if user is None:
        return SignInResult(None, "wrong")
    limiter.succeeded(name, client)
    return SignInResult(user)


def sign_in(users: UsersFile, limiter: SignInLimiter, name: str, password: str,
            client: str = "local") -> tuple[User | None, str]:
    """(user, "") on success, else (None, message for the sign-in form)."""
    result = attempt_sign_in(users, limiter, name, password, client)
    return result.user, result.message


def session_expired(last_active: float | None, now: float | None = None, timeout_s: float | None = None) -> bool:
    """True when a signed-in session has been idle longer than ``timeout_s`` (default: ``session_timeout_s()``),
    or never recorded activity."""
    if last_active is None:
        return True
    timeout_s = session_timeout_s() if timeout_s is None else timeout_s
    return ((time.time() if now is None else now) - last_active) > timeout_s

"""Sign-in, roles, expiry, the session's browser binding, audited exports: the Streamlit face of ``medmodel.users``
and ``medmodel.audit``.

Every page starts with ``header(page)``: the gate (the session's browser check; demo mode only on a fresh install
or with MEDSEQ_DEMO=1; otherwise sign-in, expiry and role checks), then the title and the disclaimer. The audit
fails closed: no row, no result.

Why the session is bound to a browser. Streamlit lets a WebSocket reattach to a running session by its id, and
the id travels in clear in upload URLs (``/_stcore/upload_file/<session id>/...``), so a proxy log is enough to
take over a signed-in session. Each browser also holds a 128-bit random secret that Streamlit sets as a cookie
(``_streamlit_xsrf``) with the page and that the browser sends with every WebSocket handshake; ``st.context.cookies``
reads it. The session records a keyed digest of that secret on its first run and at sign-in, and every run (and
a background check every few seconds) compares: a run from any other browser wipes the session and signs it out.
(Streamlit offers no way to set a cookie of our own from a script, and ``st.context.cookies`` only sees the cookies
of the handshake, so a cookie written at sign-in would not be seen until the next reconnect.)
"""
from __future__ import annotations

import binascii
import hashlib
import hmac
import html
import logging
import re
import secrets
import time
from typing import Callable

import streamlit as st

from medmodel import Case

from . import i18n

# page -> (title key, medmodel.users page key)
PAGES = {"assess": "title.assess", "explain": "title.explain", "records": "title.records",
         "model_card": "title.card", "gallery": "title.gallery", "audit": "title.audit", "users": "title.users"}
BROWSER_COOKIE = "_streamlit_xsrf"        # Streamlit's per-browser secret (see the module docstring)
_PROCESS_KEY = secrets.token_bytes(32)    # browser secrets are kept only as digests under this key


class MessageWithheld(Exception):
    """Stands in, in the server log, for an exception whose message may quote a patient's note."""


class _WithholdMessages(logging.Filter):
    """Server log lines keep an exception's type and traceback (files and lines) but not its message, which can
    quote the note (openpyxl's IllegalCharacterError prints the cell; a ValueError may print the input)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and not isinstance(record.exc_info[1], MessageWithheld):
            etype, _, tb = record.exc_info
            record.exc_info = (MessageWithheld, MessageWithheld(f"{etype.__module__}.{etype.__qualname__}"), tb)
            record.exc_text = None
        return True


_WITHHOLD = _WithholdMessages()


def withhold_exception_messages() -> None:
    """Put the filter on every logger there is (Streamlit gives each module its own logger and handler, with no
    propagation, so a filter on one handler would miss the rest). Cheap and idempotent: ``header`` calls it on
    every run to cover loggers created since."""
    loggers = [logging.getLogger()] + [x for x in list(logging.root.manager.loggerDict.values())
                                       if isinstance(x, logging.Logger)]
    for logger in loggers:
        if _WITHHOLD not in logger.filters:
            logger.addFilter(_WITHHOLD)


withhold_exception_messages()


def header(page: str) -> None:
    """Sign-in gate, then title and disclaimer, at the top of every page."""
    withhold_exception_messages()
    i18n.sync()
    i18n.chrome()
    gate(page)
    st.title(i18n.t(PAGES[page]))
    st.warning(i18n.t("app.disclaimer"), icon=":material/warning:")


# ----------------------------------------------------------------------------------------- the browser
def _xsrf_token(cookie: str) -> bytes | None:
    """The random token inside Streamlit's XSRF cookie ("2|mask|masked token|time": the mask changes on every
    page load, the token does not)."""
    try:
        parts = cookie.strip("\"'").split("|")
        if parts[0] == "2" and len(parts) == 4:
            mask, masked = binascii.a2b_hex(parts[1]), binascii.a2b_hex(parts[2])
            token = bytes(b ^ mask[i % len(mask)] for i, b in enumerate(masked))
        else:
            token = binascii.a2b_hex(parts[0])
    except (binascii.Error, ValueError, IndexError, ZeroDivisionError):
        return None
    return token if len(token) >= 16 else None


def _apptest() -> bool:
    """True while Streamlit's AppTest runs the script (no browser, no WebSocket, no server)."""
    from streamlit import config
    return bool(config.get_option("global.appTest"))


def browser_key() -> str:
    """A keyed digest of this browser's secret; "" when the browser sent none (then nobody can sign in here)."""
    if _apptest():
        return "apptest"          # AppTest drives the script with no browser and no WebSocket: nothing to take over
    cookie = st.context.cookies.get(BROWSER_COOKIE)
    token = _xsrf_token(cookie) if cookie else None
    return hmac.new(_PROCESS_KEY, token, hashlib.sha256).hexdigest() if token else ""


def _same_browser() -> bool:
    """Bind this session to the browser of its first run; True while the same browser drives it."""
    key = browser_key()
    bound = st.session_state.get("_browser")
    if bound is None:
        st.session_state["_browser"] = key
        return True
    return hmac.compare_digest(bound, key)


def _taken_over() -> None:
    """Another browser is driving this session (a stolen session id): audit it, end it, forget everything."""
    sign_out("session opened from another browser")
    st.session_state["_browser"] = browser_key()
    st.session_state["_taken_over"] = True


def client_address() -> str:
    """The address sign-in limits count per client (uvicorn takes X-Forwarded-For from a proxy on this host)."""
    if _apptest():
        return "local"
    try:
        ip = st.context.ip_address
    except Exception:  # noqa: BLE001  no client
        return "local"
    return ip if isinstance(ip, str) and ip else "local"


# ----------------------------------------------------------------------------------------- audit
@st.cache_resource
def _audit_log(path: str, note_mode: str):
    from medmodel.audit import AuditLog
    return AuditLog(path, note=note_mode)


def audit_log():
    """The app's audit log ($MEDSEQ_AUDIT_DB, default ~/.medseq/audit.sqlite), opened once per process."""
    from medmodel.audit import default_db_path, default_note_mode
    return _audit_log(str(default_db_path()), default_note_mode())


def user_name() -> str:
    auth = st.session_state.get("auth")
    return auth["name"] if auth else "demo"


def keyed_hash(text: str) -> str:
    """A short keyed hash (the audit log's input key): equal texts match, but the text cannot be read back."""
    return audit_log().input_hmac(str(text))[:16]


def file_label(name: str) -> str:
    """An uploaded file as the audit trail keeps it: a keyed hash of its name (names carry patient names and
    record numbers) and its type."""
    from pathlib import Path
    return f"file-{keyed_hash(name)}{Path(str(name)).suffix.lower()[:8]}"


def audit(event: str, outputs: dict | None = None, case: Case | None = None, once: tuple | None = None,
          user: str | None = None) -> None:
    """Write one audit row (once per session for a given ``once`` key). Fails closed: no row, no result."""
    from medmodel.audit import case_input
    from . import loaders
    done = st.session_state.setdefault("_audited", set())
    if once is not None and once in done:
        return
    try:
        sha = loaders.bundle().sha256 if event in ("prediction", "explanation", "export") else ""
        audit_log().append(event, user or user_name(), bundle_sha256=sha, outputs=outputs,
                           input=case_input(case) if case is not None else None,
                           note=case.text if case is not None else None)
    except Exception as exc:  # noqa: BLE001  any failure to record (AuditError, disk, key) withholds the result
        reason = str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__
        st.error(i18n.t("auth.audit_failed", error=escape_md(reason)))
        st.stop()
    if once is not None:
        done.add(once)


class ExportRefused(PermissionError):
    """An export asked for after its session ended, expired, changed hands or lost the right to the page."""


def export(build: Callable[[], bytes], what: dict, page: str, case: Case | None = None,
           with_bundle: bool = True) -> Callable[[], bytes]:
    """The ``data`` of a download button, built only when the button is pressed: the session must still be
    signed in as the user who drew the button (not expired, not signed out, same browser, role still allowed on
    ``page``), the export is audited under that user, and only then are the bytes built.

    Use with ``on_click="ignore"``: nothing runs before the page's gate, and no copy of the file waits on the
    server (``/media/...``) for anyone who learns its address."""
    from medmodel.audit import case_input
    from medmodel.users import can_view, session_expired
    from . import loaders
    log, sha, users = audit_log(), loaders.bundle().sha256 if with_bundle else "", users_file()
    ticket = st.session_state.get("auth")        # the live sign-in: mutated in place by the gate, ended by sign-out
    drawn_by = ticket["name"] if ticket else "demo"
    since = ticket.get("since") if ticket else None
    st.session_state["_exported"] = True

    def deferred() -> bytes:
        if users.configured():
            if ticket is None or ticket.get("ended") or ticket.get("since") != since \
                    or session_expired(ticket.get("last_active")) \
                    or not can_view(users.role(drawn_by), page):
                raise ExportRefused("the session that drew this button is no longer signed in")
        elif ticket is not None:
            raise ExportRefused("sign-in changed")
        log.append("export", drawn_by, bundle_sha256=sha, outputs=what,
                   input=case_input(case) if case is not None else None, note=case.text if case is not None else None)
        return build()
    return deferred


def require_browser() -> None:
    """Stop this run when its browser has gone (the tab was closed): long work is not finished for nobody."""
    from streamlit import runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx
    if _apptest() or not runtime.exists():
        return
    ctx = get_script_run_ctx()
    if ctx is not None and runtime.get_instance().get_client(ctx.session_id) is None:
        st.stop()


def _purge_downloads() -> None:
    """Drop generated download files nobody references any more (two sweeps: Streamlit marks, then deletes), so a
    file built for this session is not served from /media after it signs out."""
    try:
        from streamlit import runtime
        if runtime.exists() and not _apptest():
            manager = runtime.get_instance().media_file_mgr
            manager.remove_orphaned_files()
            manager.remove_orphaned_files()
    except Exception:  # noqa: BLE001  best effort: the files are unreferenced and expire with the next runs anyway
        pass


# ----------------------------------------------------------------------------------------- users
@st.cache_resource
def _limiter():
    from medmodel.users import SignInLimiter
    return SignInLimiter()   # one per server process: shared by every browser session, so new tabs do not reset it


def users_file():
    from medmodel.users import UsersFile
    return UsersFile()


_MD_SPECIAL = set("\\`*_{}[]()#+-.!|~<>$:")


def escape_md(text: str) -> str:
    """User or KB text safe inside st.markdown (captions, alerts, labels): HTML entities escaped, Markdown syntax
    neutralised, and what a backslash cannot stop broken with an invisible U+200B: links written out
    (``http://``, ``www.``, ``a@b.org``), icon and emoji codes (``:material/home:``), colour directives
    (``:red[...]``)."""
    text = html.escape(str(text), quote=False).replace("www.", "w\u200bww.")
    out = []
    for ch in text:
        out.append("\\" + ch if ch in _MD_SPECIAL else ch)
        if ch == ":":
            out.append("\u200b")
        elif ch == "@":
            out.insert(-1, "\u200b")
    return "".join(out)


def sign_out(reason: str = "sign_out") -> None:
    """End the session: audit it, then clear everything it held (patient notes, records, results)."""
    auth = st.session_state.get("auth")
    if auth:
        auth["ended"] = True                     # download buttons drawn for this sign-in stop working
        audit("sign_out", {"reason": reason}, user=auth["name"])
    purge = st.session_state.get("_exported")
    keep = {k: st.session_state[k] for k in ("lang", "_lang", "_lang_prev", "_browser") if k in st.session_state}
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state.update(keep)
    if purge:
        _purge_downloads()


def may_open(page: str) -> bool:
    from medmodel.users import can_view
    auth = st.session_state.get("auth")
    if not users_file().configured():
        return True
    return auth is not None and can_view(auth["role"], page)


def allowed_pages(pages: dict) -> list:
    """The navigation entries this session may open ({page key: st.Page}); the gate on each page enforces it."""
    if not st.session_state.get("auth"):
        return list(pages.values())          # the gate shows the sign-in form whichever page is open
    out = [p for key, p in pages.items() if may_open(key)]
    return out or list(pages.values())[:1]


def _sign_in_form(users) -> None:
    from medmodel.users import attempt_sign_in
    with st.form("sign_in"):
        st.subheader(i18n.t("auth.sign_in"))
        name = st.text_input(i18n.t("auth.user_name"), autocomplete="username", key="sign_in_name")
        password = st.text_input(i18n.t("auth.password"), type="password", autocomplete="current-password",
                                 key="sign_in_password")
        submitted = st.form_submit_button(i18n.t("auth.sign_in"), type="primary")
    if not submitted:
        return
    key = browser_key()
    if not key:                                  # no browser secret: the session could not be bound to it
        st.error(i18n.t("security.no_cookie"))
        return
    name = name.strip()
    result = attempt_sign_in(users, _limiter(), name, password, client_address())
    if result.user:
        now = time.time()
        st.session_state["_browser"] = key
        st.session_state["auth"] = {"name": result.user.name, "role": result.user.role, "last_active": now,
                                    "since": now}
        audit("sign_in", {"role": result.user.role}, user=result.user.name)
        st.rerun()
    # A name that is not a user (perhaps a password typed into the wrong field) is kept only as a keyed hash.
    known = users.role(name) is not None
    audit("sign_in_failed", {"reason": result.reason, **({} if known else {"name_hmac": keyed_hash(name)})},
          user=name if known else "(unknown name)")
    if result.reason.startswith("locked"):
        key = "auth.locked" if result.reason == "locked_name" else "security.locked_client"
        st.error(i18n.t(key, minutes=int(result.wait_s // 60) + 1))
    else:
        st.error(i18n.t("auth.wrong"))


def _session_problem(users) -> str:
    """Why the signed-in session must end now ("" when it may go on)."""
    from medmodel.users import session_expired
    auth = st.session_state.get("auth")
    if not auth:
        return ""
    if not _same_browser():
        return "browser"
    if users.role(auth["name"]) is None:
        return "user removed"
    if session_expired(auth["last_active"]):
        return "inactivity"
    return ""


def _watch_interval() -> float:
    from medmodel.users import session_timeout_s
    return max(2.0, min(30.0, session_timeout_s() / 3))


@st.fragment(run_every=_watch_interval())
def _watch() -> None:
    """Runs by itself every few seconds while signed in: an idle, removed or taken-over session is ended and its
    page cleared without waiting for the next click."""
    if _session_problem(users_file()):
        st.rerun(scope="app")


def gate(page: str) -> None:
    """Every page calls this first: the browser check, then demo mode (fresh install or MEDSEQ_DEMO=1) or sign-in,
    expiry and role checks."""
    from medmodel.users import can_view, session_timeout_s
    users = users_file()
    if not _same_browser():
        _taken_over()
    if st.session_state.pop("_taken_over", False):
        st.warning(i18n.t("security.taken_over"), icon=":material/gpp_bad:")
    if not users.configured():
        st.session_state.pop("auth", None)
        st.info(i18n.t("auth.demo_mode"), icon=":material/lock_open:")
        return
    problem = _session_problem(users)
    if problem:
        sign_out(problem)
        if problem == "inactivity":
            st.session_state["_expired"] = True
    auth = st.session_state.get("auth")
    if not auth:
        if st.session_state.pop("_expired", False):
            st.warning(i18n.t("auth.expired", minutes=max(1, round(session_timeout_s() / 60))),
                       icon=":material/timer_off:")
        if not users.users():
            st.error(i18n.t("security.no_users"), icon=":material/lock:")
            st.stop()
        _sign_in_form(users)
        st.stop()
    auth["role"] = users.role(auth["name"])   # re-read: a changed role takes effect at once
    auth["last_active"] = time.time()
    with st.sidebar:
        _watch()
    st.sidebar.markdown(i18n.t("auth.signed_in_as", name=escape_md(auth["name"]), role=i18n.role(auth["role"])))
    st.sidebar.button(i18n.t("auth.sign_out"), on_click=sign_out, icon=":material/logout:", key="sign_out_button")
    if not can_view(auth["role"], page):
        st.error(i18n.t("auth.not_allowed", role=i18n.role(auth["role"])), icon=":material/block:")
        st.stop()


_USERS_ERRORS = ((re.compile(r"^user name:"), "users.err_name", lambda m: {}),
                 (re.compile(r"^user '?(.+?)'? already exists"), "users.err_exists", lambda m: {"name": m[1]}),
                 (re.compile(r"^no user '?(.+?)'?$"), "users.err_missing", lambda m: {"name": m[1]}),
                 (re.compile(r"at least (\d+) characters"), "users.err_short", lambda m: {"n": m[1]}),
                 (re.compile(r"at most \d+ bytes"), "users.err_long", lambda m: {}),
                 (re.compile(r"spaces or contain control"), "users.err_spaces", lambda m: {}),
                 (re.compile(r"^'?(.+?)'? is the last admin"), "security.err_last_admin", lambda m: {"name": m[1]}),
                 (re.compile(r"^you cannot (remove yourself|take away your own)"), "security.err_self", lambda m: {}))


def users_error(exc) -> str:
    """A refused user change in the reader's language."""
    message = str(exc)
    for pattern, key, params in _USERS_ERRORS:
        m = pattern.search(message)
        if m:
            return i18n.t(key, **{k: escape_md(v) for k, v in params(m).items()})
    return i18n.t("users.err_other", error=escape_md(message))

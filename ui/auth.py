"""Sign-in, roles, expiry and the audit trail: the Streamlit face of ``medmodel.users`` and ``medmodel.audit``.

Every page starts with ``header(page)``: the gate (demo mode when no users exist; otherwise sign-in, expiry
and role checks), then the title and the disclaimer. The audit fails closed: no row, no result.
"""
from __future__ import annotations

import html
import re
import time

import streamlit as st

from medmodel import Case

from . import i18n

# page -> (title key, medmodel.users page key)
PAGES = {"assess": "title.assess", "explain": "title.explain", "records": "title.records",
         "model_card": "title.card", "gallery": "title.gallery", "audit": "title.audit", "users": "title.users"}


def header(page: str) -> None:
    """Sign-in gate, then title and disclaimer, at the top of every page."""
    i18n.sync()
    i18n.chrome()
    gate(page)
    st.title(i18n.t(PAGES[page]))
    st.warning(i18n.t("app.disclaimer"), icon=":material/warning:")


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
        st.error(i18n.t("auth.audit_failed", error=reason))
        st.stop()
    if once is not None:
        done.add(once)


# ----------------------------------------------------------------------------------------- users
@st.cache_resource
def _limiter():
    from medmodel.users import SignInLimiter
    return SignInLimiter()   # one per server process: shared by every browser session, so new tabs do not reset it


def users_file():
    from medmodel.users import UsersFile
    return UsersFile()


def escape_md(text: str) -> str:
    """User or KB text safe inside st.markdown: HTML entities escaped and Markdown syntax neutralised."""
    text = html.escape(str(text), quote=False)
    return "".join("\\" + ch if ch in "\\`*_{}[]()#+-.!|~<>$:" else ch for ch in text)


def sign_out(reason: str = "sign_out") -> None:
    """End the session: audit it, then clear everything it held (patient notes, records, results)."""
    auth = st.session_state.get("auth")
    if auth:
        audit("sign_out", {"reason": reason}, user=auth["name"])
    keep = {k: st.session_state[k] for k in ("lang", "_lang", "_lang_prev") if k in st.session_state}
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state.update(keep)


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
    from medmodel.users import sign_in
    with st.form("sign_in"):
        st.subheader(i18n.t("auth.sign_in"))
        name = st.text_input(i18n.t("auth.user_name"), autocomplete="username", key="sign_in_name")
        password = st.text_input(i18n.t("auth.password"), type="password", autocomplete="current-password",
                                 key="sign_in_password")
        submitted = st.form_submit_button(i18n.t("auth.sign_in"), type="primary")
    if not submitted:
        return
    name = name.strip()
    wait = _limiter().retry_after(name)
    user, message = sign_in(users, _limiter(), name, password)
    if user:
        st.session_state["auth"] = {"name": user.name, "role": user.role, "last_active": time.time()}
        audit("sign_in", {"role": user.role}, user=user.name)
        st.rerun()
    audit("sign_in_failed", {"reason": message}, user=name[:64] or "(empty)")
    if wait or message.startswith("Too many"):
        m = re.search(r"(\d+) min", message)
        st.error(i18n.t("auth.locked", minutes=m.group(1) if m else int(wait // 60) + 1))
    else:
        st.error(i18n.t("auth.wrong"))


def gate(page: str) -> None:
    """Every page calls this first. Demo mode when no users exist; otherwise sign-in, expiry and role checks."""
    from medmodel.users import SESSION_TIMEOUT_S, can_view, session_expired
    users = users_file()
    if not users.configured():
        st.session_state.pop("auth", None)
        st.info(i18n.t("auth.demo_mode"), icon=":material/lock_open:")
        return
    auth = st.session_state.get("auth")
    if auth:
        role = users.role(auth["name"])   # re-read: a removed user or changed role takes effect at once
        if role is None:
            sign_out("user removed")
            auth = None
        elif session_expired(auth["last_active"], timeout_s=SESSION_TIMEOUT_S):
            sign_out("inactivity")
            st.session_state["_expired"] = True
            auth = None
        else:
            auth["role"] = role
    if not auth:
        if st.session_state.pop("_expired", False):
            st.warning(i18n.t("auth.expired", minutes=SESSION_TIMEOUT_S // 60), icon=":material/timer_off:")
        _sign_in_form(users)
        st.stop()
    auth["last_active"] = time.time()
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
                 (re.compile(r"spaces or contain control"), "users.err_spaces", lambda m: {}))


def users_error(exc) -> str:
    """A refused user change in the reader's language."""
    message = str(exc)
    for pattern, key, params in _USERS_ERRORS:
        m = pattern.search(message)
        if m:
            return i18n.t(key, **params(m))
    return i18n.t("users.err_other", error=message)

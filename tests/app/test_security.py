"""Issue 14 through AppTest: the session's browser binding, exports checked and audited when they are built, the
last admin, failed sign-in names, and the Audit page on a long log. (The browser attacks themselves, with a
real Chromium, are in tests/e2e/test_security_browser.py.)"""
from __future__ import annotations

import json

import pytest

from tests.app.test_access import app, assess, log, sign_in, users


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch, shipped_bundle):
    monkeypatch.setenv("MEDSEQ_HOME", str(tmp_path))
    for var in ("MEDSEQ_USERS", "MEDSEQ_AUDIT_DB", "MEDSEQ_AUDIT_KEY", "MEDSEQ_AUDIT_NOTE", "MEDSEQ_DEMO",
                "MEDSEQ_AUDIT_ANCHOR"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


@pytest.fixture
def exports(monkeypatch):
    """Every download button's deferred builder, as the pages drew them."""
    from ui import auth
    drawn, real = [], auth.export
    monkeypatch.setattr(auth, "export", lambda *a, **k: drawn.append(real(*a, **k)) or drawn[-1])
    return drawn


def _sign_out(at):
    next(b for b in at.button if b.label == "Sign out").click().run()


def test_a_session_driven_from_another_browser_is_ended(home, monkeypatch):
    """#1: a run of a signed-in session that comes from another browser (a stolen session id) shows nothing of the
    session, ends it and audits it."""
    from ui import auth
    users(home, dana="admin")
    browser = {"key": "victim"}
    monkeypatch.setattr(auth, "browser_key", lambda: browser["key"])
    at = assess(sign_in(app(), "dana"))
    assert "case" in at.session_state
    browser["key"] = "attacker"
    at.run()
    assert "auth" not in at.session_state and "case" not in at.session_state
    assert "opened from another browser" in at.warning[0].value
    assert [b.label for b in at.button if b.proto.is_form_submitter] == ["Sign in"] and not at.text_area
    row = log(home).rows(event="sign_out")[-1]
    assert row["user"] == "dana" and json.loads(row["outputs"])["reason"] == "session opened from another browser"


def test_a_browser_without_the_session_cookie_cannot_sign_in(home, monkeypatch):
    from ui import auth
    users(home, dana="admin")
    monkeypatch.setattr(auth, "browser_key", lambda: "")
    at = sign_in(app(), "dana")
    assert "session cookie" in at.error[0].value and "auth" not in at.session_state
    assert not log(home).rows(event="sign_in")


def test_exports_are_built_for_the_signed_in_user_and_refused_after_sign_out(home, exports):
    """#4, #5: every export is built when pressed, only while the user who drew the button is still signed in,
    and audited under that user (not "demo")."""
    from ui.auth import ExportRefused
    users(home, rita="reviewer")
    at = sign_in(app("pages/3_Records.py"), "rita")
    next(b for b in at.button if b.label == "Try a sample file").click().run()
    next(b for b in at.button if b.label == "Score all rows").click().run()
    assert not at.exception and len(exports) == 2          # CSV and Excel, nothing built yet
    assert not log(home).rows(event="export")
    data = exports[0]()
    assert data.startswith(b"\xef\xbb\xbfid,note")
    row = log(home).rows(event="export")[-1]
    assert row["user"] == "rita" and json.loads(row["outputs"])["what"] == "scored records"
    _sign_out(at)
    for build in exports:
        with pytest.raises(ExportRefused):
            build()
    assert len(log(home).rows(event="export")) == 1


def test_exports_are_refused_after_expiry_and_role_changes(home, exports):
    from ui.auth import ExportRefused
    u = users(home, rita="reviewer", root="admin")
    at = sign_in(app("pages/6_Audit.py"), "rita")
    assert exports
    exports[-1]()                                                # allowed now
    at.session_state["auth"]["last_active"] = 0.0                # idle for longer than the timeout
    with pytest.raises(ExportRefused):
        exports[-1]()
    at = sign_in(app("pages/6_Audit.py"), "rita")
    u.set_role("rita", "clinician")                              # may no longer open the Audit page
    with pytest.raises(ExportRefused):
        exports[-1]()


def test_the_last_admin_cannot_remove_themselves_on_the_users_page(home):
    """#12: an admin could remove themselves with one click; removing the last user opened the app."""
    u = users(home, root="admin", doc="clinician")
    at = sign_in(app("pages/7_Users.py"), "root")
    next(s for s in at.selectbox if s.label == "User").select("root")
    next(b for b in at.button if b.label == "Remove").click().run()
    assert "remove yourself" in at.error[0].value and u.role("root") == "admin"
    u.remove("doc")
    import pathlib
    data = json.loads(pathlib.Path(u.path).read_text())
    data["users"] = {}                                           # every user gone (edited by hand)
    pathlib.Path(u.path).write_text(json.dumps(data))
    at = app("pages/6_Audit.py")
    assert "no user can sign in" in at.error[0].value and not at.dataframe
    assert not any("demo mode" in i.value for i in at.info)


def test_a_password_typed_as_a_user_name_is_not_stored(home):
    users(home, dana="admin")
    secret = "Tr0ub4dor&3-horse"
    sign_in(app(), secret, "whatever password")
    rows = log(home).rows(event="sign_in_failed")
    assert rows and rows[0]["user"] == "(unknown name)" and "name_hmac" in json.loads(rows[0]["outputs"])
    assert secret.encode() not in (home / "audit.sqlite").read_bytes()
    sign_in(app(), "dana", "wrong password!")
    assert log(home).rows(event="sign_in_failed")[-1]["user"] == "dana"


def test_the_audit_page_pages_through_rows_and_verifies_once_per_session(home, monkeypatch):
    """Hardening: the page verified and loaded every row on each rerun (300k rows, about 10 s)."""
    from medmodel.audit import AuditLog
    users(home, rita="reviewer")
    big = log(home)
    for i in range(260):
        big.append("prediction", "clinic", outputs={"i": i})
    calls = []
    real = AuditLog.verify
    monkeypatch.setattr(AuditLog, "verify", lambda self, *a, **k: calls.append(1) or real(self, *a, **k))
    at = sign_in(app("pages/6_Audit.py"), "rita")
    assert not at.exception and len(at.dataframe[0].value) == 100
    assert any("Page 1 of 3" in c.value for c in at.caption)
    at.number_input[0].set_value(3).run()
    assert len(at.dataframe[0].value) == 261 - 200               # 260 rows + rita's sign-in; page 3
    at.run()
    assert len(calls) == 1                                       # not on every rerun
    next(b for b in at.button if b.label == "Verify the chain again").click().run()
    assert len(calls) == 2 and "Chain verified" in at.success[0].value

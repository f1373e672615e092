"""The sign-in gate, roles per page, inactivity expiry, sign-out and audit rows, through Streamlit's AppTest."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from medmodel.audit import AuditLog
from medmodel.users import UsersFile
from tests.support import ROOT

PASSWORD = "correct horse battery"
NOTE = "Crushing chest pain spreading to my left arm, sweating. Mr John Smith, call 555-123-4567."


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch, shipped_bundle):
    monkeypatch.setenv("MEDSEQ_HOME", str(tmp_path))
    for var in ("MEDSEQ_USERS", "MEDSEQ_AUDIT_DB", "MEDSEQ_AUDIT_KEY", "MEDSEQ_AUDIT_NOTE"):
        monkeypatch.delenv(var, raising=False)
    return tmp_path


def users(home, **people):
    u = UsersFile(home / "users.json", rounds=4)
    for name, role in people.items():
        u.add(name, PASSWORD, role)
    return u


def log(home):
    return AuditLog(home / "audit.sqlite")


def app(page=None):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def sign_in(at, name, password=PASSWORD):
    at.text_input[0].input(name)
    at.text_input[1].input(password)
    next(b for b in at.button if b.proto.is_form_submitter and b.label == "Sign in").click().run()
    assert not at.exception, at.exception
    return at


def assess(at, note=NOTE):
    at.text_area[0].input(note)
    next(b for b in at.button if b.proto.is_form_submitter and b.label == "Assess").click().run()
    assert not at.exception, at.exception
    return at


def text_of(at):
    return "\n".join(e.value for kind in (at.error, at.warning, at.info, at.success, at.markdown) for e in kind)


def test_no_users_means_labelled_demo_mode_and_audited_predictions(home):
    at = assess(app())
    assert "Local demo mode" in at.info[0].value
    rows = log(home).rows(event="prediction")
    assert len(rows) == 1 and rows[0]["user"] == "demo" and rows[0]["bundle_sha256"]
    assert rows[0]["note"] is None                  # issue 14 #11: no note text in the audit log by default
    assert json.loads(rows[0]["outputs"])["differential"]
    at.run()                                    # a rerun of the same case is not a new request
    assert len(log(home).rows(event="prediction")) == 1


@pytest.mark.parametrize("page", ["pages/1_Assess.py", "pages/3_Records.py", "pages/6_Audit.py"])
def test_every_page_needs_sign_in_when_users_exist(home, page):
    users(home, alice="clinician")
    at = app(page)
    assert [b.label for b in at.button if b.proto.is_form_submitter] == ["Sign in"]
    assert not at.text_area and not at.dataframe     # nothing of the page itself is shown


def test_wrong_password_is_refused_logged_and_rate_limited(home):
    users(home, mallory_target="clinician")
    at = app()
    for _ in range(5):
        sign_in(at, "mallory_target", "wrong password!")
        assert "Wrong user name or password" in at.error[0].value
    sign_in(at, "mallory_target")               # right password, but locked out for the window
    assert "Too many failed sign-ins" in at.error[0].value
    failed = log(home).rows(event="sign_in_failed")
    assert len(failed) == 6 and PASSWORD not in json.dumps(failed)


def test_roles_decide_pages(home):
    users(home, carol="clinician", rita="reviewer")
    at = sign_in(app(), "carol")
    assert "Signed in as **carol** (clinician)" in text_of(at)
    at.switch_page("pages/6_Audit.py").run()
    assert "cannot open this page" in at.error[0].value and not at.dataframe
    at.switch_page("pages/3_Records.py").run()
    assert "cannot open this page" in at.error[0].value
    at = sign_in(app(), "rita")
    at.switch_page("pages/6_Audit.py").run()
    assert not at.exception and "Chain verified" in at.success[0].value
    assert at.dataframe and len(at.dataframe[0].value) >= 2    # carol's and rita's sign-ins


def test_prediction_audited_under_the_user_and_sign_out_clears_patient_data(home):
    users(home, dana="clinician")
    at = assess(sign_in(app(), "dana"))
    assert "case" in at.session_state
    rows = log(home).rows(event="prediction")
    assert [r["user"] for r in rows] == ["dana"]
    next(b for b in at.button if b.label == "Sign out").click().run()
    assert "case" not in at.session_state and "auth" not in at.session_state
    assert [b.label for b in at.button if b.proto.is_form_submitter] == ["Sign in"]
    assert [r["event"] for r in log(home).rows()] == ["sign_in", "prediction", "explanation", "sign_out"]  # Assess explains too
    assert log(home).verify().ok


def test_inactive_session_expires_and_forgets_the_patient(home):
    users(home, erin="clinician")
    at = assess(sign_in(app(), "erin"))
    at.session_state["auth"] = {**at.session_state["auth"], "last_active": 0.0}
    at.run()
    assert "expired" in at.warning[0].value and "case" not in at.session_state
    assert log(home).rows(event="sign_out")[0]["outputs"] == '{"reason": "inactivity"}'


def test_removed_user_is_signed_out_at_once(home):
    u = users(home, frank="reviewer", grace="admin")
    at = sign_in(app(), "frank")
    u.remove("frank")
    at.run()
    assert [b.label for b in at.button if b.proto.is_form_submitter] == ["Sign in"]


def test_admin_manages_users_on_the_users_page(home):
    u = users(home, root_admin="admin", rita2="reviewer")
    at = sign_in(app(), "root_admin")
    at.switch_page("pages/7_Users.py").run()
    assert not at.exception and len(at.dataframe[0].value) == 2
    at.text_input[0].input("newdoc")
    at.text_input[1].input(PASSWORD)
    next(b for b in at.button if b.proto.is_form_submitter and b.label == "Add").click().run()
    assert not at.exception and u.role("newdoc") == "clinician"
    assert json.loads(log(home).rows(event="users")[0]["outputs"]) == {"action": "add", "name": "newdoc",
                                                                        "role": "clinician"}
    at = sign_in(app(), "rita2")
    at.switch_page("pages/7_Users.py").run()
    assert "cannot open this page" in at.error[0].value and not at.text_input


def test_tampered_bundle_is_refused_at_start_with_a_clear_message(home, monkeypatch, tiny_bundle, tmp_path):
    import streamlit as st

    from medmodel.bundle import save_bundle
    bad = save_bundle(tiny_bundle, tmp_path / "bad_bundle", command="test", seed=0)
    weights = bad / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[:-100])          # truncated
    monkeypatch.setenv("MEDSEQ_BUNDLE", str(bad))
    st.cache_resource.clear()                                  # the app loads the bundle once per process
    try:
        at = app()
        assert "does not match its manifest hash" in at.error[0].value and not at.text_area
    finally:
        st.cache_resource.clear()

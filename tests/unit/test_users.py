"""Users file, roles, rate-limited sign-in, session expiry and the users CLI."""
import json
import os
import stat

import pytest

from medmodel.users import ROLES, SignInLimiter, UsersError, UsersFile, can_view, pages_for, session_expired, sign_in
from tests.support import run_cli

PASSWORD = "correct horse battery"


@pytest.fixture
def users(tmp_path):
    return UsersFile(tmp_path / "users.json", rounds=4)


def test_add_check_remove_and_roles(users):
    assert not users.configured()
    users.add("alice", PASSWORD, "clinician")
    assert users.configured() and users.role("alice") == "clinician"
    assert users.check("alice", PASSWORD).role == "clinician"
    assert users.check("alice", PASSWORD + "x") is None
    assert users.check("nobody", PASSWORD) is None
    users.set_role("alice", "reviewer")
    assert users.check("alice", PASSWORD).role == "reviewer"
    users.remove("alice")
    assert not users.configured()


def test_hashes_are_salted_bcrypt_and_file_is_private(users):
    users.add("a", PASSWORD, "clinician")
    users.add("b", PASSWORD, "clinician")
    data = json.loads(users.path.read_text())
    ha, hb = data["users"]["a"]["hash"], data["users"]["b"]["hash"]
    assert ha.startswith("$2b$") and ha != hb           # same password, different salt
    assert PASSWORD not in users.path.read_text()
    assert stat.S_IMODE(os.stat(users.path).st_mode) == 0o600


@pytest.mark.parametrize("name,password,role,msg", [
    ("bad name", PASSWORD, "clinician", "user name"),
    ("x\nInjected", PASSWORD, "clinician", "user name"),
    ("ok", "short", "clinician", "at least"),
    ("ok", "é" * 40, "clinician", "72 bytes"),
    ("ok", PASSWORD, "superuser", "role"),
])
def test_bad_user_input_is_refused(users, name, password, role, msg):
    with pytest.raises(UsersError, match=msg):
        users.add(name, password, role)


def test_role_pages_are_cumulative():
    assert set(pages_for("clinician")) == {"assess", "explain", "gallery"}
    assert set(pages_for("reviewer")) == set(pages_for("clinician")) | {"records", "model_card", "audit"}
    assert set(pages_for("admin")) == set(pages_for("reviewer")) | {"users"}
    assert not can_view(None, "assess") and not can_view("guest", "assess")
    assert not can_view("reviewer", "some_new_page")   # unknown pages fail closed (admin only)
    assert list(ROLES) == ["clinician", "reviewer", "admin"]


def test_failed_sign_ins_are_rate_limited_per_user_and_window(users):
    users.add("alice", PASSWORD, "clinician")
    now = [0.0]
    limiter = SignInLimiter(max_failures=3, window_s=60, clock=lambda: now[0])
    for _ in range(3):
        assert sign_in(users, limiter, "alice", "wrong password!")[0] is None
    user, msg = sign_in(users, limiter, "alice", PASSWORD)        # right password, but locked
    assert user is None and "Too many" in msg
    assert sign_in(users, limiter, "bob", "whatever pass")[1] == "Wrong user name or password."  # other users unaffected
    now[0] = 61.0                                                 # the window slides
    user, msg = sign_in(users, limiter, "alice", PASSWORD)
    assert user is not None and user.role == "clinician" and msg == ""


def test_session_expiry():
    assert session_expired(None)
    assert not session_expired(1000.0, now=1000.0 + 60, timeout_s=900)
    assert session_expired(1000.0, now=1000.0 + 901, timeout_s=900)


def test_users_cli(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MEDSEQ_HOME", str(tmp_path))
    for var in ("MEDSEQ_USERS", "MEDSEQ_AUDIT_DB", "MEDSEQ_AUDIT_KEY"):
        monkeypatch.delenv(var, raising=False)
    rc, out, err = run_cli(capsys, "users", "add", "alice", "--role", "clinician", "--password-stdin",
                           stdin=PASSWORD + "\n")
    assert rc == 0, err
    assert PASSWORD not in out + err                     # never echoed
    assert run_cli(capsys, "users", "set-role", "alice", "admin")[0] == 0
    assert json.loads(run_cli(capsys, "users", "list", "--json")[1]) == [{"name": "alice", "role": "admin"}]
    for args, stdin in ((("users", "add", "alice", "--role", "clinician"), PASSWORD + "\n"),   # exists
                        (("users", "add", "bob", "--role", "clinician"), "short\n"),
                        (("users", "remove", "nobody"), ""),
                        (("users", "add", "carol"), PASSWORD + "\n")):                          # no role
        rc, _, err = run_cli(capsys, *args, stdin=stdin)
        assert rc == 2 and len(err.strip().splitlines()) == 1, (args, err)
    assert run_cli(capsys, "users", "remove", "alice")[0] == 0
    assert "demo mode" in run_cli(capsys, "users", "list")[1]
    assert PASSWORD not in (tmp_path / "users.json").read_text()
    assert (tmp_path / "audit.sqlite").exists() and run_cli(capsys, "audit", "verify")[0] == 0

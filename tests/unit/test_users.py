"""Users file, roles, rate-limited sign-in, session expiry and the users CLI."""
import json
import os
import stat
import statistics
import threading
import time

import pytest

from medmodel.users import MAX_CLIENT_FAILURES, MAX_FAILURES, ROLES, SignInLimiter, UsersError, UsersFile, can_view, pages_for, session_expired, sign_in
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
    assert users.configured()          # users have existed: no users now means locked, never demo mode


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
    rc, _, err = run_cli(capsys, "users", "remove", "alice")          # the last admin stays
    assert rc == 2 and "last admin" in err
    assert run_cli(capsys, "users", "set-role", "alice", "clinician")[0] == 2
    assert run_cli(capsys, "users", "add", "bob", "--role", "clinician", "--password-stdin", stdin=PASSWORD + "\n")[0] == 0
    assert run_cli(capsys, "users", "remove", "bob")[0] == 0
    assert PASSWORD not in (tmp_path / "users.json").read_text()
    assert (tmp_path / "audit.sqlite").exists() and run_cli(capsys, "audit", "verify")[0] == 0


# ----------------------------------------------------------------------------- issue 14: the attacks, reproduced
def _slow_check(users, seconds=0.3):
    """users.check as slow as bcrypt at cost 12 on a loaded machine (the window the parallel attack used),
    counting how many passwords were really checked."""
    calls, real = [], users.check

    def check(name, password):
        calls.append(name)
        time.sleep(seconds)
        return real(name, password)
    users.check = check
    return calls


def _parallel(fn, args_list, stagger=None):
    barrier = threading.Barrier(len(args_list))
    out = [None] * len(args_list)

    def run(i, args):
        barrier.wait()
        if stagger and i == len(args_list) - 1:
            time.sleep(stagger)
        out[i] = fn(*args)
    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(args_list)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out


def test_parallel_wrong_passwords_are_counted_before_the_password_check(users):
    """Issue 14 #2: 20 tabs submitting wrong passwords at once were all checked."""
    users.add("alice", PASSWORD, "admin")
    calls = _slow_check(users)
    limiter = SignInLimiter()
    results = _parallel(lambda: sign_in(users, limiter, "alice", "wrong password!"), [()] * 20)
    assert len(calls) == MAX_FAILURES, f"{len(calls)} passwords were checked"
    assert sum("Too many" in msg for _, msg in results) == 20 - MAX_FAILURES


def test_right_password_after_parallel_failures_is_still_locked_out(users):
    """Issue 14 #2: with 15 tabs and the right password last, sign-in succeeded after 14 failures."""
    users.add("alice", PASSWORD, "admin")
    _slow_check(users)
    limiter = SignInLimiter()
    attempts = [("alice", "wrong password!")] * 14 + [("alice", PASSWORD)]
    results = _parallel(lambda n, pw: sign_in(users, limiter, n, pw), attempts, stagger=0.1)
    user, msg = results[-1]
    assert user is None and "Too many" in msg


def test_password_spraying_is_limited_per_client(users):
    """One client trying one password against many names is stopped after MAX_CLIENT_FAILURES."""
    users.add("alice", PASSWORD, "admin")
    limiter = SignInLimiter()
    results = [sign_in(users, limiter, f"user{i}", "Spring2026!!", "10.0.0.9")[1] for i in range(MAX_CLIENT_FAILURES + 3)]
    assert all(m == "Wrong user name or password." for m in results[:MAX_CLIENT_FAILURES])
    assert all("this client" in m for m in results[MAX_CLIENT_FAILURES:])
    assert sign_in(users, limiter, "alice", PASSWORD, "10.0.0.9")[0] is None    # the spraying client is locked ...
    assert sign_in(users, limiter, "alice", PASSWORD, "10.0.0.5")[0] is not None  # ... nobody else is


def test_a_lock_out_is_not_a_denial_of_service_lever(users):
    """Failures from an attacker's client do not lock the user out of their own client; success clears only
    that client's failures."""
    users.add("alice", PASSWORD, "admin")
    limiter = SignInLimiter()
    for _ in range(MAX_FAILURES):
        sign_in(users, limiter, "alice", "wrong password!", "203.0.113.7")
    assert "Too many" in sign_in(users, limiter, "alice", PASSWORD, "203.0.113.7")[1]
    assert sign_in(users, limiter, "alice", PASSWORD, "10.0.0.5")[0] is not None
    assert "Too many" in sign_in(users, limiter, "alice", PASSWORD, "203.0.113.7")[1]


def test_guessing_from_many_addresses_meets_a_ceiling_per_name(users):
    """Addresses can be many (or spoofed through a trusted proxy header): a name still meets a ceiling."""
    users.add("alice", PASSWORD, "admin")
    limiter = SignInLimiter(max_name_failures=30)
    results = [sign_in(users, limiter, "alice", "wrong password!", f"198.51.100.{i}")[1] for i in range(32)]
    assert all(m == "Wrong user name or password." for m in results[:30]) and "Too many" in results[-1]
    assert sign_in(users, limiter, "bob-the-other", "wrong password!", "198.51.100.99")[1].startswith("Wrong")


def test_unknown_names_cost_one_bcrypt_check_with_one_dummy_hash_per_process(tmp_path, monkeypatch):
    """Issue 14 #3: the dummy hash was recomputed for every unknown name (UsersFile is built on every run), so an
    unknown name took about twice as long as a known one."""
    import bcrypt

    from medmodel import users as users_mod
    UsersFile(tmp_path / "u.json", rounds=6).add("alice", PASSWORD, "admin")
    monkeypatch.setattr(users_mod, "_DUMMY", {})
    made = []
    real_hashpw = bcrypt.hashpw
    monkeypatch.setattr(bcrypt, "hashpw", lambda *a: made.append(1) or real_hashpw(*a))
    for i in range(5):
        assert UsersFile(tmp_path / "u.json").check(f"nobody{i}", PASSWORD) is None   # a new UsersFile each run
    assert len(made) == 1
    assert users_mod._DUMMY.keys() == {6}       # at the cost of the stored hashes, not the default cost


def test_timing_does_not_reveal_which_names_exist(tmp_path):
    """Issue 14 #3, measured: the median time of a wrong password for a known and an unknown name agree."""
    UsersFile(tmp_path / "u.json", rounds=10).add("alice", PASSWORD, "admin")
    UsersFile(tmp_path / "u.json").check("warm-up", PASSWORD)

    def median(name):
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            UsersFile(tmp_path / "u.json").check(name, "wrong password!")
            times.append(time.perf_counter() - t0)
        return statistics.median(times)
    known, unknown = median("alice"), median("nobody-here")
    assert 0.6 < unknown / known < 1.6, (known, unknown)   # before: about 2x (8x when the costs differed)


def test_the_last_admin_and_oneself_cannot_be_removed(users):
    """Issue 14 #12: an admin could remove themselves, and removing the last user opened the app."""
    users.add("root", PASSWORD, "admin")
    users.add("alice", PASSWORD, "clinician")
    with pytest.raises(UsersError, match="yourself"):
        users.remove("root", by="root")
    with pytest.raises(UsersError, match="last admin"):
        users.remove("root")
    with pytest.raises(UsersError, match="last admin"):
        users.set_role("root", "reviewer")
    users.add("bob", PASSWORD, "admin")
    users.remove("root", by="bob")
    assert users.admins() == ["bob"]


def test_no_users_after_users_existed_means_locked_unless_demo_is_asked_for(users, monkeypatch):
    monkeypatch.delenv("MEDSEQ_DEMO", raising=False)
    assert not users.configured()                 # a fresh install: demo mode
    users.add("alice", PASSWORD, "clinician")
    users.remove("alice")
    assert users.configured() and not users.users()
    monkeypatch.setenv("MEDSEQ_DEMO", "1")
    assert not users.configured()

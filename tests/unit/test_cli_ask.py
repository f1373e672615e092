"""The ask and evaluate-ask commands refuse bad input with one line and exit status 2 (runs with the shipped model
are in tests/model/test_ask_model.py)."""
import pytest

from medmodel.cli import EXIT_BAD_INPUT
from tests.support import ROOT
from tests.support import run_cli as run


@pytest.mark.parametrize("args,msg", [
    (["ask", "  "], "the note is empty"),
    (["ask", "cough", "--age", "-3"], "age must be a whole number"),
    (["ask", "cough", "--k", "0"], "--k must be from 1 to 20"),
    (["ask", "cough", "--bundle", "/nonexistent"], "no model bundle at /nonexistent"),
    (["evaluate-ask", "--n", "0"], "--n must be at least 1"),
    (["evaluate-ask", "--steps", "0"], "--steps must be from 1 to 10"),
    (["evaluate-ask", "--criterion", "vibes"], "invalid choice: 'vibes'"),
    (["evaluate-ask", "--data", "/nonexistent.csv"], "file not found"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, monkeypatch, args, msg):
    monkeypatch.chdir(ROOT)
    rc, _, err = run(capsys, *args)
    assert rc == EXIT_BAD_INPUT, (args, err)
    assert len(err.strip().splitlines()) == 1 and msg in err, err

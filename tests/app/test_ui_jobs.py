"""ui.jobs: slow work runs once per key, reports its estimate, and Cancel really stops it."""
from __future__ import annotations

import threading
import time

import pytest

from ui.jobs import Runner


def _slow(seconds: float, stop: threading.Event | None = None):
    def work():
        end = time.monotonic() + seconds
        while time.monotonic() < end:          # pure Python steps, as the explainer's recurrences are
            sum(range(1000))
        if stop is not None:
            stop.set()
        return "done"
    return work


def test_a_job_runs_once_per_key_and_its_result_is_kept():
    r, calls = Runner(), []
    job = r.submit("k", lambda: calls.append(1) or 42)
    assert job.done.wait(5) and job.result == 42
    assert r.submit("k", lambda: calls.append(1) or 0).result == 42 and calls == [1]


def test_cancel_stops_the_computation_itself():
    r, finished = Runner(), threading.Event()
    job = r.submit("slow", _slow(30, finished))
    time.sleep(0.3)
    t0 = time.monotonic()
    r.cancel("slow")
    assert job.done.wait(5), "the job did not stop"
    assert time.monotonic() - t0 < 5 and job.cancelled and not finished.is_set() and job.result is None
    assert r.submit("slow", _slow(0)).cancelled          # stays cancelled until someone asks again
    r.forget("slow")
    assert r.submit("slow", _slow(0)).done.wait(5)


def test_estimates_learn_from_finished_jobs():
    r = Runner()
    assert r.estimate("explain", 100, default_rate=1.0) == 100
    job = r.submit("a", _slow(0.2), kind="explain", units=100, default_rate=1.0)
    job.done.wait(5)
    assert r.estimate("explain", 100, default_rate=1.0) == pytest.approx(job.elapsed, rel=0.5, abs=0.5)


def test_a_failure_reaches_the_caller():
    r = Runner()
    job = r.submit("bad", lambda: 1 / 0)
    assert job.done.wait(5) and isinstance(job.error, ZeroDivisionError)

"""Slow work (attributions with many steps, faithfulness checks, the report) off the script thread, with a
progress bar, an estimate of the time left, and a Cancel button that really stops the computation.

A job runs in its own thread and is shared by key: a rerun, another widget touched while waiting, or a second
browser asking the same thing attaches to the running job instead of starting another. Cancel raises
``Cancelled`` inside the job's thread (``PyThreadState_SetAsyncExc``): the computation is pure Python over
torch calls, so it stops at its next Python step, and nothing shared is left half-written (explanations only
read the model). Estimates come from the seconds per unit of work measured on the last runs of each kind.
"""
from __future__ import annotations

import ctypes
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Callable

import streamlit as st

from . import i18n

POLL_S = 0.25
QUIET_S = 0.4           # work that finishes this fast shows no progress bar at all
MAX_DONE = 128          # finished jobs kept (results are the cache of slow work)


class Cancelled(Exception):
    """Raised inside a job's thread when someone presses Cancel."""


@dataclass
class Job:
    key: str
    kind: str
    units: float
    estimate: float                      # seconds
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    result: object = None
    error: BaseException | None = None
    cancelled: bool = False
    thread_id: int | None = None
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def elapsed(self) -> float:
        return (self.finished or time.monotonic()) - self.started


class Runner:
    """Every job of this server process. Thread-safe."""

    def __init__(self):
        self._lock = threading.Lock()
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._rate: dict[str, float] = {}                    # kind -> seconds per unit (moving average)

    def estimate(self, kind: str, units: float, default_rate: float) -> float:
        return max(0.5, self._rate.get(kind, default_rate) * units)

    def get(self, key: str) -> Job | None:
        with self._lock:
            return self._jobs.get(key)

    def submit(self, key: str, fn: Callable[[], object], kind: str = "work", units: float = 1.0,
               default_rate: float = 1.0) -> Job:
        """The job for ``key``: the one already running or done (a cancelled or failed one is retried only
        through ``forget``), or a new one started now."""
        with self._lock:
            job = self._jobs.get(key)
            if job is not None:
                self._jobs.move_to_end(key)
                return job
            job = Job(key, kind, units, self.estimate(kind, units, default_rate))
            self._jobs[key] = job
            self._trim()
        threading.Thread(target=self._work, args=(job, fn), name=f"medseq-{kind}", daemon=True).start()
        return job

    def _work(self, job: Job, fn: Callable[[], object]) -> None:
        try:
            with self._lock:
                if job.cancelled:
                    raise Cancelled()
                job.thread_id = threading.get_ident()
            try:
                result = fn()
            finally:
                with self._lock:
                    job.thread_id = None
            job.result = result
            with self._lock:
                rate = job.elapsed / max(job.units, 1e-9)
                old = self._rate.get(job.kind)
                self._rate[job.kind] = rate if old is None else 0.6 * old + 0.4 * rate
        except Cancelled:
            job.cancelled = True
        except BaseException as exc:  # noqa: BLE001  handed to the page that waits for it
            job.error = exc
        finally:
            job.finished = time.monotonic()
            job.done.set()

    def cancel(self, key: str) -> None:
        with self._lock:
            job = self._jobs.get(key)
            if job is None or job.done.is_set():
                return
            job.cancelled = True
            if job.thread_id is not None:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(job.thread_id), ctypes.py_object(Cancelled))

    def forget(self, key: str) -> None:
        with self._lock:
            self._jobs.pop(key, None)

    def _trim(self) -> None:
        done = [k for k, j in self._jobs.items() if j.done.is_set()]
        for k in done[:max(0, len(done) - MAX_DONE)]:
            del self._jobs[k]


@st.cache_resource
def runner() -> Runner:
    return Runner()


def _cancel(key: str) -> None:
    runner().cancel(key)


def _again(key: str) -> None:
    runner().forget(key)


def run(key: str, fn: Callable[[], object], label: str, kind: str = "work", units: float = 1.0,
        default_rate: float = 1.0):
    """The result of ``fn`` (computed once per ``key``), waiting with a progress bar, the time left and a
    Cancel button when it is slow. Returns None when it was cancelled (the page then shows a note and a
    Run again button); re-raises what ``fn`` raised."""
    r = runner()
    job = r.submit(key, fn, kind, units, default_rate)
    if not job.done.wait(QUIET_S):
        box = st.empty()
        with box.container():
            bar = st.progress(0.0, text=label)
            st.button(i18n.t("common.cancel"), key=f"cancel_{key}", on_click=_cancel, args=(key,),
                      icon=":material/stop_circle:")
            while not job.done.wait(POLL_S):
                done = min(0.99, job.elapsed / job.estimate)
                key_text = "progress.estimate" if job.elapsed <= job.estimate else "progress.over"
                bar.progress(done, text=i18n.t(key_text, label=label, elapsed=job.elapsed, estimate=job.estimate))
        box.empty()
    if job.cancelled:
        st.info(i18n.t("progress.cancelled"), icon=":material/stop_circle:")
        st.button(i18n.t("explain.run_again"), key=f"again_{key}", on_click=_again, args=(key,),
                  icon=":material/replay:")
        return None
    if job.error is not None:
        r.forget(key)                 # a failure is not cached: the next run tries again
        raise job.error
    return job.result

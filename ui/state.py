"""The patient in this session: the assessed case, the form's version, and "New patient".

``st.session_state`` holds per-user interaction state only. The assessed case lives under ``"case"`` as
plain data; widgets that belong to one case have the case's key in their own key (``case_key``), so a new
note never shows the previous patient's outputs. ``new_patient`` clears the form, the outputs and every
trace of the patient, keeping only what belongs to the user (language, sign-in, records batch, audit marks).
"""
from __future__ import annotations

import dataclasses
import hashlib

import streamlit as st

from medmodel import Case

# Session keys that outlive a patient: the user's language and sign-in, the browser the session is bound to
# (ui.auth), the audit de-duplication marks, and the Records page's batch (a file, not the patient on screen).
KEEP = {"lang", "_lang", "_lang_prev", "auth", "_audited", "form_version", "records", "records_file", "records_error",
        "_browser", "_exported"}
CASE_FIELDS = tuple(f.name for f in dataclasses.fields(Case))   # text, age, sex, flags (+ gestation, eGFR)


def init(key: str, value) -> None:
    """Give a widget's key its first value (widgets then take no default of their own: one source of truth)."""
    if key not in st.session_state:
        st.session_state[key] = value


SETS = ("flags", "ignored_context")      # Case fields held as sets (kept as sorted lists in the session)


def case_to_dict(case: Case) -> dict:
    data = {name: getattr(case, name) for name in CASE_FIELDS}
    data.update({k: sorted(data[k]) for k in SETS if k in data})
    return data


def case_from_dict(data: dict) -> Case:
    return Case(**{k: (frozenset(v) if k in SETS else v) for k, v in data.items() if k in CASE_FIELDS})


def make_case(text: str, age: int | None, sex: str | None, flags, **extra) -> Case:
    """A Case from the form; numeric context the installed Case does not know yet is left out."""
    kw = {k: v for k, v in extra.items() if k in CASE_FIELDS and v is not None}
    return Case(text, age, sex, frozenset(flags), **kw)


def case_key(case: Case) -> str:
    """A short stable id for widget keys and jobs that belong to one case."""
    raw = "\x00".join(f"{k}={v}" for k, v in case_to_dict(case).items())
    return hashlib.sha256(raw.encode()).hexdigest()[:12]


def current_case() -> Case | None:
    data = st.session_state.get("case")
    return case_from_dict(data) if data else None


def form_version() -> int:
    return st.session_state.get("form_version", 0)


def _clear(keep: set[str]) -> None:
    for key in [k for k in st.session_state if k not in keep]:
        del st.session_state[key]
    st.session_state["form_version"] = form_version() + 1   # fresh form widgets: no stale text in the browser


def assess(case: Case, previous: Case | None = None) -> None:
    """Make ``case`` the assessed one, the form left as it is (outputs are keyed by case: nothing stale shows).
    Note items the clinician removed stay removed while the note is the same."""
    if previous is not None and previous.text == case.text and not case.ignored_context:
        case = dataclasses.replace(case, ignored_context=previous.ignored_context)
    st.session_state["case"] = case_to_dict(case)


def set_case(case: Case) -> None:
    """Make ``case`` the one Assess and Explain show: the form is refilled with it, and everything that
    belonged to the previous case (choices, what-if, prepared report) is dropped."""
    _clear(KEEP)
    st.session_state["case"] = case_to_dict(case)


def new_patient() -> None:
    """Clear the form, the outputs and this patient's data from the session."""
    _clear(KEEP)


def open_case(case: Case, page: str) -> None:
    set_case(case)
    st.switch_page(page)

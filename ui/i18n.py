"""The reader's language and the catalogue's words in it: thin Streamlit wrappers over ``medmodel.labels``.

Widgets whose options are shown in words (a radio of sexes, a multiselect of flags) remember the formatted
string in the browser, so after a language switch the old string matches nothing and the widget shows no
selection, or returns a stray English value. Such widgets take ``lkey(name)``, a key per language; the
switch copies their values to the new language's keys, so nothing is lost and nothing is stale.
"""
from __future__ import annotations

import json

import streamlit as st

from medmodel import labels

LANGS = {"en": "English", "zh": "中文"}
_SUFFIX = "__"


def lang() -> str:
    return "zh" if st.session_state.get("_lang") == "zh" else "en"


def t(key: str, /, **params) -> str:
    return labels.text(key, lang(), **params)


def lkey(name: str) -> str:
    """The key of a widget whose options are words in the current language (copied over on a switch)."""
    return f"{name}{_SUFFIX}{lang()}"


def _chosen() -> None:
    st.session_state["_lang"] = st.session_state.get("lang") or lang()


def language_switch() -> None:
    """The sidebar's language control (app.py, before the pages). The language lives in ``_lang``, set by the
    control's callback, not in the control's own state: Streamlit 1.67 gives an entrypoint widget another id on a
    session's first run than on later ones (the page hash), so the first click's value would be dropped; the
    callback still sees it."""
    st.sidebar.segmented_control(labels.text("app.language"), list(LANGS), format_func=LANGS.get, key="lang",
                                 default=lang(), selection_mode="single", required=True, on_change=_chosen)


def sync() -> None:
    """Carry the values of widgets keyed by language over to the current language (every page calls this,
    through ``auth.header``, before drawing a widget)."""
    new, old = lang(), st.session_state.get("_lang_prev", lang())
    if new != old:
        tail = f"{_SUFFIX}{old}"
        for key in [k for k in st.session_state if isinstance(k, str) and k.endswith(tail)]:
            st.session_state[key[:-len(old)] + new] = st.session_state[key]
    st.session_state["_lang_prev"] = new


def chrome() -> None:
    """Words Streamlit draws itself and offers no parameter for (the file uploader's button and size limit), in
    the reader's language: CSS replaces the visible text, since the page cannot set them."""
    if lang() == "en":
        return
    limit = st.get_option("server.maxUploadSize")
    rules = {"[data-testid=stFileUploaderDropzone] button [data-testid=stMarkdownContainer] p": t("chrome.upload"),
             "[data-testid=stFileUploaderDropzoneInstructions] span": t("chrome.upload_limit", mb=limit,
                                                                         types="CSV、XLSX、PARQUET")}
    css = "".join(f"{sel}{{font-size:0}}{sel}::after{{content:{json.dumps(text, ensure_ascii=False)};"
                  f"font-size:0.875rem}}" for sel, text in rules.items())
    st.html(f"<style>{css}</style>")


def triage(level: str, long: bool = False) -> str:
    return labels.triage(level, lang(), long=long)


def flag(name: str) -> str:
    return labels.flag(name, lang())


def sex(code: str | None) -> str:
    return labels.sex(code, lang())


def method(name: str) -> str:
    return labels.method(name, lang())


def baseline(name: str) -> str:
    return labels.baseline(name, lang())


def message(item, kb=None) -> str:
    return labels.message(item, lang(), kb)


def error(exc) -> str:
    return labels.error(exc, lang())


def role(name: str) -> str:
    return labels.role(name, lang())


def each(fn):
    """A widget's ``format_func`` bound to this run's language: ``each(labels.flag)``. (Streamlit may format
    options outside the run, e.g. in AppTest, where the session's language cannot be read.)"""
    now = lang()
    return lambda value: fn(value, now)

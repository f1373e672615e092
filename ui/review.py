"""Explain's "Review this attribution": reviewers mark the most attributed words and findings of one output as
clinically plausible or implausible, name the ones that should have mattered, and comment (``medmodel.reviews``).
Shown to reviewers and admins (everyone in local demo mode); the CSV of every review is one click away.
"""
from __future__ import annotations

import streamlit as st

from medmodel import labels
from medmodel.audit import case_input
from medmodel.reviews import TOP_K, Mark, ReviewError, ReviewStore, default_path, top_spans

from . import auth, i18n, loaders, state
from .auth import escape_md
from .i18n import t

JUDGED = ("plausible", "implausible")
USER_ERRORS = ("comment", "empty", "too_many", "busy", "storage")


@st.cache_resource
def _store(path: str) -> ReviewStore:
    return ReviewStore(path)


def store() -> ReviewStore:
    """The reviews database ($MEDSEQ_REVIEWS_DB, default ~/.medseq/reviews.sqlite), opened once per process."""
    return _store(str(default_path()))


def may_review() -> bool:
    """Reviewers and admins; everyone in local demo mode (no users file)."""
    from medmodel.users import ROLES
    if not auth.users_file().configured():
        return True
    who = st.session_state.get("auth")
    return bool(who) and ROLES.index(who["role"]) >= ROLES.index("reviewer")


def _error(exc: ReviewError) -> str:
    code = exc.code if exc.code in USER_ERRORS else "other"
    return t(f"review.err_{code}", **{"limit": exc.params.get("limit", ""), "error": str(exc)})


def panel(case, prediction, expl, row: int, level: str = "finding") -> None:
    """The review form for output ``row`` of ``expl``, with the agreement so far for its method."""
    if not expl.is_attribution:
        return
    if not may_review():
        st.caption(t("review.reviewers_only"))
        return
    kb, lang, ck = loaders.knowledge(), i18n.lang(), state.case_key(case)
    output = expl.output_tokens[row]
    shown = labels.output_label(output, lang, kb)
    st.subheader(t("review.title"))
    st.caption(t("review.intro", k=TOP_K, output=shown))
    top = top_spans(expl, row, TOP_K, level)
    ranked = {s.tokens for s, _ in top}
    others = [s for s in expl.spans(level) if s.tokens not in ranked and any(ch.isalnum() for ch in s.text)]
    name = lambda s: labels.context_token(s.text, lang) if s.kind == "context" else s.text  # noqa: E731
    form_key = f"review_{ck}_{expl.method}_{row}"
    with st.form(form_key, border=True):
        choices = []
        for i, (s, v) in enumerate(top, 1):
            choices.append(st.segmented_control(
                t("review.span", n=i, text=escape_md(name(s)), score=f"{v:+.3f}"), JUDGED,
                format_func=i18n.each(lambda j, lg: labels.text(f"review.{j}", lg)), key=f"{form_key}_{i}"))
        missing = st.multiselect(t("review.missing"), range(len(others)), format_func=lambda i: name(others[i]),
                                 key=f"{form_key}_missing", placeholder=t("common.choose"))
        comment = st.text_area(t("review.comment"), max_chars=2000, key=f"{form_key}_comment", height=80)
        submitted = st.form_submit_button(t("review.save"), icon=":material/rate_review:")
    if submitted:
        marks = [Mark(s.text, j, i, float(v), s.finding, s.start, s.end)
                 for i, ((s, v), j) in enumerate(zip(top, choices), 1) if j]
        marks += [Mark(others[i].text, "missing", None, None, others[i].finding, others[i].start, others[i].end)
                  for i in missing]
        if not marks:
            st.warning(t("review.nothing"))
        else:
            try:
                store().add(auth.user_name(), bundle_sha256=loaders.bundle().sha256,
                            input_hmac=auth.audit_log().input_hmac(case_input(case)), method=expl.method,
                            output=output, marks=marks, comment=comment, params=_params(expl))
                st.success(t("review.saved", n=len(marks)), icon=":material/check_circle:")
            except ReviewError as exc:
                st.error(t("review.err", error=_error(exc)))
    agreement = store().agreement(loaders.bundle().sha256).get(expl.method)
    method = labels.method(expl.method, lang)
    if agreement and agreement["rate"] is not None:
        st.caption(t("review.agreement", method=method, rate=f"{agreement['rate']:.0%}", judged=agreement["judged"],
                     k=TOP_K, outputs=agreement["outputs"]))
    else:
        st.caption(t("review.agreement_none", method=method))
    export_button(f"review_export_{ck}")


def _params(expl) -> dict:
    return {k: v for k, v in expl.params.items() if k != "feature_groups"}


def _audit_export() -> None:
    auth.audit("export", {"what": "reviews csv"})


def export_button(key: str) -> None:
    st.download_button(t("review.export"), data=store().export_csv(), file_name="medseq-reviews.csv", mime="text/csv",
                       key=key, icon=":material/download:", on_click=_audit_export)

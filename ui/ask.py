"""Assess's "Ask next": the questions whose answer would most change the differential, answered Yes / No / Don't
know. An answer is appended to the note in the patient's language (``medmodel.ask``) and the case re-assessed;
the answers so far, and how the differential moved with each, stay visible until the note is edited by hand.

The consultation lives in ``st.session_state["ask"]``: the note the last answer produced, the answers with the
differential before each, and the findings answered "don't know" (not asked again). "New patient" clears it with
everything else.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from medmodel import labels, plots
from medmodel.ask import Asker, question_text

from . import contrast, i18n, loaders, state
from .auth import escape_md
from .i18n import t
from .widgets import chart

ANSWER_ICONS = {"yes": ":material/check:", "no": ":material/close:", "unknown": ":material/help:"}


@st.cache_resource
def asker() -> Asker:
    return Asker(loaders.predictor())


@st.cache_data(max_entries=256, show_spinner=False)
def _questions(skip: tuple[str, ...], **case: object):
    return asker().questions(state.case_from_dict(case), skip=skip)


def assess_panels(case, prediction) -> None:
    """Everything this module adds to Assess, in one call: ask next, then why A rather than B."""
    st.divider()
    panel(case, prediction)
    st.divider()
    contrast.panel(case, prediction, key="assess_contrast")


def _consultation(case) -> dict:
    """The answers of this consultation: kept while the note is the one the last answer produced."""
    c = st.session_state.get("ask")
    if not c or c.get("text") != case.text:
        c = {"text": case.text, "history": [], "skip": []}
        st.session_state["ask"] = c
    return c


def _differential(prediction) -> dict[str, float]:
    return {d.condition_id: d.probability for d in prediction.differential}


def _set_note(case, text: str) -> None:
    st.session_state["case"] = state.case_to_dict(state.make_case(
        text, case.age, case.sex, case.flags, gestation_weeks=getattr(case, "gestation_weeks", None),
        egfr=getattr(case, "egfr", None), ignored_context=getattr(case, "ignored_context", None)))
    st.session_state["form_version"] = state.form_version() + 1     # the form shows the note with the answer


def _answer(case_data: dict, finding: str, answer: str, before: dict[str, float]) -> None:
    case = state.case_from_dict(case_data)
    c = _consultation(case)
    new = asker().answer(case, finding, answer)
    c["history"].append({"finding": finding, "answer": answer, "before": before, "text_before": case.text})
    if answer == "unknown":
        c["skip"].append(finding)
    c["text"] = new.text
    if new.text != case.text:
        _set_note(case, new.text)


def _undo(case_data: dict) -> None:
    case = state.case_from_dict(case_data)
    c = _consultation(case)
    if not c["history"]:
        return
    last = c["history"].pop()
    if last["answer"] == "unknown" and last["finding"] in c["skip"]:
        c["skip"].remove(last["finding"])
    c["text"] = last["text_before"]
    if last["text_before"] != case.text:
        _set_note(case, last["text_before"])


def panel(case, prediction) -> None:
    """The ranked questions with their answer buttons, then the answers so far."""
    kb, lang, ck = loaders.knowledge(), i18n.lang(), state.case_key(case)
    c = _consultation(case)
    st.subheader(t("ask.title"))
    st.caption(t("ask.intro"))
    data = state.case_to_dict(case)
    with st.spinner(t("ask.working")):
        questions = _questions(tuple(c["skip"]), **data)
    if not questions:
        st.info(t("ask.none"))
    name = lambda cid: kb.conditions[cid].name.get(lang)  # noqa: E731
    for i, q in enumerate(questions):
        with st.container(border=True):
            left, right = st.columns([3, 2], vertical_alignment="center")
            flag = f" :red-badge[:material/flag: {t('ask.red_flag')}]" if q.red_flag else ""
            left.markdown(f"**{i + 1}. {escape_md(q.text(kb, lang))}**{flag}")
            left.caption(t("ask.why", gain=f"{q.gain:.2f}", p_yes=labels.percent(q.p_yes),
                           yes=escape_md(f"{name(q.if_yes[0])} {labels.percent(q.if_yes[1])}"),
                           no=escape_md(f"{name(q.if_no[0])} {labels.percent(q.if_no[1])}")))
            with right.container(horizontal=True, gap="small"):
                for answer in ("yes", "no", "unknown"):
                    st.button(t(f"ask.{answer}"), key=f"ask_{answer}_{ck}_{q.finding}", icon=ANSWER_ICONS[answer],
                              on_click=_answer, args=(data, q.finding, answer, _differential(prediction)))
    st.caption(t("ask.gain_help"))
    if c["history"]:
        _history(c, prediction, data)


def _history(c: dict, prediction, data: dict) -> None:
    kb, lang = loaders.knowledge(), i18n.lang()
    st.markdown(f"**{t('ask.history')}**")
    history = c["history"]
    afters = [h["before"] for h in history[1:]] + [_differential(prediction)]
    steps = [{"label": t("ask.opening"), "differential": history[0]["before"]}]
    rows = []
    for n, (h, after) in enumerate(zip(history, afters), 1):
        question = kb.findings[h["finding"]].name.get(lang)
        steps.append({"label": f"{n}. {question}", "differential": after})
        lead = max(after, key=after.get)
        rows.append({t("ask.col_question"): f"{n}. " + question_text(kb, h["finding"], lang), t("ask.col_answer"): t(f"ask.{h['answer']}"),
                     t("ask.col_leading"): f"{kb.conditions[lead].name.get(lang)} ({labels.percent(after[lead])})"})
    chart(plots.ask_history_figure(steps, lang, kb), f"ask_history_{len(history)}")
    st.table(pd.DataFrame(rows).set_index(t("ask.col_question")))
    st.button(t("ask.undo"), key=f"ask_undo_{len(history)}", on_click=_undo, args=(data,), icon=":material/undo:")



def explain_panels(case, prediction, expl, row: int, level: str, method: str, baseline: str, n_steps: int) -> None:
    """Everything this module adds to Explain, in one call: the review of the shown attribution, then why A
    rather than B with the page's method (when it can explain a difference), baseline and steps."""
    from . import review
    st.divider()
    review.panel(case, prediction, expl, row, level)
    st.divider()
    contrast.panel(case, prediction, key="x_contrast", method=method, baseline=baseline, n_steps=n_steps)


# ----------------------------------------------------------------------------------------- model card
RESULTS = loaders.ROOT / "assets" / "eval" / "ask_results.json"


def measured(bundle) -> dict:
    """The simulated-consultation results for this model: metrics.json's ``ask``, else ``assets/eval/
    ask_results.json`` when it was measured on these very weights. {"generated": ..., "real": ...} or {}."""
    import json
    if isinstance(bundle.metrics.get("ask"), dict):
        return bundle.metrics["ask"]
    try:
        data = json.loads(RESULTS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    weights = (bundle.manifest or {}).get("files", {}).get("model.safetensors")
    return data if weights and data.get("model_sha256") == weights else {}


def card_sections(bundle) -> None:
    """Model card: the simulated-consultation curve, and reviewers' agreement per method."""
    from medmodel.reviews import TOP_K

    from . import review
    lang = i18n.lang()
    st.subheader(t("ask.card_title"))
    results = measured(bundle)
    if not results:
        st.info(t("ask.card_not_measured"))
    parts = [(k, results[k]) for k in ("generated", "real") if isinstance(results.get(k), dict)]
    for col, (kind, r) in zip(st.columns(len(parts) or 1, gap="large"), parts):
        with col:
            st.markdown(f"**{t('ask.card_' + kind)}**")
            chart(plots.ask_curve_figure(r, lang), f"ask_curve_{kind}")
            rows = [{t("ask.col_asked"): str(i), t("ask.col_ranked"): f"{a:.1%}", t("ask.col_random"): f"{b:.1%}"}
                    for i, (a, b) in enumerate(zip(r["top1_by_questions"], r["random_top1_by_questions"]))]
            st.table(pd.DataFrame(rows).set_index(t("ask.col_asked")))
            st.caption(t("ask.card_help" if kind == "generated" else "ask.card_dev", n=f"{r.get('n', 0):,}"))
            if r.get("command"):
                st.caption(t("ask.card_measured", command=r["command"]))
    st.subheader(t("review.card_title"))
    agreement = review.store().agreement(bundle.sha256)
    if not agreement:
        st.info(t("review.card_none"))
    else:
        st.table(pd.DataFrame([{t("review.col_method"): labels.method(m, lang),
                                t("review.col_rate"): f"{a['rate']:.0%}" if a["rate"] is not None else "—",
                                t("review.col_judged"): a["judged"], t("review.col_missing"): a["missing"],
                                t("review.col_outputs"): a["outputs"]} for m, a in agreement.items()])
                 .set_index(t("review.col_method")))
        review.export_button("card_review_export")
    st.caption(t("review.card_help", k=TOP_K))

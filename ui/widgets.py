"""The pieces pages are built from: the case form, the triage banner, the differential, treatment, findings,
the explanation panel, quality figures, what-if and the report. Layout only: every number comes from
``medmodel`` and every word from the catalogue (``ui.i18n``).
"""
from __future__ import annotations

import dataclasses

import pandas as pd
import streamlit as st

from medmodel import (MAX_NOTE_CHARS, USER_FLAGS, Case, InputError, compare, detect_language, edit_note, labels,
                      mention_state, plots, render)
from medmodel.whatif import STATES as FINDING_STATES

from . import auth, i18n, loaders, state
from .auth import escape_md
from .i18n import t

TRIAGE_STYLE = {"emergency": ("error", ":material/e911_emergency:"), "urgent": ("warning", ":material/warning:"),
                "routine": ("info", ":material/stethoscope:"), "self_care": ("success", ":material/home:")}
# The context form is built from medmodel.USER_FLAGS, so a new flag appears by itself (under "Other context"
# unless it is an allergy or a medicine the patient takes).
MEDICINE_FLAGS = ("anticoagulant", "warfarin", "antiplatelet", "methotrexate", "lithium", "ace_inhibitor", "arb")
ALLERGY_FLAGS = tuple(f for f in USER_FLAGS if f.startswith("allergy_"))
CURRENT_MEDICINES = tuple(f for f in USER_FLAGS if f in MEDICINE_FLAGS)
OTHER_FLAGS = tuple(f for f in USER_FLAGS if f not in ALLERGY_FLAGS + CURRENT_MEDICINES and f != "pregnant")
ALERT_ICON = {"red_flag": ":material/flag:", "cannot_miss": ":material/emergency:"}
CONFIRM_FIRST = ("implausible_pregnancy_age",)    # warnings the clinician confirms before the result is shown
SEXES = ("U", "F", "M")                          # "U": not stated (a radio option cannot be None and show as chosen)
CHART = {"displayModeBar": False}


def chart(fig, key: str) -> None:
    st.plotly_chart(fig, key=key, config=CHART, width="stretch")


# ----------------------------------------------------------------------------------------- case form
def case_form(case: Case | None) -> Case | None:
    """The note and patient context; returns the submitted Case (or None when nothing was submitted).
    Invalid input is reported in the reader's language and stops the page."""
    v = state.form_version()
    has = lambda field: field in state.CASE_FIELDS  # noqa: E731
    keys = {"note": f"note_{v}", "age": f"age_{v}", "sex": i18n.lkey(f"sex_{v}"), "pregnant": f"pregnant_{v}",
            "weeks": f"weeks_{v}", "egfr": f"egfr_{v}", "allergies": i18n.lkey(f"allergies_{v}"),
            "medicines": i18n.lkey(f"medicines_{v}"), "others": i18n.lkey(f"others_{v}")}
    flags = case.flags if case else frozenset()
    state.init(keys["note"], case.text if case else "")
    state.init(keys["age"], case.age if case else None)
    state.init(keys["sex"], (case.sex if case and case.sex else "U"))
    state.init(keys["pregnant"], "pregnant" in flags)
    state.init(keys["weeks"], getattr(case, "gestation_weeks", None) if case else None)
    state.init(keys["egfr"], getattr(case, "egfr", None) if case else None)
    state.init(keys["allergies"], [f for f in ALLERGY_FLAGS if f in flags])
    state.init(keys["medicines"], [f for f in CURRENT_MEDICINES if f in flags])
    state.init(keys["others"], [f for f in OTHER_FLAGS if f in flags])
    with st.form("case_form", border=True):
        text = st.text_area(t("assess.note"), height=130, max_chars=MAX_NOTE_CHARS, help=t("assess.note_help"),
                            key=keys["note"])
        c1, c2, c3, c4 = st.columns([1, 1.7, 1.3, 1])
        age = c1.number_input(t("assess.age"), min_value=0, max_value=120, step=1, value=None, key=keys["age"])
        sex = c2.radio(t("assess.sex"), SEXES, format_func=i18n.each(labels.sex), horizontal=True, key=keys["sex"])
        with c3:
            pregnant = st.checkbox(t("flag.pregnant"), key=keys["pregnant"])
            weeks = None
            if has("gestation_weeks"):
                weeks = st.number_input(t("assess.gestation_weeks"), min_value=0, max_value=44, step=1, value=None,
                                        help=t("assess.gestation_help"), key=keys["weeks"])
        egfr = (c4.number_input(t("assess.egfr"), min_value=0, max_value=200, step=1, value=None,
                                help=t("assess.egfr_help"), key=keys["egfr"]) if has("egfr") else None)
        c5, c6, c7 = st.columns(3)
        flag, choose = i18n.each(labels.flag), t("common.choose")
        allergies = c5.multiselect(t("assess.allergies"), ALLERGY_FLAGS, format_func=flag, key=keys["allergies"],
                                   placeholder=choose)
        medicines = c6.multiselect(t("assess.medicines"), CURRENT_MEDICINES, format_func=flag, key=keys["medicines"],
                                   placeholder=choose)
        others = c7.multiselect(t("assess.other_flags"), OTHER_FLAGS, format_func=flag, key=keys["others"],
                                placeholder=choose)
        submitted = st.form_submit_button(t("assess.submit"), type="primary", icon=":material/play_arrow:")
    if not submitted:
        return None
    try:
        chosen = set(allergies) | set(medicines) | set(others) | ({"pregnant"} if pregnant else set())
        return state.make_case(text, int(age) if age is not None else None, None if sex == "U" else sex, chosen,
                               gestation_weeks=int(weeks) if weeks is not None else None,
                               egfr=int(egfr) if egfr is not None else None)
    except ValueError as exc:
        st.error(t("error.bad_case", error=i18n.error(exc)))
        st.stop()


def case_summary(case: Case) -> str:
    parts = render.patient(case, i18n.lang())
    parts.append(t("assess.detected", language=labels.language_name(detect_language(case.text), i18n.lang())))
    return " · ".join(escape_md(p) for p in parts)


# ----------------------------------------------------------------------------------------- the note's context
def context_chips(case: Case, prediction) -> None:
    """What the note said about the patient, one chip per phrase, counted as if ticked in the form. A click
    removes a chip (its keys go to ``Case.ignored_context`` and the patient is assessed again); a second click
    restores it."""
    chips = render.chips(prediction, i18n.lang())
    if not chips:
        return
    key = f"chips_{state.case_key(case)}"
    state.init(key, [i for i, c in enumerate(chips) if not c.removed])
    st.pills(t("context.read_from_note"), list(range(len(chips))), selection_mode="multi", key=key,
             format_func=lambda i: chips[i].text, help=t("ui12.chips_help"), on_change=_chips_changed,
             args=(case, [c.keys for c in chips], key))


def _chips_changed(case: Case, keys: list[tuple[str, ...]], widget: str) -> None:
    kept = set(st.session_state.get(widget) or [])
    every = {k for group in keys for k in group}
    removed = {k for i, group in enumerate(keys) if i not in kept for k in group}
    state.assess(dataclasses.replace(case, ignored_context=frozenset((case.ignored_context - every) | removed)))


def show_conflicts(prediction) -> None:
    """Where a ticked box and the note disagree (the form wins until corrected)."""
    lines = render.conflicts(prediction, loaders.knowledge(), i18n.lang())
    if lines:
        st.warning(f"**{t('ui12.conflict_title')}**  \n" + "  \n".join(escape_md(x) for x in lines),
                   icon=":material/rule:")


def confirmed(case: Case, prediction) -> bool:
    """Details that cannot all be right (pregnant at 90) are confirmed before the result is shown."""
    odd = [w for w in prediction.warnings if w.code in CONFIRM_FIRST]
    key = f"confirmed_{state.case_key(case)}"
    if not odd or st.session_state.get(key):
        return True
    kb = loaders.knowledge()
    st.warning(f"**{t('ui12.implausible_title')}**  \n" + "  \n".join(escape_md(i18n.message(w, kb)) for w in odd),
               icon=":material/help:")
    st.button(t("ui12.implausible_confirm"), key=f"confirm_{state.case_key(case)}", type="primary",
              on_click=st.session_state.__setitem__, args=(key, True), icon=":material/check:")
    st.caption(t("ui12.implausible_fix"))
    return False


# ----------------------------------------------------------------------------------------- the answer
def scope_banner(prediction) -> None:
    """Outside what the knowledge base covers: say so before anything else is read."""
    if prediction.out_of_scope:
        st.error(f"**{t('ui12.scope_title')}**  \n{t('ui12.scope_text')}", icon=":material/explore_off:")


def triage_banner(prediction) -> None:
    kind, icon = TRIAGE_STYLE[prediction.triage]
    lang = i18n.lang()
    text = f"**{t('result.triage_label', level=render.triage(prediction, lang))}**"
    raised = render.escalation(prediction, lang)
    if raised:
        text += "  \n" + escape_md(raised)
    getattr(st, kind)(text, icon=icon)
    alerts = render.alerts(prediction, loaders.knowledge(), lang)
    if alerts:
        st.markdown(f"**{t('result.red_flags')}**")
        st.markdown("\n".join(f"- {ALERT_ICON[a.kind]} {escape_md(a.text)}" for a in alerts))


def show_warnings(prediction) -> None:
    """Warnings without a place of their own (out of scope, confirm first and conflicts have theirs)."""
    for w in render.medicine_safety(prediction, loaders.knowledge(), i18n.lang()):
        st.error(f"**{t('result.medicine_safety')}**{t('section.sep')}{escape_md(w)}", icon=":material/medication:")
    for w in render.warnings(prediction, loaders.knowledge(), i18n.lang(), placed=False):
        st.warning(f"**{t('result.warnings')}**{t('section.sep')}{escape_md(w)}", icon=":material/help:")


def show_differential(prediction, key: str = "differential") -> None:
    """One full-width figure: bars with the value, ICD-10 code and triage colour of each condition."""
    reference = f" · {t('ui12.reference_only')}" if prediction.out_of_scope else ""
    st.subheader(t("result.differential") + reference)
    chart(plots.differential_figure(prediction, i18n.lang(), loaders.knowledge()), key)
    st.caption(t("result.likelihood_note"))


def _medicine_lines(medicines) -> None:
    """Each medicine with its line, route, usual dose and source."""
    for m in medicines:
        badges = ""
        if m.line:
            badges = f" :{'green' if m.first else 'gray'}-badge[{escape_md(m.line)}] :gray-badge[{escape_md(m.route)}]"
        lines = [f":material/medication: **{escape_md(m.heading)}**{badges}"]
        if m.dose:
            lines += [escape_md(m.dose), f":gray[{escape_md(t('ui12.source', source=m.source))}]"]
        st.markdown("  \n".join(lines))


def show_treatment(prediction) -> None:
    """Medicines for a confident, in-scope leading diagnosis; otherwise why not, and each candidate's options
    one click away."""
    kb, lg = loaders.knowledge(), i18n.lang()
    st.subheader(t("result.medications"))
    note = render.treatment_note(prediction, lg, kb)
    if prediction.out_of_scope:
        st.info(escape_md(note), icon=":material/block:")
    elif prediction.options:
        st.warning(f"**{t('ui12.confirm_first')}**  \n{escape_md(note)}", icon=":material/fact_check:")
        st.caption(t("ui12.options_help"))
        for option in render.options(prediction, kb, lg):
            n = len(option.medicines)
            count = t("ui12.options_count_one") if n == 1 else t("ui12.options_count", n=n)
            with st.expander(f"{escape_md(option.title)} · {count}",
                             icon=":material/medication:"):
                _medicine_lines(option.medicines) if option.medicines else st.caption(t("ui12.no_options"))
    elif prediction.medications:
        _medicine_lines(render.medicines(prediction, kb, lg))
    else:
        st.markdown(t("common.none"))
    if prediction.withheld:
        st.markdown(f"**{t('result.withheld')}**")
        st.markdown("\n".join(f"- :material/block: {escape_md(w)}" for w in render.withheld(prediction, kb, lg)))
    st.subheader(t("result.next_steps"))
    st.markdown("\n".join(f"- {escape_md(s)}" for s in render.next_steps(prediction, kb, lg)) or t("common.none"))


def show_findings(prediction) -> None:
    st.subheader(t("result.findings"))
    if not prediction.findings:
        st.caption(t("result.no_findings"))
        return
    words = render.findings(prediction, loaders.knowledge(), i18n.lang())
    st.markdown("\n".join(f"- {':material/check_circle:' if m.present else ':material/cancel:'} {escape_md(w)}"
                           for m, w in zip(prediction.findings, words)))


# ----------------------------------------------------------------------------------------- explanations
def output_picker(expl, key: str, container=st) -> int:
    """Which output row to explain; the key belongs to the case, so a new note starts at its own first row."""
    kb, lang = loaders.knowledge(), i18n.lang()
    tokens = list(expl.output_tokens)
    k = i18n.lkey(key)
    if st.session_state.get(k) not in tokens:
        st.session_state[k] = tokens[0]
    token = container.selectbox(t("explain.output"), tokens, key=k,
                                format_func=lambda tok: labels.output_label(tok, lang, kb),
                                placeholder=t("common.choose"))
    return tokens.index(token)


def level_toggle(key: str, container=st) -> str:
    raw = container.toggle(t("explain.raw_tokens"), key=key)
    return "token" if raw else "finding"


def show_note(expl, row: int, level: str) -> None:
    st.caption(t("explain.highlight"))
    st.html(plots.highlighted_note_html(expl, row, i18n.lang(), level=level, kb=loaders.knowledge()))


def show_heatmap(expl, key: str, level: str) -> None:
    """Every output against every input word and finding, full width so every label reads."""
    chart(plots.heatmap(expl, i18n.lang(), level, loaders.knowledge()), key)


def show_evidence(expl, key: str, level: str) -> None:
    if expl.differential_attributions is None or not len(expl.differential):
        return
    lang = i18n.lang()
    names = expl.differential_labels.get(lang, expl.differential)
    k = i18n.lkey(f"{key}_entry")
    if st.session_state.get(k) not in expl.differential:
        st.session_state[k] = expl.differential[0]
    entry = st.selectbox(t("explain.evidence_for"), expl.differential, key=k,
                         format_func=lambda c: names[expl.differential.index(c)], placeholder=t("common.choose"))
    chart(plots.evidence_bars(expl, entry, lang=lang, level=level, kb=loaders.knowledge()), f"{key}_bars")


def explanation_panel(case: Case, prediction, key: str) -> None:
    """Assess's "Why": method and output pickers, the note coloured word by word, evidence for the leading
    diagnosis and the full heatmap; raw tokens one click away."""
    from medmodel import METHODS
    ck = state.case_key(case)
    st.subheader(t("explain.title"))
    st.caption(t("explain.intro"))
    c1, c2, c3 = st.columns([2, 3, 1.2], vertical_alignment="bottom")
    mk = i18n.lkey(f"{key}_method")
    state.init(mk, "integrated_gradients")
    method = c1.selectbox(t("explain.method"), list(METHODS), format_func=i18n.each(labels.method), key=mk,
                          placeholder=t("common.choose"))
    level = level_toggle(f"{key}_raw", c3)
    expl = loaders.explain(case, method)
    if expl is None:
        return
    row = output_picker(expl, f"{key}_row_{ck}", c2)
    if not expl.is_attribution:
        st.warning(t("explain.attention_label"), icon=":material/visibility:")
    show_note(expl, row, level)
    if expl.is_attribution:
        show_evidence(expl, f"{key}_{ck}", level)
    show_heatmap(expl, f"{key}_heatmap", level)


def show_quality(expl, row: int, case: Case | None = None) -> None:
    """Completeness, ERASER faithfulness against random tokens, and the model-randomisation check of one
    explanation for one output row, as a table that wraps instead of cutting its words."""
    import math
    if not expl.is_attribution:
        st.caption(t("quality.attention"))
        return
    fx, fb = float(expl.target_logprob[row]), float(expl.baseline_logprob[row])
    gap = float(expl.completeness_gap[row])
    value, random = t("common.value"), t("quality.random")
    rows = [(t("quality.fx"), f"{fx:.4f}", ""), (t("quality.fb"), f"{fb:.4f}", ""),
            (t("quality.sum"), f"{float(expl.attributions[row].sum()):.4f}", ""),
            (t("quality.gap"), f"{gap:.2%}" if math.isfinite(gap) else t("quality.not_complete"), "")]
    if case is not None:
        q = loaders.faithfulness(case, expl)
        if q is not None:
            rows += [(t("quality.comp"), f"{q['comprehensiveness'][row]:+.3f}",
                      f"{q['random_comprehensiveness'][row]:+.3f}"),
                     (t("quality.suff"), f"{q['sufficiency'][row]:+.3f}", f"{q['random_sufficiency'][row]:+.3f}"),
                     (t("quality.rand"), f"{q['randomisation_rank_corr'][row]:+.2f}", "")]
    st.table(pd.DataFrame(rows, columns=[t("common.figure"), value, random]).set_index(t("common.figure")))
    if case is not None:
        st.caption(t("quality.help"))


# ----------------------------------------------------------------------------------------- what if
def whatif(case: Case, prediction) -> None:
    """Flip a finding or change the patient; the model re-runs and the two differentials are compared."""
    kb, lang, ck = loaders.knowledge(), i18n.lang(), state.case_key(case)
    st.subheader(t("whatif.title"))
    st.caption(t("whatif.help"))
    changes = {}
    cols = st.columns(3)
    for i, m in enumerate(prediction.findings):
        label = escape_md(f"{kb.findings[m.finding].name.get(lang)} (“{m.phrase}”)")
        k = i18n.lkey(f"wi_{ck}_{m.finding}")
        state.init(k, mention_state(m))
        state_name = i18n.each(lambda s, lg: labels.text(f"result.{s}", lg))
        choice = cols[i % 3].segmented_control(label, FINDING_STATES, format_func=state_name, key=k)
        changes[m.finding] = choice or mention_state(m)
    c1, c2, c3 = st.columns([1, 1.4, 2])
    for k, value in ((f"wi_{ck}_age", case.age), (i18n.lkey(f"wi_{ck}_sex"), case.sex or "U"),
                     (i18n.lkey(f"wi_{ck}_flags"), sorted(case.flags))):
        state.init(k, value)
    age = c1.number_input(t("assess.age"), 0, 120, value=None, step=1, key=f"wi_{ck}_age")
    sex = c2.radio(t("assess.sex"), SEXES, horizontal=True, format_func=i18n.each(labels.sex),
                   key=i18n.lkey(f"wi_{ck}_sex"))
    flags = c3.multiselect(t("whatif.flags"), USER_FLAGS, format_func=i18n.each(labels.flag),
                           key=i18n.lkey(f"wi_{ck}_flags"), placeholder=t("common.choose"))
    try:
        extra = {f: getattr(case, f) for f in ("gestation_weeks", "egfr", "ignored_context") if f in state.CASE_FIELDS}
        after_case = state.make_case(edit_note(case.text, prediction.findings, changes, kb),
                                     int(age) if age is not None else None, None if sex == "U" else sex, flags, **extra)
    except ValueError as exc:
        st.error(t("error.bad_case", error=i18n.error(exc)))
        return
    if after_case == case:
        st.caption(t("whatif.same"))
        return
    try:
        after = loaders.predict(after_case)
    except InputError as exc:
        st.error(t("error.cannot_assess", error=i18n.error(exc)))
        return
    st.markdown(t("whatif.leading_now", before=escape_md(prediction.leading.name(lang)),
                  after=escape_md(after.leading.name(lang)), tb=i18n.triage(prediction.triage),
                  ta=i18n.triage(after.triage)))
    rows = compare(prediction, after, lang)
    chart(plots.whatif_figure(rows, lang), f"whatif_{ck}")
    none = t("common.not_in_list")
    table = pd.DataFrame([{t("common.condition"): r["condition"], t("common.icd10"): r["icd10"],
                           t("whatif.before"): labels.percent(r["before"]) if r["before"] is not None else none,
                           t("whatif.after"): labels.percent(r["after"]) if r["after"] is not None else none,
                           t("whatif.change"): labels.points(r["change"], lang) if r["change"] is not None else "—"}
                          for r in sorted(rows, key=lambda r: -(r["after"] or 0))])
    st.dataframe(table, hide_index=True, width="stretch")
    with st.expander(t("whatif.note")):
        st.text(after_case.text)


# ----------------------------------------------------------------------------------------- report
def report_section(case: Case, prediction) -> None:
    """Prepare the HTML report in the page's language (with progress and Cancel), then download it."""
    lang, ck = i18n.lang(), state.case_key(case)
    wanted, ready = f"report_wanted_{ck}_{lang}", f"report_bytes_{ck}_{lang}"
    if not st.session_state.get(wanted):
        st.button(t("report.prepare"), key=f"prepare_{ck}_{lang}", icon=":material/description:", help=t("report.help"),
                  on_click=st.session_state.__setitem__, args=(wanted, True))
        return
    html = st.session_state.get(ready) or loaders.report(case, lang)
    if html is None:
        return
    st.session_state[ready] = html
    what = {"what": "html report", "leading": prediction.leading.condition_id, "lang": lang}
    st.download_button(t("report.download"), file_name=f"medseq-report-{lang}.html", mime="text/html",
                       data=auth.export(lambda: html, what, page="assess", case=case),   # checked and audited on press
                       help=t("report.help"), icon=":material/download:", key=f"report_{ck}_{lang}", type="primary",
                       on_click="ignore")

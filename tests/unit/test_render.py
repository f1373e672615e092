"""medmodel.render: a prediction in words, once for every surface (app, report, records row, CLI text, to_dict),
in both languages. Predictions are built by hand on the real knowledge base, so every sentence is checked without
a model."""
from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from medmodel import labels, render
from medmodel.case import Case
from medmodel.context import merge, read_context
from medmodel.messages import Message
from medmodel.predict import DifferentialEntry, Prediction
from medmodel.records import RESULT_COLUMNS
from medmodel.report import build_report
from medmodel.safety import CannotMiss, RedFlag, Withheld
from medmodel.scope import Scope
from tools.walk import english_words

PREGNANT_NOTE = "34F, 22 weeks pregnant. Sore throat and fever for three days, swollen tonsils, no cough."


def entry(kb, cid: str, p: float) -> DifferentialEntry:
    c = kb.conditions[cid]
    return DifferentialEntry(cid, c.icd10, c.name.en, c.name.zh, p)


def prediction(kb, case: Case, *, differential=(("tonsillitis", 0.8), ("viral_pharyngitis", 0.1)), medications=(),
               withheld=(), options=None, out_of_scope=False, red_flags=(), cannot_miss=(), warnings=(),
               triage="routine", model_triage="routine") -> Prediction:
    """A Prediction as the predictor assembles one, without running a model."""
    context = read_context(case.text)
    used, conflicts = merge(case, context, case.ignored_context)
    warnings = list(warnings) + [Message("context_conflict", {"flag": c.key, "form": c.form, "note": c.note,
                                                              "phrase": c.phrase}) for c in conflicts]
    if out_of_scope:
        warnings.insert(0, Message("out_of_scope", {"score": 0.9}))
    dx = [entry(kb, c, p) for c, p in differential]
    if options:
        warnings.insert(0, Message("confirm_diagnosis_first", {"probability": dx[0].probability}))
    encoded = SimpleNamespace(truncated=False)
    return Prediction(case, encoded, dx, triage, model_triage, list(red_flags), list(medications), list(withheld),
                      ["safety_netting_return_if_worse"], [], [], warnings, list(cannot_miss), context, used, conflicts,
                      Scope(out_of_scope, 0.9 if out_of_scope else 0.1, {}), dict(options or {}), 0)


@pytest.fixture(scope="module")
def confident(kb):
    """Tonsillitis, confident, in a pregnant woman with a penicillin allergy written in the note."""
    case = Case(PREGNANT_NOTE + " Allergic to penicillin (rash).")
    return prediction(kb, case, medications=["paracetamol"],
                      withheld=[Withheld("phenoxymethylpenicillin", "allergy_penicillin", "penicillin allergy",
                                         "青霉素过敏"),
                                Withheld("ibuprofen", "pregnant", "NSAIDs are avoided in pregnancy",
                                         "妊娠期避免使用非甾体抗炎药")],
                      red_flags=[RedFlag("fever", "urgent", "fever")],
                      cannot_miss=[CannotMiss("peritonsillar_abscess", "urgent", 0.25)],
                      triage="urgent", model_triage="routine")


# ----------------------------------------------------------------------------------------- the note's context
def test_one_chip_per_phrase_saying_the_most_specific_thing(kb, confident):
    chips = render.chips(confident, "en")
    assert [c.keys for c in chips] == [("age", "sex"), ("gestation_weeks", "pregnant"), ("allergy_penicillin",)]
    assert [c.label for c in chips] == ["Age 34, Female", "22 weeks pregnant", "Penicillin allergy"]
    assert chips[0].text == "Age 34, Female “34F”"               # the note's words when they say it differently
    assert chips[1].text == "22 weeks pregnant"                  # ... and not when they say the same
    assert not any(c.removed for c in chips)
    zh = render.chips(confident, "zh")
    assert [c.label for c in zh] == ["34 岁、女", "孕 22 周", "青霉素过敏"] and zh[0].text == "34 岁、女（“34F”）"


def test_a_removed_chip_says_so_and_leaves_the_record(kb):
    case = Case(PREGNANT_NOTE, ignored_context=frozenset({"gestation_weeks", "pregnant"}))
    p = prediction(kb, case)
    chips = render.chips(p, "en")
    assert [c.removed for c in chips] == [False, True]
    assert "pregnant" not in p.case_used.flags
    row = render.record(p, kb, "en")
    assert row["context_from_note"] == "Age 34, Female “34F”"
    assert "22 weeks pregnant (removed)" in render.plain_text(p, kb, "en")


def test_a_conflict_between_form_and_note_names_both_values_in_words(kb):
    p = prediction(kb, Case(PREGNANT_NOTE, sex="M"))
    assert render.conflicts(p, kb, "en") == [
        "Sex: the form says Male, the note says Female. Check which is right.",
        "Pregnant: the form says no, the note says yes. Check which is right."]
    assert render.conflicts(p, kb, "zh")[0] == "性别：表单为“男”，病历中为“女”。请核实哪一个正确。"
    assert render.warnings(p, kb, "en", placed=False) == []      # shown beside the form, not again as a warning


def test_the_patient_line_lists_weeks_egfr_and_flags(kb):
    case = Case("cough", 30, "F", frozenset({"asthma"}), gestation_weeks=12, egfr=40)
    assert render.patient(case, "en") == ["Age: 30", "Sex: Female", "12 weeks pregnant", "eGFR 40", "Asthma"]
    assert render.patient(Case("cough", flags=frozenset({"pregnant"})), "en")[-1] == "Pregnant"
    assert render.patient(Case("cough"), "zh")[:2] == ["年龄：未说明", "性别：未说明"]


# ----------------------------------------------------------------------------------------- treatment
def test_each_medicine_has_its_line_route_dose_and_source(kb):
    m = render.medicine(kb, "tonsillitis", "phenoxymethylpenicillin", "en")
    assert (m.line, m.route, m.first) == ("first line", "by mouth", True)
    assert m.dose.startswith("500 mg 4 times a day") and "child:" in m.dose       # the child dose is in the string
    assert m.source.startswith("NICE NG84")
    assert m.text == f"{m.heading} - first line, by mouth: {m.dose} (source: {m.source})"
    alt = render.medicine(kb, "tonsillitis", "clarithromycin", "zh")
    assert (alt.line, alt.route, alt.first) == ("备选", "口服", False)
    assert alt.text.startswith("克拉霉素（") and "——备选，口服：" in alt.text and alt.text.endswith("）")


def test_a_medicine_without_dosing_for_the_condition_is_still_named(kb):
    assert all(set(c.dosing) == set(c.medications) for c in kb.conditions.values())   # today every pair has one
    m = render.medicine(kb, "tonsillitis", "flucloxacillin", "en")                   # not one of its medicines
    med = kb.medications["flucloxacillin"]
    assert m.dosing == "" and m.text == m.heading == f"{med.name.en} ({med.drug_class.en})"


def test_medicines_for_the_lead_follow_the_model_order(kb, confident):
    assert [m.id for m in render.medicines(confident, kb, "en")] == ["paracetamol"]
    assert render.treatment_note(confident, "en") is None


def test_an_unconfident_lead_gets_each_candidates_options(kb):
    p = prediction(kb, Case("sore throat"), differential=(("tonsillitis", 0.38), ("viral_pharyngitis", 0.3)),
                   options={"tonsillitis": ["paracetamol", "phenoxymethylpenicillin"], "viral_pharyngitis": []})
    assert render.treatment_note(p, "en") == ("The leading diagnosis is only 38% likely: confirm it before starting "
                                              "any medication.")
    tonsillitis, viral = render.options(p, kb, "en")
    assert tonsillitis.title == f"{kb.conditions['tonsillitis'].name.en} (38%)" and viral.medicines == []
    assert [m.line for m in tonsillitis.medicines] == ["first line", "first line"]
    assert tonsillitis.medicines[1].source.startswith("NICE NG84")
    assert render.options(p, kb, "zh")[0].title == f"{kb.conditions['tonsillitis'].name.zh}（38%）"
    text = render.plain_text(p, kb, "en")
    assert "confirm it before starting any medication" in text and f"\n  {tonsillitis.title}:\n" in text
    assert "\n    Phenoxymethylpenicillin" in text
    assert not [w for w in render.warnings(p, kb, "en", placed=False) if "confirm" in w]   # said once, in place


def test_out_of_scope_says_so_and_lists_no_medicine(kb):
    p = prediction(kb, Case("my dog bit my hand"), out_of_scope=True)
    assert render.treatment_note(p, "en") == "No medicine is suggested: this note is outside what MedSeq knows."
    assert render.medicines(p, kb, "en") == []
    text = render.plain_text(p, kb, "en")
    assert "OUTSIDE WHAT MEDSEQ KNOWS: This note does not match what MedSeq knows" in text
    assert "Differential (for reference only):" in text
    assert render.record(p, kb, "en")["out_of_scope"] is True
    zh = render.plain_text(p, kb, "zh")
    assert "超出知识范围：" in zh and "鉴别诊断（仅供参考）：" in zh


# ----------------------------------------------------------------------------------------- triage and the rest
def test_alerts_escalation_and_withheld_in_both_languages(kb, confident):
    abscess = kb.conditions["peritonsillar_abscess"].name
    assert [(a.kind, a.level, a.text) for a in render.alerts(confident, kb, "en")] == [
        ("red_flag", "urgent", "Fever: “fever”"),
        ("cannot_miss", "urgent", f"{abscess.en} (25%) is in the differential: it needs urgent care until excluded")]
    assert render.alerts(confident, kb, "zh")[1].text == f"鉴别诊断中有{abscess.zh}（25%）：排除之前按紧急处理"
    assert render.escalation(confident, "en") == "The model said routine; the safety layer raised it to urgent."
    assert render.escalation(confident, "zh") == "模型判断为常规；安全规则将其升级为紧急。"
    lower = replace(confident, model_triage="emergency", triage="routine")   # the differential, not a raise
    assert render.escalation(lower, "en") == ("The model's own triage token said emergency; the triage comes from the "
                                              "differential, red flags and context: routine.")
    assert "升级" not in render.escalation(lower, "zh")
    penicillin_v = kb.medications["phenoxymethylpenicillin"].name
    assert render.withheld(confident, kb, "en")[0] == f"{penicillin_v.en} withheld: penicillin allergy"
    assert render.withheld(confident, kb, "zh")[0].endswith("已暂缓：青霉素过敏")


def test_a_score_row_has_every_result_column_but_the_differential_and_error(kb, confident):
    row = render.record(confident, kb, "en")
    assert set(row) == {c for c in RESULT_COLUMNS if not c.startswith("dx") and c != "error"}
    assert row["withheld"] == "; ".join(render.withheld(confident, kb, "en"))
    assert row["red_flags"] == "; ".join(a.text for a in render.alerts(confident, kb, "en"))
    assert row["out_of_scope"] is False and row["medications"] == "Paracetamol"
    assert row["context_from_note"].split("; ")[1] == "22 weeks pregnant"


def test_every_surface_uses_the_same_words(kb, confident):
    """The report, the CLI text, the records row and to_dict say withheld, red flags and dosing in one way."""
    for lang in ("en", "zh"):
        words = render.withheld(confident, kb, lang) + [a.text for a in render.alerts(confident, kb, lang)]
        dosing = render.medicines(confident, kb, lang)[0]
        text, page = render.plain_text(confident, kb, lang), build_report(confident, kb, lang)
        row, data = render.record(confident, kb, lang), confident.to_dict(lang, kb)
        import html
        page = html.unescape(page)
        for w in words:
            assert w in text and w in page and (w in row["withheld"] or w in row["red_flags"]), w
        assert dosing.text in text and dosing.dosing in page and dosing.heading in page
        assert data["dosing"][0]["dose"] == dosing.dose and data["withheld"][1]["reason"] == confident.withheld[1].reason(lang)
        assert [c["label"] for c in data["context_from_note"]][:2] == [labels.context_item(i, lang)
                                                                       for i in confident.context.items[:2]]


def test_the_chinese_text_has_no_english_but_names_and_sources(kb, confident):
    text = render.plain_text(confident, kb, "zh")
    sources = tuple(d.source for c in kb.conditions.values() for d in c.dosing.values())
    phrases = tuple(i.phrase for i in confident.context.items) + tuple(r.phrase for r in confident.red_flags)
    assert not english_words(text, (confident.case.text, *phrases, *sources))
    assert "从病历中读取：" in text and "孕 22 周" in text


def test_the_patient_line_says_warfarin_once():
    from medmodel.case import Case
    line = render.patient(Case("x", 66, None, frozenset({"warfarin", "anticoagulant"})), "en")[-1]
    assert "warfarin" in line and "On an anticoagulant" not in line
    assert render.patient(Case("x", 66, None, frozenset({"anticoagulant"})), "en")[-1] == "On an anticoagulant"


def test_a_medicine_unsafe_in_pregnancy_is_said_as_medicine_safety_not_uncertainty():
    """The ``<medicine>_in_pregnancy`` and combined-pill warnings have their own place (``render.medicine_safety``) and
    are not listed again among the uncertainty warnings."""
    p = SimpleNamespace(warnings=[Message("ace_inhibitor_in_pregnancy"), Message("confirm_diagnosis_first",
                                                                                 {"probability": 0.3})])
    said = render.medicine_safety(p, None, "en")
    assert len(said) == 1 and "ACE inhibitor" in said[0] and "NG133" in said[0]
    assert render.warnings(p, None, "en", placed=False) == []
    assert len(render.warnings(p, None, "en")) == 2
    assert "ACE" in render.medicine_safety(p, None, "zh")[0]

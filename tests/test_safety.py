"""The safety layer: can't-miss diagnoses set a floor under triage, on the real knowledge base and the
shipped model (red flags and contraindications are covered in test_model_decode_bundle and test_app)."""
from __future__ import annotations

import pandas as pd
import pytest

from medmodel.case import Case
from medmodel.evaluate import evaluate_labelled
from medmodel.predict import DifferentialEntry, Predictor
from medmodel.safety import CANNOT_MISS_PROBABILITY, cannot_miss, escalate


def _entry(kb, cid, p):
    c = kb.conditions[cid]
    return DifferentialEntry(c.id, c.icd10, c.name.en, c.name.zh, p)


def test_dangerous_diagnosis_above_threshold_sets_the_floor(kb):
    diff = [_entry(kb, "gastritis", 0.55), _entry(kb, "acute_myocardial_infarction", 0.25),
            _entry(kb, "acute_appendicitis", 0.12)]
    found = cannot_miss(kb, diff)
    assert [(c.condition, c.level) for c in found] == [("acute_myocardial_infarction", "emergency")]
    assert escalate("routine", [], found) == "emergency"
    assert found[0].describe(kb).endswith("(25%) is in the differential: it needs emergency care until excluded")
    assert "排除之前按急诊处理" in found[0].describe(kb, "zh")
    # below the threshold, or a condition that is not urgent, changes nothing
    assert cannot_miss(kb, [_entry(kb, "acute_myocardial_infarction", CANNOT_MISS_PROBABILITY - 0.01)]) == []
    assert cannot_miss(kb, [_entry(kb, "common_cold", 0.9)]) == []
    assert escalate("emergency", [], cannot_miss(kb, [_entry(kb, "acute_appendicitis", 0.3)])) == "emergency"


@pytest.mark.parametrize("text,age,sex", [
    ("tight heavy feeling in his chest for the last half hour, it's going into his jaw, he's grey and clammy", 71, "M"),
    ("胸口闷痛半个多小时了，像有东西压着，出了一身冷汗，左胳膊也疼", 66, "M"),
])
def test_lay_heart_attack_is_triaged_emergency_by_the_shipped_model(shipped_bundle, text, age, sex):
    p = Predictor(shipped_bundle).predict(Case(text, age, sex))
    assert p.triage == "emergency"
    assert "acute_myocardial_infarction" in [d.condition_id for d in p.differential[:3]]


def test_handwritten_notes_are_never_under_triaged(shipped_bundle):
    """The second hand-written set: no note is triaged below its minimum safe level after the safety layer."""
    df = pd.read_csv("assets/eval/handwritten_notes_b.csv")
    out = evaluate_labelled(shipped_bundle, df, "text", "expected", "age", "sex", triage_column="min_triage")
    assert out["triage_checked"] == 22
    assert out["undertriaged"] == [], out["undertriaged"]


def test_denied_key_signs_of_the_leading_diagnosis_are_pointed_out(shipped_bundle):
    """Short notes that deny meningism can still pull the model to meningitis; the knowledge base's posterior
    over the recognised findings disagrees, and the clinician is told, while triage stays where it was."""
    p = Predictor(shipped_bundle)
    denied = p.predict(Case("Headache and high fever since this morning. No neck stiffness, no rash, no confusion.", 19, "M"))
    present = p.predict(Case("Headache and high fever since this morning. Neck stiffness, a rash and confusion.", 19, "M"))
    warning = [w for w in denied.warnings if "denies key signs" in w]
    if denied.leading.condition_id == "meningitis":      # the model's known weakness, where it shows
        assert warning and '"neck stiffness"' in warning[0] and denied.triage == "emergency"
    else:
        assert not warning
    assert not [w for w in present.warnings if "denies key signs" in w]


def test_denied_key_sign_rule(shipped_bundle, kb):
    p = Predictor(shipped_bundle)
    case = Case("Headache and high fever since this morning. No neck stiffness, no rash, no confusion.", 19, "M")
    findings = p.extractor.extract(case.text)
    assert p._denied_key_signs(case, findings, _entry(kb, "meningitis", 0.9))          # confident, KB disagrees
    assert not p._denied_key_signs(case, findings, _entry(kb, "meningitis", 0.4))      # the model itself is unsure
    assert not p._denied_key_signs(case, findings, _entry(kb, "influenza", 0.9))       # no key sign of flu denied

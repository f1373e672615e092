"""Safety rules on the real knowledge base: can't-miss diagnoses set a floor under triage."""
from medmodel.predict import DifferentialEntry
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

"""What-if: flip a finding by editing the note, and compare two differentials."""
from types import SimpleNamespace

import pytest

from medmodel.findings import FindingExtractor
from medmodel.predict import DifferentialEntry
from medmodel.whatif import compare, detect_language, edit_note


def test_what_if_flips_negated_and_present_findings(kb):
    ex = FindingExtractor(kb)
    text = "Severe headache and fever since this morning, no neck stiffness, no rash."
    mentions = ex.extract(text)
    state = {m.finding: m.present for m in mentions}
    assert state["neck_stiffness"] is False and state["headache"] is True
    flipped = edit_note(text, mentions, {"neck_stiffness": "present", "headache": "absent"}, kb)
    after = {m.finding: m.present for m in ex.extract(flipped)}
    assert after["neck_stiffness"] is True and after["headache"] is False and after["rash"] is False
    removed = edit_note(text, mentions, {"rash": "removed"}, kb)
    assert "rash" not in removed and "no ," not in removed and "rash" not in {m.finding for m in ex.extract(removed)}
    assert edit_note(text, mentions, {"fever": "present"}, kb) == text        # unchanged state: untouched
    with pytest.raises(ValueError):
        edit_note(text, mentions, {"fever": "maybe"}, kb)


def test_what_if_in_chinese(kb):
    ex = FindingExtractor(kb)
    text = "发烧三天了，头痛，没有胸痛。"
    mentions = ex.extract(text)
    flipped = edit_note(text, mentions, {"chest_pain": "present"}, kb)
    assert {m.finding: m.present for m in ex.extract(flipped)}["chest_pain"] is True
    assert detect_language(text) == "zh" and detect_language("fever 发烧 and a bad cough today") == "en"


def _prediction(*entries):
    return SimpleNamespace(differential=[DifferentialEntry(c, "X00", c.title(), c, p) for c, p in entries])


def test_compare_lists_every_condition_once_with_its_change():
    before = _prediction(("flu", 0.6), ("cold", 0.3))
    after = _prediction(("cold", 0.5), ("covid", 0.2))
    rows = compare(before, after)
    assert [(r["condition"], r["before"], r["after"]) for r in rows] == [
        ("Flu", 0.6, None), ("Cold", 0.3, 0.5), ("Covid", None, 0.2)]
    assert rows[0]["change"] is None and rows[2]["change"] is None     # outside one differential: not shown, not zero
    assert rows[1]["change"] == pytest.approx(0.2)
    assert [r["condition"] for r in compare(before, after, "zh")] == ["flu", "cold", "covid"]

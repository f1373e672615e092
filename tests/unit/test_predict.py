"""The predictor: a well-formed answer or one clear InputError for any note, the safety layer applied after the
model, and CheckList-style behaviour (casing, typos, negation) on the tiny model."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmodel.case import Case
from medmodel.predict import MAX_NOTE_CHARS, InputError, Predictor, check_note
from tests.checklist import invariance, negation
from tests.support import generated_cases
from tests.unit.inputs import ANY_TEXT, FUZZ, NAMED, NASTY, assess


@FUZZ
@given(text=st.one_of(ANY_TEXT, NASTY))
def test_predict_never_crashes(tiny_bundle, text):
    assess(Predictor(tiny_bundle, beam=2), text)


NOT_ASSESSED = ("empty", "spaces", "only punctuation", "only numbers", "only emoji", "NUL only", "newlines only",
                "over limit")


@pytest.mark.parametrize("name", list(NAMED))
def test_predict_named_cases(tiny_bundle, name):
    p = assess(Predictor(tiny_bundle, beam=2), NAMED[name])
    assert (p is None) == (name in NOT_ASSESSED), name
    if name == "over limit":
        with pytest.raises(InputError, match="limit is 100,000"):
            check_note(NAMED[name])
    if name == "at limit":
        assert p.encoded.truncated and "note_truncated" in [w.code for w in p.warnings]
    if name == "one long word":    # one unknown token: not truncated, but the user is told the note was not understood
        assert "mostly_unknown_words" in [w.code for w in p.warnings]


def test_empty_and_no_word_messages_are_clear():
    for text, msg in (("", "empty"), ("   ", "empty"), ("123 456", "no words"), ("?!", "no words"),
                      ("x" * (MAX_NOTE_CHARS + 1), "limit")):
        with pytest.raises(InputError, match=msg):
            check_note(text)


def test_batch_errors_name_the_case(untrained_bundle):
    with pytest.raises(InputError, match="case 2: the note is empty"):
        Predictor(untrained_bundle).predict_many([Case("fever"), Case(" ")])


def test_predictor_applies_safety(untrained_bundle):
    p = Predictor(untrained_bundle).predict(Case("terrible headache and a stiff neck", 40, "F", frozenset({"pregnant"})))
    assert len(p.differential) == 4 and abs(sum(d.probability for d in p.differential) - 1) < 1e-4
    assert p.triage == "emergency"                       # neck stiffness is a global red flag
    assert any(rf.finding == "neck_stiffness" for rf in p.red_flags)
    assert "ibuprofen" not in p.medications and "trimethoprim" not in p.medications
    with pytest.raises(InputError):
        Predictor(untrained_bundle).predict(Case("   "))
    with pytest.raises(InputError):
        Predictor(untrained_bundle).predict(Case("123 456 !!!"))


def test_batched_equals_one_at_a_time(tiny_bundle, mini_kb):
    predictor = Predictor(tiny_bundle, beam=3)
    cases = generated_cases(mini_kb, 12, seed=8)
    batched = predictor.predict_many(cases, batch_size=5)
    for case, b in zip(cases, batched):
        one = predictor.predict(case)
        assert one.output_tokens == b.output_tokens and one.triage == b.triage
        np.testing.assert_allclose([d.probability for d in one.differential],
                                   [d.probability for d in b.differential], rtol=1e-5, atol=1e-6)


# ---------------------------------------------------------------- CheckList-style behaviour
def test_casing_and_typos_rarely_change_the_top_diagnosis_tiny(tiny_bundle):
    rates = invariance(tiny_bundle, 120)
    print(f"\n[checklist] invariance of the top diagnosis (tiny model, 120 EN notes): {rates}")
    assert rates["upper"] == rates["title"] == rates["random case"] == 1.0   # the tokenizer lower-cases (NFKC)
    assert rates["one typo"] >= 0.8 and rates["two typos"] >= 0.7


def test_negating_a_key_finding_moves_probability_away_tiny(tiny_bundle):
    results = negation(tiny_bundle)
    print(f"\n[checklist] negation (tiny model): {[(c, round(a, 3), round(b, 3)) for c, a, b in results]}")
    # A 4-condition model trained for seconds learns negation only weakly (drops of a few thousandths); the
    # direction must still hold for most conditions and on average. The shipped model's test below is stricter.
    assert results and sum(b < a for _, a, b in results) >= 2 / 3 * len(results)
    assert np.mean([a - b for _, a, b in results]) > 0


@pytest.mark.parametrize("text, overdose", [
    ("Lots of screen time. Paracetamol helps", False),
    ("aching in my whole body, paracetamol", False),
    ("bottle fed, calpol given", False),
    ("took lots of paracetamol", True),
    ("took a whole packet of paracetamol", True),
    ("took all of her tablets", True),
    ("lifting boxes down from the loft, taken 2 paracetamol", False),   # set AS: a subarachnoid bleed led by an overdose
    ("took a packet of paracetamol an hour ago", True),
    ("swallowed a bottle of Tylenol", True),
])
def test_overdose_wording_is_about_tablets(text, overdose):
    """A dose of paracetamol masks the overdose unless the note words an overdose; "lots of", "all of" and "whole"
    count only about tablets (set AR: "Lots of screen time ... Paracetamol helps" kept it, emergency)."""
    from medmodel.predict import _OVERDOSE_WORDS
    assert bool(_OVERDOSE_WORDS.search(text)) is overdose

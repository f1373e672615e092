"""Ask next: the information-gain arithmetic, the batched ranking on a tiny model against one-at-a-time reruns,
candidates, red flags first, answers in the note's language, and the simulated consultation."""
from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from medmodel.ask import (RED_FLAGS_FIRST, Asker, Question, answer_note, entropy, evaluate_ask, expected_gain,
                          question_text, rank)
from medmodel.case import Case
from medmodel.findings import FindingExtractor
from medmodel.predict import Predictor
from medmodel.synth import Generator
from medmodel.whatif import edit_note


def test_entropy_and_gain_known_answers():
    assert entropy(np.array([0.5, 0.5])) == pytest.approx(1.0)
    assert entropy(np.array([1.0, 0.0, 0.0])) == pytest.approx(0.0)
    assert entropy(np.full(8, 1 / 8)) == pytest.approx(3.0)
    prior = np.array([0.5, 0.5])
    # a finding only the first condition has, asked of a 50:50 differential: the answer settles it, 1 bit
    decisive = expected_gain(prior, np.array([0.5]), np.array([[1.0, 0.0]]), np.array([[0.0, 1.0]]))
    # a finding that does not move the differential: nothing gained
    useless = expected_gain(prior, np.array([0.3]), np.array([[0.5, 0.5]]), np.array([[0.5, 0.5]]))
    assert decisive[0] == pytest.approx(1.0) and useless[0] == pytest.approx(0.0)
    # Bayes-consistent answers (they average back to the prior): both criteria agree, H(p) - E[H(p|answer)]
    p_yes, yes, no = 0.4, np.array([0.9, 0.1]), None
    no = (prior - p_yes * yes) / (1 - p_yes)
    hand = 1.0 - (p_yes * -(0.9 * math.log2(0.9) + 0.1 * math.log2(0.1))
                  + (1 - p_yes) * -sum(x * math.log2(x) for x in no))
    for criterion in ("mutual_information", "entropy_drop"):
        got = expected_gain(prior, np.array([p_yes]), yes[None], no[None], criterion)[0]
        assert got == pytest.approx(hand)
    # A model that drifts the same way whatever the answer: the fall in entropy rewards the drift, the mutual
    # information between answer and diagnosis does not
    drift = np.array([[0.95, 0.05]])
    assert expected_gain(prior, np.array([0.5]), drift, drift, "entropy_drop")[0] > 0.5
    assert expected_gain(prior, np.array([0.5]), drift, drift)[0] == pytest.approx(0.0)
    with pytest.raises(ValueError):
        expected_gain(prior, np.array([0.5]), drift, drift, "guess")


def test_batched_gains_match_one_note_at_a_time_on_a_tiny_model(tiny_bundle):
    """Every question's gain, P(yes) and leading-if-answered equal what one forward per edited note gives."""
    predictor = Predictor(tiny_bundle)
    asker = Asker(predictor)
    kb = tiny_bundle.kb
    case = Case("headache since this morning", 30, "F")
    questions = asker.questions(case, k=20)
    assert questions
    mentions = FindingExtractor(kb).extract(case.text)
    prior = predictor.probabilities([case])[0].double().numpy()
    conds = predictor.condition_ids
    like = {c: dict(kb.conditions[c].findings) for c in conds}
    for q in questions:
        yes = predictor.probabilities([replace(case, text=edit_note(case.text, mentions, {q.finding: "present"}, kb))])
        no = predictor.probabilities([replace(case, text=edit_note(case.text, mentions, {q.finding: "absent"}, kb))])
        yes, no = yes[0].double().numpy(), no[0].double().numpy()
        post = asker.posterior
        p_yes = sum(prior[i] * post.p_finding[post.condition_ids.index(c), post.finding_ids.index(q.finding)]
                    for i, c in enumerate(conds))
        if all(q.finding in like[c] for c in conds):
            assert p_yes == pytest.approx(sum(prior[i] * like[c][q.finding] for i, c in enumerate(conds)))
        mixed = p_yes * yes + (1 - p_yes) * no
        h = lambda p: -sum(x * math.log2(x) for x in p if x > 0)  # noqa: E731
        assert q.p_yes == pytest.approx(p_yes, abs=1e-6)
        assert q.gain == pytest.approx(h(mixed) - p_yes * h(yes) - (1 - p_yes) * h(no), abs=1e-5)
        assert q.if_yes == (conds[int(yes.argmax())], pytest.approx(float(yes.max()), abs=1e-6))
        assert q.if_no == (conds[int(no.argmax())], pytest.approx(float(no.max()), abs=1e-6))


def test_ranking_is_by_gain_and_never_asks_what_the_note_says(tiny_bundle):
    asker = Asker(Predictor(tiny_bundle))
    case = Case("I have a headache.", 30, "F")
    qs = asker.questions(case, k=10)
    assert all(q.finding != "headache" for q in qs)
    ranked = [q for q in qs if not q.red_flag]
    assert ranked == sorted(ranked, key=lambda q: -q.gain)
    assert all(q.gain >= -1e-9 for q in qs)       # mutual information is never negative


def test_candidates_skip_what_is_mentioned_or_asked(tiny_bundle):
    asker = Asker(Predictor(tiny_bundle))
    case = Case("Headache and fever, no neck stiffness.", 30, "F")
    asked = {q.finding for q in asker.questions(case, k=20)}
    assert not asked & {"headache", "fever", "neck_stiffness"}
    skipped = {q.finding for q in asker.questions(case, k=20, skip=["photophobia"])}
    assert "photophobia" not in skipped


def _q(finding, gain, red=False):
    return Question(finding, gain, 0.5, red, ("a", 0.5), ("b", 0.5), ("a",))


def test_red_flags_go_first_but_only_a_few():
    qs = [_q("a", 0.9), _q("b", 0.8), _q("r1", 0.01, True), _q("r2", 0.3, True), _q("r3", 0.2, True), _q("c", 0.5)]
    assert [q.finding for q in rank(qs, 5)] == [q.finding for q in rank(qs, 5, RED_FLAGS_FIRST)]
    assert [q.finding for q in rank(qs, 5, 1)] == ["r2", "a", "b", "c", "r3"]
    assert [q.finding for q in rank(qs, 4, 2)] == ["r2", "r3", "a", "b"]
    # no slot left: red flags take their place by gain like any other question
    assert [q.finding for q in rank(qs, 6, 0)] == ["a", "b", "c", "r2", "r3", "r1"]


def test_danger_signs_already_covered_use_up_the_red_flag_slot(tiny_bundle):
    """Once the note denies a danger sign of a dangerous condition in the differential, or the patient did not
    know one, the next questions are ranked by gain alone: a consultation is not spent re-asking danger signs.
    A sign stated present, or a denied sign of no dangerous condition in the differential, leaves the slot."""
    predictor = Predictor(tiny_bundle)
    asker, ex = Asker(predictor), predictor.extractor
    danger = {"meningitis": 0.5, "migraine": 0.5}
    probs = np.array([danger.get(c, 0.0) for c in predictor.condition_ids])
    assert "neck_stiffness" in asker.danger_signs(probs)
    assert asker.red_flag_slots(probs, ex.extract("Headache, no neck stiffness.")) == max(0, RED_FLAGS_FIRST - 1)
    assert asker.red_flag_slots(probs, ex.extract("Headache."), ["neck_stiffness"]) == max(0, RED_FLAGS_FIRST - 1)
    assert asker.red_flag_slots(probs, ex.extract("Headache and a stiff neck.")) == RED_FLAGS_FIRST
    assert asker.red_flag_slots(probs, ex.extract("Headache and a stiff neck."), ["neck_stiffness"]) == RED_FLAGS_FIRST
    assert asker.red_flag_slots(probs, ex.extract("Headache.")) == RED_FLAGS_FIRST
    calm = np.array([1.0 if c == "migraine" else 0.0 for c in predictor.condition_ids])
    assert asker.red_flag_slots(calm, ex.extract("Headache, no neck stiffness.")) == RED_FLAGS_FIRST
    for case, skip in ((Case("Headache, no neck stiffness.", 30, "F"), ()), (Case("头痛", 30, "F"), ["neck_stiffness"])):
        qs = asker.questions(case, k=10, skip=skip)
        p = predictor.probabilities([case])[0].double().numpy()
        if "neck_stiffness" in asker.danger_signs(p):
            assert qs and [q.gain for q in qs] == sorted((q.gain for q in qs), reverse=True)
        assert "neck_stiffness" not in {q.finding for q in qs}


def test_red_flag_of_a_dangerous_condition_is_asked_first(tiny_bundle):
    """Meningitis (an emergency) in the differential of a headache: its red flag comes before the rest."""
    predictor = Predictor(tiny_bundle)
    asker = Asker(predictor)
    case = Case("头痛", 30, "F")
    probs = dict(zip(predictor.condition_ids, predictor.probabilities([case])[0].tolist()))
    qs = asker.questions(case)
    if probs["meningitis"] >= 0.05:
        assert qs[0].red_flag and qs[0].finding == "neck_stiffness"
    else:
        assert not any(q.red_flag for q in qs)


def test_answers_go_into_the_note_in_its_language(kb):
    ex = FindingExtractor(kb)
    en = answer_note("Bad headache since this morning", "neck_stiffness", "no", kb)
    assert en.startswith("Bad headache since this morning.") and {m.finding: m.present for m in ex.extract(en)}[
        "neck_stiffness"] is False
    zh = answer_note("头痛一天了", "neck_stiffness", "yes", kb)
    assert zh.startswith("头痛一天了。") and {m.finding: m.present for m in ex.extract(zh)}["neck_stiffness"] is True
    assert answer_note("头痛", "neck_stiffness", "unknown", kb) == "头痛"
    with pytest.raises(ValueError):
        answer_note("headache", "neck_stiffness", "maybe", kb)


def test_every_finding_has_a_question_in_both_languages(kb):
    for fid in kb.findings:
        en, zh = question_text(kb, fid, "en"), question_text(kb, fid, "zh")
        assert en.endswith("?") and zh.endswith("？"), fid
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in en) and any("\u4e00" <= ch <= "\u9fff" for ch in zh), fid


def test_openings_state_one_or_two_findings_and_nothing_else(mini_kb):
    gen = Generator(mini_kb)
    ex = FindingExtractor(mini_kb)
    for i in range(30):
        s = gen.opening(7, i)
        assert 1 <= len(s.present) <= 2 and s.absent == () and s.kind == "sparse"
        assert s == gen.opening(7, i)
        assert not [m for m in ex.extract(s.text) if not m.present]


def test_simulated_consultation_reports_the_curve(tiny_bundle):
    out = evaluate_ask(Predictor(tiny_bundle), n=12, seed=3, steps=2)
    assert out["n"] == 12 and len(out["top1_by_questions"]) == 3 and len(out["random_top1_by_questions"]) == 3
    assert out["top1_by_questions"][0] == out["random_top1_by_questions"][0]     # both arms open the same way
    assert all(0 <= x <= 1 for x in out["top1_by_questions"] + out["top3_by_questions"])

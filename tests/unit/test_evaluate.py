"""Evaluation: held-out metrics on generated cases, labelled notes, and explanation faithfulness (tiny model)."""
import pandas as pd
import pytest

from medmodel.evaluate import age_band, evaluate, evaluate_explanations, evaluate_labelled, macro_f1


def test_macro_f1_and_age_bands():
    assert macro_f1(["a", "a", "b", "b"], ["a", "a", "b", "b"]) == 1.0
    # a: tp 1, fp 0, fn 1 -> 2/3; b: tp 2, fp 1, fn 0 -> 4/5
    assert macro_f1(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == pytest.approx((2 / 3 + 4 / 5) / 2)
    assert [age_band(a) for a in (0, 4, 5, 17, 18, 64, 65, 120)] == ["0-4", "0-4", "5-17", "5-17", "18-39", "40-64",
                                                                     "65+", "65+"]


def test_evaluate_on_generated_cases(tiny_bundle):
    calls = []
    m = evaluate(tiny_bundle, n=60, seed=3, beam=2, progress=lambda done, total: calls.append((done, total)))
    assert m["n"] == 60 and calls[-1] == (60, 60)
    assert 0 <= m["top1"] <= m["top3"] <= m["top5"] <= 1 and m["top1"] >= 0.6        # the tiny model has learnt
    assert m["bayes_top1"] > 0.8 and 0 <= m["ece"] <= 1
    assert m["violations_after"] == 0                                                   # the filter always holds
    assert set(m["accuracy_by_language"]) <= {"en", "zh"}
    assert sum(b["n"] for b in m["calibration_curve"]) == 60
    assert m["undertriage"] + m["overtriage"] + m["triage_agreement"] == pytest.approx(1.0)


def test_evaluate_labelled_notes(tiny_bundle):
    df = pd.DataFrame({"text": ["runny nose and sneezing, a bit of a sore throat", "burning when I pee, going all the time",
                                "", "sore throat"],
                       "label": ["common_cold", "N39.0", "common_cold", "not a condition"],      # id, ICD-10, ...
                       "min_triage": ["", "emergency", "", ""]})
    out = evaluate_labelled(tiny_bundle, df, triage_column="min_triage")
    assert out["n"] == 2 and out["unusable_rows"] == 1 and out["unmapped_labels"] == ["not a condition"]
    assert out["top1"] == 1.0 and out["misses"] == []
    assert out["triage_checked"] == 1                                 # a blank minimum is not checked
    [under] = out["undertriaged"]                                     # a UTI is never triaged as an emergency
    assert under["needed"] == "emergency" and under["triage"] != "emergency" and under["text"].startswith("burning")


def test_evaluate_explanations_reports_faithfulness(tiny_bundle):
    calls = []
    out = evaluate_explanations(tiny_bundle, n=2, n_steps=16, progress=lambda done, total: calls.append(done))
    assert calls == [1, 2] and out["n"] == 2 and out["method"] == "integrated_gradients"
    assert 0 <= out["comprehensiveness_beats_random"] <= 1 and out["rows"] >= 2 * 2
    for key in ("completeness_gap_median", "sufficiency_median", "randomization_rank_corr", "explain_ms_median"):
        assert isinstance(out[key], float), key
    with pytest.raises(ValueError, match="n must be at least 1"):
        evaluate_explanations(tiny_bundle, n=0)


def test_dev_set_evaluation_keys_and_ranges(tiny_bundle):
    from medmodel.evaluate import evaluate_dev
    df = pd.DataFrame({
        "id": ["a", "b", "c", "d", "e"], "style": ["lay_en", "lay_en", "negation", "zh_patient", "negation"],
        "text": ["runny nose and sneezing, a bit of a sore throat", "burning when I pee, going all the time",
                 "fever and cough. no neck stiffness, no sore throat", "发烧咳嗽两天", "sore throat, no fever, no cough"],
        "age": ["30", "", "40", "", "25"], "sex": ["F", "", "M", "", ""], "flags": ["", "", "", "", ""],
        "dx": ["common_cold", "urinary_tract_infection", "common_cold", "common_cold", "nonexistent_condition"],
        "acceptable": ["", "", "influenza", "", ""], "min_triage": ["self_care", "routine", "self_care", "self_care", "routine"],
    })
    m = evaluate_dev(tiny_bundle, df, beam=2)
    assert m["n"] == 4 and m["unknown_dx"] == ["nonexistent_condition"]
    assert 0 <= m["top1"] <= m["top3"] <= m["top5"] <= 1
    for key in ("under_triage", "over_triage_2plus", "negation_raise_rate", "finding_recall"):
        assert 0 <= m[key] <= 1, key
    assert set(m["by_style"]) == {"lay_en", "negation", "zh_patient"} and m["by_style"]["lay_en"]["n"] == 2
    assert m["negation_pairs"] >= 2                       # each denied sign of the negation notes makes a pair


def test_negation_pairs_cut_the_denial_and_name_the_sign(tiny_bundle):
    from medmodel.case import Case
    from medmodel.evaluate import negation_pairs, pointed_condition
    from medmodel.posterior import Posterior
    from medmodel.predict import Predictor
    predictor = Predictor(tiny_bundle)
    case = Case("fever and cough. no neck stiffness.", 30, "F")
    out = negation_pairs(predictor, [({}, case)])
    assert out["pairs"] == 1 and 0 <= out["rate"] <= 1
    for r in out["raises"]:
        assert r["with_denial"] > r["without_sign"] and "neck" in r["denied"]
    post = Posterior(tiny_bundle.kb)
    assert pointed_condition(post, "neck_stiffness") == post.rank(["neck_stiffness"], [], k=1)[0][0]

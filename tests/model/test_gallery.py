"""The gallery's promises hold on the shipped model."""
from medmodel import Explainer, Predictor, load_gallery, rank_agreement


def test_gallery_cases_show_what_they_claim(shipped_bundle):
    """The demo's promises hold on the shipped model: negation moves the answer, pregnancy withholds drugs,
    the red flag escalates, and the methods-disagree case has a low rank agreement."""
    cases = {g.id: g for g in load_gallery()}
    p = Predictor(shipped_bundle)
    neg = cases["negation_meningitis"]
    before, after = p.predict(neg.case), p.predict(neg.contrast)
    assert before.leading.condition_id != after.leading.condition_id and before.triage != after.triage
    assert p.predict(cases["pregnant_uti"].case).withheld and not p.predict(cases["classic_uti"].case).withheld
    assert p.predict(cases["chest_pain_emergency"].case).triage == "emergency"
    case = cases["methods_disagree"].case
    ex = Explainer(shipped_bundle)
    _, matrix = rank_agreement([ex.explain(case, method=m) for m in ("integrated_gradients", "attention")])
    assert matrix[0, 1] < 0.5

"""CheckList-style behaviour of the shipped model: casing and typos rarely change the top diagnosis, negating a
key finding moves probability away. Figures are printed (run with -s)."""
import numpy as np

from tests.checklist import invariance, negation


def test_behaviour_of_the_shipped_model(shipped_bundle):
    rates = invariance(shipped_bundle, 200)
    results = negation(shipped_bundle)
    moved = sum(b < a for _, a, b in results) / max(1, len(results))
    print(f"\n[checklist] shipped model, 200 EN notes: invariance {rates}; negation moved probability away "
          f"in {moved:.1%} of {len(results)} conditions; mean drop "
          f"{np.mean([a - b for _, a, b in results]) if results else 0:.3f}; not moved: "
          f"{[(c, round(a, 3), round(b, 3)) for c, a, b in results if b >= a]}")
    assert rates["upper"] == rates["title"] == rates["random case"] == 1.0
    assert rates["one typo"] >= 0.85
    assert len(results) >= 20 and moved >= 0.8

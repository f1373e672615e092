"""medmodel.synth: sparse, atypical, negation-contrast and named presentations, with targets from the KB."""
import pytest

from medmodel.synth import CONTRAST_EVERY, Generator


@pytest.fixture(scope="module")
def gen(kb):
    return Generator(kb)


@pytest.fixture(scope="module")
def cases(gen):
    return list(gen.generate(800, seed=3))


def test_every_kind_is_generated(cases):
    kinds = {c.kind for c in cases}
    assert {"typical", "sparse", "atypical", "contrast"} <= kinds


def test_sparse_notes_say_one_or_two_things(cases, kb):
    for c in (c for c in cases if c.kind == "sparse"):
        assert 1 <= len([f for f in c.present if kb.findings[f].kind != "history"]) <= 2


def test_atypical_notes_use_the_less_frequent_features(cases, kb):
    for c in (c for c in cases if c.kind == "atypical"):
        probs = sorted(p for _, p in kb.conditions[c.condition_id].findings)
        median = probs[len(probs) // 2]
        listed = dict(kb.conditions[c.condition_id].findings)
        assert all(listed[f] <= median for f in c.present if f in listed)


def test_contrast_denies_a_finding_of_the_previous_case(gen):
    for i in range(CONTRAST_EVERY - 1, 200, CONTRAST_EVERY):
        base, pair = gen.case(11, i - 1), gen.case(11, i)
        if pair.kind != "contrast":
            continue
        denied = set(base.present) - set(pair.present)
        assert len(denied) == 1 and denied <= set(pair.absent)
        assert pair.differential == tuple(gen._differential(None, pair.present, pair.absent, pair.age, pair.sex,
                                                            "pregnant" in pair.flags))


def test_named_notes_name_a_condition(gen, kb):
    named = [gen.case(5, i) for i in range(400)]
    hits = [c for c in named if any(a.lower() in c.text.lower()
                                    for cond in kb.conditions.values() for a in cond.aliases.get(c.lang, ()) if len(a) > 5)]
    assert len(hits) >= 20

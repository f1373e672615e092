"""The target grammar and its vocabulary."""
import pytest

from medmodel.sequence import Target, TargetVocab


def test_target_round_trip_and_malformed_sequences():
    t = Target(("meningitis", "migraine"), "emergency", ("ceftriaxone",), ("emergency_department_now",))
    assert Target.parse(str(t)) == t
    for bad, msg in (("TRIAGE:urgent DX:flu", "out of order"), ("DX:flu", "exactly one TRIAGE"),
                     ("DX:flu TRIAGE:urgent hello", "not a target token")):
        with pytest.raises(ValueError, match=msg):
            Target.parse(bad)


def test_vocab_lists_the_differentials_tokens_once(mini_kb):
    vocab = TargetVocab.from_kb(mini_kb)
    assert vocab.dx_conditions == list(mini_kb.conditions)
    assert [vocab.itos[i] for i in vocab.dx_ids] == [f"DX:{c}" for c in mini_kb.conditions]
    ids = vocab.encode(Target(("migraine",), "routine"))
    assert ids[0] == vocab.bos_id and ids[-1] == vocab.eos_id and vocab.decode(ids) == ["DX:migraine", "TRIAGE:routine"]
    with pytest.raises(ValueError, match="not in the target vocabulary"):
        vocab.encode(["DX:influenza"])

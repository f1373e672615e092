"""Constrained beam search: every output follows the target grammar, whatever the weights."""
import pytest

from medmodel.case import Case
from medmodel.decode import beam_search
from medmodel.model import pad_batch
from medmodel.sequence import MAX_DX, MAX_NEXT, MAX_RX, Target


@pytest.mark.parametrize("beam", [1, 3])
def test_beam_search_honours_grammar(untrained_bundle, beam):
    b = untrained_bundle
    texts = ["runny nose", "headache and stiff neck", "尿痛尿频", "x" * 50]
    src, lengths = pad_batch([b.tokenizer.encode(Case(t)).ids for t in texts])
    hyps = beam_search(b.model, b.target_vocab, src, lengths, beam=beam)
    assert len(hyps) == len(texts)
    for h in hyps:
        tokens = [b.target_vocab.itos[i] for i in h.ids]
        t = Target.parse(tokens)          # raises if sections are out of order or TRIAGE missing
        assert len(set(tokens)) == len(tokens)
        assert 1 <= len(t.differential) <= MAX_DX and len(t.medications) <= MAX_RX and len(t.next_steps) <= MAX_NEXT
        assert h.first_logits.shape == (len(b.target_vocab),)


def test_forced_first_token_is_the_most_likely_condition(untrained_bundle):
    b = untrained_bundle
    src, lengths = pad_batch([b.tokenizer.encode(Case("headache and stiff neck")).ids])
    h = beam_search(b.model, b.target_vocab, src, lengths, beam=3, force_first_dx=True)[0]
    dx = b.target_vocab.dx_ids
    assert h.ids[0] == dx[int(h.first_logits[dx].argmax())]


def test_beam_search_refuses_a_model_in_training_mode(untrained_bundle):
    """Beam search never switches the shared model's mode (other threads use it): it asks for eval mode."""
    b = untrained_bundle
    src, lengths = pad_batch([b.tokenizer.encode(Case("runny nose")).ids])
    b.model.train()
    try:
        with pytest.raises(ValueError, match="eval mode"):
            beam_search(b.model, b.target_vocab, src, lengths)
        assert b.model.training
    finally:
        b.model.eval()

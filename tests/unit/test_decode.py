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


def _batch(bundle, texts, ages=None):
    """A Source over generated notes with each patient's banned tokens, as the predictor builds them."""
    import torch

    from medmodel.model import Source
    from medmodel.predict import Predictor
    p = Predictor(bundle)
    prepared = [p.prepare(Case(t, a, s)) for t, a, s in texts]
    return Source.collate([x[4] for x in prepared]), torch.stack([p.banned(x[0]) for x in prepared])


@pytest.mark.parametrize("beam,force", [(1, False), (3, False), (5, True), (5, False)])
@pytest.mark.parametrize("which", ["untrained_bundle", "tiny_bundle"])
def test_fast_search_equals_the_reference(request, mini_kb, which, beam, force):
    """The fast search (keys once per note, tables, finished notes leaving the batch) returns the reference
    search's hypotheses: identical ids, scores and first-position logits up to float rounding."""
    from medmodel.decode import beam_search_reference
    from medmodel.synth import Generator
    b = request.getfixturevalue(which)
    cases = [(s.text, s.age, s.sex) for s in Generator(mini_kb).generate(60, seed=23, lang="mix")]
    src, banned = _batch(b, cases)
    fast = beam_search(b.model, b.target_vocab, src, beam=beam, force_first_dx=force, banned=banned)
    ref = beam_search_reference(b.model, b.target_vocab, src, beam=beam, force_first_dx=force, banned=banned)
    for f, r in zip(fast, ref):
        assert f.ids == r.ids
        assert f.score == pytest.approx(r.score, abs=1e-5)
        assert (f.first_logits - r.first_logits).abs().max() < 1e-5


def test_fast_search_without_bans_and_with_plain_ids(untrained_bundle):
    """The (ids, lengths) form and no ``banned`` work as in the reference."""
    from medmodel.decode import beam_search_reference
    b = untrained_bundle
    src, lengths = pad_batch([b.tokenizer.encode(Case(t)).ids for t in ("runny nose", "尿痛尿频", "x " * 40)])
    fast = beam_search(b.model, b.target_vocab, src, lengths, beam=4)
    ref = beam_search_reference(b.model, b.target_vocab, src, lengths, beam=4)
    assert [h.ids for h in fast] == [h.ids for h in ref]


def test_predict_many_does_not_depend_on_the_batch(tiny_bundle, mini_kb):
    """Notes are bucketed by length: each note's prediction is the one it gets alone."""
    from medmodel.predict import Predictor
    from medmodel.synth import Generator
    p = Predictor(tiny_bundle)
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in Generator(mini_kb).generate(30, seed=5, lang="mix")]
    many = p.predict_many(cases, batch_size=7)
    for case, got in zip(cases, many):
        alone = p.predict(case)
        assert got.output_tokens == alone.output_tokens and got.triage == alone.triage
        assert [d.probability for d in got.differential] == pytest.approx([d.probability for d in alone.differential],
                                                                           abs=1e-5)

"""The seq2seq model: padding never changes a result, teacher-forced shapes, and the shared padding helper."""
import torch

from medmodel.case import Case
from medmodel.model import pad_batch


def test_pad_batch_pads_with_zero_and_keeps_lengths():
    ids, lengths = pad_batch([[5, 6, 7], [8], [9, 10]])
    assert ids.tolist() == [[5, 6, 7], [8, 0, 0], [9, 10, 0]] and lengths.tolist() == [3, 1, 2]
    assert ids.dtype == torch.long


def test_padding_never_changes_the_result(untrained_bundle):
    b = untrained_bundle
    ids = b.tokenizer.encode(Case("it burns when I pee", 30, "F")).ids
    tgt = torch.tensor([[1, 3, 4]])
    a = b.model(torch.tensor([ids]), torch.tensor([len(ids)]), tgt)
    src, lengths = pad_batch([ids, ids + [5] * 7])                  # a longer neighbour pads this row
    p = b.model(src, lengths, tgt.expand(2, -1))
    assert a.shape == (1, 3, len(b.target_vocab))
    assert torch.allclose(a[0], p[0], atol=1e-6)


def test_forward_embedded_is_forward_on_the_embeddings(untrained_bundle):
    m = untrained_bundle.model
    src, lengths = pad_batch([[3, 4, 5, 6], [7, 8]])
    tgt = torch.tensor([[1, 3], [1, 4]])
    logits, weights = m.forward_embedded(m.src_embedding(src), lengths, tgt, return_attention=True)
    assert torch.equal(logits, m(src, lengths, tgt))
    assert weights.shape == (2, 2, 4) and torch.allclose(weights.sum(-1), torch.ones(2, 2))
    assert torch.all(weights[1, :, 2:] == 0)                                      # padding gets no attention

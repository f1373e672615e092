"""Training: a tiny real model learns the mini-KB mapping, calibration, checkpoints resume (torchrun: tests/model)."""
import torch

from medmodel.sequence import TargetVocab
from medmodel.synth import Generator
from medmodel.train import (
    TrainConfig,
    collate,
    expected_calibration_error,
    first_dx_logits,
    fit_temperature,
    make_examples,
    train_bundle,
)
from tests.support import case_of, held_out_accuracy


def test_tiny_model_learns_the_mapping(tiny_bundle, mini_kb):
    model, bayes = held_out_accuracy(tiny_bundle, mini_kb)
    assert bayes > 0.9
    assert model >= 0.85 * bayes, (model, bayes)      # an untrained model sits near the majority class (~0.4)
    history = tiny_bundle.metrics["training"]["history"]
    assert history[-1]["val_loss"] < 0.5 * history[0]["val_loss"]


def test_temperature_scaling_reduces_calibration_error():
    torch.manual_seed(0)
    labels = torch.randint(0, 5, (4000,))
    logits = torch.randn(4000, 5)
    logits[torch.arange(4000), labels] += 1.5
    logits *= 4                                        # overconfident by construction
    t = fit_temperature(logits, labels)
    assert t > 2                                       # softens an overconfident model

    def ece(scale):
        p = torch.softmax(logits / scale, -1)
        conf, pred = p.max(-1)
        return expected_calibration_error(conf.numpy(), (pred == labels).numpy().astype(float))
    assert ece(t) < 0.03 < ece(1.0)


def test_checkpoint_resume_reproduces_an_uninterrupted_run(mini_kb, tmp_path):
    synth = list(Generator(mini_kb).generate(200, seed=5))
    data = ([case_of(s) for s in synth], [s.target for s in synth], [s.condition_id for s in synth])
    small = {"hidden": 12, "emb_dim": 8, "tgt_emb_dim": 8, "dropout": 0.0}
    full, _, _ = train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False), small)
    ckpt = tmp_path / "ckpt"
    train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False, checkpoint_dir=str(ckpt),
                                             stop_after=2), small)
    assert (ckpt / "state.json").is_file()
    resumed, history, _ = train_bundle(mini_kb, *data, TrainConfig(epochs=3, batch_size=32, patience=9, progress=False,
                                                                   checkpoint_dir=str(ckpt)), small)
    assert [h["epoch"] for h in history] == [3]
    for k, v in full.model.state_dict().items():
        assert torch.allclose(v, resumed.model.state_dict()[k], atol=1e-6), k


def test_examples_batches_and_first_position_logits(tiny_bundle, mini_kb):
    synth = list(Generator(mini_kb).generate(5, seed=2))
    vocab = TargetVocab.from_kb(mini_kb)
    examples = make_examples([case_of(s) for s in synth], [s.target for s in synth], tiny_bundle.tokenizer, vocab,
                             [s.condition_id for s in synth])
    assert [vocab.dx_conditions[e.condition] for e in examples] == [s.condition_id for s in synth]
    src, tgt = collate(examples)
    assert src.ids.shape == (5, int(src.lengths.max())) and tgt[:, 0].tolist() == [vocab.bos_id] * 5
    assert src.subwords is None or src.subwords.shape[:2] == src.ids.shape
    logits = first_dx_logits(tiny_bundle.model, vocab, examples)
    assert logits.shape == (5, len(vocab.dx_ids))

import json
import shutil

import pytest
import torch

from medmodel.bundle import BundleError, load_bundle, save_bundle
from medmodel.case import Case
from medmodel.decode import beam_search
from medmodel.predict import InputError, Predictor
from medmodel.sequence import Target


def test_padding_never_changes_the_result(untrained_bundle):
    b = untrained_bundle
    ids = b.tokenizer.encode(Case("it burns when I pee", 30, "F")).ids
    src = torch.tensor([ids + [0] * 7])
    tgt = torch.tensor([[1, 3, 4]])
    a = b.model(torch.tensor([ids]), torch.tensor([len(ids)]), tgt)
    p = b.model(src, torch.tensor([len(ids)]), tgt)
    assert a.shape == (1, 3, len(b.target_vocab))
    assert torch.allclose(a, p, atol=1e-6)


@pytest.mark.parametrize("beam", [1, 3])
def test_beam_search_honours_grammar(untrained_bundle, beam):
    b = untrained_bundle
    texts = ["runny nose", "headache and stiff neck", "尿痛尿频", "x" * 50]
    enc = [b.tokenizer.encode(Case(t)) for t in texts]
    S = max(len(e) for e in enc)
    src = torch.tensor([e.ids + [0] * (S - len(e)) for e in enc])
    for h in beam_search(b.model, b.target_vocab, src, torch.tensor([len(e) for e in enc]), beam=beam):
        tokens = [b.target_vocab.itos[i] for i in h.ids]
        t = Target.parse(tokens)          # raises if sections are out of order or TRIAGE missing
        assert len(set(tokens)) == len(tokens)


def test_predictor_applies_safety(untrained_bundle):
    p = Predictor(untrained_bundle).predict(Case("terrible headache and a stiff neck", 40, "F", frozenset({"pregnant"})))
    assert len(p.differential) == 4 and abs(sum(d.probability for d in p.differential) - 1) < 1e-4
    assert p.triage == "emergency"                       # neck stiffness is a global red flag
    assert any(rf.finding == "neck_stiffness" for rf in p.red_flags)
    assert "ibuprofen" not in p.medications and "trimethoprim" not in p.medications
    with pytest.raises(InputError):
        Predictor(untrained_bundle).predict(Case("   "))
    with pytest.raises(InputError):
        Predictor(untrained_bundle).predict(Case("123 456 !!!"))


def test_bundle_round_trip_and_tamper_refusal(untrained_bundle, mini_kb, tmp_path):
    path = save_bundle(untrained_bundle, tmp_path / "b", command="test", seed=0)
    again = load_bundle(path, kb=mini_kb)
    for k, v in untrained_bundle.model.state_dict().items():
        assert torch.equal(v, again.model.state_dict()[k])
    case = Case("it burns when I pee")
    assert Predictor(again).predict(case).output_tokens == Predictor(untrained_bundle).predict(case).output_tokens
    # one changed byte
    bad = tmp_path / "tampered"
    shutil.copytree(path, bad)
    data = bytearray((bad / "model.safetensors").read_bytes())
    data[-1] ^= 1
    (bad / "model.safetensors").write_bytes(bytes(data))
    with pytest.raises(BundleError, match="does not match its manifest hash"):
        load_bundle(bad, kb=mini_kb)
    # truncated
    cut = tmp_path / "cut"
    shutil.copytree(path, cut)
    (cut / "config.json").write_text((cut / "config.json").read_text()[:10])
    with pytest.raises(BundleError):
        load_bundle(cut, kb=mini_kb)
    # wrong knowledge base
    with pytest.raises(BundleError, match="different knowledge base"):
        load_bundle(path)
    manifest = json.loads((path / "manifest.json").read_text())
    assert manifest["training"] == {"command": "test", "seed": 0} and "torch" in manifest["versions"]


def test_bundle_written_before_scaled_attention_loads_unscaled(untrained_bundle, mini_kb, tmp_path):
    from medmodel.bundle import _sha256
    path = save_bundle(untrained_bundle, tmp_path / "old", command="test", seed=0)
    assert load_bundle(path, kb=mini_kb).model.decoder.attention.scale == pytest.approx(
        untrained_bundle.model.cfg.hidden ** -0.5)
    config = json.loads((path / "config.json").read_text())
    del config["model"]["scaled_attention"]          # as written by the first releases
    (path / "config.json").write_text(json.dumps(config))
    manifest = json.loads((path / "manifest.json").read_text())
    manifest["files"]["config.json"] = _sha256(path / "config.json")
    (path / "manifest.json").write_text(json.dumps(manifest))
    old = load_bundle(path, kb=mini_kb)
    assert old.model.cfg.scaled_attention is False and old.model.decoder.attention.scale == 1.0

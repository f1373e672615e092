"""Model bundles: save and load round trip, refusal of damaged or tampered bundles (one line, also from the CLI),
and the format version."""
import json
import shutil
import subprocess
import sys

import pytest
import torch

from medmodel.bundle import FORMAT_VERSION, BundleError, _sha256, load_bundle, save_bundle
from medmodel.case import Case
from medmodel.predict import Predictor
from tests.support import ROOT


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


@pytest.fixture
def saved_bundle(untrained_bundle, tmp_path):
    return save_bundle(untrained_bundle, tmp_path / "bundle", command="test", seed=0)


@pytest.mark.parametrize("damage,msg", [
    ("flip", "does not match its manifest hash"),
    ("truncate", "does not match its manifest hash"),
    ("empty", "does not match its manifest hash"),
    ("no manifest", "no manifest.json"),
    ("bad manifest", "manifest.json is unreadable"),
    ("missing weights", "model.safetensors is missing"),
    ("config edited", "config.json does not match"),
])
def test_damaged_bundle_is_refused(saved_bundle, mini_kb, damage, msg):
    weights = saved_bundle / "model.safetensors"
    if damage == "flip":
        data = bytearray(weights.read_bytes())
        data[len(data) // 2] ^= 0x01
        weights.write_bytes(bytes(data))
    elif damage == "truncate":
        weights.write_bytes(weights.read_bytes()[:-1000])
    elif damage == "empty":
        weights.write_bytes(b"")
    elif damage == "no manifest":
        (saved_bundle / "manifest.json").unlink()
    elif damage == "bad manifest":
        (saved_bundle / "manifest.json").write_text("{not json")
    elif damage == "missing weights":
        weights.unlink()
    else:
        (saved_bundle / "config.json").write_text((saved_bundle / "config.json").read_text().replace("1", "2", 1))
    with pytest.raises(BundleError, match=msg) as info:
        load_bundle(saved_bundle, kb=mini_kb)
    assert "\n" not in str(info.value)


def test_intact_bundle_loads(saved_bundle, mini_kb):
    assert load_bundle(saved_bundle, kb=mini_kb).sha256


def test_cli_refuses_a_tampered_bundle_in_one_line(saved_bundle, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(saved_bundle, bad)
    (bad / "model.safetensors").write_bytes((bad / "model.safetensors").read_bytes()[:100])
    r = subprocess.run([sys.executable, "-m", "medmodel", "predict", "fever", "--bundle", str(bad)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "does not match its manifest hash" in r.stderr


def _rewrite(path, name, edit):
    """Edit one JSON file of a saved bundle and re-sign it in the manifest, as a bundle of that shape would be."""
    data = json.loads((path / name).read_text())
    edit(data)
    (path / name).write_text(json.dumps(data))
    manifest = json.loads((path / "manifest.json").read_text())
    if name != "manifest.json":
        manifest["files"][name] = _sha256(path / name)
    (path / "manifest.json").write_text(json.dumps(manifest))


def test_format_1_bundle_without_scaled_attention_loads_unscaled(saved_bundle, mini_kb, untrained_bundle):
    assert json.loads((saved_bundle / "manifest.json").read_text())["format_version"] == FORMAT_VERSION == 2
    assert load_bundle(saved_bundle, kb=mini_kb).model.decoder.attention.scale == pytest.approx(
        untrained_bundle.model.cfg.hidden ** -0.5)
    _rewrite(saved_bundle, "config.json", lambda c: (c["model"].pop("scaled_attention"), c.update(format_version=1)))
    _rewrite(saved_bundle, "manifest.json", lambda m: m.update(format_version=1))   # as written by the first releases
    old = load_bundle(saved_bundle, kb=mini_kb)
    assert old.model.cfg.scaled_attention is False and old.model.decoder.attention.scale == 1.0


def test_format_2_bundle_must_name_every_config_field(saved_bundle, mini_kb):
    _rewrite(saved_bundle, "config.json", lambda c: c["model"].pop("scaled_attention"))
    with pytest.raises(BundleError, match="config.json lacks scaled_attention"):
        load_bundle(saved_bundle, kb=mini_kb)


def test_unknown_format_is_refused(saved_bundle, mini_kb):
    _rewrite(saved_bundle, "manifest.json", lambda m: m.update(format_version=3))
    with pytest.raises(BundleError, match="bundle format 3 is not supported"):
        load_bundle(saved_bundle, kb=mini_kb)


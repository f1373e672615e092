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



# ----------------------------------------------------------------------------- issue 14: the attacks, reproduced
def _zero_weights_and_resign(path):
    """What the attack did: zeroed weights, and a manifest recomputed to match them."""
    from safetensors.torch import load_file
    from safetensors.torch import save_file as save_tensors
    state = {k: torch.zeros_like(v) for k, v in load_file(str(path / "model.safetensors")).items()}
    save_tensors(state, str(path / "model.safetensors"))
    _rewrite(path, "manifest.json", lambda m: m["files"].update({"model.safetensors": _sha256(path / "model.safetensors")}))


def test_a_resigned_bundle_is_refused_against_its_pin(saved_bundle, mini_kb, monkeypatch):
    """Partly acknowledged in issue 14: zeroed weights with a recomputed manifest loaded without complaint."""
    monkeypatch.setenv("MEDSEQ_BUNDLE_SHA256", load_bundle(saved_bundle, kb=mini_kb).sha256)
    _zero_weights_and_resign(saved_bundle)
    with pytest.raises(BundleError, match="is not the pinned one") as info:
        load_bundle(saved_bundle, kb=mini_kb)
    assert "\n" not in str(info.value)
    monkeypatch.delenv("MEDSEQ_BUNDLE_SHA256")
    assert load_bundle(saved_bundle, kb=mini_kb)          # a bundle of your own, unpinned, still loads


def test_the_shipped_folder_is_pinned_by_the_package(saved_bundle, mini_kb, monkeypatch, tmp_path):
    """The default bundle needs no setting: its hash is recorded in the package, and a resigned copy is refused."""
    from medmodel import bundle as bundle_mod
    monkeypatch.delenv("MEDSEQ_BUNDLE_SHA256", raising=False)
    monkeypatch.setattr(bundle_mod, "MODEL_DIR", saved_bundle)
    pin = tmp_path / "pin.sha256"
    pin.write_text(load_bundle(saved_bundle, kb=mini_kb, pinned=False).sha256 + "\n")
    monkeypatch.setattr(bundle_mod, "PIN_FILE", pin)
    assert load_bundle(saved_bundle, kb=mini_kb)
    _zero_weights_and_resign(saved_bundle)
    with pytest.raises(BundleError, match="is not the pinned one"):
        load_bundle(saved_bundle, kb=mini_kb)


def test_the_package_pins_the_shipped_bundle():
    """medmodel/shipped_bundle.sha256 names assets/model/manifest.json; after training a new shipped model, check
    it and run `python -m medmodel bundle pin`."""
    from medmodel.bundle import PIN_FILE, manifest_sha256
    from medmodel.paths import MODEL_DIR
    manifest = json.loads((MODEL_DIR / "manifest.json").read_text())
    assert PIN_FILE.read_text().split()[0] == manifest_sha256(manifest), "run: python -m medmodel bundle pin"


def test_a_config_that_does_not_fit_the_weights_is_refused_before_allocating(saved_bundle, mini_kb):
    """Issue 14 #9: config.json with hidden=200000 and a recomputed manifest gave a torch allocation traceback."""
    import resource
    import time
    _rewrite(saved_bundle, "config.json", lambda c: c["model"].update(hidden=200_000))
    before, t0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter()
    with pytest.raises(BundleError, match="do not fit the configuration: .* in config.json") as info:
        load_bundle(saved_bundle, kb=mini_kb)
    assert "\n" not in str(info.value) and time.perf_counter() - t0 < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 500_000     # KiB: nothing allocated


def test_shape_check_skips_initialisers_only_on_its_own_thread():
    """The shape check builds the model on the meta device with initialisers skipped (they would import torch's
    compiler stack on a cold start); a model built meanwhile on another thread is initialised as usual."""
    import threading

    import torch

    from medmodel.bundle import _ShapesOnly
    built = {}
    with torch.device("meta"), _ShapesOnly():
        meta = torch.nn.Embedding(50, 4)
        worker = threading.Thread(target=lambda: built.setdefault("w", torch.nn.Embedding(50, 4).weight.detach()))
        worker.start()
        worker.join()
    assert meta.weight.is_meta and tuple(meta.weight.shape) == (50, 4)
    assert not built["w"].is_meta and built["w"].std() > 0.5          # N(0, 1) as usual


def _kb_copy(tmp_path, name):
    from tests.support import MINI_KB
    return shutil.copytree(MINI_KB, tmp_path / name)


def test_a_knowledge_base_edit_that_leaves_the_training_data_alone_is_adopted(untrained_bundle, mini_kb, tmp_path):
    """`bundle adopt-kb`: a contraindication on a flag the generator never sets changes no training case, so the
    bundle takes the edited knowledge base without retraining; an edit that changes targets is refused."""
    from medmodel.bundle import adopt_knowledge_base
    from medmodel.knowledge import load_knowledge
    path = save_bundle(untrained_bundle, tmp_path / "bundle", command="python -m medmodel train --n 150 --seed 3 --output b",
                       seed=3)
    edited = _kb_copy(tmp_path, "edited")
    meds = edited / "medications" / "mini.yaml"
    meds.write_text(meds.read_text(encoding="utf-8").replace(
        "  - flag: allergy_nsaid\n", "  - flag: lithium\n    reason: {en: Raises lithium levels, zh: 升高血锂浓度}\n"
        "  - flag: allergy_nsaid\n", 1), encoding="utf-8")
    new_kb = load_knowledge(edited)
    with pytest.raises(BundleError, match="different knowledge base"):
        load_bundle(path, kb=new_kb, pinned=False)
    record = adopt_knowledge_base(path, mini_kb, new_kb, 150, 3)
    assert record == {"from": mini_kb.sha256, "to": new_kb.sha256, "cases_compared": 150, "seed": 3}
    adopted = load_bundle(path, kb=new_kb, pinned=False)
    assert adopted.manifest["knowledge_base_adopted"] == [record]
    assert "lithium" in {c.flag for c in adopted.kb.medications["ibuprofen"].contraindications}

    retriage = _kb_copy(tmp_path, "retriage")
    conditions = retriage / "conditions" / "mini.yaml"
    conditions.write_text(conditions.read_text(encoding="utf-8").replace("triage: self_care", "triage: urgent", 1),
                          encoding="utf-8")
    with pytest.raises(BundleError, match=r"training case \d+ \(seed 3\) differs .*must be retrained"):
        adopt_knowledge_base(path, new_kb, load_knowledge(retriage), 150, 3)
    with pytest.raises(BundleError, match="different knowledge base"):   # --trained-kb must be the bundle's own
        adopt_knowledge_base(path, mini_kb, new_kb, 150, 3)


def test_adopt_kb_refuses_a_bundle_without_a_generated_training_command(saved_bundle, tmp_path, capsys):
    from tests.support import MINI_KB, run_cli
    code, _, err = run_cli(capsys, "bundle", "adopt-kb", "--bundle", str(saved_bundle), "--trained-kb", str(MINI_KB))
    assert code != 0 and "Traceback" not in err
    assert "does not record a `medmodel train` command" in err and len(err.strip().splitlines()) == 1

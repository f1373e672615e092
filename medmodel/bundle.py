"""Model bundles: a folder with the weights, configuration, vocabularies, metrics and a manifest.

    model.safetensors  weights (safetensors: plain tensors, nothing executable; never pickle)
    config.json        Seq2SeqConfig + calibration temperature + format version
    vocab.json         input vocabulary (tokenizer) and target vocabulary
    metrics.json       evaluation figures shown on the model card
    manifest.json      sha256 of each file above, package versions, training command and seed,
                       and the knowledge-base hash the targets were built from

Loading checks every hash, the format version and the knowledge base before any weight is used,
and refuses a tampered, truncated or incompatible bundle with a message that says what is wrong.

The manifest's hashes only show that the files agree with the manifest: whoever can rewrite the weights can
rewrite the manifest too. So the bundle's identity (the sha256 of its manifest) is pinned: the shipped bundle's
is recorded in the package (``medmodel/shipped_bundle.sha256``, written by ``python -m medmodel bundle pin``),
and any bundle can be pinned with ``$MEDSEQ_BUNDLE_SHA256``. A bundle that does not match its pin is refused.
The configuration is checked against the weights' shapes (read from the safetensors header, the model built on
PyTorch's meta device) before any memory is allocated for it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import platform
from dataclasses import dataclass, field, fields
from pathlib import Path

import torch
from safetensors import SafetensorError, safe_open
from safetensors.torch import load_file, save_file
from torch.overrides import TorchFunctionMode

from .errors import BundleError
from .knowledge import KnowledgeBase, load_knowledge
from .model import Seq2Seq, Seq2SeqConfig
from .paths import MODEL_DIR
from .sequence import TargetVocab
from .tokenizer import Tokenizer

FORMAT_VERSION = 2        # 2: config.json names every Seq2SeqConfig field; nothing is filled in on loading
READABLE_FORMATS = (1, 2)
# Format 1 configs lack the fields added after them; these are the values such bundles were trained with
# (attention scores were unscaled before scaled attention existed). Other missing fields are training-only.
FORMAT_1_DEFAULTS = {"scaled_attention": False}
FILES = ("model.safetensors", "config.json", "vocab.json", "metrics.json")
PIN_FILE = Path(__file__).with_name("shipped_bundle.sha256")   # the shipped bundle's manifest hash


@dataclass(eq=False)
class Bundle:
    model: Seq2Seq
    tokenizer: Tokenizer
    target_vocab: TargetVocab
    kb: KnowledgeBase
    temperature: float               # calibration temperature for the differential likelihoods
    metrics: dict = field(default_factory=dict)
    manifest: dict = field(default_factory=dict)
    path: Path | None = None

    @property
    def sha256(self) -> str:
        """Identity of this bundle (hash of its manifest), recorded in audit logs and pinned."""
        return manifest_sha256(self.manifest)


def manifest_sha256(manifest: dict) -> str:
    return hashlib.sha256(json.dumps(manifest, sort_keys=True).encode()).hexdigest()


def pinned_sha256(path: Path) -> str | None:
    """The hash a bundle at ``path`` must have: $MEDSEQ_BUNDLE_SHA256, else for the shipped folder the packaged pin,
    else None (a bundle of your own, not pinned)."""
    env = os.environ.get("MEDSEQ_BUNDLE_SHA256", "").strip().lower()
    if env:
        return env
    if path.resolve() == Path(MODEL_DIR).resolve() and PIN_FILE.is_file():
        return PIN_FILE.read_text().split()[0].strip().lower()
    return None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _versions() -> dict:
    import captum
    import numpy
    import safetensors
    return {"python": platform.python_version(), "torch": torch.__version__, "numpy": numpy.__version__,
            "safetensors": safetensors.__version__, "captum": captum.__version__}


def save_bundle(bundle: Bundle, path: str | Path, command: str, seed: int) -> Path:
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    state = {k: v.detach().cpu().contiguous() for k, v in bundle.model.state_dict().items()}
    save_file(state, str(path / "model.safetensors"))
    config = {"format_version": FORMAT_VERSION, "model": bundle.model.cfg.to_dict(), "temperature": bundle.temperature}
    (path / "config.json").write_text(json.dumps(config, indent=2))
    vocab = {"input": bundle.tokenizer.to_json(), "target": bundle.target_vocab.itos}
    (path / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    (path / "metrics.json").write_text(json.dumps(bundle.metrics, indent=2, ensure_ascii=False))
    manifest = {
        "format_version": FORMAT_VERSION,
        "files": {name: _sha256(path / name) for name in FILES},
        "knowledge_base_sha256": bundle.kb.sha256,
        "held_out_conditions": list(bundle.kb.held_out),
        "training": {"command": command, "seed": seed},
        "versions": _versions(),
    }
    (path / "manifest.json").write_text(json.dumps(manifest, indent=2))
    bundle.manifest, bundle.path = manifest, path
    return path


def update_metrics(bundle: Bundle, metrics: dict) -> None:
    """Add figures to a saved bundle's metrics.json (what the model card shows) and re-record its hash in the
    manifest. The weights, vocabularies and configuration are untouched."""
    if bundle.path is None:
        raise BundleError("the bundle has not been saved: nowhere to write its metrics")
    bundle.metrics.update(metrics)
    (bundle.path / "metrics.json").write_text(json.dumps(bundle.metrics, indent=2, ensure_ascii=False))
    bundle.manifest["files"]["metrics.json"] = _sha256(bundle.path / "metrics.json")
    (bundle.path / "manifest.json").write_text(json.dumps(bundle.manifest, indent=2))


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleError(f"{path.name} is unreadable ({exc.__class__.__name__}): the bundle is damaged") from None


def _model_config(values: dict, version: int) -> Seq2SeqConfig:
    if version == 1:
        return Seq2SeqConfig(**{**FORMAT_1_DEFAULTS, **values})
    missing = [f.name for f in fields(Seq2SeqConfig) if f.name not in values]
    if missing:
        raise ValueError(f"config.json lacks {', '.join(missing)}")
    return Seq2SeqConfig(**values)


_INITIALISERS = frozenset({"normal_", "uniform_", "zero_", "zeros_", "ones_", "fill_", "constant_", "orthogonal_",
                           "kaiming_uniform_", "kaiming_normal_", "xavier_uniform_", "xavier_normal_", "trunc_normal_"})


class _ShapesOnly(TorchFunctionMode):
    """Skips weight initialisers: on the meta device they run through torch's Python reference ops, whose first use
    imports the compiler stack (1.6 s of a cold start) to fill tensors that hold no data. A torch function mode
    is per thread, so a model built meanwhile on another thread is initialised as usual."""

    def __torch_function__(self, func, types, args=(), kwargs=None):
        kwargs = kwargs or {}
        if getattr(func, "__name__", "") in _INITIALISERS:
            return args[0] if args else kwargs.get("tensor")
        return func(*args, **kwargs)


def _check_shapes(model_path: Path, cfg: Seq2SeqConfig) -> None:
    """The configuration must describe the weights: compare every tensor's shape (safetensors header) with a model
    built on the meta device (no memory), so a doctored config.json cannot make torch allocate gigabytes."""
    try:
        with safe_open(str(model_path), "pt") as f:
            stored = {k: tuple(f.get_slice(k).get_shape()) for k in f.keys()}
        with torch.device("meta"), _ShapesOnly():
            wanted = {k: tuple(v.shape) for k, v in Seq2Seq(cfg).state_dict().items()}
    except (SafetensorError, OSError, RuntimeError, ValueError, TypeError) as exc:
        raise BundleError(f"model weights do not fit the configuration: {str(exc).splitlines()[0][:200]}") from None
    if stored != wanted:
        name = next((k for k in sorted(set(stored) | set(wanted)) if stored.get(k) != wanted.get(k)), "?")
        raise BundleError(f"model weights do not fit the configuration: {name} is {stored.get(name)} in the weights "
                          f"but {wanted.get(name)} in config.json")


def load_bundle(path: str | Path | None = None, kb: KnowledgeBase | None = None,
                device: str | torch.device = "cpu", pinned: bool = True) -> Bundle:
    """Load and verify a bundle: ``path``, else the folder named by $MEDSEQ_BUNDLE, else the shipped default.
    ``pinned=False`` skips the pin (only ``bundle pin`` does that, to record a new one)."""
    path = Path(path or os.environ.get("MEDSEQ_BUNDLE") or MODEL_DIR)
    if not path.is_dir():
        raise BundleError(f"no model bundle at {path}")
    manifest_path = path / "manifest.json"
    if not manifest_path.is_file():
        raise BundleError(f"{path} has no manifest.json: not a MedSeq bundle")
    manifest = _read_json(manifest_path)
    expected = pinned_sha256(path) if pinned else None
    if expected and not hmac.compare_digest(manifest_sha256(manifest), expected):
        raise BundleError(f"bundle {path.name} is not the pinned one (manifest sha256 {manifest_sha256(manifest)[:16]}…, "
                          f"pinned {expected[:16]}…): it was replaced or modified; restore it, or pin a bundle you "
                          "trust (MEDSEQ_BUNDLE_SHA256, or `python -m medmodel bundle pin` for the shipped one)")
    version = manifest.get("format_version")
    if version not in READABLE_FORMATS:
        raise BundleError(f"bundle format {version!r} is not supported (this version reads "
                          f"{', '.join(map(str, READABLE_FORMATS))})")
    for name in FILES:
        expected = manifest.get("files", {}).get(name)
        if not (path / name).is_file():
            raise BundleError(f"bundle file {name} is missing")
        if expected is None or _sha256(path / name) != expected:
            raise BundleError(f"bundle file {name} does not match its manifest hash: the bundle was modified or truncated")
    kb = kb or load_knowledge()
    if manifest.get("held_out_conditions"):
        kb = kb.without(manifest["held_out_conditions"])   # an experiment's model that never saw these
    if manifest.get("knowledge_base_sha256") != kb.sha256:
        raise BundleError("bundle was trained on a different knowledge base than the one installed; retrain it "
                          "(python -m medmodel train) or install the matching knowledge base")
    config, vocab = _read_json(path / "config.json"), _read_json(path / "vocab.json")
    try:
        tokenizer = Tokenizer.from_json(vocab["input"])
        target_vocab = TargetVocab(vocab["target"])
        cfg = _model_config(config["model"], version)
        temperature = float(config["temperature"])
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleError(f"bundle configuration is incompatible: {exc}") from None
    if target_vocab.itos != TargetVocab.from_kb(kb).itos:
        raise BundleError("bundle target vocabulary does not match the knowledge base")
    _check_shapes(path / "model.safetensors", cfg)
    model = Seq2Seq(cfg)
    try:
        state = load_file(str(path / "model.safetensors"))
        model.load_state_dict(state)
    except (SafetensorError, RuntimeError, OSError) as exc:
        raise BundleError(f"model weights do not fit the configuration: {str(exc).splitlines()[0]}") from None
    model.to(device).eval()
    return Bundle(model, tokenizer, target_vocab, kb, temperature, _read_json(path / "metrics.json"), manifest, path)


def adopt_knowledge_base(path: str | Path, trained_kb: KnowledgeBase, kb: KnowledgeBase | None, n: int, seed: int,
                         lang: str = "mix") -> dict:
    """Record the installed knowledge base ``kb`` in the bundle at ``path``, trained on ``trained_kb``, when the edit
    between them cannot have changed what the model learnt - a medicine's contraindication on a flag the generator
    never sets, a dose, a reason's wording, a source - so retraining would reproduce the same weights.

    The model sees the knowledge base only through its generated training cases (notes and targets), the target
    vocabulary and the finding reader's phrasings (its inputs). So the target vocabularies and every finding's
    phrasings must be equal, and the training command's whole generated data set (``n`` cases of ``seed`` in
    ``lang``: the CLI reads them from the manifest's training command) must come out case for case the same. Anything
    else raises BundleError naming the first difference: retrain. The manifest then records the installed
    knowledge base's hash and the adoption; the bundle's identity changes, so pin it again (``bundle pin``).
    Both data sets come from today's generator: the check shows the edit changes nothing the model learns from, not
    that today's generator is the one the bundle was trained with (bundles do not record a digest of their data)."""
    from .synth import Generator
    path = Path(path)
    bundle = load_bundle(path, kb=trained_kb, pinned=False)   # intact, and trained on trained_kb
    manifest = bundle.manifest
    kb = kb or load_knowledge()
    held_out = manifest.get("held_out_conditions") or []
    old, new = (k.without(held_out) if held_out else k for k in (trained_kb, kb))
    if old.sha256 == new.sha256:
        raise BundleError("the installed knowledge base is the one the bundle was trained on: nothing to adopt")
    if TargetVocab.from_kb(old).itos != TargetVocab.from_kb(new).itos:
        raise BundleError("the edit adds, removes or reorders conditions, medicines or next steps: the target "
                          "vocabulary differs, so the model must be retrained")
    changed = [f for f in old.findings if f not in new.findings or old.findings[f].phrasings != new.findings[f].phrasings]
    if changed or list(old.findings) != list(new.findings):
        raise BundleError(f"the edit changes the findings or their phrasings ({', '.join(changed[:3]) or 'their order'}"
                          "): the model's reader inputs differ, so it must be retrained")
    pairs = zip(Generator(old).generate(n, seed, lang), Generator(new).generate(n, seed, lang))
    for i, (a, b) in enumerate(pairs):
        if a != b:
            what = next(f.name for f in fields(a) if getattr(a, f.name) != getattr(b, f.name))
            raise BundleError(f"training case {i} (seed {seed}) differs under the installed knowledge base "
                              f"(its {what}): the edit changes the training data, so the model must be retrained")
    record = {"from": old.sha256, "to": new.sha256, "cases_compared": n, "seed": seed}
    manifest["knowledge_base_sha256"] = new.sha256
    manifest.setdefault("knowledge_base_adopted", []).append(record)
    tmp = path / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=2))
    os.replace(tmp, path / "manifest.json")   # a reader sees the old manifest or the new one, never half of it
    return record

"""The explainer: which input tokens pushed each output token of a prediction up or down.

Row ``t`` of an explanation explains log p(y_t | y_<t, x): the log-probability of the emitted token at step ``t``
given the emitted prefix, teacher-forced on the generated sequence. Columns are the input tokens, context tokens
([AGE_..], [SEX_..], [PREGNANT], ...) included, so their effect shows as a word's does.

Thread safety: nothing here mutates the shared model. On a GPU the attribution pass runs with cuDNN disabled
(its LSTM backward refuses eval mode) under a lock, since that switch is process-wide.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

import numpy as np
import torch

from ..bundle import Bundle
from ..case import Case
from ..model import Source
from ..predict import Prediction, Predictor
from ..sequence import section_of
from .engine import Engine, Targets, logprobs
from .explanation import Explanation
from .methods import METHODS, Problem, word_features

BASELINES = {
    "pad": "every token but <sep> replaced by <pad> (the zero embedding)",
    "unk": "every token but <sep> replaced by <unk> (an unknown word)",
    "pad_note": "note tokens replaced by <pad>, context tokens kept (what the words add to the patient's context)",
}
STRATEGIES = ("fast", "per_target")   # every row in one pass | Captum, one call per row (the reference)
TRIAGE_NAMES = {"self_care": ("Self-care", "自我护理"), "routine": ("Routine", "常规就诊"),
                "urgent": ("Urgent", "紧急"), "emergency": ("Emergency", "急诊")}
_SECTION_NAMES = {"DX": ("Dx", "诊断"), "TRIAGE": ("Triage", "分诊"), "RX": ("Rx", "用药"), "NEXT": ("Next", "下一步")}
_GPU_LOCK = threading.Lock()


def check_settings(baseline: str, n_steps: int, strategy: str) -> None:
    """The settings every explanation shares (``explain`` and ``contrast``); ValueError in one line."""
    if baseline not in BASELINES:
        raise ValueError(f"unknown baseline {baseline!r}; choose from {', '.join(BASELINES)}")
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
    if not isinstance(n_steps, int) or not 1 <= n_steps <= 1000:
        raise ValueError(f"n_steps must be a whole number from 1 to 1000, got {n_steps!r}")


class Explainer:
    """Explains a bundle's predictions. Thread-safe: one instance can serve every session of the app."""

    def __init__(self, bundle: Bundle, predictor: Predictor | None = None):
        self.bundle = bundle
        self.model = bundle.model
        self.predictor = predictor or Predictor(bundle)
        self._engine = Engine(self.model)

    def explain(self, case: Case, prediction: Prediction | None = None, method: str = "integrated_gradients",
                baseline: str = "pad", n_steps: int = 50, strategy: str = "fast", seed: int = 0) -> Explanation:
        """Attributions of every output token of ``prediction`` (predicted here when None) to every input token.

        method: a key of METHODS; baseline: a key of BASELINES; n_steps: integration steps (IG), samples
        (GradientSHAP); strategy "fast" (all targets in one pass) or "per_target" (Captum, one call per row);
        seed: for the sampling methods (GradientSHAP, KernelSHAP).
        """
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
        check_settings(baseline, n_steps, strategy)
        if self.model.training:
            raise ValueError("the model is in training mode: explanations need the eval-mode model")
        m = METHODS[method]()
        prediction = prediction or self.predictor.predict(case)
        enc = prediction.encoded
        ids = torch.tensor([enc.ids], device=self._device)
        targets, diff_rows = self.targets(prediction)
        base = self._baseline_ids(ids, enc.n_context, baseline)
        groups = word_features(enc, case.text)
        embed = self.embedder(enc)
        with _attribution_pass(self._device), torch.no_grad():
            x, b = embed(ids), embed(base)
            p = Problem(model=self.model, embed=embed, engine=self._engine, ids=ids, x=x, base=base, b=b,
                        unk=self._baseline_ids(ids, 0, "unk"), targets=targets, groups=groups, n_steps=n_steps,
                        seed=seed)
            if strategy == "fast" or not m.attribution:   # attention weights are read: nothing to compare
                attr = m.fast(p)
            else:
                from .captum_reference import per_target   # Captum (a second to import) only for the reference
                attr = per_target(m, p)
            fx, fb = logprobs(self.model, torch.cat([x, b]), targets)
        attr, fx, fb = attr.detach().cpu().double().numpy(), fx.cpu().double().numpy(), fb.cpu().double().numpy()
        gap = np.full(len(fx), np.nan)
        if m.complete:
            gap = np.abs(attr.sum(1) - (fx - fb)) / np.maximum(np.abs(fx - fb), 1e-12)
        T = len(prediction.output_tokens)
        params = {"baseline": baseline, "n_steps": n_steps, "strategy": strategy}
        if m.sampled:
            params["seed"] = seed
        if m.words:
            params["feature_groups"] = [list(g) for g in groups]
        return Explanation(
            input_tokens=list(enc.tokens), input_offsets=list(enc.offsets), n_context=enc.n_context, text=case.text,
            output_tokens=list(prediction.output_tokens),
            output_labels={lang: self.labels(prediction.output_tokens, lang) for lang in ("en", "zh")},
            attributions=attr[:T], method=method, params=params, target_logprob=fx[:T], baseline_logprob=fb[:T],
            completeness_gap=gap[:T], differential=[d.condition_id for d in prediction.differential],
            differential_attributions=attr[diff_rows],
            differential_labels={lang: [d.name(lang) for d in prediction.differential] for lang in ("en", "zh")},
            findings=list(prediction.findings))

    def contrast(self, case: Case, a: str, b: str, prediction: Prediction | None = None, **kwargs) -> Explanation:
        """Why condition ``a`` rather than ``b``: attributions of log p(a) - log p(b) at the first output position
        (``medmodel.explain.contrast``); keyword arguments as ``explain``."""
        from .contrast import contrast
        return contrast(self, case, a, b, prediction, **kwargs)

    # ------------------------------------------------------------------ pieces
    def embedder(self, enc):
        """(B, S) variants of the note's ids -> (B, S, E): the model's embedding with the note's n-grams and
        finding-reader features wherever a token is the original one."""
        src = Source.collate([enc], self._device)
        return lambda ids: self.model.embed(src.expand(ids), keep=ids == src.ids)

    @property
    def _device(self) -> torch.device:
        return self.model.src_embedding.weight.device

    def labels(self, output_tokens: list[str], lang: str = "en") -> list[str]:
        """Display names of output tokens: "Dx: Influenza", "Triage: Urgent", "用药：阿莫西林" ..."""
        kb, zh = self.bundle.kb, lang == "zh"
        out = []
        for tok in output_tokens:
            sec, _, ident = tok.partition(":")
            table = {"DX": kb.conditions, "RX": kb.medications, "NEXT": kb.next_steps}.get(sec)
            if sec == "TRIAGE":
                name = TRIAGE_NAMES.get(ident, (ident, ident))[zh]
            elif table is not None and ident in table:
                name = table[ident].name.get(lang)
            else:
                name = ident or tok
            head = _SECTION_NAMES.get(sec, (sec, sec))[zh] if section_of(tok) else ""
            out.append(f"{head}{'：' if zh else ': '}{name}" if head else name)
        return out

    def targets(self, prediction: Prediction) -> tuple[Targets, list[int]]:
        """The emitted tokens as rows 0..T-1, then the differential entries not already row 0 (at position 0);
        and the row of each differential entry."""
        stoi = self.bundle.target_vocab.stoi
        out = [stoi[t] for t in prediction.output_tokens]
        positions, tokens = list(range(len(out))), list(out)
        diff_rows = []
        for d in prediction.differential:
            tok = stoi[f"DX:{d.condition_id}"]
            if out and tok == out[0]:
                diff_rows.append(0)
            else:
                diff_rows.append(len(tokens))
                positions.append(0)
                tokens.append(tok)
        tgt_in = torch.tensor([[self.bundle.target_vocab.bos_id] + out[:-1]], device=self._device)
        return Targets(tgt_in, torch.tensor(positions, device=self._device),
                       torch.tensor(tokens, device=self._device)), diff_rows

    def _baseline_ids(self, ids: torch.Tensor, n_context: int, baseline: str) -> torch.Tensor:
        tok = self.bundle.tokenizer
        keep = ids == tok.sep_id
        if baseline == "pad_note":
            keep[:, :n_context] = True
        fill = tok.unk_id if baseline == "unk" else tok.pad_id
        return torch.where(keep, ids, torch.full_like(ids, fill))


@contextmanager
def _attribution_pass(device: torch.device):
    """On a GPU, cuDNN's LSTM backward refuses eval mode: disable cuDNN for the pass rather than switching the
    shared model to train mode. The switch is process-wide, so GPU passes take a lock."""
    if device.type != "cuda":
        yield
        return
    with _GPU_LOCK, torch.backends.cudnn.flags(enabled=False):
        yield

"""Explanations: which input tokens pushed each output token up or down, through Captum on the real model.

Row ``t`` of an explanation explains log p(y_t | y_<t, x): the log-probability of the emitted token at
step ``t`` given the emitted prefix, teacher-forced on the generated sequence. Columns are the input
tokens, context tokens ([AGE_..], [SEX_..], [PREGNANT], ...) included, so their effect shows as a word's does.
Gradient methods attribute to the source embeddings (Captum's layer methods on the embedding layer);
perturbation methods (occlusion, KernelSHAP) work on whole words; "attention" is the decoder's attention
weights, a contrast view and not an attribution.

Two strategies compute the same numbers:
- ``per_target``: the straightforward Captum loop, one ``attribute`` call per output token. The reference.
- ``fast``: every output token in one pass. The encoder runs once per interpolation step; the T targets'
  gradients flow back through it together in one batched adjoint (backward) recurrence of the BiLSTM, which
  is where sharing work across targets needs code of its own (``_Engine``). Tests hold it to the reference.

Thread safety: nothing here mutates the shared model. Captum's layer hooks attach to a per-call embedding
module that shares the model's weights, never to the model; on a GPU the attribution pass runs with cuDNN
disabled (its LSTM backward refuses eval mode) under a lock, since that switch is process-wide.
"""
from __future__ import annotations

import copy
import math
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from captum.attr import (FeatureAblation, GradientShap, KernelShap, LayerDeepLift, LayerGradientXActivation,
                         LayerIntegratedGradients, Saliency)
from captum._utils.models.model import Model as CaptumModel
from captum.attr._utils.approximation_methods import approximation_parameters

from .bundle import Bundle
from .case import Case
from .findings import Mention
from .model import Seq2Seq
from .predict import Prediction, Predictor
from .sequence import section_of
from .tokenizer import SEP

# Method name -> the Captum class the per-target reference uses ("attention" is not an attribution method).
METHODS = {
    "integrated_gradients": LayerIntegratedGradients,
    "saliency": Saliency,
    "input_x_gradient": LayerGradientXActivation,
    "deeplift": LayerDeepLift,
    "gradient_shap": GradientShap,      # on the embeddings (input-space noise would corrupt ids)
    "occlusion": FeatureAblation,      # word-level feature ablation
    "kernel_shap": KernelShap,         # word-level
    "attention": None,                 # decoder attention weights: a contrast view, not an attribution
}
GRADIENT_METHODS = ("integrated_gradients", "saliency", "input_x_gradient", "deeplift", "gradient_shap")
WORD_METHODS = ("occlusion", "kernel_shap")
# Methods whose rows should sum to f(x) - f(baseline) (completeness / efficiency).
COMPLETE_METHODS = ("integrated_gradients", "deeplift", "kernel_shap")
BASELINES = {
    "pad": "every token but <sep> replaced by <pad> (the zero embedding)",
    "unk": "every token but <sep> replaced by <unk> (an unknown word)",
    "pad_note": "note tokens replaced by <pad>, context tokens kept (what the words add to the patient's context)",
}
STRATEGIES = ("fast", "per_target")
KERNEL_SHAP_SAMPLES = 200
TRIAGE_NAMES = {"self_care": ("Self-care", "自我护理"), "routine": ("Routine", "常规就诊"),
                "urgent": ("Urgent", "紧急"), "emergency": ("Emergency", "急诊")}
_SECTION_NAMES = {"DX": ("Dx", "诊断"), "TRIAGE": ("Triage", "分诊"), "RX": ("Rx", "用药"), "NEXT": ("Next", "下一步")}
_GPU_LOCK = threading.Lock()


# ---------------------------------------------------------------------------------------------- result
@dataclass(frozen=True)
class Span:
    """A group of input tokens shown as one unit: a context token, a word, or a finding phrase."""
    kind: str                        # "context", "word" or "finding"
    text: str                        # as written in the note (context tokens: the token itself)
    tokens: tuple[int, ...]          # input-token indices (columns of the attribution matrix)
    start: int | None = None         # character offsets into the note (None for context tokens)
    end: int | None = None
    finding: str | None = None       # KB finding id for finding phrases
    present: bool | None = None      # False when the note negates the finding


@dataclass
class Explanation:
    """Attributions of every output token to every input token, for one case.

    input_tokens:    (T_in,) display form of each input token (context tokens, <sep>, note tokens)
    input_offsets:   (T_in,) (start, end) character span in the note, None for context tokens and <sep>
    n_context:       number of leading non-note tokens (context tokens + <sep>)
    output_tokens:   (T_out,) emitted target tokens, e.g. "DX:influenza", "TRIAGE:urgent"
    output_labels:   (T_out,) display names in English; ``labels("zh")`` for Chinese
    attributions:    (T_out, T_in) signed; row t explains log p(output t | outputs < t, input)
    method, params:  the method name and its parameters (baseline, n_steps, strategy, ...)
    target_logprob:  (T_out,) f(x): log-probability of each output token given the full input
    baseline_logprob:(T_out,) f(baseline): the same with the baseline input
    completeness_gap:(T_out,) |sum_s A[t, s] - (f(x) - f(b))| / |f(x) - f(b)| for methods that should be
                     complete (IG, DeepLift, KernelSHAP), NaN otherwise
    differential:    (n_dx,) condition ids of the differential, most likely first
    differential_attributions: (n_dx, T_in) attributions of log p(DX:c) at the first output position (where
                     the differential's likelihoods come from), one row per differential entry
    findings:        the prediction's finding mentions (KB lexicon, with negation), for phrase-level spans
    """
    input_tokens: list[str]
    input_offsets: list[tuple[int, int] | None]
    n_context: int
    output_tokens: list[str]
    output_labels: list[str]
    attributions: np.ndarray
    method: str
    params: dict
    target_logprob: np.ndarray
    baseline_logprob: np.ndarray
    completeness_gap: np.ndarray
    differential: list[str] = field(default_factory=list)
    differential_attributions: np.ndarray | None = None
    findings: list[Mention] = field(default_factory=list)
    text: str = ""
    labels_zh: list[str] = field(default_factory=list)
    differential_labels: dict = field(default_factory=dict)  # lang -> (n_dx,) condition names

    @property
    def is_attribution(self) -> bool:
        return self.method != "attention"

    def labels(self, lang: str = "en") -> list[str]:
        """Display names of the output rows ("Dx: Influenza", "分诊：紧急" ...)."""
        return self.labels_zh if lang == "zh" and self.labels_zh else self.output_labels

    # ------------------------------------------------------------------ aggregation
    def spans(self, level: str = "finding") -> list[Span]:
        """Input tokens grouped for display, in input order; every token except <sep> is in exactly one span.

        level "token": one span per token; "word": note tokens merged into words (letters and digits that
        touch, so "covid19" is one word; Chinese stays one character a word); "finding": words inside a
        finding phrase of the KB lexicon merged into that phrase. Context tokens are always their own span.
        """
        if level not in ("token", "word", "finding"):
            raise ValueError(f"level must be token, word or finding, got {level!r}")
        out: list[Span] = []
        for i in range(self.n_context):
            if self.input_tokens[i] != SEP:
                out.append(Span("context", self.input_tokens[i], (i,)))
        note = list(range(self.n_context, len(self.input_tokens)))
        groups = [[i] for i in note] if level == "token" else _words(self.text, note, self.input_offsets)
        phrases = {} if level != "finding" else {(m.start, m.end): m for m in self.findings}
        taken: set[int] = set()
        for (start, end), m in phrases.items():
            toks = tuple(i for i in note if start <= self.input_offsets[i][0] and self.input_offsets[i][1] <= end)
            if toks:
                taken.update(toks)
                out.append(Span("finding", self.text[start:end], toks, start, end, m.finding, m.present))
        for g in groups:
            rest = [i for i in g if i not in taken]   # a word only partly inside a phrase keeps the rest
            if rest:
                start, end = self.input_offsets[rest[0]][0], self.input_offsets[rest[-1]][1]
                out.append(Span("word", self.text[start:end], tuple(rest), start, end))
        return sorted(out, key=lambda s: s.tokens[0])

    def span_scores(self, row: int, level: str = "finding", differential: bool = False) -> list[tuple[Span, float]]:
        """(span, summed attribution) for one output row (or one differential entry), in input order."""
        a = (self.differential_attributions if differential else self.attributions)[row]
        return [(s, float(a[list(s.tokens)].sum())) for s in self.spans(level)]

    def evidence(self, entry: int | str = 0, k: int = 5, level: str = "finding") -> dict:
        """Evidence for and against one differential entry (index or condition id): the ``k`` spans that
        raise its first-position log-probability most, and the ``k`` that lower it most."""
        if isinstance(entry, str):
            entry = self.differential.index(entry)
        if self.differential_attributions is None:
            raise ValueError("this explanation has no differential rows")
        scored = self.span_scores(entry, level, differential=True)
        pos = sorted([x for x in scored if x[1] > 0], key=lambda x: -x[1])[:k]
        neg = sorted([x for x in scored if x[1] < 0], key=lambda x: x[1])[:k]
        return {"condition": self.differential[entry], "for": pos, "against": neg}

    def to_dict(self, lang: str = "en") -> dict:
        """JSON-ready form (numbers rounded to 6 significant digits)."""
        r = lambda a: None if a is None else np.round(np.asarray(a, dtype=float), 6).tolist()
        nan = lambda a: [None if not math.isfinite(x) else round(float(x), 6) for x in a]
        return {
            "method": self.method, "params": self.params, "is_attribution": self.is_attribution,
            "input_tokens": self.input_tokens, "input_offsets": [list(o) if o else None for o in self.input_offsets],
            "n_context": self.n_context, "output_tokens": self.output_tokens, "output_labels": self.labels(lang),
            "attributions": r(self.attributions), "target_logprob": nan(self.target_logprob),
            "baseline_logprob": nan(self.baseline_logprob), "completeness_gap": nan(self.completeness_gap),
            "differential": self.differential, "differential_attributions": r(self.differential_attributions),
            "spans": [{"kind": s.kind, "text": s.text, "tokens": list(s.tokens), "start": s.start, "end": s.end,
                       "finding": s.finding, "present": s.present} for s in self.spans("finding")],
            "evidence": [{"condition": e["condition"],
                          "for": [{"text": s.text, "score": round(v, 6)} for s, v in e["for"]],
                          "against": [{"text": s.text, "score": round(v, 6)} for s, v in e["against"]]}
                         for e in (self.evidence(i) for i in range(len(self.differential)))]
            if self.differential_attributions is not None else [],
        }


def _words(text: str, note: list[int], offsets) -> list[list[int]]:
    """Merge note tokens into words: alphanumeric non-CJK tokens that touch in the text."""
    groups: list[list[int]] = []
    for i in note:
        tok = text[offsets[i][0]:offsets[i][1]]
        joinable = tok[:1].isalnum() and not _is_cjk(tok)
        if groups and joinable and offsets[groups[-1][-1]][1] == offsets[i][0]:
            prev = text[offsets[groups[-1][-1]][0]:offsets[groups[-1][-1]][1]]
            if prev[-1:].isalnum() and not _is_cjk(prev):
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups


def _is_cjk(s: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in s)


# ---------------------------------------------------------------------------------------------- engine
@dataclass(frozen=True)
class _Targets:
    """What the rows explain: log p(token r at output position r) under teacher forcing on ``tgt_in``.

    tgt_in:    (1, T) <bos> + the emitted tokens but the last
    positions: (R,) output position of each row
    tokens:    (R,) target-vocabulary id of each row
    """
    tgt_in: torch.Tensor
    positions: torch.Tensor
    tokens: torch.Tensor


def _logprobs(model: Seq2Seq, emb: torch.Tensor, targets: _Targets) -> torch.Tensor:
    """emb (B, S, E) -> (B, R) log-probabilities of every row's token, one teacher-forced forward."""
    B, S = emb.shape[:2]
    lengths = torch.full((B,), S, dtype=torch.long, device=emb.device)
    logits = model.forward_embedded(emb, lengths, targets.tgt_in.expand(B, -1))          # (B, T, V)
    logp = torch.log_softmax(logits[:, targets.positions], dim=-1)                       # (B, R, V)
    return logp.gather(2, targets.tokens.view(1, -1, 1).expand(B, -1, 1)).squeeze(2)     # (B, R)


class _Engine:
    """Gradients of all R rows at K input points in one pass (the ``fast`` strategy).

    The encoder BiLSTM runs forward once per point (K rows), keeping its gate activations. The decoder
    side runs under autograd at K x R rows (one per point and target), which is cheap: its LSTM reads only
    the target prefix and each row needs one attention query. That gives, per row, the cotangent on the
    encoder outputs and final states; the BiLSTM's adjoint recurrence then carries all K x R cotangents back
    to the embeddings at once, batched (nn.LSTM's own backward would need one pass per target). The result
    is the exact gradient, so it matches Captum's per-target loop to float rounding.
    """

    def __init__(self, model: Seq2Seq):
        self.model = model
        lstm = model.encoder.lstm
        self.dirs = [(lstm.weight_ih_l0, lstm.weight_hh_l0, lstm.bias_ih_l0 + lstm.bias_hh_l0),
                     (lstm.weight_ih_l0_reverse, lstm.weight_hh_l0_reverse,
                      lstm.bias_ih_l0_reverse + lstm.bias_hh_l0_reverse)]
        self.dirs = [tuple(w.detach() for w in d) for d in self.dirs]

    @staticmethod
    def _lstm(x: torch.Tensor, w_ih, w_hh, b, reverse: bool):
        """x (K, S, E) -> (h (K, S, H), c (K, S, H), P (S, K, 4, H), Q (S, K, H), f (S, K, H)): the outputs and
        the local derivatives the adjoint needs (gates i, f, g, o; c_t = f c_{t-1} + i g; h_t = o tanh(c_t))."""
        K, S, _ = x.shape
        H = w_hh.size(1)
        xw = torch.addmm(b, x.reshape(K * S, -1), w_ih.t()).view(K, S, 4 * H).transpose(0, 1)  # (S, K, 4H)
        gates = x.new_empty(S, K, 4, H)
        cs, tcs = x.new_empty(S, K, H), x.new_empty(S, K, H)
        h, c = x.new_zeros(K, H), x.new_zeros(K, H)
        for s in (range(S - 1, -1, -1) if reverse else range(S)):
            z = torch.addmm(xw[s], h, w_hh.t()).view(K, 4, H)                                 # (K, 4, H)
            g = gates[s]
            torch.sigmoid(z, out=g)
            torch.tanh(z[:, 2], out=g[:, 2])
            c = g[:, 1] * c + g[:, 0] * g[:, 2]
            tc = torch.tanh(c)
            h = g[:, 3] * tc
            cs[s], tcs[s] = c, tc
        i, f, gg, o = gates.unbind(2)                                                          # (S, K, H)
        c_prev = torch.zeros_like(cs)
        if reverse:
            c_prev[:-1] = cs[1:]
        else:
            c_prev[1:] = cs[:-1]
        # dz = [dc * P_i, dc * P_f, dc * P_g, dh * P_o]; dc += dh * Q; dc_prev = dc * f
        P = torch.stack([gg * i * (1 - i), c_prev * f * (1 - f), i * (1 - gg * gg), tcs * o * (1 - o)], dim=2)
        Q = o * (1 - tcs * tcs)
        h_out = (o * tcs).transpose(0, 1)
        return h_out, cs.transpose(0, 1), P, Q, f.contiguous()

    @staticmethod
    def _adjoint(P, Q, f, w_hh, cot, dh, dc, U, weights, reverse: bool):
        """Carry K x R cotangents back through one LSTM direction (the linear adjoint recurrence).

        P, Q, f from ``_lstm``; cot = (a (S, K, R, 1), q (K, R, H), b (S, K, R, 1), v (K, R, H)): the cotangent
        on output s is a[s] q + b[s] v (attention's two paths, kept factored); dh, dc (K, R, H) on the final
        state. With U (K|1, S, 4H) = directions @ W_ih^T returns sum_k w_k <grad_x_s, direction_s> per
        (row, token) as (R, S); with U None returns the gate cotangents (K, R, S, 4H) for full gradients.
        """
        S, K, _, H = P.shape
        a, q, b, v = cot
        R = q.size(1)
        shared = U is not None and U.size(0) == 1     # one direction for every point (IG): sum over k first
        if U is None:
            out = P.new_empty(K, R, S, 4 * H)
        elif shared:
            Z = P.new_empty(S, R, 4 * H)                  # sum_k w_k dz[k]
        else:
            out = P.new_empty(R, S)
            Uw = (U * weights.view(-1, 1, 1)).transpose(0, 1).unsqueeze(3)                     # (S, K, 4H, 1)
        dz = P.new_empty(K, R, 4, H)
        for s in (range(S) if reverse else range(S - 1, -1, -1)):
            dh = torch.addcmul(torch.addcmul(dh, a[s], q), b[s], v)
            dc = torch.addcmul(dc, dh, Q[s].unsqueeze(1))
            torch.mul(dc.unsqueeze(2), P[s, :, None, :3], out=dz[:, :, :3])
            torch.mul(dh, P[s, :, None, 3], out=dz[:, :, 3])
            flat = dz.view(K, R * 4 * H)
            if U is None:
                out[:, :, s] = flat.view(K, R, 4 * H)
            elif shared:
                torch.mv(flat.t(), weights, out=Z[s].view(-1))
            else:
                out[:, s] = torch.bmm(flat.view(K, R, 4 * H), Uw[s]).sum(0).squeeze(1)
            dc = dc * f[s].unsqueeze(1)
            dh = (flat.view(K * R, 4 * H) @ w_hh).view(K, R, H)
        if shared:
            out = torch.einsum("srj,sj->rs", Z, U[0])
        return out

    def gradients(self, points: torch.Tensor, targets: _Targets, directions: torch.Tensor | None,
                  weights: torch.Tensor) -> torch.Tensor:
        """points (K, S, E) -> sum_k weights[k] * <d row_r / d x_s at point k, directions[k, s]> as (R, S);
        with directions None, the full gradients (K, R, S, E)."""
        model = self.model
        K, S, _ = points.shape
        R = targets.tokens.numel()
        with torch.no_grad():
            runs = [self._lstm(points, w_ih, w_hh, b, reverse=d == 1) for d, (w_ih, w_hh, b) in enumerate(self.dirs)]
        H = runs[0][0].size(2)
        enc = torch.cat([runs[0][0], runs[1][0]], dim=2)                                        # (K, S, 2H)
        h_last = torch.cat([runs[0][0][:, -1], runs[1][0][:, 0]], dim=1)                        # (K, 2H)
        c_last = torch.cat([runs[0][1][:, -1], runs[1][1][:, 0]], dim=1)
        # Decoder side, one row per (point, target): leaves on the encoder's final states, and the
        # attention's scores and context kept so the cotangent on ``enc`` can be formed per row.
        with torch.enable_grad():
            h_cat = h_last.repeat_interleave(R, 0).requires_grad_()                            # (K*R, 2H)
            c_cat = c_last.repeat_interleave(R, 0).requires_grad_()
            dec = model.decoder
            h0 = torch.tanh(model.encoder.bridge_h(h_cat)).unsqueeze(0)                       # (1, K*R, H)
            c0 = torch.tanh(model.encoder.bridge_c(c_cat)).unsqueeze(0)
            pos = targets.positions.repeat(K)                                                   # (K*R,)
            y = dec.embedding(targets.tgt_in.expand(K * R, -1))                                 # (K*R, T, E_t)
            packed = nn.utils.rnn.pack_padded_sequence(y, (pos + 1).cpu(), batch_first=True, enforce_sorted=False)
            out, _ = dec.lstm(packed, (h0, c0))
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
            h = out[torch.arange(K * R, device=pos.device), pos]                                                   # (K*R, H)
            # Luong general: score_s = scale * h W enc_s = q . enc_s with q = scale * W^T h
            q = (h @ dec.attention.proj.weight).view(K, R, 2 * H) * dec.attention.scale
            scores = torch.bmm(q, enc.transpose(1, 2))                                          # (K, R, S)
            attn = torch.softmax(scores, dim=-1)
            context = torch.bmm(attn, enc)                                                      # (K, R, 2H)
            mixed = torch.tanh(dec.combine(torch.cat([h, context.view(K * R, -1)], dim=-1)))
            logp = torch.log_softmax(dec.out(mixed), dim=-1)
            sel = logp.gather(1, targets.tokens.repeat(K).unsqueeze(1)).sum()
            d_scores, d_context, d_h, d_c = torch.autograd.grad(sel, [scores, context, h_cat, c_cat])
        with torch.no_grad():
            # cotangent on enc[s] per row = d_scores[s] q + attn[s] d_context (both paths of the attention)
            a = d_scores.permute(2, 0, 1).unsqueeze(3).contiguous()                            # (S, K, R, 1)
            b = attn.detach().permute(2, 0, 1).unsqueeze(3).contiguous()
            q = q.detach()
            d_h, d_c = d_h.view(K, R, 2 * H), d_c.view(K, R, 2 * H)
            total = None
            for d, ((w_ih, w_hh, _), (_, _, P, Q, f)) in enumerate(zip(self.dirs, runs)):
                half = slice(d * H, (d + 1) * H)
                U = None if directions is None else (directions @ w_ih.t())                   # (K|1, S, 4H)
                cot = (a, q[..., half].contiguous(), b, d_context[..., half].contiguous())
                res = self._adjoint(P, Q, f, w_hh, cot, d_h[..., half].contiguous(), d_c[..., half].contiguous(),
                                    U, weights, reverse=d == 1)
                if directions is None:
                    res = res @ w_ih                                                            # (K, R, S, E)
                total = res if total is None else total + res
            return total


# ---------------------------------------------------------------------------------------------- reference
class _Embed(nn.Module):
    """A per-call embedding layer sharing the model's weights: Captum's layer hooks land here, never on the
    shared model, so concurrent predictions and explanations cannot see each other's hooks."""

    def __init__(self, weight: torch.Tensor):
        super().__init__()
        self.weight = weight

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return F.embedding(ids, self.weight)


class _Row(nn.Module):
    """ids (B, S) -> (B,) log-probability of one row's token: the forward Captum attributes, one row at a time."""

    def __init__(self, model: Seq2Seq, targets: _Targets, row: int):
        super().__init__()
        self.__dict__["model"] = model   # not a registered child: Captum's module walks stay off the shared model
        self.embed = _Embed(model.src_embedding.weight.detach())
        self.targets = targets
        self.row = row

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.from_embedded(self.embed(ids))

    def from_embedded(self, emb: torch.Tensor) -> torch.Tensor:
        return _logprobs(self.model, emb, self.targets)[:, self.row]


# ---------------------------------------------------------------------------------------------- explainer
class Explainer:
    """Explains a bundle's predictions. Thread-safe: one instance can serve every session of the app."""

    def __init__(self, bundle: Bundle, predictor: Predictor | None = None):
        self.bundle = bundle
        self.model = bundle.model
        self.predictor = predictor or Predictor(bundle)
        self._engine = _Engine(self.model)

    def explain(self, case: Case, prediction: Prediction | None = None, method: str = "integrated_gradients",
                baseline: str = "pad", n_steps: int = 50, strategy: str = "fast", seed: int = 0) -> Explanation:
        """Attributions of every output token of ``prediction`` (predicted here when None) to every input token.

        method: a key of METHODS; baseline: a key of BASELINES; n_steps: integration steps (IG), samples
        (GradientSHAP); strategy "fast" (all targets in one pass) or "per_target" (Captum, one call per row);
        seed: for the sampling methods (GradientSHAP, KernelSHAP).
        """
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
        if baseline not in BASELINES:
            raise ValueError(f"unknown baseline {baseline!r}; choose from {', '.join(BASELINES)}")
        if strategy not in STRATEGIES:
            raise ValueError(f"unknown strategy {strategy!r}; choose from {', '.join(STRATEGIES)}")
        if not isinstance(n_steps, int) or not 1 <= n_steps <= 1000:
            raise ValueError(f"n_steps must be a whole number from 1 to 1000, got {n_steps!r}")
        if self.model.training:
            raise ValueError("the model is in training mode: explanations need the eval-mode model")
        prediction = prediction or self.predictor.predict(case)
        enc = prediction.encoded
        ids = torch.tensor([enc.ids], device=self._device)
        targets, diff_rows = self._targets(prediction)
        base = self._baseline_ids(ids, enc.n_context, baseline)
        groups = _groups(enc, case.text)
        with _attribution_pass(self._device), torch.no_grad():
            x, b = self.model.src_embedding(ids), self.model.src_embedding(base)
            if method == "attention":
                attr = self._attention(x, targets)
            elif strategy == "fast":
                attr = self._fast(method, ids, x, b, base, targets, n_steps, groups, seed)
            else:
                attr = self._per_target(method, ids, x, base, targets, n_steps, groups, seed)
            fx, fb = _logprobs(self.model, torch.cat([x, b]), targets)
        attr, fx, fb = attr.detach().cpu().double().numpy(), fx.cpu().double().numpy(), fb.cpu().double().numpy()
        gap = np.full(len(fx), np.nan)
        if method in COMPLETE_METHODS:
            gap = np.abs(attr.sum(1) - (fx - fb)) / np.maximum(np.abs(fx - fb), 1e-12)
        T = len(prediction.output_tokens)
        params = {"baseline": baseline, "n_steps": n_steps, "strategy": strategy}
        if method in ("gradient_shap", "kernel_shap"):
            params["seed"] = seed
        if method in WORD_METHODS:
            params["feature_groups"] = [list(g) for g in groups]
        return Explanation(
            input_tokens=list(enc.tokens), input_offsets=list(enc.offsets), n_context=enc.n_context,
            output_tokens=list(prediction.output_tokens), output_labels=self.labels(prediction.output_tokens, "en"),
            attributions=attr[:T], method=method, params=params, target_logprob=fx[:T], baseline_logprob=fb[:T],
            completeness_gap=gap[:T], differential=[d.condition_id for d in prediction.differential],
            differential_attributions=attr[diff_rows], findings=list(prediction.findings), text=case.text,
            labels_zh=self.labels(prediction.output_tokens, "zh"),
            differential_labels={lang: [d.name(lang) for d in prediction.differential] for lang in ("en", "zh")})

    # ------------------------------------------------------------------ pieces
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

    def _targets(self, prediction: Prediction) -> tuple[_Targets, list[int]]:
        """The emitted tokens as rows 0..T-1, then the differential entries not already row 0 (at position 0)."""
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
        return _Targets(tgt_in, torch.tensor(positions, device=self._device),
                        torch.tensor(tokens, device=self._device)), diff_rows

    def _baseline_ids(self, ids: torch.Tensor, n_context: int, baseline: str) -> torch.Tensor:
        tok = self.bundle.tokenizer
        base = ids.clone()
        keep = ids == tok.sep_id
        if baseline == "pad_note":
            keep[:, :n_context] = True
        fill = tok.unk_id if baseline == "unk" else tok.pad_id
        return torch.where(keep, ids, torch.full_like(ids, fill))

    def _attention(self, x: torch.Tensor, targets: _Targets) -> torch.Tensor:
        lengths = torch.tensor([x.size(1)], device=x.device)
        _, weights = self.model.forward_embedded(x, lengths, targets.tgt_in, return_attention=True)
        return weights[0, targets.positions]                                                   # (R, S)

    def _fast(self, method, ids, x, b, base, targets, n_steps, groups, seed) -> torch.Tensor:
        eng, one = self._engine, torch.ones(1, device=x.device)
        if method == "integrated_gradients":
            step_sizes, alphas = approximation_parameters("gausslegendre")
            al = torch.tensor(alphas(n_steps), dtype=x.dtype, device=x.device).view(-1, 1, 1)
            w = torch.tensor(step_sizes(n_steps), dtype=x.dtype, device=x.device)
            return eng.gradients(b + al * (x - b), targets, x - b, w)
        if method == "saliency":
            return eng.gradients(x, targets, None, one)[0].abs().sum(-1)
        if method == "input_x_gradient":
            return eng.gradients(x, targets, x, one)
        if method == "deeplift":   # no DeepLift-rescaled modules in this model: gradient at x times (x - baseline)
            return eng.gradients(x, targets, x - b, one)
        if method == "gradient_shap":
            gen = torch.Generator().manual_seed(seed)
            pool = torch.cat([b, self.model.src_embedding(self._baseline_ids(ids, 0, "unk"))])  # pad- and unk-like
            pick = torch.randint(0, len(pool), (n_steps,), generator=gen).to(x.device)
            alpha = torch.rand(n_steps, generator=gen).to(x.device).view(-1, 1, 1)
            starts = pool[pick]
            w = torch.full((n_steps,), 1.0 / n_steps, device=x.device)
            dirs = x - starts
            return eng.gradients(starts + alpha * dirs, targets, dirs, w)
        if method == "occlusion":
            return self._occlusion(ids, base, targets, groups)
        return self._kernel_shap(ids, base, targets, groups, seed)

    def _occlusion(self, ids, base, targets, groups) -> torch.Tensor:
        """All word ablations in one batched forward: every row's drop f(x) - f(x without word g) at once."""
        variants = ids.repeat(len(groups) + 1, 1)
        for g, toks in enumerate(groups):
            variants[g + 1, list(toks)] = base[0, list(toks)]
        logp = _logprobs(self.model, self.model.src_embedding(variants), targets)              # (G+1, R)
        return _spread((logp[0] - logp[1:]).t(), groups, ids.size(1))

    def _kernel_shap(self, ids, base, targets, groups, seed) -> torch.Tensor:
        """KernelSHAP (Lundberg & Lee 2017) over words with one shared set of coalitions for every row: one
        batched forward, then one weighted least-squares solve with a column per row."""
        M = len(groups)
        gen = torch.Generator().manual_seed(seed)
        coalitions = _shap_coalitions(M, KERNEL_SHAP_SAMPLES, gen)                             # (N, M) 0/1
        variants = ids.repeat(len(coalitions), 1)
        for g, toks in enumerate(groups):
            off = coalitions[:, g] == 0
            variants[off.nonzero().squeeze(1)[:, None], torch.tensor(toks)[None, :]] = base[0, list(toks)]
        logp = _logprobs(self.model, self.model.src_embedding(variants), targets).double().cpu()  # (N, R)
        # the empty and full coalitions get a large weight: the fit then (nearly) satisfies efficiency
        weights = torch.ones(len(coalitions), dtype=torch.float64)
        weights[:2] = 1e6
        design = torch.cat([torch.ones(len(coalitions), 1, dtype=torch.float64), coalitions.double()], dim=1)
        sw = weights.sqrt().unsqueeze(1)
        coef = torch.linalg.lstsq(design * sw, logp * sw).solution                           # (1 + M, R)
        return _spread(coef[1:].t().to(ids.device, torch.float32), groups, ids.size(1))

    def _per_target(self, method, ids, x, base, targets, n_steps, groups, seed) -> torch.Tensor:
        """The reference: one Captum ``attribute`` call per row, exactly as Captum's docs use each method."""
        rows = []
        mask = torch.zeros_like(ids)
        for g, toks in enumerate(groups):
            mask[0, list(toks)] = g + 1        # 0: <sep>, whose baseline is itself (never ablated)
        for r in range(targets.tokens.numel()):
            row = _Row(self.model, targets, r)
            # Captum samples from the global RNG: seed it per row, and give the caller its RNG state back
            with torch.enable_grad(), torch.random.fork_rng(devices=[]):
                if method == "integrated_gradients":
                    a = LayerIntegratedGradients(row, row.embed).attribute(ids, base, n_steps=n_steps,
                                                                           method="gausslegendre").sum(-1)
                elif method == "saliency":
                    a = Saliency(row.from_embedded).attribute(x.clone().requires_grad_(), abs=True).sum(-1)
                elif method == "input_x_gradient":
                    a = LayerGradientXActivation(row, row.embed).attribute(ids).sum(-1)
                elif method == "deeplift":
                    a = LayerDeepLift(row, row.embed).attribute(ids, base).sum(-1)
                elif method == "gradient_shap":
                    torch.manual_seed(seed)
                    pool = self.model.src_embedding(torch.cat([base, self._baseline_ids(ids, 0, "unk")]))
                    a = GradientShap(row.from_embedded).attribute(x.clone(), pool, n_samples=n_steps).sum(-1)
                elif method == "occlusion":
                    a = FeatureAblation(row).attribute(ids, base, feature_mask=mask, perturbations_per_eval=64)
                    a = a.float() / torch.bincount(mask[0])[mask[0]].clamp(min=1)
                else:
                    torch.manual_seed(seed)
                    ks = KernelShap(row)
                    ks.interpretable_model = _LeastSquares()   # Captum's default needs scikit-learn
                    a = ks.attribute(ids, base, feature_mask=mask, n_samples=KERNEL_SHAP_SAMPLES,
                                                  perturbations_per_eval=KERNEL_SHAP_SAMPLES)
                    a = a.float() / torch.bincount(mask[0])[mask[0]].clamp(min=1)
            rows.append(a.detach()[0])
        return torch.stack(rows)


class _LeastSquares(CaptumModel):
    """Weighted linear least squares with an intercept, closed form: the surrogate KernelSHAP fits."""

    def fit(self, train_data, **kwargs):
        xs, ys, ws = zip(*[(b[0], b[1], b[2] if len(b) > 2 else torch.ones(len(b[0]))) for b in train_data])
        x, y, w = torch.cat(xs).double(), torch.cat(ys).double().view(-1, 1), torch.cat(ws).double().view(-1, 1)
        design = torch.cat([torch.ones(len(x), 1, dtype=torch.float64), x], dim=1) * w.sqrt()
        self.coef = torch.linalg.lstsq(design, y * w.sqrt()).solution[:, 0]
        return {}

    def representation(self) -> torch.Tensor:
        return self.coef[1:].float().unsqueeze(0)

    def __call__(self, x):
        return self.coef[0].float() + x.float() @ self.coef[1:].float()


def _groups(encoded, text: str) -> list[tuple[int, ...]]:
    """Word-level features for the perturbation methods: each context token alone, note tokens as words."""
    ctx = [(i,) for i in range(encoded.n_context) if encoded.tokens[i] != SEP]
    note = list(range(encoded.n_context, len(encoded.ids)))
    return ctx + [tuple(g) for g in _words(text, note, encoded.offsets)]


def _spread(values: torch.Tensor, groups, S: int) -> torch.Tensor:
    """(R, G) word scores -> (R, S) token scores, each word's score shared equally by its tokens."""
    out = values.new_zeros(values.size(0), S)
    for g, toks in enumerate(groups):
        out[:, list(toks)] = values[:, g:g + 1] / len(toks)
    return out


def _shap_coalitions(M: int, n: int, gen: torch.Generator) -> torch.Tensor:
    """Empty and full coalitions, then ``n`` drawn from the Shapley kernel: size k with probability
    proportional to (M - 1) / (k (M - k)), members uniform."""
    rows = [torch.zeros(M), torch.ones(M)]
    if M > 1:
        ks = torch.arange(1, M, dtype=torch.float64)
        p = (M - 1) / (ks * (M - ks))
        sizes = torch.multinomial(p / p.sum(), n, replacement=True, generator=gen) + 1
        for k in sizes.tolist():
            row = torch.zeros(M)
            row[torch.randperm(M, generator=gen)[:k]] = 1
            rows.append(row)
    return torch.stack(rows)


@contextmanager
def _attribution_pass(device: torch.device):
    """On a GPU, cuDNN's LSTM backward refuses eval mode: disable cuDNN for the pass rather than switching the
    shared model to train mode. The switch is process-wide, so GPU passes take a lock."""
    if device.type != "cuda":
        yield
        return
    with _GPU_LOCK, torch.backends.cudnn.flags(enabled=False):
        yield


# ---------------------------------------------------------------------------------------------- faithfulness
def _logprobs_ids(model: Seq2Seq, seqs: list[list[int]], targets: _Targets) -> torch.Tensor:
    """Inputs of different lengths (B lists of ids) -> (B, R) row log-probabilities, one padded forward."""
    device = model.src_embedding.weight.device
    S = max(len(s) for s in seqs)
    src = torch.zeros(len(seqs), S, dtype=torch.long, device=device)
    for i, s in enumerate(seqs):
        src[i, :len(s)] = torch.tensor(s, device=device)
    lengths = torch.tensor([len(s) for s in seqs], device=device)
    logits = model(src, lengths, targets.tgt_in.expand(len(seqs), -1))
    logp = torch.log_softmax(logits[:, targets.positions], dim=-1)
    return logp.gather(2, targets.tokens.view(1, -1, 1).expand(len(seqs), -1, 1)).squeeze(2)


@torch.no_grad()
def eraser(explainer: Explainer, expl: Explanation, prediction: Prediction, fraction: float = 0.2,
           n_random: int = 5, seed: int = 0) -> dict[str, np.ndarray]:
    """ERASER faithfulness (DeYoung et al. 2020) per output row, against random tokens of the same number.

    comprehensiveness = p(y|x) - p(y|x without the top ``fraction`` of tokens): high when they mattered.
    sufficiency       = p(y|x) - p(y|only those tokens): low when they suffice.
    Tokens are deleted, as ERASER does; <sep> always stays. Returns arrays of shape (T_out,).
    """
    ids, sep = prediction.encoded.ids, explainer.bundle.tokenizer.sep_id
    cand = [i for i, t in enumerate(ids) if t != sep]
    k = max(1, round(fraction * len(cand)))
    rng = np.random.default_rng(seed)
    targets, _ = explainer._targets(prediction)
    T = len(expl.output_tokens)
    keep_only = lambda chosen: [t for i, t in enumerate(ids) if i in chosen or t == sep]
    drop = lambda chosen: [t for i, t in enumerate(ids) if i not in chosen] or [sep]
    seqs = [ids]
    for r in range(T):
        top = {cand[j] for j in np.argsort(-expl.attributions[r, cand], kind="stable")[:k]}
        seqs += [drop(top), keep_only(top)]
        for _ in range(n_random):
            rand = set(rng.choice(cand, size=k, replace=False).tolist())
            seqs += [drop(rand), keep_only(rand)]
    p = _logprobs_ids(explainer.model, seqs, targets).exp().cpu().double().numpy()[:, :T]   # (B, R)
    per = 2 + 2 * n_random
    out = {name: np.zeros(T) for name in ("comprehensiveness", "sufficiency", "random_comprehensiveness",
                                          "random_sufficiency")}
    for r in range(T):
        block = p[1 + r * per: 1 + (r + 1) * per, r]
        out["comprehensiveness"][r] = p[0, r] - block[0]
        out["sufficiency"][r] = p[0, r] - block[1]
        out["random_comprehensiveness"][r] = np.mean(p[0, r] - block[2::2])
        out["random_sufficiency"][r] = np.mean(p[0, r] - block[3::2])
    return out


def randomized(explainer: Explainer, seed: int = 0) -> Explainer:
    """An explainer over a weight-randomised copy of the model (the shared model is never touched): every
    weight tensor redrawn from a normal with that tensor's own spread (Adebayo et al. 2018, full cascade)."""
    model = copy.deepcopy(explainer.model)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for p in model.parameters():
            std = float(p.std()) if p.numel() > 1 else 0.1
            p.copy_(torch.randn(p.shape, generator=gen) * (std or 0.1))
    from dataclasses import replace
    return Explainer(replace(explainer.bundle, model=model.eval()), predictor=explainer.predictor)


def rank_correlation(a: np.ndarray, b: np.ndarray, skip: list[int] | None = None) -> float:
    """Mean over rows of the Spearman rank correlation of two (T_out, T_in) attribution matrices."""
    from scipy.stats import spearmanr
    cols = [i for i in range(a.shape[1]) if i not in set(skip or [])]
    rhos = [spearmanr(x[cols], y[cols]).statistic for x, y in zip(a, b)]
    rhos = [r for r in rhos if np.isfinite(r)]
    return float(np.mean(rhos)) if rhos else float("nan")


NOTE_DEPENDENT = 0.01   # |log p(x) - log p(baseline)| in nats: below it the note hardly moves the output (a
                        # medication fixed by the diagnosis before it), and a relative gap is mostly float rounding


def evaluate_explanations(bundle: Bundle, n: int = 50, seed: int | None = None, lang: str = "mix",
                          method: str = "integrated_gradients", baseline: str = "pad", n_steps: int = 50,
                          fraction: float = 0.2, progress=None) -> dict:
    """Faithfulness of explanations on ``n`` fresh generated cases: completeness gap, ERASER against random
    tokens, and the model-randomisation sanity check. ``progress(done, total)`` is called per case."""
    import time
    from .evaluate import EVAL_SEED
    from .synth import Generator
    if n < 1:
        raise ValueError("n must be at least 1")
    explainer = Explainer(bundle)
    random_explainer = randomized(explainer, seed=0)
    synth = list(Generator(bundle.kb).generate(n, EVAL_SEED if seed is None else seed, lang))
    cases = [Case(s.text, s.age, s.sex, s.flags) for s in synth]
    preds = explainer.predictor.predict_many(cases)
    gaps, lead_gaps, moved_gaps, errs, deltas, comp, rcomp, suff, rsuff, beats, rho, ms = ([] for _ in range(12))
    for i, (case, pred) in enumerate(zip(cases, preds)):
        t0 = time.perf_counter()
        expl = explainer.explain(case, pred, method, baseline, n_steps)
        ms.append((time.perf_counter() - t0) * 1000)
        gaps += [g for g in expl.completeness_gap.tolist() if np.isfinite(g)]
        lead_gaps.append(float(expl.completeness_gap[0]))
        delta = expl.target_logprob - expl.baseline_logprob
        moved_gaps += [float(g) for g, d in zip(expl.completeness_gap, delta) if abs(d) >= NOTE_DEPENDENT and np.isfinite(g)]
        errs.append(float(np.abs(expl.attributions.sum(1) - delta).sum()))
        deltas.append(float(np.abs(delta).sum()))
        e = eraser(explainer, expl, pred, fraction, seed=i)
        comp.append(e["comprehensiveness"].mean())
        rcomp.append(e["random_comprehensiveness"].mean())
        suff.append(e["sufficiency"].mean())
        rsuff.append(e["random_sufficiency"].mean())
        beats.append(comp[-1] > rcomp[-1])
        rand = random_explainer.explain(case, pred, method, baseline, n_steps)
        sep = [j for j, t in enumerate(pred.encoded.ids) if t == bundle.tokenizer.sep_id]
        rho.append(rank_correlation(expl.attributions, rand.attributions, skip=sep))
        if progress:
            progress(i + 1, n)
    med = lambda xs: round(float(np.median(xs)), 6) if len(xs) else None
    return {
        "n": n, "method": method, "baseline": baseline, "n_steps": n_steps, "top_fraction": fraction,
        "completeness_gap_median": med(gaps), "completeness_gap_p90": round(float(np.percentile(gaps, 90)), 4)
        if gaps else None,
        # the per-row gap divides by |f(x) - f(b)|, tiny for near-certain rows (medications, next steps);
        # these two read the same error where the output moved: the leading diagnosis' row, and pooled
        "completeness_gap_median_leading_dx": med(lead_gaps),
        # rows whose output the note moves by at least NOTE_DEPENDENT nats between baseline and input
        "completeness_gap_median_note_dependent": med(moved_gaps), "note_dependent_rows": len(moved_gaps),
        "rows": len(gaps),
        "completeness_gap_pooled": round(sum(errs) / max(sum(deltas), 1e-12), 6),
        "comprehensiveness_median": med(comp), "random_comprehensiveness_median": med(rcomp),
        "comprehensiveness_beats_random": round(float(np.mean(beats)), 4),
        "sufficiency_median": med(suff), "random_sufficiency_median": med(rsuff),
        "randomization_rank_corr": med(rho), "explain_ms_median": med(ms),
    }

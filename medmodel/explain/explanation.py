"""The result of an explanation: an attribution matrix plus everything needed to show it (numpy only, no torch).

Spans group input tokens for display: a context token, a word, or a finding phrase of the knowledge base.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..findings import Mention
from ..tokenizer import SEP

LEVELS = ("token", "word", "finding")


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


@dataclass(kw_only=True)
class Explanation:
    """Attributions of every output token to every input token, for one case.

    input_tokens:    (T_in,) display form of each input token (context tokens, <sep>, note tokens)
    input_offsets:   (T_in,) (start, end) character span in the note, None for context tokens and <sep>
    n_context:       number of leading non-note tokens (context tokens + <sep>)
    text:            the note the offsets point into
    output_tokens:   (T_out,) emitted target tokens, e.g. "DX:influenza", "TRIAGE:urgent"
    output_labels:   lang -> (T_out,) display names ("Dx: Influenza", "分诊：紧急"); read them with ``labels(lang)``
    attributions:    (T_out, T_in) signed; row t explains log p(output t | outputs < t, input)
    method, params:  the method name and its parameters (baseline, n_steps, strategy, ...)
    target_logprob:  (T_out,) f(x): log-probability of each output token given the full input
    baseline_logprob:(T_out,) f(baseline): the same with the baseline input
    completeness_gap:(T_out,) |sum_s A[t, s] - (f(x) - f(b))| / |f(x) - f(b)| for methods that should be
                     complete (IG, DeepLift, KernelSHAP), NaN otherwise
    differential:    (n_dx,) condition ids of the differential, most likely first
    differential_attributions: (n_dx, T_in) attributions of log p(DX:c) at the first output position (where
                     the differential's likelihoods come from), one row per differential entry
    differential_labels: lang -> (n_dx,) condition names
    findings:        the prediction's finding mentions (KB lexicon, with negation), for phrase-level spans
    """
    input_tokens: list[str]
    input_offsets: list[tuple[int, int] | None]
    n_context: int
    text: str
    output_tokens: list[str]
    output_labels: dict[str, list[str]]
    attributions: np.ndarray
    method: str
    params: dict
    target_logprob: np.ndarray
    baseline_logprob: np.ndarray
    completeness_gap: np.ndarray
    differential: list[str] = field(default_factory=list)
    differential_attributions: np.ndarray | None = None
    differential_labels: dict[str, list[str]] = field(default_factory=dict)
    findings: list[Mention] = field(default_factory=list)

    @property
    def is_attribution(self) -> bool:
        return self.method != "attention"

    def labels(self, lang: str = "en") -> list[str]:
        """Display names of the output rows ("Dx: Influenza", "分诊：紧急" ...); English when ``lang`` is missing."""
        return self.output_labels.get(lang) or self.output_labels["en"]

    # ------------------------------------------------------------------ aggregation
    def spans(self, level: str = "finding") -> list[Span]:
        """Input tokens grouped for display, in input order; every token except <sep> is in exactly one span.

        level "token": one span per token; "word": note tokens merged into words (letters and digits that
        touch, so "covid19" is one word; Chinese stays one character a word); "finding": words inside a
        finding phrase of the KB lexicon merged into that phrase. Context tokens are always their own span.
        """
        if level not in LEVELS:
            raise ValueError(f"level must be token, word or finding, got {level!r}")
        out: list[Span] = []
        for i in range(self.n_context):
            if self.input_tokens[i] != SEP:
                out.append(Span("context", self.input_tokens[i], (i,)))
        note = list(range(self.n_context, len(self.input_tokens)))
        groups = [[i] for i in note] if level == "token" else words(self.text, note, self.input_offsets)
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
        """JSON-ready form (numbers rounded to 6 decimals, NaN as null)."""
        return {
            "method": self.method, "params": self.params, "is_attribution": self.is_attribution,
            "input_tokens": self.input_tokens, "input_offsets": [list(o) if o else None for o in self.input_offsets],
            "n_context": self.n_context, "output_tokens": self.output_tokens, "output_labels": self.labels(lang),
            "attributions": _rounded(self.attributions), "target_logprob": _finite(self.target_logprob),
            "baseline_logprob": _finite(self.baseline_logprob), "completeness_gap": _finite(self.completeness_gap),
            "differential": self.differential, "differential_attributions": _rounded(self.differential_attributions),
            "spans": [{"kind": s.kind, "text": s.text, "tokens": list(s.tokens), "start": s.start, "end": s.end,
                       "finding": s.finding, "present": s.present} for s in self.spans("finding")],
            "evidence": [{"condition": e["condition"],
                          "for": [{"text": s.text, "score": round(v, 6)} for s, v in e["for"]],
                          "against": [{"text": s.text, "score": round(v, 6)} for s, v in e["against"]]}
                         for e in (self.evidence(i) for i in range(len(self.differential)))]
            if self.differential_attributions is not None else [],
        }


def _rounded(a) -> list | None:
    return None if a is None else np.round(np.asarray(a, dtype=float), 6).tolist()


def _finite(a) -> list:
    return [None if not math.isfinite(x) else round(float(x), 6) for x in a]


def words(text: str, note: list[int], offsets) -> list[list[int]]:
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

"""The reference strategy: Captum's own loop, one ``attribute`` call per output row. The fast path is tested
against it. This is the only module that imports Captum.

Captum's layer hooks attach to a per-call embedding module that shares the model's weights, never to the shared
model, so concurrent predictions and explanations cannot see each other's hooks.
"""
from __future__ import annotations

import captum.attr
import torch
import torch.nn as nn

from ..model import Seq2Seq
from .engine import Targets, logprobs
from .methods import Method, Problem


class Embed(nn.Module):
    """A per-call embedding layer over the model's embedding (word, n-grams, finding-reader features): where
    Captum's layer hooks land."""

    def __init__(self, embed):
        super().__init__()
        self.__dict__["fn"] = embed

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.fn(ids)


class Row(nn.Module):
    """ids (B, S) -> (B,) log-probability of one row's token: the forward Captum attributes, one row at a time."""

    def __init__(self, model: Seq2Seq, targets: Targets, row: int, embed):
        super().__init__()
        self.__dict__["model"] = model   # not a registered child: Captum's module walks stay off the shared model
        self.embed = Embed(embed)
        self.targets = targets
        self.row = row

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.from_embedded(self.embed(ids))

    def from_embedded(self, emb: torch.Tensor) -> torch.Tensor:
        return logprobs(self.model, emb, self.targets)[:, self.row]


def per_target(method: Method, p: Problem) -> torch.Tensor:
    """(R, S): ``method.reference`` for each row in turn."""
    rows = []
    for r in range(p.targets.tokens.numel()):
        # Captum samples from the global RNG: seed it per row, and give the caller its RNG state back
        with torch.enable_grad(), torch.random.fork_rng(devices=[]):
            a = method.reference(captum.attr, Row(p.model, p.targets, r, p.embed), p)
        rows.append(a.detach()[0])
    return torch.stack(rows)

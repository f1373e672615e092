"""Language-model pretraining of the encoder on real patient text, before the seq2seq is trained.

The ULMFiT recipe (Howard & Ruder 2018) for an LSTM: first teach the embedding and the encoder how people
write, from unlabelled text, then train the task. MedSeq's encoder is a bidirectional LSTM, so it is pretrained
as two language models at once (as in ELMo, Peters et al. 2018): the forward direction's state at token t
predicts token t+1, the backward direction's predicts token t-1. The text is the real patient questions in
``assets/corpora/`` (English and Chinese, the development set's records left out) plus generated notes, so
words that only real people use ("restroom", "perspiring", 拉稀) get embeddings near the words the generator uses.

Only the embedding tables and the encoder LSTM are kept; the two prediction heads are thrown away.
"""
from __future__ import annotations

import math
import random
import time
from collections import Counter
from dataclasses import dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
from tqdm import tqdm

from .case import Case
from .model import Seq2Seq, Source
from .tokenizer import Tokenizer


@dataclass
class PretrainConfig:
    epochs: int = 1
    batch_size: int = 32
    lr: float = 3e-3
    max_len: int = 128          # tokens per text (longer questions are cut)
    lm_vocab: int = 4000        # predicted words: the most frequent; the rest are not predicted (but still read)
    seed: int = 0
    progress: bool = True


class BiLM(nn.Module):
    """The seq2seq model's embedding and encoder LSTM with a forward and a backward next-word head."""

    def __init__(self, model: Seq2Seq, lm_vocab: int):
        super().__init__()
        self.model = model
        H = model.cfg.hidden
        self.forward_head = nn.Linear(H, lm_vocab)
        self.backward_head = nn.Linear(H, lm_vocab)

    def loss(self, src: Source, targets: torch.Tensor) -> torch.Tensor:
        """targets (B, S): LM class of each token, -100 where not predicted (padding, rare words, context)."""
        emb = self.model.embed(src)                                              # (B, S, E)
        packed = pack_padded_sequence(emb, src.lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.model.encoder.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=emb.size(1))   # (B, S, 2H)
        H = self.model.cfg.hidden
        fwd = self.forward_head(out[:, :-1, :H])                                 # state at t -> token t+1
        bwd = self.backward_head(out[:, 1:, H:])                                 # state at t -> token t-1
        V = fwd.size(-1)
        return (F.cross_entropy(fwd.reshape(-1, V), targets[:, 1:].reshape(-1), ignore_index=-100)
                + F.cross_entropy(bwd.reshape(-1, V), targets[:, :-1].reshape(-1), ignore_index=-100)) / 2


def pretrain(model: Seq2Seq, tokenizer: Tokenizer, texts: list[str], cfg: PretrainConfig, reader=None,
             device="cpu") -> list[dict]:
    """Train ``model``'s embeddings and encoder LSTM as a bidirectional language model on ``texts``.
    Returns the history (loss per epoch)."""
    rng = random.Random(cfg.seed)
    torch.manual_seed(cfg.seed)
    encoded = [tokenizer.encode(Case(t), reader.extract(t) if reader else ()) for t in texts]
    encoded = [e for e in encoded if len(e.ids) - e.n_context >= 3]
    counts = Counter(i for e in encoded for i in e.ids[e.n_context:])
    keep = [i for i, _ in counts.most_common(cfg.lm_vocab) if i not in (tokenizer.unk_id, tokenizer.pad_id)]
    lm_class = torch.full((len(tokenizer),), -100, dtype=torch.long)
    lm_class[torch.tensor(keep)] = torch.arange(len(keep))
    lm = BiLM(model, len(keep)).to(device)
    params = [p for n, p in lm.named_parameters() if not n.startswith("model.decoder")]
    optimizer = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=0.01)
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i].ids))
    chunks = [order[i:i + cfg.batch_size] for i in range(0, len(order), cfg.batch_size)]
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=cfg.lr, epochs=cfg.epochs,
                                                    steps_per_epoch=len(chunks), pct_start=0.1)
    history = []
    lm.train()
    for epoch in range(cfg.epochs):
        rng.shuffle(chunks)
        t0, total, n = time.time(), 0.0, 0
        for chunk in tqdm(chunks, desc=f"pretraining {epoch + 1}/{cfg.epochs}", disable=not cfg.progress, unit="batch"):
            batch = [_cut(encoded[i], cfg.max_len) for i in chunk]
            src = Source.collate(batch, device)
            targets = lm_class[src.ids.cpu()].to(device)
            for k, e in enumerate(batch):
                targets[k, :e.n_context] = -100
            loss = lm.loss(src, targets)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()
            scheduler.step()
            total, n = total + float(loss), n + 1
        history.append({"epoch": epoch + 1, "lm_loss": total / max(n, 1), "perplexity": math.exp(total / max(n, 1)),
                        "seconds": time.time() - t0, "texts": len(encoded), "lm_vocab": len(keep)})
        if cfg.progress:
            tqdm.write(f"pretraining epoch {epoch + 1}: LM loss {total / max(n, 1):.3f}")
    model.eval()
    return history


def _cut(e, max_len: int):
    if len(e.ids) <= max_len:
        return e
    from dataclasses import replace
    return replace(e, ids=e.ids[:max_len], subwords=e.subwords[:max_len], states=e.states[:max_len],
                   concepts=e.concepts[:max_len], tokens=e.tokens[:max_len], offsets=e.offsets[:max_len])

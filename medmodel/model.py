"""The LSTM encoder-decoder with attention.

    src ids -> Embedding (+ hashed character n-grams, + the finding reader's token state and concept)
            -> bidirectional LSTM (packed) -> enc (B, S, 2H)
    tgt ids -> Embedding -> LSTM (initialised from the encoder's final states) -> h (B, T, H)
    Luong "general" attention (Luong et al. 2015) of h over enc, scores scaled by 1/sqrt(H), masked at
        padding -> context (B, T, 2H)
    tanh(W [h; context]) -> logits over the target vocabulary (B, T, V)

The decoder LSTM reads only the previous target token (no input feeding), so a teacher-forced pass
over the whole target is one LSTM call: the explainer scores every output token in one forward.
``forward_embedded`` takes the source embeddings directly, so Captum can attribute to them; ``embed`` makes them.

The input embedding of a note token is the sum of
- its word embedding (``<unk>`` for a word the vocabulary lacks),
- the mean of its character n-gram embeddings (hashed into buckets, fastText style: Bojanowski et al. 2017),
  so "rashes", "urinating" or "diarhea" land near "rash", "urination", "diarrhoea" even when unseen,
- an embedding of its state from the finding reader (inside a finding stated present, inside a denied one), so a
  denied sign reads differently from an affirmed one (cf. NegBERT-style negation cues),
- an embedding of the knowledge-base finding it expresses, when the lexicon recognised one.
Training drops words to ``<unk>`` (``word_dropout``) and the reader's features for whole notes
(``feature_dropout``), so the model learns to read raw words where the lexicon fails and n-grams where the
vocabulary does.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence


@dataclass
class Seq2SeqConfig:
    src_vocab: int
    tgt_vocab: int
    emb_dim: int = 96
    hidden: int = 128       # encoder hidden size per direction; the decoder uses the same size
    tgt_emb_dim: int = 64
    dropout: float = 0.2
    first_weight: float = 1.0  # extra loss weight on the first DX token: the rest of the sequence is nearly
                               # determined by it, so a plain token mean would leave the diagnosis undertrained
    scaled_attention: bool = True   # divide attention scores by sqrt(hidden) (Vaswani et al. 2017): without it
                                    # the initial attention is peaked and the diagnosis trains far more slowly
    label_smoothing: float = 0.0    # training-loss label smoothing (Szegedy et al. 2016); 0 = off
    subword_buckets: int = 0        # hashed character n-gram embeddings; 0 = off
    concepts: int = 0               # finding-concept embeddings (number of findings + 1); 0 = off
    token_states: bool = False      # present / denied state embeddings from the finding reader
    word_dropout: float = 0.0       # training: share of note words replaced by <unk> (their n-grams stay)
    feature_dropout: float = 0.0    # training: share of notes whose finding-reader features are hidden
    first_word_id: int = 0          # ids from here on are note words (word dropout leaves context tokens alone)
    unk_id: int = 1
    src_pad_id: int = 0
    tgt_pad_id: int = 0

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Seq2SeqConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"unknown model setting(s): {', '.join(unknown)}")
        return cls(**data)


@dataclass
class Source:
    """A padded batch of encoded inputs.

    ids (B, S) token ids; lengths (B,); subwords (B, S, K) n-gram bucket ids, 0 = padding (K may be 0);
    states (B, S) and concepts (B, S) from the finding reader (zeros when absent)."""
    ids: torch.Tensor
    lengths: torch.Tensor
    subwords: torch.Tensor | None = None
    states: torch.Tensor | None = None
    concepts: torch.Tensor | None = None

    def to(self, device) -> "Source":
        move = lambda t: None if t is None else t.to(device)
        return Source(move(self.ids), move(self.lengths), move(self.subwords), move(self.states), move(self.concepts))

    def expand(self, ids: torch.Tensor) -> "Source":
        """Variants of this one-input batch: ``ids`` (B, S) with the same n-grams and features at every row."""
        B = ids.size(0)
        grow = lambda t: None if t is None else t.expand(B, *t.shape[1:])
        return Source(ids, self.lengths.expand(B), grow(self.subwords), grow(self.states), grow(self.concepts))

    @classmethod
    def collate(cls, encoded: list, device="cpu") -> "Source":
        """Pad a list of ``tokenizer.Encoded`` (or anything with ids / subwords / states / concepts)."""
        B, S = len(encoded), max(len(e.ids) for e in encoded)
        K = max((len(sw) for e in encoded for sw in e.subwords), default=0)
        ids = np.zeros((B, S), dtype=np.int64)
        states = np.zeros((B, S), dtype=np.int64)
        concepts = np.zeros((B, S), dtype=np.int64)
        subwords = np.zeros((B, S, K), dtype=np.int64) if K else None
        for i, e in enumerate(encoded):
            n = len(e.ids)
            ids[i, :n] = e.ids
            if len(e.states):
                states[i, :n] = e.states
            if len(e.concepts):
                concepts[i, :n] = e.concepts
            if K:
                for j, sw in enumerate(e.subwords):
                    if sw:
                        subwords[i, j, :len(sw)] = sw
        lengths = torch.tensor([len(e.ids) for e in encoded])
        return cls(torch.from_numpy(ids), lengths, None if subwords is None else torch.from_numpy(subwords),
                   torch.from_numpy(states), torch.from_numpy(concepts)).to(device)


class Encoder(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.lstm = nn.LSTM(cfg.emb_dim, cfg.hidden, batch_first=True, bidirectional=True)
        self.bridge_h = nn.Linear(2 * cfg.hidden, cfg.hidden)
        self.bridge_c = nn.Linear(2 * cfg.hidden, cfg.hidden)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, emb: torch.Tensor, lengths: torch.Tensor):
        """emb (B, S, E), lengths (B,) -> enc (B, S, 2H), decoder initial state ((1, B, H), (1, B, H))."""
        S = emb.size(1)
        if bool((lengths == S).all()):   # no padding (one note, or a bucket of equal lengths): nothing to pack
            enc, (h, c) = self.lstm(self.drop(emb))                          # (B, S, 2H)
        else:
            packed = pack_padded_sequence(self.drop(emb), lengths.cpu(), batch_first=True, enforce_sorted=False)
            out, (h, c) = self.lstm(packed)
            enc, _ = pad_packed_sequence(out, batch_first=True, total_length=S)   # (B, S, 2H), zeros at padding
        h = torch.tanh(self.bridge_h(torch.cat([h[0], h[1]], dim=-1)))       # (B, H)
        c = torch.tanh(self.bridge_c(torch.cat([c[0], c[1]], dim=-1)))       # (B, H)
        return enc, (h.unsqueeze(0), c.unsqueeze(0))


class Attention(nn.Module):
    """Luong general attention: score(h_t, enc_s) = h_t^T W enc_s / sqrt(H), masked at padding."""

    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.proj = nn.Linear(2 * cfg.hidden, cfg.hidden, bias=False)
        self.scale = cfg.hidden ** -0.5 if cfg.scaled_attention else 1.0

    def forward(self, h: torch.Tensor, enc: torch.Tensor, mask: torch.Tensor, keys: torch.Tensor | None = None):
        """h (B, T, H), enc (B, S, 2H), mask (B, S) True at real tokens -> context (B, T, 2H), weights (B, T, S).
        ``keys`` = proj(enc) (B, S, H) may be passed in, so step-by-step decoding projects the encoder once."""
        keys = self.proj(enc) if keys is None else keys                  # (B, S, H)
        scores = torch.bmm(h, keys.transpose(1, 2)) * self.scale         # (B, T, S)
        scores = scores.masked_fill(~mask.unsqueeze(1), float("-inf"))
        weights = torch.softmax(scores, dim=-1)                          # (B, T, S)
        return torch.bmm(weights, enc), weights                          # (B, T, 2H)


class Decoder(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.embedding = nn.Embedding(cfg.tgt_vocab, cfg.tgt_emb_dim, padding_idx=cfg.tgt_pad_id)
        self.lstm = nn.LSTM(cfg.tgt_emb_dim, cfg.hidden, batch_first=True)
        self.attention = Attention(cfg)
        self.combine = nn.Linear(3 * cfg.hidden, cfg.hidden)
        self.out = nn.Linear(cfg.hidden, cfg.tgt_vocab)
        self.drop = nn.Dropout(cfg.dropout)

    def forward(self, tgt_in: torch.Tensor, state, enc: torch.Tensor, mask: torch.Tensor,
                keys: torch.Tensor | None = None):
        """tgt_in (B, T), state ((1, B, H), (1, B, H)) -> logits (B, T, V), new state, attention (B, T, S)."""
        mixed, state, weights = self.hidden(tgt_in, state, enc, mask, keys)
        return self.out(self.drop(mixed)), state, weights               # (B, T, V)

    def hidden(self, tgt_in, state, enc, mask, keys=None):
        """The features the output layer reads: (B, T, H), new state, attention (B, T, S)."""
        y = self.drop(self.embedding(tgt_in))                            # (B, T, E_t)
        h, state = self.lstm(y, state)                                   # (B, T, H)
        context, weights = self.attention(h, enc, mask, keys)            # (B, T, 2H), (B, T, S)
        return torch.tanh(self.combine(torch.cat([h, context], dim=-1))), state, weights   # (B, T, H)


class Seq2Seq(nn.Module):
    def __init__(self, cfg: Seq2SeqConfig):
        super().__init__()
        self.cfg = cfg
        self.src_embedding = nn.Embedding(cfg.src_vocab, cfg.emb_dim, padding_idx=cfg.src_pad_id)
        self.subword_embedding = nn.Embedding(cfg.subword_buckets, cfg.emb_dim, padding_idx=0) \
            if cfg.subword_buckets else None
        self.state_embedding = nn.Embedding(3, cfg.emb_dim, padding_idx=0) if cfg.token_states else None
        self.concept_embedding = nn.Embedding(cfg.concepts, cfg.emb_dim, padding_idx=0) if cfg.concepts else None
        self.encoder = Encoder(cfg)
        self.decoder = Decoder(cfg)

    def embed(self, src: Source | torch.Tensor, keep: torch.Tensor | None = None) -> torch.Tensor:
        """Source -> input embeddings (B, S, E). ``keep`` (B, S) bool, optional: where False, the token's
        n-grams and finding-reader features are dropped, so a token an attribution baseline or an occlusion has
        replaced (by <pad> or <unk> in ``src.ids``) carries nothing of the word it replaced."""
        if isinstance(src, torch.Tensor):
            src = Source(src, torch.full((src.size(0),), src.size(1)))
        ids = src.ids
        if self.training and self.cfg.word_dropout > 0:
            drop = (ids >= self.cfg.first_word_id) & (torch.rand(ids.shape, device=ids.device) < self.cfg.word_dropout)
            ids = ids.masked_fill(drop, self.cfg.unk_id)
        x = self.src_embedding(ids)                                               # (B, S, E)
        if self.subword_embedding is not None and src.subwords is not None and src.subwords.numel():
            sw = src.subwords if keep is None else src.subwords.masked_fill(~keep.unsqueeze(-1), 0)
            n = (sw > 0).sum(-1, keepdim=True).clamp(min=1)                        # (B, S, 1)
            B, S, K = sw.shape    # a bag sum, never the (B, S, K, E) gather: 20x faster at inference (issue 16)
            bags = F.embedding_bag(sw.reshape(-1, K), self.subword_embedding.weight, mode="sum", padding_idx=0)
            x = x + bags.view(B, S, -1) / n                                       # (B, S, E)
        hide = None
        if self.training and self.cfg.feature_dropout > 0:
            hide = (torch.rand(ids.size(0), 1, device=ids.device) < self.cfg.feature_dropout)   # (B, 1)
        for table, value in ((self.state_embedding, src.states), (self.concept_embedding, src.concepts)):
            if table is None or value is None:
                continue
            if keep is not None:
                value = value.masked_fill(~keep, 0)
            if hide is not None:
                value = value.masked_fill(hide, 0)
            x = x + table(value)
        return x

    def encode(self, src: Source | torch.Tensor, lengths: torch.Tensor | None = None):
        """src: a Source (or (B, S) ids with lengths) -> enc (B, S, 2H), mask (B, S), decoder state."""
        if isinstance(src, torch.Tensor):
            src = Source(src, lengths)
        return self.encode_embedded(self.embed(src), src.lengths)

    def encode_embedded(self, emb: torch.Tensor, lengths: torch.Tensor):
        mask = torch.arange(emb.size(1), device=emb.device).unsqueeze(0) < lengths.unsqueeze(1)  # (B, S)
        enc, state = self.encoder(emb, lengths)
        return enc, mask, state

    def forward(self, src: Source | torch.Tensor, lengths: torch.Tensor | None, tgt_in: torch.Tensor) -> torch.Tensor:
        """Teacher-forced logits: src a Source (or (B, S) ids with lengths (B,)), tgt_in (B, T) -> (B, T, V)."""
        if isinstance(src, torch.Tensor):
            src = Source(src, lengths)
        return self.forward_embedded(self.embed(src), src.lengths, tgt_in)

    def forward_embedded(self, emb: torch.Tensor, lengths: torch.Tensor, tgt_in: torch.Tensor,
                         return_attention: bool = False):
        """Like ``forward`` but from source embeddings (B, S, E): the hook point for attributions."""
        enc, mask, state = self.encode_embedded(emb, lengths)
        logits, _, weights = self.decoder(tgt_in, state, enc, mask)
        return (logits, weights) if return_attention else logits

    def loss(self, src: Source, tgt: torch.Tensor) -> torch.Tensor:
        """Mean cross-entropy of next-token prediction plus ``first_weight`` x that of the first output
        token (the leading diagnosis); tgt (B, T) starts with <bos>, padded with the pad id."""
        logits = self(src, None, tgt[:, :-1])                            # (B, T-1, V)
        smooth = self.cfg.label_smoothing if self.training else 0.0
        tokens = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt[:, 1:].reshape(-1),
                                 ignore_index=self.cfg.tgt_pad_id, label_smoothing=smooth)
        return tokens + self.cfg.first_weight * F.cross_entropy(logits[:, 0], tgt[:, 1], label_smoothing=smooth)


def pad_batch(seqs: list[list[int]], device: str | torch.device = "cpu") -> tuple[torch.Tensor, torch.Tensor]:
    """B lists of ids -> ids (B, S) padded with 0 (the pad id of both vocabularies), lengths (B,)."""
    ids = torch.zeros(len(seqs), max(len(s) for s in seqs), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s)
    return ids.to(device), torch.tensor([len(s) for s in seqs]).to(device)

"""Training: data preparation, a model-agnostic training loop, calibration, and the bundle.

The loop knows the model only as ``loss = model.loss(*batch)``; validation, early stopping,
checkpoints and the progress bar are plain code around it. Multi-process data parallel training
uses ``torch.distributed`` when launched by ``torchrun`` (gloo on CPU, nccl on GPU): every rank
builds the same data from the same seed and trains on its own shard of each epoch.
"""
from __future__ import annotations

import json
import math
import os
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

import numpy as np
import torch
import torch.distributed as dist
from safetensors.torch import load_file, save_file
from tqdm import tqdm

from .bundle import Bundle
from .case import Case
from .knowledge import KnowledgeBase
from .model import Seq2Seq, Seq2SeqConfig, Source, pad_batch
from .sequence import Target, TargetVocab
from .tokenizer import Encoded, Tokenizer


@dataclass
class TrainConfig:
    epochs: int = 6
    batch_size: int = 64
    lr: float = 4e-3
    weight_decay: float = 0.01   # AdamW's decoupled decay (Loshchilov & Hutter 2019)
    clip: float = 1.0          # gradient-norm clipping: LSTMs are prone to exploding gradients
    patience: int = 3          # early stopping: epochs without validation improvement
    val_fraction: float = 0.05
    min_freq: int = 2          # input vocabulary: tokens seen at least this often
    seed: int = 0
    checkpoint_dir: str | None = None
    stop_after: int | None = None   # end this run after so many epochs (resume later from the checkpoint)
    progress: bool = True
    pretrain_epochs: int = 0        # language-model pretraining of the encoder on real text first (0: none)
    pretrain_synthetic: int = 20000  # generated notes mixed into the pretraining text
    freeze_embeddings: bool = False  # keep the (pretrained) word and n-gram embeddings fixed while training


@dataclass
class Example:
    src: Encoded
    tgt: list[int]
    condition: int     # index of the true condition among the DX tokens (-1 if unknown)
    lang: str = "en"
    sex: str | None = None
    age: int | None = None


def make_examples(cases: list[Case], targets: list[Target | None], tokenizer: Tokenizer, vocab: TargetVocab,
                  conditions: list[str | None], langs: list[str] | None = None, reader=None,
                  encode_target: bool = True) -> list[Example]:
    """``reader``: a FindingExtractor whose mentions set the token-state and concept features (None: no features).
    Each case is completed from its note exactly as the predictor does (``context.merge``), so the model trains on
    the input it will see."""
    from .context import merge, read_context
    dx_index = {c: i for i, c in enumerate(vocab.dx_conditions)}
    langs = langs or ["en"] * len(cases)
    used = [merge(c, read_context(c.text))[0] for c in cases]
    return [Example(tokenizer.encode(u, reader.extract(u.text) if reader else ()),
                    vocab.encode(t) if encode_target else [vocab.bos_id],
                    dx_index.get(cid, -1) if cid else -1, lang, u.sex, u.age)
            for u, t, cid, lang in zip(used, targets, conditions, langs)]


def collate(batch: list[Example], device="cpu") -> tuple[Source, torch.Tensor]:
    """-> the padded Source and tgt (B, T) padded with 0."""
    tgt, _ = pad_batch([e.tgt for e in batch], device)
    return Source.collate([e.src for e in batch], device), tgt


def batches(examples: list[Example], batch_size: int, rng: random.Random | None = None):
    """Length-bucketed batches (less padding, faster LSTMs), in random order when rng is given."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].src.ids))
    chunks = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    if rng is not None:
        rng.shuffle(chunks)
    for chunk in chunks:
        yield [examples[i] for i in chunk]


# ------------------------------------------------------------------ distributed helpers
def dist_info() -> tuple[int, int]:
    if dist.is_available() and dist.is_initialized():
        return dist.get_rank(), dist.get_world_size()
    return 0, 1


def init_distributed() -> bool:
    """Join the process group when launched by torchrun; returns True if distributed."""
    if int(os.environ.get("WORLD_SIZE", "1")) > 1 and not dist.is_initialized():
        dist.init_process_group(backend="nccl" if torch.cuda.is_available() else "gloo")
        return True
    return dist.is_initialized()


def _average_gradients(model: torch.nn.Module, world: int) -> None:
    for p in model.parameters():
        if p.grad is not None:
            dist.all_reduce(p.grad, op=dist.ReduceOp.SUM)
            p.grad /= world


# ------------------------------------------------------------------ checkpoints (no pickle)
def _save_checkpoint(path: Path, model, optimizer, scheduler, epoch: int, best: float, bad_epochs: int, rng_state) -> None:
    path.mkdir(parents=True, exist_ok=True)
    save_file({k: v.detach().cpu().contiguous() for k, v in model.state_dict().items()}, str(path / "model.safetensors"))
    opt = optimizer.state_dict()
    tensors, meta = {}, {"param_groups": opt["param_groups"], "scalars": {}}
    for pid, st in opt["state"].items():
        for name, value in st.items():
            if torch.is_tensor(value):
                tensors[f"{pid}.{name}"] = value.detach().cpu().contiguous()
            else:
                meta["scalars"][f"{pid}.{name}"] = value
    save_file(tensors, str(path / "optimizer.safetensors"))
    meta.update(epoch=epoch, best=best, bad_epochs=bad_epochs, scheduler=scheduler.state_dict(), rng=rng_state)
    tmp = path / "state.json.tmp"
    tmp.write_text(json.dumps(meta))
    tmp.replace(path / "state.json")


def _load_checkpoint(path: Path, model, optimizer, scheduler) -> dict:
    model.load_state_dict(load_file(str(path / "model.safetensors")))
    meta = json.loads((path / "state.json").read_text())
    tensors = load_file(str(path / "optimizer.safetensors"))
    state: dict = {}
    for key, value in list(tensors.items()) + list(meta["scalars"].items()):
        pid, name = key.split(".", 1)
        state.setdefault(int(pid), {})[name] = value
    for st in state.values():
        if "step" in st and not torch.is_tensor(st["step"]):
            st["step"] = torch.tensor(float(st["step"]))
    optimizer.load_state_dict({"state": state, "param_groups": meta["param_groups"]})
    scheduler.load_state_dict(meta["scheduler"])
    return meta


# ------------------------------------------------------------------ the loop
@torch.no_grad()
def evaluate_loss(model: Seq2Seq, examples: list[Example], batch_size: int, device) -> float:
    model.eval()
    total, n = 0.0, 0
    for batch in batches(examples, batch_size):
        src, tgt = collate(batch, device)
        tokens = int((tgt[:, 1:] != 0).sum())
        total += float(model.loss(src, tgt)) * tokens
        n += tokens
    return total / max(n, 1)


def fit(model: Seq2Seq, train: list[Example], val: list[Example], cfg: TrainConfig, device="cpu",
        on_epoch: Callable[[int, dict], None] | None = None,
        select: Callable[[Seq2Seq], dict] | None = None) -> list[dict]:
    """Train with AdamW, one-cycle learning rate, gradient clipping and early stopping; resumes from
    ``cfg.checkpoint_dir`` if it holds a checkpoint. Returns the history.

    The kept checkpoint is the one with the lowest validation loss, or, when ``select`` is given, the highest
    ``select(model)["score"]`` (e.g. accuracy on a real-language development set: synthetic validation loss
    keeps improving long after real-note accuracy has peaked)."""
    rank, world = dist_info()
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    frozen = ("src_embedding.", "subword_embedding.") if cfg.freeze_embeddings else ()
    for name, p in model.named_parameters():
        p.requires_grad_(not name.startswith(frozen))
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=cfg.lr,
                                  weight_decay=cfg.weight_decay)
    n_batches = math.ceil(len(train) / cfg.batch_size)
    steps_per_epoch = n_batches // world if world > 1 else n_batches  # equal on every rank, or all_reduce hangs
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=cfg.lr, epochs=cfg.epochs,
                                                    steps_per_epoch=steps_per_epoch, pct_start=0.15)
    start_epoch, best, bad_epochs = 0, float("inf"), 0
    best_state = None
    ckpt = Path(cfg.checkpoint_dir) if cfg.checkpoint_dir else None
    if ckpt and (ckpt / "state.json").is_file():
        meta = _load_checkpoint(ckpt, model, optimizer, scheduler)
        start_epoch, best, bad_epochs = meta["epoch"] + 1, meta["best"], meta["bad_epochs"]
        rng.setstate((meta["rng"][0], tuple(meta["rng"][1]), meta["rng"][2]))
        best_state = {k: v.clone() for k, v in load_file(str(ckpt / "best.safetensors")).items()} \
            if (ckpt / "best.safetensors").is_file() else None
    history = []
    for epoch in range(start_epoch, cfg.epochs):
        model.train()
        epoch_batches = list(batches(train, cfg.batch_size, rng))[rank::world][:steps_per_epoch]
        bar = tqdm(epoch_batches, desc=f"epoch {epoch + 1}/{cfg.epochs}", disable=not cfg.progress or rank != 0,
                   unit="batch", dynamic_ncols=True)
        t0, running = time.time(), None
        for batch in bar:
            src, tgt = collate(batch, device)
            loss = model.loss(src, tgt)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            if world > 1:
                _average_gradients(model, world)
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.clip)
            optimizer.step()
            scheduler.step()
            value = loss.item()
            running = value if running is None else 0.98 * running + 0.02 * value
            bar.set_postfix(loss=f"{running:.3f}", lr=f"{scheduler.get_last_lr()[0]:.1e}")
        val_loss = evaluate_loss(model, val, cfg.batch_size, device)
        record = {"epoch": epoch + 1, "train_loss": running, "val_loss": val_loss, "seconds": time.time() - t0}
        criterion = val_loss
        if select is not None:
            record.update(select(model))
            criterion = -record["score"]
            model.train()
        improved = criterion < best - 1e-4
        if improved:
            best, bad_epochs = criterion, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
        if on_epoch:
            on_epoch(epoch, record)
        if rank == 0 and cfg.progress:
            extra = "".join(f"  {k} {v:.4f}" for k, v in record.items() if k.startswith("dev_"))
            tqdm.write(f"epoch {epoch + 1}: train loss {running:.4f}  val loss {val_loss:.4f}{extra}"
                       + ("  (best)" if improved else f"  (no improvement {bad_epochs}/{cfg.patience})"))
        history.append(record)
        if ckpt and rank == 0:
            ckpt.mkdir(parents=True, exist_ok=True)
            if improved:
                save_file({k: v.cpu().contiguous() for k, v in best_state.items()}, str(ckpt / "best.safetensors"))
            _save_checkpoint(ckpt, model, optimizer, scheduler, epoch, best, bad_epochs,
                             [rng.getstate()[0], list(rng.getstate()[1]), rng.getstate()[2]])
        if bad_epochs >= cfg.patience:
            if rank == 0 and cfg.progress:
                tqdm.write("early stopping")
            break
        if cfg.stop_after and epoch + 1 - start_epoch >= cfg.stop_after:
            break
    if best_state is not None:
        model.load_state_dict(best_state)
    model.eval()
    return history


# ------------------------------------------------------------------ calibration
@torch.no_grad()
def first_dx_logits(model: Seq2Seq, vocab: TargetVocab, examples: list[Example], batch_size: int = 256,
                    device="cpu") -> torch.Tensor:
    """(N, C) decoder logits over DX tokens at the first output position."""
    model.eval()
    out = []
    for i in range(0, len(examples), batch_size):
        batch = examples[i:i + batch_size]
        src, _ = collate(batch, device)
        bos = torch.full((len(batch), 1), vocab.bos_id, dtype=torch.long, device=src.ids.device)
        out.append(model(src, None, bos)[:, 0, vocab.dx_ids].cpu())
    return torch.cat(out)


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor) -> float:
    """Temperature scaling (Guo et al. 2017): the T minimising validation NLL of the true condition."""
    keep = labels >= 0
    logits, labels = logits[keep], labels[keep]
    grid = torch.exp(torch.linspace(math.log(0.25), math.log(8.0), 161))
    nll = torch.stack([torch.nn.functional.cross_entropy(logits / t, labels) for t in grid])
    return float(grid[int(nll.argmin())])


def expected_calibration_error(confidence: np.ndarray, correct: np.ndarray, bins: int = 15) -> float:
    edges = np.linspace(0, 1, bins + 1)
    ece = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (confidence > lo) & (confidence <= hi)
        if sel.any():
            ece += sel.mean() * abs(confidence[sel].mean() - correct[sel].mean())
    return float(ece)


def calibration_curve(confidence: np.ndarray, correct: np.ndarray, bins: int = 10) -> list[dict]:
    edges = np.linspace(0, 1, bins + 1)
    out = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        sel = (confidence > lo) & (confidence <= hi)
        if sel.any():
            out.append({"bin": [float(lo), float(hi)], "confidence": float(confidence[sel].mean()),
                        "accuracy": float(correct[sel].mean()), "n": int(sel.sum())})
    return out


def build_model(tokenizer: Tokenizer, vocab: TargetVocab, **overrides) -> Seq2Seq:
    """A model sized for these vocabularies; n-gram buckets and concepts follow the tokenizer."""
    settings = {"subword_buckets": tokenizer.subword_buckets, "first_word_id": tokenizer.first_word_id,
                "unk_id": tokenizer.unk_id, "concepts": len(tokenizer.concepts) + 1 if tokenizer.concepts else 0,
                **{k: v for k, v in overrides.items() if k not in ("subword_buckets", "concepts")}}
    return Seq2Seq(Seq2SeqConfig(src_vocab=len(tokenizer), tgt_vocab=len(vocab), **settings))


def dev_selector(kb: KnowledgeBase, tokenizer: Tokenizer, vocab: TargetVocab, dev, reader, device="cpu"):
    """``select`` for ``fit``: top-1 and top-3 of the first-position distribution on a development set
    (``dx`` or an ``acceptable`` id counts); score = top-1 + top-3 / 2."""
    from .devset import dev_cases
    rows = [(r, c) for r, c in dev_cases(dev) if r["dx"] in kb.conditions]
    index = {c: i for i, c in enumerate(vocab.dx_conditions)}
    right = [[index[x] for x in {r["dx"], *str(r.get("acceptable") or "").split(";")} if x in index] for r, _ in rows]
    examples = make_examples([c for _, c in rows], [None] * len(rows), tokenizer, vocab, [None] * len(rows),
                             reader=reader, encode_target=False)

    def select(model: Seq2Seq) -> dict:
        logits = first_dx_logits(model, vocab, examples, device=device)
        top3 = logits.topk(3, dim=-1).indices.tolist()
        t1 = float(np.mean([t[0] in ok for t, ok in zip(top3, right)]))
        t3 = float(np.mean([bool(set(t) & set(ok)) for t, ok in zip(top3, right)]))
        return {"dev_top1": t1, "dev_top3": t3, "score": t1 + t3 / 2}
    return select


def train_bundle(kb: KnowledgeBase, cases: list[Case], targets: list[Target], conditions: list[str | None],
                 cfg: TrainConfig, model_overrides: dict | None = None, langs: list[str] | None = None,
                 device="cpu", dev=None) -> tuple[Bundle, list[dict], list[Example]]:
    """Split, build vocabularies, train, calibrate; returns the bundle, history and validation set.
    ``dev``: a real-language development set (DataFrame) that chooses the checkpoint."""
    rng = random.Random(cfg.seed)
    order = list(range(len(cases)))
    rng.shuffle(order)
    n_val = max(1, int(len(cases) * cfg.val_fraction))
    val_idx, train_idx = order[:n_val], order[n_val:]
    overrides = dict(model_overrides or {})
    real_text: list[str] = []
    if cfg.pretrain_epochs:
        from . import corpus
        real_text = corpus.load("en") + corpus.load("zh")
    tokenizer = Tokenizer.build([cases[i].text for i in train_idx] + real_text, min_freq=cfg.min_freq,
                                subword_buckets=int(overrides.get("subword_buckets", 0)),
                                concepts=tuple(kb.findings) if overrides.get("concepts") else ())
    vocab = TargetVocab.from_kb(kb)
    langs = langs or ["en"] * len(cases)
    reader = None
    if overrides.get("concepts") or overrides.get("token_states"):
        from .findings import FindingExtractor
        reader = FindingExtractor(kb)
    pick = lambda idx: make_examples([cases[i] for i in idx], [targets[i] for i in idx], tokenizer, vocab,
                                     [conditions[i] for i in idx], [langs[i] for i in idx], reader)
    train, val = pick(train_idx), pick(val_idx)
    torch.manual_seed(cfg.seed)
    model = build_model(tokenizer, vocab, **overrides).to(device)
    pretraining = []
    if cfg.pretrain_epochs:
        from .pretrain import PretrainConfig, pretrain
        synthetic = [cases[i].text for i in train_idx[:cfg.pretrain_synthetic]]
        pretraining = pretrain(model, tokenizer, real_text + synthetic,
                               PretrainConfig(epochs=cfg.pretrain_epochs, seed=cfg.seed, progress=cfg.progress),
                               reader, device)
    select = dev_selector(kb, tokenizer, vocab, dev, reader, device) if dev is not None else None
    history = fit(model, train, val, cfg, device, select=select)
    logits = first_dx_logits(model, vocab, val, device=device)
    temperature = fit_temperature(logits, torch.tensor([e.condition for e in val]))
    bundle = Bundle(model.cpu().eval(), tokenizer, vocab, kb, temperature,
                    metrics={"training": {"history": history, "config": asdict(cfg), "n_train": len(train),
                                          "n_val": len(val), "temperature": temperature, "pretraining": pretraining}})
    return bundle, history, val

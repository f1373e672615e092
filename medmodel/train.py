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
from .model import Seq2Seq, Seq2SeqConfig, pad_batch
from .sequence import Target, TargetVocab
from .tokenizer import Tokenizer


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


@dataclass
class Example:
    src: list[int]
    tgt: list[int]
    condition: int     # index of the true condition among the DX tokens (-1 if unknown)
    lang: str = "en"
    sex: str | None = None
    age: int | None = None


def make_examples(cases: list[Case], targets: list[Target], tokenizer: Tokenizer, vocab: TargetVocab,
                  conditions: list[str | None], langs: list[str] | None = None) -> list[Example]:
    dx_index = {c: i for i, c in enumerate(vocab.dx_conditions)}
    langs = langs or ["en"] * len(cases)
    return [Example(tokenizer.encode(c).ids, vocab.encode(t), dx_index.get(cid, -1) if cid else -1, lang, c.sex, c.age)
            for c, t, cid, lang in zip(cases, targets, conditions, langs)]


def collate(batch: list[Example], device="cpu"):
    """-> src (B, S), lengths (B,), tgt (B, T) padded with 0."""
    src, lengths = pad_batch([e.src for e in batch], device)
    tgt, _ = pad_batch([e.tgt for e in batch], device)
    return src, lengths, tgt


def batches(examples: list[Example], batch_size: int, rng: random.Random | None = None):
    """Length-bucketed batches (less padding, faster LSTMs), in random order when rng is given."""
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].src))
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
        src, lengths, tgt = collate(batch, device)
        tokens = int((tgt[:, 1:] != 0).sum())
        total += float(model.loss(src, lengths, tgt)) * tokens
        n += tokens
    return total / max(n, 1)


def fit(model: Seq2Seq, train: list[Example], val: list[Example], cfg: TrainConfig, device="cpu",
        on_epoch: Callable[[int, dict], None] | None = None) -> list[dict]:
    """Train with AdamW, one-cycle learning rate, gradient clipping and early stopping on validation
    loss; resumes from ``cfg.checkpoint_dir`` if it holds a checkpoint. Returns the history."""
    rank, world = dist_info()
    torch.manual_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=cfg.weight_decay)
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
            src, lengths, tgt = collate(batch, device)
            loss = model.loss(src, lengths, tgt)
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
        improved = val_loss < best - 1e-4
        if improved:
            best, bad_epochs = val_loss, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        else:
            bad_epochs += 1
        if on_epoch:
            on_epoch(epoch, record)
        if rank == 0 and cfg.progress:
            tqdm.write(f"epoch {epoch + 1}: train loss {running:.4f}  val loss {val_loss:.4f}"
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
        src, lengths, _ = collate(batch, device)
        bos = torch.full((len(batch), 1), vocab.bos_id, dtype=torch.long, device=src.device)
        out.append(model(src, lengths, bos)[:, 0, vocab.dx_ids].cpu())
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
    return Seq2Seq(Seq2SeqConfig(src_vocab=len(tokenizer), tgt_vocab=len(vocab), **overrides))


def train_bundle(kb: KnowledgeBase, cases: list[Case], targets: list[Target], conditions: list[str | None],
                 cfg: TrainConfig, model_overrides: dict | None = None, langs: list[str] | None = None,
                 device="cpu") -> tuple[Bundle, list[dict], list[Example]]:
    """Split, build vocabularies, train, calibrate; returns the bundle, history and validation set."""
    rng = random.Random(cfg.seed)
    order = list(range(len(cases)))
    rng.shuffle(order)
    n_val = max(1, int(len(cases) * cfg.val_fraction))
    val_idx, train_idx = order[:n_val], order[n_val:]
    tokenizer = Tokenizer.build((cases[i].text for i in train_idx), min_freq=cfg.min_freq)
    vocab = TargetVocab.from_kb(kb)
    langs = langs or ["en"] * len(cases)
    pick = lambda idx: make_examples([cases[i] for i in idx], [targets[i] for i in idx], tokenizer, vocab,
                                     [conditions[i] for i in idx], [langs[i] for i in idx])
    train, val = pick(train_idx), pick(val_idx)
    torch.manual_seed(cfg.seed)
    model = build_model(tokenizer, vocab, **(model_overrides or {})).to(device)
    history = fit(model, train, val, cfg, device)
    logits = first_dx_logits(model, vocab, val, device=device)
    temperature = fit_temperature(logits, torch.tensor([e.condition for e in val]))
    bundle = Bundle(model.cpu().eval(), tokenizer, vocab, kb, temperature,
                    metrics={"training": {"history": history, "config": asdict(cfg), "n_train": len(train),
                                          "n_val": len(val), "temperature": temperature}})
    return bundle, history, val

"""Curated demonstration cases (assets/gallery.yaml): data, not code, so a clinician can edit them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .case import Case
from .knowledge import Text
from .paths import GALLERY


@dataclass(frozen=True)
class GalleryCase:
    id: str
    title: Text
    shows: Text          # what the case demonstrates
    case: Case
    contrast: Case | None = None   # the same patient with one thing changed, when the point is a comparison


def load_gallery(path: str | Path = GALLERY) -> list[GalleryCase]:
    """Read and validate the gallery; errors name the entry and the problem."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    out = []
    for i, entry in enumerate(raw):
        name = entry.get("id", f"#{i + 1}") if isinstance(entry, dict) else f"#{i + 1}"
        try:
            case = Case(entry["note"], entry.get("age"), entry.get("sex"), frozenset(entry.get("flags") or ()))
            contrast = Case(entry["contrast"], case.age, case.sex, case.flags) if entry.get("contrast") else None
            out.append(GalleryCase(entry["id"], Text(**entry["title"]), Text(**entry["shows"]), case, contrast))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{Path(path).name}: gallery entry {name}: {exc}") from None
    return out

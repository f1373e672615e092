"""Where things live: the shipped assets in the repository, and the local state folder outside it."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
MODEL_DIR = ASSETS / "model"            # the shipped bundle ($MEDSEQ_BUNDLE overrides, see bundle.load_bundle)
GALLERY = ASSETS / "gallery.yaml"
REAL_DEV = ASSETS / "eval" / "real_dev.csv"   # the real-language development set: chooses models, never trained on
CORPORA = ASSETS / "corpora"                  # real patient text (MIT), for pretraining and word lists
LEXICON = ASSETS / "lexicon"                  # word lists and the augmentation thesaurus
RED_FLAG_PHRASES = ASSETS / "red_flag_phrases"   # more ways of saying the red-flag findings: read by the safety
                                                 # layer only (not hashed with the knowledge base, not trained on)


def medseq_home() -> Path:
    """Folder for local secrets and state ($MEDSEQ_HOME, default ~/.medseq): outside the repository."""
    return Path(os.environ.get("MEDSEQ_HOME") or Path.home() / ".medseq")


def audit_db() -> Path:
    return Path(os.environ.get("MEDSEQ_AUDIT_DB") or medseq_home() / "audit.sqlite")


def users_file() -> Path:
    return Path(os.environ.get("MEDSEQ_USERS") or medseq_home() / "users.json")

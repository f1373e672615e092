"""Real patient text (MIT-licensed), copied into the project so a fresh clone trains without ``../shared``.

``python -m medmodel corpus --source ../shared/corpora`` writes ``assets/corpora/``:
- ``en_questions.txt``: English questions patients sent to online doctors (LasseRegin/medical-question-answer-data,
  MIT), one per line: the question text where the site has one, else its title;
- ``zh_questions.txt``: Chinese internal-medicine questions (Toyhom/Chinese-medical-dialogue-data, MIT), title and
  question on one line;
- the two licences and a README saying what was kept.
Every record the real-language development set was built from (``assets/eval/real_dev_corpus_sources.txt``) is
left out, so the development set stays unseen by anything trained on this text. Answers are not copied: the model
must learn how patients write, and the answers are clinicians' advice.

What uses it: the encoder's language-model pretraining (``medmodel.pretrain``), the input vocabulary, and the
common-word list that keeps the spelling corrector from "correcting" real words
(``assets/lexicon/en_common_words.txt``: words seen at least 4 times in the questions and answers).
"""
from __future__ import annotations

import csv
import json
import re
import shutil
from collections import Counter
from pathlib import Path

from .paths import ASSETS, CORPORA, LEXICON

CORPUS_DIR = CORPORA
DEV_SOURCES = ASSETS / "eval" / "real_dev_corpus_sources.txt"
EN_FILES = ("ehealthforumQAs.json", "icliniqQAs.json", "questionDoctorQAs.json")
ZH_FILE = "internal_medicine_sample.csv"
COMMON_WORDS = LEXICON / "en_common_words.txt"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _excluded(path: Path) -> tuple[set[str], set[int]]:
    """URLs (English) and 1-based data rows (Chinese) the development set uses."""
    urls, rows = set(), set()
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\S+\.json\s+(\S+)", line)
            if m:
                urls.add(m.group(1))
            m = re.match(rf"{re.escape(ZH_FILE)} row (\d+)", line)
            if m:
                rows.add(int(m.group(1)))
    return urls, rows


def english_questions(source: Path, exclude_urls: set[str], answers: bool = False) -> list[str]:
    """Patient questions (or, with ``answers``, the clinicians' answers: only for the common-word list)."""
    texts, seen = [], set()
    for name in EN_FILES:
        for record in json.loads((source / "en_patient_questions" / name).read_text(encoding="utf-8")):
            if record.get("url") in exclude_urls:
                continue
            text = _flat(record.get("answer") if answers else record.get("question_text") or record.get("question") or "")
            if len(text) >= 20 and text not in seen:
                seen.add(text)
                texts.append(text)
    return texts


def chinese_questions(source: Path, exclude_rows: set[int]) -> list[str]:
    texts, seen, dev_texts = [], set(), set()
    with (source / "zh_patient_questions" / ZH_FILE).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for i, row in enumerate(rows, start=1):
        if i in exclude_rows:
            dev_texts.add(_flat(row.get("ask", "")))
    for i, row in enumerate(rows, start=1):
        ask = _flat(row.get("ask", ""))
        if i in exclude_rows or ask in dev_texts:   # duplicates of a development record go too
            continue
        text = _flat(f"{row.get('title', '')} {ask}")
        if len(text) >= 10 and text not in seen:
            seen.add(text)
            texts.append(text)
    return texts


def build(source: str | Path, out: Path = CORPUS_DIR, exclude: Path = DEV_SOURCES) -> dict:
    """Copy the corpora (minus the development records) into ``out``; returns counts."""
    source = Path(source)
    urls, rows = _excluded(exclude)
    en, zh = english_questions(source, urls), chinese_questions(source, rows)
    out.mkdir(parents=True, exist_ok=True)
    (out / "en_questions.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    (out / "zh_questions.txt").write_text("\n".join(zh) + "\n", encoding="utf-8")
    shutil.copyfile(source / "en_patient_questions" / "LICENSE.md", out / "LICENSE_en.md")
    shutil.copyfile(source / "zh_patient_questions" / "LICENSE", out / "LICENSE_zh.txt")
    words = common_words(en + english_questions(source, urls, answers=True))
    COMMON_WORDS.write_text("\n".join(words) + "\n", encoding="utf-8")
    counts = {"en_questions": len(en), "zh_questions": len(zh), "excluded_en_urls": len(urls),
              "excluded_zh_rows": len(rows), "common_words": len(words)}
    (out / "README.md").write_text(
        "# Real patient text (MIT)\n\n"
        "Written by `python -m medmodel corpus --source ../shared/corpora` (see `medmodel/corpus.py`).\n\n"
        f"- `en_questions.txt`: {len(en):,} English patient questions from LasseRegin/medical-question-answer-data "
        "(ehealthforum, icliniq, questionDoctor; gathered May 2017), licence `LICENSE_en.md`.\n"
        f"- `zh_questions.txt`: {len(zh):,} Chinese internal-medicine questions (title + question) from "
        "Toyhom/Chinese-medical-dialogue-data, licence `LICENSE_zh.txt`.\n\n"
        f"Left out: the {len(urls)} English and {len(rows)} Chinese records the real-language development set "
        "(`assets/eval/real_dev.csv`) was built from, and exact duplicates of them; answers are not copied.\n"
        "Questions carry identifiers such as ages and sometimes names: treat them as patient text, never show them "
        "in the app.\n", encoding="utf-8")
    return counts


def load(lang: str, path: Path = CORPUS_DIR) -> list[str]:
    """The copied questions of one language ("en" or "zh"), or [] when the corpus was not built."""
    f = path / f"{lang}_questions.txt"
    return [line for line in f.read_text(encoding="utf-8").splitlines() if line.strip()] if f.is_file() else []


def common_words(texts: list[str], min_count: int = 4) -> list[str]:
    counts = Counter(w for t in texts for w in re.findall(r"[a-z]+(?:'[a-z]+)?", t.lower()))
    return sorted(w for w, n in counts.items() if n >= min_count)

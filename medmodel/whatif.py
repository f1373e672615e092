"""What-if edits of a case: flip a finding the note mentions, then compare the two differentials.

The model reads only the note and the context tokens, so a finding is toggled by editing the note
itself: its phrase is cut out and, unless it is being removed, a plain sentence stating it
("No neck stiffness." / "没有颈项强直。") is appended in the note's language. The edited note is
returned so the clinician sees exactly what the model read.
"""
from __future__ import annotations

import re

from .findings import Mention
from .knowledge import KnowledgeBase
from .predict import Prediction

STATES = ("present", "absent", "removed")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# A negation word right before a negated phrase goes with it when the phrase is cut out.
_TRAILING_NEG = re.compile(r"(?:\b(?:no|not|nil|without|denies|denied|never)\s+|(?:没有|否认|并无|无|未|没))$", re.IGNORECASE)


def detect_language(text: str) -> str:
    """"zh" when Chinese characters make up at least a third of the letters, else "en"."""
    letters = _LETTER.findall(text or "")
    if not letters:
        return "en"
    cjk = sum(1 for ch in letters if _CJK.match(ch))
    return "zh" if cjk * 3 >= len(letters) else "en"


def mention_state(m: Mention) -> str:
    return "present" if m.present else "absent"


def edit_note(text: str, mentions: list[Mention], changes: dict[str, str], kb: KnowledgeBase) -> str:
    """The note with each finding in ``changes`` set to "present", "absent" or "removed".

    Findings whose requested state equals what the note already says are left untouched; a finding the note
    does not mention is stated at the end (an answer to a question: "No neck stiffness."), or left out when
    "removed".
    """
    for state in changes.values():
        if state not in STATES:
            raise ValueError(f"unknown finding state {state!r}; use one of {', '.join(STATES)}")
    todo = [m for m in mentions if m.finding in changes and changes[m.finding] != mention_state(m)]
    lang = detect_language(text)
    out = text
    for m in sorted(todo, key=lambda m: m.start, reverse=True):
        head = out[:m.start]
        if not m.present:
            head = _TRAILING_NEG.sub("", head)
        out = head + out[m.end:]
    mentioned = {m.finding for m in mentions}
    added = []
    for finding in [m.finding for m in todo] + [f for f in changes if f not in mentioned]:
        state = changes[finding]
        if state == "removed":
            continue
        term = kb.findings[finding].phrasings[lang].terms[0]
        if lang == "zh":
            added.append(("有" if state == "present" else "没有") + term + "。")
        else:
            added.append((term[:1].upper() + term[1:] if state == "present" else f"No {term}") + ".")
    out = _tidy(out)
    if added:
        sep = "" if lang == "zh" else " "
        if out and out[-1] not in ".。!！?？;；\n":
            out += "。" if lang == "zh" else "."
        out = (out + sep + sep.join(added)).strip()
    return out


def _tidy(text: str) -> str:
    """Close the gaps that cutting phrases leaves: doubled spaces, orphan commas, empty clauses."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+([,.;:!?，。；、])", r"\1", text)
    text = re.sub(r"([,，、;；])(?:\s*[,，、;；])+", r"\1", text)
    text = re.sub(r"[,，、;；]\s*([.。!！?？])", r"\1", text)
    text = re.sub(r"^[\s,，、;；.。]+", "", text)
    return text.strip()


def compare(before: Prediction, after: Prediction, lang: str = "en") -> list[dict]:
    """Rows for every condition in either differential: likelihood before, after and the change.

    A condition outside one differential's top entries has ``None`` there (not shown, not zero).
    """
    b = {d.condition_id: d for d in before.differential}
    a = {d.condition_id: d for d in after.differential}
    rows = []
    for cid in list(b) + [c for c in a if c not in b]:
        d = b.get(cid) or a[cid]
        pb = b[cid].probability if cid in b else None
        pa = a[cid].probability if cid in a else None
        rows.append({"condition": d.name(lang), "icd10": d.icd10, "before": pb, "after": pa,
                     "change": None if pb is None or pa is None else pa - pb})
    return rows

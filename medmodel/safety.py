"""Safety rules applied after the model, whatever it said.

- Contraindications: a medication contraindicated by the patient's context (pregnancy, age, allergy,
  kidney or liver disease, anticoagulants, ...) is withheld, and the reason is kept for display.
- Red flags: a finding marked as a red flag in the knowledge base (globally, or for the leading
  condition), found present in the note, escalates triage and is reported with the matched phrase.
- Can't-miss diagnoses: a condition given at least ``CANNOT_MISS_PROBABILITY`` in the differential whose
  own triage level is urgent or emergency raises triage to that level, whatever the model's triage token
  said. The lexicon cannot know every way a patient words a heart attack; the model's differential is the
  second net ("worst first": a dangerous diagnosis that has not been excluded is managed as possible).
"""
from __future__ import annotations

from dataclasses import dataclass

from .knowledge import TRIAGE_LEVELS, KnowledgeBase, triage_rank


@dataclass(frozen=True)
class Withheld:
    """A medication the model suggested that this patient must not be given, and why."""
    medication: str
    flag: str
    reason_en: str
    reason_zh: str

    def describe(self, kb: KnowledgeBase, lang: str = "en") -> str:
        name = kb.medications[self.medication].name.get(lang)
        reason = self.reason_zh if lang == "zh" else self.reason_en
        return f"{name} 已暂缓：{reason}" if lang == "zh" else f"{name} withheld: {reason}"


@dataclass(frozen=True)
class RedFlag:
    """A danger sign found in the note (or context) and the triage level it demands."""
    finding: str
    level: str           # "urgent" or "emergency"
    phrase: str          # the text that raised it, as written in the note
    start: int = -1      # character span in the note (-1 when raised by context)
    end: int = -1


CANNOT_MISS_PROBABILITY = 0.2   # calibrated likelihood from which a dangerous diagnosis sets the floor of triage


@dataclass(frozen=True)
class CannotMiss:
    """A diagnosis in the differential, likely enough and dangerous enough to set the triage level."""
    condition: str
    level: str            # the condition's own triage level: "urgent" or "emergency"
    probability: float

    def describe(self, kb: KnowledgeBase, lang: str = "en") -> str:
        name = kb.conditions[self.condition].name.get(lang)
        if lang == "zh":
            return f"鉴别诊断中有{name}（{self.probability:.0%}）：排除之前按{'急诊' if self.level == 'emergency' else '紧急'}处理"
        return f"{name} ({self.probability:.0%}) is in the differential: it needs {self.level} care until excluded"


def cannot_miss(kb: KnowledgeBase, differential, threshold: float = CANNOT_MISS_PROBABILITY) -> list[CannotMiss]:
    """Entries (objects with ``condition_id`` and ``probability``) at or above ``threshold`` whose condition
    is triaged urgent or emergency in the knowledge base."""
    out = []
    for d in differential:
        level = kb.conditions[d.condition_id].triage
        if d.probability >= threshold and triage_rank(level) >= triage_rank("urgent"):
            out.append(CannotMiss(d.condition_id, level, float(d.probability)))
    return out


def filter_medications(kb: KnowledgeBase, medications, context_flags) -> tuple[list[str], list[Withheld]]:
    """Split medications into (allowed, withheld) for a patient with these context flags."""
    allowed, withheld = [], []
    for mid in medications:
        med = kb.medications[mid]
        hits = [c for c in med.contraindications if c.flag in context_flags]
        if hits:
            withheld.extend(Withheld(mid, c.flag, c.reason.en, c.reason.zh) for c in hits[:1])
        else:
            allowed.append(mid)
    return allowed, withheld


def red_flags_in(kb: KnowledgeBase, present_findings, leading_condition: str | None = None) -> list[RedFlag]:
    """Red flags among present findings: global ones at their level, the leading condition's as emergency.

    ``present_findings`` holds objects with ``finding``, ``phrase``, ``start``, ``end``
    (see ``medmodel.findings.Mention``).
    """
    condition_flags = set(kb.conditions[leading_condition].red_flags) if leading_condition else set()
    flags, seen = [], set()
    for m in present_findings:
        level = kb.findings[m.finding].red_flag
        if m.finding in condition_flags:
            level = "emergency"
        if level and m.finding not in seen:
            seen.add(m.finding)
            flags.append(RedFlag(m.finding, level, m.phrase, m.start, m.end))
    return flags


def escalate(triage: str, red_flags: list[RedFlag], dangerous: list[CannotMiss] = ()) -> str:
    """The most urgent of the model's triage, what the red flags demand and the can't-miss diagnoses' levels."""
    level = triage_rank(triage)
    for rf in list(red_flags) + list(dangerous):
        level = max(level, triage_rank(rf.level))
    return TRIAGE_LEVELS[level]

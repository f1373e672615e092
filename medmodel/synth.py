"""Synthetic patient cases drawn from the knowledge base, with their target outputs.

Each case: a condition drawn from the (tempered) prior, a patient consistent with its demographics,
findings drawn by their frequencies, pertinent negatives a clinician would ask about (findings of the
look-alike conditions), risk factors, context flags (pregnancy, allergies, kidney disease, ...), and a
free-text note rendered by ``medmodel.narrative``. The target is the knowledge-base posterior's
differential (true condition kept), the triage level escalated by red flags, and the leading
diagnosis's medications with the contraindicated ones removed, then its next steps.
Deterministic: case ``i`` of seed ``s`` is the same on every machine and in any batch.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Iterator

import numpy as np

from .knowledge import TRIAGE_LEVELS, KnowledgeBase, context_flags_for, triage_rank
from .narrative import Narrator, Plan
from .posterior import (AGE_OUTSIDE_P, AGE_OUTSIDE_SPAN, CHILDBEARING_AGE, PREGNANT_BASE_P,
                        PREGNANT_KNOWN_P, RED_FLAG_P, RISK_FACTOR_P, Posterior)
from .safety import CANNOT_MISS_PROBABILITY, filter_medications
from .sequence import MAX_DX, MAX_NEXT, MAX_RX, Target

LANGS = ("en", "zh", "mix")
DIFFERENTIAL_MIN_P = 0.01   # differential entries below this posterior are dropped (the true one is kept)
WORST_FIRST_P = CANNOT_MISS_PROBABILITY   # target triage also covers any differential entry at least this likely
MAX_PRESENT = 7             # findings mentioned in one note (real notes rarely list more)
# Kinds of presentation, as shares of generated cases. Real notes are often short ("sparse": one or two
# findings, the way patients open a consultation), and conditions often show few of their typical features
# ("atypical": findings drawn from the less frequent half only). Every CONTRAST_EVERY-th case is the previous
# case with its most telling finding denied, target recomputed: a negation-contrast pair.
ATYPICAL_P = 0.08
SPARSE_P = 0.15
DENIAL_HEAVY_P = 0.08       # pertinent negatives drawn from the dangerous look-alikes only
NAMED_P = 0.12              # notes that name a condition (the patient's guess, a past diagnosis) ...
NAMED_WRONG_P = 0.25        # ... which is a look-alike, not the true condition, this often (guesses are wrong)
CONTRAST_EVERY = 8
FORM_BLANK_P = 0.3          # share of training cases whose form leaves age, sex or a flag blank (each on its own)

# Context flags that do not depend on the condition: (flag, probability) for a random patient.
_BACKGROUND_FLAGS = (("allergy_penicillin", 0.08), ("allergy_sulfa", 0.03), ("allergy_nsaid", 0.03),
                     ("allergy_macrolide", 0.02), ("allergy_cephalosporin", 0.02), ("liver_disease", 0.03),
                     ("asthma", 0.07))
_AGE_WEIGHTED_FLAGS = (("kidney_disease", 0.03, 0.12), ("anticoagulant", 0.02, 0.12), ("heart_disease", 0.02, 0.15))


@dataclass(frozen=True)
class SyntheticCase:
    text: str
    lang: str
    age: int
    sex: str
    flags: frozenset[str]
    condition_id: str
    present: tuple[str, ...]
    absent: tuple[str, ...]
    differential: tuple[tuple[str, float], ...]
    target: Target
    kind: str = "typical"      # typical | atypical | sparse | contrast
    tempo: str = "days"

    @property
    def case(self):
        """The note with the patient's age, sex and flags all filled in on the form."""
        from .case import Case
        return Case(self.text, self.age, self.sex, self.flags)

    def entered(self, rng: random.Random):
        """The case as a busy clinician enters it: age, sex or the ticked flags are often left blank (real notes in
        assets/eval/real_dev.csv leave age blank in about a third of rows), with the note saying what it says."""
        from .case import Case
        keep = lambda p: rng.random() >= p  # noqa: E731
        return Case(self.text, self.age if keep(FORM_BLANK_P) else None, self.sex if keep(FORM_BLANK_P) else None,
                    frozenset(f for f in self.flags if keep(FORM_BLANK_P)))

    def row(self, kb: KnowledgeBase) -> dict:
        c = kb.conditions[self.condition_id]
        return {
            "text": self.text, "lang": self.lang, "age": self.age, "sex": self.sex,
            "context": " ".join(sorted(self.flags)), "condition_id": self.condition_id, "icd10": c.icd10,
            "differential": " ".join(f"{cid}:{p:.3f}" for cid, p in self.differential),
            "findings_present": " ".join(self.present), "findings_absent": " ".join(self.absent),
            "target": str(self.target),
        }


class Generator:
    """Draws synthetic cases; build once per knowledge base (it precomputes the posterior tables)."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.posterior = Posterior(kb)
        self.narrator = Narrator(kb)
        self._conditions = list(kb.conditions.values())
        self._cum_prior = np.cumsum(self.posterior.prior)

    def case(self, seed: int, index: int, lang: str = "mix") -> SyntheticCase:
        rng = random.Random(f"{seed}:{index}")
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
        if index % CONTRAST_EVERY == CONTRAST_EVERY - 1 and index > 0:
            contrast = self.contrast(self.case(seed, index - 1, lang), rng)
            if contrast is not None:
                return contrast
        case_lang = rng.choice(["en", "zh"]) if lang == "mix" else lang
        ci = int(np.searchsorted(self._cum_prior, rng.random() * self._cum_prior[-1], side="right"))
        r = rng.random()
        kind = "atypical" if r < ATYPICAL_P else "sparse" if r < ATYPICAL_P + SPARSE_P else "typical"
        return self._draw(self._conditions[min(ci, len(self._conditions) - 1)], case_lang, rng, kind)

    def contrast(self, case: SyntheticCase, rng: random.Random) -> SyntheticCase | None:
        """The same patient with the finding whose denial moves the knowledge-base posterior most now denied,
        re-rendered, its target recomputed (None when the note has no finding to deny)."""
        post = self.posterior
        pregnant = "pregnant" in case.flags
        base = post.probabilities(case.present, case.absent, case.age, case.sex, pregnant)
        best, best_shift = None, 0.0
        for f in case.present:
            if self.kb.findings[f].kind == "history":
                continue
            rest = [g for g in case.present if g != f]
            if not rest:
                continue
            probs = post.probabilities(rest, list(case.absent) + [f], case.age, case.sex, pregnant)
            shift = float(np.abs(probs - base).sum())
            if shift > best_shift:
                best, best_shift = f, shift
        if best is None:
            return None
        present = tuple(g for g in case.present if g != best)
        absent = (best,) + tuple(case.absent)
        text = self.narrator.render(Plan(case.lang, case.age, case.sex, case.flags, present, absent, case.tempo), rng)
        differential = self._differential(None, present, absent, case.age, case.sex, pregnant)
        target = self._target(differential, present, case.age, case.flags)
        return SyntheticCase(text, case.lang, case.age, case.sex, case.flags, differential[0][0], present, absent,
                             tuple(differential), target, "contrast", case.tempo)

    def opening(self, seed: int, index: int, lang: str = "mix") -> SyntheticCase:
        """The opening of a consultation: a patient of a condition drawn from the prior whose note states one or
        two of its findings and nothing else (no pertinent negatives), for simulated consultations (``medmodel.ask``).
        Deterministic in (seed, index), and drawn apart from ``case``'s stream."""
        rng = random.Random(f"opening:{seed}:{index}")
        if lang not in LANGS:
            raise ValueError(f"lang must be one of {', '.join(LANGS)}, got {lang!r}")
        case_lang = rng.choice(["en", "zh"]) if lang == "mix" else lang
        ci = int(np.searchsorted(self._cum_prior, rng.random() * self._cum_prior[-1], side="right"))
        cond = self._conditions[min(ci, len(self._conditions) - 1)]
        sex, age = self._sex(cond, rng), self._age(cond, rng)
        flags = self._flags(cond, age, sex, rng)
        present = self._present(cond, rng, "sparse")
        tempo = self._tempo(cond, rng)
        text = self.narrator.render(Plan(case_lang, age, sex, frozenset(flags), tuple(present), (), tempo), rng)
        differential = self._differential(cond.id, present, [], age, sex, "pregnant" in flags)
        return SyntheticCase(text, case_lang, age, sex, frozenset(flags), cond.id, tuple(present), (),
                             tuple(differential), self._target(differential, present, age, flags), "sparse", tempo)

    def case_for(self, condition_id: str, seed: int, lang: str = "en") -> SyntheticCase:
        """A case of a given condition (for tests and the gallery)."""
        return self._draw(self.kb.conditions[condition_id], lang, random.Random(f"{seed}:{condition_id}"))

    def generate(self, n: int, seed: int, lang: str = "mix", start: int = 0) -> Iterator[SyntheticCase]:
        for i in range(start, start + n):
            yield self.case(seed, i, lang)

    # ------------------------------------------------------------------ sampling
    def _draw(self, cond, lang: str, rng: random.Random, kind: str = "typical") -> SyntheticCase:
        sex = self._sex(cond, rng)
        age = self._age(cond, rng)
        flags = self._flags(cond, age, sex, rng)
        present = self._present(cond, rng, kind)
        absent = [] if kind == "sparse" and rng.random() < 0.7 else \
            self._absent(cond, present, age, sex, "pregnant" in flags, rng)
        tempo = self._tempo(cond, rng)
        named = self._named(cond, present, absent, age, sex, "pregnant" in flags, rng)
        text = self.narrator.render(Plan(lang, age, sex, frozenset(flags), tuple(present), tuple(absent), tempo, named),
                                    rng)
        differential = self._differential(cond.id, present, absent, age, sex, "pregnant" in flags)
        target = self._target(differential, present, age, flags)
        return SyntheticCase(text, lang, age, sex, frozenset(flags), cond.id, tuple(present), tuple(absent),
                             tuple(differential), target, kind, tempo)

    def _named(self, cond, present, absent, age, sex, pregnant, rng) -> str | None:
        if rng.random() >= NAMED_P:
            return None
        if rng.random() < NAMED_WRONG_P:
            rivals = [c for c, _ in self.posterior.rank(present, absent, age, sex, pregnant, k=5) if c != cond.id]
            if rivals:
                return rng.choice(rivals)
        return cond.id

    @staticmethod
    def _sex(cond, rng) -> str:
        if cond.sex_specific:
            return "F" if cond.sex_specific == "female" else "M"
        return "M" if rng.random() < cond.male_fraction else "F"

    @staticmethod
    def _age(cond, rng) -> int:
        lo, hi = cond.age_range
        if rng.random() < AGE_OUTSIDE_P:
            below = rng.random() < 0.5 and lo > 0
            age = lo - rng.randint(1, AGE_OUTSIDE_SPAN) if below else hi + rng.randint(1, AGE_OUTSIDE_SPAN)
            return int(min(max(age, 0), 100))
        return rng.randint(lo, hi)

    @staticmethod
    def _flags(cond, age: int, sex: str, rng) -> set[str]:
        flags = {f for f, p in _BACKGROUND_FLAGS if rng.random() < p}
        old = age >= 65
        flags |= {f for f, young, elderly in _AGE_WEIGHTED_FLAGS if rng.random() < (elderly if old else young)}
        fertile = sex == "F" and CHILDBEARING_AGE[0] <= age <= CHILDBEARING_AGE[1]
        if rng.random() < (PREGNANT_KNOWN_P if cond.pregnancy_only else PREGNANT_BASE_P if fertile else 0):
            flags.add("pregnant")
        elif fertile and rng.random() < 0.04:
            flags.add("breastfeeding")
        if cond.id == "asthma" and rng.random() < 0.5:
            flags.add("asthma")
        return flags

    def _present(self, cond, rng, kind: str = "typical") -> list[str]:
        findings = [(f, p) for f, p in cond.findings]
        if kind == "sparse":   # the opening line of a consultation: one or two findings, mostly the common ones
            chosen = []
            for _ in range(rng.choice([1, 1, 2, 2, 2])):
                left = [(f, p) for f, p in findings if f not in chosen and self.kb.findings[f].kind != "history"]
                if left:
                    chosen.append(rng.choices([f for f, _ in left], weights=[p for _, p in left])[0])
            return chosen
        if kind == "atypical":  # only the less frequent half of the condition's features
            ranked = sorted(findings, key=lambda fp: fp[1])
            minority = ranked[:max(2, len(ranked) // 2)]
            present = [f for f, p in minority if rng.random() < 0.6]
            return present or [rng.choice(minority)[0]]
        present = [f for f, p in findings if rng.random() < p]
        if len(present) < 2:  # a note always says something characteristic
            for f, _ in sorted(findings, key=lambda fp: -fp[1]):
                if f not in present:
                    present.append(f)
                if len(present) >= 2:
                    break
        extras = [f for f in cond.red_flags if f not in cond.finding_probs and rng.random() < RED_FLAG_P]
        extras += [f for f in cond.risk_factors if f not in cond.finding_probs and rng.random() < RISK_FACTOR_P]
        # Chief complaint first: weight the order by frequency, history items last.
        rng.shuffle(present)
        present.sort(key=lambda f: (self.kb.findings[f].kind == "history", -cond.finding_probs.get(f, 0) * rng.random()))
        present = present[:MAX_PRESENT]
        return present + [f for f in extras if f not in present]

    def _absent(self, cond, present, age, sex, pregnant, rng) -> list[str]:
        """Pertinent negatives: what a clinician would ask about to rule out the look-alikes."""
        k = rng.choices([0, 1, 2, 3], weights=[3, 3, 2.5, 1.5])[0]
        if k == 0:
            return []
        post = self.posterior
        probs = post.probabilities(present, [], age, sex, pregnant)
        rivals = [i for i in np.argsort(-probs)[:6] if post.condition_ids[i] != cond.id]
        own = cond.finding_probs
        weights: dict[str, float] = {}
        for i in rivals:
            for fid, p in self._conditions[i].findings:
                if fid not in present and self.kb.findings[fid].kind != "history":
                    weights[fid] = max(weights.get(fid, 0.0), p * (1 - own.get(fid, 0.0)) * (probs[i] + 0.05))
        for fid in cond.red_flags:  # doctors document the absence of danger signs
            if fid not in present:
                weights[fid] = max(weights.get(fid, 0.0), 0.1)
        if rng.random() < DENIAL_HEAVY_P:
            # "No neck stiffness, no rash, not confused": the danger signs of the serious look-alikes, denied.
            k = rng.choice([2, 3, 4])
            danger = {}
            for i in rivals:
                rival = self._conditions[i]
                if triage_rank(rival.triage) >= triage_rank("urgent"):
                    for fid, p in rival.findings:
                        if fid not in present and self.kb.findings[fid].kind != "history":
                            danger[fid] = max(danger.get(fid, 0.0), p)
                    for fid in rival.red_flags:
                        if fid not in present:
                            danger[fid] = max(danger.get(fid, 0.0), 0.5)
            if danger:
                weights = danger
        # A finding is only absent if this patient really lacks it.
        candidates = [(f, w) for f, w in weights.items() if rng.random() > own.get(f, 0.0)]
        out: list[str] = []
        while candidates and len(out) < k:
            f = rng.choices([f for f, _ in candidates], weights=[w for _, w in candidates])[0]
            out.append(f)
            candidates = [(g, w) for g, w in candidates if g != f]
        return out

    @staticmethod
    def _tempo(cond, rng) -> str:
        by_triage = {"emergency": ["hours", "hours", "days"], "urgent": ["hours", "days", "days"],
                     "routine": ["days", "weeks", "months"], "self_care": ["days", "days", "weeks"]}
        return rng.choice(by_triage[cond.triage])

    # ------------------------------------------------------------------ targets
    def _differential(self, true_id, present, absent, age, sex, pregnant) -> list[tuple[str, float]]:
        ranked = self.posterior.rank(present, absent, age, sex, pregnant, k=MAX_DX)
        diff = [(c, p) for c, p in ranked if p >= DIFFERENTIAL_MIN_P or c == true_id] or ranked[:1]
        if true_id is not None and true_id not in {c for c, _ in diff}:
            probs = self.posterior.probabilities(present, absent, age, sex, pregnant)
            true_p = float(probs[self.posterior.condition_ids.index(true_id)])
            diff = diff[:MAX_DX - 1] + [(true_id, true_p)]
        return diff

    def _target(self, differential, present, age, flags) -> Target:
        kb = self.kb
        lead = kb.conditions[differential[0][0]]
        level = max(triage_rank(kb.conditions[c].triage) for c, p in differential if c == lead.id or p >= WORST_FIRST_P)
        for f in present:
            rf = kb.findings[f].red_flag
            if f in lead.red_flags:
                rf = "emergency"
            if rf:
                level = max(level, triage_rank(rf))
        triage = TRIAGE_LEVELS[level]
        allowed, _ = filter_medications(kb, lead.medications, context_flags_for(age, flags))
        steps = list(lead.next_steps)
        if triage == "emergency" and lead.triage != "emergency" and "emergency_department_now" in kb.next_steps:
            steps = ["emergency_department_now"] + [s for s in steps if s != "emergency_department_now"]
        return Target(tuple(c for c, _ in differential), triage, tuple(allowed[:MAX_RX]), tuple(steps[:MAX_NEXT]))

"""Prediction: note -> differential, triage, medications, next steps, with the safety layer applied.

The decoder's first output position gives the differential's likelihoods (temperature-calibrated);
the leading diagnosis is the most likely condition there, and the rest of the sequence (triage,
medications, next steps) is decoded by constrained beam search conditioned on it. Then safety rules
run whatever the model said: red flags found in the note and can't-miss diagnoses in the differential
escalate triage, and any medication contraindicated for this patient is withheld with its reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import torch

from .bundle import Bundle
from .case import Case
from .decode import beam_search
from .errors import InputError
from .findings import FindingExtractor, Mention
from .knowledge import Condition
from .model import pad_batch
from .posterior import Posterior
from .safety import CannotMiss, RedFlag, Withheld, cannot_miss, escalate, filter_medications, red_flags_in
from .sequence import MAX_DX, section_of
from .tokenizer import Encoded

MAX_NOTE_CHARS = 100_000
_MEANINGFUL = re.compile(r"[^\W\d_]", re.UNICODE)


@dataclass(frozen=True)
class DifferentialEntry:
    condition_id: str
    icd10: str
    name_en: str
    name_zh: str
    probability: float   # calibrated likelihood from the decoder's first DX position

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en


@dataclass
class Prediction:
    case: Case
    encoded: Encoded
    differential: list[DifferentialEntry]
    triage: str                       # after escalation by red flags and can't-miss diagnoses
    model_triage: str                 # what the model said
    red_flags: list[RedFlag]
    medications: list[str]            # allowed medication ids, in the model's order
    withheld: list[Withheld]
    next_steps: list[str]
    findings: list[Mention]
    output_tokens: list[str]          # the decoded sequence (DX..., TRIAGE, RX..., NEXT...)
    warnings: list[str] = field(default_factory=list)
    cannot_miss: list[CannotMiss] = field(default_factory=list)   # dangerous diagnoses that set the triage floor

    @property
    def leading(self) -> DifferentialEntry:
        return self.differential[0]

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "differential": [{"id": d.condition_id, "icd10": d.icd10, "name": d.name(lang),
                              "probability": round(d.probability, 4)} for d in self.differential],
            "triage": self.triage, "model_triage": self.model_triage,
            "red_flags": [{"finding": r.finding, "level": r.level, "phrase": r.phrase, "start": r.start, "end": r.end}
                          for r in self.red_flags],
            "cannot_miss": [{"id": c.condition, "level": c.level, "probability": round(c.probability, 4)}
                            for c in self.cannot_miss],
            "medications": self.medications,
            "withheld": [{"medication": w.medication, "flag": w.flag, "reason": w.reason_zh if lang == "zh" else w.reason_en}
                         for w in self.withheld],
            "next_steps": self.next_steps,
            "findings_present": [m.finding for m in self.findings if m.present],
            "findings_absent": [m.finding for m in self.findings if not m.present],
            "output_tokens": self.output_tokens,
            "truncated": self.encoded.truncated,
            "warnings": self.warnings,
        }


def check_note(text: str) -> None:
    """Raise InputError with a clear message when a note cannot be assessed."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the note is empty: describe the patient's symptoms")
    if len(text) > MAX_NOTE_CHARS:
        raise InputError(f"the note is {len(text):,} characters; the limit is {MAX_NOTE_CHARS:,}")
    if not _MEANINGFUL.search(text):
        raise InputError("the note has no words (only numbers, punctuation or symbols): describe the symptoms")


class Predictor:
    """Runs a bundle on cases. Thread-safe: inference only reads the shared model."""

    def __init__(self, bundle: Bundle, beam: int = 5):
        self.bundle = bundle
        self.kb = bundle.kb
        self.beam = beam
        self.extractor = FindingExtractor(bundle.kb)
        self.posterior = Posterior(bundle.kb)
        self._dx_ids = torch.tensor(bundle.target_vocab.dx_ids)

    def predict(self, case: Case) -> Prediction:
        return self.predict_many([case])[0]

    @torch.no_grad()
    def predict_many(self, cases: list[Case], batch_size: int = 64) -> list[Prediction]:
        """Batched prediction; raises InputError naming the first unusable note."""
        for i, case in enumerate(cases):
            try:
                check_note(case.text)
            except InputError as exc:
                raise InputError(f"case {i + 1}: {exc}" if len(cases) > 1 else str(exc)) from None
        out: list[Prediction] = []
        for start in range(0, len(cases), batch_size):
            out.extend(self._predict_batch(cases[start:start + batch_size]))
        return out

    def _predict_batch(self, cases: list[Case]) -> list[Prediction]:
        tok, vocab, model = self.bundle.tokenizer, self.bundle.target_vocab, self.bundle.model
        encoded = [tok.encode(c) for c in cases]
        src, lengths = pad_batch([e.ids for e in encoded])
        hyps = beam_search(model, vocab, src, lengths, beam=self.beam, force_first_dx=True)
        return [self._assemble(c, e, h) for c, e, h in zip(cases, encoded, hyps)]

    def dx_probabilities(self, first_logits: torch.Tensor) -> torch.Tensor:
        """Calibrated P(condition) over all DX tokens from first-position logits (V,) -> (C,)."""
        return torch.softmax(first_logits[self._dx_ids] / self.bundle.temperature, dim=-1)

    def _assemble(self, case: Case, encoded: Encoded, hyp) -> Prediction:
        kb, vocab = self.kb, self.bundle.target_vocab
        probs = self.dx_probabilities(hyp.first_logits)
        top = torch.argsort(probs, descending=True)[:MAX_DX].tolist()
        differential = [self._entry(kb.conditions[vocab.dx_conditions[i]], float(probs[i])) for i in top]
        tokens = [vocab.itos[i] for i in hyp.ids]
        model_triage = next((t.split(":", 1)[1] for t in tokens if section_of(t) == "TRIAGE"), "routine")
        model_rx = [t.split(":", 1)[1] for t in tokens if section_of(t) == "RX"]
        next_steps = [t.split(":", 1)[1] for t in tokens if section_of(t) == "NEXT"]
        lead = differential[0].condition_id
        flags = case.context_flags
        # The model's medications, filtered; plus the leading condition's first-line drugs this patient
        # must not have, so the clinician sees what was withheld and why.
        allowed, withheld = filter_medications(kb, model_rx, flags)
        _, kb_withheld = filter_medications(kb, kb.conditions[lead].medications, flags)
        withheld += [w for w in kb_withheld if w.medication not in {x.medication for x in withheld}]
        findings = self.extractor.extract(case.text)
        red_flags = red_flags_in(kb, [m for m in findings if m.present], lead) + self._context_red_flags(case, findings)
        dangerous = cannot_miss(kb, differential)
        triage = escalate(model_triage, red_flags, dangerous)
        if triage == "emergency" and "emergency_department_now" in kb.next_steps and "emergency_department_now" not in next_steps:
            next_steps = ["emergency_department_now"] + next_steps
        warnings = []
        if encoded.truncated:
            warnings.append(f"The note was too long: only the first {encoded.kept_chars:,} characters "
                            f"({len(encoded) - encoded.n_context} of {encoded.n_note_tokens} tokens) were read.")
        unk = sum(1 for i in encoded.ids[encoded.n_context:] if i == self.bundle.tokenizer.unk_id)
        n_note = len(encoded) - encoded.n_context
        if n_note and unk / n_note > 0.5:
            warnings.append("Most words of this note are unknown to the model: treat the result with extra caution.")
        if not findings:
            warnings.append("No known symptom or sign was recognised in the note: the differential is unreliable.")
        warnings += self._denied_key_signs(case, findings, differential[0])
        return Prediction(case, encoded, differential, triage, model_triage, red_flags, allowed, withheld,
                          next_steps, findings, tokens, warnings, dangerous)

    def _denied_key_signs(self, case: Case, findings: list[Mention], lead: DifferentialEntry) -> list[str]:
        """A second opinion from the knowledge base: when the note denies key signs of the leading diagnosis
        (likelihood >= 0.5 in the KB) and the Bayes posterior over the recognised findings gives it under 10%
        while the model gives it over 50%, say so. The model can over-read negated danger words in short notes
        ("headache and high fever. No neck stiffness, no rash" -> meningitis); triage is never lowered for it."""
        key = {f for f, p in self.kb.conditions[lead.condition_id].findings if p >= 0.5}
        denied = [m for m in findings if not m.present and m.finding in key]
        if not denied or lead.probability <= 0.5:
            return []
        probs = self.posterior.probabilities([m.finding for m in findings if m.present],
                                             [m.finding for m in findings if not m.present],
                                             case.age, case.sex, "pregnant" in case.flags)
        bayes = float(probs[self.posterior.condition_ids.index(lead.condition_id)])
        if bayes >= 0.1:
            return []
        signs = ", ".join(f'"{m.phrase}"' for m in denied)
        return [f"The note denies key signs of {lead.name_en} ({signs}), and the knowledge base gives it only "
                f"{bayes:.0%} from the findings recognised, against the model's {lead.probability:.0%}: check that "
                f"the model has not read a negated sign as present."]

    @staticmethod
    def _entry(c: Condition, p: float) -> DifferentialEntry:
        return DifferentialEntry(c.id, c.icd10, c.name.en, c.name.zh, p)

    def _context_red_flags(self, case: Case, findings: list[Mention]) -> list[RedFlag]:
        """Danger that comes from the patient's context, not a single phrase.

        - Fever in an infant is at least urgent (NICE NG143: under 3 months with 38 C or more is high
          risk). Age is entered in whole years, so every fever under 1 year is escalated to urgent.
        - Head injury while on anticoagulants needs a CT head within 8 hours (NICE NG232): urgent.
        - Bleeding or abdominal pain in pregnancy needs same-day assessment (NICE NG126): urgent.
        """
        present = {m.finding: m for m in findings if m.present}
        out = []
        fever = next((present[f] for f in ("fever", "high_fever", "low_grade_fever") if f in present), None)
        if fever and case.age is not None and case.age < 1:
            out.append(RedFlag("fever", "urgent", f"{fever.phrase} (infant under 1 year)", fever.start, fever.end))
        if "head_injury" in present and "anticoagulant" in case.flags:
            m = present["head_injury"]
            out.append(RedFlag("head_injury", "urgent", f"{m.phrase} (on anticoagulants)", m.start, m.end))
        if "pregnant" in case.flags:
            for f in ("vaginal_bleeding", "pregnancy_bleeding", "abdominal_pain", "lower_abdominal_pain", "pelvic_pain"):
                if f in present:
                    m = present[f]
                    out.append(RedFlag(f, "urgent", f"{m.phrase} (pregnant)", m.start, m.end))
                    break
        return out

"""Ask next: the findings whose answer would most change the differential, and simulated consultations.

After an assessment, every finding of the leading conditions that the note does not mention is a candidate
question. For each one the model is run on the note with the finding stated present and stated absent (the
what-if edit, ``medmodel.whatif.edit_note``), every candidate of every case in one batched forward. The chance of
each answer comes from the knowledge base given the current differential, P(yes) = sum_c p(c) P(finding | c),
and the expected information gain is the expected fall in the entropy of the calibrated differential:

    gain(f) = H(p) - [P(yes) H(p | yes) + P(no) H(p | no)]        in bits

(Lindley 1956, the criterion of Bayesian experimental design; symptom checkers choose their next question this
way). The model is not a Bayes-consistent posterior, so a gain can come out negative: on average the answer would
blur the differential, and the question ranks last. When an urgent or emergency condition is in the differential,
its most informative danger sign is asked first, whatever its gain: ruling danger out comes before refining the
diagnosis (NICE CKS "red flags"; RCEM triage). That slot (``RED_FLAGS_FIRST``) is per consultation, not per turn:
once the note denies one of those danger signs, or the patient did not know one, the questions are ranked by gain
alone, danger signs included (a danger sign stated present keeps danger signs first). Forcing a danger sign first
at every turn, as the first version did, spent whole consultations on them (top-1 after three questions 0.67
against 0.71 on the same 400 sparse openings).

``evaluate_ask`` measures it: simulated consultations that open with one or two findings, answered from the
case's true findings (generated cases) or from the knowledge base given the labelled diagnosis (a labelled file),
top-1 after 0, 1, 2, 3 answered questions against asking random unmentioned findings of the top-5 conditions.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass, replace
from typing import Callable

import numpy as np

from . import labels
from .case import Case
from .knowledge import KnowledgeBase, triage_rank
from .predict import Predictor
from .whatif import edit_note

ANSWERS = ("yes", "no", "unknown")
TOP_CONDITIONS = 5          # candidate questions come from the findings of this many leading conditions ...
MIN_CONDITION_P = 0.01      # ... each at least this likely (the leading one always counts)
DANGER_P = 0.05             # an urgent or emergency condition at least this likely puts its red flags first
RED_FLAGS_FIRST = 1         # danger-sign questions that go first in a consultation (Asker.red_flag_slots)
MAX_QUESTIONS = 5
MAX_CANDIDATES = 60         # per case: the forward pass stays under a second on a laptop CPU
STEPS = 3                   # questions asked in a simulated consultation


def entropy(p: np.ndarray) -> np.ndarray:
    """Shannon entropy in bits over the last axis (0 log 0 = 0)."""
    p = np.clip(np.asarray(p, dtype=np.float64), 0.0, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        return -np.sum(np.where(p > 0, p * np.log2(np.where(p > 0, p, 1.0)), 0.0), axis=-1)


def expected_gain(prior: np.ndarray, p_yes: np.ndarray, if_yes: np.ndarray, if_no: np.ndarray,
                  criterion: str = "mutual_information") -> np.ndarray:
    """prior (C,), p_yes (F,), if_yes and if_no (F, C) -> (F,) expected information gain of each question, bits.

    "entropy_drop": H(prior) - E[H(after)], the expected fall in entropy. "mutual_information": H(E[after]) -
    E[H(after)], the information the answer carries about the diagnosis (never negative). The two are equal when
    the differentials after "yes" and "no", weighted by their chances, average back to the prior, as a Bayesian
    posterior's do; a model that drifts the same way whatever the answer (a negated word read as the word)
    makes the first reward the drift, the second not.
    """
    expected_after = p_yes * entropy(if_yes) + (1 - p_yes) * entropy(if_no)
    if criterion == "entropy_drop":
        return entropy(prior) - expected_after
    if criterion == "mutual_information":
        return entropy(p_yes[:, None] * if_yes + (1 - p_yes)[:, None] * if_no) - expected_after
    raise ValueError(f"criterion must be mutual_information or entropy_drop, got {criterion!r}")


def question_text(kb: KnowledgeBase, finding: str, lang: str = "en") -> str:
    """The question in plain words: the catalogue's own (``ask.question.<finding>``) where one is written, else
    the knowledge base's name of the finding in the catalogue's template for its kind."""
    key = f"ask.question.{finding}"
    if labels.has(key, lang):
        return labels.text(key, lang)
    f = kb.findings[finding]
    name = f.name.get(lang)
    lower = name[0].lower() + name[1:] if len(name) > 1 and not name[1].isupper() else name   # "HIV ..." stays
    return labels.text(f"ask.template.{f.kind}", lang, name=name, lower=lower)


def answer_note(text: str, finding: str, answer: str, kb: KnowledgeBase) -> str:
    """The note with the answer appended in the note's language ("Neck stiffness." / "没有颈项强直。");
    "unknown" leaves it as it is."""
    if answer not in ANSWERS:
        raise ValueError(f"answer must be one of {', '.join(ANSWERS)}, got {answer!r}")
    if answer == "unknown":
        return text
    return edit_note(text, [], {finding: "present" if answer == "yes" else "absent"}, kb)


@dataclass(frozen=True)
class Question:
    """One candidate question and what its answer is expected to do to the differential."""
    finding: str
    gain: float                      # expected information gain, bits
    p_yes: float                     # P(yes) from the knowledge base given the current differential
    red_flag: bool                   # a danger sign of an urgent or emergency condition in the differential
    if_yes: tuple[str, float]        # leading condition and its likelihood if the answer is yes ...
    if_no: tuple[str, float]         # ... and if it is no
    for_conditions: tuple[str, ...]  # the leading conditions that list this finding

    def text(self, kb: KnowledgeBase, lang: str = "en") -> str:
        return question_text(kb, self.finding, lang)

    def to_dict(self, kb: KnowledgeBase, lang: str = "en") -> dict:
        return {"finding": self.finding, "question": self.text(kb, lang), "finding_name": kb.findings[self.finding].name.get(lang),
                "expected_gain_bits": round(self.gain, 4), "p_yes": round(self.p_yes, 4), "red_flag": self.red_flag,
                "if_yes": {"leading": self.if_yes[0], "probability": round(self.if_yes[1], 4)},
                "if_no": {"leading": self.if_no[0], "probability": round(self.if_no[1], 4)},
                "for_conditions": list(self.for_conditions)}


class Asker:
    """Ranks the next questions for cases. Thread-safe, like the predictor it wraps."""

    def __init__(self, predictor: Predictor, criterion: str = "mutual_information"):
        expected_gain(np.ones(1), np.ones(1), np.ones((1, 1)), np.ones((1, 1)), criterion)   # a bad name fails here
        self.criterion = criterion
        self.predictor = predictor
        self.kb = predictor.kb
        self.posterior = predictor.posterior
        self.conditions = predictor.condition_ids                       # columns of the model's distribution
        row = {c: i for i, c in enumerate(self.posterior.condition_ids)}
        self._likelihood = self.posterior.p_finding[[row[c] for c in self.conditions]]   # (C, F) P(f | c)
        self._fidx = {f: i for i, f in enumerate(self.posterior.finding_ids)}

    # ------------------------------------------------------------------ candidates
    def candidates(self, probs: np.ndarray, mentioned: set[str], skip=()) -> tuple[list[str], set[str], dict]:
        """Findings of the leading conditions not yet mentioned or asked, most likely conditions' first; the
        red-flag ones; and for each, the leading conditions that list it."""
        kb = self.kb
        order = np.argsort(-probs, kind="stable")[:TOP_CONDITIONS]
        leading = [self.conditions[i] for n, i in enumerate(order) if n == 0 or probs[i] >= MIN_CONDITION_P]
        done = set(mentioned) | set(skip)
        out: dict[str, list[str]] = {}
        for cid in leading:
            c = kb.conditions[cid]
            for f in [f for f, _ in sorted(c.findings, key=lambda fp: -fp[1])] + list(c.red_flags):
                if f not in done:
                    out.setdefault(f, []).append(cid)
        found = list(out)[:MAX_CANDIDATES]
        return found, self.danger_signs(probs) & set(found), {f: tuple(out[f]) for f in found}

    def danger_signs(self, probs: np.ndarray) -> set[str]:
        """The danger signs of the urgent or emergency conditions among the leading ones (at least ``DANGER_P``)."""
        kb, out = self.kb, set()
        for i in np.argsort(-probs, kind="stable")[:TOP_CONDITIONS]:
            c = kb.conditions[self.conditions[i]]
            if triage_rank(c.triage) >= triage_rank("urgent") and probs[i] >= DANGER_P:
                out |= set(c.red_flags) | {f for f, _ in c.findings if kb.findings[f].red_flag}
        return out

    def red_flag_slots(self, probs: np.ndarray, mentions, skip=()) -> int:
        """How many danger-sign questions still go first: ``RED_FLAGS_FIRST`` less the danger signs of the
        dangerous conditions in the differential already screened, that is stated absent in the note or answered
        "don't know". A danger sign stated present does not count: the danger is live, and its neighbours are
        still asked first; nor does a denied sign of some other condition ("no chest pain" for a headache)."""
        present = {m.finding for m in mentions if m.present}
        screened = {m.finding for m in mentions if not m.present} | (set(skip) - present)
        return max(0, RED_FLAGS_FIRST - len(self.danger_signs(probs) & screened))

    # ------------------------------------------------------------------ ranking
    def questions(self, case: Case, k: int = MAX_QUESTIONS, skip=()) -> list[Question]:
        return self.questions_many([case], k, [skip])[0]

    def questions_many(self, cases: list[Case], k: int = MAX_QUESTIONS, skips=None,
                       batch_size: int = 256) -> list[list[Question]]:
        """The ``k`` best questions for each case (red flags first, then by expected gain); ``skips``: per case,
        findings already asked (answered "don't know"). One forward for the cases, one for every variant."""
        skips = skips or [()] * len(cases)
        kb, extractor = self.kb, self.predictor.extractor
        mentions = [extractor.extract(c.text) for c in cases]
        probs = self.predictor.probabilities(cases, batch_size=batch_size).double().numpy()   # (N, C)
        plans, variants = [], []
        for case, ms, p, skip in zip(cases, mentions, probs, skips):
            found, red, why = self.candidates(p, {m.finding for m in ms}, skip)
            plans.append((len(variants), found, red, why, self.red_flag_slots(p, ms, skip)))
            for f in found:
                for state in ("present", "absent"):
                    variants.append(replace(case, text=edit_note(case.text, ms, {f: state}, kb)))
        after = (self.predictor.probabilities(variants, batch_size=batch_size).double().numpy() if variants
                 else np.zeros((0, len(self.conditions))))
        out = []
        for p, (start, found, red, why, red_first) in zip(probs, plans):
            if not found:
                out.append([])
                continue
            q = after[start:start + 2 * len(found)].reshape(len(found), 2, -1)          # (F, yes/no, C)
            cols = [self._fidx[f] for f in found]
            p_yes = np.clip(p @ self._likelihood[:, cols], 0.0, 1.0)                    # (F,)
            gain = expected_gain(p, p_yes, q[:, 0], q[:, 1], self.criterion)
            lead_yes, lead_no = q[:, 0].argmax(1), q[:, 1].argmax(1)
            qs = [Question(f, float(gain[i]), float(p_yes[i]), f in red,
                           (self.conditions[lead_yes[i]], float(q[i, 0, lead_yes[i]])),
                           (self.conditions[lead_no[i]], float(q[i, 1, lead_no[i]])), why[f])
                  for i, f in enumerate(found)]
            out.append(rank(qs, k, red_first))
        return out

    def answer(self, case: Case, finding: str, answer: str) -> Case:
        """The case with the answer appended to its note in the patient's language."""
        if finding not in self.kb.findings:
            raise ValueError(f"unknown finding {finding!r}")
        return replace(case, text=answer_note(case.text, finding, answer, self.kb))


def rank(questions: list[Question], k: int = MAX_QUESTIONS, red_first: int = RED_FLAGS_FIRST) -> list[Question]:
    """Up to ``red_first`` red-flag questions (most informative first), then the rest by expected gain."""
    by_gain = sorted(questions, key=lambda q: (-q.gain, q.finding))
    first = [q for q in by_gain if q.red_flag][:red_first]
    return (first + [q for q in by_gain if q not in first])[:k]


# ---------------------------------------------------------------------------------------------- measurement
@dataclass
class _Consultation:
    case: Case                       # the note so far
    truth: set[str]                  # labelled diagnosis (and acceptable alternatives)
    condition: str                   # the condition answers are drawn from
    key: str                         # seeds this case's answers: the same finding gets the same answer in both arms
    known: set[str]                  # findings the opening states present
    asked: list[str]


def _answer_of(c: _Consultation, finding: str, likelihood: np.ndarray, fidx: dict, cidx: dict, seed: int) -> str:
    """The patient's answer: yes for what the opening says, else drawn from P(finding | condition) (the same draw
    for the same case and finding, so both arms meet the same patient)."""
    if finding in c.known:
        return "yes"
    u = random.Random(f"{seed}:{c.key}:{finding}").random()
    return "yes" if u < likelihood[cidx[c.condition], fidx[finding]] else "no"


def simulate(asker: Asker, consultations: list[_Consultation], strategy: str, seed: int, steps: int = STEPS,
             chunk: int = 32, progress: Callable[[int, int], None] | None = None) -> dict:
    """Run ``steps`` questions on every consultation; ``strategy`` "ask" (the ranked first question) or
    "random" (a random unmentioned finding of the model's top-5 conditions). Returns hits by step."""
    if strategy not in ("ask", "random"):
        raise ValueError("strategy must be ask or random")
    post, predictor = asker.posterior, asker.predictor
    fidx = {f: i for i, f in enumerate(post.finding_ids)}
    cidx = {c: i for i, c in enumerate(post.condition_ids)}
    top1 = np.zeros((steps + 1, len(consultations)))
    top3 = np.zeros((steps + 1, len(consultations)))
    rng = random.Random(f"random-arm:{seed}")
    cons = [replace(c, asked=[]) for c in consultations]
    ask_seconds, n_asks = 0.0, 0
    for start in range(0, len(cons), chunk):
        batch = cons[start:start + chunk]
        for step in range(steps + 1):
            probs = predictor.probabilities([c.case for c in batch], batch_size=256).numpy()
            for j, (c, p) in enumerate(zip(batch, probs)):
                ranked = [asker.conditions[i] for i in np.argsort(-p, kind="stable")[:3]]
                top1[step, start + j] = bool(c.truth & set(ranked[:1]))
                top3[step, start + j] = bool(c.truth & set(ranked))
            if step == steps:
                break
            if strategy == "ask":
                t0 = time.perf_counter()
                chosen = [qs[0].finding if qs else None for qs in
                          asker.questions_many([c.case for c in batch], k=1, skips=[c.asked for c in batch])]
                ask_seconds += time.perf_counter() - t0
                n_asks += len(batch)
            else:
                chosen = []
                for c, p in zip(batch, probs):
                    mentioned = {m.finding for m in predictor.extractor.extract(c.case.text)} | set(c.asked)
                    top = [asker.conditions[i] for i in np.argsort(-p, kind="stable")[:TOP_CONDITIONS]]
                    pool = sorted({f for cid in top for f, _ in asker.kb.conditions[cid].findings} - mentioned)
                    chosen.append(rng.choice(pool) if pool else None)
            for c, f in zip(batch, chosen):
                if f is None:
                    continue
                c.asked.append(f)
                c.case = asker.answer(c.case, f, _answer_of(c, f, post.p_finding, fidx, cidx, seed))
        if progress:
            progress(min(start + chunk, len(cons)), len(cons))
    return {"top1": top1.mean(1).tolist(), "top3": top3.mean(1).tolist(),
            "ms_per_case": 1000 * ask_seconds / n_asks if n_asks else None}


def generated_consultations(kb: KnowledgeBase, n: int, seed: int, lang: str = "mix") -> list[_Consultation]:
    """``n`` generated patients whose opening note states only one or two findings (``Generator.opening``)."""
    from .synth import Generator
    gen = Generator(kb)
    out = []
    for i in range(n):
        s = gen.opening(seed, i, lang)
        out.append(_Consultation(s.case, {s.condition_id}, s.condition_id, f"gen:{i}", set(s.present), []))
    return out


def labelled_consultations(predictor: Predictor, df, max_findings: int | None = 2) -> list[_Consultation]:
    """Rows of a labelled file (columns text and dx or label; optional id, age, sex, flags, acceptable) whose
    note states at most ``max_findings`` findings (None: every row)."""
    from .evaluate import _cell, dev_cases
    kb = predictor.kb
    if "dx" not in df.columns and "label" in df.columns:
        df = df.rename(columns={"label": "dx"})
    if not {"text", "dx"} <= set(df.columns):
        raise ValueError("the file needs the columns text and dx (or label)")
    out = []
    for i, (row, case) in enumerate(dev_cases(df)):
        cid = kb.resolve_condition(_cell(row["dx"]))
        if cid is None or not case.text.strip():
            continue
        present = {m.finding for m in predictor.extractor.extract(case.text) if m.present}
        if max_findings is not None and len(present) > max_findings:
            continue
        truth = {cid} | {a.strip() for a in _cell(row.get("acceptable")).split(";") if a.strip()}
        out.append(_Consultation(case, truth, cid, f"row:{_cell(row.get('id')) or i}", present, []))
    return out


def evaluate_ask(predictor: Predictor, n: int = 500, seed: int | None = None, lang: str = "mix", data=None,
                 max_findings: int | None = 2, steps: int = STEPS, criterion: str = "mutual_information",
                 progress: Callable[[int, int], None] | None = None) -> dict:
    """Simulated consultations: top-1 (and top-3) after 0..``steps`` answered questions, asking the ranked first
    question against a random unmentioned finding of the top-5 conditions. Generated sparse openings by default;
    ``data`` (a DataFrame) for a labelled file's short notes."""
    from .evaluate import EVAL_SEED
    seed = EVAL_SEED if seed is None else seed
    t0 = time.perf_counter()
    if data is None:
        cons = generated_consultations(predictor.kb, n, seed, lang)
        source = f"generated sparse openings (1-2 findings), seed {seed}, lang {lang}"
    else:
        cons = labelled_consultations(predictor, data, max_findings)
        source = "labelled file" + (f", notes stating at most {max_findings} findings" if max_findings is not None else "")
    if not cons:
        raise ValueError("no usable consultation: no row has a known diagnosis and a short enough note")
    asker = Asker(predictor, criterion)
    total = 2 * len(cons)
    tick = (lambda offset: (lambda done, _: progress(offset + done, total))) if progress else (lambda offset: None)
    asked = simulate(asker, cons, "ask", seed, steps, progress=tick(0))
    rand = simulate(asker, cons, "random", seed, steps, progress=tick(len(cons)))
    r = lambda xs: [round(x, 4) for x in xs]  # noqa: E731
    return {
        "n": len(cons), "source": source, "steps": steps,
        "top1_by_questions": r(asked["top1"]), "random_top1_by_questions": r(rand["top1"]),
        "top3_by_questions": r(asked["top3"]), "random_top3_by_questions": r(rand["top3"]),
        "gain_after_3": round(asked["top1"][-1] - asked["top1"][0], 4),
        "beats_random_by": round(asked["top1"][-1] - rand["top1"][-1], 4),
        "ask_ms_per_case": round(asked["ms_per_case"], 1) if asked["ms_per_case"] is not None else None,
        "criterion": criterion, "red_flags_first": RED_FLAGS_FIRST, "seconds": round(time.perf_counter() - t0, 1),
    }


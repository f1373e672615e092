"""A prediction in words, written once for every surface.

The app's widgets, the HTML report, a ``score`` row, the CLI's printed text and ``Prediction.to_dict`` say the
same things about a prediction: the triage and why it was raised, what the note said about the patient, the
differential, each medicine with its line, route, usual dose and source, what was withheld and why, each
candidate's options when the leading diagnosis is not confident, next steps and warnings. This module words each
of them once, in the reader's language (the catalogue through ``medmodel.labels``, names from the knowledge
base), as plain text. A surface escapes the text for its medium (Markdown, HTML, a spreadsheet cell) and lays
it out; it never builds a sentence of its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import labels
from .knowledge import triage_rank

if TYPE_CHECKING:
    from .case import Case
    from .knowledge import KnowledgeBase
    from .predict import Prediction

# Warnings each surface shows in a place of its own (the out-of-scope banner, the treatment section, beside the
# form) rather than again in the list of warnings.
# A medicine the patient takes that the note's own context makes unsafe: shown as a medicine-safety warning, not as
# uncertainty (``medicine_safety``)
MEDICINE_SAFETY = frozenset({"combined_pill_with_aura", "ace_inhibitor_in_pregnancy", "arb_in_pregnancy",
                             "warfarin_in_pregnancy", "methotrexate_in_pregnancy", "lithium_in_pregnancy"})
PLACED = frozenset({"out_of_scope", "confirm_diagnosis_first", "thin_note", "context_conflict",
                    "confirm_before_treatment"}) | MEDICINE_SAFETY
# Items of one phrase that say more than another item of the same phrase: "22 weeks pregnant" says "pregnant".
_SUBSUMES = {"gestation_weeks": "pregnant", "allergy_penicillin_severe": "allergy_penicillin", "warfarin": "anticoagulant"}
_CHIP_ORDER = ("age", "sex", "gestation_weeks", "pregnant", "breastfeeding", "allergy_penicillin_severe",
               "allergy_penicillin", "egfr", "kidney_disease")


def _join(items, lang: str) -> str:
    return labels.text("ui12.join", lang).join(items)


def _name(table, key: str, lang: str) -> str:
    return table[key].name.get(lang) if key in table else key.replace("_", " ")


# ----------------------------------------------------------------------------------------- triage
@dataclass(frozen=True)
class Alert:
    """Why the triage is what it is: a red flag in the note, or a dangerous diagnosis not yet excluded."""
    kind: str       # "red_flag" or "cannot_miss"
    level: str      # the triage level it demands
    text: str


def triage(p: Prediction, lang: str = "en") -> str:
    """"URGENT - same-day assessment"."""
    return labels.triage(p.triage, lang, long=True)


def escalation(p: Prediction, lang: str = "en") -> str | None:
    """What the model's own triage token said, when the final level differs; None when they agree. The final level
    comes from the calibrated differential, red flags and context, so it can be below the token too (hives with
    "lips fine, breathing fine": the token said emergency, the differential routine): then it is not "raised"."""
    if p.model_triage == p.triage:
        return None
    key = "msg.model_said" if triage_rank(p.triage) > triage_rank(p.model_triage) else "msg.model_said_lower"
    return labels.text(key, lang, model=labels.text(f"triage_word.{p.model_triage}", lang),
                       final=labels.text(f"triage_word.{p.triage}", lang))


def red_flag(r, kb: KnowledgeBase, lang: str = "en") -> str:
    """"Neck stiffness: “stiff neck” (with fever)": the finding, the note's words, and the context that made it one."""
    text = labels.text("msg.red_flag", lang, finding=_name(kb.findings, r.finding, lang), phrase=r.phrase)
    return text + labels.text("msg.red_flag_rule", lang, why=labels.text(f"rule.{r.rule}", lang)) if r.rule else text


def alerts(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[Alert]:
    """Red flags found in the note, then the dangerous diagnoses that set the triage."""
    out = [Alert("red_flag", r.level, red_flag(r, kb, lang)) for r in p.red_flags]
    out += [Alert("cannot_miss", c.level, labels.text("msg.cannot_miss", lang,
                                                      condition=_name(kb.conditions, c.condition, lang),
                                                      probability=labels.percent(c.probability),
                                                      level=labels.text(f"triage_word.{c.level}", lang)))
            for c in p.cannot_miss]
    return out


# ----------------------------------------------------------------------------------------- the patient
@dataclass(frozen=True)
class Chip:
    """What one phrase of the note said about the patient ("34F" -> age 34, female), and whether the clinician
    removed it (its keys are in ``Case.ignored_context``)."""
    keys: tuple[str, ...]   # context keys set by the phrase; removing the chip ignores all of them
    label: str              # "22 weeks pregnant"
    phrase: str             # as written in the note
    removed: bool
    text: str               # the label, with the note's words unless it holds them: "On an anticoagulant “apixaban”"


def chips(p: Prediction, lang: str = "en") -> list[Chip]:
    """Everything read from the note, one chip per phrase, in the note's order (removed ones included)."""
    groups: dict[tuple[int, int], list] = {}
    for item in p.context.items:
        groups.setdefault((item.start, item.end), []).append(item)
    ignored = p.case.ignored_context
    out = []
    for items in groups.values():
        keys = {i.key for i in items}
        shown = [i for i in items if not (i.key in _SUBSUMES.values() and
                                           any(_SUBSUMES.get(k) == i.key for k in keys))]
        shown.sort(key=lambda i: _CHIP_ORDER.index(i.key) if i.key in _CHIP_ORDER else len(_CHIP_ORDER))
        label = _join(dict.fromkeys(labels.context_item(i, lang) for i in shown), lang)
        label, phrase = label[:1].upper() + label[1:], items[0].phrase.strip()
        text = labels.text("ui12.chip", lang, label=label, phrase=phrase) if phrase.lower() not in label.lower() \
            else label
        ordered = tuple(dict.fromkeys(i.key for i in items))
        out.append(Chip(ordered, label, phrase, all(k in ignored for k in ordered), text))
    return out


def medicine_safety(p: Prediction, kb: KnowledgeBase | None = None, lang: str = "en") -> list[str]:
    """A medicine the patient takes that their context makes unsafe (``MEDICINE_SAFETY``), one sentence each."""
    return [labels.message(w, lang, kb) for w in p.warnings if w.code in MEDICINE_SAFETY]


def conflicts(p: Prediction, kb: KnowledgeBase | None = None, lang: str = "en") -> list[str]:
    """Where the form and the note disagree, one sentence each."""
    return [labels.message(w, lang, kb) for w in p.warnings if w.code == "context_conflict"]


def patient(case: Case, lang: str = "en") -> list[str]:
    """The patient as entered: age, sex, weeks of pregnancy, eGFR, then the context flags."""
    age = case.age if case.age is not None else labels.text("common.unknown", lang)
    parts = [labels.text("assess.summary_age", lang, age=age),
             labels.text("assess.summary_sex", lang, sex=labels.sex(case.sex, lang))]
    if case.gestation_weeks is not None:
        parts.append(labels.text("assess.summary_weeks", lang, weeks=case.gestation_weeks))
    if case.egfr is not None:
        parts.append(labels.text("assess.summary_egfr", lang, egfr=case.egfr))
    flags = case.flags - ({"pregnant"} if case.gestation_weeks is not None else set())   # the weeks say it
    flags -= {_SUBSUMES[f] for f in flags if f in _SUBSUMES}   # "on warfarin" says "on an anticoagulant"
    if flags:
        parts.append(_join((labels.flag(f, lang) for f in sorted(flags)), lang))
    return parts


# ----------------------------------------------------------------------------------------- treatment
@dataclass(frozen=True)
class Medicine:
    """One medicine for one condition as a prescriber reads it; the dosing fields are empty when the knowledge base
    gives none for the pair."""
    id: str
    name: str
    drug_class: str
    heading: str       # "Amoxicillin (penicillin)"
    line: str          # "first line" / "alternative"
    route: str         # "by mouth"
    dose: str          # the usual adult dose; the child dose follows it where the condition affects children
    source: str        # the guideline or formulary the dose is from
    dosing: str        # "first line, by mouth: 500 mg 3 times a day for 5 days"
    text: str          # the whole line: heading, dosing and source
    first: bool = False


def medicine(kb: KnowledgeBase, condition: str, medication: str, lang: str = "en") -> Medicine:
    """``medication`` as used for ``condition``: its line, route, usual dose and source."""
    med = kb.medications[medication]
    name, cls = med.name.get(lang), med.drug_class.get(lang)
    heading = labels.text("ui12.medicine", lang, name=name, drug_class=cls)
    d = kb.conditions[condition].dosing.get(medication) if condition in kb.conditions else None
    if d is None:
        return Medicine(medication, name, cls, heading, "", "", "", "", "", heading)
    line, route, dose = labels.text(f"line.{d.line}", lang), labels.text(f"route.{d.route}", lang), d.dose.get(lang)
    dosing = labels.text("ui12.dosing", lang, line=line, route=route, dose=dose)
    return Medicine(medication, name, cls, heading, line, route, dose, d.source, dosing,
                    labels.text("ui12.medicine_line", lang, medicine=heading, dosing=dosing, source=d.source),
                    d.line == "first")


@dataclass(frozen=True)
class Option:
    """A candidate diagnosis and the medicines it would call for, shown while the diagnosis is unconfirmed."""
    condition: str
    title: str                  # "Tonsillitis (38%)"
    medicines: list[Medicine]


def medicines(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[Medicine]:
    """The medicines suggested for the leading diagnosis, with their dosing."""
    return [medicine(kb, p.leading.condition_id, m, lang) for m in p.medications]


def options(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[Option]:
    """Each candidate's medicines when the leading diagnosis is not confident (empty otherwise)."""
    probability = {d.condition_id: d.probability for d in p.differential}
    return [Option(cid, labels.text("ui12.option", lang, condition=_name(kb.conditions, cid, lang),
                                    probability=labels.percent(probability.get(cid))),
                   [medicine(kb, cid, m, lang) for m in meds]) for cid, meds in p.options.items()]


def treatment_note(p: Prediction, lang: str = "en", kb: KnowledgeBase | None = None) -> str | None:
    """Why no medicine is listed, when none is: outside the knowledge base, no symptom read, or the diagnosis to
    confirm first."""
    if p.out_of_scope:
        return labels.text("ui12.no_medicine_scope", lang)
    if any(w.code == "pregnancy_unconfirmed" for w in p.warnings):
        return labels.text("ui12.no_medicine_pregnancy_test", lang)
    if any(w.code == "red_flag_unexplained" for w in p.warnings) and not p.medications:
        return labels.text("ui12.no_medicine_red_flag", lang)   # a danger sign the lead does not account for
    # (no symptom read is the first reason: a bleed at 8 weeks read nothing and led to a miscarriage to confirm)
    placed = next((w for code in ("no_finding_recognised", "thin_note", "confirm_before_treatment") for w in p.warnings
                   if w.code == code), None)
    if placed is not None:
        return labels.message(placed, lang, kb)
    if p.options:
        return labels.text("msg.confirm_diagnosis_first", lang, probability=labels.percent(p.leading.probability))
    return None


def withheld(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[str]:
    return [labels.text("msg.withheld", lang, medication=_name(kb.medications, w.medication, lang),
                        reason=w.reason(lang)) for w in p.withheld]


def next_steps(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[str]:
    return [_name(kb.next_steps, s, lang) for s in p.next_steps]


def findings(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> list[str]:
    """"Chest pain (present: “crushing chest pain”)"."""
    return [labels.text("ui12.finding", lang, finding=_name(kb.findings, m.finding, lang),
                        state=labels.text("result.present" if m.present else "result.absent", lang), phrase=m.phrase)
            for m in p.findings]


def differential(p: Prediction, lang: str = "en") -> list[tuple[str, str, str]]:
    """(name, ICD-10, likelihood as a capped percentage), most likely first."""
    return [(d.name(lang), d.icd10, labels.percent(d.probability)) for d in p.differential]


def warnings(p: Prediction, kb: KnowledgeBase | None = None, lang: str = "en", placed: bool = True) -> list[str]:
    """Every warning in words; with ``placed=False`` only those without a place of their own (``PLACED``)."""
    return [labels.message(w, lang, kb) for w in p.warnings if placed or w.code not in PLACED]


# ----------------------------------------------------------------------------------------- whole surfaces
def record(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> dict:
    """The columns ``score`` adds to a row, after the differential's (records.RESULT_COLUMNS)."""
    sep = "; "
    return {
        "triage": p.triage,
        "red_flags": sep.join(a.text for a in alerts(p, kb, lang)),
        "medications": sep.join(m.name for m in medicines(p, kb, lang)),
        "withheld": sep.join(withheld(p, kb, lang)),
        "next_steps": sep.join(next_steps(p, kb, lang)),
        "findings_present": sep.join(m.finding for m in p.findings if m.present),
        "findings_absent": sep.join(m.finding for m in p.findings if not m.present),
        "out_of_scope": p.out_of_scope,
        "context_from_note": sep.join(c.text for c in chips(p, lang) if not c.removed),
        "warnings": " ".join(warnings(p, kb, lang)),
    }


def plain_text(p: Prediction, kb: KnowledgeBase, lang: str = "en") -> str:
    """The prediction as the CLI prints it: sections in the order a clinician reads them."""
    say = lambda key, **kw: labels.text(key, lang, **kw)  # noqa: E731
    out = [say("cli.disclaimer"), "", say("cli.triage", level=triage(p, lang))]
    raised = escalation(p, lang)
    out += [f"  {raised}"] if raised else []
    out += ["  " + say(f"cli.{a.kind}", text=a.text) for a in alerts(p, kb, lang)]
    if p.out_of_scope:
        out += ["", say("ui12.cli_out_of_scope", text=labels.text("msg.out_of_scope", lang))]
    shown = chips(p, lang)
    if shown:
        out += ["", say("context.read_from_note") + say("section.sep").rstrip()]
        out += [f"  {c.text}" + (f" ({say('ui12.removed')})" if c.removed else "") for c in shown]
    out += ["  " + say("ui12.cli_conflict", text=c) for c in conflicts(p, kb, lang)]
    out += ["", say("ui12.cli_differential_reference") if p.out_of_scope else say("cli.differential")]
    out += [f"  {pct:>5}  " + say("ui12.dx_line", name=name, icd10=icd) for name, icd, pct in differential(p, lang)]
    out += ["", say("cli.medications")]
    note = treatment_note(p, lang, kb)
    out += [f"  {note}"] if note else []
    out += [f"  {m.text}" for m in medicines(p, kb, lang)]
    for option in options(p, kb, lang):
        out += [f"  {option.title}{say('section.sep').rstrip()}"] + [f"    {m.text}" for m in option.medicines]
        out += [] if option.medicines else [f"    {say('common.none_short')}"]
    if p.withheld:
        out += ["", say("ui12.cli_withheld")] + [f"  {w}" for w in withheld(p, kb, lang)]
    out += ["", say("cli.next_steps")] + [f"  {s}" for s in next_steps(p, kb, lang)]
    listed = warnings(p, kb, lang, placed=False)
    if listed:
        out += [""] + [say("cli.warning", text=w) for w in listed]
    return "\n".join(out)


def as_dict(p: Prediction, kb: KnowledgeBase | None = None, lang: str = "en") -> dict:
    """The words of ``Prediction.to_dict``: sentences need the knowledge base for names (ids without it)."""
    out = {
        "withheld": [{"medication": w.medication, "flag": w.flag, "reason": w.reason(lang)} for w in p.withheld],
        "warnings": [labels.message(w, lang, kb) for w in p.warnings],
        "context_from_note": [{"key": i.key, "value": i.value, "phrase": i.phrase, "negated": i.negated,
                               "label": labels.context_item(i, lang), "removed": i.key in p.case.ignored_context}
                              for i in p.context.items],
        "dosing": None, "triage_text": triage(p, lang), "escalation": escalation(p, lang),
    }
    if kb is not None:
        out["dosing"] = [{"medication": m.id, "name": m.name, "line": m.line, "route": m.route, "dose": m.dose,
                          "source": m.source} for m in medicines(p, kb, lang)]
        out["red_flags_text"] = [a.text for a in alerts(p, kb, lang)]
        out["treatment_note"] = treatment_note(p, lang, kb)
        out["options_dosing"] = {o.condition: [{"medication": m.id, "name": m.name, "line": m.line, "route": m.route,
                                                "dose": m.dose, "source": m.source} for m in o.medicines]
                                 for o in options(p, kb, lang)}
    return out

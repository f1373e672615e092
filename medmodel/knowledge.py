"""The clinical knowledge base: conditions, findings, medications and next steps.

Human-readable YAML files under ``assets/knowledge/{conditions,findings,medications,next_steps}/`` (plus the
phrase bank ``phrases/``, more ways of saying known findings, and ``aliases/``, the names people use for conditions)
are loaded into frozen dataclasses and cross-checked. Every validation error names the file, the
entry and the field, so a clinician editing the YAML can find the mistake without reading Python.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .errors import KnowledgeError
from .paths import medseq_home

# libyaml's C parser (safe subset only) loads the knowledge base ~10x faster than the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Even so, building Python objects from 1.8 MB of YAML is most of a cold start's knowledge-base load (0.6-1.5 s);
# the same data read back from JSON takes ~0.02 s. So each file's parsed data is kept as JSON in the local state
# folder, named by the hash of the file's bytes (and the parser): an edited file is a new name, parsed afresh.
# Only the parsing is skipped: every entry is still validated. Data JSON cannot hold exactly is never cached.
_PARSE_CACHE_VERSION = f"1-{yaml.__version__}-{_SAFE_LOADER.__name__}"


def parse_cache_dir() -> Path | None:
    """Where parsed knowledge-base files are kept ($MEDSEQ_HOME/cache/knowledge; MEDSEQ_KB_CACHE=0 turns it off)."""
    if os.environ.get("MEDSEQ_KB_CACHE", "1") == "0":
        return None
    return medseq_home() / "cache" / "knowledge"

DEFAULT_KB_DIR = Path(__file__).resolve().parent.parent / "assets" / "knowledge"

# Context flags a medication can be contraindicated against. Age, gestation and eGFR flags are derived from the
# patient's age, gestational age and eGFR (see ``context_flags_for``); the rest are set by the user or read from the note.
CONTEXT_FLAGS = (
    "pregnant", "breastfeeding",
    "pregnancy_first_trimester", "pregnancy_20_weeks_plus", "pregnancy_third_trimester", "pregnancy_term",
    "age_under_3_months", "age_under_2", "age_under_12", "age_under_16", "age_under_18", "age_over_65",
    "allergy_penicillin", "allergy_penicillin_severe", "allergy_cephalosporin", "allergy_sulfa", "allergy_nsaid",
    "allergy_macrolide",
    "kidney_disease", "egfr_below_45", "egfr_below_30", "liver_disease",
    "anticoagulant", "warfarin", "antiplatelet", "methotrexate", "lithium", "ace_inhibitor", "arb",
    "asthma", "heart_disease", "elderly_faller", "bleeding_disorder",
)
AGE_FLAGS = {"age_under_2": (0, 2), "age_under_12": (0, 12), "age_under_16": (0, 16),
             "age_under_18": (0, 18), "age_over_65": (65, 200)}
# Gestational weeks [from, to) for trimester-specific rules; all are set when the weeks are unknown (precaution).
GESTATION_FLAGS = {"pregnancy_first_trimester": (0, 13), "pregnancy_20_weeks_plus": (20, 99),
                   "pregnancy_third_trimester": (28, 99), "pregnancy_term": (36, 99)}
EGFR_FLAGS = {"egfr_below_45": 45, "egfr_below_30": 30}   # mL/min/1.73 m2; both set for kidney disease of unknown stage
# An infant under 3 months: set only from an age in weeks or months written in the note (``predict``), never by the
# generator, so a contraindication on it changes no training case
INFANT_FLAGS = frozenset({"age_under_3_months"})
DERIVED_FLAGS = frozenset(AGE_FLAGS) | frozenset(GESTATION_FLAGS) | frozenset(EGFR_FLAGS) | INFANT_FLAGS
# Flags only the safety layer reads: the generator never sets them, so no model was trained with them and they are
# never model input (``tokenizer.context_tokens``), and a medicine's contraindication on one changes no training case
# (``bundle.adopt_knowledge_base``). Warfarin (a coumarin: its interactions are not the DOACs') is an anticoagulant.
SAFETY_ONLY_FLAGS = frozenset({"warfarin", "bleeding_disorder", "ace_inhibitor", "arb", "age_under_3_months"})
SPECIALTIES = (
    "primary_care", "emergency", "infectious", "respiratory", "cardiology", "gastro_liver",
    "endocrine", "kidney_urology", "neurology", "msk_rheum", "dermatology", "ent_eye",
    "mental_health", "womens_health", "paediatrics",
)
# Ages at which a pregnancy is possible for the rules (the same as predict's implausible-pregnancy warning): a
# 60-year-old's hypertension had pre-eclampsia 10% in its differential, enough for an emergency.
PREGNANCY_AGES = (10, 55)
TRIAGE_LEVELS = ("self_care", "routine", "urgent", "emergency")  # ascending urgency
FINDING_KINDS = ("symptom", "sign", "history", "vital")
NEXT_STEP_KINDS = ("test", "imaging", "referral", "self_care", "monitoring", "procedure", "emergency")
DRUG_LINES = ("first", "alternative")
ROUTES = ("oral", "iv", "im", "sc", "topical", "inhaled", "nasal", "rectal", "vaginal", "eye", "ear", "sublingual",
          "buccal", "intradermal")
LANGS = ("en", "zh")
_ID = re.compile(r"^[a-z0-9_]+$")
_FORBIDDEN_PHRASE_CHARS = set("{}[]|\n")


def triage_rank(level: str) -> int:
    return TRIAGE_LEVELS.index(level)


@dataclass(frozen=True)
class Text:
    """A bilingual display string."""
    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


@dataclass(frozen=True)
class Phrasings:
    """How one finding is said in one language."""
    terms: tuple[str, ...]     # noun phrases: read after "no", "denies", "complains of"
    lay: tuple[str, ...]       # first-person patient clauses
    clinical: tuple[str, ...]  # clinician shorthand

    @property
    def all(self) -> tuple[str, ...]:
        return self.terms + self.lay + self.clinical


@dataclass(frozen=True)
class Finding:
    id: str
    name: Text
    kind: str
    site: str | None
    red_flag: str | None  # None, "urgent" or "emergency": escalates triage for any condition
    phrasings: dict[str, Phrasings] = field(hash=False, compare=False)


@dataclass(frozen=True)
class Contraindication:
    flag: str
    reason: Text


@dataclass(frozen=True)
class Medication:
    id: str
    name: Text
    drug_class: Text
    contraindications: tuple[Contraindication, ...]


@dataclass(frozen=True)
class NextStep:
    id: str
    name: Text
    kind: str
    sex_specific: str | None = None  # "female" / "male": never suggested for the other sex


@dataclass(frozen=True)
class Dosing:
    """How a medication is used for one condition: first-line or alternative, route, usual dose, source."""
    line: str
    route: str
    dose: Text
    source: str


@dataclass(frozen=True)
class Condition:
    id: str
    name: Text
    icd10: str
    specialty: str
    prevalence: float           # relative prior weight
    age_range: tuple[int, int]  # typical age in years
    male_fraction: float
    triage: str
    findings: tuple[tuple[str, float], ...]  # (finding id, P(finding | condition))
    risk_factors: tuple[str, ...]
    red_flags: tuple[str, ...]
    medications: tuple[str, ...]
    next_steps: tuple[str, ...]
    sex_specific: str | None = None  # "female" / "male" where anatomy limits it
    pregnancy_only: bool = False
    possible_age: tuple[int, int] | None = None   # hard limits: impossible outside them (typical range is age_range)
    dosing: dict[str, Dosing] = field(default_factory=dict, hash=False, compare=False)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict, hash=False, compare=False)  # lang -> lay names

    def possible_for(self, age: float | None, sex: str | None, pregnant: bool) -> bool:
        """False when the patient's sex, age or pregnancy makes this condition impossible."""
        female = sex == "F" or pregnant
        if self.sex_specific == "male" and female or self.sex_specific == "female" and sex == "M":
            return False
        if self.pregnancy_only and (sex == "M" or (age is not None and not PREGNANCY_AGES[0] <= age <= PREGNANCY_AGES[1])):
            return False
        if self.possible_age and age is not None and not self.possible_age[0] <= age <= self.possible_age[1]:
            return False
        if self.possible_age and age is None and pregnant and self.possible_age[1] < PREGNANCY_AGES[0]:
            return False   # a pregnant woman of unknown age is no infant: no bronchiolitis for her cold
        return True

    @cached_property
    def finding_probs(self) -> dict[str, float]:
        return dict(self.findings)


@dataclass(frozen=True, eq=False)
class KnowledgeBase:
    conditions: dict[str, Condition]
    findings: dict[str, Finding]
    medications: dict[str, Medication]
    next_steps: dict[str, NextStep]
    sha256: str  # hash of every file's bytes, recorded in model bundles

    def resolve_condition(self, label: str) -> str | None:
        """Map a KB id, an English or Chinese name, or an ICD-10 code to a condition id."""
        key = str(label).strip()
        if key in self.conditions:
            return key
        return self._label_index.get(key.lower())

    @cached_property
    def _label_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for c in self.conditions.values():
            for label in (c.id, c.name.en, c.name.zh, c.icd10):
                index.setdefault(label.strip().lower(), c.id)
        return index

    @property
    def held_out(self) -> tuple[str, ...]:
        return getattr(self, "_held_out", ())

    def without(self, condition_ids) -> "KnowledgeBase":
        """This knowledge base minus some conditions: for training a model that has never seen them, to measure
        out-of-scope detection honestly. Its hash says which were removed."""
        drop = sorted(set(condition_ids))
        unknown = [c for c in drop if c not in self.conditions]
        if unknown:
            raise KnowledgeError(f"not a condition id: {', '.join(unknown)}")
        kb = KnowledgeBase({k: v for k, v in self.conditions.items() if k not in drop}, self.findings,
                           self.medications, self.next_steps,
                           hashlib.sha256(f"{self.sha256} without {','.join(drop)}".encode()).hexdigest())
        object.__setattr__(kb, "_held_out", tuple(drop))
        return kb

    def with_red_flag_phrases(self, folder: str | Path, red_flags_only: bool = False) -> "KnowledgeBase":
        """This knowledge base with more phrasings of its red-flag findings, read from ``folder`` (phrase-bank
        YAML: ``- id``, ``en``/``zh`` with ``terms``, ``lay``, ``clinical``). Only the safety layer reads it, so
        a danger sign is recognised however it is worded without the model's training data changing.
        ``red_flags_only``: keep only the red-flag findings (a reader for danger signs alone, 20x faster)."""
        entries: dict[str, list[_Entry]] = {}
        for e in _read_dir(Path(folder).parent, Path(folder).name, hashlib.sha256(), optional=True):
            e.only(*LANGS)
            if e.id not in self.findings:
                continue   # a smaller knowledge base (a test's, a held-out model's) lacks it
            if not self.findings[e.id].red_flag:
                raise e.fail("id", "is not a red-flag finding: this folder only adds phrasings to red-flag findings")
            entries.setdefault(e.id, []).append(e)
        findings = dict(self.findings)
        for fid, more in entries.items():
            f = findings[fid]
            phrasings = {}
            for lang in LANGS:
                parts = {part: list(getattr(f.phrasings[lang], part)) for part in _PHRASING_PARTS}
                phrasings[lang] = _with_more(parts, more, lang)
            findings[fid] = Finding(f.id, f.name, f.kind, f.site, f.red_flag, phrasings)
        if red_flags_only:
            findings = {k: f for k, f in findings.items() if f.red_flag}
        return KnowledgeBase(self.conditions, findings, self.medications, self.next_steps, self.sha256)

    def stats(self) -> dict[str, Any]:
        phrasings = {lang: sum(len(f.phrasings[lang].all) for f in self.findings.values()) for lang in LANGS}
        lay = {lang: sum(len(f.phrasings[lang].lay) for f in self.findings.values()) for lang in LANGS}
        by_specialty: dict[str, int] = {}
        for c in self.conditions.values():
            by_specialty[c.specialty] = by_specialty.get(c.specialty, 0) + 1
        return {
            "conditions": len(self.conditions),
            "findings": len(self.findings),
            "medications": len(self.medications),
            "next_steps": len(self.next_steps),
            "phrasings": phrasings,
            "lay_phrasings": lay,
            "conditions_by_specialty": dict(sorted(by_specialty.items())),
            "sha256": self.sha256,
        }


class _Entry:
    """Reads fields of one YAML entry, raising errors that say exactly where."""

    def __init__(self, path: Path, raw: Any, index: int):
        self.path = path
        if not isinstance(raw, dict):
            raise KnowledgeError(f"{path.name}: entry #{index + 1}: expected a mapping, got {type(raw).__name__}")
        self.raw = raw
        self.id = raw.get("id", f"#{index + 1}")
        if not isinstance(self.id, str) or not _ID.match(self.id):
            raise KnowledgeError(f"{path.name}: entry #{index + 1}: field 'id': must be lower snake_case, got {self.id!r}")

    def only(self, *allowed: str) -> None:
        """Reject keys the schema does not know: a typo or a YAML slip must not be dropped silently."""
        unknown = sorted(set(self.raw) - set(allowed) - {"id"}, key=str)
        if unknown:
            raise self.fail(str(unknown[0]), f"unknown field (known: {', '.join(allowed)})")

    def fail(self, name: str, problem: str) -> KnowledgeError:
        return KnowledgeError(f"{self.path.name}: entry '{self.id}': field '{name}': {problem}")

    def get(self, name: str, default: Any = ..., types: type | tuple = object) -> Any:
        if name not in self.raw:
            if default is ...:
                raise self.fail(name, "missing")
            return default
        value = self.raw[name]
        if not isinstance(value, types):
            raise self.fail(name, f"expected {getattr(types, '__name__', types)}, got {type(value).__name__}")
        return value

    def choice(self, name: str, options: tuple[str, ...], default: Any = ...) -> Any:
        value = self.get(name, default)
        if value is not None and value not in options:
            raise self.fail(name, f"{value!r} is not one of {', '.join(options)}")
        return value

    def text(self, name: str, value: Any = None) -> Text:
        value = self.get(name, types=dict) if value is None else value
        if not isinstance(value, dict):
            raise self.fail(name, f"expected {{en: ..., zh: ...}}, got {type(value).__name__}")
        extra = sorted(set(value) - set(LANGS), key=str)
        if extra:
            # {en: Hand, foot and mouth disease} loads as {"en": "Hand", "foot and mouth disease": None}
            raise self.fail(name, f"unexpected key {extra[0]!r}: quote text that contains a comma or colon")
        for lang in LANGS:
            if not isinstance(value.get(lang), str) or not value[lang].strip():
                raise self.fail(f"{name}.{lang}", "missing or empty")
        return Text(value["en"].strip(), value["zh"].strip())

    def ids(self, name: str, default: Any = ...) -> tuple[str, ...]:
        value = self.get(name, default, types=list)
        for item in value:
            if not isinstance(item, str) or not _ID.match(item):
                raise self.fail(name, f"{item!r} is not a valid id")
        if len(set(value)) != len(value):
            raise self.fail(name, "has duplicates")
        return tuple(value)


def _read_dir(root: Path, kind: str, hasher: Any, optional: bool = False) -> list[_Entry]:
    folder = root / kind
    if not folder.is_dir():
        if optional:
            return []
        raise KnowledgeError(f"{folder}: missing knowledge folder '{kind}'")
    entries: list[_Entry] = []
    for path in sorted(folder.glob("*.yaml")):
        data = path.read_bytes()
        hasher.update(f"{kind}/{path.name}\0".encode() + data)
        raw = _parse(path, data)
        if raw is None:
            continue
        if not isinstance(raw, list):
            raise KnowledgeError(f"{path.name}: expected a YAML list of entries, got {type(raw).__name__}")
        entries.extend(_Entry(path, item, i) for i, item in enumerate(raw))
    return entries


def _parse(path: Path, data: bytes) -> Any:
    """A YAML file's data: from the parse cache when it holds this exact file, else parsed (and cached)."""
    folder = parse_cache_dir()
    cached = None
    if folder is not None:
        key = hashlib.sha256(_PARSE_CACHE_VERSION.encode() + b"\0" + data).hexdigest()
        cached = folder / f"{key}.json"
        try:
            return json.loads(cached.read_text(encoding="utf-8"))
        except (OSError, ValueError):   # absent, unreadable or damaged: parse the YAML
            pass
    try:
        raw = yaml.load(data.decode("utf-8"), Loader=_SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path.name}: not valid UTF-8 YAML: {str(exc).splitlines()[0]}") from None
    if cached is not None:
        _store(cached, raw)
    return raw


def _store(target: Path, raw: Any) -> None:
    """Write ``raw`` as JSON when JSON gives back exactly the same data (no dates, number keys, NaN...); a cache
    that cannot be written is no error."""
    try:
        text = json.dumps(raw, ensure_ascii=False, allow_nan=False)
        if json.loads(text) != raw:
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)   # atomic: a reader sees the whole file or none
    except (OSError, TypeError, ValueError):
        pass


def _unique(entries: list[_Entry], parse: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    seen: dict[str, Path] = {}
    for e in entries:
        if e.id in seen:
            raise e.fail("id", f"duplicate id, also defined in {seen[e.id].name}")
        seen[e.id] = e.path
        out[e.id] = parse(e)
    return out


_PHRASING_PARTS = ("terms", "lay", "clinical")


def _phrase_lists(e: _Entry, lang: str, required: bool) -> dict[str, list[str]]:
    block = e.get(lang, None if not required else ..., types=(dict, type(None))) or {}
    if set(block) - set(_PHRASING_PARTS):
        raise e.fail(lang, f"unknown part {sorted(set(block) - set(_PHRASING_PARTS))[0]!r} (known: terms, lay, clinical)")
    parts = {}
    for part in _PHRASING_PARTS:
        items = block.get(part, None if required else [])
        if not isinstance(items, list) or (required and not items):
            raise e.fail(f"{lang}.{part}", "needs a non-empty list of phrases" if required else "must be a list")
        for p in items:
            if not isinstance(p, str) or not p.strip() or _FORBIDDEN_PHRASE_CHARS & set(p):
                raise e.fail(f"{lang}.{part}", f"bad phrase {p!r}")
        parts[part] = [p.strip() for p in items]
    return parts


def _with_more(parts: dict[str, list[str]], more: list[_Entry], lang: str) -> Phrasings:
    """A finding's phrasings in one language plus those of phrase-bank entries, each once, in order."""
    for e in more:
        for part, items in _phrase_lists(e, lang, required=False).items():
            parts[part] += items
    return Phrasings(**{part: tuple(dict.fromkeys(items)) for part, items in parts.items()})


def _parse_finding(e: _Entry, extra: dict[str, list[_Entry]]) -> Finding:
    e.only("name", "kind", "site", "red_flag", *LANGS)
    phrasings = {}
    for lang in LANGS:
        parts = _phrase_lists(e, lang, required=True)
        phrasings[lang] = _with_more(parts, extra.get(e.id, ()), lang)   # the phrase bank adds ways of saying it
    return Finding(
        id=e.id, name=e.text("name"), kind=e.choice("kind", FINDING_KINDS),
        site=e.get("site", None), red_flag=e.choice("red_flag", ("urgent", "emergency"), None),
        phrasings=phrasings,
    )


def _parse_medication(e: _Entry) -> Medication:
    e.only("name", "class", "contraindications")
    contra = []
    for i, item in enumerate(e.get("contraindications", [], types=list)):
        where = f"contraindications[{i}]"
        if not isinstance(item, dict) or item.get("flag") not in CONTEXT_FLAGS:
            raise e.fail(f"{where}.flag", f"must be one of the context flags, got {item!r}")
        if set(item) - {"flag", "reason"}:
            raise e.fail(where, f"unknown field {sorted(set(item) - {'flag', 'reason'})[0]!r}")
        contra.append(Contraindication(item["flag"], e.text(f"{where}.reason", item.get("reason") or {})))
    return Medication(id=e.id, name=e.text("name"), drug_class=e.text("class"), contraindications=tuple(contra))


def _parse_next_step(e: _Entry) -> NextStep:
    e.only("name", "kind", "sex_specific")
    return NextStep(id=e.id, name=e.text("name"), kind=e.choice("kind", NEXT_STEP_KINDS),
                    sex_specific=e.choice("sex_specific", ("female", "male"), None))


def _parse_dosing(e: _Entry, medications: tuple[str, ...]) -> dict[str, Dosing]:
    raw = e.get("dosing", {}, types=dict)
    out = {}
    for mid, d in raw.items():
        where = f"dosing.{mid}"
        if mid not in medications:
            raise e.fail(where, "is not one of this condition's medications")
        if not isinstance(d, dict):
            raise e.fail(where, f"expected a mapping, got {type(d).__name__}")
        if set(d) - {"line", "route", "dose", "source"}:
            raise e.fail(where, f"unknown field {sorted(set(d) - {'line', 'route', 'dose', 'source'})[0]!r}")
        if d.get("line") not in DRUG_LINES:
            raise e.fail(f"{where}.line", f"must be one of {', '.join(DRUG_LINES)}, got {d.get('line')!r}")
        if d.get("route") not in ROUTES:
            raise e.fail(f"{where}.route", f"must be one of {', '.join(ROUTES)}, got {d.get('route')!r}")
        if not isinstance(d.get("source"), str) or not d["source"].strip():
            raise e.fail(f"{where}.source", "missing or empty")
        out[mid] = Dosing(d["line"], d["route"], e.text(f"{where}.dose", d.get("dose") or {}), d["source"].strip())
    if medications and out and not any(d.line == "first" for d in out.values()):
        raise e.fail("dosing", "needs at least one first-line medication")
    return out


_CONDITION_FIELDS = ("name", "icd10", "specialty", "prevalence", "age", "male_fraction", "triage", "findings",
                     "risk_factors", "red_flags", "medications", "next_steps", "sex_specific", "pregnancy_only",
                     "possible_age", "dosing")


def _parse_condition(e: _Entry) -> Condition:
    e.only(*_CONDITION_FIELDS)
    findings = e.get("findings", types=dict)
    if not 5 <= len(findings) <= 15:
        raise e.fail("findings", f"needs 5 to 15 findings, has {len(findings)}")
    for fid, p in findings.items():
        if not isinstance(p, (int, float)) or not 0 < p <= 1:
            raise e.fail(f"findings.{fid}", f"frequency must be in (0, 1], got {p!r}")
    age = e.get("age", types=list)
    if len(age) != 2 or not all(isinstance(a, int) for a in age) or not 0 <= age[0] <= age[1] <= 110:
        raise e.fail("age", f"must be [min, max] years, got {age!r}")
    prevalence = e.get("prevalence", types=(int, float))
    if prevalence <= 0:
        raise e.fail("prevalence", "must be positive")
    male = e.get("male_fraction", types=(int, float))
    if not 0 <= male <= 1:
        raise e.fail("male_fraction", "must be between 0 and 1")
    possible = e.get("possible_age", None, types=(list, type(None)))
    if possible is not None and (len(possible) != 2 or not all(isinstance(a, int) for a in possible)
                                 or not 0 <= possible[0] <= possible[1] <= 120):
        raise e.fail("possible_age", f"must be [min, max] years within 0-120, got {possible!r}")
    icd10 = e.get("icd10", types=str)
    if not re.match(r"^[A-Z][0-9]{2}(\.[0-9A-Z]{1,4})?$", icd10):
        raise e.fail("icd10", f"{icd10!r} does not look like an ICD-10 code")
    return Condition(
        id=e.id, name=e.text("name"), icd10=icd10, specialty=e.choice("specialty", SPECIALTIES),
        prevalence=float(prevalence), age_range=(age[0], age[1]), male_fraction=float(male),
        triage=e.choice("triage", TRIAGE_LEVELS),
        findings=tuple((fid, float(p)) for fid, p in findings.items()),
        risk_factors=e.ids("risk_factors", []), red_flags=e.ids("red_flags", []),
        medications=e.ids("medications"), next_steps=e.ids("next_steps"),
        sex_specific=e.choice("sex_specific", ("female", "male"), None),
        pregnancy_only=bool(e.get("pregnancy_only", False, types=bool)),
        possible_age=tuple(possible) if possible else None,
        dosing=_parse_dosing(e, e.ids("medications")),
    )


def _check_references(entries: list[_Entry], kb: KnowledgeBase) -> None:
    by_id = {e.id: e for e in entries}
    for c in kb.conditions.values():
        e = by_id[c.id]
        for name, ids, table in (
            ("findings", [f for f, _ in c.findings], kb.findings),
            ("risk_factors", c.risk_factors, kb.findings),
            ("red_flags", c.red_flags, kb.findings),
            ("medications", c.medications, kb.medications),
            ("next_steps", c.next_steps, kb.next_steps),
        ):
            for ref in ids:
                if ref not in table:
                    raise e.fail(name, f"unknown id {ref!r}")


def load_knowledge(root: str | Path | None = None) -> KnowledgeBase:
    """Load and validate the knowledge base; raises KnowledgeError naming file, entry and field."""
    root = Path(root) if root is not None else DEFAULT_KB_DIR
    hasher = hashlib.sha256()
    raw = {kind: _read_dir(root, kind, hasher) for kind in ("conditions", "findings", "medications", "next_steps")}
    phrases: dict[str, list[_Entry]] = {}
    for e in _read_dir(root, "phrases", hasher, optional=True):
        e.only(*LANGS)
        phrases.setdefault(e.id, []).append(e)
    aliases: dict[str, dict[str, list[str]]] = {}
    alias_entries = _read_dir(root, "aliases", hasher, optional=True)
    for e in alias_entries:
        e.only(*LANGS)
        for lang in LANGS:
            names = e.get(lang, [], types=list)
            for name in names:
                if not isinstance(name, str) or not name.strip() or _FORBIDDEN_PHRASE_CHARS & set(name):
                    raise e.fail(lang, f"bad name {name!r}")
            aliases.setdefault(e.id, {}).setdefault(lang, []).extend(n.strip() for n in names)
    kb = KnowledgeBase(
        conditions=_unique(raw["conditions"], _parse_condition),
        findings=_unique(raw["findings"], lambda e: _parse_finding(e, phrases)),
        medications=_unique(raw["medications"], _parse_medication),
        next_steps=_unique(raw["next_steps"], _parse_next_step),
        sha256=hasher.hexdigest(),
    )
    if not kb.conditions:
        raise KnowledgeError(f"{root}: no conditions found")
    for fid, entries in phrases.items():
        if fid not in kb.findings:
            raise entries[0].fail("id", "is not a finding id: the phrase bank only adds phrasings to known findings")
    for e in alias_entries:
        if e.id not in kb.conditions:
            raise e.fail("id", "is not a condition id: aliases name known conditions")
    for cid, names in aliases.items():
        object.__setattr__(kb.conditions[cid], "aliases", {lang: tuple(dict.fromkeys(v)) for lang, v in names.items()})
    _check_references(raw["conditions"], kb)
    return kb


def context_flags_for(age: float | None, flags: frozenset[str] | set[str], gestation_weeks: int | None = None,
                      egfr: int | None = None) -> frozenset[str]:
    """The full set of context flags for a patient: the given ones plus those implied by age, gestational age,
    eGFR and allergy severity. Pregnant with unknown weeks sets every trimester flag, and kidney disease of unknown
    eGFR sets every eGFR band: a rule that cannot be checked is applied (precaution)."""
    out = set(flags)
    if age is not None:
        out.update(name for name, (lo, hi) in AGE_FLAGS.items() if lo <= age < hi)
    if gestation_weeks is not None:
        out.add("pregnant")
    if "pregnant" in out:
        out.update(name for name, (lo, hi) in GESTATION_FLAGS.items()
                   if gestation_weeks is None or lo <= gestation_weeks < hi)
    if egfr is not None:
        out.update(name for name, limit in EGFR_FLAGS.items() if egfr < limit)
        if egfr < 60:
            out.add("kidney_disease")
    elif "kidney_disease" in out and not out & set(EGFR_FLAGS):
        out.update(EGFR_FLAGS)
    if "egfr_below_30" in out:
        out.add("egfr_below_45")
    if out & set(EGFR_FLAGS):
        out.add("kidney_disease")
    if "allergy_penicillin_severe" in out:
        out.add("allergy_penicillin")
    if "warfarin" in out:
        out.add("anticoagulant")
    return frozenset(out)

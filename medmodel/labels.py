"""Every display string, English and Chinese, from one catalogue: ``assets/i18n/{en,zh}.yaml``.

The app, the HTML report, the CLI's printed text and ``score`` all take their words from here, so a
surface cannot drift from another and a translation is made once. The knowledge base names conditions,
findings, medications and next steps; this catalogue names everything else (triage levels, context flags,
methods, messages). ``medmodel`` returns message codes with parameters (``Message(code, params)``);
``message()`` turns one into a sentence in the reader's language.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

LANGS = ("en", "zh")
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
TRIAGE_COLOURS = {"emergency": "#c0392b", "urgent": "#d68910", "routine": "#1f6f8b", "self_care": "#2e8b57"}
# Message parameters that hold a probability (shown as a capped percentage, never "100%").
_PERCENT_PARAMS = {"bayes", "model", "probability"}


# ----------------------------------------------------------------------------------------- catalogue
def _flatten(tree: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for key, value in tree.items():
        if not isinstance(key, str):
            raise ValueError(f"catalogue key {prefix}{key!r} is not text (quote yes / no / true in YAML)")
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        elif isinstance(value, str):
            out[f"{prefix}{key}"] = value
        else:
            raise ValueError(f"catalogue entry {prefix}{key} must be text, got {type(value).__name__}")
    return out


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML keeps the last of two equal keys without a word; a second ``context:`` section would silently drop
    the first one's entries, so the catalogue refuses it."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ValueError(f"catalogue key {key!r} appears twice in one section (line {key_node.start_mark.line + 1})")
            seen.add(key)
        return super().construct_mapping(node, deep)


@lru_cache(maxsize=None)
def catalogue(lang: str = "en", directory: Path = CATALOGUE_DIR) -> dict[str, str]:
    """Dotted key -> template for one language (``"triage.urgent"`` -> ``"Urgent"``)."""
    if lang not in LANGS:
        raise ValueError(f"language must be one of {', '.join(LANGS)}, got {lang!r}")
    text = (Path(directory) / f"{lang}.yaml").read_text(encoding="utf-8")
    return _flatten(yaml.load(text, Loader=_UniqueKeyLoader) or {})


def text(key: str, lang: str = "en", /, **params) -> str:
    """The catalogue entry ``key`` in ``lang``, formatted with ``params``. A missing key raises KeyError:
    a surface must never fall back silently to another language."""
    template = catalogue("zh" if lang == "zh" else "en")[key]
    return template.format(**params) if params else template


def has(key: str, lang: str = "en") -> bool:
    return key in catalogue("zh" if lang == "zh" else "en")


# ----------------------------------------------------------------------------------------- numbers
def percent(p: float | None) -> str:
    """A likelihood for people: whole percent, never "100%" or "0%" (no output of this model is certain)."""
    if p is None or p != p:
        return "—"
    n = round(p * 100)
    return "<1%" if n < 1 else ">99%" if n > 99 else f"{n}%"


def points(change: float | None, lang: str = "en") -> str:
    """A change of likelihood in percentage points: "+12 pts", "−3 pts" (one decimal under one point)."""
    if change is None or change != change:
        return "—"
    n = abs(change) * 100
    shown = "0" if n < 0.05 else f"{n:.0f}" if n >= 1 else f"{n:.1f}"
    sign = "" if shown in ("0", "0.0") else ("+" if change > 0 else "−")
    return text("whatif.points", lang, sign=sign, n=shown)


# ----------------------------------------------------------------------------------------- names
def triage(level: str, lang: str = "en", long: bool = False) -> str:
    """"Urgent" (or with ``long`` the instruction: "URGENT - same-day assessment")."""
    return text(f"{'triage_long' if long else 'triage'}.{level}", lang)


def flag(name: str, lang: str = "en") -> str:
    """A context flag as a clinician writes it ("Penicillin allergy"); an unknown flag keeps its id."""
    key = f"flag.{name}"
    return text(key, lang) if has(key, lang) else name.replace("_", " ")


def context_item(item, lang: str = "en") -> str:
    """One piece of context read from the note, as a chip: "22 weeks pregnant", "not pregnant", "age 68"."""
    key, value = item.key, item.value
    if key == "age":
        return text("context.age", lang, age=value)
    if key == "sex":
        return sex(value, lang)
    if key == "gestation_weeks":
        return text("context.gestation_weeks", lang, weeks=value)
    if key == "egfr":
        return text("context.egfr", lang, egfr=value)
    if key == "no_allergy":
        return text("context.no_allergy", lang)
    name = flag(key, lang)
    if item.negated and lang != "zh" and name[:1].isupper() and not name[1:2].isupper():
        name = name[:1].lower() + name[1:]           # "not pregnant", "not on an anticoagulant"; keep "NSAID"
    return text("context.not", lang, flag=name) if item.negated else name


def sex(code: str | None, lang: str = "en") -> str:
    return text(f"sex.{code if code in ('F', 'M') else 'U'}", lang)


def method(name: str, lang: str = "en") -> str:
    key = f"method.{name}"
    return text(key, lang) if has(key, lang) else name.replace("_", " ")


def baseline(name: str, lang: str = "en") -> str:
    key = f"baseline.{name}"
    return text(key, lang) if has(key, lang) else name


def baseline_help(name: str, lang: str = "en") -> str:
    key = f"baseline_help.{name}"
    return text(key, lang) if has(key, lang) else ""


def role(name: str, lang: str = "en") -> str:
    return text(f"role.{name}", lang) if has(f"role.{name}", lang) else name


def language_name(code: str, lang: str = "en") -> str:
    return text(f"common.lang_{code}", lang)


_AGE_TOKEN = re.compile(r"^\[AGE_(\d+)_(\d+)\]$")


def context_token(token: str, lang: str = "en") -> str:
    """An input context token for display: "[AGE_30_39]" -> "Age 30–39", "[PREGNANT]" -> "Pregnant"."""
    m = _AGE_TOKEN.match(token)
    if m:
        return text("context.age_band", lang, lo=m.group(1), hi=m.group(2))
    inner = token.strip("[]")
    if inner == "AGE_UNKNOWN":
        return text("context.age_unknown", lang)
    if inner.startswith("SEX_"):
        key = f"context.sex_{inner[4:] if inner[4:] in ('F', 'M') else 'unknown'}"
        return text(key, lang)
    if token.startswith("[") and token.endswith("]"):
        return flag(inner.lower(), lang)
    return token


def output_label(token: str, lang: str = "en", kb=None) -> str:
    """A decoder output token for display: "DX:influenza" -> "Dx: Influenza", "TRIAGE:urgent" -> "分诊：紧急"."""
    section, _, ident = token.partition(":")
    if not ident or not has(f"section.{section}", lang):
        return token
    if section == "TRIAGE":
        name = triage(ident, lang) if has(f"triage.{ident}", lang) else ident
    else:
        table = None if kb is None else {"DX": kb.conditions, "RX": kb.medications, "NEXT": kb.next_steps}[section]
        name = table[ident].name.get(lang) if table is not None and ident in table else ident.replace("_", " ")
    return f"{text(f'section.{section}', lang)}{text('section.sep', lang)}{name}"


def finding_label(name: str, present: bool | None, lang: str = "en") -> str:
    """A finding's clinical name, or its negation ("no neck stiffness" / "无颈项强直") when denied."""
    if present is not False:
        return name
    if lang != "zh" and name[:1].isupper() and not name[1:2].isupper():
        name = name[:1].lower() + name[1:]         # "No Neck stiffness" -> "no neck stiffness"; keep "CT", "UTI"
    return text("explain.negated", lang, name=name)


# ----------------------------------------------------------------------------------------- messages
def _param(key: str, value, lang: str, kb) -> object:
    """One message parameter in the reader's language: probabilities as capped percentages, knowledge-base
    ids as names, flags as labels, lists joined, yes / no for booleans."""
    if key in _PERCENT_PARAMS and isinstance(value, (int, float)) and not isinstance(value, bool):
        return percent(float(value))
    if isinstance(value, bool):
        return text("common.yes" if value else "common.no", lang)
    if key == "flag" and isinstance(value, str):
        return flag(value, lang)
    if key == "level" and isinstance(value, str) and has(f"triage_word.{value}", lang):
        return text(f"triage_word.{value}", lang)
    if kb is not None and isinstance(value, str):
        table = {"condition": kb.conditions, "finding": kb.findings, "medication": kb.medications,
                 "test": kb.next_steps}.get(key)
        if table is not None and value in table:
            return table[value].name.get(lang)
    if isinstance(value, (list, tuple)):
        quote = "“{}”"
        return ("、" if lang == "zh" else ", ").join(quote.format(v) for v in value)
    return value


def message(item, lang: str = "en", kb=None) -> str:
    """A predictor message in ``lang``: a ``Message(code, params)`` through the catalogue (``msg.<code>``);
    a plain string is first matched against the English sentences older predictors wrote, and shown as it
    is when none matches."""
    code = getattr(item, "code", None)
    if code is None:
        if not isinstance(item, str):
            return str(item)
        parsed = _legacy(item, kb)
        if parsed is None:
            return item
        code, params = parsed
    else:
        params = getattr(item, "params", None) or {}
        params = dict(params) if not isinstance(params, dict) else params
    if code == "context_conflict" and params.get("flag") == "sex":     # "the form says Female", not "F"
        params = {**params, "form": sex(params.get("form"), lang), "note": sex(params.get("note"), lang)}
    key = f"msg.{code}"
    if not has(key, lang):
        return str(item) if code is None else f"{code} {params}"
    return text(key, lang, **{k: _param(k, v, lang, kb) for k, v in params.items()})


# Sentences written by predictors before message codes (kept so today's bundles and tests read in Chinese too).
_LEGACY = (
    (re.compile(r"^The note was too long: only the first ([\d,]+) characters "
                r"\(([\d,]+) of ([\d,]+) tokens\) were read\.$"),
     "note_truncated", lambda m, kb: {"kept_chars": _int(m[1]), "read_tokens": _int(m[2]), "total_tokens": _int(m[3])}),
    (re.compile(r"^Most words of this note are unknown to the model"), "mostly_unknown_words", lambda m, kb: {}),
    (re.compile(r"^No known symptom or sign was recognised in the note"), "no_finding_recognised", lambda m, kb: {}),
    (re.compile(r"^The note denies key signs of (.+?) \((.+)\), and the knowledge base gives it only (\d+)% from the "
                r"findings recognised, against the model's (\d+)%"),
     "denied_key_signs", lambda m, kb: {"condition": (kb.resolve_condition(m[1]) if kb is not None else None) or m[1],
                                        "signs": re.findall(r'"([^"]*)"', m[2]) or [m[2]],
                                        "bayes": int(m[3]) / 100, "model": int(m[4]) / 100}),
)


def _int(s: str) -> int:
    return int(s.replace(",", ""))


def _legacy(sentence: str, kb) -> tuple[str, dict] | None:
    for pattern, code, params in _LEGACY:
        m = pattern.match(sentence)
        if m:
            return code, params(m, kb)
    return None


# Input errors raised with English messages, as (pattern, catalogue key, parameters).
_ERRORS = (
    (re.compile(r"^(?:case \d+: )?the note is empty"), "error.note_empty", lambda m: {}),
    (re.compile(r"^(?:case \d+: )?the note is ([\d,]+) characters; the limit is ([\d,]+)"), "error.note_too_long",
     lambda m: {"chars": m[1], "limit": m[2]}),
    (re.compile(r"^(?:case \d+: )?the note has no words"), "error.note_no_words", lambda m: {}),
    (re.compile(r"^a male patient cannot be flagged as pregnant"), "error.male_pregnant", lambda m: {}),
    (re.compile(r"^age (?:must be a whole number|.* must be a whole number)"), "error.age_range", lambda m: {}),
    (re.compile(r"^age (.+) is not a number"), "error.age_not_number", lambda m: {"value": m[1]}),
    (re.compile(r"^sex (.+) is not F/M"), "error.sex_invalid", lambda m: {"value": m[1]}),
    (re.compile(r"^unknown context flag\(s\):? ([^;]+)"), "error.unknown_flags", lambda m: {"flags": m[1].strip()}),
)


def error(exc, lang: str = "en") -> str:
    """An input error (exception or its message) in ``lang``; codes first, then known English sentences."""
    code = getattr(exc, "code", None)
    if code is not None and has(f"error.{code}", lang):
        return text(f"error.{code}", lang, **(getattr(exc, "params", None) or {}))
    sentence = str(exc)
    for pattern, key, params in _ERRORS:
        m = pattern.match(sentence)
        if m:
            return text(key, lang, **params(m))
    return sentence


# ----------------------------------------------------------------------------------------- flags
def _norm(s: str) -> str:
    return re.sub(r"[\s_\-/]+", " ", str(s).strip().lower()).strip()


@lru_cache(maxsize=None)
def _flag_names() -> dict[str, str]:
    """Every accepted way to write a flag (normalised) -> flag id: ids, both languages' labels, aliases."""
    from .knowledge import CONTEXT_FLAGS
    out: dict[str, str] = {}
    for lang in LANGS:
        cat = catalogue(lang)
        for key, value in cat.items():
            group, _, name = key.partition(".")
            if group == "flag":
                out[_norm(value)] = name
            elif group == "flag_alias":
                out.update({_norm(a): name for a in value.split(";") if a.strip()})
    out.update({_norm(f): f for f in CONTEXT_FLAGS})
    return out


_NO_FLAGS = {"none", "nil", "no", "n a", "na", "", "nkda", "无", "没有", "否"}   # a cell saying "nothing to flag"


def parse_flag(value: str) -> str | None:
    """A context flag id from how a person or a spreadsheet writes it ("penicillin allergy", "青霉素过敏",
    "allergy_penicillin", "[ASTHMA]"), or None."""
    names, key = _flag_names(), _norm(str(value).strip("[] "))
    if key in names:
        return names[key]
    for prefix in ("on ", "taking ", "takes ", "known ", "history of ", "hx of ", "pmh ", "h/o "):
        if key.startswith(prefix) and key[len(prefix):] in names:
            return names[key[len(prefix):]]
    return None


def parse_flags(value) -> frozenset[str]:
    """Flags from one cell: items split on , ; 、 ， or new lines. Raises ValueError naming what is unknown."""
    if value is None or (isinstance(value, float) and value != value) or not str(value).strip():
        return frozenset()
    if _norm(value) in _NO_FLAGS:
        return frozenset()
    items = [s for s in re.split(r"[,;、，；\n]+", str(value)) if s.strip() and _norm(s) not in _NO_FLAGS]
    flags, unknown = set(), []
    for item in items:
        hit = parse_flag(item)
        if hit is None and " " in item.strip():
            words = [parse_flag(w) for w in item.split()]   # "pregnant asthma": flags written with spaces
            if all(words):
                flags.update(words)
                continue
        if hit is None:
            unknown.append(item.strip())
        else:
            flags.add(hit)
    if unknown:
        raise ValueError(f"unknown context flag(s): {', '.join(unknown)}")
    return frozenset(flags)

"""Augmentations that move generated notes toward how people really write.

Each function takes a note and a ``random.Random`` and returns a new note; ``augment`` applies a random
selection. They never change what the note says clinically (which findings are present or denied), only how:
- ``substitute_synonyms``: everyday words for the lexicon's ("urination" -> "peeing", "abdominal" -> "tummy"),
  from the curated thesaurus ``assets/lexicon/thesaurus.yaml``;
- ``add_typos``: realistic slips (swapped, dropped, doubled or neighbouring letters) in a few longer words;
- ``abbreviate``: clinician shorthand ("shortness of breath" -> "SOB", "with" -> "w/", "days" -> "/7");
- ``add_filler``: irrelevant detail real messages carry ("I'm a teacher", "sorry for the long message");
- ``shuffle_sentences``: the chief complaint is not always first;
- ``drop_sentences``: short notes that say only one or two things;
- ``casual_case``: all lower case, no final punctuation, as typed on a phone.
Negation-contrast pairs and atypical presentations change the clinical content, so they live in
``medmodel.synth`` where the target is recomputed from the knowledge base.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache

import yaml

from .paths import LEXICON

THESAURUS_FILE = LEXICON / "thesaurus.yaml"

EN_ABBREVIATIONS = {
    "shortness of breath": ["SOB", "SOBOE"], "short of breath": ["SOB"], "chest pain": ["CP"],
    "history of": ["hx", "h/o", "PMH"], "with": ["w/", "c/"], "without": ["w/o", "s/"], "patient": ["pt"],
    "days": ["/7", "d"], "weeks": ["/52", "wks"], "months": ["/12", "mo"], "hours": ["hrs", "h"],
    "increased": ["↑", "inc"], "decreased": ["↓", "dec"], "temperature": ["temp", "T"],
    "blood pressure": ["BP"], "heart rate": ["HR"], "headache": ["HA", "h/a"], "abdominal pain": ["abdo pain", "AP"],
    "nausea and vomiting": ["N&V", "N+V"], "diarrhoea": ["D", "diarr"], "vomiting": ["V", "vom"],
    "complains of": ["c/o"], "on examination": ["o/e", "O/E"], "year old": ["yo", "y/o"],
    "no known drug allergies": ["NKDA"], "left": ["L", "lt"], "right": ["R", "rt"], "about": ["~", "approx"],
    "because of": ["2/2", "d/t"], "and": ["&", "+"], "urinary tract infection": ["UTI"],
}
EN_FILLERS = [
    "Sorry for the long message.", "I'm a teacher so I'm on my feet all day.", "I don't usually go to the doctor.",
    "My mum told me to get it checked.", "I've got two kids at home.", "I've been really busy at work.",
    "We just got back from holiday.", "I'm not sure if this is important.", "Thanks in advance.",
    "I googled it and got scared.", "I'm otherwise healthy.", "It's been a stressful month.", "I work nights.",
    "I take a multivitamin.", "I don't smoke.", "I drink a bit at weekends.", "I've been eating normally.",
    "Not sure what else to say.", "Any advice would be great.", "I'm 5'6 and about 70 kg.", "I go to the gym.",
    "My appointment isn't for two weeks.", "I live alone.", "I'm a student.", "I've had my covid jabs.",
]
ZH_FILLERS = ["不好意思打扰了。", "我平时身体还可以。", "最近工作压力比较大。", "麻烦医生帮我看看。", "我不抽烟。",
              "偶尔喝点酒。", "家里人让我来问问。", "网上查了有点害怕。", "谢谢医生！", "我是学生。", "最近睡得不太好。"]
_KEYBOARD_NEIGHBOURS = dict(zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuiopoasdfghjklkxcvbnmn"))
_SENTENCE = re.compile(r"[^.!?。！？]+[.!?。！？]*")


@lru_cache(maxsize=1)
def thesaurus() -> dict[str, tuple[re.Pattern, dict[str, list[str]]]]:
    """Per language: one pattern matching any phrase of any group, and phrase (lower case) -> its group."""
    raw = yaml.safe_load(THESAURUS_FILE.read_text(encoding="utf-8"))
    out = {}
    for lang, groups in raw.items():
        group_of: dict[str, list[str]] = {}
        for group in groups:
            phrases = [str(p) for p in group]
            for p in phrases:
                group_of.setdefault(p.lower(), phrases)
        alternation = "|".join(re.escape(p) for p in sorted(group_of, key=len, reverse=True))
        pattern = re.compile(rf"(?i)(?<![\w'])(?:{alternation})(?![\w'])" if lang == "en" else f"(?:{alternation})")
        out[lang] = (pattern, group_of)
    return out


def substitute_synonyms(text: str, lang: str, rng: random.Random, rate: float = 0.5) -> str:
    """Replace phrases by another of their thesaurus group, each occurrence with probability ``rate``
    (one pass: a replacement is never replaced again)."""
    if lang not in thesaurus():
        return text
    pattern, group_of = thesaurus()[lang]

    def swap(m: re.Match) -> str:
        if rng.random() > rate:
            return m.group(0)
        new = rng.choice(group_of[m.group(0).lower()])
        return new[:1].upper() + new[1:] if m.group(0)[:1].isupper() else new
    return pattern.sub(swap, text)


def add_typos(text: str, rng: random.Random, rate: float = 0.04) -> str:
    """Realistic slips: swapped, dropped, doubled or neighbouring letters in a few longer words."""
    def slip(m: re.Match) -> str:
        w = m.group(0)
        if rng.random() > rate:
            return w
        i = rng.randrange(1, len(w) - 1)
        kind = rng.randrange(4)
        if kind == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if kind == 1:
            return w[:i] + w[i + 1:]
        if kind == 2:
            return w[:i] + w[i] + w[i:]
        return w[:i] + _KEYBOARD_NEIGHBOURS.get(w[i].lower(), w[i]) + w[i + 1:]
    return re.sub(r"[A-Za-z]{5,}", slip, text)


def abbreviate(text: str, rng: random.Random, rate: float = 0.5) -> str:
    """Clinician shorthand for common words and phrases."""
    for long, short in EN_ABBREVIATIONS.items():
        pattern = re.compile(rf"(?i)(?<![\w/]){re.escape(long)}(?![\w/])")
        text = pattern.sub(lambda m, short=short: rng.choice(short) if rng.random() < rate else m.group(0), text)
    return text


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def add_filler(text: str, lang: str, rng: random.Random, k: int = 1) -> str:
    """Irrelevant detail, inserted between sentences."""
    parts = sentences(text)
    for filler in rng.sample(ZH_FILLERS if lang == "zh" else EN_FILLERS, k=k):
        parts.insert(rng.randint(1, max(1, len(parts))), filler)
    return ("" if lang == "zh" else " ").join(parts)


def shuffle_sentences(text: str, lang: str, rng: random.Random) -> str:
    """Keep the first sentence (the chief complaint, mostly) and shuffle the rest."""
    parts = sentences(text)
    if len(parts) < 3:
        return text
    rest = parts[1:]
    rng.shuffle(rest)
    return ("" if lang == "zh" else " ").join([parts[0]] + rest)


def casual_case(text: str, rng: random.Random) -> str:
    """Typed on a phone: lower case, sometimes without the final full stop or any punctuation."""
    text = text.lower()
    if rng.random() < 0.5:
        text = text.rstrip(".")
    if rng.random() < 0.2:
        text = re.sub(r"[.,](?=\s|$)", "", text)
    return text


def augment(text: str, lang: str, rng: random.Random, clinician: bool = False) -> str:
    """A random mix of the augmentations above, as real notes vary."""
    if lang == "en":
        if rng.random() < 0.6:
            text = substitute_synonyms(text, "en", rng, rate=rng.choice([0.3, 0.5, 0.8]))
        if clinician and rng.random() < 0.6:
            text = abbreviate(text, rng)
        if not clinician and rng.random() < 0.25:
            text = add_typos(text, rng, rate=rng.choice([0.03, 0.06, 0.1]))
        if not clinician and rng.random() < 0.2:
            text = add_filler(text, "en", rng, k=rng.choice([1, 1, 2, 3]))
        if rng.random() < 0.15:
            text = shuffle_sentences(text, "en", rng)
        if not clinician and rng.random() < 0.25:
            text = casual_case(text, rng)
    else:
        if rng.random() < 0.5:
            text = substitute_synonyms(text, "zh", rng, rate=0.4)
        if not clinician and rng.random() < 0.15:
            text = add_filler(text, "zh", rng)
        if rng.random() < 0.1:
            text = shuffle_sentences(text, "zh", rng)
    return text

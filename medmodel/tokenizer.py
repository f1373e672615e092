"""Text + context -> input ids, keeping every token's surface form and character offsets.

English (and other alphabetic scripts) is split into lower-cased words, numbers and single
punctuation marks; Chinese into single characters; mixed text is handled in one pass. Context
(age band, sex, flags) comes first as ordinary tokens, then ``<sep>``, then the note, so
attributions can show the effect of "pregnant" exactly as they show the effect of a word.
Unknown words map to ``<unk>`` but keep their surface form and offsets for display.
"""
from __future__ import annotations

import json
import re
import unicodedata
import zlib
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .case import MAX_AGE, USER_FLAGS, Case
from .hanzi import simplified
from .knowledge import SAFETY_ONLY_FLAGS

PAD, UNK, SEP = "<pad>", "<unk>", "<sep>"
SPECIALS = (PAD, UNK, SEP)
AGE_BANDS = ((0, 1), (2, 4), (5, 11), (12, 17), (18, 29), (30, 39), (40, 49), (50, 64), (65, 79), (80, MAX_AGE))
MODEL_FLAGS = tuple(f for f in USER_FLAGS if f not in SAFETY_ONLY_FLAGS)   # the flags the model reads
CONTEXT_TOKENS = (
    tuple(f"[AGE_{lo}_{hi}]" for lo, hi in AGE_BANDS) + ("[AGE_UNKNOWN]", "[SEX_F]", "[SEX_M]", "[SEX_UNKNOWN]")
    + tuple(f"[{flag.upper()}]" for flag in MODEL_FLAGS)
)
DEFAULT_MAX_LEN = 256
SUBWORD_N = (3, 4, 5)        # character n-grams of "<word>" (Bojanowski et al. 2017, fastText)
MAX_SUBWORDS = 24            # per token; longer words keep their first n-grams of each size
# Token states from the finding reader: inside a finding stated present, inside a denied one, or neither.
STATE_NONE, STATE_PRESENT, STATE_DENIED = 0, 1, 2

# Characters that draw nothing but split or reorder what is drawn: zero-width spaces and joiners, soft hyphen,
# bidirectional marks, embeddings, overrides and isolates (Unicode TR #9; CVE-2021-42574 "Trojan Source"). One
# inside a word ("che\u200bst pain") would otherwise cut the word in two and hide the symptom.
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LETTER = rf"(?:(?![{_CJK}])[^\W\d_])"
_PIECE = re.compile(rf"[{_CJK}]|{_LETTER}+(?:['’]{_LETTER}+)*|\d+(?:[.,]\d+)?|\S")


@dataclass(frozen=True)
class Piece:
    """One token of the note: its normalised form and where it sits in the original text."""
    text: str   # normalised (NFKC, lower-case): what the vocabulary sees
    start: int  # character offsets into the original note
    end: int


def visible(text: str) -> tuple[str, list[int] | None]:
    """The text without INVISIBLE characters, and the offset in ``text`` of each character kept (None when there
    was nothing to remove: offsets are then unchanged, and ordinary text is read exactly as before)."""
    if not INVISIBLE.search(text):
        return text, None
    kept = [i for i, ch in enumerate(text) if not INVISIBLE.match(ch)]
    return "".join(text[i] for i in kept), kept


def original_span(where: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """A span of ``visible(text)[0]`` as a span of ``text`` (covering any invisible characters inside it)."""
    if where is None:
        return start, end
    if end <= start:
        at = where[start] if start < len(where) else (where[-1] + 1 if where else 0)
        return at, at
    return where[start], where[end - 1] + 1


def split(text: str) -> list[Piece]:
    """Split a note into normalised pieces with offsets into ``text``; traditional Chinese characters become
    simplified ones (``hanzi``: the vocabulary is simplified); invisible characters are read through (a
    word cut by one is one word), other format and control characters are dropped, and an underscore separates
    words as a space does ("weight_loss, dark_urine": fields exported from forms and spreadsheets)."""
    return list(_split(text))


def split_words(text: str) -> list[str]:
    """The texts of ``split(text)`` without their offsets: for indexing the lexicon's ~17,000 phrasings, where
    building pieces was a fifth of the first note's wait (and would have pushed notes out of ``_split``'s cache)."""
    return [norm for norm in map(_normalise, _PIECE.findall(visible(text)[0])) if norm is not None]


def _normalise(raw: str) -> str | None:
    """A matched piece as the vocabulary sees it, or None for one that is dropped."""
    if raw.isascii():          # the common case, decided without the Unicode tables
        if raw[0] < " " or raw[0] == "\x7f" or raw == "_":   # ASCII's only control (Cc) characters; "_" below
            return None
        return raw.lower()
    if unicodedata.category(raw[0]) in ("Cc", "Cf", "Cs", "Co", "Cn"):
        return None
    norm = unicodedata.normalize("NFKC", raw).lower().replace("’", "'")
    return None if norm == "_" else norm


@lru_cache(maxsize=512)   # the tokenizer and the finding reader split the same note: once (issue 16)
def _split(text: str) -> tuple[Piece, ...]:
    shown, where = visible(text)
    pieces = []
    for m in _PIECE.finditer(simplified(shown)):   # traditional Chinese as simplified, one character for one
        norm = _normalise(m.group(0))
        if norm is not None:
            pieces.append(Piece(norm, *original_span(where, m.start(), m.end())))
    return tuple(pieces)


def context_tokens(case: Case) -> list[str]:
    if case.age is None:
        age = "[AGE_UNKNOWN]"
    else:
        age = next(f"[AGE_{lo}_{hi}]" for lo, hi in AGE_BANDS if lo <= case.age <= hi)
    sex = f"[SEX_{case.sex}]" if case.sex else "[SEX_UNKNOWN]"
    flags = case.flags | ({"anticoagulant"} if "warfarin" in case.flags else set())   # warfarin is an anticoagulant
    return [age, sex] + [f"[{f.upper()}]" for f in MODEL_FLAGS if f in flags]


@lru_cache(maxsize=200_000)   # a note's words repeat across notes: hashing them once is a fifth of encoding
def subword_ids(word: str, buckets: int) -> tuple[int, ...]:
    """Hashed character n-grams of a word, as bucket ids 1..buckets-1 (0 is padding). crc32, not Python's
    salted hash, so ids are the same in every process."""
    if buckets <= 1:
        return ()
    w = f"<{word}>"
    grams = [w[i:i + n] for n in SUBWORD_N for i in range(len(w) - n + 1)]
    return tuple(1 + zlib.crc32(g.encode("utf-8")) % (buckets - 1) for g in grams[:MAX_SUBWORDS])


def _covering_mentions(pieces, mentions) -> list:
    """For each piece, the first mention (in the given order) whose span contains it, or None."""
    out = [None] * len(pieces)
    if not mentions:
        return out
    starts = [p.start for p in pieces]
    for m in mentions:
        for i in range(bisect_left(starts, m.start), len(pieces)):
            if pieces[i].start > m.end:
                break
            if out[i] is None and pieces[i].end <= m.end:
                out[i] = m
    return out


@dataclass(frozen=True)
class Encoded:
    """A case as model input.

    ids:        (S,) input ids: context tokens, <sep>, note tokens
    tokens:     (S,) display form of each token (surface text for note tokens, even when <unk>)
    offsets:    (S,) (start, end) character span in the note, or None for context / <sep>
    n_context:  number of tokens before the first note token (context + <sep>)
    truncated:  True when the note was cut to fit max_len; kept_chars says how much survived
    subwords:   (S,) hashed character n-gram ids of each note token (empty for context tokens / when off)
    states:     (S,) STATE_NONE / STATE_PRESENT / STATE_DENIED from the finding reader (all none when not given)
    concepts:   (S,) 1 + index of the finding a token belongs to, or 0
    """
    ids: list[int]
    tokens: list[str]
    offsets: list[tuple[int, int] | None]
    n_context: int
    truncated: bool
    kept_chars: int
    n_note_tokens: int  # before truncation
    subwords: list[tuple[int, ...]] = ()
    states: list[int] = ()
    concepts: list[int] = ()

    def __len__(self) -> int:
        return len(self.ids)


class Tokenizer:
    """Input vocabulary: special tokens, every context token, then note tokens by frequency."""

    def __init__(self, itos: list[str], max_len: int = DEFAULT_MAX_LEN, subword_buckets: int = 0,
                 concepts: tuple[str, ...] = ()):
        if tuple(itos[:len(SPECIALS)]) != SPECIALS:
            raise ValueError("vocabulary must start with <pad>, <unk>, <sep>")
        missing = [t for t in CONTEXT_TOKENS if t not in itos]
        if missing:
            raise ValueError(f"vocabulary lacks context tokens: {', '.join(missing)}")
        if max_len < len(CONTEXT_TOKENS) + 2:
            raise ValueError(f"max_len {max_len} is too short for the context tokens")
        self.itos = list(itos)
        self.stoi = {t: i for i, t in enumerate(self.itos)}
        if len(self.stoi) != len(self.itos):
            raise ValueError("vocabulary has duplicate tokens")
        self.max_len = max_len
        self.subword_buckets = subword_buckets
        self.concepts = tuple(concepts)               # finding ids, for the concept feature (empty: off)
        self.concept_index = {c: i + 1 for i, c in enumerate(self.concepts)}

    pad_id, unk_id, sep_id = 0, 1, 2

    @property
    def first_word_id(self) -> int:
        """Ids from here on are note words (before: specials and context tokens), the ones word dropout hits."""
        return len(SPECIALS) + len(CONTEXT_TOKENS)

    @classmethod
    def build(cls, texts: Iterable[str], min_freq: int = 2, max_size: int = 30000,
              max_len: int = DEFAULT_MAX_LEN, subword_buckets: int = 0, concepts: tuple[str, ...] = ()) -> "Tokenizer":
        """A vocabulary from training notes: tokens seen at least ``min_freq`` times."""
        if min_freq < 1:
            raise ValueError("min_freq must be at least 1")
        counts = Counter(p.text for text in texts for p in split(text))
        words = [w for w, n in counts.most_common() if n >= min_freq][:max_size]
        return cls(list(SPECIALS) + list(CONTEXT_TOKENS) + sorted(set(words) - set(CONTEXT_TOKENS)), max_len,
                   subword_buckets, concepts)

    def __len__(self) -> int:
        return len(self.itos)

    def encode(self, case: Case, mentions=()) -> Encoded:
        """``mentions``: findings read from the note (objects with finding, present, start, end); they set each
        token's state (present / denied) and concept features."""
        ctx = context_tokens(case) + [SEP]
        pieces = split(case.text)
        room = self.max_len - len(ctx)
        kept = pieces[:room]
        states, concepts = [STATE_NONE] * len(ctx), [0] * len(ctx)
        for m in _covering_mentions(kept, mentions):
            states.append(STATE_NONE if m is None else STATE_PRESENT if m.present else STATE_DENIED)
            concepts.append(0 if m is None else self.concept_index.get(m.finding, 0))
        return Encoded(
            ids=[self.stoi[t] for t in ctx] + [self.stoi.get(p.text, self.unk_id) for p in kept],
            tokens=ctx + [case.text[p.start:p.end] for p in kept],
            offsets=[None] * len(ctx) + [(p.start, p.end) for p in kept],
            n_context=len(ctx),
            truncated=len(pieces) > room,
            kept_chars=kept[-1].end if kept else 0,
            n_note_tokens=len(pieces),
            subwords=[()] * len(ctx) + [subword_ids(p.text, self.subword_buckets) for p in kept],
            states=states,
            concepts=concepts,
        )

    def decode(self, ids: Iterable[int]) -> list[str]:
        return [self.itos[i] for i in ids]

    def to_json(self) -> dict:
        return {"itos": self.itos, "max_len": self.max_len, "subword_buckets": self.subword_buckets,
                "concepts": list(self.concepts)}

    @classmethod
    def from_json(cls, data: dict) -> "Tokenizer":
        return cls(list(data["itos"]), int(data["max_len"]), int(data.get("subword_buckets", 0)),
                   tuple(data.get("concepts", ())))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Tokenizer":
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))

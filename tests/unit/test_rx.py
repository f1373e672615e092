"""medmodel.rx: a gated pattern finds exactly what its regex finds; a trie matches as the flat list of words does."""
import random
import re
from pathlib import Path

import pandas as pd
import pytest

from medmodel import context, everyday, findings, modality, predict, rx, safety, vitals
from medmodel.knowledge import load_knowledge

EVAL = Path(__file__).resolve().parent.parent.parent / "assets" / "eval"


def _patterns_in(value, seen: set[int]):
    """Every gated pattern held by a module-level value: itself, or inside its tuples, lists and dicts."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, rx.GatedPattern):
        yield value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, seen)


@pytest.fixture(scope="module")
def gated() -> list[rx.GatedPattern]:
    seen: set[int] = set()
    return [p for module in (everyday, safety, context, findings, predict, vitals, modality)
            for value in vars(module).values() for p in _patterns_in(value, seen)]


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Every fourth note of every evaluation set: English, Chinese, shorthand, the notes the patterns were written for."""
    texts = []
    for f in sorted(EVAL.glob("*.csv")):
        df = pd.read_csv(f, dtype=str, keep_default_na=False)
        if "text" in df.columns:
            texts += [t for t in df["text"][::4] if t.strip()]
    return texts


@pytest.mark.parametrize("pattern, words", [
    (r"(?i)\b(?:wet|dry) nappy", (" nappy",)),                       # the longest word every match holds
    (r"(?i)no (?:wee|pee|urine) since", (" since",)),
    (r"(?i)swallowed|downed|took \d+", ("swallowed", "downed", "took ")),   # one word from each alternative
    (r"(?i)ear(?=ache)s?", ("ear",)),                                # a lookahead takes nothing
    (r"被(?:电动车|车)撞", ("被",)),                                   # one Chinese character is asked for
    (r"(?:电动车|汽车)撞", ("电动车", "汽车")),
    (r"(?i)\b(?:temp|t)\s*3[0-4]", None),                            # "t": in every note, not worth asking
    (r"(?i)(?:rash)?\s*itch", ("itch",)),                            # an optional part is not needed
    (r"(?i)café", ("caf",)),                                         # é could be É: not part of a word
    (r"[a-z]+\d", None),
])
def test_needed_words(pattern, words):
    assert rx.needed_words(pattern) == words


def test_compile_gates_only_where_a_word_is_needed():
    assert isinstance(rx.compile(r"(?i)\bnappy\b"), rx.GatedPattern)
    assert isinstance(rx.compile(r"\d+\s*kg"), rx.GatedPattern)
    assert isinstance(rx.compile(r"[a-z]+\d"), re.Pattern)


@pytest.mark.parametrize("pattern, text", [
    (r"(?i)kiss", "KİSS"), (r"(?i)kiss", "\u212aISS"), (r"(?i)kiss", "KIſS"), (r"(?i)kiss", "KıSS"),
    (r"(?i)pain in", "PAIN IN MY KNEE"), (r"不痛", "眼睛不痛"),
])
def test_case_folding_keeps_every_way_re_matches_a_letter(pattern, text):
    """``re`` lets the Kelvin sign, dotted and dotless i and the long s match ASCII letters under IGNORECASE."""
    assert re.search(pattern, text)
    assert rx.compile(pattern).search(text) is not None


def test_every_gated_pattern_finds_what_its_regex_finds(gated, notes):
    """Over a twelfth of the evaluation notes, and each sentence of some: a match is never lost to the gate (all of
    them, the corpora and 6,000 generated notes: ``bench/findings_equality.py``, identical readings)."""
    assert len(gated) > 500 and len(notes) > 3000
    texts = notes[::3] + [s for n in notes[1::30] for s in re.split(r"(?<=[.!?。！？])", n) if s]
    lost = [(p.pattern[:60], t[:60]) for t in texts for p in gated
            if not p.admits(t) and p.regex.search(t) is not None]
    assert not lost


def test_the_gate_does_its_work(gated, notes):
    """Most patterns cannot match most notes, and the gate says so without running them."""
    asked = sum(1 for t in notes[:300] for p in gated)
    let_through = sum(p.admits(t) for t in notes[:300] for p in gated)
    assert let_through < 0.25 * asked


def test_trie_matches_as_the_flat_list_does(notes):
    """Condition names as ``predict`` uses them, and random words sharing prefixes: the same spans, longest first,
    and the shorter ones given back where what follows fails."""
    kb = load_knowledge()
    names = sorted({n.lower() for c in kb.conditions.values() for n in (c.name.en, *c.aliases.get("en", ()))},
                   key=len, reverse=True)
    rng = random.Random(7)
    made = sorted({"".join(rng.choice("ab ") for _ in range(rng.randint(1, 6))).strip() or "a" for _ in range(300)},
                  key=len, reverse=True)
    for words, texts in ((names, notes[::3] + [n.upper() for n in names[:300]]),
                         (made, ["".join(rng.choice("abc ") for _ in range(80)) for _ in range(300)])):
        flat = re.compile(rf"(?<![A-Za-z])(?i:{'|'.join(map(re.escape, words))})(?![A-Za-z])")
        trie = re.compile(rf"(?<![A-Za-z])(?i:{rx.trie(words)})(?![A-Za-z])")
        assert [[m.span() for m in flat.finditer(t)] for t in texts] == \
               [[m.span() for m in trie.finditer(t)] for t in texts]
        assert any(flat.search(t) for t in texts)

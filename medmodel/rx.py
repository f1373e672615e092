"""Regexes that skip a note holding none of the words a match must contain (layer 0, tables only).

The readers run some 700 patterns over each note (``everyday``, ``safety``, ``context``...), and most of them cannot
match it: a pattern about a wet nappy in a note about a sore knee. Python's ``re`` finds that out by trying the pattern
at every position of the note, which costs more than everything else that reading a note does (issue 16). Nearly every
pattern needs some word: ``(?:wet|dry) nappy`` cannot match a note without "nappy" in it. ``compile`` works out such
words from the pattern's parse (``needed_words``), and the pattern it returns asks first whether the note holds one of
them, a substring test in C, before running the regex at all. A match is never lost: the words are only those every
match must contain, and the note and the words are compared in one case-folded form that keeps every way ``re``
matches a letter (``fold``). The same gate is how RE2 and Hyperscan prefilter their patterns.

``compile(...)`` returns a ``GatedPattern`` where the pattern needs a word, else the plain ``re.Pattern``: either is
used as a compiled pattern is (``search``, ``match``, ``finditer``...), and ``.regex`` is the ``re.Pattern`` itself.
"""
from __future__ import annotations

import re
from re import _constants as C   # the parse of a pattern (Python's own sre parser), read to find its words
from re import _parser

MIN_WORD = 2          # a needed ASCII word of one character is in nearly every note: not worth asking for
MAX_WORDS = 160       # more alternatives than this (a list of names) cost more to ask for than the regex saves

_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}


def fold(text: str) -> str:
    """The one case-folded form in which a note and a needed word are compared. ``re`` with IGNORECASE lets four
    letters outside ASCII match ASCII ones (Python's ``re`` docs): the Kelvin sign K lower-cases to k already; dotted İ
    (lower-cased to i and a combining dot), the long s and dotless ı are mapped here."""
    out = text.lower()
    return out if out.isascii() else out.replace("i\u0307", "i").replace("ſ", "s").replace("ı", "i")


def _usable(ch: str) -> bool:
    """A literal character that can be part of a needed word: ASCII, or a character with no case (Chinese), which
    ``re`` matches only as itself. A cased letter outside ASCII (é, Σ) could match another form: not used."""
    return ch.isascii() or ch.lower() == ch == ch.upper()


def _needed(items) -> frozenset[str] | None:
    """Words of which every match of the parsed sequence ``items`` contains at least one, or None where nothing is
    certain. In a sequence every element must match, so any element's words will do; the most selective are kept."""
    found: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            found.append(frozenset({run}))
        run = ""

    for op, av in items:
        if op is C.LITERAL and _usable(chr(av)):
            run += fold(chr(av))
            continue
        if op in _ZERO_WIDTH:   # takes no characters: the letters on either side are next to each other in the note
            continue
        flush()
        if op is C.SUBPATTERN:
            found.append(_needed(av[-1]))
        elif op is C.ATOMIC_GROUP:
            found.append(_needed(av))
        elif op is C.BRANCH:
            alternatives = [_needed(branch) for branch in av[1]]
            if all(a is not None for a in alternatives):
                found.append(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:   # repeated at least once: what it needs, the sequence needs
            found.append(_needed(av[2]))
    flush()
    found = [f for f in found if f]
    if not found:
        return None
    return max(found, key=lambda words: (min(map(len, words)), -len(words)))


def needed_words(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The words (``fold``-ed) of which every match of ``pattern`` contains at least one, or None where the pattern
    needs none worth asking for (a single character, a class, more than ``MAX_WORDS`` alternatives)."""
    try:
        words = _needed(_parser.parse(pattern, flags))
    except Exception:   # a parse this module cannot read: the pattern runs ungated, as re.compile's would
        return None
    if not words or len(words) > MAX_WORDS or any(len(w) < MIN_WORD and w.isascii() for w in words):
        return None   # (one Chinese character, 肩 or 手, is asked for: an English note never holds it)
    return tuple(sorted(words, key=len, reverse=True))


class GatedPattern:
    """A compiled pattern that first asks whether the text holds one of ``words``; where it does not, no call can
    match and none runs the regex. Any other attribute is the ``re.Pattern``'s."""

    __slots__ = ("regex", "words")
    _last: tuple[str, str] = ("", "")   # the last text folded and its fold: a note is asked about by many patterns

    def __init__(self, regex: re.Pattern, words: tuple[str, ...]):
        self.regex, self.words = regex, words

    def admits(self, text: str) -> bool:
        """Whether ``text`` holds one of the needed words (and so may match)."""
        last = GatedPattern._last
        if last[0] is not text:
            last = GatedPattern._last = (text, fold(text))
        folded = last[1]
        for word in self.words:   # (a loop, not any() over a generator: this runs ~500 times a note)
            if word in folded:
                return True
        return False

    def search(self, text, *span):
        return self.regex.search(text, *span) if self.admits(text) else None

    def match(self, text, *span):
        return self.regex.match(text, *span) if self.admits(text) else None

    def fullmatch(self, text, *span):
        return self.regex.fullmatch(text, *span) if self.admits(text) else None

    def finditer(self, text, *span):
        return self.regex.finditer(text, *span) if self.admits(text) else iter(())

    def findall(self, text, *span):
        return self.regex.findall(text, *span) if self.admits(text) else []

    def sub(self, repl, text, count=0):
        return self.regex.sub(repl, text, count) if self.admits(text) else text

    def subn(self, repl, text, count=0):
        return self.regex.subn(repl, text, count) if self.admits(text) else (text, 0)

    def split(self, text, maxsplit=0):
        return self.regex.split(text, maxsplit) if self.admits(text) else [text]

    def __getattr__(self, name):   # pattern, flags, groups, groupindex
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex!r}, words={self.words!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern | GatedPattern:   # noqa: A001 (re's own name, on purpose)
    """``re.compile``, gated by the words every match needs where there are any (see the module's docstring)."""
    regex = re.compile(pattern, flags)
    words = needed_words(pattern, flags)
    return GatedPattern(regex, words) if words else regex


def trie(words) -> str:
    """Regex source matching the same as ``|``-joined ``words`` longest first, at a tenth of the cost or less for
    thousands of words: ``re`` tries every alternative of a flat list at every position of the note, and only the
    first letters' few branches of a trie. Every word that matches at a position is a prefix of the longest one that
    does, and the trie's optional tails are greedy, so it prefers the longest there as the flat list does, and gives
    the shorter ones back in the same order when what follows the group fails. Letters are keyed lower-case: use it
    inside ``(?i:...)``."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(root)


def _trie_source(node: dict) -> str:
    branches = [re.escape(ch) + _trie_source(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body

"""Finding extraction from a note: lexicon matching with NegEx-style negation, English and Chinese.

Every phrasing in the knowledge base (terms, lay clauses, clinical shorthand) is matched, longest
first and without overlaps: English on word boundaries, Chinese on characters. A finding is absent
when a negation trigger ("no", "denies", "without", 没有, 否认, 无 ...) governs it: the trigger's
scope runs forward until a sentence break or a conjunction such as "but" (Chapman et al. 2001,
NegEx), across lists ("denies chest pain, SOB or fever"), and Chinese scope runs across 、 lists
until ，or 。. Post-negations ("fever: none", "发烧倒是没有") are handled too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .knowledge import KnowledgeBase
from .tokenizer import split

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

EN_PRE_NEG = ("no", "not", "denies", "denied", "deny", "without", "negative for", "free of", "absence of", "never",
              "never had", "haven't had", "hasn't had", "have not had", "has not had", "don't have", "doesn't have",
              "didn't have", "do not have", "does not have", "no sign of", "no signs of", "no evidence of", "nil",
              "-ve", "neg", "not had any", "haven't noticed", "hasn't noticed", "haven't seen", "no history of",
              "haven't got", "hasn't got", "ruled out", "nor")
EN_POST_NEG = ("none", "absent", "denied", "negative", "-ve", "not present", "ruled out")
EN_PSEUDO = ("not sure", "not only", "no change", "no better", "not better", "not getting better", "not improving",
             "no relief", "not helping", "no idea", "not since", "no longer")
EN_TERMINATORS = {".", ";", "!", "?", "but", "however", "although", "though", "except", "apart", "yet", "still",
                  "which", "who", "and then", "\n"}
ZH_PRE_NEG = ("没有", "没", "无", "否认", "未", "未见", "并无", "并没有", "不", "也没有", "也没", "从没", "从来没有")
ZH_POST_NEG = ("倒是没有", "都没有", "没有", "也没有", "无", "阴性", "不明显")
ZH_TERMINATORS = set("，。；！？,.;!?") | {"但", "但是", "不过", "可是", "只是", "就是"}
SCOPE_WORDS = 8  # NegEx's window: a trigger governs at most this many following tokens
# Lexicon phrasings are written in the first person ("can't bend my neck"); notes are often about someone
# else ("can't bend her neck"). Possessives are matched as one word, on both sides.
EN_POSSESSIVES = {"her": "my", "his": "my", "their": "my", "your": "my", "our": "my"}
EN_ARTICLES = ("a", "an", "the")


def _en_key(words) -> tuple[str, ...]:
    return tuple(EN_POSSESSIVES.get(w, w) for w in words)


@dataclass(frozen=True)
class Mention:
    """A finding found in the note, present or negated, with the text that expressed it."""
    finding: str
    present: bool
    phrase: str   # as written in the note
    start: int    # character offsets
    end: int


@lru_cache(maxsize=None)
def _trigger_keys(triggers: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Trigger phrases as token tuples (as written and as the tokenizer splits them), longest first."""
    return sorted({tuple(t.split()) for t in triggers} | {tuple(p.text for p in split(t)) for t in triggers},
                  key=len, reverse=True)


class FindingExtractor:
    """Built once per knowledge base (it indexes every phrasing)."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    @cached_property
    def _en(self) -> dict[tuple[str, ...], str]:
        """Phrasing (as normalised words) -> finding id. A phrasing that starts with an article is also
        matched without it ("a stiff neck" -> "stiff neck"), unless that shorter form belongs elsewhere."""
        index: dict[tuple[str, ...], str] = {}
        keys = [(_en_key(p.text for p in split(phrase)), f.id) for f in self.kb.findings.values()
                for phrase in f.phrasings["en"].all]
        for key, fid in keys:
            if key:
                index.setdefault(key, fid)
        for key, fid in keys:
            if len(key) > 2 and key[0] in EN_ARTICLES:
                index.setdefault(key[1:], fid)
        return index

    @cached_property
    def _en_max(self) -> int:
        return max(len(k) for k in self._en)

    @cached_property
    def _zh(self) -> list[tuple[str, str]]:
        pairs = {}
        for f in self.kb.findings.values():
            for phrase in f.phrasings["zh"].all:
                phrase = re.sub(r"\s+", "", phrase)
                if phrase and phrase not in pairs:
                    pairs[phrase] = f.id
        return sorted(pairs.items(), key=lambda kv: -len(kv[0]))

    def extract(self, text: str) -> list[Mention]:
        """All findings mentioned in the note, in order of appearance; one mention per finding
        (a finding both affirmed and negated keeps its first mention)."""
        mentions = self._extract_en(text) + self._extract_zh(text)
        mentions.sort(key=lambda m: m.start)
        out, seen = [], set()
        for m in mentions:
            if m.finding not in seen:
                seen.add(m.finding)
                out.append(m)
        return out

    def present(self, text: str) -> list[Mention]:
        return [m for m in self.extract(text) if m.present]

    # ------------------------------------------------------------------ English
    def _extract_en(self, text: str) -> list[Mention]:
        pieces = [p for p in split(text) if not _CJK.match(p.text)]
        words = list(_en_key(p.text for p in pieces))
        n = len(words)
        matched: list[tuple[int, int, str]] = []   # token span [i, j) -> finding
        i = 0
        while i < n:
            for length in range(min(self._en_max, n - i), 0, -1):
                fid = self._en.get(tuple(words[i:i + length]))
                if fid:
                    matched.append((i, i + length, fid))
                    i += length
                    break
            else:
                i += 1
        covered = {k for a, b, _ in matched for k in range(a, b)}
        pre = self._find_triggers(words, EN_PRE_NEG, covered)
        post = self._find_triggers(words, EN_POST_NEG, covered)
        pseudo = self._find_triggers(words, EN_PSEUDO, covered)
        pseudo_tokens = {k for a, b in pseudo for k in range(a, b)}
        pre = [(a, b) for a, b in pre if a not in pseudo_tokens]
        starts = {a for a, _, _ in matched}
        mentions = []
        for a, b, fid in matched:
            negated = any(self._en_in_scope(words, tb, a, starts, covered) for _, tb in pre if tb <= a)
            negated |= any(b <= ta <= b + 2 and not any(w in EN_TERMINATORS for w in words[b:ta]) for ta, _ in post)
            start, end = pieces[a].start, pieces[b - 1].end
            mentions.append(Mention(fid, not negated, text[start:end], start, end))
        return mentions

    @staticmethod
    def _find_triggers(words, triggers, covered) -> list[tuple[int, int]]:
        keys = _trigger_keys(triggers)
        spans, i = [], 0
        while i < len(words):
            for key in keys:
                if tuple(words[i:i + len(key)]) == key and not covered & set(range(i, i + len(key))):
                    spans.append((i, i + len(key)))
                    i += len(key)
                    break
            else:
                i += 1
        return spans

    @staticmethod
    def _en_in_scope(words, trigger_end: int, finding_start: int, finding_starts: set[int], covered: set[int]) -> bool:
        """Does a trigger ending at ``trigger_end`` govern the finding starting at ``finding_start``?"""
        gap = words[trigger_end:finding_start]
        if any(w in EN_TERMINATORS for w in gap):
            return False
        # Commas continue a list only when what follows each comma is itself a finding.
        for k, w in enumerate(gap):
            if w == "," and trigger_end + k + 1 not in finding_starts and \
                    not (trigger_end + k + 2 in finding_starts and words[trigger_end + k + 1] in ("or", "and", "nor")):
                return False
        # Other findings of the same list do not use up the scope; other words do.
        words_between = [w for k, w in enumerate(gap) if trigger_end + k not in covered]
        filler = [w for w in words_between if w not in (",", "or", "and", "nor", "any", "a", "an", "the", "/", "significant", "obvious", "other")]
        return len(words_between) <= SCOPE_WORDS and len(filler) <= 3

    # ------------------------------------------------------------------ Chinese
    def _extract_zh(self, text: str) -> list[Mention]:
        if not _CJK.search(text):
            return []
        taken = [False] * len(text)
        found: list[tuple[int, int, str]] = []
        for phrase, fid in self._zh:
            # Literal search: ~1,900 phrases would overflow re's pattern cache and recompile on every note.
            a = text.find(phrase)
            while a != -1:
                b = a + len(phrase)
                if not any(taken[a:b]):
                    found.append((a, b, fid))
                    for k in range(a, b):
                        taken[k] = True
                a = text.find(phrase, b)
        found.sort()
        mentions = []
        for a, b, fid in found:
            mentions.append(Mention(fid, not self._zh_negated(text, a, b, taken), text[a:b], a, b))
        return mentions

    @staticmethod
    def _zh_negated(text: str, start: int, end: int, taken: list[bool]) -> bool:
        # Pre-negation: walk back over list separators and other findings to the nearest trigger.
        k = start
        while k > 0:
            prev = text[k - 1]
            if prev in ZH_TERMINATORS:
                break
            for trig in sorted(ZH_PRE_NEG, key=len, reverse=True):
                if text[max(0, k - len(trig)):k] == trig and not any(taken[k - len(trig):k]):
                    # 不 negates only what follows it directly (不发烧), never 不停地咳嗽.
                    return trig not in ("不", "没") or k == start
            if start - k > 12:
                break
            k -= 1
        # Post-negation: 发烧倒是没有 / 咳嗽、呕吐都没有 / 头痛无 (across a 、 list of findings)
        while end < len(text) and text[end] in "、和及" and end + 1 < len(text) and taken[end + 1]:
            end += 1
            while end < len(text) and taken[end]:
                end += 1
        tail = text[end:end + 5]
        return any(tail.startswith(t) for t in ZH_POST_NEG)

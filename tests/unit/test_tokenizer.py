"""The tokenizer: words and characters with offsets, context tokens first, truncation, and hostile text."""
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmodel.case import Case
from medmodel.tokenizer import CONTEXT_TOKENS, SEP, Tokenizer, split
from tests.unit.inputs import ANY_TEXT, FUZZ, NAMED, NASTY


def test_split_english_chinese_mixed_with_offsets():
    text = "I've had a COUGH, 发烧3天 x5d"
    pieces = split(text)
    assert [p.text for p in pieces] == ["i've", "had", "a", "cough", ",", "发", "烧", "3", "天", "x", "5", "d"]
    for p in pieces:
        assert text[p.start:p.end].lower().replace("’", "'") == p.text


def test_encode_context_unknowns_and_truncation():
    tok = Tokenizer.build(["cough and fever", "cough"], min_freq=1, max_len=40)
    enc = tok.encode(Case("Cough and zzzyx!", 34, "F", frozenset({"pregnant"})))
    assert enc.tokens[:4] == ["[AGE_30_39]", "[SEX_F]", "[PREGNANT]", SEP]
    assert enc.n_context == 4 and enc.offsets[:4] == [None] * 4
    assert enc.tokens[4:] == ["Cough", "and", "zzzyx", "!"]          # surface form kept
    assert enc.ids[6] == tok.unk_id and enc.offsets[6] == (10, 15)
    assert not enc.truncated
    long = tok.encode(Case("cough " * 100))
    assert long.truncated and len(long) == 40 and long.n_note_tokens == 100
    assert long.kept_chars < len("cough " * 100)


def test_round_trip_json(tmp_path):
    tok = Tokenizer.build(["fever 发烧"], min_freq=1)
    tok.save(tmp_path / "v.json")
    again = Tokenizer.load(tmp_path / "v.json")
    assert again.itos == tok.itos and again.max_len == tok.max_len


def test_zero_width_and_control_characters_dropped():
    """Issue 14: a zero-width space inside a word cut it in two and hid the symptom; it is read through now,
    and the piece still points at the original characters."""
    pieces = split("fe\u200bver\x00 and che\u2060st\u202e pain")
    assert [p.text for p in pieces] == ["fever", "and", "chest", "pain"]
    assert (pieces[0].start, pieces[0].end) == (0, 6) and (pieces[2].start, pieces[2].end) == (12, 18)


def test_underscore_separates_words_like_a_space():
    """Fields exported from forms and spreadsheets join words with underscores ("weight_loss"): each word is a
    piece of its own, with its own offsets, and the underscore is no token."""
    text = "fatigue, weight_loss, dark__urine ＿ ok"
    pieces = split(text)
    assert [p.text for p in pieces] == ["fatigue", ",", "weight", "loss", ",", "dark", "urine", "ok"]
    assert [text[p.start:p.end] for p in pieces][2:4] == ["weight", "loss"]


def test_ordinary_text_is_split_exactly_as_before():
    from medmodel.tokenizer import visible
    text = "Fever 39.5 and a cough, 头痛三天 — can't sleep"
    assert visible(text) == (text, None)
    assert [(p.text, p.start, p.end) for p in split(text)][:4] == [("fever", 0, 5), ("39.5", 6, 10), ("and", 11, 14),
                                                                  ("a", 15, 16)]


def test_bad_vocabularies_are_refused():
    with pytest.raises(ValueError, match="must start with"):
        Tokenizer(["a", "b", "c"] + list(CONTEXT_TOKENS))
    with pytest.raises(ValueError, match="lacks context tokens"):
        Tokenizer(["<pad>", "<unk>", "<sep>"])
    with pytest.raises(ValueError, match="min_freq"):
        Tokenizer.build(["x"], min_freq=0)


# ---------------------------------------------------------------- hostile text
@pytest.fixture(scope="module")
def tok():
    return Tokenizer.build(["fever and cough for two days", "发烧 咳嗽 头痛", "head ache"], min_freq=1, max_len=64)


def _check_encoding(tok, text, e):
    """Ids in the vocabulary, offsets that point back at each token's surface text, no invisible tokens."""
    assert len(e.ids) == len(e.tokens) == len(e.offsets) <= tok.max_len
    assert all(0 <= i < len(tok) for i in e.ids)
    for off, surface in zip(e.offsets[e.n_context:], e.tokens[e.n_context:]):
        assert 0 <= off[0] < off[1] <= len(text) and text[off[0]:off[1]] == surface
        assert surface.strip() and not re.fullmatch(r"[\u200b-\u200f\u2060\ufeff\x00-\x1f\x7f]+", surface)
    assert e.truncated == (e.n_note_tokens > tok.max_len - e.n_context)


@FUZZ
@given(text=st.one_of(ANY_TEXT, NASTY), age=st.one_of(st.none(), st.integers(0, 120)))
def test_tokenizer_never_crashes(tok, text, age):
    _check_encoding(tok, text, tok.encode(Case(text, age)))


NOTE_PIECES = {   # named hostile notes -> the normalised pieces the vocabulary sees
    "empty": [], "spaces": [], "newlines only": [], "NUL only": [],
    "RTL override": ["fever", "and", "cough", "for", "two", "days"],
    "zero-width inside words": ["fever", "and", "cough", ",", "headache"],
    "lone surrogate": ["fever", "and", "cough"],
    "emoji in words": ["fever", "🤒", "and", "cough", "😷", "for", "3", "days"],
    "CJK with fullwidth": ["fever", "和", "咳", "嗽", "三", "天", ",", "头", "痛", "。"],
    "control characters": ["fever", "and", "cough", "[", "31", "m", "red", "[", "0", "m"],
}


@pytest.mark.parametrize("name", list(NAMED))
def test_tokenizer_named_cases(tok, name):
    text = NAMED[name]
    e = tok.encode(Case(text, 30, "F"))
    _check_encoding(tok, text, e)
    assert e.tokens[:e.n_context] == ["[AGE_30_39]", "[SEX_F]", SEP]
    if name in NOTE_PIECES:
        assert [p.text for p in split(text)] == NOTE_PIECES[name]
        known = [tok.stoi.get(p, tok.unk_id) for p in NOTE_PIECES[name]]
        assert e.ids[e.n_context:] == known                      # fullwidth FEVER reads as the known word "fever"
    if name in ("at limit", "over limit"):
        assert e.truncated and len(e) == tok.max_len and e.kept_chars < len(text)
    if name == "one long word":
        assert e.ids[e.n_context:] == [tok.unk_id] and not e.truncated

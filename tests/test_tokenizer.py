from medmodel.case import Case
from medmodel.tokenizer import SEP, Tokenizer, split


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
    assert [p.text for p in split("fe\u200bver\x00")] == ["fe", "ver"]

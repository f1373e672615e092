"""Traditional Chinese and written Cantonese read as simplified Mandarin: one character for one, so every offset
into the note stays true.

Notes from Hong Kong, Taiwan and Macau, and from many overseas Chinese, are written in traditional characters
("幫我媽問一下…像電擊一樣痛…牙醫看了說牙齒沒問題"). The knowledge base's Chinese phrasings, the note reader's rules
and the model's vocabulary are simplified, so such a note read almost nothing: a trigeminal neuralgia found no finding
at all, and "沒有心悸胸痛" was read as palpitations and chest pain because 沒 is not 没 (set AZ, 2026-12-04).

The character table is OpenCC's ``TSCharacters.txt`` (Apache-2.0; the ``opencc-python-reimplemented`` package ships
it), each traditional character mapped to its first simplified candidate. A note is converted only when it holds at
least one character that is traditional and never simplified (4,093 of the table's 4,113): a simplified note is left
exactly as written, so 著 in 显著 or 乾 in a name cannot change it.
"""
from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path


def _dictionary(name: str) -> dict[str, list[str]]:
    """One OpenCC character table (``key<TAB>candidate candidate...``), read from the installed package's data
    without importing the package (its converter is not used)."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("opencc-python-reimplemented is not installed: pip install -r requirements.txt")
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / name
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            out[key] = values.split()
    return out


# Written Cantonese (Hong Kong, Guangdong, Macau, overseas): its own characters for everyday words, each read as the
# Mandarin word of the same length ("冇 fever" is "没 fever", "食咗好多油嘢" ... "而家醒咗"), so the reader's denials and
# phrasings apply. Only characters Mandarin does not use mark a note as Cantonese; 唔 (not) and 俾 (give) are read as
# Mandarin only in such a note.
CANTONESE_CHARS = {"冇": "没", "咗": "了", "嘅": "的", "佢": "他", "喺": "在", "啲": "些", "瞓": "睡", "睇": "看",
                   "揾": "找", "搵": "找", "嚟": "来", "嗰": "那", "畀": "给", "哋": "们", "噉": "这", "冚": "全"}
CANTONESE_IN_NOTE = {"唔": "不", "俾": "给"}
CANTONESE_WORDS = {"而家": "现在", "琴日": "昨天", "寻日": "昨天", "尋日": "昨天", "今朝": "今早", "听日": "明天",
                   "聽日": "明天", "成日": "总是", "肚屙": "腹泻", "屙屎": "拉屎", "屙尿": "小便", "好痕": "很痒",
                   "不痕": "不痒", "很痕": "很痒", "痕痒": "瘙痒", "咁样": "这样"}   # (after the characters: 唔痕 is 不痕)
_CANTONESE = re.compile("[" + "".join(CANTONESE_CHARS) + "]")
_CANTONESE_WORD = re.compile("|".join(sorted(CANTONESE_WORDS, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], re.Pattern]:
    """(traditional -> simplified translation table, a pattern of the characters that are only traditional)."""
    ts = _dictionary("TSCharacters.txt")
    simplified = _dictionary("STCharacters.txt")          # its keys are simplified characters
    table = {ord(k): v[0] for k, v in ts.items() if len(k) == 1 and len(v[0]) == 1 and v[0] != k}
    only = sorted(k for k, v in ts.items() if len(k) == 1 and k not in v and k not in simplified)
    return table, re.compile("[" + "".join(re.escape(c) for c in only) + "]")


def is_traditional(text: str) -> bool:
    """Whether the note holds a character written only in traditional Chinese."""
    return _tables()[1].search(text) is not None


@lru_cache(maxsize=512)
def simplified(text: str) -> str:
    """The note in simplified Mandarin characters, the same length (offsets unchanged): traditional characters as
    simplified ones, written Cantonese as Mandarin; the note itself when it holds neither."""
    table, only = _tables()
    cantonese = _CANTONESE.search(text) is not None
    if only.search(text) is None and not cantonese:
        return text
    out = text.translate(table)
    if cantonese:
        out = out.translate(_CANTONESE_TABLE)
        out = _CANTONESE_WORD.sub(lambda m: CANTONESE_WORDS[m.group(0)], out)
    return out


_CANTONESE_TABLE = str.maketrans({**CANTONESE_CHARS, **CANTONESE_IN_NOTE})
assert all(len(k) == len(v) for k, v in CANTONESE_WORDS.items())   # one character for one: offsets hold

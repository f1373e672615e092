"""medmodel.hanzi: traditional Chinese and written Cantonese read as simplified Mandarin, one character for one."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from medmodel.case import Case
from medmodel.hanzi import is_traditional, simplified
from medmodel.tokenizer import Tokenizer


@pytest.mark.parametrize("text, read", [
    ("幫我媽問一下，右邊臉頰像電擊一樣痛，牙醫說牙齒沒問題", "帮我妈问一下，右边脸颊像电击一样痛，牙医说牙齿没问题"),
    ("噁心出汗眼前發黑", "恶心出汗眼前发黑"),
    ("上腹痛, 肚饿嘅时候 最痛, 冇 black stool, 冇 吐血", "上腹痛, 肚饿的时候 最痛, 没 black stool, 没 吐血"),
    ("烧 退咗 之后 出 rash, 唔痕. 冇咳", "烧 退了 之后 出 rash, 不痒. 没咳"),   # 唔 is 不 only in a Cantonese note
])
def test_traditional_and_cantonese_read_as_simplified_mandarin(text, read):
    assert simplified(text) == read


@pytest.mark.parametrize("text", [
    "患者乏力显著，口干，去著名医院就诊",     # 著 and 乾 are simplified characters too: a simplified note is untouched
    "乾隆年间的故事，唔，想想",               # 唔 (an interjection) in Mandarin
    "cough and fever for 3 days",
    "我头痛三天了",
])
def test_a_simplified_or_english_note_is_left_as_written(text):
    assert simplified(text) == text and not is_traditional(text)


@given(st.text(alphabet=st.sampled_from("頭痛發燒沒有咳嗽冇咗嘅佢喺而家琴日 ,。abc1"), max_size=40))
def test_one_character_for_one(text):
    """Every span of the note read holds at the same offsets in the note as written."""
    assert len(simplified(text)) == len(text)


def test_the_model_reads_a_traditional_note_as_its_simplified_twin():
    tok = Tokenizer.build(["头痛发烧，没有咳嗽", "肚子痛"], min_freq=1, max_len=40)
    trad, simp = tok.encode(Case("頭痛發燒，沒有咳嗽")), tok.encode(Case("头痛发烧，没有咳嗽"))
    assert trad.ids == simp.ids and trad.offsets == simp.offsets
    assert tok.unk_id not in trad.ids[trad.n_context:]

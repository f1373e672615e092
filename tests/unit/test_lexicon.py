"""medmodel.lexicon: paraphrases meet in canonical form; typos are fixed, real words are not."""
from medmodel.lexicon import SpellFixer, canonical


def toks(text: str) -> list[str]:
    return [t for t, _, _ in canonical(text.lower().split())]


def test_lay_and_clinical_words_meet():
    assert toks("frequent urination") == toks("urinating frequently")[::-1] == ["frequent", "urinate"]
    assert set(toks("peeing a lot")) == {"urinate", "frequent"}
    assert toks("throwing up") == toks("vomiting") == ["vomit"]
    assert toks("tummy ache")[0] == toks("abdominal pain")[0] == "abdomen"
    assert toks("stomachache") == ["abdomen", "pain"]


def test_function_words_drop_but_negations_stay():
    assert toks("my really sore throat") == ["pain", "throat"]
    assert "no" in toks("no fever") and "not" in toks("not confused")


def test_indices_point_back_to_the_words():
    words = "i have been throwing up all night".split()
    out = canonical(words)
    assert [(t, words[i:j]) for t, i, j in out] == [("vomit", ["throwing", "up"]), ("night", ["night"])]


def test_spell_fixer_corrects_only_unknown_words():
    fixer = SpellFixer({"diarrhoea", "vomiting", "wheezing", "mouse"}, common_words={"house"})
    assert fixer.fix("diarrhoae") == "diarrhoea"
    assert fixer.fix("wheezeing") == "wheezing"
    assert fixer.fix("house") == "house"          # a real word is never "corrected"
    assert fixer.fix("cat") == "cat"              # short words are left alone

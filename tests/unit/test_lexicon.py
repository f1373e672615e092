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


_STEMS = """
import json, sys
{first}
import medmodel.lexicon as lexicon
from medmodel.lexicon import COMMON_WORDS_FILE
words = COMMON_WORDS_FILE.read_text(encoding="utf-8").split() + ["urinating", "rashes", "generously", "dying", "skies"]
print(json.dumps({{"stems": [lexicon._STEMMER.stem(w) for w in words], "scipy": "scipy.stats" in sys.modules,
                  "stand_ins": [m for m in ("nltk", "nltk.stem", "nltk.corpus") if m in sys.modules]}}))
"""


def test_stemmer_without_nltk_top_level_stems_as_the_usual_import():
    """The lexicon imports NLTK's stemmer without NLTK's top level (SciPy statistics and the rest, 1 s of a cold
    start): the same stems as the usual import, and no stand-in module left behind for later NLTK imports."""
    import json
    import subprocess
    import sys

    def run(first: str) -> dict:
        out = subprocess.run([sys.executable, "-c", _STEMS.format(first=first)], capture_output=True, text=True,
                             check=True, cwd=str(__import__("medmodel.paths").paths.ROOT))
        return json.loads(out.stdout)

    quick, usual = run(""), run("import nltk.stem.snowball")
    assert not quick["scipy"] and usual["scipy"]
    assert quick["stand_ins"] == [] and len(quick["stems"]) > 1000
    assert quick["stems"] == usual["stems"]

"""medmodel.augment: each augmentation changes how a note is written, never what it says."""
import random
import re

from medmodel import augment

NOTE = ("I have had abdominal pain and frequent urination for 3 days. I feel tired and dizzy. "
        "There is no shortness of breath. I am worried.")


def words(text):
    return re.findall(r"[\w']+", text.lower())


def test_synonyms_come_from_the_same_group():
    _, group_of = augment.thesaurus()["en"]
    rng = random.Random(1)
    out = augment.substitute_synonyms(NOTE, "en", rng, rate=1.0)
    assert out != NOTE
    assert group_of["abdominal"] and any(p.lower() in out.lower() for p in group_of["abdominal"])
    assert "3 days" in out and "no" in words(out)      # numbers and negations untouched


def test_synonyms_apply_in_one_pass():
    rng = random.Random(0)
    for _ in range(50):
        out = augment.substitute_synonyms("a cold clammy sweat", "en", rng, rate=1.0)
        assert "sweat sweat" not in out


def test_typos_keep_the_words_in_place():
    rng = random.Random(3)
    out = augment.add_typos(NOTE, rng, rate=1.0)
    assert out != NOTE and len(out.split()) == len(NOTE.split())
    changed = [(a, b) for a, b in zip(NOTE.split(), out.split()) if a != b]
    assert changed and all(abs(len(a) - len(b)) <= 1 for a, b in changed)


def test_abbreviations_are_clinical_shorthand():
    out = augment.abbreviate("shortness of breath for 3 days, chest pain with sweating", random.Random(0), rate=1.0)
    assert "SOB" in out and "CP" in out and ("w/" in out or "c/" in out)


def test_filler_adds_a_sentence_and_keeps_the_rest():
    out = augment.add_filler(NOTE, "en", random.Random(2), k=2)
    assert all(s in out for s in augment.sentences(NOTE))
    assert sum(f in out for f in augment.EN_FILLERS) == 2


def test_shuffle_keeps_the_first_sentence_and_every_sentence():
    out = augment.shuffle_sentences(NOTE, "en", random.Random(5))
    assert augment.sentences(out)[0] == augment.sentences(NOTE)[0]
    assert sorted(augment.sentences(out)) == sorted(augment.sentences(NOTE))


def test_casual_case_is_lower_case():
    out = augment.casual_case(NOTE, random.Random(0))
    assert out == out.lower() and words(out) == words(NOTE.lower())


def test_chinese_synonyms():
    out = augment.substitute_synonyms("拉肚子三天，头疼，嗓子痛", "zh", random.Random(4), rate=1.0)
    assert out != "拉肚子三天，头疼，嗓子痛" and "三天" in out

"""medmodel.findings on the language real notes use: lay words, word order, typos, shorthand, Chinese."""
import pytest

from medmodel.findings import FindingExtractor


@pytest.fixture(scope="module")
def reader(kb):
    return FindingExtractor(kb)


def found(reader, text):
    return {(m.finding, m.present) for m in reader.extract(text)}


@pytest.mark.parametrize("text, finding", [
    ("I have been peeing a lot", "urinary_frequency"),
    ("my throat is really sore", "sore_throat"),
    ("I've got terrible diarhea", "diarrhoea"),
    ("been throwing up all night", "vomiting"),
    ("black stools since yesterday", "melaena"),
    ("vomiting coffee grounds", "haematemesis"),
    ("flu-like, aches all over", "myalgia"),
    ("头很痛，已经两天了", "headache"),
    ("sats 89% on air", "low_oxygen_saturation"),
])
def test_everyday_wordings_are_recognised(reader, text, finding):
    assert (finding, True) in found(reader, text)


def test_denied_signs_are_read_as_absent(reader):
    out = found(reader, "Headache and fever since this morning. No neck stiffness, no rash, not confused.")
    assert {("headache", True), ("fever", True), ("neck_stiffness", False), ("rash", False),
            ("confusion", False)} <= out


def test_ambiguous_abbreviations_need_a_clinical_note(reader):
    assert ("chest_pain", True) in found(reader, "54M c/o central CP x1h, sweaty")
    assert not any(f == "head_injury" for f, _ in found(reader, "HI doctor, I have a cough"))
    assert not any(f == "head_injury" for f, _ in found(reader, "58M T1DM, c/o vomiting, BM HI"))

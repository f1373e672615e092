"""How English note words are normalised before they are matched against the finding lexicon.

Real notes say the same thing in many ways: "weeing loads", "urinating frequently", "peeing all the time";
"rashes", "swollen", "throwing up"; typos ("diarhea", "stomache"). Matching the lexicon literally misses
most of them. Every word of a note and of a lexicon phrase goes through the same steps, so both sides meet:

1. multi-word idioms become one canonical word ("throw up" -> vomit, "pins and needles" -> tingle);
2. lay synonyms become a canonical word (pee / wee / urinate / micturition -> urinate; tummy / belly -> abdomen);
3. the Snowball English stemmer folds word forms (rashes -> rash, urinating -> urin);
4. function words that carry no clinical meaning are dropped (my, the, really, quite ...; never a negation).

Typos are corrected before step 1: a note word that is neither in the lexicon nor a real English word is
replaced by the lexicon word within one edit (two for long words), Damerau-Levenshtein, as SymSpell-style
spelling correctors do. Real words are the frequent words of the MIT-licensed patient-question corpus
(``assets/lexicon/en_common_words.txt``) and pyspellchecker's English frequency list, so "house" is never
"corrected" to "mouse", nor "sprained" to "strained".
"""
from __future__ import annotations

import importlib.util
import sys
import types
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from .paths import LEXICON

COMMON_WORDS_FILE = LEXICON / "en_common_words.txt"

# Multi-word idioms -> one canonical word. Matched on lower-cased words, longest first.
IDIOMS: dict[tuple[str, ...], str] = {
    ("throw", "up"): "vomit", ("throwing", "up"): "vomit", ("threw", "up"): "vomit", ("thrown", "up"): "vomit",
    ("throws", "up"): "vomit", ("being", "sick"): "vomit", ("been", "sick"): "vomit",
    ("pass", "out"): "faint", ("passed", "out"): "faint", ("passing", "out"): "faint",
    ("black", "out"): "faint", ("blacked", "out"): "faint", ("blacking", "out"): "faint",
    ("pins", "and", "needles"): "tingle", ("the", "runs"): "diarrhoea", ("the", "trots"): "diarrhoea",
    ("can't",): "cannot", ("cant",): "cannot", ("can", "not"): "cannot", ("unable", "to"): "cannot",
    ("couldn't",): "cannot", ("could", "not"): "cannot",
    ("worn", "out"): "tired", ("run", "down"): "tired", ("no", "energy"): "tired", ("zero", "energy"): "tired",
    ("light", "headed"): "dizzy", ("light", "-", "headed"): "dizzy",
    ("bunged", "up"): "blocked", ("stuffed", "up"): "blocked",
    ("short", "of", "breath"): "breathless", ("out", "of", "breath"): "breathless",
    ("bowel", "movement"): "stool", ("bowel", "movements"): "stool", ("bowel", "motion"): "stool",
    ("bowel", "motions"): "stool",
    ("heart", "beat"): "heartbeat", ("heart", "rate"): "pulse",
    ("a", "bit"): "", ("a", "little", "bit"): "", ("a", "lot"): "frequent", ("all", "the", "time"): "frequent", ("non", "stop"): "frequent",
    ("so", "much"): "frequent", ("every", "hour"): "frequent", ("every", "half", "hour"): "frequent",
    ("more", "than", "usual"): "frequent", ("more", "often"): "frequent",
    ("lost", "weight"): "weightloss", ("losing", "weight"): "weightloss", ("lose", "weight"): "weightloss",
    ("weight", "loss"): "weightloss", ("dropped", "weight"): "weightloss", ("put", "on", "weight"): "weightgain",
    ("gained", "weight"): "weightgain", ("gaining", "weight"): "weightgain", ("weight", "gain"): "weightgain",
    # danger signs said plainly (a clinician's first probes missed them): black stools are melaena until shown
    # otherwise; coffee grounds in vomit are blood; aches all over are myalgia
    ("black", "stools"): "melaena", ("black", "stool"): "melaena", ("black", "poo"): "melaena",
    ("black", "poos"): "melaena", ("black", "poop"): "melaena",
    ("coffee", "grounds"): "blood", ("coffee", "ground"): "blood",
    ("aches", "all", "over"): "myalgia", ("aching", "all", "over"): "myalgia", ("achy", "all", "over"): "myalgia",
    # clinicians hyphenate what the lexicon writes as one word ("post-auricular swelling")
    ("post", "-", "auricular"): "postauricular", ("retro", "-", "auricular"): "retroauricular",
    ("retro", "-", "orbital"): "retroorbital", ("peri", "-", "orbital"): "periorbital",
}
# Lay and clinical words -> one canonical word (applied after idioms, before stemming).
SYNONYMS: dict[str, str] = {
    # the stemmer makes "several" "sever", as it makes "severe": "several blood tests" was severe bleeding
    "several": "several",
    # and "testes" "test": "a blood test, pain in my arm" was testicular pain
    **dict.fromkeys(("testes", "teste", "testis"), "testicl"),
    **dict.fromkeys(("pee", "peeing", "pees", "peed", "wee", "weeing", "wees", "weed", "piss", "pissing",
                     "urinate", "urinating", "urinates", "urinated", "urination", "micturition", "micturate",
                     "micturating", "urinary", "urine"), "urinate"),
    **dict.fromkeys(("poo", "poos", "pooing", "poop", "pooping", "poops", "stool", "stools", "faeces", "feces"),
                    "stool"),
    **dict.fromkeys(("tummy", "belly", "abdomen", "abdominal", "stomach", "tum"), "abdomen"),
    **dict.fromkeys(("vomit", "vomiting", "vomited", "vomits", "puke", "puking", "puked", "spew", "spewing",
                     "emesis"), "vomit"),
    **dict.fromkeys(("tired", "tiredness", "exhausted", "exhaustion", "fatigue", "fatigued", "knackered",
                     "shattered", "drained", "lethargic", "lethargy", "weary", "wiped"), "tired"),
    **dict.fromkeys(("dizzy", "dizziness", "lightheaded", "woozy", "giddy"), "dizzy"),
    **dict.fromkeys(("sweat", "sweats", "sweating", "sweaty", "perspiring", "perspiration", "perspire",
                     "diaphoresis", "diaphoretic"), "sweat"),
    **dict.fromkeys(("itch", "itchy", "itching", "itchiness", "itches", "itched", "pruritus", "pruritic"), "itch"),
    **dict.fromkeys(("swollen", "swelling", "swell", "swelled", "swells", "puffy", "puffed", "oedema", "edema"),
                    "swell"),
    **dict.fromkeys(("nausea", "nauseous", "nauseated", "queasy", "nauseas"), "nausea"),
    **dict.fromkeys(("diarrhoea", "diarrhea", "diarhea", "diarrea", "diarrhoe", "diahrrea"), "diarrhoea"),
    **dict.fromkeys(("faint", "fainted", "fainting", "faints", "syncope", "syncopal"), "faint"),
    **dict.fromkeys(("tingle", "tingling", "tingly", "tingles", "paraesthesia", "paresthesia"), "tingle"),
    **dict.fromkeys(("blurry", "blurred", "blurring", "blur", "blurriness", "fuzzy"), "blur"),
    **dict.fromkeys(("yellow", "yellowish", "yellowing", "yellowed"), "yellow"),
    **dict.fromkeys(("jaundice", "jaundiced", "icteric", "icterus"), "jaundice"),
    **dict.fromkeys(("thirst", "thirsty", "thirstier", "polydipsia"), "thirst"),
    **dict.fromkeys(("phlegm", "sputum", "mucus"), "sputum"),
    **dict.fromkeys(("stuffy", "congested", "congestion", "blocked"), "blocked"),
    **dict.fromkeys(("stuck", "glued"), "stuck"),   # "gunk glued my lashes together"
    **dict.fromkeys(("anxious", "anxiety", "nervous", "nervy", "panicky"), "anxious"),
    **dict.fromkeys(("breathless", "breathlessness", "dyspnoea", "dyspnea"), "breathless"),
    **dict.fromkeys(("feet", "foot"), "foot"), **dict.fromkeys(("teeth", "tooth"), "tooth"),
    **dict.fromkeys(("child", "children", "kid", "kids"), "child"),
    **dict.fromkeys(("hurt", "hurts", "hurting", "sore", "painful", "ache", "aches", "aching", "achy", "pain",
                     "pains", "agony"), "pain"),
    **dict.fromkeys(("frequent", "frequently", "often", "constantly", "always", "continuously", "continually",
                     "constant", "nonstop", "loads", "lots", "heaps", "tons", "repeatedly"), "frequent"),
    # kept whole: their stems would meet other words ("spotting" is bleeding, "spots" are pimples)
    **{w: w for w in ("spotting", "frequency")},
    **dict.fromkeys(("lost", "losing", "loses", "lose"), "lose"),
    **dict.fromkeys(("bleed", "bleeding", "bleeds", "bled", "blood", "bloody"), "blood"),
    **dict.fromkeys(("temp", "temperature", "temps"), "temperature"),
    **dict.fromkeys(("coughing", "cough", "coughs", "coughed"), "cough"),
    **dict.fromkeys(("sneeze", "sneezing", "sneezes", "sneezed"), "sneeze"),
    **dict.fromkeys(("wheeze", "wheezy", "wheezing", "wheezes", "wheezed", "wheezey"), "wheeze"),
    # paracetamol by its other names and brands (an overdose note names the bottle, not the drug)
    **dict.fromkeys(("paracetamol", "paracetamols", "acetaminophen", "tylenol", "panadol", "calpol", "apap"),
                    "paracetamol"),
    **dict.fromkeys(("rash", "rashes"), "rash"),
    **dict.fromkeys(("headache", "headaches", "headach", "cephalgia"), "headache"),
    **dict.fromkeys(("stomachache", "stomachaches", "bellyache", "tummyache", "bellyaches", "tummyaches"),
                    "abdomen pain"),
    **dict.fromkeys(("earache", "earaches"), "ear pain"), **dict.fromkeys(("toothache",), "tooth pain"),
    **dict.fromkeys(("backache", "backaches"), "back pain"),
}
# Words that carry no clinical meaning in a finding phrase: dropped on both sides, so "pain when I pee" meets
# "pain on urination". Never a negation ("no", "not", "without", "or", "nor"), a body part, a side, or a time
# word; negation scope is read from the words as written, not from these canonical tokens.
STOPWORDS = frozenset("""
a an the my your his her their our its it it's this that these those i i'm im i've ive i'd me we us he she they
him them you is am are was were be been has have had having do does did really very so quite pretty little
some any just also too all such extremely super kind sort of kinda sorta abit somewhat rather
and with on in at when whenever while after during to from for by into onto over around about then
""".split())

def _english_stemmer():
    """NLTK's Snowball English stemmer, imported without running ``nltk/__init__.py``: the package's top level
    imports most of NLTK and SciPy's statistics (1.0 s of a cold ``predict``'s ~5 s) and the stemmer needs none
    of it. Bare stand-ins for the packages ``nltk``, ``nltk.stem`` and ``nltk.corpus`` (the stemmer's stop-word
    option, never used here) are in ``sys.modules`` only while the stemmer's own modules load; if that fails in any
    way (another NLTK version), NLTK is imported as usual. Same stemmer, same stems
    (tests/unit/test_lexicon.py compares it with the usual import in a fresh process)."""
    if "nltk" not in sys.modules:
        spec = importlib.util.find_spec("nltk")
        try:
            root = spec.submodule_search_locations[0]
            for name in ("nltk", "nltk.stem", "nltk.corpus"):
                module = types.ModuleType(name)
                module.__path__ = [f"{root}/{name.partition('.')[2]}" if "." in name else root]
                module.stopwords = None
                sys.modules[name] = module
            from nltk.stem.snowball import EnglishStemmer
            return EnglishStemmer()
        except Exception:   # noqa: BLE001 - any failure: the usual import below
            pass
        finally:   # every NLTK module loaded beside the stand-ins goes: a later `import nltk` loads the real ones
            for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
                del sys.modules[name]
    from nltk.stem.snowball import EnglishStemmer
    return EnglishStemmer()


_STEMMER = _english_stemmer()


@lru_cache(maxsize=200_000)
def stem(word: str) -> tuple[str, ...]:
    """Canonical form of one lower-cased word (one or two tokens: "earache" -> ear pain): synonym, then stem."""
    if word in SYNONYMS:
        return tuple(SYNONYMS[word].split())
    return (_STEMMER.stem(word),)


_IDIOM_MAX = max(len(k) for k in IDIOMS)
# A phrase that canonicalises to one of these alone says too little to name a finding ("aches and pains" is not a
# finding by itself; "frequently" is not urinary frequency).
GENERIC = frozenset({"pain", "frequent", "swell", "blood", "lose", "feel", "bad", "problem", "issu", "red", "spot"})


def canonical(words: list[str], drop_function_words: bool = True) -> list[tuple[str, int, int]]:
    """Lower-cased words -> [(canonical token, first word index, end word index)], function words dropped.
    Indices point into ``words``, so matches can be mapped back to the note."""
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(words)
    while i < n:
        for length in range(min(_IDIOM_MAX, n - i), 0, -1):
            idiom = IDIOMS.get(tuple(words[i:i + length]))
            if idiom is not None:
                if idiom:
                    out.append((idiom, i, i + length))
                i += length
                break
        else:
            w = words[i]
            if not (drop_function_words and w in STOPWORDS):
                out.extend((t, i, i + 1) for t in stem(w))
            i += 1
    return out


class SpellFixer:
    """Maps a misspelt note word to the lexicon word it most likely meant, or leaves it alone."""

    def __init__(self, lexicon_words: set[str], common_words: set[str] | None = None):
        self.lexicon = sorted(w for w in lexicon_words if w.isalpha() and len(w) >= 4)
        if common_words is None:
            common_words = load_common_words() | english_dictionary()
        self.known = set(lexicon_words) | set(SYNONYMS) | set(common_words)
        self.fix = lru_cache(maxsize=50_000)(self._fix)   # per instance: the cache dies with the fixer

    def _fix(self, word: str) -> str:
        if len(word) < 5 or word in self.known or not word.isalpha():
            return word
        limit = 1 if len(word) < 8 else 2
        hit = process.extractOne(word, self.lexicon, scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        return hit[0] if hit else word


@lru_cache(maxsize=1)
def english_dictionary(min_count: int = 50) -> frozenset[str]:
    """Real English words (pyspellchecker's frequency list, MIT): never "corrected" into a lexicon word."""
    from spellchecker import SpellChecker
    return frozenset(w for w, n in SpellChecker(language="en").word_frequency.dictionary.items() if n >= min_count)


@lru_cache(maxsize=1)
def load_common_words() -> frozenset[str]:
    if not COMMON_WORDS_FILE.is_file():
        return frozenset()
    return frozenset(w.strip() for w in COMMON_WORDS_FILE.read_text(encoding="utf-8").split() if w.strip())

"""MedSeq: a local, explainable LSTM seq2seq assistant for clinicians (decision support, not a diagnosis).

Public API (the app, the CLI and the tests use only these):
    load_bundle(path=None) -> Bundle            the shipped default model when no path is given
    Predictor(bundle).predict(Case) -> Prediction, .predict_many(list[Case])
    load_knowledge() -> KnowledgeBase
    Explainer(bundle).explain(Case, prediction, method="integrated_gradients") -> Explanation; METHODS
    load_gallery(), edit_note / compare (what-if), build_report (offline HTML report), rank_agreement
"""
from .bundle import Bundle, BundleError, load_bundle
from .case import USER_FLAGS, Case
from .findings import FindingExtractor, Mention
from .gallery import GalleryCase, load_gallery
from .knowledge import CONTEXT_FLAGS, TRIAGE_LEVELS, KnowledgeBase, KnowledgeError, load_knowledge
from .predict import MAX_NOTE_CHARS, DifferentialEntry, InputError, Prediction, Predictor, check_note
from .safety import RedFlag, Withheld
from .synth import Generator
from .whatif import compare, detect_language, edit_note, mention_state

__all__ = [
    "Bundle", "BundleError", "load_bundle", "Case", "USER_FLAGS", "FindingExtractor", "Mention",
    "CONTEXT_FLAGS", "TRIAGE_LEVELS", "KnowledgeBase", "KnowledgeError", "load_knowledge",
    "DifferentialEntry", "InputError", "Prediction", "Predictor", "check_note",
    "RecordsError", "read_table", "score_frame", "to_bytes", "RedFlag", "Withheld", "Generator",
    "Explainer", "Explanation", "METHODS",
    "GalleryCase", "load_gallery", "MAX_NOTE_CHARS", "SUFFIXES", "check_columns",
    "compare", "detect_language", "edit_note", "mention_state",
    "BASELINES", "build_report", "calibration_figure", "differential_figure", "rank_agreement",
]
_LAZY = {"Explainer": "explain", "Explanation": "explain", "METHODS": "explain", "BASELINES": "explain",
         "build_report": "report", "calibration_figure": "report", "differential_figure": "report",
         "rank_agreement": "report", **{n: "records" for n in ("SUFFIXES", "RecordsError", "check_columns",
                                                                "read_table", "score_frame", "to_bytes")}}


def __getattr__(name: str):
    """The explainer pulls in Captum (about a second) and records pandas (half a second): import them on first
    use, not with the package, so a cold `python -m medmodel predict` pays for torch only."""
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

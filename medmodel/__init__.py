"""MedSeq: a local, explainable LSTM seq2seq assistant for clinicians (decision support, not a diagnosis).

Public API (the app, the CLI and the tests use only these):
    load_bundle(path=None) -> Bundle            the shipped default model when no path is given
    Predictor(bundle).predict(Case) -> Prediction, .predict_many(list[Case])
    load_knowledge() -> KnowledgeBase
    Explainer(bundle).explain(Case, prediction, method="integrated_gradients") -> Explanation; METHODS
"""
from .bundle import Bundle, BundleError, load_bundle
from .case import USER_FLAGS, Case
from .findings import FindingExtractor, Mention
from .knowledge import CONTEXT_FLAGS, TRIAGE_LEVELS, KnowledgeBase, KnowledgeError, load_knowledge
from .predict import DifferentialEntry, InputError, Prediction, Predictor, check_note
from .records import RecordsError, read_table, score_frame, to_bytes
from .safety import RedFlag, Withheld
from .synth import Generator

__all__ = [
    "Bundle", "BundleError", "load_bundle", "Case", "USER_FLAGS", "FindingExtractor", "Mention",
    "CONTEXT_FLAGS", "TRIAGE_LEVELS", "KnowledgeBase", "KnowledgeError", "load_knowledge",
    "DifferentialEntry", "InputError", "Prediction", "Predictor", "check_note",
    "RecordsError", "read_table", "score_frame", "to_bytes", "RedFlag", "Withheld", "Generator",
    "Explainer", "Explanation", "METHODS",
]
_LAZY = {"Explainer": "explain", "Explanation": "explain", "METHODS": "explain"}


def __getattr__(name: str):
    """The explainer pulls in Captum (about a second): import it on first use, not with the package."""
    if name in _LAZY:
        from importlib import import_module
        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

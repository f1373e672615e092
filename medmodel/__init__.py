"""MedSeq: a local, explainable LSTM seq2seq assistant for clinicians (decision support, not a diagnosis).

Public API (the app, the CLI and the tests use only these):
    load_bundle(path=None) -> Bundle            the shipped default model when no path is given
    Predictor(bundle).predict(Case) -> Prediction, .predict_many(list[Case])
    load_knowledge() -> KnowledgeBase
    Explainer(bundle).explain(Case, prediction, method="integrated_gradients") -> Explanation; METHODS, BASELINES
    read_table / score_frame / to_bytes (records), load_gallery(), edit_note / compare (what-if),
    build_report (offline HTML report), rank_agreement, plots, render (a prediction in words, for every surface)

Importing the package loads torch but neither Captum (only the reference explanation strategy needs it) nor
pandas (only reading and writing tables does), so a cold `python -m medmodel predict` stays quick.
Importing it also sets torch to one thread per process (``medmodel.runtime``; ``MEDSEQ_THREADS`` overrides).
"""
from . import plots, render
from .bundle import Bundle, load_bundle
from .case import USER_FLAGS, Case
from .errors import BundleError, InputError, MedSeqError, RecordsError
from .explain import BASELINES, METHODS, Explainer, Explanation, rank_agreement
from .findings import FindingExtractor, Mention
from .gallery import GalleryCase, load_gallery
from .knowledge import CONTEXT_FLAGS, TRIAGE_LEVELS, KnowledgeBase, KnowledgeError, load_knowledge
from .predict import MAX_NOTE_CHARS, DifferentialEntry, Prediction, Predictor, check_note
from .records import SUFFIXES, check_columns, read_table, score_frame, to_bytes
from .runtime import configure_threads
from .report import build_report, calibration_figure, differential_figure
from .safety import RedFlag, Withheld
from .synth import Generator
from .whatif import compare, detect_language, edit_note, mention_state

__all__ = [
    "Bundle", "BundleError", "load_bundle", "Case", "USER_FLAGS", "FindingExtractor", "Mention",
    "CONTEXT_FLAGS", "TRIAGE_LEVELS", "KnowledgeBase", "KnowledgeError", "load_knowledge", "MedSeqError",
    "DifferentialEntry", "InputError", "Prediction", "Predictor", "check_note",
    "RecordsError", "read_table", "score_frame", "to_bytes", "RedFlag", "Withheld", "Generator",
    "Explainer", "Explanation", "METHODS", "BASELINES",
    "GalleryCase", "load_gallery", "MAX_NOTE_CHARS", "SUFFIXES", "check_columns",
    "compare", "detect_language", "edit_note", "mention_state",
    "build_report", "calibration_figure", "differential_figure", "rank_agreement", "plots", "render",
    "configure_threads",
]

configure_threads()   # one torch thread per process, for every entry point (see medmodel.runtime)

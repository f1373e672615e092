"""The layering in docs/ARCHITECTURE.md holds: modules import only from their own layer or below, medmodel never
imports Streamlit, and Captum is imported by one module, the reference path of the explainer."""
import ast
from pathlib import Path

from tests.support import ROOT

LAYERS = {   # as drawn in docs/ARCHITECTURE.md; the top layer (app.py, ui.py, pages/) is outside the package
    5: "cli",
    4: "evaluate report records scoring ask reviews",
    3: "explain plots whatif",
    2: "predict render train audit users gallery",
    1: "bundle decode safety findings posterior synth narrative redact context pretrain devset",
    0: "model tokenizer sequence case knowledge errors paths spreadsheet messages labels lexicon vitals augment corpus "
       "scope runtime modality everyday hanzi rx",
}
LAYER = {m: n for n, modules in LAYERS.items() for m in modules.split()}
PACKAGE = ROOT / "medmodel"


def _imports(path: Path):
    """(medmodel module imported, absolute names imported) for one source file."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    local, absolute = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            absolute.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            absolute.add(node.module)
        elif isinstance(node, ast.ImportFrom):
            package = parts[:len(parts) - node.level]            # the package the relative import starts from
            names = (node.module.split(".") if node.module else [a.name for a in node.names])
            local.add((list(package) + names)[0])
    return local, absolute


def test_every_module_has_a_layer():
    modules = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in PACKAGE.glob("*")
               if p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists())}
    assert modules - {"__init__", "__main__"} == set(LAYER)


def test_no_module_imports_a_layer_above_it():
    upward = []
    for path in PACKAGE.rglob("*.py"):
        me = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
        if me in ("__init__", "__main__"):
            continue
        local, _ = _imports(path)
        upward += [(str(path.relative_to(ROOT)), m) for m in local if m in LAYER and LAYER[m] > LAYER[me]]
    assert not upward, upward


def test_streamlit_stays_out_and_captum_has_one_home():
    captum = []
    for path in PACKAGE.rglob("*.py"):
        _, absolute = _imports(path)
        assert not any(n.split(".")[0] == "streamlit" for n in absolute), path
        if any(n.split(".")[0] == "captum" for n in absolute):
            captum.append(path.relative_to(PACKAGE).as_posix())
    # bundle.py reads captum.__version__ for the manifest when a bundle is saved
    assert sorted(captum) == ["bundle.py", "explain/captum_reference.py"]

"""The demonstration gallery (assets/gallery.yaml): valid cases, errors that name the entry."""
import pytest

from medmodel.gallery import load_gallery
from medmodel.whatif import detect_language


def test_gallery_loads_and_every_case_is_valid():
    cases = load_gallery()
    ids = [g.id for g in cases]
    assert len(ids) == len(set(ids)) >= 6
    assert any(g.contrast for g in cases) and any("pregnant" in g.case.flags for g in cases)
    assert any(detect_language(g.case.text) == "zh" for g in cases)


def test_gallery_errors_name_the_entry(tmp_path):
    bad = tmp_path / "g.yaml"
    bad.write_text("- id: broken\n  title: {en: a, zh: b}\n  shows: {en: a, zh: b}\n  note: x\n  sex: Q\n")
    with pytest.raises(ValueError, match="broken.*sex"):
        load_gallery(bad)

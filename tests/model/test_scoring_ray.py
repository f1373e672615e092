"""Scoring on Ray Data: a local 2-worker cluster gives the rows the local path gives, in order."""
from __future__ import annotations

import pandas as pd
import pytest

from medmodel.predict import Predictor
from medmodel.synth import Generator
from tests.support import MINI_KB

pytest.importorskip("ray")


def test_ray_scoring_gives_the_local_rows(tiny_bundle, mini_kb, tmp_path):
    from medmodel.bundle import save_bundle
    from medmodel.scoring import read_partitions, score_file, score_ray
    bundle_dir = save_bundle(tiny_bundle, tmp_path / "bundle", "test", 0)
    rows = [{"id": str(i), "note": s.text, "age": "" if s.age is None else str(s.age), "sex": s.sex or ""}
            for i, s in enumerate(Generator(mini_kb).generate(60, seed=43, lang="mix"))]
    rows[3]["note"] = ""                                  # an error row travels too
    src = tmp_path / "notes.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    local = tmp_path / "local.parquet"
    score_file(src, local, "note", "age", "sex", predictor=Predictor(tiny_bundle), chunk_rows=16)
    import ray
    try:
        summary = score_ray(src, tmp_path / "ray_out", "note", "age", "sex", workers=2, bundle=str(bundle_dir),
                            kb_dir=str(MINI_KB), chunk_rows=16)
    finally:
        ray.shutdown()
    got, want = read_partitions(tmp_path / "ray_out"), pd.read_parquet(local)
    assert summary.rows == 60 and summary.errors == 1 and len(summary.parts) >= 1
    assert list(got.columns) == list(want.columns)
    # Arrow hands strings back with pandas' NA flavour of the string type: the values are what is compared.
    pd.testing.assert_frame_equal(got, want, check_dtype=False)
    assert got.astype(object).where(got.notna(), None).values.tolist() == \
        want.astype(object).where(want.notna(), None).values.tolist()

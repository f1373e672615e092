"""Scoring files in chunks, on worker processes, resumably; and on Ray: the rows score_frame gives the whole table."""
from __future__ import annotations

import pandas as pd
import pytest

from medmodel.errors import RecordsError
from medmodel.predict import Predictor
from medmodel.records import score_frame
from medmodel.scoring import iter_chunks, score_file
from medmodel.synth import Generator


@pytest.fixture(scope="module")
def table(mini_kb) -> pd.DataFrame:
    """Generated notes in both languages, with the rows a real file has: blank, unusable and formula-like."""
    rows = [{"id": str(i), "note": s.text, "age": "" if s.age is None else str(s.age), "sex": s.sex or ""}
            for i, s in enumerate(Generator(mini_kb).generate(57, seed=41, lang="mix"))]
    rows[4]["note"] = ""                                  # an error row
    rows[9]["age"] = "old"                                # an error row
    rows[12] = {k: "" for k in rows[12]}                  # a blank row: left out, as read_table leaves it out
    rows[20]["note"] = "=1+1 " + rows[20]["note"]         # neutralised in CSV and Excel exports
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def expected(tiny_bundle, table) -> pd.DataFrame:
    kept = table[~(table == "").all(axis=1)]
    return score_frame(Predictor(tiny_bundle), kept, "note", "age", "sex")


def _write(table: pd.DataFrame, path) -> None:
    table.to_parquet(path, index=False) if str(path).endswith(".parquet") else table.to_csv(path, index=False)


@pytest.mark.parametrize("suffix_in,suffix_out", [(".csv", ".csv"), (".csv", ".parquet"), (".parquet", ".parquet"),
                                                  (".parquet", ".xlsx")])
def test_chunked_scoring_gives_the_whole_table_rows(tiny_bundle, table, expected, tmp_path, suffix_in, suffix_out):
    src, out = tmp_path / f"in{suffix_in}", tmp_path / f"out{suffix_out}"
    _write(table, src)
    summary = score_file(src, out, "note", "age", "sex", predictor=Predictor(tiny_bundle), chunk_rows=10)
    assert (summary.rows, summary.blank_rows, summary.chunks) == (56, 1, 6)
    assert summary.errors == int((expected["error"] != "").sum()) == 2
    from medmodel.records import read_table
    got = read_table(out)
    want = read_table(_roundtrip(expected, tmp_path / f"want{suffix_out}"))
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))
    assert not (tmp_path / f"out{suffix_out}.parts").exists()


def _roundtrip(df: pd.DataFrame, path):
    from medmodel.records import write_table
    write_table(df, path)
    return path


def test_two_workers_give_the_same_bytes(tiny_bundle, table, tmp_path):
    src = tmp_path / "in.csv"
    _write(table, src)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    p = Predictor(tiny_bundle)
    score_file(src, one, "note", "age", "sex", predictor=p, chunk_rows=8)
    summary = score_file(src, two, "note", "age", "sex", predictor=p, chunk_rows=8, workers=2)
    assert summary.rows == 56
    assert one.read_bytes() == two.read_bytes()


def test_an_interrupted_run_resumes_without_rescoring(tiny_bundle, table, tmp_path, monkeypatch):
    """Chunks written before an interruption are kept; the next run scores only the rest, and the file is whole."""
    import medmodel.scoring as scoring
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(table, src)
    p = Predictor(tiny_bundle)
    real, calls = scoring._score_part, []

    def flaky(job, index, chunk, part):
        calls.append(index)
        if index == 3:
            raise KeyboardInterrupt
        return real(job, index, chunk, part)

    monkeypatch.setattr(scoring, "_score_part", flaky)
    with pytest.raises(KeyboardInterrupt):
        score_file(src, out, "note", "age", "sex", predictor=p, chunk_rows=10)
    assert not out.exists() and len(list((tmp_path / "out.csv.parts").glob("part-*.parquet"))) == 3
    calls.clear()
    monkeypatch.setattr(scoring, "_score_part", real)
    spy = []
    monkeypatch.setattr(scoring, "_score_part", lambda *a: spy.append(a[1]) or real(*a))
    summary = score_file(src, out, "note", "age", "sex", predictor=p, chunk_rows=10)
    assert spy == [3, 4, 5] and summary.resumed_chunks == 3 and summary.rows == 56
    whole = tmp_path / "whole.csv"
    score_file(src, whole, "note", "age", "sex", predictor=p, chunk_rows=10)
    assert out.read_bytes() == whole.read_bytes()


def test_other_options_do_not_resume(tiny_bundle, table, tmp_path):
    """Parts left by a run with other options (here: the language) are discarded, not mixed in."""
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    _write(table, src)
    p = Predictor(tiny_bundle)
    parts = tmp_path / "out.csv.parts"
    parts.mkdir()
    (parts / "manifest.json").write_text("{}")
    (parts / "part-000000.parquet").write_text("not a part")
    summary = score_file(src, out, "note", "age", "sex", predictor=p, chunk_rows=10, lang="zh")
    assert summary.resumed_chunks == 0 and summary.rows == 56 and not parts.exists()


@pytest.mark.parametrize("data,name,msg", [
    (b"", "a.csv", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "scan.csv", "PNG image"),
    ("note\nfi\xe8vre\n".encode("latin-1"), "a.csv", "not UTF-8"),
    (b"note,age\n", "a.csv", "no rows"),
    (b"note\nfever\n", "a.txt", "unsupported file type"),
    (b"note\nfever\n", "a.parquet", "could not read the PARQUET"),
])
def test_unreadable_files_have_clear_messages(tmp_path, data, name, msg):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(RecordsError, match=msg):
        list(iter_chunks(path, 10))


def test_a_missing_column_is_named_before_any_model_loads(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("note\nfever\n")
    with pytest.raises(RecordsError, match="column 'text' is not in the file"):
        score_file(src, tmp_path / "o.csv", "text", bundle="/nonexistent")

"""Records: reading uploads with clear messages, scoring tables row by row, and exports that cannot run formulas."""
from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from medmodel.predict import Predictor
from medmodel.records import (
    MAX_UPLOAD_BYTES,
    RESULT_COLUMNS,
    RecordsError,
    check_columns,
    read_table,
    row_case,
    score_frame,
    to_bytes,
    write_table,
)

CSV_OK = "note,age,sex\nfever and cough,30,F\n".encode()


@pytest.mark.parametrize("data,name,msg", [
    (b"", "a.csv", "empty"),
    (b"   \n\n ", "a.csv", "empty"),
    ("note,age\nfièvre,30\n".encode("latin-1"), "a.csv", "not UTF-8"),
    ("note,age\nfever,30\n".encode("utf-16"), "a.csv", "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "scan.csv", "PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "book.csv", "Excel"),
    (b"%PDF-1.7\n%\xe2\xe3", "letter.csv", "PDF"),
    (b"note,age\nfever\x00,30\n", "a.csv", "binary"),
    (b"note,age\n", "a.csv", "no rows"),
    (b"note,age\n\"unterminated,30\n", "a.csv", "could not read"),
    (CSV_OK, "a.txt", "unsupported file type"),
    (CSV_OK, "a.xlsx", "could not read the XLSX"),
    (CSV_OK, "a.parquet", "could not read the PARQUET"),
])
def test_bad_uploads_have_clear_messages(data, name, msg):
    with pytest.raises(RecordsError, match=msg) as info:
        read_table(data, name)
    assert "\n" not in str(info.value) and len(str(info.value)) < 300


def test_upload_over_the_size_limit_is_refused():
    data = b"note\n" + b"fever and cough\n" * (MAX_UPLOAD_BYTES // 16 + 1)
    with pytest.raises(RecordsError, match="the limit is 50 MiB"):
        read_table(data, "big.csv")


def test_missing_columns_are_named():
    df = read_table(CSV_OK, "a.csv")
    with pytest.raises(RecordsError, match="column 'text' is not in the file; columns: note, age, sex"):
        check_columns(df, "text")


FORMULAS = ["=1+1", "+SUM(A1:A2)", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=HYPERLINK(\"http://x\",\"y\")"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_exports_neutralise_formula_injection(kind, tmp_path):
    df = pd.DataFrame({"note": FORMULAS + ["fever"], "n": list(range(len(FORMULAS) + 1))})
    data = to_bytes(df, kind)
    back = (pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False) if kind == "csv"
            else pd.read_excel(io.BytesIO(data), dtype=str))
    assert all(v.startswith("'") for v in back["note"][:-1]) and back["note"].iloc[-1] == "fever"
    if kind == "csv":    # a CR or LF inside a cell must not start a new row whose first cell is a live formula
        embedded = to_bytes(pd.DataFrame({"note": ["fever\r=cmd()", "cough\n+1", "x\r\n@y"]}), "csv")
        rows = list(csv.reader(io.StringIO(embedded.decode("utf-8-sig"), newline="")))
        assert len(rows) == 4 and not any(r[0][:1] in "=+-@" for r in rows)
    path = tmp_path / f"out.{kind}"
    write_table(df, path)
    assert path.read_bytes()[:4] != b"=1+1"
    if kind == "xlsx":
        import openpyxl
        ws = openpyxl.load_workbook(path).active
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)


def test_rows_become_cases_or_say_what_is_wrong():
    row = pd.Series({"note": "fever", "age": "30", "sex": "female", "flags": "pregnant; asthma"})
    case = row_case(row, "note", "age", "sex", "flags")
    assert (case.age, case.sex, case.flags) == (30, "F", frozenset({"pregnant", "asthma"}))
    assert row_case(pd.Series({"note": "咳嗽", "sex": "男"}), "note", None, "sex").sex == "M"
    for field, value, msg in (("age", "abc", "not a number"), ("age", "121", "from 0 to 120"),
                              ("age", "30.5", "whole number"), ("sex", "x", "not F/M"),
                              ("flags", "pregnant,flying", "unknown context flag")):
        with pytest.raises(ValueError, match=msg):
            row_case(pd.Series({"note": "fever", "age": "30", "sex": "F", "flags": "", field: value}),
                     "note", "age", "sex", "flags")


def test_score_frame_scores_good_rows_and_explains_bad_ones(tiny_bundle):
    df = pd.DataFrame({"id": ["a", "b", "c", "d"], "note": ["fever and cough", "", "burning when I pee", "sore throat"],
                       "age": ["30", "40", "abc", "8"]})
    progress = []
    out = score_frame(Predictor(tiny_bundle, beam=2), df, "note", "age", batch_size=2,
                      progress=lambda done, total: progress.append((done, total)))
    assert list(out.columns) == ["id", "note", "age"] + RESULT_COLUMNS and list(out["id"]) == ["a", "b", "c", "d"]
    assert list(out["error"] == "") == [True, False, False, True]
    assert "empty" in out.loc[1, "error"] and "age" in out.loc[2, "error"]
    assert out.loc[0, "dx1_id"] in tiny_bundle.kb.conditions and out.loc[1, "dx1_id"] == ""
    assert out.loc[0, "triage"] and 0 < float(out.loc[0, "dx1_prob"]) <= 1
    assert progress[-1] == (4, 4)


def test_unsupported_output_type_is_refused(tmp_path):
    with pytest.raises(RecordsError, match="unsupported output type"):
        write_table(pd.DataFrame({"a": [1]}), tmp_path / "out.txt")
    with pytest.raises(RecordsError, match="unknown export type"):
        to_bytes(pd.DataFrame({"a": [1]}), "pdf")

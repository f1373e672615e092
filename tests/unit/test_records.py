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


# ----------------------------------------------------------------------------- issue 14: the attacks, reproduced
def _xlsx_with_rows(rows: int, text: bytes = b"fever") -> bytes:
    """A real workbook whose sheet holds ``rows`` one-cell rows: written by openpyxl with one row, then its sheet
    XML replaced (how a small file becomes millions of rows: sheet XML compresses about a thousandfold)."""
    import zipfile

    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.append(["note"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                head, _, rest = data.partition(b"<sheetData>")
                body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (i, i, text)
                                for i in range(2, rows + 2))
                data = head + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>note</t></is></c></row>' + body \
                    + b"</sheetData>" + rest.partition(b"</sheetData>")[2]
            z.writestr(item, data)
    return out.getvalue()


def test_a_parquet_row_bomb_is_refused_from_its_footer():
    """Issue 14 #8: a 213 KB Parquet file read as 50 M rows; the footer says so before any row is read."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    buf = io.BytesIO()
    pq.write_table(pa.table({"note": pa.repeat(pa.scalar("fever"), 2_000_000)}), buf)
    assert len(buf.getvalue()) < 200_000
    with pytest.raises(RecordsError, match="2,000,000 rows; the limit is 10,000"):
        read_table(buf.getvalue(), "bomb.parquet")


def test_an_excel_row_bomb_is_refused_while_streaming():
    """Issue 14 #8: a 540 KB XLSX gave 3 M rows after 201 s of CPU; rows are counted from the zip stream."""
    import time
    data = _xlsx_with_rows(300_000)
    assert len(data) < 2_000_000
    t0 = time.perf_counter()
    with pytest.raises(RecordsError, match="over 10,000 rows"):
        read_table(data, "bomb.xlsx")
    assert time.perf_counter() - t0 < 10


def test_an_excel_zip_bomb_is_refused_by_its_compression_ratio():
    data = _xlsx_with_rows(5, text=b"x" * 40_000_000)          # one 40 MB cell: deflates about a thousandfold
    with pytest.raises(RecordsError, match="compressed too well"):
        read_table(data, "bomb.xlsx")


def test_rows_are_capped_and_the_cap_is_configurable(monkeypatch):
    """Issue 14 #8: no cap on rows (200k rows took about 3.4 h to score)."""
    monkeypatch.setenv("MEDSEQ_MAX_ROWS", "100")
    ok = b"note\n" + b"fever\n" * 100
    assert len(read_table(ok, "a.csv")) == 100
    with pytest.raises(RecordsError, match="limit is 100 "):
        read_table(ok + b"cough\n", "a.csv")
    with pytest.raises(RecordsError, match="limit is 100 "):
        read_table(_xlsx_with_rows(150), "a.xlsx")
    monkeypatch.setenv("MEDSEQ_MAX_ROWS", "lots")
    with pytest.raises(RecordsError, match="MEDSEQ_MAX_ROWS"):
        read_table(ok, "a.csv")


def test_parquet_text_that_is_not_utf8_is_refused_on_reading():
    """Issue 14 #9: Parquet with invalid UTF-8 passed read_table, then raised ArrowException later."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq
    raw = b"chest pain \xff\xfe since noon"
    offsets = pa.py_buffer(np.array([0, len(raw)], dtype=np.int32).tobytes())
    bad = pa.Array.from_buffers(pa.string(), 1, [None, offsets, pa.py_buffer(raw)])
    for column in (bad, pa.array([raw], pa.binary())):
        buf = io.BytesIO()
        pq.write_table(pa.table({"note": column}), buf)
        with pytest.raises(RecordsError, match="'note' .*UTF-8"):
            read_table(buf.getvalue(), "x.parquet")
    buf = io.BytesIO()
    pq.write_table(pa.table({"note": pa.array(["fever".encode()], pa.binary())}), buf)
    assert read_table(buf.getvalue(), "x.parquet")["note"].tolist() == ["fever"]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_column_headers_cannot_carry_formulas(kind, tmp_path):
    """Issue 14 #7: a header =HYPERLINK(...) was written as a live formula in XLSX and unprefixed in CSV."""
    import openpyxl
    header = '=HYPERLINK("http://127.0.0.1:9/x","hdr")'
    df = pd.DataFrame({header: ["fever"], "age": ["30"]})
    data = to_bytes(df, kind)
    if kind == "csv":
        assert next(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[0] == "'" + header
    else:
        ws = openpyxl.load_workbook(io.BytesIO(data)).active
        assert ws["A1"].data_type != "f" and ws["A1"].value == "'" + header
    write_table(df, tmp_path / f"out.{kind}")             # the CLI's `score --output` path
    if kind == "xlsx":
        assert openpyxl.load_workbook(tmp_path / "out.xlsx").active["A1"].data_type != "f"


def test_control_characters_do_not_crash_the_excel_export(tmp_path):
    """Issue 14 #9: a note with \\x01 crashed the XLSX export (IllegalCharacterError) after all the scoring."""
    import openpyxl
    df = pd.DataFrame({"note": ["fever\x01 and\x1f cough\tsince\nmonday"], "bad\x02header": ["x"]})
    ws = openpyxl.load_workbook(io.BytesIO(to_bytes(df, "xlsx"))).active
    assert ws["A2"].value == "fever and cough\tsince\nmonday" and ws["B1"].value == "badheader"
    write_table(df, tmp_path / "out.xlsx")

"""Batch scoring of patient records: CSV / Excel / Parquet in, the same rows plus predictions out.

One bad row never stops a run: it gets a message in the ``error`` column. Spreadsheet exports
neutralise formula injection in cells and column headers (medmodel.spreadsheet) and drop the control
characters Excel cannot store. pandas (half a second to import) is imported by the functions that build
tables, so commands that never read one do not pay for it.

Uploads are checked before they are parsed, so a small file cannot unpack into gigabytes (OWASP File Upload
Cheat Sheet): the size (``MAX_UPLOAD_BYTES``), a cap on rows (``MAX_ROWS``, ``$MEDSEQ_MAX_ROWS``), and for the
compressed formats what they would unpack to: an Excel file's zip members (total size and compression ratio,
rows and cells of each sheet counted while streaming), a Parquet file's footer (rows, columns, uncompressed
size) and the size its text would take once dictionary-decoded. Text must be valid UTF-8 wherever it comes from.
"""
from __future__ import annotations

import io
import math
import os
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import labels, render
from .case import MAX_AGE, USER_FLAGS, Case
from .errors import InputError, RecordsError
from .labels import parse_flags
from .predict import Predictor, check_note
from .sequence import MAX_DX
from .spreadsheet import CSV_EOL, inert

if TYPE_CHECKING:
    import pandas as pd

SUFFIXES = (".csv", ".xlsx", ".parquet")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024     # = server.maxUploadSize (MiB) in .streamlit/config.toml
MAX_ROWS = 10_000                       # rows per file ($MEDSEQ_MAX_ROWS): about 10 minutes of scoring on 2 cores
MAX_COLUMNS = 500
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # what a compressed upload may unpack to
MAX_ZIP_RATIO = 200                     # uncompressed / compressed per zip member (sheet XML is ~5-30)
_XLSX_ROW = re.compile(rb"<(?:\w+:)?row[\s>/]")
_XLSX_CELL = re.compile(rb"<(?:\w+:)?c[\s>/]")
_SEX = {"f": "F", "female": "F", "woman": "F", "女": "F", "女性": "F",
        "m": "M", "male": "M", "man": "M", "男": "M", "男性": "M"}
RESULT_COLUMNS = ([f"dx{i}_{f}" for i in range(1, MAX_DX + 1) for f in ("id", "icd10", "name", "prob")]
                  + ["triage", "red_flags", "medications", "withheld", "next_steps", "findings_present",
                     "findings_absent", "out_of_scope", "context_from_note", "warnings", "error"])

# Bodies that are not text, whatever the file is called (a .xlsx or .png renamed .csv is a common mistake).
# What openpyxl (and the XLSX format) cannot store: C0 controls other than tab, LF and CR.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_BINARY_MAGIC = ((b"PK\x03\x04", "a zip or Excel (.xlsx) file"), (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) file"),
                 (b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
                 (b"GIF8", "a GIF image"), (b"PAR1", "a Parquet file"), (b"\x1f\x8b", "a gzip file"))



def max_rows() -> int:
    """The row cap: $MEDSEQ_MAX_ROWS when set (a positive whole number), else MAX_ROWS."""
    raw = os.environ.get("MEDSEQ_MAX_ROWS", "").strip()
    if not raw:
        return MAX_ROWS
    if not raw.isdigit() or int(raw) < 1:
        raise RecordsError(f"MEDSEQ_MAX_ROWS must be a positive whole number, got {raw!r}")
    return int(raw)


def _too_many_rows(n: int | str, limit: int) -> RecordsError:
    return RecordsError(f"the file has {n} rows; the limit is {limit:,} (split it, or raise MEDSEQ_MAX_ROWS)")


def _check_xlsx(data: bytes, limit: int) -> None:
    """Refuse an Excel file that would unpack into too much: zip members' sizes and ratios from the directory,
    then each sheet's rows and cells counted while streaming it (stopping at the first excess)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise RecordsError("could not read the XLSX file: it is not an Excel workbook") from None
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise RecordsError(f"the Excel file unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MiB: it is not a "
                           "table of notes")
    for m in members:
        if m.file_size > 1 << 20 and m.file_size > MAX_ZIP_RATIO * max(m.compress_size, 1):
            raise RecordsError("the Excel file is compressed too well to be a table of notes (a zip bomb?)")
    cell_cap = max(limit * 100, 1_000_000)
    with archive:
        for m in members:
            if not (m.filename.startswith("xl/worksheets/") and m.filename.endswith(".xml")):
                continue
            rows = cells = 0
            tail = b""
            with archive.open(m) as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    block = tail + chunk
                    cut = max(0, len(block) - 16)          # a tag split between chunks is counted in the next one
                    rows += len(_XLSX_ROW.findall(block, 0, cut))
                    cells += len(_XLSX_CELL.findall(block, 0, cut))
                    tail = block[cut:]
                    if rows > limit + 1:
                        raise _too_many_rows(f"over {limit:,}", limit)
                    if cells > cell_cap:
                        raise RecordsError(f"the Excel file has over {cell_cap:,} cells: it is not a table of notes")
                rows += len(_XLSX_ROW.findall(tail))
            if rows > limit + 1:
                raise _too_many_rows(f"over {limit:,}", limit)


def _read_parquet(data: bytes, limit: int):
    """A Parquet file checked from its footer before any row is read, then its text checked as UTF-8 and its
    dictionary-decoded size bounded, before pandas sees it."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    try:
        meta = pq.ParquetFile(io.BytesIO(data)).metadata
    except (pa.ArrowException, OSError, ValueError) as exc:
        raise RecordsError(f"could not read the PARQUET file: {str(exc).splitlines()[0][:200]}") from None
    if meta.num_rows > limit:
        raise _too_many_rows(f"{meta.num_rows:,}", limit)
    if meta.num_columns > MAX_COLUMNS:
        raise RecordsError(f"the file has {meta.num_columns:,} columns; the limit is {MAX_COLUMNS}")
    unpacked = sum(meta.row_group(g).column(c).total_uncompressed_size
                   for g in range(meta.num_row_groups) for c in range(meta.num_columns))
    if unpacked > MAX_UNPACKED_BYTES:
        raise RecordsError(f"the Parquet file unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MiB")
    try:
        table = pq.read_table(io.BytesIO(data))
        columns = []
        for name, col in zip(table.column_names, table.columns):
            kind = col.type.value_type if pa.types.is_dictionary(col.type) else col.type
            if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
                try:
                    col = pc.cast(col, pa.large_string() if pa.types.is_large_binary(kind) else pa.string())
                except pa.ArrowInvalid:
                    raise RecordsError(f"column {name!r} holds bytes that are not UTF-8 text") from None
            try:
                col.validate(full=True)
            except pa.ArrowInvalid:
                raise RecordsError(f"column {name!r} has text that is not valid UTF-8") from None
            if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_binary(kind):
                size = pc.sum(pc.binary_length(pc.cast(col, pa.large_string()) if pa.types.is_dictionary(col.type)
                                               else col)).as_py() or 0
                if size > MAX_UNPACKED_BYTES:
                    raise RecordsError(f"column {name!r} holds more than {MAX_UNPACKED_BYTES // 2**20} MiB of text")
            columns.append(col)
        return pa.table(columns, names=table.column_names).to_pandas()
    except RecordsError:
        raise
    except (pa.ArrowException, OSError, ValueError, MemoryError) as exc:
        raise RecordsError(f"could not read the PARQUET file: {str(exc).splitlines()[0][:200]}") from None


def _text_cells(df: pd.DataFrame) -> pd.DataFrame:
    """Every text cell as str: bytes decoded as UTF-8 (refused otherwise), so no undecodable value reaches scoring,
    the browser or an export."""
    for col in df.columns:
        if df[col].dtype == object and df[col].map(lambda v: isinstance(v, (bytes, bytearray))).any():
            try:
                df[col] = df[col].map(lambda v: bytes(v).decode("utf-8") if isinstance(v, (bytes, bytearray)) else v)
            except UnicodeDecodeError:
                raise RecordsError(f"column {str(col)!r} holds bytes that are not UTF-8 text") from None
    return df


def read_table(source: str | Path | bytes, name: str | None = None, limit: int | None = None) -> pd.DataFrame:
    """Read a CSV (UTF-8), Excel (.xlsx) or Parquet file into a DataFrame of strings/numbers, refusing files over
    the size or row limits (``limit``, default ``max_rows()``) before they are unpacked."""
    import pandas as pd
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name
        if not path.is_file():
            raise RecordsError(f"file not found: {path}")
        if path.stat().st_size > MAX_UPLOAD_BYTES:
            raise RecordsError(f"the file is {path.stat().st_size / 2**20:.1f} MiB; the limit is "
                               f"{MAX_UPLOAD_BYTES // 2**20} MiB")
        data = path.read_bytes()
    else:
        data = source
    suffix = Path(name or "").suffix.lower()
    if suffix not in SUFFIXES:
        raise RecordsError(f"unsupported file type {suffix or '(none)'}: use CSV, Excel (.xlsx) or Parquet")
    if len(data) > MAX_UPLOAD_BYTES:
        raise RecordsError(f"the file is {len(data) / 2**20:.1f} MiB; the limit is {MAX_UPLOAD_BYTES // 2**20} MiB")
    if not data.strip():
        raise RecordsError("the file is empty")
    limit = limit or max_rows()
    try:
        if suffix == ".csv":
            kind = next((k for magic, k in _BINARY_MAGIC if data.startswith(magic)), None)
            if kind:
                raise RecordsError(f"the file is named .csv but is {kind}: export it as CSV (UTF-8) and upload again")
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise RecordsError("the CSV is not UTF-8 encoded: save it as 'CSV UTF-8' and upload again") from None
            if "\x00" in text:
                raise RecordsError("the file is not a text CSV (it contains binary data)")
            df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, nrows=limit + 1)
        elif suffix == ".xlsx":
            _check_xlsx(data, limit)
            df = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False, engine="openpyxl", nrows=limit + 1)
        else:
            df = _read_parquet(data, limit)
    except RecordsError:
        raise
    except Exception as exc:  # pandas raises many types for malformed files
        raise RecordsError(f"could not read the {suffix[1:].upper()} file: {str(exc).splitlines()[0][:200]}") from None
    if len(df) > limit:
        raise _too_many_rows(f"over {limit:,}", limit)
    if df.empty or len(df.columns) == 0:
        raise RecordsError("the file has no rows")
    if len(df.columns) > MAX_COLUMNS:
        raise RecordsError(f"the file has {len(df.columns):,} columns; the limit is {MAX_COLUMNS}")
    df.columns = [str(c) for c in df.columns]
    df = _text_cells(df)
    blank = df.apply(lambda col: col.isna() | (col.astype(str).str.strip() == "")).all(axis=1)
    if blank.all():
        raise RecordsError("the file has no rows")
    if blank.any():                # a spreadsheet's empty rows are not patients: left out, and counted
        df = df[~blank]
    df.attrs["blank_rows"] = int(blank.sum())
    return df


def neutralise_formulas(df: pd.DataFrame, excel: bool = False) -> pd.DataFrame:
    """Copy of df in which text cells and column headers that a spreadsheet would run as formulas are made inert;
    for Excel, also without the control characters an .xlsx cannot hold (openpyxl refuses them)."""
    def clean(value):
        value = inert(value)
        return _XLSX_ILLEGAL.sub("", value) if excel and isinstance(value, str) else value
    out = df.map(clean)
    out.columns = [clean(str(c)) for c in df.columns]
    return out


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        neutralise_formulas(df).to_csv(path, index=False, encoding="utf-8-sig", lineterminator=CSV_EOL)
    elif suffix == ".xlsx":
        neutralise_formulas(df, excel=True).to_excel(path, index=False, engine="openpyxl")
    elif suffix == ".parquet":
        df.to_parquet(path, index=False)
    else:
        raise RecordsError(f"unsupported output type {suffix or '(none)'}: use .csv, .xlsx or .parquet")


def to_bytes(df: pd.DataFrame, kind: str) -> bytes:
    """Spreadsheet bytes for a download button (formula-neutralised)."""
    buf = io.BytesIO()
    if kind == "csv":
        buf.write(neutralise_formulas(df).to_csv(index=False, lineterminator=CSV_EOL).encode("utf-8-sig"))
    elif kind == "xlsx":
        neutralise_formulas(df, excel=True).to_excel(buf, index=False, engine="openpyxl")
    else:
        raise RecordsError(f"unknown export type {kind}")
    return buf.getvalue()


def _age(value) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == "":
        return None
    try:
        age = float(str(value).strip())
    except ValueError:
        raise InputError(f"age {value!r} is not a number") from None
    if not 0 <= age <= MAX_AGE or age != int(age):
        raise InputError(f"age {value!r} must be a whole number from 0 to {MAX_AGE}")
    return int(age)


def _sex(value) -> str | None:
    if value is None or str(value).strip() == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    sex = _SEX.get(str(value).strip().lower())
    if sex is None:
        raise InputError(f"sex {value!r} is not F/M (female/male)")
    return sex


def _flags(value) -> frozenset[str]:
    """Flags as people write them ("penicillin allergy; pregnant", "青霉素过敏") or as ids, via medmodel.labels."""
    try:
        flags = parse_flags(value)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    unknown = flags - set(USER_FLAGS)
    if unknown:
        raise InputError(f"unknown context flag(s): {', '.join(sorted(unknown))}")
    return flags


def row_case(row: pd.Series, text_column: str, age_column=None, sex_column=None, flags_column=None) -> Case:
    return cell_case(row[text_column], row[age_column] if age_column else None,
                     row[sex_column] if sex_column else None, row[flags_column] if flags_column else None)


def cell_case(text, age=None, sex=None, flags=None) -> Case:
    """A Case from one row's cells (any of them blank or NaN); raises InputError saying what is wrong."""
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    check_note(text)
    return Case(text, _age(age), _sex(sex), _flags(flags) if flags is not None else frozenset())


def check_columns(df: pd.DataFrame, *columns: str | None) -> None:
    """Raise RecordsError naming the first requested column the table lacks."""
    for col in columns:
        if col and col not in df.columns:
            raise RecordsError(f"column {col!r} is not in the file; columns: {', '.join(map(str, df.columns[:20]))}")


def score_frame(predictor: Predictor, df: pd.DataFrame, text_column: str, age_column: str | None = None,
                sex_column: str | None = None, flags_column: str | None = None, batch_size: int = 64,
                progress: Callable[[int, int], None] | None = None, lang: str = "en") -> pd.DataFrame:
    """The input rows plus prediction columns (RESULT_COLUMNS); bad rows get a message in ``error``.

    Results are built column by column; ``out_of_scope`` is a nullable boolean (blank for a row that could not
    be scored), so the table converts to Parquet and Arrow."""
    import pandas as pd
    check_columns(df, text_column, age_column, sex_column, flags_column)
    n = len(df)
    cells = [df[c].tolist() if c else [None] * n for c in (text_column, age_column, sex_column, flags_column)]
    columns: dict[str, list] = {c: [None] * n for c in RESULT_COLUMNS}
    columns["error"] = [""] * n
    valid: list[tuple[int, Case]] = []
    for i, row in enumerate(zip(*cells)):
        try:
            valid.append((i, cell_case(*row)))
        except (InputError, ValueError) as exc:
            columns["error"][i] = labels.error(exc, lang)
    done = n - len(valid)
    step = max(batch_size, 512)    # predict_many buckets notes by length within each call
    for start in range(0, len(valid), step):
        chunk = valid[start:start + step]
        for (i, _), p in zip(chunk, predictor.predict_many([c for _, c in chunk], batch_size=batch_size)):
            _fill(columns, i, p, predictor.kb, lang)
        done += len(chunk)
        if progress:
            progress(done, n)
    out = df.copy()
    for col in RESULT_COLUMNS:
        if col.endswith("_prob"):   # numbers, blank (NaN) where a row has none: one type per column (Arrow, Excel)
            out[col] = pd.to_numeric(pd.Series(columns[col], index=df.index, dtype="float64"))
        elif col == "out_of_scope":
            out[col] = pd.Series(columns[col], index=df.index, dtype="boolean")
        else:
            out[col] = pd.Series(["" if v is None else v for v in columns[col]], index=df.index, dtype="str")
    return out


def _fill(columns: dict[str, list], i: int, p, kb, lang: str) -> None:
    """Row ``i`` of the result columns from prediction ``p`` (the words from ``render.record``)."""
    for k, d in enumerate(p.differential, start=1):
        columns[f"dx{k}_id"][i], columns[f"dx{k}_icd10"][i] = d.condition_id, d.icd10
        columns[f"dx{k}_name"][i], columns[f"dx{k}_prob"][i] = d.name(lang), round(d.probability, 4)
    for col, value in render.record(p, kb, lang).items():
        columns[col][i] = value
    if p.encoded.truncated:  # scored, but say the note was cut
        columns["error"][i] = " ".join(labels.message(w, lang, kb) for w in p.warnings if w.code == "note_truncated")

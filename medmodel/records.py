"""Batch scoring of patient records: CSV / Excel / Parquet in, the same rows plus predictions out.

One bad row never stops a run: it gets a message in the ``error`` column. Spreadsheet exports
neutralise formula injection (medmodel.spreadsheet). pandas (half a second to import) is imported by the two
functions that build tables, so commands that never read one do not pay for it.
"""
from __future__ import annotations

import io
import math
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
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
_SEX = {"f": "F", "female": "F", "woman": "F", "女": "F", "女性": "F",
        "m": "M", "male": "M", "man": "M", "男": "M", "男性": "M"}
RESULT_COLUMNS = ([f"dx{i}_{f}" for i in range(1, MAX_DX + 1) for f in ("id", "icd10", "name", "prob")]
                  + ["triage", "red_flags", "medications", "withheld", "next_steps", "findings_present",
                     "findings_absent", "out_of_scope", "context_from_note", "warnings", "error"])

# Bodies that are not text, whatever the file is called (a .xlsx or .png renamed .csv is a common mistake).
_BINARY_MAGIC = ((b"PK\x03\x04", "a zip or Excel (.xlsx) file"), (b"\xd0\xcf\x11\xe0", "an old Excel (.xls) file"),
                 (b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
                 (b"GIF8", "a GIF image"), (b"PAR1", "a Parquet file"), (b"\x1f\x8b", "a gzip file"))



def read_table(source: str | Path | bytes, name: str | None = None) -> pd.DataFrame:
    """Read a CSV (UTF-8), Excel (.xlsx) or Parquet file into a DataFrame of strings/numbers."""
    import pandas as pd
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name
        if not path.is_file():
            raise RecordsError(f"file not found: {path}")
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
            df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
        elif suffix == ".xlsx":
            df = pd.read_excel(io.BytesIO(data), dtype=str, keep_default_na=False, engine="openpyxl")
        else:
            df = pd.read_parquet(io.BytesIO(data))
    except RecordsError:
        raise
    except Exception as exc:  # pandas raises many types for malformed files
        raise RecordsError(f"could not read the {suffix[1:].upper()} file: {str(exc).splitlines()[0][:200]}") from None
    if df.empty or len(df.columns) == 0:
        raise RecordsError("the file has no rows")
    df.columns = [str(c) for c in df.columns]
    blank = df.apply(lambda col: col.isna() | (col.astype(str).str.strip() == "")).all(axis=1)
    if blank.all():
        raise RecordsError("the file has no rows")
    if blank.any():                # a spreadsheet's empty rows are not patients: left out, and counted
        df = df[~blank]
    df.attrs["blank_rows"] = int(blank.sum())
    return df


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of df in which text cells that a spreadsheet would run as formulas are made inert."""
    return df.map(inert)


def write_table(df: pd.DataFrame, path: str | Path) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        neutralise_formulas(df).to_csv(path, index=False, encoding="utf-8-sig", lineterminator=CSV_EOL)
    elif suffix == ".xlsx":
        neutralise_formulas(df).to_excel(path, index=False, engine="openpyxl")
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
        neutralise_formulas(df).to_excel(buf, index=False, engine="openpyxl")
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
    text = row[text_column]
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    check_note(text)
    return Case(text, _age(row[age_column]) if age_column else None, _sex(row[sex_column]) if sex_column else None,
                _flags(row[flags_column]) if flags_column else frozenset())


def check_columns(df: pd.DataFrame, *columns: str | None) -> None:
    """Raise RecordsError naming the first requested column the table lacks."""
    for col in columns:
        if col and col not in df.columns:
            raise RecordsError(f"column {col!r} is not in the file; columns: {', '.join(map(str, df.columns[:20]))}")


def score_frame(predictor: Predictor, df: pd.DataFrame, text_column: str, age_column: str | None = None,
                sex_column: str | None = None, flags_column: str | None = None, batch_size: int = 64,
                progress: Callable[[int, int], None] | None = None, lang: str = "en") -> pd.DataFrame:
    """The input rows plus prediction columns (RESULT_COLUMNS); bad rows get a message in ``error``."""
    import pandas as pd
    check_columns(df, text_column, age_column, sex_column, flags_column)
    kb = predictor.kb
    results: list[dict] = [{} for _ in range(len(df))]
    valid: list[tuple[int, Case]] = []
    for i, (_, row) in enumerate(df.iterrows()):
        try:
            valid.append((i, row_case(row, text_column, age_column, sex_column, flags_column)))
        except (InputError, ValueError) as exc:
            results[i] = {"error": labels.error(exc, lang)}
    done = len(df) - len(valid)
    for start in range(0, len(valid), batch_size):
        chunk = valid[start:start + batch_size]
        for (i, _), p in zip(chunk, predictor.predict_many([c for _, c in chunk], batch_size=batch_size)):
            r: dict = {"error": ""}
            for k, d in enumerate(p.differential, start=1):
                r.update({f"dx{k}_id": d.condition_id, f"dx{k}_icd10": d.icd10, f"dx{k}_name": d.name(lang),
                          f"dx{k}_prob": round(d.probability, 4)})
            r.update(render.record(p, kb, lang))
            if p.encoded.truncated:  # scored, but say the note was cut
                r["error"] = " ".join(labels.message(w, lang, kb) for w in p.warnings if w.code == "note_truncated")
            results[i] = r
        done += len(chunk)
        if progress:
            progress(done, len(df))
    out = df.copy()
    res = pd.DataFrame(results, index=df.index).reindex(columns=RESULT_COLUMNS)
    for col in RESULT_COLUMNS:
        if col.endswith("_prob"):   # numbers, blank (NaN) where a row has none: one type per column (Arrow, Excel)
            out[col] = pd.to_numeric(res[col], errors="coerce")
        else:
            out[col] = res[col].where(res[col].notna(), "") if col != "error" else res[col].fillna("")
    return out

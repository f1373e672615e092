"""Scoring files too big for one table in memory: streamed in chunks, on worker processes, resumable; and the same
scoring on Ray Data for whoever outgrows one machine.

    score_file(INPUT, OUTPUT, text_column=..., workers=2)     local: this machine's cores
    score_ray(INPUT, OUT_DIR, text_column=..., workers=2)     Ray Data: a local cluster, or address="ray://..."

Both give the rows ``records.score_frame`` gives for the whole table: the same function scores every chunk, and
a row's result does not depend on its neighbours (``Predictor.predict_many`` buckets notes by length inside a
chunk). The input is read ``chunk_rows`` rows at a time (CSV and Parquet; Excel files are read whole, as a
spreadsheet is small), so memory stays flat however long the file is.

Processes, not threads, give the parallelism: each worker runs one torch thread (``medmodel.runtime``) and holds
the model once; on Linux the workers are forked from a parent that has loaded it, so they share its pages. Each
finished chunk is written to ``OUTPUT.parts/`` at once; run the same command again after an interruption and the
chunks already there are not scored again. The parts become OUTPUT when every chunk is done, and are removed.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import os
import shutil
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from .errors import RecordsError

if TYPE_CHECKING:
    import pandas as pd

    from .predict import Predictor

CHUNK_ROWS = 1024           # rows per chunk: enough to bucket notes by length, few enough to share among workers
OUTPUTS = (".csv", ".parquet", ".xlsx")
_PREDICTOR: Predictor | None = None   # a worker's model (inherited from the parent when forked)


@dataclass(frozen=True)
class Job:
    """What to score and how: everything a worker needs, and what a resumed run must share with the first."""
    text_column: str
    age_column: str | None = None
    sex_column: str | None = None
    flags_column: str | None = None
    lang: str = "en"
    beam: int = 5
    bundle: str | None = None            # bundle folder (default: the shipped model)
    kb_dir: str | None = None            # knowledge base folder (default: the installed one)
    chunk_rows: int = CHUNK_ROWS


@dataclass
class Summary:
    rows: int = 0               # rows scored (blank rows are left out, as read_table leaves them out)
    errors: int = 0             # rows with a message in the error column
    blank_rows: int = 0
    chunks: int = 0
    resumed_chunks: int = 0     # chunks found done from an interrupted run
    seconds: float = 0.0        # scoring time, from the first chunk sent to the last written
    output: str = ""
    parts: list[str] = field(default_factory=list)   # Ray: the Parquet partitions written

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


# ------------------------------------------------------------------ reading in chunks
def iter_chunks(path: str | Path, chunk_rows: int = CHUNK_ROWS, max_rows: int | None = None) -> Iterator[pd.DataFrame]:
    """The table in chunks of ``chunk_rows`` rows (strings for CSV, as ``records.read_table`` reads them), blank
    rows left out (``chunk.attrs["blank_rows"]`` counts them); more than ``max_rows`` rows (when given) is refused.
    Raises RecordsError with a clear message."""
    import pandas as pd

    from .records import _BINARY_MAGIC, read_table
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise RecordsError(f"file not found: {path}")
    if suffix not in OUTPUTS:
        raise RecordsError(f"unsupported file type {suffix or '(none)'}: use CSV, Excel (.xlsx) or Parquet")
    if suffix == ".xlsx":
        df = read_table(path, limit=max_rows)
        for start in range(0, len(df), chunk_rows):
            chunk = df.iloc[start:start + chunk_rows]
            chunk.attrs["blank_rows"] = df.attrs.get("blank_rows", 0) if start == 0 else 0
            yield chunk
        return
    with open(path, "rb") as f:
        head = f.read(4096)
    if not head.strip():
        raise RecordsError("the file is empty")
    if suffix == ".csv":
        kind = next((k for magic, k in _BINARY_MAGIC if head.startswith(magic)), None)
        if kind:
            raise RecordsError(f"the file is named .csv but is {kind}: export it as CSV (UTF-8) and try again")
        chunks = _lazy(lambda: pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=chunk_rows,
                                           encoding="utf-8-sig"))
    else:
        import pyarrow.parquet as pq
        chunks = (b.to_pandas() for b in _lazy(lambda: pq.ParquetFile(path).iter_batches(batch_size=chunk_rows)))
    rows = 0
    while True:
        try:
            chunk = next(chunks)
        except StopIteration:
            break
        except UnicodeDecodeError:
            raise RecordsError("the CSV is not UTF-8 encoded: save it as 'CSV UTF-8' and try again") from None
        except Exception as exc:   # pandas and pyarrow raise many types for malformed files
            raise RecordsError(f"could not read the {suffix[1:].upper()} file: "
                               f"{str(exc).splitlines()[0][:200]}") from None
        chunk.columns = [str(c) for c in chunk.columns]
        blank = chunk.apply(lambda col: col.isna() | (col.astype(str).str.strip() == "")).all(axis=1)
        kept = chunk[~blank] if blank.any() else chunk
        kept.attrs["blank_rows"] = int(blank.sum())
        rows += len(kept)
        if max_rows is not None and rows > max_rows:
            raise RecordsError(f"the file has more than {max_rows:,} rows (--max-rows)")
        yield kept
    if rows == 0:
        raise RecordsError("the file has no rows")


def _lazy(make):
    """Iterate what ``make()`` returns, creating it on the first ``next``: readers that fail on opening fail there,
    inside the caller's error handling."""
    yield from make()


# ------------------------------------------------------------------ workers
def _load_predictor(job: Job) -> Predictor:
    from .bundle import load_bundle
    from .knowledge import load_knowledge
    from .predict import Predictor
    kb = load_knowledge(job.kb_dir) if job.kb_dir else None
    return Predictor(load_bundle(job.bundle, kb=kb), beam=job.beam)


def _init_worker(job: Job) -> None:
    """Runs once in each worker: one torch thread, and the model unless it was inherited from the parent."""
    global _PREDICTOR
    from .runtime import configure_threads
    configure_threads()
    if _PREDICTOR is None:
        _PREDICTOR = _load_predictor(job)


def score_chunk(predictor: Predictor, job: Job, chunk: pd.DataFrame) -> pd.DataFrame:
    """One chunk scored: ``records.score_frame`` with the job's columns and language."""
    from .records import score_frame
    return score_frame(predictor, chunk, job.text_column, job.age_column, job.sex_column, job.flags_column,
                       lang=job.lang)


def _score_part(job: Job, index: int, chunk: pd.DataFrame, part: str) -> tuple[int, int, int]:
    """In a worker: score a chunk and write it to ``part`` (atomically, so a part on disk is always whole)."""
    scored = score_chunk(_PREDICTOR, job, chunk)
    tmp = f"{part}.tmp"
    scored.to_parquet(tmp, index=False)
    os.replace(tmp, part)
    return index, len(scored), int((scored["error"] != "").sum())


# ------------------------------------------------------------------ the local engine
def _stamp(path: Path, job: Job) -> dict:
    st = path.stat()
    return {"input": str(path.resolve()), "size": st.st_size, "mtime_ns": st.st_mtime_ns, "job": asdict(job)}


def _parts_dir(output: Path, stamp: dict) -> tuple[Path, bool]:
    """OUTPUT.parts/ for this run; an earlier run's is reused only when it scored the same file the same way."""
    parts = output.with_name(output.name + ".parts")
    manifest = parts / "manifest.json"
    if parts.is_dir():
        try:
            same = json.loads(manifest.read_text(encoding="utf-8")) == stamp
        except (OSError, ValueError):
            same = False
        if same:
            return parts, True
        shutil.rmtree(parts)      # another file or other options: its chunks are no use here
    parts.mkdir(parents=True)
    manifest.write_text(json.dumps(stamp, indent=1), encoding="utf-8")
    return parts, False


def score_file(input: str | Path, output: str | Path, text_column: str, age_column: str | None = None,
               sex_column: str | None = None, flags_column: str | None = None, *, workers: int = 1,
               bundle: str | None = None, kb_dir: str | None = None, beam: int = 5, lang: str = "en",
               chunk_rows: int = CHUNK_ROWS, predictor: Predictor | None = None,
               progress: Callable[[int], None] | None = None, max_rows: int | None = None) -> Summary:
    """Score INPUT (CSV, Parquet or Excel) into OUTPUT (.csv, .parquet or .xlsx) with ``workers`` processes.

    ``predictor``: an already loaded model to use (and, forked, to share with the workers) instead of loading
    ``bundle``. ``progress(rows_done)`` is called as chunks finish. Raises RecordsError on an unusable file."""
    from .records import check_columns
    input, output = Path(input), Path(output)
    if output.suffix.lower() not in OUTPUTS:
        raise RecordsError(f"unsupported output type {output.suffix or '(none)'}: use .csv, .xlsx or .parquet")
    if workers < 1 or chunk_rows < 1:
        raise RecordsError("workers and chunk rows must be at least 1")
    job = Job(text_column, age_column, sex_column, flags_column, lang, beam, bundle, kb_dir, chunk_rows)
    chunks = iter_chunks(input, chunk_rows, max_rows)
    first = next(chunks)
    check_columns(first, text_column, age_column, sex_column, flags_column)
    global _PREDICTOR
    _PREDICTOR = predictor or _load_predictor(job)   # loaded before forking: the workers share it
    parts, resumed = _parts_dir(output, _stamp(input, job))
    summary = Summary(output=str(output))
    pool = None
    if workers > 1:
        method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
        if method == "spawn":
            _PREDICTOR = None                         # a spawned worker loads its own
        else:                                         # the reader's lazily built indexes, built once for all
            from .case import Case
            _PREDICTOR.predict_many([Case("fever and a cough, no rash"), Case("发烧咳嗽，没有皮疹")])
        pool = ProcessPoolExecutor(workers, mp_context=mp.get_context(method), initializer=_init_worker,
                                   initargs=(job,))
    t0, pending, done_rows = time.perf_counter(), set(), 0

    def collect(futures) -> None:
        nonlocal done_rows
        for f in futures:
            _, n, bad = f.result()
            summary.rows, summary.errors, done_rows = summary.rows + n, summary.errors + bad, done_rows + n
            if progress:
                progress(done_rows)

    try:
        for index, chunk in enumerate(_prepend(first, chunks)):
            summary.chunks += 1
            summary.blank_rows += chunk.attrs.get("blank_rows", 0)
            part = str(parts / f"part-{index:06d}.parquet")
            summary.parts.append(part)
            if resumed and Path(part).is_file():
                summary.resumed_chunks += 1
                _, n, bad = _count(part)
                summary.rows, summary.errors, done_rows = summary.rows + n, summary.errors + bad, done_rows + n
                continue
            if pool is None:
                collect([_Done(_score_part(job, index, chunk, part))])
                continue
            pending.add(pool.submit(_score_part, job, index, chunk, part))
            if len(pending) >= 2 * workers:           # a bounded queue: memory stays flat in the number of rows
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                collect(finished)
        collect(pending)
    except BaseException:
        for f in pending:
            f.cancel()
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    summary.seconds = time.perf_counter() - t0
    _combine(summary.parts, output)
    shutil.rmtree(parts)
    summary.parts = []
    return summary


class _Done:
    """A finished result with a Future's ``result()``: the in-process path shares ``collect``."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def _prepend(first, rest):
    yield first
    yield from rest


def _count(part: str) -> tuple[int, int, int]:
    import pyarrow.parquet as pq
    errors = pq.read_table(part, columns=["error"]).column("error").to_pylist()
    return 0, len(errors), sum(1 for e in errors if e)


def _combine(parts: list[str], output: Path) -> None:
    """The parts, in order, as one OUTPUT file (written beside it, then moved into place)."""
    import pandas as pd
    import pyarrow.parquet as pq

    from .records import neutralise_formulas, write_table
    from .spreadsheet import CSV_EOL
    tmp = output.with_name(output.name + ".tmp" + output.suffix)
    suffix = output.suffix.lower()
    if suffix == ".xlsx":                      # a spreadsheet is written whole (Excel holds ~1M rows at most)
        write_table(pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True), tmp)
    elif suffix == ".csv":
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            for i, p in enumerate(parts):
                neutralise_formulas(pd.read_parquet(p)).to_csv(f, index=False, header=i == 0, lineterminator=CSV_EOL)
    else:
        writer = None
        try:
            for p in parts:
                table = pq.read_table(p)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema)
                writer.write_table(table.cast(writer.schema))
        finally:
            if writer is not None:
                writer.close()
    os.replace(tmp, output)


# ------------------------------------------------------------------ Ray Data
class RayScorer:
    """A Ray Data actor: loads the model once, then scores each batch (a pandas DataFrame) it is given."""

    def __init__(self, job: Job):
        from .runtime import configure_threads
        configure_threads()
        self.job = job
        self.predictor = _load_predictor(job)

    def __call__(self, batch: pd.DataFrame):
        import pyarrow as pa
        batch.columns = [str(c) for c in batch.columns]
        blank = batch.apply(lambda col: col.isna() | (col.astype(str).str.strip() == "")).all(axis=1)
        scored = score_chunk(self.predictor, self.job, batch[~blank] if blank.any() else batch)
        # An Arrow table, typed by pandas' columns: a likelihood column that is blank in every row of a batch
        # stays a float column (left to Ray, it would become a column of nulls of no type).
        return pa.Table.from_pandas(scored, preserve_index=False)


def ray_init(address: str | None = None, workers: int = 2) -> None:
    """Connect to the Ray cluster at ``address`` (or $RAY_ADDRESS), or start a local one with ``workers`` CPUs.
    Usage statistics are always off: nothing about a run leaves the machine."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    import ray
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, log_to_driver=False)
    else:   # one CPU per scoring actor, and one for the tasks that read and write the partitions
        import logging
        ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)


def score_ray(input: str | Path, output: str | Path, text_column: str, age_column: str | None = None,
              sex_column: str | None = None, flags_column: str | None = None, *, workers: int = 2,
              address: str | None = None, bundle: str | None = None, kb_dir: str | None = None, beam: int = 5,
              lang: str = "en", chunk_rows: int = CHUNK_ROWS) -> Summary:
    """Score INPUT (a CSV or Parquet file, or a folder of Parquet files) with Ray Data into OUTPUT, a folder of
    Parquet partitions, in input order. ``workers`` actors each hold the model once; on a real cluster every node
    must see ``bundle`` (and ``kb_dir``) at the same path. Rows equal ``score_file``'s."""
    ray_init(address, workers)
    import ray
    job = Job(text_column, age_column, sex_column, flags_column, lang, beam, bundle, kb_dir, chunk_rows)
    input, output = Path(input), Path(output)
    if not input.exists():
        raise RecordsError(f"file not found: {input}")
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True          # rows come out in the order they went in
    ctx.enable_progress_bars = False
    if input.suffix.lower() == ".csv":
        import pyarrow as pa
        import pyarrow.csv as pacsv
        import pandas as pd
        header = pd.read_csv(input, dtype=str, nrows=0, encoding="utf-8-sig").columns
        strings = pacsv.ConvertOptions(column_types={c: pa.string() for c in header}, strings_can_be_null=False,
                                       quoted_strings_can_be_null=False)
        ds = ray.data.read_csv(str(input), convert_options=strings)
    elif input.is_dir() or input.suffix.lower() == ".parquet":
        ds = ray.data.read_parquet(str(input))
    else:
        raise RecordsError(f"unsupported file type {input.suffix or '(none)'} for Ray: use CSV or Parquet")
    missing = [c for c in (text_column, age_column, sex_column, flags_column) if c and c not in ds.schema().names]
    if missing:
        raise RecordsError(f"column {missing[0]!r} is not in the file; columns: {', '.join(ds.schema().names[:20])}")
    t0 = time.perf_counter()
    ds = ds.repartition(target_num_rows_per_block=chunk_rows)   # a big file is many blocks, for every actor
    scored = ds.map_batches(RayScorer, fn_constructor_kwargs={"job": job}, batch_size=chunk_rows,
                            batch_format="pandas", compute=ray.data.ActorPoolStrategy(size=workers), num_cpus=1)
    if output.exists():
        shutil.rmtree(output) if output.is_dir() else output.unlink()
    scored.write_parquet(str(output))
    summary = Summary(output=str(output), seconds=time.perf_counter() - t0)
    files = sorted(output.glob("*.parquet"))
    summary.parts = [str(f) for f in files]
    for f in files:
        _, n, bad = _count(str(f))
        summary.rows, summary.errors = summary.rows + n, summary.errors + bad
    return summary


def read_partitions(folder: str | Path) -> pd.DataFrame:
    """A folder of Parquet partitions (``score_ray``'s output) as one DataFrame, in order."""
    import pandas as pd
    files = sorted(Path(folder).glob("*.parquet"))
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True) if files else pd.DataFrame()

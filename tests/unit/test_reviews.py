"""Reviewers' judgements of attributions: storage with the audit link, agreement per method, bad input refused with
nothing written, concurrent writers from threads and processes, and a CSV that spreadsheets cannot run."""
from __future__ import annotations

import csv
import io
import multiprocessing
import threading

import pytest

from medmodel.audit import AuditLog, case_input
from medmodel.case import Case
from medmodel.reviews import JUDGEMENTS, Mark, ReviewError, ReviewStore, top_spans

SHA = "a" * 64


@pytest.fixture()
def store(tmp_path):
    return ReviewStore(tmp_path / "reviews.sqlite")


@pytest.fixture()
def hmac_of(tmp_path):
    log = AuditLog(tmp_path / "audit.sqlite", key_path=tmp_path / "audit.key", note="none")
    return lambda case: log.input_hmac(case_input(case))


def _review(store, link, method="integrated_gradients", reviewer="rev1", marks=None, **kw):
    marks = marks if marks is not None else [Mark("headache", "plausible", 1, 0.8, "headache", 0, 8),
                                             Mark("Tuesday", "implausible", 2, 0.3),
                                             Mark("neck stiffness", "missing")]
    return store.add(reviewer, bundle_sha256=SHA, input_hmac=link, method=method, output="DX:migraine",
                     marks=marks, **kw)


def test_a_review_is_stored_with_its_audit_link(store, hmac_of):
    case = Case("headache since Tuesday", 30, "F")
    link = hmac_of(case)
    ids = _review(store, link, comment="Tuesday should not matter", params={"baseline": "pad", "n_steps": 50})
    assert len(ids) == 3
    rows = store.rows()
    assert [r["judgement"] for r in rows] == ["plausible", "implausible", "missing"]
    assert all(r["input_hmac"] == link == hmac_of(case) and r["bundle_sha256"] == SHA for r in rows)
    assert rows[0]["finding"] == "headache" and rows[0]["start"] == 0 and rows[2]["rank"] is None
    assert rows[0]["comment"] == "Tuesday should not matter" and '"n_steps": 50' in rows[0]["params"]
    assert store.rows(input_hmac=hmac_of(Case("something else"))) == []   # the same note finds its rows, no other


def test_agreement_is_the_share_of_top_k_marked_plausible(store, hmac_of):
    link = hmac_of(Case("headache"))
    _review(store, link)                                                 # 1 of 2 plausible
    _review(store, link, reviewer="rev2", marks=[Mark("headache", "plausible", 1), Mark("x", "plausible", 9)])
    _review(store, link, method="saliency", marks=[Mark("headache", "implausible", 1)])
    got = store.agreement(SHA, k=5)
    assert got["integrated_gradients"] == {"rate": pytest.approx(2 / 3), "plausible": 2, "judged": 3, "missing": 1,
                                           "outputs": 2}
    assert got["saliency"]["rate"] == 0.0
    assert store.agreement("b" * 64) == {}


@pytest.mark.parametrize("change, code", [
    ({"reviewer": ""}, "reviewer"), ({"reviewer": "bob; DROP TABLE review"}, "reviewer"),
    ({"bundle_sha256": "abc"}, "link"), ({"input_hmac": "Z" * 64}, "link"),
    ({"method": "gut_feeling"}, "method"), ({"output": "DX:Migraine!"}, "output"),
    ({"marks": []}, "empty"), ({"marks": [Mark("headache", "maybe", 1)]}, "judgement"),
    ({"marks": [Mark("", "plausible", 1)]}, "span"), ({"marks": [Mark("x" * 201, "plausible", 1)]}, "span"),
    ({"marks": [Mark("headache", "plausible")]}, "rank"), ({"marks": [Mark("headache", "missing", 2)]}, "rank"),
    ({"marks": [Mark("headache", "plausible", True)]}, "rank"),
    ({"marks": [Mark("headache", "plausible", 1, float("nan"))]}, "score"),
    ({"marks": [Mark("headache", "plausible", 1, start=-1)]}, "offsets"),
    ({"marks": [Mark("a", "plausible", 1), Mark("a", "implausible", 2)]}, "duplicate"),
    ({"marks": [("headache", "plausible")]}, "mark"),
    ({"marks": [Mark(f"w{i}", "missing") for i in range(51)]}, "too_many"),
    ({"comment": "x" * 2001}, "comment"), ({"comment": 12}, "comment"),
    ({"params": {"bad": float("inf")}}, "params"),
])
def test_bad_input_is_refused_and_nothing_is_written(store, change, code):
    args = {"reviewer": "rev1", "bundle_sha256": SHA, "input_hmac": "b" * 64, "method": "integrated_gradients",
            "output": "DX:migraine", "marks": [Mark("headache", "plausible", 1)], "comment": "", "params": {}}
    args.update(change)
    reviewer = args.pop("reviewer")
    with pytest.raises(ReviewError) as exc:
        store.add(reviewer, **args)
    assert exc.value.code == code
    assert store.rows() == []


def test_control_characters_are_neutralised_and_rows_cannot_be_changed(store):
    import sqlite3
    _review(store, "c" * 64, marks=[Mark("head\x00ache\x1b[31m", "plausible", 1)], comment="line one\nline two")
    row = store.rows()[0]
    assert "\x00" not in row["span"] and "\x1b" not in row["span"] and row["comment"] == "line one\nline two"
    db = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("UPDATE review SET judgement = 'plausible'")


def _write_many(path: str, who: str, n: int) -> None:
    s = ReviewStore(path)
    for i in range(n):
        s.add(who, bundle_sha256=SHA, input_hmac=f"{i:064x}", method="occlusion", output="DX:migraine",
              marks=[Mark("headache", "plausible", 1), Mark("fever", JUDGEMENTS[i % 2], 2)])


def test_concurrent_writers_from_threads_and_processes_lose_nothing(tmp_path):
    path = str(tmp_path / "reviews.sqlite")
    ReviewStore(path)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(path, f"proc{i}", 15)) for i in range(2)]
    threads = [threading.Thread(target=_write_many, args=(path, f"thread{i}", 15)) for i in range(6)]
    for w in procs + threads:
        w.start()
    for w in procs + threads:
        w.join(120)
    assert all(p.exitcode == 0 for p in procs)
    rows = ReviewStore(path).rows()
    assert len(rows) == 8 * 15 * 2 and len({r["id"] for r in rows}) == len(rows)
    by = {}
    for r in rows:
        by.setdefault(r["reviewer"], []).append(r)
    assert all(len(v) == 30 for v in by.values()) and len(by) == 8
    # a review's marks are one transaction: written together, never interleaved with another's
    for v in by.values():
        for a, b in zip(v[::2], v[1::2]):
            assert b["id"] == a["id"] + 1 and a["time"] == b["time"]


def test_csv_export_is_inert_in_spreadsheets(store):
    _review(store, "d" * 64, marks=[Mark("=HYPERLINK(\"x\")", "implausible", 1)], comment="+1 agree")
    data = store.export_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "id" and rows[1][rows[0].index("span")].startswith("'=")
    assert rows[1][rows[0].index("comment")] == "'+1 agree"


def test_top_spans_are_the_most_attributed_words(tiny_bundle):
    from medmodel.explain import Explainer
    ex = Explainer(tiny_bundle)
    case = Case("headache and fever, no neck stiffness", 30, "F")
    e = ex.explain(case, method="occlusion")
    top = top_spans(e, 0, k=3)
    assert len(top) == 3 and [abs(v) for _, v in top] == sorted((abs(v) for _, v in top), reverse=True)
    assert all(any(ch.isalnum() for ch in s.text) for s, _ in top)

"""Audit writers under load: several processes x threads appending, one process killed with SIGKILL midway.

Every acknowledged row (append returned) must be in the log exactly once, SQLite's integrity check must
pass and the hash chain must verify. Figures are printed (run with -s).
"""
import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time

from medmodel.audit import AuditLog
from tests.support import ROOT

PROCESSES, THREADS, ROWS = 4, 3, 30
WRITER = r"""
import sys, threading
from medmodel.audit import AuditLog
db, key, wid, threads, rows = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
log = AuditLog(db, key_path=key)
lock = threading.Lock()
print("ready", flush=True)
def work(t):
    for i in range(rows):
        rid = log.append("prediction", f"writer{wid}", bundle_sha256="f" * 64, input={"w": wid, "t": t, "i": i},
                         outputs={"w": wid, "t": t, "i": i}, note=f"fever and cough, call 555-123-{wid}{t}{i:02d}")
        with lock:   # the acknowledgement: printed only after the commit returned
            print(f"ack {wid} {t} {i} {rid}", flush=True)
ts = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
[t.start() for t in ts]
[t.join() for t in ts]
"""


def test_concurrent_writers_with_one_killed(tmp_path):
    db, key = tmp_path / "audit.sqlite", tmp_path / "audit.key"
    AuditLog(db, key_path=key)    # create the schema and the key once, as the app does at start
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(key), str(w), str(THREADS), str(ROWS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
             for w in range(PROCESSES)]
    victim = procs[0]
    acks: dict[int, list[str]] = {w: [] for w in range(PROCESSES)}
    # Read the victim's acknowledgements until it is well into its work, then kill it without warning.
    deadline = time.time() + 300
    while len(acks[0]) < ROWS and time.time() < deadline:
        if select.select([victim.stdout], [], [], 1.0)[0]:
            line = victim.stdout.readline()
            if line.startswith("ack"):
                acks[0].append(line)
    os.kill(victim.pid, signal.SIGKILL)
    killed_after = len(acks[0])
    for w, p in enumerate(procs):
        out, err = p.communicate(timeout=600)
        acks[w] += [line for line in out.splitlines() if line.startswith("ack")]
        if w:
            assert p.returncode == 0, err
    assert victim.returncode == -signal.SIGKILL and 0 < killed_after < THREADS * ROWS

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    log = AuditLog(db, key_path=key)
    v = log.verify()
    assert v.ok, v.message
    rows = log.rows()
    seen = {}
    for r in rows:
        o = json.loads(r["outputs"])
        seen.setdefault((o["w"], o["t"], o["i"]), []).append(r["id"])
    acknowledged = [tuple(map(int, a.split()[1:])) for w in acks for a in acks[w]]
    lost = [a for a in acknowledged if a[:3] not in seen]
    dupes = [k for k, ids in seen.items() if len(ids) != 1]
    wrong_id = [a for a in acknowledged if a[:3] in seen and seen[a[:3]] != [a[3]]]
    assert not lost and not dupes and not wrong_id, (lost[:5], dupes[:5], wrong_id[:5])
    assert [r["id"] for r in rows] == list(range(1, len(rows) + 1))
    assert all("555-123" not in (r["note"] or "") for r in rows)
    print(f"\n[load] audit writers: {PROCESSES} processes x {THREADS} threads, writer 0 killed (SIGKILL) after "
          f"{killed_after} acknowledged rows; rows in log {len(rows)}, acknowledged {len(acknowledged)}, "
          f"lost 0, duplicated 0, integrity ok, chain verified")

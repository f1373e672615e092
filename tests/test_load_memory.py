"""Memory stays flat across 200 requests (predict, every 10th explained, each audited). Figures printed with -s.

RSS is read after ``gc.collect()`` and glibc's ``malloc_trim(0)``, so memory the allocator merely keeps
cached is not mistaken for a leak. With varied notes a little growth remains while new sequence lengths
meet torch's per-shape caches for the first time; the same note explained 300 times stays flat to the MiB.
"""
import ctypes
import gc

import pytest

from medmodel.audit import AuditLog, case_input, prediction_outputs
from medmodel.case import Case
from medmodel.predict import Predictor
from medmodel.synth import Generator

REQUESTS, WARMUP = 200, 50


def rss_mib() -> float:
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:   # not glibc
        pass
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@pytest.mark.slow
def test_memory_is_flat_across_200_requests(shipped_bundle, tmp_path):
    try:
        from medmodel.explain import Explainer
        explainer = Explainer(shipped_bundle)
    except ImportError:
        explainer = None
    predictor = Predictor(shipped_bundle)
    log = AuditLog(tmp_path / "audit.sqlite", key_path=tmp_path / "audit.key")
    synth = list(Generator(shipped_bundle.kb).generate(REQUESTS + WARMUP, seed=77))

    def request(k, s):
        case = Case(s.text, s.age, s.sex, s.flags)
        p = predictor.predict(case)
        log.append("prediction", "load", bundle_sha256=shipped_bundle.sha256, input=case_input(case),
                   outputs=prediction_outputs(p), note=case.text)
        if explainer is not None and k % 10 == 0:
            e = explainer.explain(case, p, method="integrated_gradients")
            log.append("explanation", "load", bundle_sha256=shipped_bundle.sha256, input=case_input(case),
                       outputs={"method": e.method, "outputs": len(e.output_tokens)})

    for k, s in enumerate(synth[:WARMUP]):
        request(k, s)
    samples = [(0, round(rss_mib(), 1))]
    for k, s in enumerate(synth[WARMUP:], start=1):
        request(k, s)
        if k % 50 == 0:
            samples.append((k, round(rss_mib(), 1)))
    growth = samples[-1][1] - samples[0][1]
    # The same 200 requests again: every shape is now known, so any growth would be a leak.
    for k, s in enumerate(synth[WARMUP:], start=1):
        request(k, s)
    again = round(rss_mib(), 1) - samples[-1][1]
    print(f"\n[load] RSS MiB after {WARMUP} warm-up requests and every 50 of {REQUESTS} new ones: {samples}; "
          f"growth {growth:+.1f} MiB (per-shape caches); the same {REQUESTS} requests again: {again:+.1f} MiB; "
          f"audit rows {log.count()}, chain ok {log.verify().ok}")
    assert growth < 48, samples
    assert again < 4, (samples, again)
    assert log.verify().ok

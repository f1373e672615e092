"""Nothing accumulates across requests: 200 predictions (every 10th explained, each audited), then the same 200 again.

A leak in a long-running app is something kept alive per request (a cache without a bound, a growing list, a tensor
held by a closure), so the second pass, which meets no new input shape, must not leave more live Python objects or
tensors behind than the first did. That is counted with the garbage collector, the same on every allocator. RSS is
printed for information only (run with -s): how much the allocator keeps cached varies with the C library.
"""
import gc

import torch

from medmodel.audit import AuditLog, case_input, prediction_outputs
from medmodel.explain import Explainer
from medmodel.predict import Predictor
from tests.support import generated_cases

REQUESTS, WARMUP = 200, 50


def live() -> tuple[int, int]:
    """(live Python objects, live torch tensors) after a full collection."""
    gc.collect()
    objects = gc.get_objects()
    return len(objects), sum(1 for o in objects if issubclass(type(o), torch.Tensor))   # type(): no __class__ lookups


def rss_mib() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) / 1024 for line in f if line.startswith("VmRSS:"))


def test_nothing_accumulates_across_requests(shipped_bundle, tmp_path):
    predictor = Predictor(shipped_bundle)
    explainer = Explainer(shipped_bundle, predictor)
    log = AuditLog(tmp_path / "audit.sqlite", key_path=tmp_path / "audit.key")
    cases = generated_cases(shipped_bundle.kb, REQUESTS + WARMUP, seed=77)

    def request(k, case):
        p = predictor.predict(case)
        log.append("prediction", "load", bundle_sha256=shipped_bundle.sha256, input=case_input(case),
                   outputs=prediction_outputs(p), note=case.text)
        if k % 10 == 0:
            e = explainer.explain(case, p, method="integrated_gradients")
            log.append("explanation", "load", bundle_sha256=shipped_bundle.sha256, input=case_input(case),
                       outputs={"method": e.method, "outputs": len(e.output_tokens)})

    for k, case in enumerate(cases[:WARMUP]):
        request(k, case)
    for k, case in enumerate(cases[WARMUP:], start=1):
        request(k, case)
    first, rss_first = live(), rss_mib()
    for k, case in enumerate(cases[WARMUP:], start=1):     # the same requests again: every shape is known now
        request(k, case)
    second, rss_second = live(), rss_mib()
    print(f"\n[load] after {REQUESTS} requests: {first[0]} objects, {first[1]} tensors, RSS {rss_first:.0f} MiB; "
          f"after the same {REQUESTS} again: {second[0]} objects, {second[1]} tensors, RSS {rss_second:.0f} MiB; "
          f"audit rows {log.count()}")
    assert second[1] <= first[1], (first, second)                 # no tensor outlives its request
    assert second[0] - first[0] < 0.002 * first[0] + 500, (first, second)   # no per-request growth (200 requests)
    assert log.count() == 2 * (REQUESTS + REQUESTS // 10) + WARMUP + WARMUP // 10 and log.verify().ok

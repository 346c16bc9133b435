"""Load run on a server desk: simulated editors (processes) each saving every second.

Each editor saves its own article every second and also tries the one article everybody
edits. Checked, not timed: no save is lost (an article's version is 1 + its successful
saves) and nothing is overwritten silently (every successful save of the shared article got
its own version; the others got ConflictError). Reported: p50/p95/p99 save latency and the
delay of the change notifications (LISTEN/NOTIFY) heard by a listener in this process.
``BENCH_LOAD_EDITORS`` (20) and ``BENCH_LOAD_SECONDS`` (120) set the size of the run.
"""

from __future__ import annotations

import multiprocessing
import os
import statistics
import threading
import time

import pytest

from editorberita.core.domain import ConflictError
from editorberita.core.store import open_store

from .bench_core import report

EDITORS = int(os.environ.get("BENCH_LOAD_EDITORS", "20"))
SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "120"))


def _editor(url: str, index: int, own_id: int, shared_id: int, start_at: float,
            seconds: float, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    store = open_store(url)
    store.editor = f"Editor {index}"
    latencies: list[float] = []
    shared_versions: list[int] = []
    own_saves = conflicts = 0
    own = store.get_article(own_id)
    time.sleep(max(0.0, start_at - time.time()))
    tick = start_at
    while time.time() < start_at + seconds:
        t0 = time.perf_counter()
        own = store.save_article(own.copy(body=f"{index}:{own_saves + 1}"))
        latencies.append((time.perf_counter() - t0) * 1000)
        own_saves += 1
        shared = store.get_article(shared_id)
        try:
            saved = store.save_article(shared.copy(body=f"{index}:{time.time()}"))
            shared_versions.append(saved.version)
        except ConflictError:
            conflicts += 1
        tick += 1.0
        time.sleep(max(0.0, tick - time.time()))
    store.close()
    results.put((index, own_saves, latencies, shared_versions, conflicts))


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    os.environ.setdefault("EDITORBERITA_DATA", str(tmp_path_factory.mktemp("data")))
    from tests.pgserver import running_server

    with running_server() as server:
        yield server.url(server.new_database())


def test_bench_server_load(server_url: str) -> None:
    from editorberita.core.store.live import Change, DeskListener

    store = open_store(server_url)
    own_ids = [store.create_article(headline=f"Naskah {i}").id for i in range(EDITORS)]
    shared_id = store.create_article(headline="Naskah bersama").id
    heard: list[Change] = []
    listener = DeskListener(server_url, heard.append)
    thread = threading.Thread(target=listener.run, daemon=True)
    thread.start()
    assert listener.ready.wait(30)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    start_at = time.time() + 10 + EDITORS * 0.5  # after every process has imported and opened
    workers = [context.Process(target=_editor, args=(server_url, i, own_ids[i], shared_id,
                                                     start_at, SECONDS, results))
               for i in range(EDITORS)]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=SECONDS + 300) for _ in workers]
    for worker in workers:
        worker.join(30)
    listener.stop()
    thread.join(5)
    lost = 0
    latencies: list[float] = []
    versions: list[int] = []
    conflicts = 0
    for index, own_saves, own_latencies, shared_versions, refused in outcomes:
        final = store.get_article(own_ids[index])
        lost += (1 + own_saves) - final.version  # every save bumped the version once
        assert final.body == f"{index}:{own_saves}"
        latencies += own_latencies
        versions += shared_versions
        conflicts += refused
    shared = store.get_article(shared_id)
    silent = len(versions) - len(set(versions)) + (shared.version - 1 - len(versions))
    store.close()
    delays = [(c.heard_at - c.sent_at) * 1000 for c in heard if c.what == "articles"]
    saves = len(latencies) + len(versions)
    report(f"load: {EDITORS} editors x {SECONDS:.0f} s, saves", saves, "saves", "-")
    report("load: lost saves", lost, "saves", "0")
    report("load: silent overwrites (shared article)", silent, "saves", "0")
    report("load: refused by the version check (shared)", conflicts, "saves", "-")
    for p in (50, 95, 99):
        report(f"load: save latency p{p}", _percentile(latencies, p), "ms", "-")
    for p in (50, 95, 99):
        report(f"load: notification delay p{p}", _percentile(delays, p), "ms", "<= 1000")
    report("load: notification delay mean", statistics.fmean(delays), "ms", "-")
    assert lost == 0 and silent == 0

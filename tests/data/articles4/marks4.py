"""The in-place marks of the articles4 set, turned into the case format.

A collapse occurrence is marked where it stands:

    [[cliente|cu1|comprador/compradores]]

- the word as written;
- the concept the source meant there (`cl` client, `cu` customer) and the
  number of the collapse it belongs to in this article (1 when omitted);
- after a second bar, the replacements a reviewer accepts on this occurrence
  (inflected to fit, `/` between them); none means the occurrence is part of
  the collapse but cannot carry the fix (es/pt/fr/pl have no general word for
  a professional's client).

Each collapse has a context (`ctx`, one per collapse, comma-separated):
`symmetric` (the meaning does not depend on which occurrence changes: "X vs
X", "the difference between X and X", "both X and X", lists), `asymmetric`
(the text tells which occurrence is which: definitions, contrasts with their
own predicates), or `undecidable` (the source was asymmetric, but the
collapsed text no longer says which is which: "turn X into X", "X, not X";
a finding that offers both readings is acceptable there).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

MARK = re.compile(r"\[\[([^|\]]+)\|(cl|cu)(\d?)(?:\|([^\]]*))?\]\]")
CONCEPT = {"cl": "client", "cu": "customer"}
CONTEXTS = {"sym": "symmetric", "asym": "asymmetric", "undec": "undecidable"}


def unmark(marked: str) -> tuple[str, dict[int, list[dict]]]:
    """The text without marks (NFC) and, per collapse number, its occurrences
    as str offsets with concept and accepted replacements."""
    marked = unicodedata.normalize("NFC", marked)
    text, groups, pos = "", {}, 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        accept = [a.strip() for a in (m.group(4) or "").split("/") if a.strip()]
        groups.setdefault(int(m.group(3) or 1), []).append(
            {"start": start, "end": len(text), "concept": CONCEPT[m.group(2)], "accept": accept})
        pos = m.end()
    text += marked[pos:]
    assert "[[" not in text and "]]" not in text, f"unparsed mark in {text[:60]!r}"
    return text, groups


class Articles(list):
    """`A` a collapsed article, `N` a true negative."""

    def A(self, lang, subject, pattern, marked, gloss, intended, ctx="sym", note=""):
        text, groups = unmark(marked)
        ctxs = [CONTEXTS[c.strip()] for c in ctx.split(",")]
        pats = [p.strip() for p in pattern.split(",")]
        assert len(ctxs) == len(groups) == len(pats), f"{lang} {text[:50]!r}: {len(groups)} collapses, ctx {ctx}, patterns {pattern}"
        collapses, wrong = [], []
        for n, (g, occ) in enumerate(sorted(groups.items())):
            collapses.append({"context": ctxs[n], "pattern": pats[n],
                              "occurrences": [{k: o[k] for k in ("start", "end", "concept")} for o in occ]})
            wrong += [{"start": o["start"], "end": o["end"], "concept": o["concept"],
                       "collapse": n, "accept": o["accept"]} for o in occ if o["accept"]]
        self.append({"lang": lang, "subject": subject, "pattern": pats[0], "collapsed": True, "text": text,
                     "wrong": sorted(wrong, key=lambda w: w["start"]), "collapses": collapses,
                     "gloss": gloss, "intended": intended, "note": note})

    def N(self, lang, subject, pattern, text, gloss, note=""):
        assert "[[" not in text
        self.append({"lang": lang, "subject": subject, "pattern": pattern, "collapsed": False,
                     "text": unicodedata.normalize("NFC", text), "wrong": [], "collapses": [],
                     "gloss": gloss, "intended": "(same)", "note": note})

    def write(self, path: Path, how_written: str) -> int:
        counter: Counter[str] = Counter()
        rows = []
        for case in self:
            counter[case["lang"]] += 1
            row = {"id": f"{case['lang']}-a{counter[case['lang']]:02d}", **case, "checked": how_written}
            if not row["note"]:
                del row["note"]
            rows.append(row)
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
        print(f"wrote {len(rows)} cases to {path}")
        return 0

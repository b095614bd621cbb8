"""What the case builders share (generalisation and heldout3): the in-place
marks that name the occurrences to flag, and writing the cases out."""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from sides import add_counterparts

MARK = re.compile(r"\[\[(.+?)\|(cl|cu|sw)\]\]")
CONCEPT = {"cl": "client", "cu": "customer", "sw": "software-client"}


def unmark(marked: str) -> tuple[str, list[dict]]:
    """The text without its marks ([[klientów|cu]] -> klientów), NFC, and the
    marked spans as str offsets with the concept each should express."""
    marked = unicodedata.normalize("NFC", marked)
    text, wrong, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        wrong.append({"start": start, "end": len(text), "concept": CONCEPT[m.group(2)]})
        pos = m.end()
    return text + marked[pos:], wrong


def write_cases(path: Path, rows: list[dict]) -> int:
    """One JSON object a line (UTF-8, not escaped); 0, the builders' exit code."""
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} cases to {path}")
    return 0


class TextCases(list):
    """Single-text cases as a builder writes them: `C` a collapsed one (marks
    name the wrong occurrences), `L` a legitimate repetition or a text that
    keeps the terms apart."""

    def _add(self, lang, pattern, collapsed, marked, gloss, intended, note):
        text, wrong = unmark(marked)
        self.append({"lang": lang, "pattern": pattern, "collapsed": collapsed, "text": text,
                     "wrong": wrong, "gloss": gloss, "intended": intended, "note": note})

    def C(self, lang, pattern, marked, gloss, intended, note=""):
        self._add(lang, pattern, True, marked, gloss, intended, note)

    def L(self, lang, pattern, text, gloss, intended="(same)", note=""):
        assert "[[" not in text
        self._add(lang, pattern, False, text, gloss, intended, note)

    def write(self, path: Path, id_format: str, how_written: str) -> int:
        """cases.jsonl, ids numbered per language ("{lang}-{n:03d}"); each
        case's `checked` says how it was written and what the dictionaries
        made of it."""
        from validate import grammar_pass
        counter: Counter[str] = Counter()
        rows = []
        for case in self:
            counter[case["lang"]] += 1
            ran, unknown = grammar_pass(case["lang"], case["text"])
            checked = [how_written, "offsets computed from in-place marks and checked by validate.py" if case["wrong"]
                       else "term occurrences counted by validate.py", ran]
            if unknown:
                checked.append("not in the dictionary, reviewed by hand: " + ", ".join(dict.fromkeys(unknown)))
            row = {"id": id_format.format(lang=case["lang"], n=counter[case["lang"]]), "lang": case["lang"],
                   "pattern": case["pattern"], "collapsed": case["collapsed"], "text": case["text"],
                   "wrong": add_counterparts(case["lang"], case["text"], case["wrong"]),
                   "gloss": case["gloss"], "intended": case["intended"], "checked": "; ".join(checked)}
            if case["note"]:
                row["note"] = case["note"]
            rows.append(row)
        return write_cases(path, rows)


class ParallelCases(list):
    """Cross-version cases: `P` an English source and its marked MT."""

    def P(self, lang, domain, source, marked, note=""):
        text, wrong = unmark(marked)
        self.append({"lang": lang, "source": source, "text": text, "collapsed": bool(wrong),
                     "wrong": wrong, "domain": domain, "note": note})

    def write(self, path: Path, id_format: str) -> int:
        """parallel.jsonl, ids numbered per language (`id_format`: "{lang}-p{n:02d}")."""
        counter: Counter[str] = Counter()
        rows = []
        for case in self:
            counter[case["lang"]] += 1
            row = {"id": id_format.format(lang=case["lang"], n=counter[case["lang"]]), "lang": case["lang"],
                   "source": case["source"], "text": case["text"], "collapsed": case["collapsed"],
                   "wrong": add_counterparts(case["lang"], case["text"], case["wrong"]), "domain": case["domain"]}
            if case["note"]:
                row["note"] = case["note"]
            rows.append(row)
        return write_cases(path, rows)

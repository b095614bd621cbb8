#!/usr/bin/env python3
"""Builds cases.jsonl from the marked-up cases below (run from anywhere).

Markup: {{word|concept}} marks an occurrence that must be flagged and the
concept it should express; the braces are removed and the offsets computed.
A collapsed case without marks is one where meaning cannot decide (wrong: []).
"""
import json
import re
import unicodedata
from pathlib import Path

from dev_cases import CASES

MARK = re.compile(r"\{\{([^|}]+)\|(client|customer)\}\}")


def build(case):
    cid, lang, pattern, collapsed, marked, gloss = case
    marked = unicodedata.normalize("NFC", marked)
    text, wrong, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        wrong.append({"start": len(text), "end": len(text) + len(m.group(1)), "concept": m.group(2)})
        text += m.group(1)
        pos = m.end()
    text += marked[pos:]
    return {"id": cid, "lang": lang, "pattern": pattern, "collapsed": collapsed, "text": text,
            "wrong": wrong, "gloss": gloss,
            "checked": "written by the detection engineer; grammar checked by re-reading against the gloss "
                       "and, where unsure, against standard usage of the connective in that language"}


if __name__ == "__main__":
    out = Path(__file__).with_name("cases.jsonl")
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out.write_text("".join(json.dumps(build(c), ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(f"{len(CASES)} cases -> {out}")

"""Write findings into a localisation file, where CAT tools show them to the
translator, without changing any translation.

- XLIFF 1.2: the flagged word is wrapped in W3C ITS 2.0 Localization Quality
  Issue markup, <mrk mtype="x-its" its:locQualityIssueType="terminology" ...>,
  and a <note from="audit"> is added to the unit (tools without ITS show it).
- XLIFF 2.0: <mrk id="audit1" type="its:any" its:locQualityIssue...> in the
  target and a <note category="audit"> in the unit's <notes>.
- PO: a translator comment "# audit: ..." above the entry.
- TMX: a <note> in the target <tuv>, before its <seg>.

Finding dicts: unit, start, end, term, concept, replacement, suggestion, kind,
severity, confidence (optionally lang, for files with several targets). A word
is wrapped only where the target still holds `term` at start-end outside any
tag; otherwise the unit gets the note alone.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .. import xmlsafe
from ...errors import InputError
from ..readers.bilingual import protect
from .edits import splice

ITS_NS = "http://www.w3.org/2005/11/its"
SEVERITY = {"critical": 100, "major": 70, "minor": 30}


def message(f: dict) -> str:
    """One line for humans."""
    rep = f.get("replacement")
    msg = (f"{f.get('severity', '')} {f.get('kind', '')}: \"{f.get('term', '')}\" at "
           f"{f.get('start')}-{f.get('end')} should express {f.get('concept', '')}")
    if rep:
        msg += f"; use \"{rep}\""
    if f.get("confidence") is not None:
        msg += f" (confidence {float(f['confidence']):.2f})"
    return " ".join(msg.split())


def annotate(path: Path, fmt: str, findings: list[dict]) -> bytes:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError(path, f"cannot read: {e.strerror}") from None
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for f in findings:
        if f.get("unit") is None:
            raise InputError(path, "a finding names no unit")
        by_unit[str(f["unit"])].append(f)
    if fmt == "po":
        return _po(path, data, by_unit)
    if fmt == "xliff":
        return _xliff(path, data, by_unit)
    if fmt == "tmx":
        return _tmx(path, data, by_unit)
    raise InputError(path, f"cannot annotate {fmt} files (annotations go into PO, XLIFF and TMX)")


def _po(path: Path, data: bytes, by_unit: dict[str, list[dict]]) -> bytes:
    from .po import load, targets
    text, codec, bom, entries = load(path, data)
    units = targets(text, entries)
    _missing(path, by_unit, units)
    nl = "\r\n" if "\r\n" in text[:2000] else "\n"
    per_entry: dict[int, list[str]] = defaultdict(list)
    for uid, fs in by_unit.items():
        e, _ = units[uid]
        per_entry[e.start] += [f"# audit: {message(f)}{nl}" for f in fs]
    out = splice(text, [(pos, pos, "".join(lines)) for pos, lines in per_entry.items()])
    return bom + out.encode(codec, errors="replace")


def _missing(path: Path, by_unit: dict, units) -> None:
    lost = [u for u in by_unit if u not in units]
    if lost:
        raise InputError(path, f"no translated unit {lost[0]!r} in the file")


def _indent_before(buf, pos: int) -> bytes:
    """Whitespace that starts the line of `pos`, if only whitespace precedes it."""
    nl = bytes(buf[max(0, pos - 200):pos]).rfind(b"\n")
    if nl < 0:
        return b""
    lead = bytes(buf[max(0, pos - 200):pos])[nl + 1:]
    return lead if not lead.strip() else b""


def _wrap(doc: xmlsafe.XmlDoc, span, fs: list[dict], whole, open_tag) -> list[tuple[int, int, bytes]]:
    """Insertions that wrap each finding's word in the element content."""
    raw = doc.text(span.content_start, span.content_end)
    inl = xmlsafe.inline(raw, whole)
    prot = protect(inl.text, inl.protected)
    edits, last_end = [], -1
    for n, f in sorted(enumerate(fs), key=lambda x: x[1].get("start", 0)):
        s, e = int(f.get("start", -1)), int(f.get("end", -1))
        if not (0 <= s < e <= len(inl.text)) or inl.text[s:e] != f.get("term") or s < last_end \
                or any(s < pe and ps < e for ps, pe in prot) or True in inl.cdata(s, e):
            continue
        a, b = inl.raw_range(s, e)
        ab = span.content_start + len(raw[:a].encode("utf-8"))
        bb = span.content_start + len(raw[:b].encode("utf-8"))
        edits += [(ab, ab, open_tag(f, n).encode("utf-8")), (bb, bb, b"</mrk>")]
        last_end = e
    return edits


def _its_attrs(f: dict) -> str:
    comment = message(f)
    return (f'its:locQualityIssueType="terminology" '
            f'its:locQualityIssueComment="{xmlsafe.escape_attr(comment)}" '
            f'its:locQualityIssueSeverity="{SEVERITY.get(str(f.get("severity")), 50)}"')


def _declare_its(doc: xmlsafe.XmlDoc, root: int) -> list[tuple[int, int, bytes]]:
    end = xmlsafe.tag_end(doc.buf, root)
    tag = bytes(doc.buf[root:end])
    if b"xmlns:its=" in tag:
        return []
    at = end - 2 if tag.endswith(b"/>") else end - 1
    return [(at, at, f' xmlns:its="{ITS_NS}" its:version="2.0"'.encode())]


def _xliff(path: Path, data: bytes, by_unit: dict[str, list[dict]]) -> bytes:
    from ..readers.xliff import WHOLE, XSeg, scan_units
    doc = xmlsafe.load(path, data)
    units: dict[str, XSeg] = {}
    root = scan_units(doc, lambda x: units.__setitem__(x.id, x)
                      if x.target is not None and not x.skip and x.id in by_unit else None)
    _missing(path, by_unit, units)
    edits: list[tuple[int, int, bytes]] = []
    wrapped = False
    counter = iter(range(1, 10**9))
    new_notes: dict[tuple[int, bool], list[bytes]] = defaultdict(list)   # (offset, needs <notes>) -> notes
    for uid, fs in by_unit.items():
        x = units[uid]
        if x.version == "1.2":
            w = _wrap(doc, x.target, fs, WHOLE, lambda f, n: f'<mrk mtype="x-its" {_its_attrs(f)}>')
            pri = lambda f: {"critical": 1, "major": 2, "minor": 3}.get(str(f.get("severity")), 3)  # noqa: E731
            notes = [f'<note from="audit" priority="{pri(f)}">{xmlsafe.escape(message(f))}</note>' for f in fs]
            new_notes[(x.unit_end, False)] += [n.encode("utf-8") for n in notes]
        else:
            w = _wrap(doc, x.target, fs, frozenset(),
                      lambda f, n: f'<mrk id="audit{next(counter)}" type="its:any" {_its_attrs(f)}>')
            notes = [f'<note category="audit">{xmlsafe.escape(message(f))}</note>' for f in fs]
            if x.notes_end >= 0:
                new_notes[(x.notes_end, False)] += [n.encode("utf-8") for n in notes]
            else:
                at = x.body_start if x.body_start >= 0 else x.unit_end
                new_notes[(at, True)] += [n.encode("utf-8") for n in notes]
        wrapped |= bool(w)
        edits += w
    for (at, wrapper), notes in new_notes.items():
        ind = _indent_before(doc.buf, at)
        if not wrapper:     # before </trans-unit> or </notes>: one level deeper than the closing tag
            edits.append((at, at, b"".join(b"  " + n + b"\n" + ind for n in notes)))
        else:            # a new <notes> before the unit's first segment
            inner = b"".join(ind + b"  " + n + b"\n" for n in notes)
            edits.append((at, at, b"<notes>\n" + inner + ind + b"</notes>\n" + ind))
    if wrapped:
        edits += _declare_its(doc, root)
    return doc.encode(splice(bytes(doc.buf), edits))


def _tmx(path: Path, data: bytes, by_unit: dict[str, list[dict]]) -> bytes:
    from ...model import Fix
    from .tmx import load_tus, pick_target
    doc, tus, src = load_tus(path, data, only=set(by_unit))
    _missing(path, by_unit, tus)
    edits = []
    for uid, fs in by_unit.items():
        # the target language: the finding's own, else the one holding the term
        probe = [Fix(int(f["start"]), int(f["end"]), str(f.get("term", "")), "", uid) for f in fs]
        span = pick_target(path, doc, tus[uid], src, probe, fs[0].get("lang"))
        ind = _indent_before(doc.buf, span.tag_start)
        notes = b"".join(f"<note>audit: {xmlsafe.escape(message(f))}</note>".encode("utf-8") for f in fs)
        edits.append((span.tag_start, span.tag_start, notes + (b"\n" + ind if ind else b"")))
    return doc.encode(splice(bytes(doc.buf), edits))

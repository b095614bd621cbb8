"""Small hand-made results for tests and the benchmark: an English source and
a translation written to disk as real files, one sentence per line aligned by
line, each term occurrence given the concept of the English term on the same
line. It stands in for the pipeline, so reports and `apply` can be checked on
files whose every byte is known."""
from __future__ import annotations

from pathlib import Path

from ..model import AlignedGroup, Evidence, Finding, Occurrence, Sentence, SetResult, Version, VersionResult
from ..files.readers.text import paragraphs
from ..terms.termbase import Termbase, load_termbase
from ..files.textio import decode, sha256


def _version(path: Path, lang: str, is_source: bool) -> VersionResult:
    data = path.read_bytes()
    segs = paragraphs(decode(path, data))
    sentences = [Sentence(i, i, 0, len(s.text), s.text) for i, s in enumerate(segs)]
    v = Version(path, lang, segs, is_source=is_source, fmt="text", sha256=sha256(data))
    return VersionResult(v, sentences, [])


def _occurrences(vr: VersionResult, termbase: Termbase) -> None:
    terms = sorted(termbase.terms_for(vr.version.lang), key=lambda t: -len(t.text))
    for s in vr.sentences:
        low = s.text.casefold()
        taken: list[tuple[int, int]] = []
        for t in terms:
            i = low.find(t.text.casefold())
            while i >= 0:
                j = i + len(t.text)
                if not any(a < j and i < b for a, b in taken):
                    taken.append((i, j))
                    vr.occurrences.append(Occurrence(s.index, s.segment, i, j, s.text[i:j], t))
                i = low.find(t.text.casefold(), j)
    vr.occurrences.sort(key=lambda o: (o.sentence, o.start))


def build_set(folder: Path, source: list[str], target: list[str], lang: str = "vi",
              name: str = "demo", newline: str = "\n", bom: bool = False,
              termbase: Termbase | None = None) -> SetResult:
    """Write en.txt and <lang>.txt (line i of one translates line i of the
    other) and return the result an audit of them would give."""
    termbase = termbase or load_termbase()
    folder.mkdir(parents=True, exist_ok=True)
    src_path, tgt_path = folder / "en.txt", folder / f"{lang}.txt"
    src_path.write_bytes(newline.join(source).encode() + newline.encode())
    tgt_path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + newline.join(target).encode() + newline.encode())
    src, tgt = _version(src_path, "en", True), _version(tgt_path, lang, False)
    for vr in (src, tgt):
        _occurrences(vr, termbase)
    src.inferred = [(next(iter(o.concepts)), []) for o in src.occurrences]
    for k, occ in enumerate(tgt.occurrences):
        # the n-th term of a target line pairs with the n-th term of the source line
        s_occ = [o for o in src.occurrences if o.sentence == occ.sentence]
        t_occ = [o for o in tgt.occurrences if o.sentence == occ.sentence]
        match = s_occ[t_occ.index(occ)] if len(s_occ) == len(t_occ) else None
        concept = next(iter(match.concepts)) if match else None
        ev = [Evidence("source", "en.txt", src.sentences[occ.sentence].text, 0.9, match.surface)] if match else []
        tgt.inferred.append((concept, ev))
        if concept is None or concept in occ.concepts:
            continue
        dist = termbase.distinction(occ.term.distinction)
        preferred = dist.preferred(lang, concept)
        seg = tgt.version.segments[occ.segment]
        sent = tgt.sentences[occ.sentence]
        repl = preferred.text if preferred else None
        if repl and occ.surface[:1].isupper():
            repl = repl[:1].upper() + repl[1:]
        start = seg.offset + occ.start
        tgt.findings.append(Finding(
            file=str(tgt.version.path), lang=lang, start=start, end=start + len(occ.surface),
            term=occ.surface, concept=concept, replacement=repl,
            suggestion=(sent.text[:occ.start] + repl + sent.text[occ.end:]) if repl else None,
            kind="wrong-term", severity="major", confidence=0.9, evidence=ev,
            sentence=sent.text, unit=None, line=seg.line, sentence_start=seg.offset + sent.start,
            distinction=occ.term.distinction, id=f"{name}-{len(tgt.findings) + 1}"))
    groups = [AlignedGroup((i,), (i,), 0.9) for i in range(min(len(src.sentences), len(tgt.sentences)))]
    return SetResult(name, [src, tgt], {(0, 1): groups})

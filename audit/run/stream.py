"""A plain-text file checked alone, read window by window so that memory
holds a window of paragraphs and the findings' bookkeeping, never the file
(issue 19: 200 MB of text peaked at 3.1 GB when held whole).

The rules that look at the whole text see the same facts as when it is held
whole, gathered in passes over the file, each reading it from disk again:

0. its bytes: sha256, and every refusal `decode` makes (empty, binary, not
   valid in its encoding), in the same order;
1. the language (from its first paragraphs, as read_text and load_versions
   decide it), then per window: cue words (domain), the sentences around the
   terms (the sentence model's sample), the marks beside the program's own
   word (sense-alone), the votes for the file's sense of a term
   (wrong-sense), the orders of concepts its decided contrasts keep
   (text-alone);
2. per window, checked with those facts: whether anything is flagged, the
   first comparing flag, the words the text itself uses (own words), why it
   is about the difference (scope);
3. per window, the findings, numbered as the whole text numbers them.

Each window is checked with `MARGIN` paragraphs of context on either side
(the rules that read neighbouring paragraphs: definitions 3 apart, twin
headings 8 apart with 4 lines of body, a table's 12 rows, a weak cue's
partner word): its facts and findings are those of its own paragraphs
(`core`) only, so each is counted once. A file that fits one window is one
window, checked by the same code."""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from ..checks import Context, Flag, all_checks
from ..checks.direct import DirectCheck
from ..checks.sense_alone import sense_marks
from ..errors import InputError
from ..files.readers.text import _named, stream_paragraphs
from ..files.textio import lines, scan
from ..model import Finding, Observation, Segment, SetResult, Version, VersionResult
from ..terms.domain import SAMPLE, add_counts, as_seen_in, cue_counts, infer_counted
from ..terms.domain import given as given_domain
from ..terms.scope import Difference, Usage
from ..terms.suggest import own_from_counts
from ..text.languages import base_code
from ..text.matching import find_occurrences
from .pairs import compared, defined_apart, distinction_domain
from .pipeline import (_fix_sides, _merge, _one_side_per_collapse, _paired_finding, distinction_weight, split_versions,
                       supported, verify_decoding)

WINDOW = 2000           # paragraphs a window holds (its core)
WINDOW_CHARS = 1 << 18  # ... and about this many characters at most (long paragraphs)
MARGIN = 32             # paragraphs of context on each side
MARGIN_CHARS = 1 << 16  # ... of at most this many characters, beyond the nearest paragraph
HEAD = 2000             # paragraphs the decoding check reads (pipeline.verify_decoding)
STREAM_ABOVE = 8 << 20  # bytes above which `audit check` on one plain-text file streams it


def window_size() -> int:
    """Paragraphs per window: $AUDIT_TEXT_WINDOW (tests set a few), else WINDOW."""
    value = os.environ.get("AUDIT_TEXT_WINDOW", "")
    return int(value) if value.isdigit() and int(value) > 0 else WINDOW


def windows(segments: Iterator[Segment], size: int, margin: int = MARGIN) -> Iterator[tuple[list[Segment], range, int]]:
    """(the window's segments, the range of its core among them, the place of
    its first segment in the whole text). A core holds `size` paragraphs, or
    fewer where they pass WINDOW_CHARS; a margin `margin` paragraphs, or
    fewer where they pass MARGIN_CHARS (always the nearest one): memory is
    bounded by characters, whatever the paragraphs' length."""
    it = iter(segments)
    ahead: list[Segment] = []         # read, not yet in a core
    before: list[Segment] = []
    start = 0                         # the core's first segment in the whole text

    def read(n: int) -> None:
        ahead.extend(islice(it, max(0, n - len(ahead))))

    read(1)
    while ahead:
        n, chars = 0, 0
        while n < size and (n == 0 or chars < WINDOW_CHARS):
            read(n + 1)
            if n == len(ahead):
                break
            chars += len(ahead[n].text)
            n += 1
        read(n + margin)
        core, after = ahead[:n], _bounded(ahead[n:n + margin])
        yield before + core + after, range(len(before), len(before) + n), start - len(before)
        start += n
        before = _bounded((before + core)[::-1][:margin])[::-1] if margin else []
        del ahead[:n]
        read(1)


def _head(segments: Iterator[Segment]) -> list[Segment]:
    """The paragraphs the decoding and language checks read: the first HEAD,
    or fewer where they pass WINDOW_CHARS (a whole file on one line)."""
    head, chars = [], 0
    for seg in islice(segments, HEAD):
        if head and chars >= WINDOW_CHARS:
            break
        head.append(seg)
        chars += len(seg.text)
    return head


def _bounded(segments: list[Segment]) -> list[Segment]:
    """The first of `segments`, and those after it while MARGIN_CHARS allows."""
    kept, chars = [], 0
    for seg in segments:
        chars += len(seg.text)
        if kept and chars > MARGIN_CHARS:
            break
        kept.append(seg)
    return kept


@dataclass
class Whole:
    """The whole text's facts, as the checks read them (Context.whole)."""
    orders: dict[str, dict[tuple[str, str], int]] = field(default_factory=dict)
    named: dict[str, dict] = field(default_factory=dict)
    votes: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass
class Window:
    result: SetResult
    core: range
    base: int
    flags: dict[tuple[int, int], Flag]
    direct: list[tuple[int, Finding]]
    checks: dict[str, object]

    @property
    def vr(self) -> VersionResult:
        return self.result.versions[0]

    def in_core(self, k: int) -> bool:
        return self.vr.occurrences[k].segment in self.core

    def core_chars(self) -> range:
        """Where the core's paragraphs are in the file's text (finding offsets)."""
        segs = self.vr.version.segments
        after = self.core.stop
        return range(segs[self.core.start].offset, segs[after].offset if after < len(segs) else 1 << 62)


class StreamedCheck:
    """`audit check FILE` on one plain-text file, window by window. `prepare()`
    reads and judges the whole file (every refusal comes before any output);
    then `findings()` yields them in order and `observations` is filled."""

    def __init__(self, path: Path, lang: str | None, termbase, min_confidence: float, encoding: str | None,
                 force: bool, domain: str | None, notice: Callable[[str], None] | None = None,
                 progress: Callable[[str, int | None], None] | None = None, keep: Callable[[Finding], bool] | None = None,
                 size: int | None = None):
        self.path, self.lang, self.termbase = path, lang, termbase
        self.min_confidence, self.encoding, self.force, self.domain = min_confidence, encoding, force, domain
        self.notice, self.progress, self.keep = notice, progress, keep or (lambda f: True)
        self.size = size or window_size()
        self.whole = Whole()
        self.observations: list[Observation] = []
        self.segments = 0

    # -- reading --------------------------------------------------------
    def _version(self, segments: list[Segment]) -> Version:
        return Version(self.path, self.language, segments, fmt="text", sha256=self.sha256,
                       encoding=self.encoding or "")

    def _windows(self) -> Iterator[tuple[list[Segment], range, int]]:
        return windows(stream_paragraphs(self.path, self.encoding), self.size)

    def prepare(self) -> None:
        from ..text.langdetect import SAMPLE as LANG_SAMPLE, detect_language, verify_language
        from ..files.sets import check_language, language_from_name
        if self.domain:
            given_domain(self.domain)          # an unknown domain fails before any work
        self.lang = self.lang or language_from_name(self.path)
        if self.lang:
            check_language(self.lang, self.path)
        if self.progress:
            self.progress("reading", None)
        self.sha256 = scan(self.path, self.encoding)
        lang = self.lang or _named(self.path)
        if lang is None:
            prefix, n = [], 0
            for line, _ in lines(self.path, self.encoding):
                prefix.append(line)
                n += len(line)
                if n >= LANG_SAMPLE * 4:
                    break
            lang = detect_language("".join(prefix)[:LANG_SAMPLE * 4], self.path)
        self.language = lang
        head = self._version(_head(stream_paragraphs(self.path, self.encoding)))
        supported([head])
        bad = verify_decoding(head)
        if bad and not self.force:
            raise InputError(self.path, bad + "; give --encoding, or --force to audit it as it is")
        if bad and self.notice:
            self.notice(f"{self.path}: {bad}; audited as it is (--force)")
        if not self.force:
            verify_language(head)
        del head
        self._gather()
        self._kept()

    # -- one window -----------------------------------------------------
    def _check(self, segments: list[Segment], core: range, base: int, whole: Whole | None) -> Window:
        version = self._version(segments)
        [sentences] = split_versions([version])
        lang = base_code(version.lang)
        tb = self.termbase
        occs = find_occurrences(version, sentences, tb.terms_for(lang), tb.occurrence_only_for(lang),
                                tb.blockers_for(lang))
        vr = VersionResult(version, sentences, occs, [(None, []) for _ in occs])
        result = SetResult(self.path.name, [vr], {})
        ctx = Context(result, tb, None, [distinction_weight(vr)], whole=whole, core=core)
        flags: dict[tuple[int, int], Flag] = {}
        direct: list[tuple[int, Finding]] = []
        checks = {}
        for check in all_checks():
            checks[check.name] = check
            if isinstance(check, DirectCheck):
                if check.chosen(ctx):
                    direct.extend((vi, f) for vi, f in check.findings(ctx) if f.confidence >= self.min_confidence)
                continue
            for flag in check.run(ctx):
                key = (flag.version, flag.occurrence)
                flags[key] = _merge(flags[key], flag) if key in flags else flag
        return Window(result, core, base, flags, direct, checks)

    # -- pass 1: the facts the checks read ------------------------------
    def _gather(self) -> None:
        self.cues: dict[str, dict[str, int]] = {}
        self.sample: list[str] = []        # unique sentences around terms, of 3 words or more
        self.first: list[str] = []         # the first non-empty sentences
        seen: set[str] = set()
        lang = base_code(self.language)
        marked = [s for d in self.termbase.distinctions for s in d.senses if s.marks and s.terms.get(lang)]
        w = self.whole
        for segments, core, base in self._windows():
            win = self._check(segments, core, base, None)
            vr = win.vr
            mine = [s for s in vr.sentences if s.segment in core]
            add_counts(self.cues, cue_counts(s.text for s in mine))
            if len(self.first) < SAMPLE:
                self.first += [s.text for s in mine if s.text.strip()][:SAMPLE - len(self.first)]
            for o in vr.occurrences:
                text = vr.sentences[o.sentence].text
                if len(self.sample) < SAMPLE and o.segment in core and text not in seen \
                        and len(text.split()) >= 3:        # (only these are sampled: seen stays small)
                    seen.add(text)
                    self.sample.append(text)
            for sense in marked:
                w.named[sense.id] = sense_marks(segments[core.start:core.stop], lang, sense, w.named.get(sense.id))
            for d, counts in getattr(win.checks.get("text-alone"), "orders", {}).items():
                mine_counts = w.orders.setdefault(d, {})
                for order, n in counts.items():
                    mine_counts[order] = mine_counts.get(order, 0) + n
            for reading in getattr(win.checks.get("wrong-sense"), "readings", []):
                for did, tally in (reading.votes or {}).items():
                    total = w.votes.setdefault(did, dict.fromkeys(tally, 0))
                    for s, n in tally.items():
                        total[s] += n
            self.segments = base + core.stop

    # -- pass 2: what the flags say about the whole text ----------------
    def _kept(self) -> None:
        self.any_kept = False
        self.compared: str | None = None
        self.own_counts: Counter = Counter()
        self.difference = Difference()
        for segments, core, base in self._windows():
            win = self._check(segments, core, base, self.whole)
            vr = win.vr
            kept = {key: f for key, f in sorted(win.flags.items()) if f.confidence >= self.min_confidence}
            mine = {key: f for key, f in kept.items() if win.in_core(key[1])}
            self.any_kept = self.any_kept or bool(mine)
            if mine and self.compared is None:
                self.compared = compared(win.result, mine)
            self.own_counts.update(o.term for k, o in enumerate(vr.occurrences)
                                   if o.segment in core and (0, k) not in kept and not o.term.ambiguous)
            self.difference.add(vr, core, base)

    # -- pass 3: the findings -------------------------------------------
    def _choice(self):
        if self.domain:
            choice = given_domain(self.domain)
        elif self.any_kept:
            from ..align import Embedder
            choice = infer_counted(self.cues, self.sample, lambda: self.first, Embedder())
        else:
            choice = None
        about = (self.compared or defined_apart([self.difference.reasons()])) if self.any_kept and not self.domain else None
        if about:
            choice = distinction_domain(choice, about)
        return choice

    def findings(self) -> Iterator[Finding]:
        choice = self._choice()
        own = {0: own_from_counts(self.own_counts)}
        seen = as_seen_in(choice, (), self.cues) if choice else None
        times: dict[str, int] = {}
        usage = Usage()
        direct: list[Finding] = []
        if self.progress:
            self.progress("checking", None)

        def numbered(f: Finding) -> Finding:
            n = times[f.id] = times.get(f.id, 0) + 1
            if n > 1:       # the same sentence again in the file: the n-th one gets its own id
                f.id = "F" + hashlib.sha1(f"{f.id}#{n}".encode()).hexdigest()[:10]
            return f

        for segments, core, base in self._windows():
            win = self._check(segments, core, base, self.whole)
            results = win.result.versions
            kept = {key: f for key, f in sorted(win.flags.items()) if f.confidence >= self.min_confidence}
            kept = _fix_sides(results, kept, self.termbase, choice, own)
            chars = win.core_chars()
            paired = [_paired_finding(results[vi], k, flag, self.termbase, seen, own[vi])
                      for (vi, k), flag in kept.items() if win.in_core(k)]
            paired = [numbered(f) for f in paired if f.start in chars]
            direct += [f for _, f in win.direct if f.start in chars]
            for f in _one_side_per_collapse(paired, self.termbase, choice):
                if self.keep(f):
                    yield f
            usage.add(win.vr, {k for (_, k) in kept}, core)
        for f in _one_side_per_collapse([numbered(f) for f in direct], self.termbase, choice):
            if self.keep(f):
                yield f
        self.observations = usage.observations(self._version([]))

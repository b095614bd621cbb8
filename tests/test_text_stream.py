"""Plain text read window by window (audit.run.stream, issue 19) gives
exactly the findings and observations of the text read whole: ids, offsets,
texts, suggestions, confidence, notes. Checked with windows of one to a few
paragraphs (every rule that reads across paragraphs then crosses windows) on
the seed articles and the case sets' texts; and the streamed reader against
the whole-file reader (line breaks, BOMs, encodings, decoding errors)."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from audit.errors import InputError
from audit.files import textio
from audit.files.readers.text import paragraphs, stream_paragraphs
from audit.run.api import check_files
from audit.model import Segment
from audit.run.stream import StreamedCheck, windows
from audit.terms.termbase import load_termbase

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "corpora" / "client-vs-customer" / n for n in ("vi.txt", "ka.txt", "id.txt")] + [
    ROOT / "corpora" / "ru-client-or-customer.txt", ROOT / "corpora" / "vi-native-client-customer.txt"] + [
    ROOT / "tests" / "data" / "references" / "article" / n for n in ("id.txt", "ka.txt", "vi.txt")]
CASE_SETS = ["articles4", "heldout3", "generalisation", "generalisation_dev"]


def _cases(every: int) -> list[tuple[str, str, str]]:
    """(id, lang, text) of every `every`-th case of each case set."""
    out = []
    for name in CASE_SETS:
        path = ROOT / "tests" / "data" / name / "cases.jsonl"
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        out += [(f"{name}/{r['id']}", r["lang"], r["text"]) for r in rows[::every]]
    return out


@pytest.fixture(scope="module")
def termbase():
    return load_termbase()


def _whole(path: Path, lang: str, termbase):
    result = check_files(path, lang=lang, termbase=termbase)
    vr = result.versions[0]
    return [f.to_dict() for f in vr.findings], [o.to_dict() for o in vr.observations]


def _streamed(path: Path, lang: str, termbase, size: int):
    run = StreamedCheck(path, lang, termbase, _default_confidence(), None, False, None, size=size)
    run.prepare()
    found = [f.to_dict() for f in run.findings()]
    return found, [o.to_dict() for o in run.observations]


def _default_confidence() -> float:
    from audit.confidence import DEFAULT_MIN_CONFIDENCE
    return DEFAULT_MIN_CONFIDENCE


def _same(path: Path, lang: str, termbase, sizes=(1, 2, 5)) -> None:
    whole = _whole(path, lang, termbase)
    for size in sizes:
        assert _streamed(path, lang, termbase, size) == whole, f"{path.name}: window of {size} paragraphs"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_articles_streamed_as_whole(seed, termbase):
    lang = seed.stem.split("-")[0]      # vi.txt, ru-client-or-customer.txt
    found, _ = _whole(seed, lang, termbase)
    if seed.name == "vi.txt":
        assert found, "the Vietnamese seed has findings: the comparison must compare some"
    _same(seed, lang, termbase)


@pytest.mark.parametrize("case", _cases(every=7), ids=lambda c: c[0])
def test_case_texts_streamed_as_whole(case, termbase, tmp_path):
    name, lang, text = case
    path = tmp_path / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    _same(path, lang, termbase, sizes=(1, 3))


@pytest.mark.skipif(not os.environ.get("AUDIT_ALL_CASES"), reason="every case (several minutes): AUDIT_ALL_CASES=1")
def test_every_case_text_streamed_as_whole(termbase, tmp_path):
    for name, lang, text in _cases(every=1):
        path = tmp_path / f"{lang}.txt"
        path.write_text(text, encoding="utf-8")
        _same(path, lang, termbase, sizes=(1, 3))


def test_windows_cover_each_paragraph_once_with_context():
    segs = [Segment(f"p{k}", "x" * 10) for k in range(23)]
    seen = []
    for window, core, base in windows(iter(segs), 5, margin=3):
        assert window == segs[base:base + len(window)]
        seen += window[core.start:core.stop]
        assert core.start == min(3, base + core.start)          # context before, up to the margin
    assert seen == segs


def test_windows_and_margins_are_bounded_by_characters_too(monkeypatch):
    import audit.run.stream as stream
    monkeypatch.setattr(stream, "WINDOW_CHARS", 100)
    monkeypatch.setattr(stream, "MARGIN_CHARS", 50)
    segs = [Segment(f"p{k}", "x" * 40) for k in range(20)]
    seen = []
    for window, core, base in windows(iter(segs), 2000, margin=32):
        assert window == segs[base:base + len(window)]
        assert len(core) <= 3                                    # 3 x 40 characters pass 100
        assert core.start <= 1 and len(window) - core.stop <= 1    # only the nearest: two pass 50
        seen += window[core.start:core.stop]
    assert seen == segs


@pytest.mark.parametrize("encoding,given", [("utf-8", None), ("utf-8-sig", None), ("utf-16", None),
                                            ("cp1251", "cp1251")])
def test_streamed_paragraphs_are_the_whole_readers(tmp_path, monkeypatch, encoding, given):
    rng = random.Random(7)
    pieces = ["Клиент", "é", "\r", "\n", "\r\n", "\u2028", "\x85", " ", "abc", "\x0c", "\n\n"]
    for trial in range(60):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 50)))
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        path = tmp_path / "t.txt"
        path.write_bytes(data)
        monkeypatch.setattr(textio, "CHUNK", rng.randint(1, 9))      # pieces that cut characters and CRLFs
        assert list(stream_paragraphs(path, given)) == paragraphs(data.decode(given or encoding))


def test_a_line_too_long_to_be_a_paragraph_comes_in_the_same_pieces_streamed_or_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(textio, "LONG_LINE", 8)
    rng = random.Random(11)
    words = ["Клиент", "abc", " ", "  ", ". ", "! ", "é", "\n", "\r\n", "x" * 30]
    for trial in range(80):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 80)))
        path = tmp_path / "t.txt"
        path.write_bytes(text.encode("utf-8"))
        monkeypatch.setattr(textio, "CHUNK", rng.randint(1, 40))
        whole = paragraphs(text)
        assert list(stream_paragraphs(path, None)) == whole
        for seg in whole:
            assert text[seg.offset:seg.offset + len(seg.text)] == seg.text     # offsets as stored
            assert len(seg.text) <= 2 * 8 + 2
            assert seg.line == text[:seg.offset].count("\n") + 1


def test_a_long_line_is_cut_after_a_sentence_end(monkeypatch):
    monkeypatch.setattr(textio, "LONG_LINE", 10)
    line = "One two three. Four five six seven. Eight nine ten eleven twelve thirteen."
    parts = list(textio.pieces(line))
    assert "".join(parts) == line
    assert parts[0] == "One two three. " and all(len(p) <= 20 for p in parts[:-1])


@pytest.mark.parametrize("data,given", [(b"ok\n\xff\xfebad", None), (b"caf\xc3", None), (b"ok \x98", "cp1251"),
                                        (b"   \n\t", None), (b"a\x00b", None)])
def test_scan_refuses_as_decode_does(tmp_path, monkeypatch, data, given):
    path = tmp_path / "t.txt"
    path.write_bytes(data)
    monkeypatch.setattr(textio, "CHUNK", 2)
    with pytest.raises(InputError) as whole:
        textio.decode(path, data, given)
    with pytest.raises(InputError) as streamed:
        textio.scan(path, given)
    assert str(streamed.value) == str(whole.value)


def test_check_command_streams_with_the_same_output(tmp_path):
    """`audit check` with tiny windows ($AUDIT_TEXT_WINDOW) prints what it prints on the whole text."""
    seed = SEEDS[0]
    path = tmp_path / "vi.txt"
    path.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))         # CRLF: offsets count the CR
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("AUDIT_TEXT_WINDOW", None)
    cmd = [sys.executable, "-m", "audit", "check", str(path), "--format", "json"]
    whole = subprocess.run(cmd, capture_output=True, text=True, env=env)
    streamed = subprocess.run(cmd, capture_output=True, text=True, env={**env, "AUDIT_TEXT_WINDOW": "2"})
    assert whole.returncode == streamed.returncode == 1
    assert json.loads(whole.stdout)["findings"]
    assert streamed.stdout == whole.stdout


@pytest.mark.parametrize("name,data", [("ru.txt", (ROOT / "corpora" / "client-vs-customer" / "ka.txt").read_bytes()),
                                       ("vi.txt", b"ok\n\xc3(bad\n"), ("vi.txt", b" \n\n")])
def test_streamed_check_refuses_as_the_whole_one(tmp_path, name, data):
    """Bad input: the same one line and exit 2, streamed or not, and nothing on stdout."""
    path = tmp_path / name
    path.write_bytes(data)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("AUDIT_TEXT_WINDOW", None)
    cmd = [sys.executable, "-m", "audit", "check", str(path), "--format", "json"]
    whole = subprocess.run(cmd, capture_output=True, text=True, env=env)
    streamed = subprocess.run(cmd, capture_output=True, text=True, env={**env, "AUDIT_TEXT_WINDOW": "1"})
    assert whole.returncode == streamed.returncode == 2
    assert streamed.stderr == whole.stderr and streamed.stderr.count("\n") == 1
    assert streamed.stdout == whole.stdout == ""

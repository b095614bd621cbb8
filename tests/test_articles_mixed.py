"""Whole articles in which software and business sentences meet, and whose
translation is out of step with the source (bench/bench_articles.py builds
the same from the cross-version case sets)."""
import sys
from pathlib import Path

import audit
from audit.align import Embedder, align_pair
from audit.model import Version
from audit.files.readers.text import paragraphs
from audit.text.segment import split_version

ROOT = Path(__file__).resolve().parent.parent


def test_an_articles_email_clients_say_nothing_of_the_lawyers_clients(tmp_path, termbase):
    # in a PO file "Client name" among server strings is the program; in an
    # article each sentence's own words decide
    en = ("Install the email client and configure the IMAP server.\n\nThe SSH client connects to the server.\n\n"
          "The VPN client needs a certificate from the server.\n\n"
          "The lawyer advises the client, while the shop serves the customer.\n")
    ru = ("Установите почтовый клиент и настройте сервер IMAP.\n\nКлиент SSH подключается к серверу.\n\n"
          "Клиенту VPN нужен сертификат сервера.\n\n"
          "Юрист консультирует клиента, а магазин обслуживает клиента.\n")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "ru.txt").write_text(ru, encoding="utf-8")
    result = audit.check_files(tmp_path / "ru.txt", with_=[tmp_path / "en.txt"], source=tmp_path / "en.txt",
                               termbase=termbase)
    found = [f for v in result.versions if not v.version.is_source for f in v.findings]
    assert [(f.term, f.concept) for f in found] == [("клиента", "customer")]
    assert found[0].start == ru.rindex("клиента")


def test_a_lone_sentence_between_decided_pairs_needs_less_similarity():
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_articles import build
    from evaluate import load_cases
    cases = [c for c in load_cases(ROOT / "tests/data/generalisation/parallel.jsonl") if c["lang"] == "zh"]
    source, target, _ = build(cases)
    en = split_version(Version(Path("en.txt"), "en", paragraphs(source)))
    zh = split_version(Version(Path("zh.txt"), "zh", paragraphs(target)))
    i = next(s.index for s in en if s.text.startswith("The client signs a long-term contract"))
    j = next(s.index for s in zh if s.text.startswith("客户签订长期合同"))
    pairs = {(x, y) for g in align_pair(en, zh, Embedder(), [1] * len(en), [1] * len(zh)) for x in g.a for y in g.b}
    assert (i, j) in pairs          # cosine 0.84: a Chinese translation of English scores lower than 0.85


def test_a_sentence_the_source_has_no_counterpart_for_is_judged_alone(tmp_path, termbase):
    # the MT page carries a heading the source lacks: no source speaks for it, the pair rules do
    en = "Our firm advises businesses.\n\nWe answer within a day.\n"
    vi = ("Công ty chúng tôi tư vấn cho doanh nghiệp.\n\nSự khác biệt giữa khách hàng và khách hàng\n\n"
          "Chúng tôi trả lời trong vòng một ngày.\n")
    (tmp_path / "en.txt").write_text(en, encoding="utf-8")
    (tmp_path / "vi.txt").write_text(vi, encoding="utf-8")
    for align in ("meaning", "structure"):
        result = audit.check_files(tmp_path / "vi.txt", with_=[tmp_path / "en.txt"], source=tmp_path / "en.txt",
                                   termbase=termbase, align=align)
        found = [f for v in result.versions if not v.version.is_source for f in v.findings]
        assert [(f.term, f.kind) for f in found] == [("khách hàng", "self-collapse")], align

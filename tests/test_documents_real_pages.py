"""The seed articles inside real saved web pages (tests/data/documents/pages,
built by make_real_pages.py, sources and licences in pages/SOURCES.md): the
menus, sidebars, share bars, cookie pop-ups, comment threads and footers of
real pages drop out, the findings are the plain-text seeds' findings, and a
comment or a sidebar that collapses the pair itself is found only with
--whole-page."""
import html
import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit import check_files
from audit.cli import app
from audit.files.readers import read_file
from audit.files.readers import webpage
from audit.files.readers.webpage import read_blocks

ROOT = Path(__file__).parents[1]
PAGES = ROOT / "tests/data/documents/pages"
SET = ROOT / "corpora/client-vs-customer"
SEEDS = {"vi": SET / "vi.txt", "id": SET / "id.txt", "ka": SET / "ka.txt",
         "ru": ROOT / "corpora/ru-client-or-customer.txt", "vi-native": ROOT / "corpora/vi-native-client-customer.txt"}
PAGE = {"vi": "vi.creativecommons-de.html", "id": "id.creativecommons-org.html", "ka": "ka.wikimediafoundation.html",
        "ru": "ru.wikipedia-mozilla.html", "vi-native": "vi-native.grossefragen.html"}
BULLET = re.compile(r"^[•·-] ")
runner = CliRunner()

# chrome of each page, as saved: none of it is the article
CHROME = {
    "vi": ["Zum Inhalt springen", "Michael Blahm sagt:", "Tôi vẫn chưa rõ sự khác biệt giữa khách hàng và khách hàng.",
           "Kontakt und Spenden", "Really Simple Syndication", "Neueste Kommentare"],
    "id": ["Skip to content", "Search the Commons", "Search for:", "Use & remix"],
    "ka": ["Donate now", "Support Wikipedia", "Cookie statement", "Except where otherwise noted"],
    "ru": ["From Wikipedia, the free encyclopedia", "Клиент или клиент?", "Bugzilla", "Powered by MediaWiki"],
    "vi-native": ["Zum Inhalt springen", "Teilen mit:", "Khách hàng và khách hàng: có gì khác nhau?",
                  "Creative Commons Lizenzvertrag"],
}


def seed_lines(seed):
    """The seed's paragraphs as a page shows them: a bulleted line is a list item, without its bullet."""
    return [BULLET.sub("", " ".join(line.split())) for line in SEEDS[seed].read_text(encoding="utf-8").splitlines()
            if line.strip()]


def key(result):
    """What a finding says (word, concept, fix, sentence, kind), the plain text's bullets aside."""
    return sorted((f.lang, f.term, f.concept, f.replacement, BULLET.sub("", f.sentence), f.kind, f.severity)
                  for f in result.findings)


@pytest.mark.parametrize("seed", list(PAGE))
def test_real_page_gives_the_article_and_drops_its_chrome(seed):
    page = PAGES / PAGE[seed]
    v = read_file(page)[0]
    got = [s.text for s in v.segments]
    assert v.lang == ("vi" if seed == "vi-native" else seed) and v.fmt == "html"
    # the article's own image keeps its alt text (the Wikimedia post's lead image); nothing else is added
    assert [t for t in got if t != "Welcome back, Turkey!"] == seed_lines(seed)
    with webpage.whole_page():                              # --whole-page: the chrome is text too
        whole = " ".join(s.text for s in read_file(page)[0].segments)
    for text in CHROME[seed]:
        assert text in whole                                # it is on the page ...
        assert not any(text in t for t in got)              # ... and not in the article


def test_seed_set_findings_unchanged_in_real_pages():
    """vi, id and ka each inside another real page's chrome give the plain-text set's findings."""
    pages = check_files(PAGES / PAGE["vi"], with_=[PAGES / PAGE["id"], PAGES / PAGE["ka"]], align="structure")
    txt = check_files(SEEDS["vi"], with_=[SEEDS["id"], SEEDS["ka"]], align="structure")
    assert len(txt.findings) > 30
    assert key(pages) == key(txt)
    assert len(pages.findings) == len(txt.findings)
    # and `audit check` on the command line says the same (it reports the checked file, vi)
    out = {}
    for name, files in (("html", [PAGES / PAGE[s] for s in ("vi", "id", "ka")]), ("txt", [SEEDS[s] for s in ("vi", "id", "ka")])):
        res = runner.invoke(app, ["check", str(files[0]), "--with", str(files[1]), "--with", str(files[2]),
                                  "--format", "json", "--align", "structure"])
        assert res.exit_code == 1, res.output
        out[name] = sorted((f["term"], f.get("replacement"), BULLET.sub("", f["sentence"]))
                           for f in json.loads(res.stdout)["findings"])
    assert out["html"] == out["txt"] and len(out["txt"]) == sum(f.file.endswith("vi.txt") for f in txt.findings)


@pytest.mark.parametrize("seed", ["ru", "vi-native"])
def test_text_alone_findings_unchanged_in_real_pages(seed):
    pages, txt = check_files(PAGES / PAGE[seed]), check_files(SEEDS[seed])
    assert key(pages) == key(txt)
    assert bool(txt.findings) == (seed == "ru")             # the native Vietnamese article is a true negative


@pytest.mark.parametrize("seed", list(PAGE))
def test_finding_offsets_point_into_the_page_as_stored(seed):
    """start is the block's first character in the HTML as stored plus the word's
    place in the block's text; through the reader's character map the HTML
    there is the flagged word (entities decoded, tags left out)."""
    page = PAGES / PAGE[seed]
    with_ = [PAGES / PAGE[s] for s in ("id", "ka")] if seed == "vi" else []
    result = check_files(page, with_=with_, align="structure")
    findings = [f for f in result.findings if Path(f.file).name == page.name]
    assert bool(findings) == (seed in ("vi", "ka", "ru"))
    raw = page.read_bytes().decode("utf-8")                # as stored: the page has \r\n lines too
    blocks = {b.starts[0]: b for b in read_blocks(page)[0]}
    for f in findings:
        start = max(s for s in blocks if s <= f.start)
        block = blocks[start]
        i, j = f.start - start, f.end - start
        assert block.text[i:j] == f.term
        stored = raw[block.starts[i]:block.ends[j - 1]]
        assert html.unescape(re.sub(r"<[^>]*>", "", stored)) == f.term
        if block.starts[i] - start == i:                    # nothing but plain text before the word in its block
            assert raw[f.start:f.end] == f.term


def test_comment_and_sidebar_collapses_only_with_whole_page():
    """A reader's comment ("Khách hàng và khách hàng ...?"), the sidebar listing
    the post's own title and a Wikipedia navigation box naming "Клиент или
    клиент?" are not the article: found only when the whole page is read."""
    for seed, chrome_words in [("vi", "Tôi vẫn chưa rõ sự khác biệt giữa khách hàng và khách hàng."),
                               ("vi-native", "Khách hàng và khách hàng: có gì khác nhau?"),
                               ("ru", "Клиент или клиент?")]:
        page = str(PAGES / PAGE[seed])
        article = runner.invoke(app, ["check", page, "--format", "json", "--align", "structure"])
        whole = runner.invoke(app, ["check", page, "--format", "json", "--align", "structure", "--whole-page"])
        a = json.loads(article.stdout)["findings"] if article.stdout.strip() else []
        w = json.loads(whole.stdout)["findings"]
        assert not any(chrome_words in f["sentence"] for f in a), seed
        assert any(chrome_words in f["sentence"] for f in w), seed
        assert whole.exit_code == 1 and len(w) > len(a)


def test_audit_run_on_real_pages_as_a_corpus(tmp_path):
    """`audit run` over the pages gives the findings of `audit run` over the plain-text corpus."""
    html_corpus, txt_corpus = tmp_path / "html", tmp_path / "txt"
    (html_corpus / "client-vs-customer").mkdir(parents=True)
    (txt_corpus / "client-vs-customer").mkdir(parents=True)
    for seed in ("vi", "id", "ka"):
        shutil.copy(PAGES / PAGE[seed], html_corpus / "client-vs-customer" / f"{seed}.html")
        shutil.copy(SEEDS[seed], txt_corpus / "client-vs-customer" / f"{seed}.txt")
    for seed in ("ru", "vi-native"):
        shutil.copy(PAGES / PAGE[seed], html_corpus / PAGE[seed])
        shutil.copy(SEEDS[seed], txt_corpus / SEEDS[seed].name)
    out = {}
    for name, corpus in (("html", html_corpus), ("txt", txt_corpus)):
        res = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / f"rep-{name}"), "--formats", "json",
                                  "--align", "structure"])
        assert res.exit_code == 0, res.output
        data = json.loads((tmp_path / f"rep-{name}" / "findings.json").read_text(encoding="utf-8"))
        out[name] = sorted((f["lang"], f["term"], f["concept"], f.get("replacement"), BULLET.sub("", f["sentence"]),
                            f["kind"]) for f in data["findings"])
    assert len(out["txt"]) > 30
    assert out["html"] == out["txt"]

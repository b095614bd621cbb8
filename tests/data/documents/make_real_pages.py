"""Builds the seed articles inside real saved web pages (run once; the pages
are committed in pages/, their sources and licences in pages/SOURCES.md).

Each page is a real page as saved (menus, sidebars, share bars, cookie and
newsletter pop-ups, comment threads, footers, scripts and styles, all kept
byte for byte) whose own article text is replaced by a seed's: the title goes
where the page writes its title (its <h1> and <title>), each further line of
the seed becomes an element in the page's own markup for its body (its <p>,
its <h2>, its lists: a line opening with a bullet is a list item, without
the bullet), and <html lang> says the seed's language, as a translated page
would. A few chrome texts are changed to name the collapsed pair (a comment,
a sidebar entry listing the post itself), so that what the article reader
drops is tested on the very words it looks for.

The sources are read from the mirrors of their repositories (the search
tool's `fetch`: /work/.mirror/<owner>+<name>/repo) at the commits below.
"""
from __future__ import annotations

import re
import subprocess
from html import escape
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
MIRROR = Path("/work/.mirror")

SEEDS = {"vi": "corpora/client-vs-customer/vi.txt", "id": "corpora/client-vs-customer/id.txt",
         "ka": "corpora/client-vs-customer/ka.txt", "ru": "corpora/ru-client-or-customer.txt",
         "vi-native": "corpora/vi-native-client-customer.txt"}
BULLETS = ("• ", "· ", "- ")

TRAFILATURA = ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5")
READABILITY = ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba")

# name -> where the page comes from, which seed it carries, where its article
# body starts and ends (text markers: the body is what lies between them), its
# title as the page writes it, and how it marks up a paragraph, a heading and a list
PAGES = {
    "vi.creativecommons-de.html": dict(
        repo=TRAFILATURA, path="tests/cache/de.creativecommons.org.endlich.html", seed="vi",
        body=('<div class="entry-content">\n', "<div id='jp-relatedposts'"),
        title='<h1 class="entry-title">{}</h1>', old_title="Endlich wird es spannend: Die NC-Einschränkug nach deutschem Recht",
        p="<p>{}</p>\n", h="<h2>{}</h2>\n", ul="<ul>\n{}</ul>\n", li="<li>{}</li>\n",
        chrome=[  # a reader's comment and the sidebar's "recent posts", which lists the post itself
            ("<p>Warum nicht alles offen gestalten.</p>",
             "<p>Cảm ơn! Tôi vẫn chưa rõ sự khác biệt giữa khách hàng và khách hàng. Warum nicht alles offen gestalten.</p>"),
            ('cc-deutschland-chapter-und-ein-chapter-treffen-am-11-dezember/">Es gibt ein CC-Deutschland-Chapter! '
             "(und ein Chapter-Treffen am 11. Dezember)</a>",
             'cc-deutschland-chapter-und-ein-chapter-treffen-am-11-dezember/">{title}</a>'),
        ]),
    "id.creativecommons-org.html": dict(
        repo=TRAFILATURA, path="tests/cache/creativecommons.org.html", seed="id",
        body=('<div class="entry-content">\n', "</div>\n</article>"),
        title='<h1 class="entry-title">{}</h1>', old_title="What we do",
        p="<p>{}</p>\n", h="<h2>{}</h2>\n", ul="<ul>\n{}</ul>\n", li="<li>{}</li>\n",
        chrome=[]),
    "ka.wikimediafoundation.html": dict(
        repo=TRAFILATURA, path="tests/cache/wikimediafoundation.org.turkey.html", seed="ka",
        body=("\t\t<p>Today, on Wikipedia", "\t</article>"), body_keeps_start=False,
        title="<h1>{}</h1>", old_title="Access to Wikipedia restored in Turkey after more than two and a half years",
        p="<p>{}</p>\n", h="<h2>{}</h2>\n", ul="<ul>\n{}</ul>\n", li="<li>{}</li>\n",
        chrome=[]),
    "ru.wikipedia-mozilla.html": dict(
        repo=READABILITY, path="test/test-pages/wikipedia/source.html", seed="ru",
        body=('<div id="mw-content-text" lang="en" dir="ltr" class="mw-content-ltr">\n',
              '                <div role="navigation" class="navbox" aria-labelledby="Mozilla"'),
        title='<h1 id="firstHeading" class="firstHeading" lang="ru">{}</h1>', old_title="Mozilla",
        p="                <p>{}</p>\n",
        h='                <h2><span class="mw-headline" id="{id}">{}</span></h2>\n',
        ul="                <ul>\n{}                </ul>\n", li="                    <li>{}</li>\n",
        chrome=[  # the content language of the page, and a navigation box entry naming the pair
            ('<div id="mw-content-text" lang="en"', '<div id="mw-content-text" lang="ru"'),
            ('<h1 id="firstHeading" class="firstHeading" lang="en">', '<h1 id="firstHeading" class="firstHeading" lang="ru">'),
            ('<th scope="row" class="navbox-group">Origins</th>', '<th scope="row" class="navbox-group">Клиент или клиент?</th>'),
        ]),
    "vi-native.grossefragen.html": dict(
        repo=TRAFILATURA, path="tests/eval/grossefragen.wordpress.com.projekt.html", seed="vi-native",
        body=('<div class="entry-content">\n\t\t\t\t\t\t', '<div id="atatags-'),
        title='rel="bookmark">{}</a></h2>', old_title="Würde des Lebens &#8211; ein&nbsp;Projekt",
        p="<p>{}</p>\n", h="<h2>{}</h2>\n", ul="<ol>\n{}</ol>\n", li="<li>{}</li>\n",
        chrome=[  # a reader's comment collapsing the pair the article keeps apart
            ("<p><strong>Ist die Menschenwürde der Flüchtlinge in Deutschland gewährleistet?</strong></p>",
             "<p><strong>Khách hàng và khách hàng: có gì khác nhau?</strong></p>"),
        ]),
}


def source(repo: tuple[str, str], path: str) -> str:
    name, commit = repo
    git = MIRROR / name.replace("/", "+") / "repo"
    out = subprocess.run(["git", "-C", str(git), "show", f"{commit}:{path}"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def lines(seed: str) -> list[str]:
    return [line.strip() for line in (ROOT / SEEDS[seed]).read_text(encoding="utf-8").splitlines() if line.strip()]


def is_heading(line: str) -> bool:
    """A short line that ends no sentence is a heading ("Klien vs Pelanggan",
    "Apa perbedaan antara Klien dan Pelanggan?")."""
    return len(line) <= 70 and not line.endswith((".", "!", ":", ",", ";")) and not line.startswith(BULLETS)


def body(spec: dict, ls: list[str]) -> str:
    out, items = [], []

    def close_list():
        if items:
            out.append(spec["ul"].format("".join(items)))
            items.clear()

    for n, line in enumerate(ls):
        text = escape(line, quote=False)
        if line.startswith(BULLETS):
            items.append(spec["li"].format(escape(line[2:].strip(), quote=False)))
            continue
        close_list()
        if is_heading(line):
            out.append(spec["h"].format(text, id=f"s{n}"))
        else:
            out.append(spec["p"].format(text))
    close_list()
    return "".join(out)


def build(name: str, spec: dict) -> str:
    page = source(spec["repo"], spec["path"])
    ls = lines(spec["seed"])
    title = escape(ls[0], quote=False)
    start, end = spec["body"]
    i = page.index(start) + (len(start) if spec.get("body_keeps_start", True) else 0)
    j = page.index(end, i)
    page = page[:i] + body(spec, ls[1:]) + page[j:]
    for old, new in spec["chrome"]:
        assert old in page, (name, old)
        page = page.replace(old, new.format(title=title), 1)
    old = spec["title"].format(spec["old_title"])         # the page's heading of the article, once
    assert old in page, (name, old)
    page = page.replace(old, spec["title"].format(title), 1)
    page = re.sub(r"<title>.*?</title>", f"<title>{title}</title>", page, count=1, flags=re.S)
    # the page's metadata names the translated title too, as a translated page's does
    page = re.sub(r'(<meta (?:property|name)="(?:og:title|twitter:title|twitter:text:title)" content=")[^"]*"',
                  lambda m: m.group(1) + escape(ls[0]) + '"', page)
    lang = "vi" if spec["seed"] == "vi-native" else spec["seed"]
    page = re.sub(r'(<html\b[^>]*?\blang=")[^"]*"', rf'\g<1>{lang}"', page)
    return page


if __name__ == "__main__":
    (HERE / "pages").mkdir(exist_ok=True)
    for name, spec in PAGES.items():
        (HERE / "pages" / name).write_text(build(name, spec), encoding="utf-8", newline="")

"""Builds the seed articles as web pages (run once; the pages are committed).

`<name>.clean.html`: each non-empty line of the seed a paragraph (the first a
heading), nothing else: the seed as an HTML page.
`<name>.page.html`: the same article inside what a saved page carries: a
menu, a header, share buttons, a sidebar of related posts, a comment section
and a footer, scripts and styles that name the terms, entities for some
letters. Its article must give the same findings as the clean page.
"""
from html import escape
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
SEEDS = {"id": "corpora/client-vs-customer/id.txt", "ka": "corpora/client-vs-customer/ka.txt",
         "vi": "corpora/client-vs-customer/vi.txt", "ru": "corpora/ru-client-or-customer.txt"}
JUNK = {
    "vi": ["Trang chủ", "Kinh doanh", "Liên hệ", "Chia sẻ trên Facebook", "Bài viết liên quan",
           "Sự khác biệt giữa khách hàng và người tiêu dùng", "Bình luận", "Hay quá, cảm ơn khách hàng!",
           "© 2024 Bản quyền. Mọi quyền được bảo lưu."],
    "id": ["Beranda", "Bisnis", "Kontak", "Bagikan ke Facebook", "Artikel terkait",
           "Perbedaan antara pelanggan dan konsumen", "Komentar", "Terima kasih, sangat membantu klien saya!",
           "© 2024 Hak cipta dilindungi."],
    "ka": ["მთავარი", "ბიზნესი", "კონტაქტი", "გაზიარება Facebook-ზე", "მსგავსი სტატიები",
           "განსხვავება მომხმარებელსა და მყიდველს შორის", "კომენტარები", "მადლობა, კლიენტი კმაყოფილია!",
           "© 2024 ყველა უფლება დაცულია."],
    "ru": ["Главная", "Бизнес", "Контакты", "Поделиться в Facebook", "Похожие статьи",
           "Разница между клиентом и потребителем", "Комментарии", "Спасибо, клиент доволен!",
           "© 2024 Все права защищены."],
}


def paragraphs(lang: str) -> list[str]:
    return [l for l in (ROOT / SEEDS[lang]).read_text(encoding="utf-8").splitlines() if l.strip()]


def clean(lang: str) -> str:
    ps = paragraphs(lang)
    body = "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in ps[1:])
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{escape(ps[0])}</title></head>\n'
            f"<body>\n<h1>{escape(ps[0], quote=False)}</h1>\n{body}\n</body>\n</html>\n")


def page(lang: str) -> str:
    j = JUNK[lang]
    ps = paragraphs(lang)
    # some letters as entities, as older CMSs write them
    body = "\n".join(f"<p>{escape(p, quote=False).replace('à', '&agrave;').replace('é', '&#233;')}</p>"
                     for p in ps[1:])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{escape(ps[0])} | Blog</title>
<style>.menu {{ color: red }} /* {escape(j[5])} */</style>
<script>var title = "{j[5]}"; window.dataLayer = [];</script>
</head>
<body>
<header><div class="logo"><a href="/">Blog</a></div>
<nav class="menu"><ul><li><a href="/">{j[0]}</a></li><li><a href="/b">{j[1]}</a></li><li><a href="/c">{j[2]}</a></li></ul></nav>
</header>
<div class="ad"><a href="https://ads.example/"><img src="ad.png" alt="Ad"></a></div>
<main>
<article>
<h1>{escape(ps[0], quote=False)}</h1>
<div class="share"><a href="#">{j[3]}</a> · <a href="#">Twitter</a></div>
<div class="entry-content">
{body}
</div>
</article>
<aside class="related"><h3>{j[4]}</h3><ul><li><a href="/x">{j[5]}</a></li></ul></aside>
<section id="comments" class="comments"><h3>{j[6]}</h3>
<div class="comment"><p class="author">Anna</p><p>{j[7]}</p></div>
</section>
</main>
<footer><p>{j[8]}</p></footer>
<script>document.write("{j[5]}");</script>
</body>
</html>
"""


if __name__ == "__main__":
    for lang in SEEDS:
        (HERE / "seeds").mkdir(exist_ok=True)
        (HERE / "seeds" / f"{lang}.clean.html").write_text(clean(lang), encoding="utf-8")
        (HERE / "seeds" / f"{lang}.page.html").write_text(page(lang), encoding="utf-8")

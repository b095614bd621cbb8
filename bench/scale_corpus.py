"""Translation memories of any size for the scale benchmark and the parallel
tests, written as TMX (for the tool) and as PO with the same units (for
translate-toolkit's poconflicts).

The units cycle through the real Russian PO files in tests/data/realworld
(frappe-helpdesk and tryton-sale, licences beside them), each made unique with
its number, and every 50th unit is one of a few seed-like sentences where the
translation collapses client and customer ("между клиентом и клиентом"), or
one of two definitions of the same word side by side, so the checks have
something to find throughout the file.
"""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
REAL = [ROOT / "tests/data/realworld/frappe-helpdesk/ru.po", ROOT / "tests/data/realworld/tryton-sale/ru.po"]

COLLAPSES = [
    ("The difference between a client and a customer", "Разница между клиентом и клиентом"),
    ("Client or customer?", "Клиент или клиент?"),
    ("Our clients and customers trust us.", "Наши клиенты и клиенты доверяют нам."),
    ("Client: someone who receives professional services.", "Клиент: тот, кто получает профессиональные услуги."),
    ("Customer: someone who buys goods.", "Клиент: тот, кто покупает товары."),
    ("Ask the customer to confirm the order.", "Попросите клиента подтвердить заказ."),
]
EVERY = 50


def real_units() -> list[tuple[str, str]]:
    from translate.storage import factory
    pairs = []
    for path in REAL:
        for u in factory.getobject(str(path)).units:
            if u.isheader() or u.hasplural() or not u.source or not u.target or u.isfuzzy():
                continue
            if "\n" in u.source or "\n" in u.target:
                continue
            pairs.append((str(u.source), str(u.target)))
    return pairs


def units(n: int) -> list[tuple[str, str, str]]:
    """(id, source, target) for n units; the same n always gives the same units."""
    real = real_units()
    out = []
    for i in range(n):
        slot = i % EVERY - (EVERY - 2)       # the last two units of every EVERY: a pair of specials
        if slot >= 0:
            src, tgt = COLLAPSES[(i // EVERY) % (len(COLLAPSES) // 2) * 2 + slot]
        else:
            src, tgt = real[i % len(real)]
        out.append((f"u{i}", f"{src} [{i}]", f"{tgt} [{i}]"))
    return out


def write_tmx(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
                '<header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="none" '
                'adminlang="en" srclang="en" datatype="plaintext"/>\n<body>\n')
        for uid, src, tgt in rows:
            f.write(f'<tu tuid="{uid}"><tuv xml:lang="en"><seg>{escape(src)}</seg></tuv>'
                    f'<tuv xml:lang="ru"><seg>{escape(tgt)}</seg></tuv></tu>\n')
        f.write("</body>\n</tmx>\n")
    return path


def _po_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_po(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        f.write('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ru\\n"\n\n')
        for uid, src, tgt in rows:
            f.write(f"#. {uid}\nmsgid {_po_str(src)}\nmsgstr {_po_str(tgt)}\n\n")
    return path

"""The domain a text belongs to (legal, business, retail...), which decides
the words a replacement may use: a lawyer's word for "client" (vi thân chủ,
de Mandant, tr müvekkil) is wrong for an agency's client in a project tool.

The domain is taken from `--domain`, else inferred: first from cue words
(several languages, word starts so that inflected forms count), and where
they do not settle it, from the bundled sentence model: the text's sentences
against a short description of each domain.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Iterable

import regex

from ..errors import InputError

if TYPE_CHECKING:     # numpy loads with the sentence model, not with every `audit check`
    import numpy as np


@dataclass(frozen=True)
class Domain:
    name: str
    description: str             # what the sentence model compares the text with
    cues: tuple[str, ...]        # word starts, any language, casefolded
    fallback: str = ""           # where its own terms stop, the domain whose words it uses


DOMAINS: dict[str, Domain] = {d.name: d for d in [
    Domain("legal", "Legal and professional services: a law firm, a lawyer or attorney and the client they "
                    "represent, courts, cases, contracts, notaries, tax advisers and accountants.",
           ("lawyer", "attorney", "law firm", "legal", "court", "lawsuit", "litigat", "solicitor", "barrister",
            "notar", "tax advis", "luật sư", "tòa án", "toà án", "pháp lý", "vụ kiện", "công ty luật",
            "văn phòng luật", "bị cáo", "адвокат", "юрист", "юридич", "судебн", "нотариус",
            "anwalt", "anwält", "kanzlei", "gericht", "klage", "steuerberat", "juristisch", "avukat",
            "mahkeme", "dava", "hukuk", "noter")),
    Domain("healthcare", "Healthcare, therapy and social care: doctors, patients, clinics, hospitals, "
                         "psychologists and counsellors and the people they treat.",
           ("doctor", "patient", "therap", "clinic", "hospital", "counsell", "counselor", "psycholog", "nurse", "medical",
            "bác sĩ", "bệnh nhân", "trị liệu", "phòng khám", "bệnh viện", "tâm lý", "врач", "пациент",
            "терап", "клиник", "больниц", "психолог", "arzt", "ärzt", "klinik", "krankenhaus", "doktor", "hasta", "terapi", "psikolog")),
    Domain("business", "Business services and agencies: projects for clients, consulting, marketing campaigns, "
                       "proposals, timesheets, invoices for work done, account managers and B2B relationships.",
           ("agency", "project", "consult", "campaign", "marketing", "proposal", "deliverable", "freelanc",
            "timesheet", "invoice", "account manager", "retainer", "b2b", "dự án", "chiến dịch", "tiếp thị",
            "đại lý", "doanh nghiệp", "hóa đơn", "проект", "агентств", "маркетинг", "кампани", "консалт",
            "фриланс", "счёт-фактур", "agentur", "projekt", "kampagne", "rechnung", "angebot", "ajans",
            "proje", "kampanya", "pazarlama", "danışmanlık", "fatura")),
    Domain("retail", "Retail and e-commerce: a shop or online store, products, a shopping cart, checkout, "
                     "orders, prices, discounts, delivery and shipping to the people who buy.",
           ("shop", "online store", "webshop", "cart", "checkout", "product", "purchase", "discount", "deliver", "shipping",
            "e-commerce", "ecommerce", "retail", "cửa hàng", "giỏ hàng", "đơn hàng", "sản phẩm", "giảm giá",
            "giao hàng", "магазин", "корзин", "товар", "скидк", "доставк", "laden", "warenkorb", "bestellung",
            "produkt", "rabatt", "lieferung", "versand", "mağaza", "sepet", "sipariş", "ürün", "indirim",
            "teslimat", "kargo")),
    Domain("finance", "Banking, insurance and finance: bank accounts, loans, credit, deposits, policies and "
                      "investments.",
           ("bank", "loan", "credit", "insuranc", "deposit", "investment", "mortgage", "ngân hàng", "khoản vay",
            "bảo hiểm", "банк", "кредит", "страхов", "вклад", "kredit", "versicherung", "darlehen", "banka",
            "kredi", "sigorta")),
    Domain("software", "Software and networking: servers and clients, protocols, APIs, certificates, "
                       "connections, databases, configuration and settings.",
           ("server", "api", "oauth", "ssl", "tls", "http", "protocol", "certificat", "database", "proxy",
            "socket", "ssh", "ftp", "vpn", "encrypt", "máy chủ", "giao thức", "chứng chỉ", "сервер",
            "протокол", "сертификат", "соединени", "zertifikat", "verbindung", "protokoll", "sunucu",
            "sertifika", "bağlantı"), fallback="business"),
    Domain("general", "A general article for a wide audience about everyday life, work, money and shopping.", ()),
]}

CUE_MIN = 3            # cue words needed before they decide alone
CUE_LEAD = 1.5         # ... and by how much the first must lead the second
SAMPLE = 40            # sentences the sentence model reads
MODEL_MARGIN = 0.01    # the model's first domain must lead by this much, else the text is general


@dataclass(frozen=True)
class DomainChoice:
    name: str
    reason: str          # why: "--domain", the cue words, or the model's similarity
    also: tuple[str, ...] = ()    # domains whose words serve next (a text about the distinction: its cues' domain)

    def lookup_order(self) -> list[str]:
        """The domain, then the ones it falls back on."""
        order = [self.name, *self.also]
        for name in list(order):
            d = DOMAINS.get(name)
            if d and d.fallback:
                order.append(d.fallback)
        return list(dict.fromkeys(order))


def given(name: str | DomainChoice, reason: str = "given with --domain") -> DomainChoice:
    """The domain named with --domain (or in a project profile, whose choice
    comes with its own reason), in any letter case ("Legal" is legal)."""
    if isinstance(name, DomainChoice):
        name, reason = name.name, name.reason
    key = name.strip().casefold()
    if key not in DOMAINS:
        raise InputError(None, f"unknown domain {name!r} (known: {', '.join(DOMAINS)})")
    return DomainChoice(key, reason)


@lru_cache(maxsize=None)
def _cue_pattern(cue: str) -> regex.Pattern:
    # a word start: "адвокат" counts in "адвоката", "proje" in "projeler"
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(cue)}", regex.IGNORECASE)


CUE_REASON = "cue words"
_CUES_SAID = regex.compile(r"cue words \([^()]*\)")
CUE_CHUNK = 20_000      # texts joined at a time: a million-unit file is never one string (three, with its copies)


def cue_counts(texts: Iterable[str]) -> dict[str, dict[str, int]]:
    """domain -> cue -> hits, over all texts. Counted chunk by chunk: no cue
    spans the newline between two texts, so the sums are the whole join's."""
    hits = {d.name: dict.fromkeys(d.cues, 0) for d in DOMAINS.values()}
    rest = iter(texts)
    while chunk := list(islice(rest, CUE_CHUNK)):
        joined = unicodedata.normalize("NFC", "\n".join(chunk)).casefold()   # NFD text has the same cues
        for d in DOMAINS.values():
            counts = hits[d.name]
            for c in counts:
                # cues are casefolded, like the text: one absent as a plain
                # substring cannot match, and most cues are absent from a file
                if c not in joined and c == c.casefold():
                    continue
                counts[c] += len(_cue_pattern(c).findall(joined))
    return {name: {c: n for c, n in counts.items() if n} for name, counts in hits.items()}


_DESCRIPTION_VECTORS: dict[str, np.ndarray] = {}


def _descriptions(embedder) -> tuple[list[str], np.ndarray]:
    import numpy as np
    names = list(DOMAINS)
    missing = [n for n in names if n not in _DESCRIPTION_VECTORS]
    if missing:
        for n, vec in zip(missing, embedder.vectors([DOMAINS[n].description for n in missing])):
            _DESCRIPTION_VECTORS[n] = vec
    return names, np.stack([_DESCRIPTION_VECTORS[n] for n in names])


def _cue_words(counts: dict[str, int]) -> str:
    return ", ".join(f"{c} {n}" for c, n in sorted(counts.items(), key=lambda x: -x[1])[:4])


def as_seen_in(choice: DomainChoice, texts: Iterable[str], counts: dict[str, dict[str, int]] | None = None) -> DomainChoice:
    """The set's domain as one version explains it: where cue words decided
    (the domain, or the cue domain of a text about the distinction), this
    version's own cue words for it (a Georgian file's findings are not
    explained by the Vietnamese file's "bác sĩ"), or a note that it has none
    and the set's other versions decided. `counts`: cue_counts(texts), where
    already counted (a text read window by window)."""
    said = _CUES_SAID.search(choice.reason)
    cue_domain = choice.name if choice.reason.startswith(CUE_REASON) else next(iter(choice.also), None)
    if said is None or cue_domain is None:
        return choice
    own = (_in_cue_order(counts) if counts is not None else cue_counts(texts)).get(cue_domain, {})
    words = (f"{CUE_REASON} ({_cue_words(own)})" if own
             else f"no cue words of its own; the other versions' {said.group(0)}")
    return replace(choice, reason=choice.reason[:said.start()] + words + choice.reason[said.end():])


def infer(texts: Iterable[str], sample: list[str], embedder=None) -> DomainChoice:
    """The domain of a text: `texts` are all its sentences (for cue words; any
    iterable that can be read twice, a list or audit.text.compact.Texts),
    `sample` the ones the sentence model reads (those around the terms first)."""
    return infer_counted(cue_counts(texts), sample, lambda: texts, embedder)


def add_counts(total: dict[str, dict[str, int]], counts: dict[str, dict[str, int]]) -> None:
    """Add one part's cue_counts to the whole text's (the counts of a join are the sum of its parts')."""
    for name, hits in counts.items():
        mine = total.setdefault(name, {})
        for cue, n in hits.items():
            mine[cue] = mine.get(cue, 0) + n


def _in_cue_order(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Summed counts in the order cue_counts gives them (ties are named in that order)."""
    return {d.name: {c: counts[d.name][c] for c in d.cues if counts.get(d.name, {}).get(c)}
            for d in DOMAINS.values()}


def infer_counted(counts: dict[str, dict[str, int]], sample: list[str], texts, embedder=None) -> DomainChoice:
    """`infer` on cue counts already made; `texts()` gives the sentences again
    (only their first non-empty ones are read, where the sample has too few words)."""
    counts = _in_cue_order(counts)
    totals = sorted(((sum(c.values()), name) for name, c in counts.items()), reverse=True)
    (top, first), (second, _) = totals[0], totals[1]
    if top >= CUE_MIN and top >= CUE_LEAD * second:
        return DomainChoice(first, f"{CUE_REASON} ({_cue_words(counts[first])})")
    sample = [s for s in sample if len(s.split()) >= 3][:SAMPLE] or list(islice((s for s in texts() if s.strip()), SAMPLE))
    if embedder is None or not sample:
        return DomainChoice("general", "no cue words and no sentences to compare")
    import numpy as np
    names, desc = _descriptions(embedder)
    centre = embedder.vectors(sample).mean(axis=0)
    sims = desc @ (centre / (np.linalg.norm(centre) or 1.0))
    order = np.argsort(-sims)
    best, runner = names[order[0]], names[order[1]]
    cue_note = f"; cue words: {', '.join(f'{n} {t}' for t, n in totals if t)}" if top else ""
    if sims[order[0]] - sims[order[1]] < MODEL_MARGIN:
        return DomainChoice("general", f"sentence model undecided ({best} {sims[order[0]]:.3f}, "
                                       f"{runner} {sims[order[1]]:.3f}){cue_note}")
    return DomainChoice(best, f"sentence model: closest to the {best} description "
                              f"({sims[order[0]]:.3f}, next {runner} {sims[order[1]]:.3f}){cue_note}")

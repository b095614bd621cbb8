#!/usr/bin/env python3
"""Write cases.jsonl (texts alone) and parallel.jsonl (an English source and
its MT) for the languages added in one go: fi, da, nb (also as "no"), sk, ca.

The format is tests/data/generalisation's (see its README): the wrong
occurrences are marked in place, [[word|cl]] should be the client,
[[word|cu]] the customer, [[word|sw]] the client program; a symmetric collapse
("X vs X") marks nothing (any occurrence counts). Where one word is the normal
rendering of both concepts (fi asiakas, da/nb kunde, ca client) a fix on either
side restores the distinction, so both sides are marked.

Written by hand, before the tool knew these languages, and committed before
it was run on them (see README.md for the untuned figures).

Usage: python tests/data/newlangs/build_cases.py
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[(.+?)\|(cl|cu|sw)\]\]")
CONCEPT = {"cl": "client", "cu": "customer", "sw": "software-client"}
TEXTS: list[dict] = []
PARALLEL: list[dict] = []


def unmark(marked: str) -> tuple[str, list[dict]]:
    marked = unicodedata.normalize("NFC", marked)
    text, wrong, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        wrong.append({"start": start, "end": len(text), "concept": CONCEPT[m.group(2)]})
        pos = m.end()
    return text + marked[pos:], wrong


def C(lang, pattern, marked, gloss, intended):
    text, wrong = unmark(marked)
    TEXTS.append({"lang": lang, "pattern": pattern, "collapsed": True, "text": text, "wrong": wrong,
                  "gloss": gloss, "intended": intended})


def L(lang, pattern, text, gloss, intended="(same)"):
    TEXTS.append({"lang": lang, "pattern": pattern, "collapsed": False, "text": text, "wrong": [],
                  "gloss": gloss, "intended": intended})


def P(lang, domain, source, marked, collapsed=None):
    text, wrong = unmark(marked)
    PARALLEL.append({"lang": lang, "source": source, "text": text,
                     "collapsed": bool(wrong) if collapsed is None else collapsed, "wrong": wrong, "domain": domain})


# ---- Finnish: asiakas covers both; päämies a lawyer's client, toimeksiantaja the one who commissions work, ostaja the buyer
C("fi", "between", "Mikä on asiakkaan ja asiakkaan ero?",
  "What is the difference between customer and customer?", "What is the difference between a client and a customer?")
C("fi", "vs", "Asiakas vs. asiakas: mikä ero niillä on?",
  "Customer vs. customer: what is the difference between them?", "Client vs. customer: ...")
C("fi", "contrast-connective",
  "[[Asiakas|cl]] saa asianajajalta pitkäaikaista ammatillista neuvontaa, kun taas [[asiakas|cu]] ostaa tuotteen kaupasta vain kerran.",
  "The customer gets long-term professional advice from a lawyer, while the customer buys a product in a shop only once.",
  "The client gets long-term professional advice from a lawyer, while the customer buys a product in a shop only once.")
C("fi", "both", "Palvelemme sekä asiakkaita että asiakkaita.",
  "We serve both customers and customers.", "We serve both clients and customers.")
C("fi", "twin-definitions",
  "[[Asiakas|cl]]: henkilö tai yritys, joka saa ammatillisia palveluja tai neuvontaa pitkäaikaisessa suhteessa.\n"
  "[[Asiakas|cu]]: henkilö, joka ostaa tavaroita tai palveluja kaupasta.",
  "Customer: a person or company receiving professional services or advice in a long-term relationship. / Customer: a person who buys goods or services from a shop.",
  "Client: ... / Customer: ...")
C("fi", "tautology", "Kaikki asiakkaat ovat asiakkaita, mutta kaikki asiakkaat eivät ole asiakkaita.",
  "All customers are customers, but not all customers are customers.", "All customers are clients, but not all clients are customers.")
L("fi", "other-legit", "Asianajaja edustaa päämiestään oikeudessa, ja kauppa palvelee asiakkaitaan.",
  "The lawyer represents his principal in court, and the shop serves its customers.")
L("fi", "software", "Sähköpostiasiakas muodostaa yhteyden palvelimeen. Asiakas lähettää pyynnön, ja palvelin vastaa asiakkaalle.",
  "The email client connects to the server. The client sends a request and the server answers the client.")
L("fi", "one-concept", "Asiakas voi palauttaa tuotteen 30 päivän kuluessa. Jokainen asiakas saa kuitin.",
  "The customer can return the product within 30 days. Every customer gets a receipt.")
L("fi", "from-to-idiom", "Tarpeet vaihtelevat asiakkaasta asiakkaaseen.", "The needs vary from customer to customer.")
L("fi", "modifier", "Palvelemme sekä uusia asiakkaita että vakituisia asiakkaita.",
  "We serve both new customers and regular customers.")

# ---- Danish: kunde covers both; klient the lawyer's or social services' client, køber the buyer
C("da", "title-continues", "Kunde og kunde – hvad er forskellen?",
  "Customer and customer – what is the difference?", "Client and customer – what is the difference?")
C("da", "vs", "Kunde vs. kunde: to forskellige begreber",
  "Customer vs. customer: two different concepts", "Client vs. customer: two different concepts")
C("da", "contrast-connective",
  "En [[kunde|cu]] køber en vare én gang i butikken, mens en [[kunde|cl]] får løbende juridisk rådgivning fra sin advokat.",
  "A customer buys an item once in the shop, while a customer gets ongoing legal advice from his lawyer.",
  "A customer buys ..., while a client gets ongoing legal advice from his lawyer.")
C("da", "both", "Vi betjener både kunder og kunder.", "We serve both customers and customers.",
  "We serve both clients and customers.")
C("da", "twin-definitions",
  "[[Kunde|cl]]: en person eller virksomhed, der modtager professionelle tjenester eller rådgivning over længere tid.\n"
  "[[Kunde|cu]]: en person, der køber varer eller tjenester i en butik.",
  "Customer: a person or company receiving professional services or advice over a long time. / Customer: a person who buys goods or services in a shop.",
  "Client: ... / Customer: ...")
L("da", "other-legit", "Advokaten repræsenterer sin klient i retten, og butikken betjener sine kunder.",
  "The lawyer represents his client in court, and the shop serves its customers.")
L("da", "software", "E-mailklienten opretter forbindelse til serveren. Klienten sender en anmodning, og serveren svarer klienten.",
  "The email client connects to the server. The client sends a request and the server answers the client.")
L("da", "one-concept", "Kunden kan returnere varen inden for 30 dage. Alle kunder får en kvittering.",
  "The customer can return the item within 30 days. All customers get a receipt.")
L("da", "from-to-idiom", "Behovene varierer fra kunde til kunde.", "The needs vary from customer to customer.")

# ---- Norwegian Bokmål: as Danish (kunde; klient; kjøper); one case labelled "no", the code many files use
C("nb", "title-continues", "Kunde og kunde – hva er forskjellen?",
  "Customer and customer – what is the difference?", "Client and customer – what is the difference?")
C("no", "vs", "Kunde vs. kunde: to ulike begreper",
  "Customer vs. customer: two different concepts", "Client vs. customer: two different concepts")
C("nb", "contrast-connective",
  "En [[kunde|cu]] kjøper en vare én gang i butikken, mens en [[kunde|cl]] får løpende juridisk rådgivning fra advokaten sin.",
  "A customer buys an item once in the shop, while a customer gets ongoing legal advice from his lawyer.",
  "A customer buys ..., while a client gets ongoing legal advice from his lawyer.")
C("nb", "both", "Vi betjener både kunder og kunder.", "We serve both customers and customers.",
  "We serve both clients and customers.")
C("nb", "twin-definitions",
  "[[Kunde|cl]]: en person eller virksomhet som mottar profesjonelle tjenester eller rådgivning over lang tid.\n"
  "[[Kunde|cu]]: en person som kjøper varer eller tjenester i en butikk.",
  "Customer: a person or company receiving professional services or advice over a long time. / Customer: a person who buys goods or services in a shop.",
  "Client: ... / Customer: ...")
L("nb", "other-legit", "Advokaten representerer klienten sin i retten, og butikken betjener kundene sine.",
  "The lawyer represents his client in court, and the shop serves its customers.")
L("nb", "software", "E-postklienten kobler seg til serveren. Klienten sender en forespørsel, og serveren svarer klienten.",
  "The email client connects to the server. The client sends a request and the server answers the client.")
L("nb", "one-concept", "Kunden kan returnere varen innen 30 dager. Alle kunder får en kvittering.",
  "The customer can return the item within 30 days. All customers get a receipt.")
L("nb", "from-to-idiom", "Behovene varierer fra kunde til kunde.", "The needs vary from customer to customer.")

# ---- Slovak: klient the client, zákazník the customer (kept apart, as in Czech)
C("sk", "between", "Rozdiel medzi klientom a klientom", "The difference between client and client",
  "The difference between a client and a customer")
C("sk", "vs", "Zákazník vs. zákazník: aký je rozdiel?", "Customer vs. customer: what is the difference?",
  "Client vs. customer: what is the difference?")
C("sk", "contrast-connective",
  "Klient dostáva od advokáta dlhodobé odborné poradenstvo, zatiaľ čo [[klient|cu]] si v obchode raz kúpi tovar.",
  "The client gets long-term expert advice from the lawyer, while the client buys goods in the shop once.",
  "The client gets ..., while the customer buys goods in the shop once.")
C("sk", "both", "Slúžime klientom aj klientom.", "We serve clients and clients.", "We serve clients and customers.")
L("sk", "other-legit", "Advokát zastupuje svojho klienta na súde a obchod obsluhuje svojich zákazníkov.",
  "The lawyer represents his client in court and the shop serves its customers.")
L("sk", "software", "E-mailový klient sa pripojí k serveru. Klient odošle požiadavku a server klientovi odpovie.",
  "The email client connects to the server. The client sends a request and the server answers the client.")
L("sk", "one-concept", "Zákazník môže tovar vrátiť do 30 dní. Každý zákazník dostane pokladničný doklad.",
  "The customer can return the goods within 30 days. Every customer gets a receipt.")
L("sk", "from-to-idiom", "Potreby sa líšia od zákazníka k zákazníkovi.", "The needs differ from customer to customer.")

# ---- Catalan: client covers both (as Spanish cliente); comprador the buyer
C("ca", "title-continues", "Client i client: quina és la diferència?",
  "Client and client: what is the difference?", "Client and customer: what is the difference?")
C("ca", "vs", "Client vs. client – diferències clau", "Client vs. client – key differences",
  "Client vs. customer – key differences")
C("ca", "contrast-connective",
  "Un [[client|cl]] rep assessorament professional continuat del seu advocat, mentre que un [[client|cu]] compra un producte a la botiga una sola vegada.",
  "A client receives ongoing professional advice from his lawyer, while a client buys a product in the shop only once.",
  "A client receives ..., while a customer buys a product in the shop only once.")
C("ca", "both", "Atenem tant clients com clients.", "We serve both clients and clients.", "We serve both clients and customers.")
L("ca", "other-legit", "L'advocat defensa els interessos del seu client. La botiga ofereix descomptes als clients habituals.",
  "The lawyer defends the interests of his client. The shop offers discounts to regular customers.")
L("ca", "software", "El client de correu es connecta al servidor. El client envia una petició i el servidor respon al client.",
  "The email client connects to the server. The client sends a request and the server answers the client.")
L("ca", "one-concept", "El client pot retornar el producte en un termini de 30 dies. Cada client rep un tiquet.",
  "The customer can return the product within 30 days. Every customer gets a receipt.")
L("ca", "from-to-idiom", "Les necessitats varien de client a client.", "The needs vary from client to client.")

# ---- cross-version: an English source and its MT
P("fi", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Asianajajamme neuvovat [[asiakkaita|cl]], kauppamme palvelee [[asiakkaita|cu]].")
P("fi", "legal", "Clients of a lawyer are not customers.", "Asianajajan [[asiakkaat|cl]] eivät ole [[asiakkaita|cu]].")
P("fi", "agency", "We serve both clients and customers.", "Palvelemme sekä [[asiakkaita|cl]] että [[asiakkaita|cu]].")
P("fi", "software", "The client certificate must be renewed.", "Asiakasvarmenne on uusittava.")
P("fi", "software", "Configure the VPN client before you connect.", "Määritä VPN-asiakas ennen yhteyden muodostamista.")
P("fi", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Asiakkaat saavat ilmaisen toimituksen; jokainen asiakas voi palauttaa tuotteet 30 päivän kuluessa.")
P("da", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Vores advokater rådgiver [[kunder|cl]], vores butik betjener [[kunder|cu]].")
P("da", "healthcare", "Therapists call the people they treat clients, not customers.",
  "Terapeuter kalder de mennesker, de behandler, for [[kunder|cl]], ikke [[kunder|cu]].")
P("da", "software", "Enter your OAuth client ID.", "Indtast dit OAuth-[[kunde|sw]]-id.")
P("da", "software", "The email client could not connect to the server.", "E-mailklienten kunne ikke oprette forbindelse til serveren.")
P("da", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Kunder får gratis fragt; alle kunder kan returnere varer inden for 30 dage.")
P("nb", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Advokatene våre gir råd til [[kunder|cl]], butikken vår betjener [[kunder|cu]].")
P("nb", "healthcare", "Therapists call the people they treat clients, not customers.",
  "Terapeuter kaller menneskene de behandler [[kunder|cl]], ikke [[kunder|cu]].")
P("nb", "software", "Enter your OAuth client ID.", "Skriv inn OAuth-[[kunde|sw]]-ID-en din.")
P("nb", "software", "The email client could not connect to the server.", "E-postklienten kunne ikke koble til serveren.")
P("nb", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Kunder får gratis frakt; alle kunder kan returnere varer innen 30 dager.")
P("sk", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Naši advokáti radia klientom, náš obchod obsluhuje [[klientov|cu]].")
P("sk", "software", "The email client could not connect to the server.", "E-mailový klient sa nemohol pripojiť k serveru.")
P("sk", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Zákazníci majú dopravu zadarmo; každý zákazník môže vrátiť tovar do 30 dní.")
P("ca", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Els nostres advocats assessoren [[clients|cl]]; la nostra botiga atén [[clients|cu]].")
P("ca", "software", "The email client could not connect to the server.", "El client de correu no s'ha pogut connectar al servidor.")
P("ca", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Els clients tenen enviament gratuït; cada client pot retornar productes en un termini de 30 dies.")


# ---- second batch (heldout2.jsonl, parallel2.jsonl): written after the first
# batch's figures, before the tool was run on these; harder forms (cases in
# the middle of a sentence, possessives, definite plurals, questions, lists)
TEXTS2_START = len(TEXTS)
PARALLEL2_START = len(PARALLEL)
C("fi", "between", "Mitä eroa on asiakkaalla ja asiakkaalla?",
  "What is the difference between a customer and a customer?", "What is the difference between a client and a customer?")
C("fi", "or-question", "Onko hän asiakkaamme vai asiakkaamme?", "Is he our customer or our customer?",
  "Is he our client or our customer?")
C("fi", "list", "Palvelemme asiakkaita, kumppaneita ja asiakkaita kaikkialla Suomessa.",
  "We serve customers, partners and customers all over Finland.", "We serve clients, partners and customers all over Finland.")
L("fi", "c2c", "Asiakkaalta asiakkaalle -kauppa (C2C) yleistyy verkossa.",
  "Customer-to-customer commerce (C2C) is becoming common online.")
L("fi", "software", "Asiakasohjelma ei saanut yhteyttä palvelimeen, joten asiakas yrittää uudelleen.",
  "The client program could not reach the server, so the client tries again.")
C("da", "between", "Hvad er forskellen mellem kunden og kunden?",
  "What is the difference between the customer and the customer?", "What is the difference between the client and the customer?")
C("da", "or-question", "Er han vores kunde eller vores kunde?", "Is he our customer or our customer?",
  "Is he our client or our customer?")
L("da", "c2c", "Handel fra kunde til kunde (C2C) vokser på nettet.", "Customer-to-customer trade (C2C) grows online.")
L("da", "modifier", "Vi byder både nye kunder og faste kunder velkommen.", "We welcome both new customers and regular customers.")
C("nb", "between", "Hva er forskjellen mellom kunden og kunden?",
  "What is the difference between the customer and the customer?", "What is the difference between the client and the customer?")
C("nb", "or-question", "Er han vår kunde eller vår kunde?", "Is he our customer or our customer?",
  "Is he our client or our customer?")
L("nb", "c2c", "Handel fra kunde til kunde (C2C) vokser på nettet.", "Customer-to-customer trade (C2C) grows online.")
L("nb", "modifier", "Vi ønsker både nye kunder og faste kunder velkommen.", "We welcome both new customers and regular customers.")
C("sk", "between", "Aký je rozdiel medzi zákazníkom a zákazníkom?",
  "What is the difference between a customer and a customer?", "What is the difference between a client and a customer?")
C("sk", "or-question", "Je to náš klient alebo náš klient?", "Is he our client or our client?", "Is he our client or our customer?")
L("sk", "other-legit", "Banka ponúka klientom nové účty a obchod ponúka zákazníkom zľavy.",
  "The bank offers clients new accounts and the shop offers customers discounts.")
L("sk", "modifier", "Vitajú sa noví zákazníci aj stáli zákazníci.", "New customers and regular customers are welcome.")
C("ca", "between", "Quina diferència hi ha entre un client i un client?",
  "What is the difference between a client and a client?", "What is the difference between a client and a customer?")
C("ca", "or-question", "És el nostre client o el nostre client?", "Is he our client or our client?",
  "Is he our client or our customer?")
L("ca", "c2c", "El comerç de client a client (C2C) creix a internet.", "Client-to-client commerce (C2C) grows online.")
L("ca", "modifier", "Donem la benvinguda tant als clients nous com als clients habituals.",
  "We welcome both new clients and regular clients.")

P("fi", "software", "The client could not connect to the server; the client retries in a minute.",
  "Asiakas ei saanut yhteyttä palvelimeen; asiakas yrittää uudelleen minuutin kuluttua.")
P("fi", "finance", "The bank's private clients get an adviser; its retail customers use the app.",
  "Pankin yksityisasiakkaat saavat neuvojan; sen vähittäisasiakkaat käyttävät sovellusta.")
P("fi", "legal", "The lawyer called the client, and the shop called the customer.",
  "Asianajaja soitti [[asiakkaalle|cl]], ja kauppa soitti [[asiakkaalle|cu]].")
P("da", "legal", "The lawyer called the client, and the shop called the customer.",
  "Advokaten ringede til [[kunden|cl]], og butikken ringede til [[kunden|cu]].")
P("nb", "legal", "The lawyer called the client, and the shop called the customer.",
  "Advokaten ringte [[kunden|cl]], og butikken ringte [[kunden|cu]].")
P("sk", "legal", "The lawyer called the client, and the shop called the customer.",
  "Advokát zavolal klientovi a obchod zavolal [[klientovi|cu]].")
P("ca", "legal", "The lawyer called the client, and the shop called the customer.",
  "L'advocat va trucar al [[client|cl]] i la botiga va trucar al [[client|cu]].")


def write(path: Path, rows: list[dict], prefix: str) -> None:
    counts: dict[str, int] = {}
    out = []
    for r in rows:
        counts[r["lang"]] = counts.get(r["lang"], 0) + 1
        out.append({"id": f"{r['lang']}-{prefix}{counts[r['lang']]:02d}", **r})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    write(HERE / "cases.jsonl", TEXTS[:TEXTS2_START], "")
    write(HERE / "parallel.jsonl", PARALLEL[:PARALLEL2_START], "p")
    write(HERE / "heldout2.jsonl", TEXTS[TEXTS2_START:], "h")
    write(HERE / "parallel2.jsonl", PARALLEL[PARALLEL2_START:], "q")

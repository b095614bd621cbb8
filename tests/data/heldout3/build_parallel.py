#!/usr/bin/env python3
"""Write parallel.jsonl of the third held-out set: an English source plus its MT.

Same format and marks as tests/data/generalisation/build_parallel.py:
[[word|cl]] should express the client, [[word|cu]] the customer, [[word|sw]]
the client software (concept `software-client`). A case without marks is
legitimate. Here the material is what a reviewer of an application or a
contract sees: UI strings (Client ID, Customer account, Client certificate),
invoice and contract lines, help-centre answers.

Usage: .venv/bin/python tests/data/heldout3/build_parallel.py
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "generalisation"))
from sides import add_counterparts  # noqa: E402

MARK = re.compile(r"\[\[(.+?)\|(cl|cu|sw)\]\]")
CONCEPT = {"cl": "client", "cu": "customer", "sw": "software-client"}
CASES: list[dict] = []


def P(lang, domain, source, marked, note=""):
    marked = unicodedata.normalize("NFC", marked)
    text, wrong, pos = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[pos:m.start()]
        start = len(text)
        text += m.group(1)
        wrong.append({"start": start, "end": len(text), "concept": CONCEPT[m.group(2)]})
        pos = m.end()
    text += marked[pos:]
    CASES.append({"lang": lang, "source": source, "text": text, "collapsed": bool(wrong),
                  "wrong": wrong, "domain": domain, "note": note})


# UI strings
P("vi", "software", "Client ID", "Mã [[khách hàng|sw]]", "a CRM/OAuth settings label")
P("vi", "retail", "Customer account", "Tài khoản khách hàng")
P("ru", "software", "Client certificate", "Сертификат клиента", "клиент is right for the program")
P("de", "software", "Client certificate", "[[Kundenzertifikat|sw]]")
P("tr", "software", "The client sends a request to the server.", "[[Müşteri|sw]] sunucuya bir istek gönderir.")
P("ja", "software", "Client ID and client secret", "[[顧客|sw]]IDと[[顧客|sw]]シークレット")
P("th", "software", "Client certificate", "ใบรับรอง[[ลูกค้า|sw]]")
P("id", "software", "Client-side validation", "Validasi sisi [[pelanggan|sw]]")
P("uk", "software", "Email client settings", "Налаштування поштового клієнта")
P("pl", "retail", "Customer ID", "Identyfikator klienta")
P("it", "retail", "Customer account", "Account cliente")
P("ko", "retail", "Customer service is available to all customers.", "고객센터는 모든 고객에게 열려 있습니다.")
# contracts, invoices, help-centre answers
P("ru", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Наши юристы консультируют клиентов, а наш магазин обслуживает [[клиентов|cu]].")
P("de", "legal", "The client pays the law firm's fee note within 30 days; customers of the online shop pay at checkout.",
  "Der [[Kunde|cl]] begleicht die Kostennote der Kanzlei innerhalb von 30 Tagen; Kunden des Onlineshops zahlen an der Kasse.",
  "a law firm's client is der Mandant; Kunde would pass for an agency's client")
P("fr", "legal", "The firm invoices the client monthly; the customer pays in store.",
  "Le cabinet facture le client chaque mois ; le [[client|cu]] paie en magasin.")
P("es", "retail", "Customers can track their order. Every customer gets an email.",
  "Los clientes pueden seguir su pedido. Cada cliente recibe un correo electrónico.")
P("tr", "legal", "The lawyer meets the client; the customer buys online.",
  "Avukat müvekkiliyle görüşür; alıcı ise internetten satın alır.")
P("zh", "healthcare", "The clinic treats its patients as clients, not as customers.",
  "诊所把病人当作[[客户|cl]]，而不是客户。")
P("ar", "finance", "The bank assigns each client an adviser, while customers simply use the app.",
  "يخصص البنك لكل [[عميل|cl]] مستشارًا، بينما يكتفي العملاء باستخدام التطبيق.")
P("he", "legal", "The lawyer's client signs the agreement.", "הלקוח של עורך הדין חותם על ההסכם.")
P("ka", "healthcare", "Clients of the clinic receive counselling; customers of the pharmacy buy medicine.",
  "კლინიკის კლიენტები კონსულტაციას იღებენ, აფთიაქის [[კლიენტები|cu]] კი წამლებს ყიდულობენ.")
P("hi", "agency", "We treat every client as a partner, not as a customer.",
  "हम हर [[ग्राहक|cl]] को भागीदार मानते हैं, ग्राहक नहीं।")
P("pt", "legal", "Our lawyers protect the client's interests.", "Nossos advogados protegem os interesses do cliente.")
P("fa", "retail", "Customers can pay by card; every customer receives a receipt.",
  "مشتریان می‌توانند با کارت پرداخت کنند؛ هر مشتری رسید دریافت می‌کند.")
P("vi", "legal", "The law firm keeps client files for ten years; the shop keeps customer receipts for one year.",
  "Văn phòng luật lưu hồ sơ [[khách hàng|cl]] trong mười năm; cửa hàng lưu hóa đơn của khách hàng trong một năm.")


def main() -> int:
    counter: Counter[str] = Counter()
    out = []
    for case in CASES:
        counter[case["lang"]] += 1
        row = {"id": f"{case['lang']}-hp{counter[case['lang']]:02d}", "lang": case["lang"],
               "source": case["source"], "text": case["text"], "collapsed": case["collapsed"],
               "wrong": add_counterparts(case["lang"], case["text"], case["wrong"]), "domain": case["domain"]}
        if case["note"]:
            row["note"] = case["note"]
        out.append(json.dumps(row, ensure_ascii=False))
    (HERE / "parallel.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} cases to {HERE / 'parallel.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

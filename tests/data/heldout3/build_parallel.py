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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "generalisation"))
from marks import ParallelCases  # noqa: E402

CASES = ParallelCases()
P = CASES.P


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


# ---- second batch: written after the first figures and fixes, before it was run.
# Legitimate: the MT is right (a word for each concept, the program's own word,
# the everyday word where the source names one concept); collapsed: one word for both.
P("de", "legal", "The law firm archives client files for ten years.", "Die Kanzlei archiviert Mandantenakten zehn Jahre lang.")
P("de", "finance", "Private clients and business customers have separate advisers.",
  "Privatkunden und Geschäftskunden haben getrennte Berater.")
P("fr", "retail", "Client area", "Espace client")
P("es", "legal", "The lawyer and her client signed the agreement; the shop's customers were not affected.",
  "La abogada y su cliente firmaron el acuerdo; los clientes de la tienda no se vieron afectados.",
  "cliente covers both; 'de la tienda' tells the reader which")
P("it", "software", "Client certificate", "Certificato client")
P("pt", "retail", "Customer ID", "ID do cliente")
P("pl", "legal", "The lawyer meets the client; the shop serves the customer.",
  "Prawnik spotyka się z klientem, a sklep obsługuje kupującego.")
P("tr", "software", "Client certificate", "İstemci sertifikası")
P("ar", "software", "Client certificate", "شهادة العميل")
P("he", "retail", "Customer service is available to every customer.", "שירות הלקוחות זמין לכל לקוח.")
P("fa", "legal", "The lawyer represents the client, while the shop serves the customer.",
  "وکیل نماینده موکل است، در حالی که فروشگاه به مشتری خدمت می‌کند.")
P("hi", "legal", "The lawyer represents the client, while the shop serves the customer.",
  "वकील मुवक्किल का प्रतिनिधित्व करता है, जबकि दुकान ग्राहक की सेवा करती है।")
P("th", "legal", "The lawyer represents the client, while the shop serves the customer.",
  "ทนายความเป็นตัวแทนของลูกความ ส่วนร้านค้าให้บริการลูกค้า")
P("ko", "legal", "The lawyer represents the client, and the shop serves the customer.",
  "변호사는 의뢰인을 대리하고, 매장은 고객을 응대합니다.")
P("ja", "software", "Client ID", "クライアントID")
P("zh", "software", "Client certificate", "客户端证书")
P("vi", "software", "Client certificate", "Chứng chỉ máy khách")
P("uk", "legal", "The lawyer advises the client, and the shop serves the customer.",
  "Юрист консультує клієнта, а магазин обслуговує покупця.")
P("ka", "retail", "Customer account", "მომხმარებლის ანგარიში")
P("id", "legal", "The lawyer protects the client's interests, and the shop protects customer data.",
  "Pengacara melindungi kepentingan klien, dan toko melindungi data pelanggan.")
P("vi", "legal", "The client's certificate of incorporation must be attached.",
  "Giấy chứng nhận thành lập của khách hàng phải được đính kèm.", "a possessive: the client's (a company's) certificate, not the program's")
P("es", "legal", "Our lawyers advise clients; our shop sells to customers.",
  "Nuestros abogados asesoran a los clientes; nuestra tienda vende a los [[clientes|cu]].")
P("ko", "software", "Email client", "이메일 [[고객|sw]]")
P("zh", "software", "Client-side rendering", "[[客户|sw]]侧渲染")
P("fa", "software", "Client certificate", "گواهی [[مشتری|sw]]")
P("pl", "agency", "The adviser meets clients; the shop serves customers.",
  "Doradca spotyka się z klientami, a sklep obsługuje [[klientów|cu]].")
P("uk", "retail", "Customers buy online; clients get advice.", "[[Клієнти|cu]] купують онлайн, а клієнти отримують консультації.")
P("hi", "software", "Client certificate", "[[ग्राहक|sw]] प्रमाणपत्र")
P("id", "finance", "Clients receive monthly advice; customers pay at the till.",
  "[[Pelanggan|cl]] menerima nasihat setiap bulan; pelanggan membayar di kasir.")
P("th", "legal", "The lawyer advises the client; the shop serves the customer.",
  "ทนายความให้คำปรึกษาแก่[[ลูกค้า|cl]] ส่วนร้านค้าให้บริการลูกค้า")
P("ka", "software", "Email client", "ელფოსტის [[მომხმარებელი|sw]]")
P("it", "legal", "The firm advises clients; the shop serves customers.",
  "Lo studio assiste i [[clienti|cl]], il negozio serve i [[clienti|cu]].",
  "both sides marked by hand: the shared sides.py finds the Italian singular cliente only")


def main() -> int:
    return CASES.write(HERE / "parallel.jsonl", "{lang}-hp{n:02d}")


if __name__ == "__main__":
    sys.exit(main())

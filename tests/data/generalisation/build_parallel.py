#!/usr/bin/env python3
"""Write parallel.jsonl: an English source sentence plus its machine translation.

A collapsed case: the source said client and customer (or meant client
software) and the MT used one word; the marked occurrences of the target are
those that should express the other concept: [[word|cl]] client, [[word|cu]]
customer, [[word|sw]] client software (concept `software-client`: "API client",
"client-side", "OAuth client ID", "email client", "client certificate"
rendered with the customer word). Legitimate cases: the source says one word
throughout, or the target keeps the concepts apart, or it renders the software
sense correctly (vi máy khách, ru клиент, de Client, fr client, zh 客户端).

Usage: .venv/bin/python tests/data/generalisation/build_parallel.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from marks import ParallelCases  # noqa: E402
CASES = ParallelCases()
P = CASES.P


# ---- Vietnamese: khách hàng = customer, thân chủ = client, máy khách = client software
P("vi", "agency", "We serve both clients and customers.",
  "Chúng tôi phục vụ cả [[khách hàng|cl]] và khách hàng.")
P("vi", "agency", "Our agency treats every client as a partner, not as a customer.",
  "Công ty chúng tôi coi mỗi [[khách hàng|cl]] là một đối tác, chứ không phải là một khách hàng.")
P("vi", "finance", "The adviser meets the client every month; the customer only opens an account online.",
  "Chuyên viên tư vấn gặp [[khách hàng|cl]] hằng tháng, còn khách hàng chỉ mở tài khoản trực tuyến.")
P("vi", "healthcare", "Patients are clients of the clinic, not customers of a shop.",
  "Bệnh nhân là [[khách hàng|cl]] của phòng khám, không phải khách hàng của một cửa hàng.")
P("vi", "retail", "Customers can return any product within 30 days. Every customer receives a receipt.",
  "Khách hàng có thể trả lại bất kỳ sản phẩm nào trong vòng 30 ngày. Mỗi khách hàng đều nhận được hóa đơn.")
P("vi", "legal", "A lawyer must protect the client's secrets, while a shop must protect the customer's data.",
  "Luật sư phải bảo vệ bí mật của thân chủ, còn cửa hàng phải bảo vệ dữ liệu của khách hàng.")
P("vi", "software", "The email client stores messages locally.",
  "[[Khách hàng|sw]] email lưu trữ thư trên máy tính.")
P("vi", "software", "Validation runs client-side before the customer pays.",
  "Việc xác thực được thực hiện ở phía [[khách hàng|sw]] trước khi khách hàng thanh toán.")
P("vi", "software", "Customers can download the email client from our website.",
  "Khách hàng có thể tải máy khách email từ trang web của chúng tôi.")
P("vi", "software", "The API client retries failed requests.",
  "Máy khách API tự động thử lại các yêu cầu không thành công.")

# ---- Russian: клиент = client (and client software), покупатель = customer
P("ru", "retail", "The client receives advice; the customer just buys.",
  "Клиент получает консультации, а [[клиент|cu]] просто покупает.")
P("ru", "legal", "What is the difference between a client and a customer?",
  "В чём разница между клиентом и [[клиентом|cu]]?")
P("ru", "agency", "Customers buy once; clients hire us for years.",
  "[[Клиенты|cu]] покупают один раз, а клиенты нанимают нас на годы.")
P("ru", "healthcare", "Patients are clients of the clinic, not customers.",
  "Пациенты — клиенты клиники, а не [[клиенты|cu]].")
P("ru", "software", "The API client retries failed requests.",
  "Клиент API повторяет неудачные запросы.")
P("ru", "software", "Install the email client and sign in with your customer account.",
  "Установите почтовый клиент и войдите в свою учётную запись покупателя.")
P("ru", "software", "The OAuth client ID is shown in the console.",
  "Идентификатор клиента OAuth отображается в консоли.")
P("ru", "retail", "Customers who order before noon get same-day delivery; every customer can track the parcel.",
  "Покупатели, оформившие заказ до полудня, получают доставку в тот же день; каждый покупатель может отследить посылку.")

# ---- Ukrainian: клієнт = client, покупець = customer
P("uk", "legal", "The client pays for advice, the customer pays for goods.",
  "Клієнт платить за пораду, а [[клієнт|cu]] — за товар.")
P("uk", "agency", "Customers come and go, clients stay.",
  "[[Клієнти|cu]] приходять і йдуть, а клієнти залишаються.")
P("uk", "software", "The client certificate has expired.",
  "Термін дії сертифіката клієнта закінчився.")
P("uk", "retail", "Every customer gets a discount card.",
  "Кожен покупець отримує дисконтну картку.")

# ---- Georgian: კლიენტი = client (and client software), მომხმარებელი = customer
P("ka", "retail", "Client vs. customer: what is the difference?",
  "კლიენტი vs. [[კლიენტი|cu]]: რა განსხვავებაა?")
P("ka", "legal", "The customer buys a product once; the client returns to the lawyer for years.",
  "მომხმარებელი პროდუქტს ერთხელ ყიდულობს, [[მომხმარებელი|cl]] კი ადვოკატთან წლების განმავლობაში ბრუნდება.")
P("ka", "software", "The client-side code checks the form.",
  "[[მომხმარებლის|sw]] მხარის კოდი ამოწმებს ფორმას.")
P("ka", "legal", "The lawyer protects the client; the shop serves the customer.",
  "ადვოკატი კლიენტს იცავს, მაღაზია კი მომხმარებელს ემსახურება.")
P("ka", "software", "The API client sends a request to the server.",
  "API კლიენტი სერვერს მოთხოვნას უგზავნის.")

# ---- Indonesian: klien = client (and client software), pelanggan = customer
P("id", "agency", "We work with both clients and customers.",
  "Kami bekerja sama dengan [[pelanggan|cl]] maupun pelanggan.")
P("id", "software", "Download the email client.",
  "Unduh [[pelanggan|sw]] email.")
P("id", "software", "Download the email client.",
  "Unduh klien email.")
P("id", "retail", "Customers can pay by card; each customer earns points.",
  "Pelanggan dapat membayar dengan kartu; setiap pelanggan mendapatkan poin.")
P("id", "legal", "The lawyer meets the client every week; the client trusts her.",
  "Pengacara itu bertemu kliennya setiap minggu; klien itu memercayainya.")

# ---- German: Kunde covers both (usually the customer); Mandant = client; Client = software
P("de", "legal", "Our lawyers advise clients; our shop serves customers.",
  "Unsere Anwälte beraten [[Kunden|cl]], unser Shop bedient Kunden.")
P("de", "healthcare", "Therapists call the people they treat clients, not customers.",
  "Therapeuten nennen die Menschen, die sie behandeln, [[Kunden|cl]], nicht Kunden.")
P("de", "software", "The client certificate must be renewed.",
  "Das Client-Zertifikat muss erneuert werden.")
P("de", "software", "Validation runs client-side.",
  "Die Validierung erfolgt [[kundenseitig|sw]].")
P("de", "software", "Enter your OAuth client ID.",
  "Geben Sie Ihre OAuth-[[Kunden-ID|sw]] ein.")
P("de", "retail", "Customers get free shipping; every customer can return goods within 30 days.",
  "Kunden erhalten kostenlosen Versand; jeder Kunde kann Waren innerhalb von 30 Tagen zurückgeben.")
P("de", "finance", "Private banking clients get a personal adviser; retail customers use the app.",
  "Private-Banking-Kunden erhalten einen persönlichen Berater, Privatkunden nutzen die App.",
  "banks call both Kunden; the modifiers keep them apart")

# ---- French: client covers both (fix on the customer side: acheteur); client = software too
P("fr", "retail", "Client or customer? The difference matters.",
  "Client ou [[client|cu]] ? La différence compte.")
P("fr", "agency", "A client receives advice, a customer buys a product.",
  "Un client reçoit des conseils, un [[client|cu]] achète un produit.")
P("fr", "software", "The email client crashed.",
  "Le client de messagerie a planté.")
P("fr", "software", "The API client sends the customer ID.",
  "Le client API envoie l'identifiant du client.")
P("fr", "retail", "Our customers love the new shop.",
  "Nos clients adorent la nouvelle boutique.")

# ---- Spanish: cliente covers both (fix on the customer side: comprador)
P("es", "agency", "Clients come for advice; customers come for the prices.",
  "Los clientes vienen por el asesoramiento; los [[clientes|cu]] vienen por los precios.")
P("es", "software", "Configure the client certificate.",
  "Configure el certificado de cliente.")
P("es", "retail", "The customer can cancel the order; the customer then receives a refund.",
  "El cliente puede cancelar el pedido; después, el cliente recibe un reembolso.")
P("es", "software", "The code runs client-side.",
  "El código se ejecuta del lado del cliente.")

# ---- Turkish: müşteri (usually the customer); müvekkil = client; istemci = client software
P("tr", "legal", "The lawyer protects the client, the store serves the customer.",
  "Avukat [[müşteriyi|cl]] korur, mağaza müşteriye hizmet eder.")
P("tr", "software", "The client-side validation failed.",
  "[[Müşteri|sw]] tarafı doğrulama başarısız oldu.")
P("tr", "software", "Create an OAuth client ID for the customer portal.",
  "Müşteri portalı için bir OAuth [[müşteri|sw]] kimliği oluşturun.")
P("tr", "retail", "Customers can return goods within 14 days.",
  "Müşteriler ürünleri 14 gün içinde iade edebilir.")
P("tr", "legal", "The lawyer protects the client, the store serves the customer.",
  "Avukat müvekkilini korur, mağaza müşteriye hizmet eder.")
P("tr", "software", "The client-side validation failed.",
  "İstemci tarafı doğrulama başarısız oldu.")

# ---- Chinese: 客户 (usually the client); 顾客 = customer; 客户端 = client software
P("zh", "retail", "Client vs. customer: what is the difference?",
  "客户 vs. [[客户|cu]]：有什么区别？")
P("zh", "finance", "The client signs a long-term contract, while the customer pays at the checkout.",
  "客户签订长期合同，而[[客户|cu]]在收银台付款。")
P("zh", "software", "Enter the OAuth client ID.",
  "输入 OAuth [[客户|sw]] ID。")
P("zh", "software", "Enter the OAuth client ID.",
  "输入 OAuth 客户端 ID。")
P("zh", "retail", "Customers can return goods within seven days.",
  "顾客可在七天内退货。")

# ---- Japanese: 顧客 (usually the customer); クライアント = client and client software
P("ja", "software", "Install the client certificate.",
  "[[顧客|sw]]証明書をインストールしてください。")
P("ja", "software", "Install the client certificate.",
  "クライアント証明書をインストールしてください。")
P("ja", "agency", "Clients and customers have different needs.",
  "[[顧客|cl]]と顧客ではニーズが異なります。")
P("ja", "retail", "Customers can pay by card.",
  "お客様はカードでお支払いいただけます。")

# ---- Korean: 고객 (usually the customer); 의뢰인/클라이언트 = client
P("ko", "software", "The email client does not sync.",
  "이메일 [[고객이|sw]] 동기화되지 않습니다.")
P("ko", "software", "The email client does not sync.",
  "이메일 클라이언트가 동기화되지 않습니다.")
P("ko", "agency", "A customer buys once; a client stays for years.",
  "고객은 한 번 구매하고, [[고객은|cl]] 수년간 머무릅니다.")
P("ko", "legal", "The lawyer protects the client's interests.",
  "변호사는 의뢰인의 이익을 보호합니다.")

# ---- Polish: klient covers both (fix on the customer side: kupujący)
P("pl", "retail", "Client or customer: who is who?",
  "Klient czy [[klient|cu]]: kto jest kim?")
P("pl", "software", "The email client does not download messages.",
  "Klient poczty e-mail nie pobiera wiadomości.")
P("pl", "retail", "Every customer gets a discount.",
  "Każdy klient otrzymuje rabat.")

# ---- Arabic: عميل covers both (usually the business client); موكل = lawyer's client
P("ar", "legal", "The difference between a client and a customer",
  "الفرق بين [[العميل|cl]] والعميل")
P("ar", "software", "Validation is done client-side.",
  "يتم التحقق من جانب العميل.",
  "جانب العميل is the usual Arabic term for client-side")
P("ar", "retail", "Customers can return products within 14 days.",
  "يمكن للعملاء إرجاع المنتجات خلال 14 يومًا.")
P("ar", "legal", "The lawyer meets his client every week.",
  "يلتقي المحامي بموكله كل أسبوع.")

# ---- further domains and languages
P("pt", "finance", "Clients get a personal adviser; customers pay and leave.",
  "Os clientes recebem um consultor pessoal; os [[clientes|cu]] pagam e vão embora.")
P("it", "healthcare", "The psychologist calls her patients clients, not customers.",
  "La psicologa chiama i suoi pazienti [[clienti|cl]], non clienti.")
P("nl", "legal", "The lawyer assists clients, the web shop sells to customers.",
  "De advocaat staat [[klanten|cl]] bij, de webwinkel verkoopt aan klanten.")
P("nl", "finance", "Bank customers can open a savings account online.",
  "Klanten van de bank kunnen online een spaarrekening openen.")
P("ru", "finance", "Bank clients can open a deposit online; every client gets a personal manager.",
  "Клиенты банка могут открыть вклад онлайн; каждый клиент получает персонального менеджера.")
P("tr", "finance", "Bank customers can apply for a loan through the app.",
  "Banka müşterileri uygulama üzerinden krediye başvurabilir.")
P("de", "healthcare", "The counsellor meets her clients every week.",
  "Die Beraterin trifft ihre Klienten jede Woche.")
P("es", "healthcare", "The clinic's clients can book online; every client gets a reminder.",
  "Los clientes de la clínica pueden reservar en línea; cada cliente recibe un recordatorio.")


def main() -> int:
    return CASES.write(HERE / "parallel.jsonl", "{lang}-p{n:02d}")


if __name__ == "__main__":
    sys.exit(main())

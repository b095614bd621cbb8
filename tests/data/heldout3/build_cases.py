#!/usr/bin/env python3
"""Write cases.jsonl of the third held-out set from the hand-written cases below.

Same format and marks as tests/data/generalisation/build_cases.py: the
occurrence that must be flagged is marked in place as [[word as written|cl]]
(should express the client) or [[word|cu]] (the customer); the marks become
str offsets here, and where the termbase gives each concept a word next to an
ambiguous one, the shared sides.py lists the other side's occurrences too.

Usage: .venv/bin/python tests/data/heldout3/build_cases.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent / "generalisation"  # the validator and sides.py are reused, not copied
sys.path.insert(0, str(SHARED))
from marks import TextCases  # noqa: E402

CASES = TextCases()
C, L = CASES.C, CASES.L


# ============================================================ Vietnamese
# khách hàng = customer, thân chủ = client: the wrong one is the occurrence meaning the client.
C("vi", "contrast-connective",
  "Văn phòng luật tính phí theo giờ cho [[khách hàng|cl]] của mình, trong khi cửa hàng chỉ thu tiền khách hàng một lần khi thanh toán.",
  "The law office charges its customers by the hour, while the shop charges customers only once at checkout.",
  "The law office charges its clients by the hour, while the shop charges customers only once at checkout.")
C("vi", "twin-definitions",
  "Ai là ai?\n• [[Khách hàng|cl]]: doanh nghiệp ký hợp đồng tư vấn dài hạn với công ty chúng tôi.\n• Khách hàng: người mua sản phẩm trên cửa hàng trực tuyến.",
  "Who is who? / • Customer: a business that signs a long-term consulting contract with our company. / • Customer: a person who buys products in the online shop.",
  "• Client: a business with a long-term consulting contract … / • Customer: a person who buys products in the online shop.",
  "help-centre bullet list")
C("vi", "table-header",
  "Tiêu chí | [[Khách hàng|cl]] | Khách hàng\nMối quan hệ | Lâu dài, dựa trên tư vấn | Ngắn hạn, theo từng giao dịch\nThanh toán | Phí dịch vụ hằng tháng | Trả tiền cho từng sản phẩm",
  "Criterion | Customer | Customer / Relationship | Long-term, based on advice | Short, per transaction / Payment | Monthly service fee | Pay per product",
  "Criterion | Client | Customer / …")
C("vi", "parallel-clauses",
  "Nhà thuốc bán thuốc cho khách hàng; bác sĩ tâm lý lắng nghe [[khách hàng|cl]] qua nhiều buổi trị liệu.",
  "The pharmacy sells medicine to customers; the psychologist listens to customers over many therapy sessions.",
  "The pharmacy sells medicine to customers; the psychologist listens to clients over many therapy sessions.",
  "healthcare")
C("vi", "title-continues", "Khách hàng và khách hàng: vì sao agency của bạn cần phân biệt?",
  "Customer and customer: why does your agency need to tell them apart?",
  "Client and customer: why does your agency need to tell them apart?")
C("vi", "quotes-brackets",
  "Trong CRM của chúng tôi, mục “[[Khách hàng|cl]]” dành cho các công ty đang dùng dịch vụ tư vấn, còn mục “Khách hàng” dành cho người mua lẻ.",
  "In our CRM, the “Customer” section is for companies using the consulting service, and the “Customer” section is for retail buyers.",
  "In our CRM, the “Client” section is for companies using the consulting service, and the “Customer” section is for retail buyers.",
  "CRM help text")
L("vi", "same-concept", "Dịch vụ chăm sóc khách hàng dành cho mọi khách hàng, kể cả khách hàng chưa từng mua hàng.",
  "Customer care is for every customer, including customers who have never bought anything.")
L("vi", "heading-body", "Khách hàng\nKhách hàng có thể đổi trả sản phẩm trong vòng 30 ngày kể từ ngày mua.",
  "Customers / Customers can return products within 30 days of purchase.")
L("vi", "software", "Khách hàng tải ứng dụng về máy, sau đó khách hàng đăng nhập và ứng dụng khách tự kết nối với máy chủ.",
  "The customer downloads the app, then the customer logs in and the client app connects to the server by itself.")
L("vi", "modifier", "Gói | Khách hàng cá nhân | Khách hàng doanh nghiệp\nGiá mỗi tháng | 99.000đ | 499.000đ",
  "Plan | Individual customers | Business customers / Price per month | 99,000 VND | 499,000 VND", note="pricing table whose header repeats the word with modifiers")
L("vi", "kept-apart", "Thân chủ của văn phòng luật sư được bảo mật thông tin tuyệt đối, và khách hàng của cửa hàng cũng vậy.",
  "The law office's clients have their information kept strictly confidential, and so do the shop's customers.")

# ============================================================ Russian
# клиент = client, покупатель/заказчик = customer: the wrong one is the occurrence meaning the customer.
C("ru", "contrast-connective",
  "Адвокат обязан хранить тайну клиента, тогда как магазин лишь защищает персональные данные [[клиентов|cu]].",
  "A lawyer must keep the client's secrets, whereas a shop merely protects the personal data of clients.",
  "A lawyer must keep the client's secrets, whereas a shop merely protects the personal data of customers.")
C("ru", "faq",
  "Вопрос: Чем клиент отличается от [[клиента|cu]]?\nОтвет: [[Клиент|cu]] один раз покупает товар в нашем магазине, а клиент заключает с агентством договор на обслуживание.",
  "Q: How does a client differ from a client? / A: A client buys goods in our shop once, while a client signs a service contract with the agency.",
  "Q: How does a client differ from a customer? / A: A customer buys goods in our shop once, while a client signs a service contract with the agency.",
  "FAQ entry")
C("ru", "table-header",
  "Критерий | Клиент | [[Клиент|cu]]\nОтношения | Долгосрочный договор на сопровождение | Разовая покупка в интернет-магазине",
  "Criterion | Client | Client / Relationship | Long-term support contract | One-off purchase in the online shop",
  "Criterion | Client | Customer / …")
C("ru", "and",
  "Salesforce разделяет клиентов и [[клиентов|cu]]: первые заключают договор на сопровождение, вторые просто покупают товары в магазине.",
  "Salesforce separates clients and clients: the former sign a support contract, the latter just buy goods in the shop.",
  "Salesforce separates clients and customers: the former sign a support contract, the latter just buy goods in the shop.",
  "Latin product name inside Cyrillic")
C("ru", "twin-headings",
  "Работа с клиентами\nМы сопровождаем клиентов на всех этапах сделки и даём юридические консультации.\nРабота с [[клиентами|cu]]\nМагазин принимает возвраты от [[клиентов|cu]] в течение 14 дней после покупки.",
  "Working with clients / We support clients at every stage of a deal and give legal advice. / Working with clients / The shop accepts returns from clients within 14 days of purchase.",
  "… / Working with customers / The shop accepts returns from customers within 14 days of purchase.")
C("ru", "quotes-brackets", "«Клиент» или «клиент»: как называть тех, кто платит?",
  "«Client» or «client»: what to call those who pay?", "«Client» or «customer»: what to call those who pay?")
L("ru", "same-concept", "Служба поддержки клиентов работает для всех клиентов круглосуточно.",
  "Client support works for all clients around the clock.")
L("ru", "software", "Почтовый клиент Thunderbird синхронизирует письма, а клиенту банка достаточно открыть приложение.",
  "The Thunderbird mail client synchronises the mail, while the bank's client only needs to open the app.",
  note="software client and a person client, both rightly клиент")
L("ru", "heading-body", "Клиенты\nНаши клиенты — юридические фирмы и бухгалтерские бюро; каждому клиенту назначается персональный менеджер.",
  "Clients / Our clients are law firms and accounting offices; each client is assigned a personal manager.")
L("ru", "other-legit", "Мы работаем с каждым клиентом индивидуально: клиент клиенту рознь.",
  "We work with each client individually: every client is different.", note="idiom «клиент клиенту рознь»")
L("ru", "kept-apart", "Покупатель оплачивает заказ на сайте, а клиент юридической фирмы получает счёт раз в месяц.",
  "The customer pays for the order on the website, while a law firm's client receives an invoice once a month.")
L("ru", "quoted-name", "Приложение «Мой клиент» помогает клиентам вести учёт платежей.",
  "The app «My client» helps clients keep track of payments.")

# ============================================================ Ukrainian
# клієнт = client, покупець/замовник = customer.
C("uk", "contrast-connective",
  "Юрист веде справи клієнта роками, тоді як [[клієнт|cu]] просто купує продукти й іде.",
  "The lawyer handles the client's affairs for years, whereas the client just buys groceries and leaves.",
  "The lawyer handles the client's affairs for years, whereas the customer just buys groceries and leaves.")
C("uk", "twin-definitions",
  "Клієнт — особа, яка регулярно отримує професійні послуги та поради.\n[[Клієнт|cu]] — особа, яка купує товар у магазині.",
  "Client: a person who regularly receives professional services and advice. / Client: a person who buys goods in a shop.",
  "… / Customer: a person who buys goods in a shop.")
C("uk", "title-continues", "Різниця між клієнтом і клієнтом: хто підписує договір, а хто лише оформлює замовлення?",
  "The difference between a client and a client: who signs a contract and who merely places an order?",
  "The difference between a client and a customer: who signs a contract and who merely places an order?")
C("uk", "parallel-clauses",
  "З клієнтами ми підписуємо договори на супровід; з [[клієнтами|cu]] ми спілкуємося лише під час доставки покупок.",
  "With clients we sign support contracts; with clients we talk only when their purchases are delivered.",
  "With clients we sign support contracts; with customers we talk only when their purchases are delivered.")
C("uk", "table-header", "Ознака | Клієнт | [[Клієнт|cu]]\nСтосунки | Довгострокові, з консультаціями | Одноразова покупка",
  "Feature | Client | Client / Relationship | Long-term, with consultations | One-off purchase", "Feature | Client | Customer / …")
L("uk", "same-concept", "Клієнтам банку ми надсилаємо виписки щомісяця, а нові клієнти отримують їх одразу після відкриття рахунку.",
  "We send the bank's clients statements every month, and new clients receive them right after opening an account.")
L("uk", "software", "Клієнт-серверна архітектура: клієнт надсилає запит, сервер повертає відповідь.",
  "Client-server architecture: the client sends a request, the server returns a response.")
L("uk", "heading-body", "Наші клієнти\nСеред наших клієнтів — адвокатські бюро, клініки та IT-компанії.",
  "Our clients / Among our clients are law offices, clinics and IT companies.")
L("uk", "from-to-idiom", "Вартість супроводу різниться від клієнта до клієнта.",
  "The cost of support differs from client to client.")
L("uk", "kept-apart", "Покупець сплачує товар при отриманні, а клієнт адвоката — за годинами роботи.",
  "The customer pays for goods on delivery, and the lawyer's client by the hours of work.")

# ============================================================ Georgian
# კლიენტი = client, მომხმარებელი = customer.
C("ka", "contrast-connective",
  "ადვოკატი კლიენტს წლების განმავლობაში უწევს კონსულტაციას, მაშინ როცა [[კლიენტი|cu]] მაღაზიაში მხოლოდ ერთხელ ყიდულობს პროდუქტს.",
  "The lawyer consults the client for years, whereas the client buys a product in the shop only once.",
  "The lawyer consults the client for years, whereas the customer buys a product in the shop only once.")
C("ka", "twin-headings",
  "კლიენტი\nკლიენტი არის პირი, რომელიც იღებს პროფესიულ მომსახურებას ან რჩევას.\n[[კლიენტი|cu]]\n[[კლიენტი|cu]] არის პირი, რომელიც ყიდულობს საქონელს ან მომსახურებას.",
  "Client / A client is a person who receives professional services or advice. / Client / A client is a person who buys goods or services.",
  "… / Customer / A customer is a person who buys goods or services.")
C("ka", "parallel-clauses",
  "მომხმარებლები ყიდულობენ ჩვენს პროდუქტებს, ხოლო [[მომხმარებლები|cl]] ჩვენი სააგენტოსგან გრძელვადიან კონსულტაციას იღებენ.",
  "Customers buy our products, while customers receive long-term consultation from our agency.",
  "Customers buy our products, while clients receive long-term consultation from our agency.",
  "the MT used the customer word for both")
C("ka", "table-header", "კრიტერიუმი | კლიენტი | [[კლიენტი|cu]]\nურთიერთობა | გრძელვადიანი | ერთჯერადი შესყიდვა",
  "Criterion | Client | Client / Relationship | Long-term | One-off purchase", "Criterion | Client | Customer / …")
C("ka", "or", "კლიენტი თუ კლიენტი? რა განსხვავებაა მათ შორის",
  "Client or client? What is the difference between them", "Client or customer? What is the difference between them")
C("ka", "between", "განსხვავება კლიენტსა და კლიენტს შორის",
  "The difference between a client and a client", "The difference between a client and a customer")
L("ka", "same-concept", "მომხმარებელთა მომსახურების ცენტრი ეხმარება ყველა მომხმარებელს, ვინც ჩვენს მაღაზიაში ყიდულობს.",
  "The customer service centre helps every customer who buys in our shop.")
L("ka", "software", "ელფოსტის კლიენტი ავტომატურად უგზავნის შეტყობინებას კლიენტს, როცა ინვოისი მზად არის.",
  "The email client automatically sends the client a message when the invoice is ready.",
  note="software client and a person client, both rightly კლიენტი")
L("ka", "heading-body", "ჩვენი კლიენტები\nჩვენი კლიენტები არიან იურიდიული ფირმები და სამედიცინო კლინიკები.",
  "Our clients / Our clients are law firms and medical clinics.")
L("ka", "kept-apart", "ბანკი თავის კლიენტებს პირად მენეჯერს უნიშნავს, მაღაზია კი მომხმარებლებს ფასდაკლებას სთავაზობს.",
  "The bank assigns its clients a personal manager, while the shop offers customers discounts.")

# ============================================================ Indonesian
# klien = client, pelanggan = customer.
C("id", "contrast-connective",
  "Toko daring melayani pelanggan yang membeli sekali, sedangkan firma hukum mendampingi [[pelanggan|cl]] selama bertahun-tahun.",
  "The online shop serves customers who buy once, whereas the law firm accompanies customers for years.",
  "The online shop serves customers who buy once, whereas the law firm accompanies clients for years.")
C("id", "contrast-connective",
  "Agensi kami menyusun strategi jangka panjang untuk klien, sedangkan [[klien|cu]] di toko cukup membayar di kasir.",
  "Our agency builds a long-term strategy for clients, whereas clients in the shop just pay at the till.",
  "Our agency builds a long-term strategy for clients, whereas customers in the shop just pay at the till.")
C("id", "twin-definitions",
  "Klien: pihak yang menerima layanan profesional secara berkelanjutan.\n[[Klien|cu]]: orang yang membeli barang atau jasa dari toko.",
  "Client: a party that receives professional services on an ongoing basis. / Client: a person who buys goods or services from a shop.",
  "… / Customer: a person who buys goods or services from a shop.")
C("id", "table-header", "Aspek | [[Pelanggan|cl]] | Pelanggan\nHubungan | Jangka panjang, berbasis konsultasi | Sekali beli",
  "Aspect | Customer | Customer / Relationship | Long-term, consultation-based | One-time purchase", "Aspect | Client | Customer / …")
C("id", "vs", "Klien vs klien: mana yang lebih menguntungkan bagi bisnis Anda?",
  "Client vs client: which is more profitable for your business?", "Client vs customer: which is more profitable for your business?")
C("id", "faq",
  "T: Apa bedanya [[pelanggan|cl]] dan pelanggan?\nJ: [[Pelanggan|cl]] mendapat nasihat dari konsultan kami secara rutin, sedangkan pelanggan hanya membeli produk.",
  "Q: What is the difference between a customer and a customer? / A: The customer gets advice from our consultants regularly, whereas the customer only buys products.",
  "Q: What is the difference between a client and a customer? / A: The client gets advice … whereas the customer only buys products.")
L("id", "same-concept", "Layanan pelanggan kami siap membantu pelanggan 24 jam, dan setiap pelanggan mendapat nomor tiket.",
  "Our customer service is ready to help customers 24 hours a day, and every customer gets a ticket number.")
L("id", "software", "Aplikasi klien terhubung ke server, sedangkan klien kami cukup masuk melalui browser.",
  "The client application connects to the server, whereas our clients just sign in through the browser.",
  note="software client and person client, both rightly klien")
L("id", "heading-body", "Klien Kami\nKlien kami meliputi kantor hukum, rumah sakit, dan perusahaan teknologi.",
  "Our Clients / Our clients include law offices, hospitals and technology companies.")
L("id", "kept-apart", "Pengacara menjaga rahasia kliennya, sementara toko menjaga data pelanggannya.",
  "The lawyer keeps the client's secrets, while the shop protects its customers' data.")

# ============================================================ German
# Kunde ambiguous; Mandant/Klient/Auftraggeber = client, Käufer = customer: a fix on either side.
C("de", "contrast-connective",
  "Die Kanzlei berät ihre [[Kunden|cl]] laufend in Steuerfragen, während die Kunden eines Onlineshops nur einmal kaufen.",
  "The firm advises its customers on tax matters continuously, while the customers of an online shop buy only once.",
  "The firm advises its clients on tax matters continuously, while the customers of an online shop buy only once.")
C("de", "twin-definitions",
  "• Kunde: ein Unternehmen, das unsere Agentur langfristig mit Projekten beauftragt.\n• [[Kunde|cu]]: eine Person, die im Shop ein Produkt kauft.",
  "• Customer: a company that commissions our agency with projects in the long term. / • Customer: a person who buys a product in the shop.",
  "• Client: a company that commissions our agency … / • Customer: a person who buys a product in the shop.")
C("de", "between", "Was ist der Unterschied zwischen einem Kunden und einem Kunden?",
  "What is the difference between a customer and a customer?", "What is the difference between a client and a customer?")
C("de", "table-header", "Merkmal | Kunde | [[Kunde|cu]]\nBeziehung | dauerhaft, mit Beratung | einmaliger Kauf",
  "Feature | Customer | Customer / Relationship | lasting, with advice | one-off purchase", "Feature | Client | Customer / …")
C("de", "with-compared", "Kunde im Vergleich zum Kunden: Wer bringt einer Agentur mehr Umsatz?",
  "Customer compared with the customer: who brings an agency more revenue?", "Client compared with the customer: who brings an agency more revenue?")
C("de", "title-continues", "Kunde vs. Kunde – warum Ihre Agentur den Unterschied kennen sollte",
  "Customer vs. customer – why your agency should know the difference", "Client vs. customer – why your agency should know the difference")
L("de", "same-concept", "Unser Kundenservice ist für alle Kunden da – auch für Kunden, die noch nichts gekauft haben.",
  "Our customer service is there for all customers – also for customers who have not bought anything yet.")
L("de", "software", "Der E-Mail-Client synchronisiert die Kundendaten, damit jeder Kunde seine Rechnungen sieht.",
  "The email client synchronises the customer data so that every customer sees their invoices.")
L("de", "heading-body", "Kunden\nUnsere Kunden erhalten ihre Rechnung per E-Mail; jeder Kunde kann sie im Kundenkonto herunterladen.",
  "Customers / Our customers receive their invoice by email; every customer can download it in the customer account.")
L("de", "modifier", "Tarif | Privatkunden | Geschäftskunden\nPreis pro Monat | 9 € | 29 €",
  "Plan | Private customers | Business customers / Price per month | €9 | €29", note="pricing table, compounds in the header row")
L("de", "kept-apart", "Die Anwältin vertritt ihren Mandanten vor Gericht, der Kunde im Supermarkt zahlt an der Kasse.",
  "The lawyer represents her client in court; the customer in the supermarket pays at the till.")

# ============================================================ French
# client ambiguous, no general word for a professional's client: the fix is on the customer side.
C("fr", "contrast-connective",
  "Le client reçoit des conseils réguliers, tandis que le [[client|cu]] achète un produit et s'en va.",
  "The client receives regular advice, while the client buys a product and leaves.",
  "The client receives regular advice, while the customer buys a product and leaves.")
C("fr", "twin-definitions",
  "Client : personne qui bénéficie d'un accompagnement professionnel suivi.\n[[Client|cu]] : personne qui achète un bien dans un magasin.",
  "Client: a person who benefits from ongoing professional support. / Client: a person who buys an item in a shop.",
  "… / Customer: a person who buys an item in a shop.")
C("fr", "quotes-brackets", "« Client » ou « client » : quel mot employer sur votre site ?",
  "« Client » or « client »: which word to use on your site?", "« Client » or « customer »: which word to use on your site?")
C("fr", "table-header", "Critère | Client | [[Client|cu]]\nRelation | suivie, sur le long terme | ponctuelle, un seul achat",
  "Criterion | Client | Client / Relationship | ongoing, long-term | occasional, a single purchase", "Criterion | Client | Customer / …")
C("fr", "parallel-clauses",
  "Les [[clients|cu]] passent à la caisse et repartent ; les clients restent avec le cabinet pendant des années.",
  "Clients go through the till and leave; clients stay with the firm for years.",
  "Customers go through the till and leave; clients stay with the firm for years.")
L("fr", "same-concept", "Le service client répond à tous les clients, y compris aux clients qui n'ont pas encore commandé.",
  "Customer service answers all customers, including customers who have not ordered yet.")
L("fr", "software", "Le client de messagerie affiche les factures envoyées au client.",
  "The mail client shows the invoices sent to the customer.", note="software client and a person, both rightly client")
L("fr", "heading-body", "Nos clients\nNos clients sont des cabinets d'avocats, des cliniques et des éditeurs de logiciels.",
  "Our clients / Our clients are law firms, clinics and software publishers.")
L("fr", "modifier", "Offre | Clients particuliers | Clients professionnels\nDélai de paiement | 14 jours | 30 jours",
  "Offer | Private clients | Business clients / Payment term | 14 days | 30 days")
L("fr", "same-concept", "Le Client s'engage à régler les honoraires ; à défaut, le Cabinet peut suspendre sa mission après mise en demeure du Client.",
  "The Client undertakes to pay the fees; failing that, the Firm may suspend its work after formal notice to the Client.",
  note="contract clause with a defined term")

# ============================================================ Spanish
# cliente ambiguous; the fix is on the customer side (comprador, consumidor).
C("es", "contrast-connective",
  "El cliente recibe asesoría continua de su abogado, mientras que el [[cliente|cu]] solo compra un producto en la tienda.",
  "The client receives ongoing advice from their lawyer, while the client only buys a product in the shop.",
  "The client receives ongoing advice from their lawyer, while the customer only buys a product in the shop.")
C("es", "between", "¿Cuál es la diferencia entre cliente y cliente?",
  "What is the difference between client and client?", "What is the difference between client and customer?")
C("es", "twin-definitions",
  "- Cliente: empresa que contrata a la agencia para proyectos a largo plazo.\n- [[Cliente|cu]]: persona que compra en la tienda online.",
  "- Client: a company that hires the agency for long-term projects. / - Client: a person who buys in the online shop.",
  "… / - Customer: a person who buys in the online shop.")
C("es", "table-header", "Aspecto | Cliente | [[Cliente|cu]]\nRelación | continua, basada en asesoría | puntual, una sola compra",
  "Aspect | Client | Client / Relationship | ongoing, based on advice | one-off, a single purchase", "Aspect | Client | Customer / …")
C("es", "tautology", "Todo cliente es un cliente, pero no todo cliente es un cliente.",
  "Every client is a client, but not every client is a client.", "Every client is a customer, but not every customer is a client.")
L("es", "same-concept", "Atención al cliente: ayudamos a cada cliente a resolver sus dudas.",
  "Customer service: we help every customer resolve their questions.")
L("es", "software", "Certificado de cliente: el servidor comprueba el certificado de cliente antes de abrir la sesión.",
  "Client certificate: the server checks the client certificate before opening the session.")
L("es", "heading-body", "Clientes\nNuestros clientes reciben un informe mensual; cada cliente puede descargarlo desde su área privada.",
  "Clients / Our clients receive a monthly report; each client can download it from their private area.")
L("es", "of-our", "Ayudamos a nuestros clientes a fidelizar a sus propios clientes.",
  "We help our clients retain their own customers.")
L("es", "kept-apart", "El comprador paga en caja, mientras que el cliente del despacho paga honorarios mensuales.",
  "The buyer pays at the till, while the firm's client pays monthly fees.")

# ============================================================ Italian
# cliente ambiguous; assistito = client, acquirente/consumatore = customer: a fix on either side.
C("it", "contrast-connective",
  "Il [[cliente|cl]] riceve una consulenza continuativa, mentre il cliente acquista un prodotto e se ne va.",
  "The customer receives ongoing advice, while the customer buys a product and leaves.",
  "The client receives ongoing advice, while the customer buys a product and leaves.")
C("it", "twin-definitions",
  "Cliente: chi riceve servizi professionali nell'ambito di un rapporto continuativo.\n[[Cliente|cu]]: chi acquista beni o servizi in un negozio.",
  "Client: one who receives professional services within an ongoing relationship. / Client: one who buys goods or services in a shop.",
  "… / Customer: one who buys goods or services in a shop.")
C("it", "vs", "Cliente vs cliente: perché la tua agenzia deve distinguerli",
  "Client vs client: why your agency must tell them apart", "Client vs customer: why your agency must tell them apart")
C("it", "table-header", "Criterio | Cliente | [[Cliente|cu]]\nRapporto | continuativo, basato sulla consulenza | occasionale, un singolo acquisto",
  "Criterion | Client | Client / Relationship | ongoing, advice-based | occasional, a single purchase", "Criterion | Client | Customer / …")
C("it", "parallel-clauses",
  "I [[clienti|cu]] comprano online e ricevono il pacco a casa; i [[clienti|cl]], invece, ricevono dallo studio un parere scritto ogni trimestre.",
  "Customers buy online and receive the parcel at home; customers, instead, receive a written opinion from the firm every quarter.",
  "Customers buy online …; clients, instead, receive a written opinion from the firm every quarter.",
  "both sides marked by hand: the shared sides.py finds the Italian singular cliente only, not the plural clienti")
L("it", "same-concept", "Il servizio clienti è a disposizione di tutti i clienti, anche di chi non ha ancora effettuato un ordine.",
  "Customer service is available to all customers, also to those who have not placed an order yet.")
L("it", "heading-body", "I nostri clienti\nTra i nostri clienti ci sono studi legali, cliniche e aziende di software.",
  "Our clients / Among our clients are law firms, clinics and software companies.")
L("it", "software", "Il client di posta scarica le fatture inviate ai clienti.",
  "The mail client downloads the invoices sent to customers.")
L("it", "kept-apart", "L'avvocato tutela l'assistito, il negozio tutela il consumatore.",
  "The lawyer protects the client, the shop protects the consumer.")
L("it", "modifier", "Clienti privati e clienti aziendali hanno listini diversi.",
  "Private customers and business customers have different price lists.")

# ============================================================ Portuguese
# cliente ambiguous; the fix is on the customer side.
C("pt", "contrast-connective",
  "O cliente recebe aconselhamento contínuo do escritório, enquanto o [[cliente|cu]] apenas compra um produto na loja.",
  "The client receives ongoing advice from the firm, while the client only buys a product in the shop.",
  "The client receives ongoing advice from the firm, while the customer only buys a product in the shop.")
C("pt", "faq",
  "Qual é a diferença entre cliente e [[cliente|cu]]?\nO cliente mantém um relacionamento de longo prazo com a consultoria; o [[cliente|cu]] faz uma compra e vai embora.",
  "What is the difference between client and client? / The client keeps a long-term relationship with the consultancy; the client makes a purchase and leaves.",
  "What is the difference between client and customer? / … the customer makes a purchase and leaves.")
C("pt", "table-header", "Critério | Cliente | [[Cliente|cu]]\nRelacionamento | contínuo, com consultoria | uma única compra",
  "Criterion | Client | Client / Relationship | ongoing, with consulting | a single purchase", "Criterion | Client | Customer / …")
C("pt", "quotes-brackets",
  "Use “cliente” para quem contrata a agência e “[[cliente|cu]]” para quem compra na loja.",
  "Use “client” for those who hire the agency and “client” for those who buy in the shop.",
  "Use “client” for those who hire the agency and “customer” for those who buy in the shop.", "style-guide sentence")
C("pt", "or", "Cliente ou cliente? Entenda a diferença antes de montar seu CRM",
  "Client or client? Understand the difference before setting up your CRM", "Client or customer? Understand the difference before setting up your CRM")
L("pt", "same-concept", "Nosso atendimento ao cliente responde a todos os clientes em até 24 horas.",
  "Our customer service answers all customers within 24 hours.")
L("pt", "heading-body", "Clientes\nOs nossos clientes recebem a fatura por e-mail; cada cliente pode consultá-la na área reservada.",
  "Customers / Our customers receive the invoice by email; each customer can view it in the private area.")
L("pt", "software", "O certificado de cliente é verificado pelo servidor sempre que o cliente se conecta.",
  "The client certificate is checked by the server whenever the client connects.")
L("pt", "kept-apart", "O consumidor paga no caixa; o cliente do advogado paga honorários.",
  "The consumer pays at the till; the lawyer's client pays fees.")
L("pt", "modifier", "Temos ofertas para clientes novos e para clientes antigos.",
  "We have offers for new customers and for long-standing customers.")

# ============================================================ Polish
# klient ambiguous; the fix is on the customer side (kupujący, nabywca).
C("pl", "contrast-connective",
  "Kancelaria doradza klientowi przez wiele lat, podczas gdy [[klient|cu]] robi zakupy tylko raz i odchodzi.",
  "The law firm advises the client for many years, whereas the client shops only once and leaves.",
  "The law firm advises the client for many years, whereas the customer shops only once and leaves.")
C("pl", "twin-definitions",
  "Klient – osoba, która korzysta z usług doradcy w ramach stałej współpracy.\n[[Klient|cu]] – osoba, która kupuje towar w sklepie.",
  "Client – a person who uses an adviser's services in a lasting cooperation. / Client – a person who buys goods in a shop.",
  "… / Customer – a person who buys goods in a shop.")
C("pl", "between", "Czym różni się klient od klienta?",
  "How does a client differ from a client?", "How does a client differ from a customer?")
C("pl", "table-header", "Kryterium | Klient | [[Klient|cu]]\nRelacja | długoterminowa, z doradztwem | jednorazowy zakup",
  "Criterion | Client | Client / Relationship | long-term, with advice | one-off purchase", "Criterion | Client | Customer / …")
C("pl", "parallel-clauses", "Klientów obsługujemy przez wiele lat, a [[klientów|cu]] tylko przy kasie.",
  "Clients we serve for many years, and clients only at the till.", "Clients we serve for many years, and customers only at the till.")
L("pl", "same-concept", "Biuro obsługi klienta pomaga każdemu klientowi, także klientom, którzy jeszcze nic nie kupili.",
  "Customer service helps every customer, also customers who have not bought anything yet.")
L("pl", "software", "Klient poczty pobiera faktury, które klient otrzymuje co miesiąc.",
  "The mail client downloads the invoices the customer receives every month.")
L("pl", "heading-body", "Nasi klienci\nNaszymi klientami są kancelarie, przychodnie i firmy technologiczne.",
  "Our clients / Our clients are law firms, clinics and technology companies.")
L("pl", "kept-apart", "Kupujący płaci przy odbiorze, a klient kancelarii otrzymuje fakturę raz w miesiącu.",
  "The buyer pays on delivery, and the law firm's client receives an invoice once a month.")
L("pl", "modifier", "Klienci indywidualni i klienci biznesowi mają różne cenniki.",
  "Individual customers and business customers have different price lists.")

# ============================================================ Turkish
# müşteri ambiguous; müvekkil/danışan = client, alıcı = customer: a fix on either side.
C("tr", "contrast-connective",
  "Avukat [[müşterisine|cl]] yıllarca danışmanlık verir, müşteri ise ürünü bir kez satın alıp gider.",
  "The lawyer gives his customer advice for years, whereas the customer buys the product once and leaves.",
  "The lawyer gives his client advice for years, whereas the customer buys the product once and leaves.")
C("tr", "twin-definitions",
  "Müşteri: Profesyonel hizmeti sürekli olarak alan kişi veya kurum.\n[[Müşteri|cu]]: Bir mağazadan mal veya hizmet satın alan kişi.",
  "Customer: a person or institution that receives professional services continuously. / Customer: a person who buys goods or services from a shop.",
  "Client: … / Customer: a person who buys goods or services from a shop.")
C("tr", "between", "Müşteri ile müşteri arasındaki fark nedir?",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("tr", "table-header", "Kriter | Müşteri | [[Müşteri|cu]]\nİlişki | Uzun vadeli, danışmanlığa dayalı | Tek seferlik satın alma",
  "Criterion | Customer | Customer / Relationship | Long-term, advice-based | One-time purchase", "Criterion | Client | Customer / …")
C("tr", "parallel-clauses",
  "Müşterilerimiz ürünlerimizi internetten satın alıyor; [[müşterilerimizin|cl]] davalarını ise hukuk ekibimiz takip ediyor.",
  "Our customers buy our products online; our customers' cases, on the other hand, are followed by our legal team.",
  "Our customers buy our products online; our clients' cases, on the other hand, are followed by our legal team.")
L("tr", "same-concept", "Müşteri hizmetlerimiz tüm müşterilerimize 7/24 destek verir.",
  "Our customer services support all our customers 24/7.")
L("tr", "software", "İstemci sertifikası müşterinin kimliğini doğrulamak için kullanılır; müşteri ayrıca şifre girmez.",
  "The client certificate is used to verify the customer's identity; the customer does not enter a password as well.")
L("tr", "heading-body", "Müşterilerimiz\nMüşterilerimiz arasında hukuk büroları, klinikler ve yazılım şirketleri bulunuyor.",
  "Our customers / Among our customers are law offices, clinics and software companies.")
L("tr", "kept-apart", "Avukat müvekkilini savunur, mağaza ise alıcıya fatura keser.",
  "The lawyer defends his client, while the shop issues an invoice to the buyer.")
L("tr", "modifier", "Yeni müşterilere %10 indirim, sadık müşterilere ise ücretsiz kargo.",
  "10% off for new customers, and free shipping for loyal customers.", note="modifiers with the contrast particle ise")

# ============================================================ Arabic
# عميل ambiguous; موكل = client, زبون = customer: a fix on either side.
C("ar", "contrast-connective",
  "يقدّم المكتب الاستشارات [[للعميل|cl]] على مدى سنوات، بينما يشتري العميل المنتج مرة واحدة.",
  "The office gives the customer consultations over years, while the customer buys the product once.",
  "The office gives the client consultations over years, while the customer buys the product once.")
C("ar", "glued-conjunction", "ما الفرق بين العميل والعميل؟",
  "What is the difference between the customer and the customer?", "What is the difference between the client and the customer?")
C("ar", "twin-definitions",
  "العميل: جهة تتلقى خدمات مهنية بشكل مستمر.\n[[العميل|cu]]: شخص يشتري السلع أو الخدمات من متجر.",
  "Customer: a party that receives professional services continuously. / Customer: a person who buys goods or services from a shop.",
  "Client: … / Customer: a person who buys goods or services from a shop.")
C("ar", "table-header", "المعيار | العميل | [[العميل|cu]]\nالعلاقة | طويلة الأمد | شراء لمرة واحدة",
  "Criterion | Customer | Customer / Relationship | Long-term | One-time purchase", "Criterion | Client | Customer / …")
C("ar", "parallel-clauses",
  "يشتري العملاء منتجاتنا عبر الإنترنت، أما [[العملاء|cl]] فيحصلون منا على مشورة قانونية مستمرة.",
  "Customers buy our products online, while as for the customers, they get ongoing legal advice from us.",
  "Customers buy our products online, while clients get ongoing legal advice from us.")
L("ar", "same-concept", "خدمة العملاء متاحة لجميع العملاء على مدار الساعة.",
  "Customer service is available to all customers around the clock.")
L("ar", "software", "يتحقق الخادم من شهادة العميل قبل أن يسمح للعميل بالاتصال.",
  "The server checks the client certificate before it allows the client to connect.")
L("ar", "heading-body", "عملاؤنا\nمن بين عملائنا مكاتب محاماة وعيادات، ويحصل كل عميل على مدير حساب خاص.",
  "Our clients / Among our clients are law offices and clinics, and every client gets a dedicated account manager.")
L("ar", "kept-apart", "يدافع المحامي عن موكله، بينما يدفع الزبون ثمن السلعة عند الصندوق.",
  "The lawyer defends his client, while the customer pays for the item at the till.")
L("ar", "of-our", "نساعد عملاءنا على فهم عملائهم بشكل أفضل.",
  "We help our clients understand their customers better.")

# ============================================================ Hebrew
# לקוח ambiguous; מרשה = client, קונה = customer: a fix on either side.
C("he", "contrast-connective",
  "עורך הדין מלווה את [[הלקוח|cl]] במשך שנים, ואילו הלקוח קונה מוצר פעם אחת והולך.",
  "The lawyer accompanies the customer for years, whereas the customer buys a product once and leaves.",
  "The lawyer accompanies the client for years, whereas the customer buys a product once and leaves.")
C("he", "between", "מה ההבדל בין לקוח ללקוח?",
  "What is the difference between a customer and a customer?", "What is the difference between a client and a customer?")
C("he", "twin-definitions",
  "לקוח: אדם או ארגון המקבלים שירות מקצועי לאורך זמן.\n[[לקוח|cu]]: אדם הקונה מוצרים או שירותים בחנות.",
  "Customer: a person or organisation receiving professional service over time. / Customer: a person who buys products or services in a shop.",
  "Client: … / Customer: a person who buys products or services in a shop.")
C("he", "table-header", "קריטריון | לקוח | [[לקוח|cu]]\nקשר | ארוך טווח | רכישה חד־פעמית",
  "Criterion | Customer | Customer / Relationship | Long-term | One-time purchase", "Criterion | Client | Customer / …")
C("he", "parallel-clauses",
  "הלקוחות קונים באתר ומקבלים משלוח חינם, ואילו [[הלקוחות|cl]] מקבלים מאיתנו ייעוץ משפטי שוטף.",
  "The customers buy on the site and get free shipping, whereas the customers get ongoing legal advice from us.",
  "The customers buy on the site …, whereas the clients get ongoing legal advice from us.")
L("he", "same-concept", "שירות הלקוחות שלנו זמין לכל לקוח, גם ללקוחות שעדיין לא הזמינו.",
  "Our customer service is available to every customer, also to customers who have not ordered yet.")
L("he", "software", "השרת בודק את תעודת הלקוח לפני שהוא מאפשר ללקוח להתחבר.",
  "The server checks the client certificate before it allows the client to connect.")
L("he", "heading-body", "הלקוחות שלנו\nבין לקוחותינו משרדי עורכי דין, מרפאות וחברות תוכנה.",
  "Our clients / Among our clients are law offices, clinics and software companies.")
L("he", "kept-apart", "עורך הדין מייצג את מרשו, ואילו הקונה משלם בקופה.",
  "The lawyer represents his client, whereas the buyer pays at the till.")
L("he", "modifier", "יש לנו מסלולים שונים ללקוחות פרטיים וללקוחות עסקיים.",
  "We have different plans for private customers and for business customers.")

# ============================================================ Persian
# مشتری ambiguous; موکل = client, خریدار = customer: a fix on either side.
C("fa", "contrast-connective",
  "دفتر وکالت سال‌ها به [[مشتری|cl]] مشاوره می‌دهد، در حالی که مشتری فقط یک بار کالا می‌خرد و می‌رود.",
  "The law office advises the customer for years, whereas the customer buys goods only once and leaves.",
  "The law office advises the client for years, whereas the customer buys goods only once and leaves.")
C("fa", "and", "تفاوت مشتری و مشتری چیست؟",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("fa", "twin-definitions",
  "مشتری: شخص یا سازمانی که به‌طور مستمر خدمات حرفه‌ای دریافت می‌کند.\n[[مشتری|cu]]: کسی که از فروشگاه کالا یا خدمات می‌خرد.",
  "Customer: a person or organisation that continuously receives professional services. / Customer: someone who buys goods or services from a shop.",
  "Client: … / Customer: someone who buys goods or services from a shop.")
C("fa", "parallel-clauses",
  "مشتری‌ها محصولات را آنلاین می‌خرند، اما [[مشتری|cl]]‌ها از ما مشاوره حقوقی مستمر می‌گیرند.",
  "Customers buy the products online, but customers get ongoing legal advice from us.",
  "Customers buy the products online, but clients get ongoing legal advice from us.", "plural ‌ها after a zero-width non-joiner")
C("fa", "table-header", "معیار | مشتری | [[مشتری|cu]]\nرابطه | بلندمدت و مبتنی بر مشاوره | خرید یک‌باره",
  "Criterion | Customer | Customer / Relationship | Long-term, advice-based | One-time purchase", "Criterion | Client | Customer / …")
L("fa", "same-concept", "پشتیبانی مشتریان به همهٔ مشتری‌ها، حتی مشتری‌هایی که هنوز خرید نکرده‌اند، پاسخ می‌دهد.",
  "Customer support answers all customers, even customers who have not bought anything yet.")
L("fa", "software", "کلاینت ایمیل فاکتورهایی را که مشتری دریافت می‌کند دانلود می‌کند و مشتری می‌تواند آن‌ها را آفلاین ببیند.",
  "The email client downloads the invoices the customer receives, and the customer can view them offline.")
L("fa", "heading-body", "مشتریان ما\nمشتریان ما دفاتر وکالت، درمانگاه‌ها و شرکت‌های نرم‌افزاری هستند.",
  "Our clients / Our clients are law offices, clinics and software companies.")
L("fa", "kept-apart", "وکیل از موکل خود دفاع می‌کند، در حالی که خریدار پول کالا را در صندوق می‌پردازد.",
  "The lawyer defends his client, whereas the buyer pays for the goods at the till.")
L("fa", "modifier", "مشتریان جدید و مشتریان وفادار تخفیف‌های متفاوتی دارند.",
  "New customers and loyal customers have different discounts.")

# ============================================================ Hindi
# ग्राहक ambiguous; मुवक्किल/क्लाइंट = client, खरीदार = customer: a fix on either side.
C("hi", "contrast-connective",
  "वकील अपने [[ग्राहक|cl]] को वर्षों तक सलाह देता है, जबकि ग्राहक दुकान से एक बार सामान खरीदकर चला जाता है।",
  "The lawyer advises his customer for years, whereas the customer buys goods from the shop once and leaves.",
  "The lawyer advises his client for years, whereas the customer buys goods from the shop once and leaves.")
C("hi", "and", "ग्राहक और ग्राहक में क्या अंतर है?",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("hi", "twin-definitions",
  "ग्राहक: वह व्यक्ति या संस्था जो लंबे समय तक पेशेवर सेवाएँ लेती है।\n[[ग्राहक|cu]]: वह व्यक्ति जो दुकान से सामान या सेवा खरीदता है।",
  "Customer: the person or institution that takes professional services over a long time. / Customer: the person who buys goods or a service from a shop.",
  "Client: … / Customer: the person who buys goods or a service from a shop.")
C("hi", "table-header", "आधार | ग्राहक | [[ग्राहक|cu]]\nसंबंध | दीर्घकालिक, परामर्श पर आधारित | एक बार की खरीद",
  "Basis | Customer | Customer / Relationship | long-term, advice-based | one-time purchase", "Basis | Client | Customer / …")
C("hi", "parallel-clauses",
  "ग्राहकों को हम ऑनलाइन उत्पाद बेचते हैं, और [[ग्राहकों|cl]] को हमारी फर्म निरंतर कानूनी सलाह देती है।",
  "To customers we sell products online, and to customers our firm gives continuous legal advice.",
  "To customers we sell products online, and to clients our firm gives continuous legal advice.")
L("hi", "same-concept", "हमारी ग्राहक सेवा हर ग्राहक की मदद के लिए चौबीसों घंटे उपलब्ध है।",
  "Our customer service is available round the clock to help every customer.")
L("hi", "heading-body", "हमारे ग्राहक\nहमारे ग्राहकों में वकीलों के दफ़्तर, क्लिनिक और सॉफ़्टवेयर कंपनियाँ शामिल हैं।",
  "Our clients / Our clients include lawyers' offices, clinics and software companies.")
L("hi", "kept-apart", "वकील अपने मुवक्किल का बचाव करता है, जबकि खरीदार काउंटर पर भुगतान करता है।",
  "The lawyer defends his client, whereas the buyer pays at the counter.")
L("hi", "software", "क्लाइंट सर्टिफिकेट से सर्वर ग्राहक की पहचान करता है, इसलिए ग्राहक को पासवर्ड नहीं डालना पड़ता।",
  "With the client certificate the server identifies the customer, so the customer does not have to enter a password.",
  note="क्लाइंट here is the software sense, next to the customer")
L("hi", "modifier", "नए ग्राहकों और पुराने ग्राहकों के लिए अलग-अलग ऑफ़र हैं।",
  "There are different offers for new customers and old customers.")

# ============================================================ Chinese
# 客户 ambiguous; 委托人/当事人 = client, 顾客 = customer: a fix on either side.
C("zh", "contrast-connective", "律师事务所长期为[[客户|cl]]提供法律咨询，而客户只是在商店里买一次东西。",
  "The law firm gives the customer legal advice over the long term, while the customer just buys something in a shop once.",
  "The law firm gives the client legal advice over the long term, while the customer just buys something in a shop once.")
C("zh", "between", "客户与客户有什么区别？",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("zh", "twin-definitions", "客户：长期接受专业服务或咨询的个人或机构。\n[[客户|cu]]：从商店购买商品或服务的人。",
  "Customer: a person or organisation that receives professional services or advice over the long term. / Customer: a person who buys goods or services from a shop.",
  "Client: … / Customer: a person who buys goods or services from a shop.")
C("zh", "table-header", "对比项 | 客户 | [[客户|cu]]\n关系 | 长期、以咨询为主 | 一次性购买",
  "Item | Customer | Customer / Relationship | long-term, mainly advice | one-time purchase", "Item | Client | Customer / …")
C("zh", "quotes-brackets", "在系统中，“客户”指签订年度服务合同的企业，“[[客户|cu]]”指在网店下单的个人。",
  "In the system, “customer” means a company with an annual service contract, and “customer” means an individual who orders in the online shop.",
  "In the system, “client” means a company with an annual service contract, and “customer” means an individual who orders in the online shop.", "CRM help text")
L("zh", "same-concept", "客服中心为所有客户提供服务，包括还没有下单的客户。",
  "The customer service centre serves all customers, including customers who have not ordered yet.")
L("zh", "software", "客户端会自动登录，客户无需再次输入密码。",
  "The client software logs in automatically; the customer does not need to enter the password again.", note="客户端 is the program")
L("zh", "heading-body", "我们的客户\n我们的客户包括律师事务所、诊所和软件公司。",
  "Our clients / Our clients include law firms, clinics and software companies.")
L("zh", "kept-apart", "律师维护委托人的利益，而顾客在收银台付款。",
  "The lawyer protects the client's interests, while the customer pays at the till.")
L("zh", "of-our", "我们帮助客户更好地了解他们的客户。",
  "We help clients understand their customers better.")

# ============================================================ Japanese
# 顧客 ambiguous; クライアント/依頼人 = client, お客様/購入者 = customer: a fix on either side.
C("ja", "contrast-connective", "法律事務所は[[顧客|cl]]に長期的な助言を行う一方、顧客は店で商品を一度買うだけだ。",
  "The law firm gives customers long-term advice, while customers just buy a product in a shop once.",
  "The law firm gives clients long-term advice, while customers just buy a product in a shop once.")
C("ja", "particle", "顧客と顧客の違いとは？",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("ja", "twin-definitions", "顧客：専門的なサービスを継続して受ける個人または組織。\n[[顧客|cu]]：店舗で商品やサービスを購入する人。",
  "Customer: a person or organisation that receives professional services continuously. / Customer: a person who buys goods or services in a shop.",
  "Client: … / Customer: a person who buys goods or services in a shop.")
C("ja", "table-header", "比較項目 | 顧客 | [[顧客|cu]]\n関係 | 長期的・相談が中心 | 一度きりの購入",
  "Item | Customer | Customer / Relationship | long-term, mainly consultation | a one-off purchase", "Item | Client | Customer / …")
C("ja", "parallel-clauses", "顧客はオンラインで商品を購入し、[[顧客|cl]]は当事務所から継続的な法的助言を受けます。",
  "Customers buy products online, and customers receive ongoing legal advice from our office.",
  "Customers buy products online, and clients receive ongoing legal advice from our office.")
L("ja", "same-concept", "顧客サポートはすべての顧客に二十四時間対応しています。",
  "Customer support serves all customers twenty-four hours a day.")
L("ja", "software", "クライアント証明書でサーバーが顧客を認証するので、顧客はパスワードを入力する必要がありません。",
  "With the client certificate the server authenticates the customer, so the customer does not need to enter a password.",
  note="クライアント here is the software sense")
L("ja", "heading-body", "私たちの顧客\n私たちの顧客には法律事務所、クリニック、ソフトウェア会社が含まれます。",
  "Our clients / Our clients include law firms, clinics and software companies.")
L("ja", "kept-apart", "弁護士は依頼人を守り、お客様はレジで代金を支払います。",
  "The lawyer protects the client, and customers pay at the till.")
L("ja", "same-concept", "お客様各位\nお客様の個人情報は厳重に管理しております。",
  "Dear customers / We strictly protect our customers' personal information.", note="letter salutation and its body")

# ============================================================ Korean
# 고객 ambiguous; 의뢰인/클라이언트 = client, 구매자 = customer: a fix on either side.
C("ko", "contrast-connective", "법률 사무소는 [[고객에게|cl]] 수년간 자문을 제공하는 반면, 고객은 매장에서 한 번 물건을 사고 떠난다.",
  "The law office gives the customer advice for years, whereas the customer buys something in a shop once and leaves.",
  "The law office gives the client advice for years, whereas the customer buys something in a shop once and leaves.")
C("ko", "particle", "고객과 고객의 차이점은 무엇일까?",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("ko", "twin-definitions", "고객: 전문 서비스를 지속적으로 받는 개인 또는 기관.\n[[고객|cu]]: 매장에서 상품이나 서비스를 구매하는 사람.",
  "Customer: a person or institution that receives professional services continuously. / Customer: a person who buys goods or services in a shop.",
  "Client: … / Customer: a person who buys goods or services in a shop.")
C("ko", "table-header", "비교 기준 | 고객 | [[고객|cu]]\n관계 | 장기적, 자문 중심 | 일회성 구매",
  "Basis | Customer | Customer / Relationship | long-term, advice-centred | one-time purchase", "Basis | Client | Customer / …")
C("ko", "parallel-clauses", "고객은 온라인으로 제품을 구매하고, [[고객은|cl]] 저희 사무소에서 지속적인 법률 자문을 받습니다.",
  "Customers buy products online, and customers receive ongoing legal advice from our office.",
  "Customers buy products online, and clients receive ongoing legal advice from our office.")
L("ko", "same-concept", "고객센터는 모든 고객에게 24시간 상담을 제공합니다.",
  "The customer centre offers all customers 24-hour consultation.")
L("ko", "software", "클라이언트 인증서로 서버가 고객을 확인하므로 고객은 비밀번호를 입력할 필요가 없습니다.",
  "With the client certificate the server verifies the customer, so the customer does not need to enter a password.",
  note="클라이언트 here is the software sense")
L("ko", "heading-body", "주요 고객\n저희 주요 고객으로는 법률 사무소, 병원, 소프트웨어 회사가 있습니다.",
  "Main clients / Our main clients include law offices, hospitals and software companies.")
L("ko", "kept-apart", "변호사는 의뢰인을 변호하고, 구매자는 계산대에서 값을 치릅니다.",
  "The lawyer defends the client, and the buyer pays at the till.")
L("ko", "same-concept", "고객 한 분 한 분께 정성을 다하겠습니다. 모든 고객이 만족할 때까지.",
  "We will do our best for each and every customer. Until every customer is satisfied.")

# ============================================================ Thai
# ลูกค้า ambiguous; ลูกความ = client, ผู้ซื้อ = customer: a fix on either side.
C("th", "contrast-connective", "สำนักงานกฎหมายให้คำปรึกษาแก่[[ลูกค้า|cl]]อย่างต่อเนื่องหลายปี ในขณะที่ลูกค้าซื้อสินค้าเพียงครั้งเดียวแล้วก็จากไป",
  "The law office advises the customer continuously for years, while the customer buys goods only once and leaves.",
  "The law office advises the client continuously for years, while the customer buys goods only once and leaves.")
C("th", "particle", "ลูกค้ากับลูกค้าต่างกันอย่างไร",
  "How do customer and customer differ?", "How do client and customer differ?")
C("th", "twin-definitions", "ลูกค้า: บุคคลหรือองค์กรที่ได้รับบริการจากผู้เชี่ยวชาญอย่างต่อเนื่อง\n[[ลูกค้า|cu]]: บุคคลที่ซื้อสินค้าหรือบริการจากร้านค้า",
  "Customer: a person or organisation that receives services from professionals continuously. / Customer: a person who buys goods or services from a shop.",
  "Client: … / Customer: a person who buys goods or services from a shop.")
C("th", "table-header", "เกณฑ์ | ลูกค้า | [[ลูกค้า|cu]]\nความสัมพันธ์ | ระยะยาว เน้นการให้คำปรึกษา | ซื้อครั้งเดียว",
  "Criterion | Customer | Customer / Relationship | long-term, advice-focused | one-time purchase", "Criterion | Client | Customer / …")
C("th", "parallel-clauses", "ลูกค้าซื้อสินค้าทางออนไลน์ ส่วน[[ลูกค้า|cl]]ได้รับคำปรึกษาด้านกฎหมายจากเราอย่างต่อเนื่อง",
  "Customers buy goods online, while customers receive legal advice from us continuously.",
  "Customers buy goods online, while clients receive legal advice from us continuously.")
L("th", "same-concept", "ฝ่ายบริการลูกค้าพร้อมช่วยเหลือลูกค้าทุกท่านตลอด 24 ชั่วโมง",
  "The customer service department is ready to help every customer 24 hours a day.")
L("th", "kept-apart", "ทนายความปกป้องผลประโยชน์ของลูกความ ส่วนผู้ซื้อชำระเงินที่เคาน์เตอร์",
  "The lawyer protects the client's interests, while the buyer pays at the counter.")
L("th", "heading-body", "ลูกค้าของเรา\nลูกค้าของเราประกอบด้วยสำนักงานกฎหมาย คลินิก และบริษัทซอฟต์แวร์",
  "Our clients / Our clients include law offices, clinics and software companies.")
L("th", "software", "โปรแกรมไคลเอนต์อีเมลจะดาวน์โหลดใบแจ้งหนี้ที่ลูกค้าได้รับ เพื่อให้ลูกค้าเปิดดูแบบออฟไลน์ได้",
  "The email client program downloads the invoices the customer receives, so that the customer can open them offline.")
L("th", "modifier", "เรามีโปรโมชันสำหรับลูกค้าใหม่และลูกค้าเก่า",
  "We have promotions for new customers and old customers.")


# ============================================================ second batch
# Written after the first figures and the first fixes (so not blind to the rules
# then read), before this batch was run: hard legitimate texts a reviewer sees in
# forums, slogans and CRM notes, the same concept twice in parallel clauses or
# going on as the subject after a contrast marker. Added at the end so that
# earlier ids do not change.
L("vi", "same-concept", "Khách hàng hỏi, khách hàng trả lời: diễn đàn cộng đồng của chúng tôi.",
  "Customers ask, customers answer: our community forum.")
L("ru", "same-concept", "Клиент всегда прав, даже когда клиент ошибается.",
  "The client is always right, even when the client is wrong.")
L("ru", "same-concept", "Менеджер звонит клиенту, клиент же предпочитает переписку по почте.",
  "The manager calls the client; the client, however, prefers to correspond by email.", note="CRM note; one client")
L("uk", "same-concept", "Клієнт запитує, клієнт відповідає: наш форум.",
  "The client asks, the client answers: our forum.")
L("ka", "same-concept", "კლიენტი კითხვას სვამს, კლიენტი პასუხობს: ჩვენი ფორუმი.",
  "A client asks a question, a client answers: our forum.")
L("id", "same-concept", "Pelanggan bertanya, pelanggan menjawab: forum komunitas kami.",
  "Customers ask, customers answer: our community forum.")
L("de", "same-concept", "Kunden fragen, Kunden antworten: unser Community-Forum.",
  "Customers ask, customers answer: our community forum.")
L("de", "same-concept", "Der Berater ruft den Kunden an, der Kunde hingegen möchte lieber eine E-Mail.",
  "The adviser calls the customer; the customer, however, would rather have an email.", note="CRM note; one customer")
L("fr", "modifier", "Un client satisfait en amène un autre ; un client mécontent en fait fuir dix.",
  "A satisfied customer brings another; an unhappy customer drives ten away.")
L("es", "same-concept", "El cliente paga, el cliente decide.",
  "The customer pays, the customer decides.")
L("it", "same-concept", "Il cliente ha sempre ragione, anche quando il cliente sbaglia.",
  "The customer is always right, even when the customer is wrong.")
L("pt", "same-concept", "O cliente pergunta, o cliente responde: o nosso fórum.",
  "The customer asks, the customer answers: our forum.")
L("pl", "same-concept", "Doradca dzwoni do klienta, klient natomiast woli kontakt mailowy.",
  "The adviser calls the client; the client, however, prefers contact by email.", note="CRM note; one client")
L("tr", "same-concept", "Satış temsilcisi müşteriyi arar, müşteri ise e-postayı tercih eder.",
  "The sales representative calls the customer; the customer, however, prefers email.", note="CRM note; one customer")
L("ar", "same-concept", "العميل أولاً، ورضا العميل هدفنا.",
  "The customer first, and the customer's satisfaction is our goal.")
L("he", "same-concept", "הלקוח תמיד צודק, גם כשהלקוח טועה.",
  "The customer is always right, even when the customer is wrong.")
L("fa", "same-concept", "مشتری می‌پرسد، مشتری پاسخ می‌دهد: انجمن ما.",
  "The customer asks, the customer answers: our forum.")
L("hi", "same-concept", "ग्राहक पूछते हैं, ग्राहक जवाब देते हैं: हमारा सामुदायिक मंच।",
  "Customers ask, customers answer: our community forum.")
L("zh", "same-concept", "客户至上，客户满意是我们的目标。",
  "Customers first; customer satisfaction is our goal.")
L("ja", "same-concept", "顧客第一、顧客満足を追求します。",
  "Customers first; we pursue customer satisfaction.")
L("ko", "same-concept", "고객이 묻고, 고객이 답합니다: 커뮤니티 포럼",
  "Customers ask, customers answer: the community forum.")
L("th", "same-concept", "ลูกค้าถาม ลูกค้าตอบ: ชุมชนของเรา",
  "Customers ask, customers answer: our community.")


# ============================================================ third batch: cs, nl, el, hu
# The four languages the brief adds if time allows; written after the fixes of the
# first two batches, before this batch was run. Added at the end.
# Czech: klient = client, zákazník = customer (the word used decides).
C("cs", "contrast-connective", "Advokát radí klientovi dlouhodobě, zatímco [[klient|cu]] jen jednou nakoupí a odejde.",
  "The lawyer advises the client over the long term, whereas the client buys once and leaves.",
  "The lawyer advises the client over the long term, whereas the customer buys once and leaves.")
C("cs", "twin-definitions", "Klient – osoba, která dlouhodobě využívá odborné služby.\n[[Klient|cu]] – osoba, která kupuje zboží v obchodě.",
  "Client – a person who uses professional services over the long term. / Client – a person who buys goods in a shop.",
  "… / Customer – a person who buys goods in a shop.")
C("cs", "between", "Jaký je rozdíl mezi klientem a klientem?",
  "What is the difference between a client and a client?", "What is the difference between a client and a customer?")
C("cs", "table-header", "Kritérium | [[Zákazník|cl]] | Zákazník\nVztah | dlouhodobý, s poradenstvím | jednorázový nákup",
  "Criterion | Customer | Customer / Relationship | long-term, with advice | one-off purchase", "Criterion | Client | Customer / …",
  "the MT used the customer word for both")
L("cs", "same-concept", "Zákaznická podpora pomáhá každému zákazníkovi, i zákazníkům, kteří ještě nic nekoupili.",
  "Customer support helps every customer, also customers who have not bought anything yet.")
L("cs", "kept-apart", "Advokát chrání zájmy klienta, obchod chrání data zákazníka.",
  "The lawyer protects the client's interests, the shop protects the customer's data.")
L("cs", "heading-body", "Naši klienti\nMezi naše klienty patří advokátní kanceláře, kliniky a softwarové firmy.",
  "Our clients / Our clients include law offices, clinics and software companies.")
L("cs", "software", "E-mailový klient stahuje faktury, které klient dostává každý měsíc.",
  "The email client downloads the invoices the client receives every month.")
# Dutch: klant ambiguous; cliënt = client, koper/afnemer = customer.
C("nl", "contrast-connective", "Het advocatenkantoor adviseert de [[klant|cl]] jarenlang, terwijl de klant slechts één keer iets koopt en weer vertrekt.",
  "The law firm advises the customer for years, while the customer buys something only once and leaves.",
  "The law firm advises the client for years, while the customer buys something only once and leaves.")
C("nl", "twin-definitions", "Klant: iemand die langdurig professionele diensten of advies ontvangt.\n[[Klant|cu]]: iemand die goederen of diensten in een winkel koopt.",
  "Customer: someone who receives professional services or advice over a long time. / Customer: someone who buys goods or services in a shop.",
  "Client: … / Customer: someone who buys goods or services in a shop.")
C("nl", "vs", "Klant vs. klant: wat is het verschil?", "Customer vs. customer: what is the difference?",
  "Client vs. customer: what is the difference?")
C("nl", "table-header", "Kenmerk | Klant | [[Klant|cu]]\nRelatie | langdurig, met advies | eenmalige aankoop",
  "Feature | Customer | Customer / Relationship | long-term, with advice | one-off purchase", "Feature | Client | Customer / …")
L("nl", "same-concept", "Onze klantenservice helpt elke klant, ook klanten die nog niets hebben gekocht.",
  "Our customer service helps every customer, also customers who have not bought anything yet.")
L("nl", "kept-apart", "De advocaat verdedigt zijn cliënt, terwijl de koper aan de kassa betaalt.",
  "The lawyer defends his client, while the buyer pays at the till.")
L("nl", "heading-body", "Onze klanten\nTot onze klanten behoren advocatenkantoren, klinieken en softwarebedrijven.",
  "Our clients / Our clients include law firms, clinics and software companies.")
L("nl", "modifier", "Zakelijke klanten en particuliere klanten hebben verschillende tarieven.",
  "Business customers and private customers have different rates.")
# Greek: πελάτης ambiguous; εντολέας = client, αγοραστής/καταναλωτής = customer.
C("el", "contrast-connective", "Ο δικηγόρος συμβουλεύει τον [[πελάτη|cl]] για χρόνια, ενώ ο πελάτης αγοράζει ένα προϊόν μία φορά και φεύγει.",
  "The lawyer advises the customer for years, while the customer buys a product once and leaves.",
  "The lawyer advises the client for years, while the customer buys a product once and leaves.")
C("el", "twin-definitions", "Πελάτης: πρόσωπο που λαμβάνει συνεχώς επαγγελματικές υπηρεσίες ή συμβουλές.\n[[Πελάτης|cu]]: πρόσωπο που αγοράζει αγαθά ή υπηρεσίες από κατάστημα.",
  "Customer: a person who continuously receives professional services or advice. / Customer: a person who buys goods or services from a shop.",
  "Client: … / Customer: a person who buys goods or services from a shop.")
C("el", "between", "Ποια είναι η διαφορά μεταξύ πελάτη και πελάτη;",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("el", "table-header", "Κριτήριο | Πελάτης | [[Πελάτης|cu]]\nΣχέση | μακροχρόνια, με συμβουλές | μία αγορά",
  "Criterion | Customer | Customer / Relationship | long-term, with advice | a single purchase", "Criterion | Client | Customer / …")
L("el", "same-concept", "Η εξυπηρέτηση πελατών βοηθά κάθε πελάτη, ακόμη και πελάτες που δεν έχουν αγοράσει τίποτα.",
  "Customer service helps every customer, even customers who have not bought anything.")
L("el", "kept-apart", "Ο δικηγόρος εκπροσωπεί τον εντολέα του, ενώ ο αγοραστής πληρώνει στο ταμείο.",
  "The lawyer represents his client, while the buyer pays at the till.")
L("el", "heading-body", "Οι πελάτες μας\nΣτους πελάτες μας περιλαμβάνονται δικηγορικά γραφεία, κλινικές και εταιρείες λογισμικού.",
  "Our clients / Our clients include law offices, clinics and software companies.")
L("el", "modifier", "Οι νέοι πελάτες και οι πιστοί πελάτες έχουν διαφορετικές εκπτώσεις.",
  "New customers and loyal customers have different discounts.")
# Hungarian: ügyfél ambiguous; megbízó = client, vásárló/vevő = customer.
C("hu", "contrast-connective", "Az ügyvéd évekig tanácsot ad az [[ügyfelének|cl]], míg az ügyfél csak egyszer vásárol valamit, és távozik.",
  "The lawyer gives his customer advice for years, while the customer buys something only once and leaves.",
  "The lawyer gives his client advice for years, while the customer buys something only once and leaves.")
C("hu", "twin-definitions", "Ügyfél: olyan személy, aki hosszú távon szakmai szolgáltatást vagy tanácsot kap.\n[[Ügyfél|cu]]: olyan személy, aki árut vagy szolgáltatást vásárol egy boltban.",
  "Customer: a person who receives professional services or advice over the long term. / Customer: a person who buys goods or services in a shop.",
  "Client: … / Customer: a person who buys goods or services in a shop.")
C("hu", "between", "Mi a különbség az ügyfél és az ügyfél között?",
  "What is the difference between the customer and the customer?", "What is the difference between the client and the customer?")
C("hu", "table-header", "Szempont | Ügyfél | [[Ügyfél|cu]]\nKapcsolat | hosszú távú, tanácsadással | egyszeri vásárlás",
  "Aspect | Customer | Customer / Relationship | long-term, with advice | one-off purchase", "Aspect | Client | Customer / …")
L("hu", "same-concept", "Ügyfélszolgálatunk minden ügyfélnek segít, azoknak az ügyfeleknek is, akik még nem vásároltak.",
  "Our customer service helps every customer, also those customers who have not bought anything yet.")
L("hu", "kept-apart", "Az ügyvéd a megbízója érdekeit védi, míg a vásárló a pénztárnál fizet.",
  "The lawyer protects his client's interests, while the buyer pays at the till.")
L("hu", "heading-body", "Ügyfeleink\nÜgyfeleink között vannak ügyvédi irodák, klinikák és szoftvercégek.",
  "Our clients / Among our clients are law offices, clinics and software companies.")
L("hu", "modifier", "Az új ügyfelek és a hűséges ügyfelek eltérő kedvezményeket kapnak.",
  "New customers and loyal customers get different discounts.")


def main() -> int:
    return CASES.write(HERE / "cases.jsonl", "{lang}-h{n:02d}",
                       "written blind by hand as MT-style text and read back against the gloss")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write cases.jsonl of the articles4 set from the hand-written articles below.

Each article is written as a machine-translated web page looks (title,
paragraphs, lists, a table as text, scraped-page glue). Marks: see marks4.py.
`A(lang, subject, patterns, marked, gloss, intended, ctx)` is a collapsed
article (one pattern and one context per collapse, in mark-number order);
`N(lang, subject, pattern, text, gloss)` a true negative.

Usage: .venv/bin/python tests/data/articles4/build_cases.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from marks4 import Articles  # noqa: E402

ART = Articles()
A, N = ART.A, ART.N
HOW = ("written blind (before the tool was run on it, without reading audit/checks/, audit/terms/suggest.py "
       "or audit/terms/scope.py) as MT-style web text; offsets from in-place marks, checked by validate.py")

# ============================================================ Vietnamese
# khách hàng is the customer: the client occurrence is fixed (client in business texts, thân chủ legal/health).
A("vi", "blog", "glue-title,twin-definitions,parallel-clauses",
  "[[Khách hàng|cl1|Client/Thân chủ]] và [[khách hàng|cu1|client/thân chủ]]-Sự khác biệt là gì?\n"
  "Nhiều doanh nghiệp dùng hai từ này như nhau, nhưng thực ra chúng không giống nhau.\n"
  "[[Khách hàng|cl2|Client/Thân chủ]] là người hoặc tổ chức nhận dịch vụ chuyên nghiệp và lời khuyên, thường trong một mối quan hệ lâu dài.\n"
  "[[Khách hàng|cu2]] là người mua hàng hóa hoặc dịch vụ từ một cửa hàng, thường chỉ một lần.\n"
  "Nói ngắn gọn: công ty tư vấn phục vụ [[khách hàng|cl3|client]], còn siêu thị phục vụ [[khách hàng|cu3]].",
  "Customer and customer - what is the difference? ... Customer is a person receiving professional services ... Customer is a person who buys ...",
  "Client and customer ... Client is ... Customer is ... a consultancy serves clients, a supermarket serves customers.",
  "sym,asym,asym")
A("vi", "marketing", "table-header,both-and",
  "Agency của bạn đang phục vụ ai?\n"
  "Tiêu chí | [[Khách hàng|cl1|Client]] | [[Khách hàng|cu1]]\n"
  "Quan hệ | Hợp đồng dài hạn, tư vấn liên tục | Mua một lần, theo từng đơn hàng\n"
  "Thanh toán | Phí dịch vụ hằng tháng | Giá sản phẩm\n"
  "Một agency giỏi hiểu cả [[khách hàng|cl2|client]] lẫn [[khách hàng|cu2|client]] của họ.",
  "Who is your agency serving? Criterion | Customer | Customer ... A good agency understands both customers and customers.",
  "Criterion | Client | Customer ... both clients and their customers.", "asym,sym")
A("vi", "legal", "but-never",
  "Văn phòng luật sư: những điều bạn cần biết\n"
  "Luật sư đại diện cho [[khách hàng|cl1|thân chủ]] của mình trước tòa, nhưng không bao giờ coi họ là [[khách hàng|cu1]] mua một gói dịch vụ.\n"
  "Mọi thông tin trao đổi đều được bảo mật theo quy định.",
  "A lawyer represents his customers in court but never treats them as customers buying a package.",
  "... represents his clients in court but never treats them as customers ...", "asym")
A("vi", "help-centre", "turn-into",
  "Làm thế nào để biến [[khách hàng|cu1]] thành [[khách hàng|cl1|client]]?\n"
  "Bước 1: Ghi nhớ lịch sử mua hàng.\n"
  "Bước 2: Đề xuất gói tư vấn dài hạn thay vì bán lẻ từng món.",
  "How to turn customers into customers? Step 1 remember purchase history; step 2 offer a long-term advice package.",
  "How to turn customers into clients?", "asym")
N("vi", "shop", "modifier",
  "Ưu đãi tháng 12 cho khách hàng mới và khách hàng thân thiết\n"
  "Khách hàng mới được giảm 10% cho đơn đầu tiên.\n"
  "Khách hàng thân thiết nhận thêm điểm thưởng khi thanh toán online.",
  "December offers for new and loyal customers.")
N("vi", "software", "compound",
  "Hướng dẫn liên hệ bộ phận chăm sóc khách hàng\n"
  "Bạn có thể gọi tổng đài chăm sóc khách hàng từ 8h đến 22h.\n"
  "Mỗi khách hàng được cấp một mã hỗ trợ riêng để theo dõi yêu cầu.",
  "How to contact customer care; every customer gets a support code.")

# ============================================================ Russian
# клиент is the client: where the MT wrote клиент for both, the customer occurrence takes покупатель/заказчик.
A("ru", "blog", "title-or,twin-definitions",
  "[[Клиент|cl1|Покупатель]] или [[клиент|cu1|покупатель]]? В чем разница\n"
  "Эти слова часто путают даже опытные маркетологи.\n"
  "[[Клиент|cl2]] — это человек или компания, которые получают профессиональные услуги и советы на постоянной основе.\n"
  "[[Клиент|cu2|Покупатель]] — это тот, кто покупает товар в магазине, часто один раз.",
  "Client or client? What's the difference ... A client is one who receives professional services ... A client is one who buys goods in a shop.",
  "Client or customer? ... A customer is one who buys ...", "sym,asym")
A("ru", "marketing", "list,fancier-term",
  "5 способов удержать клиентов\n"
  "Наша платформа помогает юристам, [[клиентам|cl1|покупателям/заказчикам]] и [[клиентам|cu1|покупателям/заказчикам]] оставаться на связи.\n"
  "Многие считают, что «[[клиент|cl2]]» — это просто красивое слово для «[[клиента|cu2|покупателя]]», но это не так.",
  "Our platform helps lawyers, clients and clients stay in touch. Many think 'client' is just a fancy word for 'client'.",
  "... lawyers, clients and customers ... a fancier word for 'customer' ...", "sym,asym")
A("ru", "shop", "contrast",
  "Правила возврата товара\n"
  "[[Клиент|cu1|Покупатель]] может вернуть товар в течение 14 дней, тогда как [[клиент|cl1]] получает консультацию юриста бесплатно.\n"
  "Чек сохраняйте до конца гарантийного срока.",
  "The client may return goods within 14 days, while the client gets a lawyer's advice for free.",
  "The customer may return goods ..., while the client gets ...", "asym")
A("ru", "finance", "not",
  "Банк для бизнеса: кого мы обслуживаем\n"
  "Для нас вы — [[клиент|cl1]], а не просто [[клиент|cu1|покупатель]] одного продукта.\n"
  "Персональный менеджер сопровождает ваш бизнес годами.",
  "For us you are a client, not just a client of one product.",
  "... a client, not just a customer of one product.", "asym")
N("ru", "legal", "one-concept",
  "Как адвокат защищает интересы клиента\n"
  "Адвокат обязан хранить тайну клиента даже после окончания дела.\n"
  "Клиент вправе в любой момент расторгнуть соглашение и потребовать отчет.",
  "How a lawyer protects the client's interests; the client may terminate at any time.")
N("ru", "shop", "kept-apart",
  "Покупатель и клиент: кому что положено\n"
  "Покупатель магазина получает чек и гарантию на товар.\n"
  "Клиент консалтингового агентства получает договор и ежемесячный отчет.",
  "Customer and client: the shop's customer gets a receipt; the agency's client gets a contract.")

# ============================================================ Ukrainian
A("uk", "blog", "title-vs,twin-definitions",
  "[[Клієнт|cl1|Покупець]] vs [[клієнт|cu1|покупець]]: у чому різниця?\n"
  "[[Клієнт|cl2]] — особа, яка отримує професійні послуги та поради протягом тривалого часу.\n"
  "[[Клієнт|cu2|Покупець]] — особа, яка купує товар у магазині, часто лише один раз.",
  "Client vs client ... A client is one who gets professional services ... A client is one who buys goods in a shop.",
  "Client vs customer ... A customer is ...", "sym,asym")
A("uk", "marketing", "both-and",
  "Чому CRM потрібна кожному агентству\n"
  "Система допомагає працювати як з [[клієнтами|cl1|покупцями/замовниками]], так і з [[клієнтами|cu1|покупцями/замовниками]].\n"
  "Усі дані зберігаються в одному місці.",
  "The system helps work both with clients and with clients.", "... with clients and with customers.", "sym")
A("uk", "legal", "but-never",
  "Адвокатське бюро «Право і Честь»\n"
  "Ми захищаємо [[клієнта|cl1]] в суді, але ніколи не продаємо [[клієнту|cu1|покупцю/покупцеві]] готові шаблони документів.\n"
  "Перша консультація — безкоштовно.",
  "We defend the client in court but never sell the client ready-made templates.",
  "... but never sell a customer ready-made templates.", "asym")
A("uk", "shop", "table-header",
  "Порівняння: хто є хто\n"
  "Ознака | [[Клієнт|cl1]] | [[Клієнт|cu1|Покупець]]\n"
  "Відносини | Тривалі, договірні | Разова покупка\n"
  "Оплата | Гонорар | Ціна товару",
  "Feature | Client | Client / Relationship | long-term | one-off purchase",
  "Feature | Client | Customer", "asym")
N("uk", "shop", "modifier",
  "Знижки для нових і постійних покупців\n"
  "Нові покупці отримують 10% на перше замовлення.\n"
  "Постійні покупці мають безкоштовну доставку.",
  "Discounts for new and regular customers.")
N("uk", "finance", "one-concept",
  "Як відкрити рахунок у банку\n"
  "Клієнт банку може відкрити рахунок онлайн за 10 хвилин.\n"
  "Після перевірки документів клієнт отримує доступ до мобільного застосунку.",
  "How to open a bank account: the bank's client opens it online.")

# ============================================================ Georgian
# კლიენტი is the client, მომხმარებელი the customer.
A("ka", "blog", "title-and,twin-definitions",
  "[[კლიენტი|cl1|მომხმარებელი]] და [[კლიენტი|cu1|მომხმარებელი]] - რა განსხვავებაა?\n"
  "[[კლიენტი|cl2]] არის პირი, რომელიც იღებს პროფესიულ მომსახურებას და რჩევას გრძელვადიან ურთიერთობაში.\n"
  "[[კლიენტი|cu2|მომხმარებელი]] არის პირი, რომელიც ყიდულობს საქონელს მაღაზიაში.",
  "Client and client - what is the difference? A client ... A client is a person who buys goods in a shop.",
  "Client and customer ...", "sym,asym")
A("ka", "marketing", "both-and",
  "როგორ გავზარდოთ გაყიდვები\n"
  "წარმატებული კომპანია ზრუნავს როგორც [[კლიენტებზე|cl1|მომხმარებლებზე]], ისე [[კლიენტებზე|cu1|მომხმარებლებზე]].\n"
  "ორივე ჯგუფს სხვადასხვა მიდგომა სჭირდება.",
  "A successful company cares both for clients and for clients.", "... clients and customers.", "sym")
A("ka", "shop", "contrast",
  "ონლაინ მაღაზიის წესები\n"
  "[[კლიენტი|cu1|მომხმარებელი]] ყიდულობს ნივთს ერთხელ, ხოლო ადვოკატის [[კლიენტი|cl1]] წლების განმავლობაში იღებს რჩევას.\n"
  "დაბრუნება შესაძლებელია 14 დღის განმავლობაში.",
  "The client buys an item once, while a lawyer's client gets advice for years.", "The customer buys ...", "asym")
A("ka", "help-centre", "glue-title",
  "2022-03-15[[მომხმარებელი|cl1|კლიენტი]] vs [[მომხმარებელი|cu1|კლიენტი]]-რატომ არის ეს მნიშვნელოვანი\n"
  "ბევრი კომპანია ამ ორ სიტყვას ერთნაირად იყენებს.\n"
  "ჩვენს სტატიაში განვიხილავთ, ვინ ვის ემსახურება.",
  "Customer vs customer - why it matters.", "Client vs customer.", "sym")
N("ka", "shop", "modifier",
  "ახალი და მუდმივი მომხმარებლებისთვის\n"
  "ახალი მომხმარებლები იღებენ 10%-იან ფასდაკლებას.\n"
  "მუდმივი მომხმარებლები სარგებლობენ უფასო მიწოდებით.",
  "For new and regular customers.")
N("ka", "legal", "one-concept",
  "ადვოკატის მოვალეობები\n"
  "ადვოკატი ვალდებულია დაიცვას კლიენტის ინტერესები.\n"
  "კლიენტს უფლება აქვს ნებისმიერ დროს მოითხოვოს ანგარიში.",
  "A lawyer must protect the client's interests.")

# ============================================================ Indonesian
# klien is the client, pelanggan the customer.
A("id", "blog", "title-vs,twin-definitions",
  "[[Klien|cl1|Pelanggan]] vs [[Klien|cu1|Pelanggan]]: Apa Bedanya?\n"
  "[[Klien|cl2]] adalah orang yang menerima layanan profesional dan nasihat dalam hubungan jangka panjang.\n"
  "[[Klien|cu2|Pelanggan]] adalah orang yang membeli barang di toko, sering kali hanya sekali.",
  "Client vs client ... A client is one who buys goods ...", "Client vs customer ...", "sym,asym")
A("id", "marketing", "list",
  "Siapa saja yang memakai aplikasi kami?\n"
  "Aplikasi ini dipakai oleh pengacara, [[pelanggan|cl1|klien]], dan [[pelanggan|cu1]] toko daring.\n"
  "Semua data disimpan dengan aman.",
  "Used by lawyers, customers and online shop customers.", "... lawyers, clients and online shop customers.", "asym",
  note="the first occurrence sits next to the lawyers, the second is an online shop's: the text decides")
A("id", "agency", "fancier-term",
  "Mitos seputar dunia agensi\n"
  "Banyak yang mengira \"[[klien|cl1]]\" hanyalah istilah keren untuk \"[[klien|cu1|pelanggan]]\".\n"
  "Padahal klien membayar keahlian, bukan barang.",
  "Many think 'client' is just a cool term for 'client'.", "... a cool term for 'customer'.", "asym")
A("id", "shop", "not",
  "Kebijakan pengembalian barang\n"
  "Anda adalah [[klien|cu1|pelanggan]] kami, bukan [[klien|cl1]] kantor hukum: cukup tunjukkan struk belanja.\n"
  "Barang dapat ditukar dalam 7 hari.",
  "You are our client, not a law firm's client: just show the receipt.", "You are our customer, not a law firm's client.", "asym")
N("id", "shop", "compound",
  "Hubungi layanan pelanggan kami\n"
  "Tim layanan pelanggan siap membantu 24 jam.\n"
  "Setiap pelanggan mendapat nomor tiket untuk memantau keluhan.",
  "Contact our customer service; every customer gets a ticket number.")
N("id", "legal", "kept-apart",
  "Klien dan pelanggan dalam hukum perlindungan konsumen\n"
  "Klien seorang advokat dilindungi oleh kerahasiaan profesi.\n"
  "Pelanggan toko dilindungi oleh undang-undang perlindungan konsumen.",
  "Clients and customers in consumer law: kept apart.")

# ============================================================ German
# Kunde covers both: the client side takes Mandant/Klient/Auftraggeber, the customer side Käufer.
A("de", "blog", "title-or,twin-definitions",
  "[[Kunde|cl1|Mandant/Klient/Auftraggeber/Käufer]] oder [[Kunde|cu1|Käufer/Mandant/Klient/Auftraggeber]]? Der Unterschied einfach erklärt\n"
  "Viele Unternehmen verwenden beide Begriffe synonym. Das ist ein Fehler.\n"
  "Ein [[Kunde|cl2|Mandant/Klient/Auftraggeber]] ist eine Person oder Organisation, die laufend professionelle Beratung erhält.\n"
  "Ein [[Kunde|cu2|Käufer]] ist jemand, der Waren in einem Geschäft kauft, oft nur einmal.",
  "Customer or customer? ... A customer is one who gets ongoing professional advice. A customer is one who buys goods in a shop.",
  "Client or customer? ... A client ... A customer ...", "sym,asym")
A("de", "legal", "contrast",
  "Mandatsbedingungen der Kanzlei Weber & Partner\n"
  "Der [[Kunde|cl1|Mandant]] erhält eine laufende rechtliche Beratung, während der [[Kunde|cu1|Käufer]] im Formularshop nur ein Dokument einmalig kauft.\n"
  "Für beide gilt die Datenschutzerklärung auf dieser Seite.",
  "The customer gets ongoing legal advice, while the customer in the forms shop buys one document once.",
  "The client gets ongoing legal advice, while the customer ...", "asym")
A("de", "marketing", "list",
  "Eine Plattform für alle\n"
  "Für Anwälte, [[Kunden|cl1|Mandanten/Klienten/Auftraggeber/Käufer]] und [[Kunden|cu1|Käufer/Mandanten/Klienten/Auftraggeber]]: Termine, Rechnungen und Dokumente an einem Ort.\n"
  "Jetzt 30 Tage kostenlos testen.",
  "For lawyers, customers and customers: appointments, invoices and documents in one place.",
  "For lawyers, clients and customers ...", "sym")
A("de", "agency", "fancier-term,contrast",
  "Agentur-Glossar: Kunde\n"
  "„[[Kunde|cl1|Auftraggeber/Klient/Mandant]]“ ist kein vornehmeres Wort für „[[Kunde|cu1|Käufer]]“.\n"
  "Ein [[Kunde|cl2|Auftraggeber/Klient/Mandant]] lässt sich über Jahre beraten, ein [[Kunde|cu2|Käufer]] kauft ein Produkt und geht.",
  "'Customer' is not a fancier word for 'customer'. A customer gets advice for years, a customer buys a product and leaves.",
  "'Client' is not a fancier word for 'customer'. A client ..., a customer ...", "asym,asym")
N("de", "shop", "modifier",
  "Angebote für Neukunden und Bestandskunden\n"
  "Neukunden erhalten 10 % Rabatt auf die erste Bestellung.\n"
  "Bestandskunden sammeln Treuepunkte bei jedem Einkauf. Fragen? Unser Kundenservice hilft gern.",
  "Offers for new and existing customers; customer service.")
N("de", "legal", "kept-apart",
  "Mandanten und Kunden der Kanzlei\n"
  "Unsere Mandanten vertreten wir vor Gericht und beraten sie laufend.\n"
  "Kunden unseres Online-Shops kaufen dort Musterverträge als PDF.",
  "The firm's clients and customers, kept apart.")

# ============================================================ Dutch
# klant covers both: cliënt (legal/care) for the client, koper/afnemer for the customer.
A("nl", "blog", "title-vs,twin-definitions",
  "[[Klant|cl1|Cliënt/Koper/Afnemer]] vs. [[klant|cu1|koper/afnemer/cliënt]]: wat is het verschil?\n"
  "Een [[klant|cl2|cliënt]] ontvangt professioneel advies en heeft een langdurige relatie met de dienstverlener.\n"
  "Een [[klant|cu2|koper]] koopt producten in een winkel, vaak eenmalig.",
  "Customer vs customer ... A customer gets professional advice ... A customer buys products ...",
  "Client vs customer ...", "sym,asym")
A("nl", "healthcare", "both-and",
  "Praktijk voor psychotherapie De Linde\n"
  "Wij werken zowel voor [[klanten|cl1|cliënten/kopers]] als voor [[klanten|cu1|kopers/cliënten]] van onze webshop met zelfhulpboeken.\n"
  "Afspraken maakt u telefonisch.",
  "We work both for customers and for customers of our webshop.", "... both for clients and for customers of our webshop ...", "asym",
  note="the second occurrence is the webshop's: asymmetric, but either side fixed restores the distinction")
A("nl", "shop", "but-never",
  "Onze belofte\n"
  "Een [[klant|cu1|koper]] mag altijd ruilen, maar een [[klant|cl1|cliënt]] van ons advocatenkantoor krijgt nooit een standaardcontract.\n"
  "Zo weet iedereen waar hij aan toe is.",
  "A customer may always exchange, but a customer of our law office never gets a standard contract.",
  "A customer may always exchange, but a client of our law office ...", "asym")
A("nl", "finance", "glue-title",
  "[[Klant|cl1|Cliënt/Koper/Afnemer]]&[[klant|cu1|koper/afnemer/cliënt]]: waarom uw boekhouder het verschil kent\n"
  "Boekhouders hebben vaste relaties, webwinkels hebben bezoekers die één keer bestellen.",
  "Customer&customer: why your bookkeeper knows the difference.", "Client & customer ...", "sym")
N("nl", "shop", "compound",
  "Klantenservice en retourneren\n"
  "Onze klantenservice is bereikbaar van maandag tot en met zaterdag.\n"
  "Elke klant ontvangt na het retourneren binnen vijf dagen zijn geld terug.",
  "Customer service and returns; every customer gets the money back.")
N("nl", "healthcare", "one-concept",
  "Rechten van de cliënt\n"
  "Als cliënt van onze praktijk heeft u recht op inzage in uw dossier.\n"
  "De cliënt beslist zelf over de behandeling.",
  "Rights of the client of a practice.")

# ============================================================ French
# client covers both and the client has no other general word: the customer side takes acheteur/consommateur.
A("fr", "blog", "title-or,twin-definitions",
  "[[Client|cl1|Acheteur/Consommateur]] ou [[client|cu1|acheteur/consommateur]] : quelle est la différence ?\n"
  "On emploie souvent les deux mots l'un pour l'autre, à tort.\n"
  "Un [[client|cl2]] est une personne qui reçoit des conseils professionnels dans le cadre d'une relation durable.\n"
  "Un [[client|cu2|acheteur/consommateur]] est une personne qui achète des biens dans un magasin, souvent une seule fois.",
  "Client or client: what's the difference? A client receives advice ... A client buys goods in a shop.",
  "Client or customer ... A customer buys ...", "sym,asym")
A("fr", "legal", "not",
  "Cabinet Morel Avocats – Notre approche\n"
  "Chez nous, vous êtes un [[client|cl1]], pas un simple [[client|cu1|acheteur/consommateur]] qui repart avec un formulaire.\n"
  "Chaque dossier est suivi par le même avocat du début à la fin.",
  "With us you are a client, not just a client who leaves with a form.", "... a client, not just a buyer who leaves with a form.", "asym")
A("fr", "marketing", "turn-into",
  "Transformer vos [[clients|cu1|acheteurs/consommateurs]] en [[clients|cl1]] : le guide complet\n"
  "Un achat unique ne suffit pas à bâtir une relation.\n"
  "Proposez un accompagnement personnalisé et un suivi régulier.",
  "Turn your clients into clients: the complete guide.", "Turn your buyers into clients ...", "asym")
A("fr", "help-centre", "table-header",
  "Qui est qui ? Tableau comparatif\n"
  "Critère | [[Client|cl1]] | [[Client|cu1|Acheteur/Consommateur]]\n"
  "Relation | Durable, contractuelle | Ponctuelle\n"
  "Rémunération | Honoraires | Prix du produit",
  "Criterion | Client | Client / Relationship | lasting | one-off", "Criterion | Client | Customer", "asym")
N("fr", "shop", "modifier",
  "Offres pour nouveaux clients et clients fidèles\n"
  "Les nouveaux clients bénéficient de 10 % de réduction sur leur première commande.\n"
  "Les clients fidèles cumulent des points. Une question ? Contactez le service client.",
  "Offers for new and loyal customers; customer service.")
N("fr", "legal", "one-concept",
  "Le secret professionnel de l'avocat\n"
  "L'avocat ne peut révéler aucune information confiée par son client.\n"
  "Le client peut à tout moment demander la restitution de son dossier.",
  "A lawyer's professional secrecy towards the client.")

# ============================================================ Spanish
A("es", "blog", "glue-title,both-and",
  "[[Cliente|cl1|Comprador/Consumidor]] vs [[cliente|cu1|comprador/consumidor]]-¿Cuál es la diferencia?\n"
  "Publicado el 12/03/2022 | Marketing\n"
  "Toda empresa necesita entender tanto a sus [[clientes|cl2|compradores/consumidores]] como a sus [[clientes|cu2|compradores/consumidores]].\n"
  "En este artículo explicamos cómo tratar a cada uno.",
  "Client vs client - what's the difference? Every company needs to understand both its clients and its clients.",
  "Client vs customer ... both its clients and its customers.", "sym,sym")
A("es", "legal", "twin-headings",
  "Glosario jurídico\n"
  "[[Cliente|cl1]]\n"
  "Persona que recibe asesoramiento de un abogado y mantiene con él una relación continuada.\n"
  "[[Cliente|cu1|Comprador/Consumidor]]\n"
  "Persona que compra un producto o servicio en una tienda.",
  "Glossary: Client / a person advised by a lawyer ... Client / a person who buys in a shop.",
  "Client ... Customer ...", "asym")
A("es", "shop", "contrast",
  "Preguntas frecuentes sobre devoluciones\n"
  "El [[cliente|cu1|comprador]] paga una vez y se lleva el producto, mientras que el [[cliente|cl1]] recibe asesoramiento durante años.\n"
  "Por eso nuestra política de devoluciones solo se aplica a compras en la tienda.",
  "The client pays once and takes the product, while the client receives advice for years.",
  "The customer pays once ..., while the client receives advice for years.", "asym")
A("es", "agency", "fancier-term",
  "Mitos del marketing digital\n"
  "Mito 3: «[[Cliente|cl1]]» es solo una palabra elegante para «[[cliente|cu1|comprador/consumidor]]».\n"
  "Falso: una agencia trabaja con relaciones largas, una tienda con ventas.",
  "Myth 3: 'Client' is only an elegant word for 'client'.", "... for 'customer'.", "asym")
N("es", "shop", "compound",
  "Atención al cliente las 24 horas\n"
  "Nuestro servicio de atención al cliente responde en menos de una hora.\n"
  "Cada cliente puede seguir su pedido desde la aplicación.",
  "Customer service around the clock; every customer can track the order.")
N("es", "finance", "modifier",
  "Tarifas para clientes particulares y clientes empresa\n"
  "Los clientes particulares no pagan comisión de mantenimiento.\n"
  "Los clientes empresa disponen de un gestor personal.",
  "Fees for private and business customers.")

# ============================================================ Portuguese
A("pt", "blog", "glue-title,twin-definitions",
  "[[Cliente|cl1|Comprador/Consumidor]] vs [[cliente|cu1|comprador/consumidor]]-Qual é a diferença?\n"
  "Muita gente usa as duas palavras como sinônimos.\n"
  "[[Cliente|cl2]]: pessoa ou empresa que recebe serviços profissionais e aconselhamento numa relação de longo prazo.\n"
  "[[Cliente|cu2|Comprador/Consumidor]]: pessoa que compra produtos numa loja, muitas vezes uma única vez.",
  "Client vs client - what is the difference? Client: one who gets advice ... Client: one who buys in a shop.",
  "Client vs customer ... Customer: ...", "sym,asym")
A("pt", "marketing", "list",
  "Para quem é o nosso CRM?\n"
  "Advogados, [[clientes|cl1|compradores/consumidores]] e [[clientes|cu1|compradores/consumidores]] usam a mesma plataforma para conversar.\n"
  "Teste grátis por 14 dias.",
  "Lawyers, clients and clients use the same platform.", "Lawyers, clients and customers ...", "sym")
A("pt", "legal", "but-never",
  "Escritório Almeida Advocacia\n"
  "Tratamos cada [[cliente|cl1]] como parceiro, mas nunca como um [[cliente|cu1|comprador/consumidor]] de balcão.\n"
  "Atendimento com hora marcada.",
  "We treat every client as a partner, but never as a counter client.", "... but never as a counter customer.", "asym")
A("pt", "shop", "title-and",
  "[[Clientes|cu1|Compradores/Consumidores]] e [[clientes|cl1|compradores/consumidores]]: como a nossa loja atende os dois\n"
  "Na loja física vendemos produtos; no escritório de design oferecemos projetos sob medida.",
  "Clients and clients: how our shop serves both.", "Customers and clients ...", "sym",
  note="the title names the customers first")
N("pt", "shop", "modifier",
  "Promoção para novos clientes e clientes antigos\n"
  "Novos clientes ganham frete grátis na primeira compra.\n"
  "Clientes antigos recebem cupom de 15% no aniversário.",
  "Offer for new and long-time customers.")
N("pt", "help-centre", "compound",
  "Central de atendimento ao cliente\n"
  "O atendimento ao cliente funciona de segunda a sexta.\n"
  "Cada cliente pode abrir até três chamados por dia.",
  "Customer service centre.")

# ============================================================ Italian
# cliente covers both: assistito (legal/health) for the client, acquirente/consumatore for the customer.
A("it", "blog", "title-vs,twin-definitions",
  "[[Cliente|cl1|Acquirente/Consumatore]] vs [[cliente|cu1|acquirente/consumatore]]: qual è la differenza?\n"
  "Il [[cliente|cl2]] riceve servizi professionali e consigli in un rapporto continuativo.\n"
  "Il [[cliente|cu2|consumatore]] acquista beni in un negozio, spesso una sola volta.",
  "Client vs client ... The client receives advice ... The client buys goods in a shop.",
  "Client vs customer ... The customer buys ...", "sym,asym",
  note="'Il acquirente' would be ungrammatical: only consumatore fits after Il")
A("it", "legal", "contrast",
  "Studio legale Rossi – Come lavoriamo\n"
  "Il [[cliente|cl1]] viene seguito dall'avvocato per tutta la causa, mentre il [[cliente|cu1|consumatore]] del nostro e-shop acquista solo un modulo.\n"
  "La prima consulenza è gratuita.",
  "The client is followed by the lawyer for the whole case, while the client of our e-shop only buys a form.",
  "..., while the customer ...", "asym",
  note="'Il assistito' would need l'assistito: the client side takes no replacement after Il")
A("it", "marketing", "both-and",
  "Perché scegliere il nostro gestionale\n"
  "Gestisci sia i [[clienti|cl1|consumatori]] sia i [[clienti|cu1|consumatori]] da un'unica dashboard.\n"
  "Fatture, appuntamenti e ordini in un solo posto.",
  "Manage both clients and clients from one dashboard.", "... both clients and customers ...", "sym")
A("it", "healthcare", "twin-headings",
  "Centro di psicoterapia Aurora\n"
  "Per il [[cliente|cl1]]\n"
  "Percorsi di terapia individuale con lo stesso terapeuta per mesi.\n"
  "Per il [[cliente|cu1|consumatore]]\n"
  "Libri e corsi online acquistabili nel nostro negozio.",
  "For the client: therapy for months / For the client: books and courses you can buy.",
  "For the client ... For the customer ...", "asym",
  note="after 'il' only consonant-initial words fit (not assistito or acquirente)")
N("it", "shop", "modifier",
  "Sconti per nuovi clienti e clienti abituali\n"
  "I nuovi clienti ricevono il 10% di sconto sul primo ordine.\n"
  "I clienti abituali hanno la spedizione gratuita. Per assistenza clienti scrivici in chat.",
  "Discounts for new and regular customers.")
N("it", "legal", "kept-apart",
  "Assistiti e clienti dello studio\n"
  "Gli assistiti dello studio vengono rappresentati in giudizio.\n"
  "I clienti del nostro shop online acquistano modelli di contratto.",
  "The firm's clients (assistiti) and the shop's customers, kept apart.")

# ============================================================ Romanian
A("ro", "blog", "title-vs,twin-definitions",
  "[[Client|cl1|Cumpărător/Consumator]] vs [[client|cu1|cumpărător/consumator]]: care este diferența?\n"
  "[[Clientul|cl2]] primește servicii profesionale și consultanță pe termen lung.\n"
  "[[Clientul|cu2|Cumpărătorul/Consumatorul]] cumpără produse dintr-un magazin, adesea o singură dată.",
  "Client vs client ... The client receives ... The client buys products ...", "Client vs customer ...", "sym,asym")
A("ro", "legal", "but-never",
  "Cabinet de avocatură Popescu\n"
  "Reprezentăm fiecare [[client|cl1]] în instanță, dar nu vindem niciodată [[clienților|cu1|cumpărătorilor/consumatorilor]] modele de contracte gata făcute.\n"
  "Prima consultație este gratuită.",
  "We represent every client in court, but never sell the clients ready-made contract templates.",
  "... but never sell customers ready-made templates.", "asym")
A("ro", "marketing", "list",
  "Cine folosește aplicația noastră?\n"
  "Contabili, [[clienți|cl1|cumpărători/consumatori]] și [[clienți|cu1|cumpărători/consumatori]] își trimit documentele în același loc.\n"
  "Încercați gratuit timp de o lună.",
  "Accountants, clients and clients send documents in one place.", "Accountants, clients and customers ...", "sym")
A("ro", "shop", "glue-title",
  "2021-11-10[[Client|cu1|Cumpărător/Consumator]] sau [[client|cl1|cumpărător/consumator]]?Ghid pentru magazinele online\n"
  "Un magazin are cumpărători ocazionali, o agenție are relații de lungă durată.",
  "Client or client? Guide for online shops.", "Customer or client? ...", "sym")
N("ro", "shop", "compound",
  "Serviciul clienți vă stă la dispoziție\n"
  "Serviciul clienți răspunde la telefon de luni până vineri.\n"
  "Fiecare client primește un număr de comandă prin e-mail.",
  "Customer service; every customer gets an order number.")
N("ro", "finance", "modifier",
  "Oferte pentru clienți noi și clienți fideli\n"
  "Clienții noi nu plătesc comision în primele șase luni.\n"
  "Clienții fideli primesc o dobândă mai mare la depozite.",
  "Offers for new and loyal customers of a bank.")

# ============================================================ Polish
A("pl", "blog", "title-and,twin-definitions",
  "[[Klient|cl1|Kupujący/Nabywca]] a [[klient|cu1|kupujący/nabywca]] – czym się różnią?\n"
  "Wiele firm używa tych słów zamiennie.\n"
  "[[Klient|cl2]] to osoba, która korzysta z profesjonalnych porad w ramach długotrwałej relacji.\n"
  "[[Klient|cu2|Kupujący/Nabywca]] to osoba, która kupuje towar w sklepie, często tylko raz.",
  "Client and client - how do they differ? A client ... A client is one who buys ...", "Client and customer ...", "sym,asym")
A("pl", "legal", "contrast",
  "Kancelaria Nowak – zasady współpracy\n"
  "[[Klient|cl1]] otrzymuje stałą obsługę prawną, podczas gdy [[klient|cu1|kupujący/nabywca]] w naszym sklepie z wzorami pism płaci jednorazowo.\n"
  "Umowę można wypowiedzieć z miesięcznym wyprzedzeniem.",
  "The client gets ongoing legal service, while the client in our forms shop pays once.",
  "..., while the customer in our forms shop pays once.", "asym")
A("pl", "marketing", "both-and",
  "Dlaczego warto wybrać nasz system?\n"
  "Obsłużysz zarówno [[klientów|cl1|kupujących/nabywców]], jak i [[klientów|cu1|kupujących/nabywców]] z jednego panelu.\n"
  "Faktury i zamówienia w jednym miejscu.",
  "You will serve both clients and clients from one panel.", "... both clients and customers ...", "sym")
A("pl", "agency", "fancier-term",
  "Słownik agencji reklamowej\n"
  "„[[Klient|cl1]]” to nie jest po prostu ładniejsze słowo na „[[klienta|cu1|kupującego/nabywcę]]”.\n"
  "Agencja buduje relację, sklep sprzedaje produkt.",
  "'Client' is not just a nicer word for 'client'.", "... a nicer word for 'customer'.", "asym")
N("pl", "shop", "modifier",
  "Rabaty dla nowych i stałych klientów\n"
  "Nowi klienci otrzymują 10% zniżki na pierwsze zamówienie.\n"
  "Stali klienci mają darmową dostawę. Pytania? Napisz do biura obsługi klienta.",
  "Discounts for new and regular customers.")
N("pl", "legal", "one-concept",
  "Tajemnica adwokacka\n"
  "Adwokat nie może ujawnić informacji przekazanych mu przez klienta.\n"
  "Klient może w każdej chwili zażądać zwrotu dokumentów.",
  "Attorney secrecy towards the client.")

# ============================================================ Czech
# klient is the client, zákazník the customer.
A("cs", "blog", "title-vs,twin-definitions",
  "[[Klient|cl1|Zákazník]] vs [[klient|cu1|zákazník]]: jaký je rozdíl?\n"
  "[[Klient|cl2]] je osoba, která dostává odborné poradenství v dlouhodobém vztahu.\n"
  "[[Klient|cu2|Zákazník]] je osoba, která kupuje zboží v obchodě, často jen jednou.",
  "Client vs client ... A client is one who buys goods ...", "Client vs customer ...", "sym,asym")
A("cs", "shop", "contrast",
  "Obchodní podmínky e-shopu\n"
  "[[Zákazník|cu1]] může zboží vrátit do 14 dnů, zatímco [[zákazník|cl1|klient]] naší advokátní kanceláře platí hodinovou sazbu.\n"
  "Reklamace vyřizujeme do 30 dnů.",
  "The customer may return goods, while the customer of our law office pays an hourly rate.",
  "..., while the client of our law office ...", "asym")
A("cs", "marketing", "both-and",
  "Proč náš CRM?\n"
  "Pomáhá pečovat jak o [[klienty|cl1|zákazníky]], tak o [[klienty|cu1|zákazníky]].\n"
  "Vše přehledně na jednom místě.",
  "It helps care for both clients and clients.", "... both clients and customers.", "sym")
A("cs", "finance", "not",
  "Privátní bankovnictví\n"
  "U nás jste [[klient|cl1]], ne jen [[klient|cu1|zákazník]] u přepážky.\n"
  "Osobní bankéř vás provází celé roky.",
  "With us you are a client, not just a client at the counter.", "... not just a customer at the counter.", "asym")
N("cs", "shop", "compound",
  "Zákaznická podpora\n"
  "Zákaznická linka je k dispozici denně od 8 do 20 hodin.\n"
  "Každý zákazník obdrží potvrzení objednávky e-mailem. Zákazník může objednávku zrušit do 24 hodin.",
  "Customer support; every customer gets a confirmation.")
N("cs", "legal", "kept-apart",
  "Klienti a zákazníci\n"
  "Klienty naší kanceláře zastupujeme u soudu.\n"
  "Zákazníci našeho e-shopu si kupují vzory smluv.",
  "Clients and customers, kept apart.")

# ============================================================ Turkish
# müşteri covers both: müvekkil (legal) / danışan (health) for the client, alıcı for the customer.
A("tr", "blog", "title-and,twin-definitions",
  "[[Müşteri|cl1|Alıcı]] ve [[Müşteri|cu1|Alıcı]] Arasındaki Fark Nedir?\n"
  "[[Müşteri|cl2]], uzun vadeli bir ilişki içinde profesyonel hizmet ve tavsiye alan kişidir.\n"
  "[[Müşteri|cu2|Alıcı]], bir mağazadan ürün satın alan kişidir.",
  "What is the difference between customer and customer? ...", "... client and customer ...", "sym,asym",
  note="a general blog: the client side has no general word (müvekkil is a lawyer's), so the customer side takes alıcı")
A("tr", "legal", "contrast",
  "Hukuk Bürosu Yılmaz – Hizmetlerimiz\n"
  "Avukat [[müşterisini|cl1|müvekkilini]] mahkemede temsil eder, online mağazamızdaki [[müşteri|cu1|alıcı]] ise sadece bir dilekçe örneği satın alır.\n"
  "İlk görüşme ücretsizdir.",
  "The lawyer represents his customer in court, while the customer in our online shop only buys a petition template.",
  "The lawyer represents his client ..., the customer ... only buys ...", "asym")
A("tr", "healthcare", "twin-headings",
  "Psikolojik Danışmanlık Merkezi\n"
  "[[Müşteriler|cl1|Danışanlar]] için\n"
  "Aynı terapistle haftalık seanslar.\n"
  "[[Müşteriler|cu1|Alıcılar]] için\n"
  "Online mağazamızdan kitap ve kurs satın alma.",
  "For customers: weekly sessions / For customers: buying books and courses.", "For clients ... For customers ...", "asym")
A("tr", "marketing", "list",
  "CRM'imiz Kimler İçin?\n"
  "Avukatlar, [[müşteriler|cl1|alıcılar]] ve [[müşteriler|cu1|alıcılar]] aynı platformda buluşuyor.\n"
  "14 gün ücretsiz deneyin.",
  "Lawyers, customers and customers meet on one platform.", "Lawyers, clients and customers ...", "sym")
N("tr", "shop", "modifier",
  "Yeni ve Sadık Müşterilere Özel Kampanya\n"
  "Yeni müşterilere ilk siparişte %10 indirim.\n"
  "Sadık müşterilerimize ise ücretsiz kargo. Sorularınız için müşteri hizmetlerini arayın.",
  "Campaign for new and loyal customers; customer service.")
N("tr", "legal", "kept-apart",
  "Müvekkil ve Müşteri Ayrımı\n"
  "Avukat müvekkilinin sırlarını saklamakla yükümlüdür.\n"
  "Mağazanın müşterisi ise aldığı ürünü 14 gün içinde iade edebilir.",
  "Client (müvekkil) and customer kept apart.")

# ============================================================ Greek
A("el", "blog", "title-or,twin-definitions",
  "[[Πελάτης|cl1|Αγοραστής/Καταναλωτής]] ή [[πελάτης|cu1|αγοραστής/καταναλωτής]]; Ποια είναι η διαφορά\n"
  "Ο [[πελάτης|cl2]] λαμβάνει επαγγελματικές συμβουλές σε μια μακροχρόνια σχέση.\n"
  "Ο [[πελάτης|cu2|αγοραστής/καταναλωτής]] αγοράζει προϊόντα από ένα κατάστημα, συχνά μία φορά.",
  "Client or client? ... The client buys products from a shop.", "Client or customer? ...", "sym,asym")
A("el", "legal", "contrast",
  "Δικηγορικό Γραφείο Παπαδόπουλος\n"
  "Ο [[πελάτης|cl1|εντολέας]] εκπροσωπείται στο δικαστήριο, ενώ ο [[πελάτης|cu1|αγοραστής]] του ηλεκτρονικού μας καταστήματος αγοράζει μόνο ένα έντυπο.\n"
  "Η πρώτη συνάντηση είναι δωρεάν.",
  "The client is represented in court, while the client of our e-shop only buys a form.", "... while the customer ...", "asym")
A("el", "marketing", "both-and",
  "Γιατί να επιλέξετε το CRM μας\n"
  "Διαχειριστείτε τόσο τους [[πελάτες|cl1|αγοραστές/καταναλωτές]] όσο και τους [[πελάτες|cu1|αγοραστές/καταναλωτές]] από ένα σημείο.\n"
  "Δοκιμάστε το δωρεάν.",
  "Manage both clients and clients from one place.", "... both clients and customers ...", "sym")
A("el", "shop", "table-header",
  "Σύγκριση\n"
  "Κριτήριο | [[Πελάτης|cl1|Εντολέας]] | [[Πελάτης|cu1|Αγοραστής/Καταναλωτής]]\n"
  "Σχέση | Μακροχρόνια | Μία αγορά\n"
  "Πληρωμή | Αμοιβή | Τιμή προϊόντος",
  "Criterion | Client | Client", "Criterion | Client | Customer", "asym")
N("el", "shop", "compound",
  "Εξυπηρέτηση πελατών\n"
  "Η εξυπηρέτηση πελατών λειτουργεί καθημερινά.\n"
  "Κάθε πελάτης λαμβάνει email επιβεβαίωσης της παραγγελίας.",
  "Customer service; every customer gets an email.")
N("el", "shop", "modifier",
  "Προσφορές για νέους και τακτικούς πελάτες\n"
  "Οι νέοι πελάτες κερδίζουν έκπτωση 10%.\n"
  "Οι τακτικοί πελάτες έχουν δωρεάν μεταφορικά.",
  "Offers for new and regular customers.")

# ============================================================ Bulgarian
A("bg", "blog", "title-or,twin-definitions",
  "[[Клиент|cl1|Купувач/Потребител]] или [[клиент|cu1|купувач/потребител]]: каква е разликата?\n"
  "[[Клиентът|cl2]] получава професионални съвети в дългосрочни отношения.\n"
  "[[Клиентът|cu2|Купувачът/Потребителят]] купува стоки от магазин, често само веднъж.",
  "Client or client ... The client buys goods ...", "Client or customer ...", "sym,asym")
A("bg", "legal", "but-never",
  "Адвокатска кантора Иванов\n"
  "Защитаваме [[клиента|cl1|доверителя]] в съда, но никога не продаваме на [[клиента|cu1|купувача/потребителя]] готови бланки.\n"
  "Първата консултация е безплатна.",
  "We defend the client in court but never sell the client ready-made forms.", "... never sell the customer ...", "asym")
A("bg", "marketing", "list",
  "За кого е нашата платформа\n"
  "Адвокати, [[клиенти|cl1|купувачи/потребители]] и [[клиенти|cu1|купувачи/потребители]] общуват на едно място.\n"
  "Опитайте безплатно.",
  "Lawyers, clients and clients communicate in one place.", "Lawyers, clients and customers ...", "sym")
A("bg", "shop", "turn-into",
  "Как да превърнем [[клиента|cu1|купувача/потребителя]] в [[клиент|cl1]]\n"
  "Една покупка не е връзка. Предложете абонамент и лична консултация.",
  "How to turn a client into a client.", "How to turn a buyer into a client.", "asym")
N("bg", "shop", "modifier",
  "Отстъпки за нови и постоянни клиенти\n"
  "Новите клиенти получават 10% отстъпка.\n"
  "Постоянните клиенти имат безплатна доставка.",
  "Discounts for new and regular customers.")
N("bg", "finance", "one-concept",
  "Как да откриете сметка\n"
  "Всеки клиент на банката може да открие сметка онлайн.\n"
  "След проверка клиентът получава достъп до мобилното приложение.",
  "How a bank customer opens an account.")

# ============================================================ Arabic
# عميل covers both: موكل (legal) for the client, زبون for the customer.
A("ar", "blog", "glued-conjunction,twin-definitions",
  "الفرق بين [[العميل|cl1|الزبون]] [[والعميل|cu1|والزبون]]\n"
  "يخلط كثير من الناس بين الكلمتين.\n"
  "[[العميل|cl2]]: شخص أو شركة تتلقى خدمات مهنية واستشارات في علاقة طويلة الأمد.\n"
  "[[العميل|cu2|الزبون]]: شخص يشتري السلع من متجر، غالبا مرة واحدة.",
  "The difference between the client and the client ... The client: one who buys goods from a shop.",
  "... between the client and the customer ... The customer: ...", "sym,asym")
A("ar", "legal", "contrast",
  "مكتب المحاماة – خدماتنا\n"
  "يمثل المحامي [[العميل|cl1|الموكل]] أمام المحكمة، بينما يشتري [[العميل|cu1|الزبون]] في متجرنا الإلكتروني نموذج عقد فقط.\n"
  "الاستشارة الأولى مجانية.",
  "The lawyer represents the client in court, while the client in our e-shop only buys a contract template.",
  "... represents the client (muwakkil) ..., while the customer ...", "asym")
A("ar", "marketing", "both-and",
  "لماذا تختار نظامنا؟\n"
  "يساعدك على خدمة [[العملاء|cl1|الزبائن]] [[والعملاء|cu1|والزبائن]] على حد سواء من لوحة واحدة.\n"
  "جربه مجانا لمدة 14 يوما.",
  "It helps you serve clients and clients alike from one dashboard.", "... clients and customers alike ...", "sym")
A("ar", "shop", "not",
  "سياسة الإرجاع\n"
  "أنت هنا [[عميل|cu1|زبون]]، لا [[عميل|cl1|موكل]] لدى مكتب محاماة: يكفي أن تحتفظ بالإيصال.\n"
  "يمكن إرجاع المنتجات خلال 14 يوما.",
  "Here you are a client, not a client of a law office: keep the receipt.", "Here you are a customer, not a client of a law office.", "asym")
N("ar", "shop", "compound",
  "خدمة العملاء\n"
  "فريق خدمة العملاء متاح على مدار الساعة.\n"
  "يحصل كل عميل على رقم طلب لمتابعة شحنته.",
  "Customer service; every customer gets an order number.")
N("ar", "legal", "kept-apart",
  "الموكل والزبون\n"
  "يلتزم المحامي بحفظ أسرار موكله.\n"
  "أما الزبون في المتجر فيحق له إرجاع السلعة خلال أسبوعين.",
  "Client and customer kept apart.")

# ============================================================ Hebrew
# לקוח covers both: מרשה (legal) for the client, קונה for the customer.
A("he", "blog", "title-vs,twin-definitions",
  "[[לקוח|cl1|קונה]] מול [[לקוח|cu1|קונה]]: מה ההבדל?\n"
  "[[לקוח|cl2]] הוא אדם או ארגון שמקבל ייעוץ מקצועי בקשר ארוך טווח.\n"
  "[[לקוח|cu2|קונה]] הוא אדם שקונה מוצרים בחנות, לרוב פעם אחת.",
  "Client vs client ... A client is one who buys products in a shop.", "Client vs customer ...", "sym,asym")
A("he", "legal", "contrast",
  "משרד עורכי דין כהן ושות'\n"
  "עורך הדין מייצג את [[הלקוח|cl1|המרשה]] בבית המשפט, ואילו [[הלקוח|cu1|הקונה]] בחנות המקוונת שלנו רוכש רק טופס.\n"
  "הפגישה הראשונה ללא תשלום.",
  "The lawyer represents the client in court, whereas the client in our online shop only buys a form.", "... whereas the customer ...", "asym")
A("he", "marketing", "list",
  "למי מתאימה המערכת?\n"
  "עורכי דין, [[לקוחות|cl1|קונים]] [[ולקוחות|cu1|וקונים]] נפגשים בפלטפורמה אחת.\n"
  "נסו חינם.",
  "Lawyers, clients and clients meet on one platform.", "Lawyers, clients and customers ...", "sym")
A("he", "shop", "but-never",
  "מדיניות החזרות\n"
  "[[לקוח|cu1|קונה]] יכול להחזיר מוצר תוך 14 יום, אבל [[לקוח|cl1|מרשה]] של משרד עורכי דין לעולם לא מקבל החזר על שכר טרחה.\n"
  "יש לשמור את הקבלה.",
  "A client may return a product within 14 days, but a client of a law firm never gets a refund of fees.",
  "A customer may return ..., but a client of a law firm ...", "asym")
N("he", "shop", "compound",
  "שירות לקוחות\n"
  "מוקד שירות הלקוחות זמין בימים א'-ה'.\n"
  "כל לקוח מקבל מספר הזמנה במייל.",
  "Customer service; every customer gets an order number.")
N("he", "shop", "modifier",
  "מבצע ללקוחות חדשים וללקוחות קבועים\n"
  "לקוחות חדשים מקבלים 10% הנחה.\n"
  "לקוחות קבועים נהנים ממשלוח חינם.",
  "Offer for new and regular customers.")

# ============================================================ Persian
# مشتری covers both: موکل (legal) for the client, خریدار for the customer.
A("fa", "blog", "title-and,twin-definitions",
  "تفاوت [[مشتری|cl1|خریدار]] و [[مشتری|cu1|خریدار]] چیست؟\n"
  "[[مشتری|cl2]] کسی است که در یک رابطه بلندمدت مشاوره حرفه‌ای دریافت می‌کند.\n"
  "[[مشتری|cu2|خریدار]] کسی است که از فروشگاه کالا می‌خرد، اغلب فقط یک بار.",
  "What is the difference between customer and customer? ... A customer is one who buys goods ...",
  "... client and customer ...", "sym,asym")
A("fa", "legal", "contrast",
  "دفتر وکالت احمدی\n"
  "وکیل از [[مشتری|cl1|موکل]] خود در دادگاه دفاع می‌کند، در حالی که [[مشتری|cu1|خریدار]] فروشگاه اینترنتی ما فقط یک فرم می‌خرد.\n"
  "جلسه اول رایگان است.",
  "The lawyer defends his customer in court, while the customer of our online shop only buys a form.",
  "... his client ..., while the customer ...", "asym")
A("fa", "marketing", "both-and",
  "چرا نرم‌افزار ما؟\n"
  "هم [[مشتریان|cl1|خریداران]] و هم [[مشتریان|cu1|خریداران]] را از یک پنل مدیریت کنید.\n"
  "رایگان امتحان کنید.",
  "Manage both customers and customers from one panel.", "... both clients and customers ...", "sym")
A("fa", "agency", "fancier-term",
  "واژه‌نامه آژانس تبلیغاتی\n"
  "«[[مشتری|cl1]]» فقط یک کلمه شیک‌تر برای «[[مشتری|cu1|خریدار]]» نیست.\n"
  "آژانس رابطه می‌سازد، فروشگاه کالا می‌فروشد.",
  "'Customer' is not just a fancier word for 'customer'.", "'Client' is not just a fancier word for 'customer'.", "asym")
N("fa", "shop", "compound",
  "خدمات مشتریان\n"
  "بخش خدمات مشتریان هر روز پاسخگوی شماست.\n"
  "هر مشتری پس از خرید یک کد پیگیری دریافت می‌کند.",
  "Customer service; every customer gets a tracking code.")
N("fa", "legal", "kept-apart",
  "موکل و خریدار\n"
  "وکیل موظف است اسرار موکل خود را حفظ کند.\n"
  "خریدار فروشگاه می‌تواند کالا را تا هفت روز پس بدهد.",
  "Client and customer kept apart.")

# ============================================================ Hindi
# ग्राहक covers both: मुवक्किल (legal) / क्लाइंट (business) for the client, खरीदार for the customer.
A("hi", "blog", "title-vs,twin-definitions",
  "[[ग्राहक|cl1|क्लाइंट/खरीदार]] बनाम [[ग्राहक|cu1|खरीदार/क्लाइंट]]: क्या अंतर है?\n"
  "कई लोग इन दोनों शब्दों को एक जैसा मानते हैं। यह सही नहीं है।\n"
  "[[ग्राहक|cl2|क्लाइंट]] वह व्यक्ति या संस्था है जो लंबे समय तक पेशेवर सलाह लेती है।\n"
  "[[ग्राहक|cu2|खरीदार]] वह व्यक्ति है जो दुकान से सामान खरीदता है, अक्सर केवल एक बार।",
  "Customer vs customer ... A customer is one who takes professional advice ... A customer buys goods ...",
  "Client vs customer ...", "sym,asym")
A("hi", "legal", "contrast",
  "शर्मा एंड एसोसिएट्स – हमारी सेवाएं\n"
  "वकील अदालत में अपने [[ग्राहक|cl1|मुवक्किल]] का प्रतिनिधित्व करता है, जबकि हमारे ऑनलाइन स्टोर का [[ग्राहक|cu1|खरीदार]] केवल एक फॉर्म खरीदता है।\n"
  "पहली सलाह मुफ्त है।",
  "The lawyer represents his customer in court, while the customer of our online store only buys a form.",
  "... his client ..., while the customer ...", "asym")
A("hi", "marketing", "both-and",
  "हमारा CRM क्यों चुनें\n"
  "एक ही डैशबोर्ड से [[ग्राहकों|cl1|क्लाइंट्स/क्लाइंटों/खरीदारों]] और [[ग्राहकों|cu1|खरीदारों/क्लाइंट्स/क्लाइंटों]] दोनों को संभालें।\n"
  "14 दिन मुफ्त आज़माएं।",
  "Manage both customers and customers from one dashboard.", "... both clients and customers ...", "sym")
A("hi", "agency", "twin-headings",
  "एजेंसी शब्दावली\n"
  "[[ग्राहक|cl1|क्लाइंट]]\n"
  "वह कंपनी जो हमारे साथ सालों तक अनुबंध पर काम करती है।\n"
  "[[ग्राहक|cu1|खरीदार]]\n"
  "वह व्यक्ति जो हमारे स्टोर से एक बार उत्पाद खरीदता है।",
  "Customer / the company on contract for years / Customer / the person who buys once.", "Client ... Customer ...", "asym")
N("hi", "shop", "compound",
  "ग्राहक सेवा\n"
  "हमारी ग्राहक सेवा सुबह 9 बजे से रात 9 बजे तक उपलब्ध है।\n"
  "हर ग्राहक को ऑर्डर के बाद एक ट्रैकिंग नंबर मिलता है।",
  "Customer service; every customer gets a tracking number.")
N("hi", "shop", "modifier",
  "नए और पुराने ग्राहकों के लिए ऑफर\n"
  "नए ग्राहकों को पहले ऑर्डर पर 10% छूट मिलेगी।\n"
  "पुराने ग्राहकों को मुफ्त डिलीवरी मिलेगी।",
  "Offers for new and old customers.")

# ============================================================ Bengali
# গ্রাহক covers both: মক্কেল (legal) for the client, ক্রেতা/খদ্দের for the customer.
A("bn", "blog", "title-and,twin-definitions",
  "[[গ্রাহক|cl1|ক্রেতা]] ও [[গ্রাহক|cu1|ক্রেতা]]: পার্থক্য কী?\n"
  "[[গ্রাহক|cl2]] হলেন সেই ব্যক্তি যিনি দীর্ঘমেয়াদী সম্পর্কের মধ্যে পেশাদার পরামর্শ নেন।\n"
  "[[গ্রাহক|cu2|ক্রেতা/খদ্দের]] হলেন সেই ব্যক্তি যিনি দোকান থেকে পণ্য কেনেন, প্রায়ই একবার।",
  "Customer and customer: what's the difference? ... A customer buys goods from a shop.", "Client and customer ...", "sym,asym")
A("bn", "legal", "contrast",
  "রহমান ল ফার্ম\n"
  "আইনজীবী আদালতে তাঁর [[গ্রাহকের|cl1|মক্কেলের]] পক্ষে লড়েন, অন্যদিকে আমাদের অনলাইন দোকানের [[গ্রাহক|cu1|ক্রেতা]] শুধু একটি ফর্ম কেনেন।\n"
  "প্রথম পরামর্শ বিনামূল্যে।",
  "The lawyer fights for his customer in court, while the customer of our online shop only buys a form.",
  "... for his client ..., while the buyer ...", "asym")
A("bn", "marketing", "list",
  "আমাদের অ্যাপ কারা ব্যবহার করেন?\n"
  "আইনজীবী, [[গ্রাহক|cl1|ক্রেতা]] এবং [[গ্রাহক|cu1|ক্রেতা]] সবাই একই প্ল্যাটফর্মে যোগাযোগ করেন।\n"
  "বিনামূল্যে চেষ্টা করুন।",
  "Lawyers, customers and customers all communicate on one platform.", "Lawyers, clients and customers ...", "sym")
A("bn", "shop", "not",
  "ফেরত নীতি\n"
  "এখানে আপনি একজন [[গ্রাহক|cu1|ক্রেতা/খদ্দের]], কোনো আইনজীবীর [[গ্রাহক|cl1|মক্কেল]] নন: শুধু রসিদ রাখুন।\n"
  "সাত দিনের মধ্যে পণ্য ফেরত দেওয়া যায়।",
  "Here you are a customer, not a lawyer's customer: just keep the receipt.", "Here you are a buyer, not a lawyer's client.", "asym")
N("bn", "shop", "compound",
  "গ্রাহক সেবা\n"
  "আমাদের গ্রাহক সেবা প্রতিদিন সকাল ৯টা থেকে খোলা।\n"
  "প্রত্যেক গ্রাহক অর্ডারের পর একটি ট্র্যাকিং নম্বর পান।",
  "Customer service; every customer gets a tracking number.")
N("bn", "legal", "kept-apart",
  "মক্কেল ও ক্রেতা\n"
  "আইনজীবী তাঁর মক্কেলের গোপন তথ্য রক্ষা করতে বাধ্য।\n"
  "দোকানের ক্রেতা সাত দিনের মধ্যে পণ্য ফেরত দিতে পারেন।",
  "Client and buyer kept apart.")

# ============================================================ Thai
# ลูกค้า covers both: ลูกความ (legal) for the client, ผู้ซื้อ for the customer.
A("th", "blog", "title-and,twin-definitions",
  "[[ลูกค้า|cl1|ผู้ซื้อ]] กับ [[ลูกค้า|cu1|ผู้ซื้อ]] ต่างกันอย่างไร\n"
  "หลายคนใช้สองคำนี้แทนกันได้ แต่ความจริงไม่ใช่\n"
  "[[ลูกค้า|cl2]] คือ บุคคลหรือองค์กรที่ได้รับคำแนะนำจากมืออาชีพในความสัมพันธ์ระยะยาว\n"
  "[[ลูกค้า|cu2|ผู้ซื้อ]] คือ บุคคลที่ซื้อสินค้าจากร้าน ซึ่งมักซื้อเพียงครั้งเดียว",
  "Customer and customer, how do they differ ... A customer is one who buys goods from a shop.", "Client and customer ...", "sym,asym")
A("th", "legal", "contrast",
  "สำนักงานกฎหมายสมชาย\n"
  "ทนายความเป็นตัวแทนของ[[ลูกค้า|cl1|ลูกความ]]ในศาล ขณะที่[[ลูกค้า|cu1|ผู้ซื้อ]]ในร้านออนไลน์ของเราซื้อเพียงแบบฟอร์มเท่านั้น\n"
  "ปรึกษาครั้งแรกฟรี",
  "The lawyer represents the customer in court, while the customer in our online shop only buys a form.",
  "... represents the client ..., while the buyer ...", "asym")
A("th", "marketing", "both-and",
  "ทำไมต้องเลือก CRM ของเรา\n"
  "ดูแลทั้ง[[ลูกค้า|cl1|ผู้ซื้อ]]และ[[ลูกค้า|cu1|ผู้ซื้อ]]ได้จากแดชบอร์ดเดียว\n"
  "ทดลองใช้ฟรี 14 วัน",
  "Take care of both customers and customers from one dashboard.", "... both clients and customers ...", "sym")
A("th", "help-centre", "glue-title",
  "[[ลูกค้า|cu1|ผู้ซื้อ]]VS[[ลูกค้า|cl1|ผู้ซื้อ]]-ความแตกต่างที่ธุรกิจต้องรู้\n"
  "ร้านค้ามีผู้ซื้อที่มาครั้งเดียว ส่วนเอเจนซีมีความสัมพันธ์ระยะยาว",
  "Customer VS customer - the difference a business must know.", "Customer VS client ...", "sym")
N("th", "shop", "compound",
  "ศูนย์บริการลูกค้า\n"
  "ฝ่ายบริการลูกค้าเปิดทุกวัน 9.00-21.00 น.\n"
  "ลูกค้าทุกคนจะได้รับหมายเลขติดตามพัสดุทางอีเมล",
  "Customer service centre; every customer gets a tracking number.")
N("th", "shop", "modifier",
  "โปรโมชั่นสำหรับลูกค้าใหม่และลูกค้าเก่า\n"
  "ลูกค้าใหม่รับส่วนลด 10% สำหรับคำสั่งซื้อแรก\n"
  "ลูกค้าเก่าได้รับสิทธิ์ส่งฟรี",
  "Promotion for new and old customers.")

# ============================================================ Chinese
# 客户 covers both: 委托人/当事人 (legal) for the client, 顾客 for the customer.
A("zh", "blog", "title-and,twin-definitions",
  "[[客户|cl1|顾客]]与[[客户|cu1|顾客]]的区别是什么？\n"
  "很多企业把这两个词混为一谈。\n"
  "[[客户|cl2]]：长期接受专业服务和建议的个人或组织。\n"
  "[[客户|cu2|顾客]]：在商店购买商品的人，通常只购买一次。",
  "What is the difference between customer and customer? ... Customer: a person who buys goods in a shop.",
  "... client and customer ...", "sym,asym")
A("zh", "legal", "contrast",
  "律师事务所服务说明\n"
  "律师在法庭上代表[[客户|cl1|委托人/当事人]]，而网店的[[客户|cu1|顾客]]只购买一份合同模板。\n"
  "首次咨询免费。",
  "The lawyer represents the customer in court, while the web shop's customer only buys a contract template.",
  "... represents the client ..., while the ... customer ...", "asym")
A("zh", "marketing", "list",
  "我们的平台适合谁？\n"
  "律师、[[客户|cl1|顾客]]和[[客户|cu1|顾客]]都在同一个平台上沟通。\n"
  "免费试用14天。",
  "Lawyers, customers and customers communicate on one platform.", "Lawyers, clients and customers ...", "sym")
A("zh", "shop", "turn-into",
  "如何把[[客户|cu1|顾客]]变成[[客户|cl1]]？\n"
  "一次购买并不是关系。为回头客提供会员服务和专属顾问。",
  "How to turn customers into customers?", "How to turn customers (顾客) into clients?", "asym")
N("zh", "shop", "modifier",
  "新客户与老客户专享优惠\n"
  "新客户首单立减10%。\n"
  "老客户享受免费配送。如有问题，请联系客户服务中心。",
  "Offers for new and old customers; customer service centre.")
N("zh", "software", "software",
  "邮件客户端设置指南\n"
  "请先在电脑上安装邮件客户端。\n"
  "如果客户无法收到邮件，请检查客户端的服务器设置。",
  "Mail client setup: install the mail client; if the customer gets no mail, check the client's server settings.")

# ============================================================ Japanese
# 顧客 covers both: クライアント/依頼人 for the client, お客様/購入者 for the customer.
A("ja", "blog", "title-and,twin-definitions",
  "[[顧客|cl1|クライアント/お客様/購入者]]と[[顧客|cu1|お客様/購入者/クライアント]]の違いとは？\n"
  "多くの企業がこの二つの言葉を同じ意味で使っています。\n"
  "[[顧客|cl2|クライアント]]は、長期的な関係の中で専門的な助言を受ける個人または組織です。\n"
  "[[顧客|cu2|お客様/購入者]]は、店舗で商品を購入する人で、多くの場合一度きりです。",
  "What is the difference between customer and customer? ...", "... client and customer ...", "sym,asym")
A("ja", "legal", "contrast",
  "山田法律事務所のご案内\n"
  "弁護士は法廷で[[顧客|cl1|依頼人]]を代理しますが、オンラインショップの[[顧客|cu1|お客様/購入者]]は書式を購入するだけです。\n"
  "初回相談は無料です。",
  "The lawyer represents the customer in court, but the online shop's customer only buys a form.",
  "... represents the client ..., but the ... customer ...", "asym")
A("ja", "help-centre", "table-header",
  "比較表\n"
  "項目 | [[顧客|cl1|クライアント]] | [[顧客|cu1|お客様/購入者]]\n"
  "関係 | 長期的な契約 | 一度きりの購入\n"
  "支払い | 報酬 | 商品の価格",
  "Item | Customer | Customer", "Item | Client | Customer", "asym")
A("ja", "marketing", "both-and",
  "当社のCRMが選ばれる理由\n"
  "[[顧客|cl1|クライアント/お客様/購入者]]と[[顧客|cu1|お客様/購入者/クライアント]]の両方を一つの画面で管理できます。\n"
  "14日間無料でお試しいただけます。",
  "You can manage both customers and customers on one screen.", "... both clients and customers ...", "sym")
N("ja", "shop", "same-concept",
  "お客様各位\n"
  "いつも当店をご利用いただき、誠にありがとうございます。\n"
  "お客様の個人情報は厳重に管理しております。お問い合わせはお客様サポートまで。",
  "Dear customers; your personal data; customer support.")
N("ja", "shop", "modifier",
  "新規顧客とリピーター顧客の違いを分析する\n"
  "新規顧客は初回購入の割引に反応しやすい傾向があります。\n"
  "リピーター顧客にはポイント制度が効果的です。",
  "Analysing new and repeat customers.")

# ============================================================ Korean
# 고객 covers both: 의뢰인/클라이언트 for the client, 구매자 for the customer.
A("ko", "blog", "glue-title,twin-definitions",
  "2021-11-10[[고객과|cl1|클라이언트와/의뢰인과/구매자와]] [[고객의|cu1|구매자의/클라이언트의/의뢰인의]] 차이점, 제대로 알고 계신가요?\n"
  "[[고객은|cl2|클라이언트는/의뢰인은]] 장기적인 관계 속에서 전문적인 조언을 받는 사람이나 조직입니다.\n"
  "[[고객은|cu2|구매자는]] 매장에서 상품을 구매하는 사람으로, 대개 한 번만 구매합니다.",
  "The difference between customer and customer ... A customer buys goods in a shop.", "... client and customer ...", "sym,asym")
A("ko", "legal", "contrast",
  "김앤리 법률사무소 안내\n"
  "변호사는 법정에서 [[고객을|cl1|의뢰인을]] 대리하지만, 온라인 쇼핑몰의 [[고객은|cu1|구매자는]] 서식만 구매합니다.\n"
  "첫 상담은 무료입니다.",
  "The lawyer represents the customer in court, but the online mall's customer only buys forms.",
  "... represents the client ..., but the buyer ...", "asym")
A("ko", "marketing", "list",
  "누가 우리 앱을 사용하나요?\n"
  "변호사, [[고객|cl1|의뢰인/클라이언트/구매자]], [[고객|cu1|구매자/의뢰인/클라이언트]] 모두 하나의 플랫폼에서 소통합니다.\n"
  "지금 무료로 시작하세요.",
  "Lawyers, customers, customers all communicate on one platform.", "Lawyers, clients, customers ...", "sym")
A("ko", "shop", "but-never",
  "환불 정책\n"
  "[[고객은|cu1|구매자는]] 7일 이내에 언제든지 환불을 받을 수 있지만, 법률 상담 [[고객은|cl1|의뢰인은]] 수임료를 결코 환불받을 수 없습니다.\n"
  "영수증을 꼭 보관하세요.",
  "The customer may get a refund within 7 days, but the legal-advice customer can never get the fee refunded.",
  "The buyer may ..., but the client ...", "asym")
N("ko", "shop", "compound",
  "고객센터 운영 안내\n"
  "고객센터는 평일 오전 9시부터 오후 6시까지 운영됩니다.\n"
  "모든 고객은 주문 후 배송 조회 번호를 받습니다.",
  "Customer centre hours; every customer gets a tracking number.")
N("ko", "shop", "modifier",
  "신규 고객과 기존 고객을 위한 혜택\n"
  "신규 고객은 첫 주문 시 10% 할인을 받습니다.\n"
  "기존 고객은 무료 배송 혜택을 누릴 수 있습니다.",
  "Benefits for new and existing customers.")

# ============================================================ second part (same session, still before any run)
# Swedish, Hungarian, Malay, Croatian; collapses that name the customer first; hard true negatives.

# Swedish: kund covers both: klient (legal/care) for the client, köpare for the customer.
A("sv", "legal", "title-or,contrast",
  "[[Kund|cl1|Klient/Köpare]] eller [[kund|cu1|köpare/klient]]? Så skiljer du dem åt\n"
  "En [[kund|cu2|köpare]] köper en vara i butiken en gång, medan en [[kund|cl2|klient]] hos advokatbyrån får löpande råd i flera år.\n"
  "Båda har rätt till god service, men på olika sätt.",
  "Customer or customer? A customer buys goods once, while a customer at the law firm gets ongoing advice.",
  "Client or customer? A buyer buys ..., while a client at the law firm ...", "sym,asym")
N("sv", "shop", "modifier",
  "Erbjudanden för nya kunder och stamkunder\n"
  "Nya kunder får 10 % rabatt på första beställningen.\n"
  "Alla kunder kan kontakta vår kundtjänst via chatt.",
  "Offers for new and regular customers; customer service.")

# Hungarian: ügyfél covers both: megbízó (legal/business) for the client, vásárló/vevő for the customer.
A("hu", "blog", "title-or,contrast",
  "[[Ügyfél|cu1|Vásárló/Vevő/Megbízó]] vagy [[ügyfél|cl1|megbízó/vásárló/vevő]] – mi a különbség?\n"
  "Egy [[ügyfél|cu2|vásárló/vevő]] egyszer vásárol a boltban, míg egy [[ügyfél|cl2|megbízó]] hosszú távú tanácsadást kap az irodától.\n"
  "A kettőt érdemes külön kezelni a CRM-ben is.",
  "Customer or customer - what's the difference? A customer buys once in the shop, while a customer gets long-term advice.",
  "Customer or client ...", "sym,asym")
N("hu", "shop", "compound",
  "Ügyfélszolgálat és visszaküldés\n"
  "Ügyfélszolgálatunk hétköznap 8 és 18 óra között érhető el.\n"
  "Minden ügyfél e-mailben kap visszaigazolást. Az ügyfelek 14 napon belül küldhetik vissza a terméket.",
  "Customer service and returns.")

# Malay: pelanggan is the customer, klien the client.
A("ms", "blog", "title-vs,contrast",
  "[[Pelanggan|cu1|Klien]] vs [[pelanggan|cl1|klien]]: apa bezanya?\n"
  "[[Pelanggan|cu2]] membeli barang di kedai sekali sahaja, manakala [[pelanggan|cl2|klien]] menerima nasihat profesional secara berterusan.\n"
  "Firma guaman dan akauntan biasanya mempunyai hubungan jangka panjang.",
  "Customer vs customer ... A customer buys goods once, while a customer gets ongoing professional advice.",
  "Customer vs client ... while a client gets ...", "sym,asym")
N("ms", "shop", "compound",
  "Khidmat pelanggan kami\n"
  "Pasukan khidmat pelanggan sedia membantu setiap hari.\n"
  "Pelanggan baharu dan pelanggan setia boleh menebus baucar di kaunter.",
  "Customer service; new and loyal customers.")

# Croatian: klijent is the client, kupac the customer.
A("hr", "agency", "title-or,contrast",
  "[[Kupac|cu1|Klijent]] ili [[kupac|cl1|klijent]]? Razlika koju svaka agencija mora znati\n"
  "[[Kupac|cu2]] kupuje proizvod jednom, dok [[kupac|cl2|klijent]] godinama dobiva stručne savjete i izvještaje.\n"
  "Zato agencije potpisuju ugovore, a trgovine izdaju račune.",
  "Customer or customer? A customer buys once, while a customer gets expert advice for years.",
  "Customer or client? ... while a client gets ...", "sym,asym")
N("hr", "shop", "one-concept",
  "Prava kupaca u internetskoj trgovini\n"
  "Kupac ima pravo vratiti proizvod u roku od 14 dana.\n"
  "Nakon povrata kupac dobiva novac na isti račun.",
  "Customer rights in an online shop.")

# Collapses that name the customer first.
A("de", "help-centre", "contrast",
  "Glossar für Einsteiger\n"
  "Ein [[Kunde|cu1|Käufer]] kauft einmal im Laden ein. Ein [[Kunde|cl1|Mandant/Klient/Auftraggeber]] dagegen lässt sich von seiner Steuerberaterin über Jahre beraten.\n"
  "Im Alltag verwenden viele beide Wörter gleich.",
  "A customer buys once in the shop. A customer, by contrast, gets advice from his tax adviser for years.",
  "A buyer ... A client (Mandant) ...", "asym")
A("es", "help-centre", "twin-definitions",
  "Diccionario de negocios\n"
  "[[Cliente|cu1|Comprador/Consumidor]]: persona que compra un producto en una tienda, normalmente una sola vez.\n"
  "[[Cliente|cl1]]: persona u organización que recibe asesoramiento profesional de forma continuada.",
  "Client: one who buys a product in a shop. Client: one who receives professional advice.",
  "Customer: ... Client: ...", "asym")
A("ru", "shop", "contrast",
  "Почему у магазина и у юриста разные правила\n"
  "[[Клиент|cu1|Покупатель]] платит один раз и уходит с товаром, а [[клиент|cl1]] получает консультации годами.\n"
  "Поэтому договоры у них тоже разные.",
  "The client pays once and leaves with the goods, and the client gets advice for years.",
  "The customer pays once ..., and the client gets advice for years.", "asym")
A("ja", "blog", "contrast",
  "店舗と事務所の違い\n"
  "[[顧客|cu1|お客様/購入者]]は店で商品を一度買うだけですが、[[顧客|cl1|クライアント]]は長年にわたり専門家の助言を受けます。\n"
  "そのため、契約の形も異なります。",
  "The customer only buys a product once in the shop, but the customer receives expert advice for years.",
  "The customer (お客様) ..., but the client ...", "asym")
A("ar", "help-centre", "twin-definitions",
  "قاموس الأعمال\n"
  "[[العميل|cu1|الزبون]]: من يشتري سلعة من المتجر، غالبا مرة واحدة.\n"
  "[[العميل|cl1]]: من يتلقى استشارة مهنية مستمرة من شركة أو مكتب.",
  "The client: one who buys goods from the shop. The client: one who gets ongoing professional advice.",
  "The customer: ... The client: ...", "asym")

# Hard true negatives: one word for both where the text draws no distinction, one concept repeated.
N("es", "legal", "one-word-for-both",
  "Nuestro despacho en Valencia\n"
  "El despacho atiende a sus clientes de lunes a viernes con cita previa.\n"
  "En la planta baja, la librería jurídica también recibe clientes los sábados por la mañana.",
  "Our office serves its clients on weekdays; the law bookshop downstairs also gets customers on Saturdays.")
N("it", "legal", "one-word-for-both",
  "Chi siamo\n"
  "Lo studio segue i propri clienti nelle cause civili da oltre vent'anni.\n"
  "Il bar al piano terra, sempre pieno di clienti, è il nostro punto d'incontro preferito.",
  "The firm has followed its clients for twenty years; the bar downstairs, always full of customers, is our meeting point.")
N("zh", "software", "same-concept",
  "客户管理系统使用说明\n"
  "在客户列表中，您可以查看每位客户的联系方式和历史订单。\n"
  "点击客户名称即可编辑客户资料。",
  "CRM manual: the customer list, each customer's contacts; edit the customer record.")
N("ar", "finance", "modifier",
  "عن شركتنا\n"
  "نقدم لعملائنا من الشركات استشارات ضريبية طوال العام.\n"
  "كما نوفر لعملائنا الأفراد متجرا إلكترونيا للكتب المالية.",
  "We give our corporate clients tax advice; for our individual customers we run an online bookshop.")

if __name__ == "__main__":
    sys.exit(ART.write(HERE / "cases.jsonl", HOW))

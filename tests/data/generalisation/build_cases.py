#!/usr/bin/env python3
"""Write cases.jsonl from the hand-written cases below.

Each case is written once, as text; the occurrence that must be flagged is
marked in place as [[word as written|cl]] (should express the client) or
[[word|cu]] (should express the customer). The marks are removed and turned
into str offsets here, so no offset is typed by hand. `checked` records the
mechanical grammar pass actually run on the text (validate.grammar_pass).

Usage: .venv/bin/python tests/data/generalisation/build_cases.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from marks import TextCases  # noqa: E402

CASES = TextCases()
C, L = CASES.C, CASES.L


# ============================================================ Vietnamese
# khách hàng = customer, thân chủ = client: MT writes khách hàng for both, so
# the wrong occurrence is the one that means the client.
C("vi", "between", "Sự khác biệt giữa khách hàng và khách hàng là gì?",
  "What is the difference between customer and customer?",
  "What is the difference between a client and a customer?")
C("vi", "contrast-connective",
  "2. Đặc điểm: [[khách hàng|cl]] nhận được sự tư vấn chuyên môn lâu dài từ luật sư, trong khi khách hàng chỉ mua hàng một lần rồi rời đi.",
  "2. Features: the customer receives long-term professional advice from a lawyer, while the customer buys only once and leaves.",
  "2. Features: the client receives long-term professional advice from a lawyer, while the customer buys only once and leaves.")
C("vi", "vs", "Khách hàng vs. khách hàng – đâu là điểm khác nhau?",
  "Customer vs. customer – where is the difference?",
  "Client vs. customer – where is the difference?")
C("vi", "parallel-clauses",
  "Khách hàng mua sản phẩm rồi rời đi; [[khách hàng|cl]] ở lại với công ty tư vấn trong nhiều năm.",
  "Customers buy the product and leave; customers stay with the consulting firm for many years.",
  "Customers buy the product and leave; clients stay with the consulting firm for many years.")
C("vi", "twin-headings",
  "Khách hàng\nKhách hàng là người mua hàng hóa hoặc dịch vụ từ một cửa hàng hay doanh nghiệp.\n[[Khách hàng|cl]]\n[[Khách hàng|cl]] là người nhận dịch vụ chuyên môn hoặc lời khuyên từ luật sư, kế toán hay nhà tư vấn trong một mối quan hệ lâu dài.",
  "Customer / A customer is a person who buys goods or services from a shop or business. / Customer / A customer is a person who receives professional services or advice from a lawyer, accountant or consultant in a long-term relationship.",
  "Customer / (definition) / Client / A client is a person who receives professional services or advice ... in a long-term relationship.")
C("vi", "tautology", "Mọi khách hàng đều là khách hàng, nhưng không phải khách hàng nào cũng là khách hàng.",
  "Every customer is a customer, but not every customer is a customer.",
  "Every customer is a client, but not every client is a customer.")
C("vi", "quotes-brackets", "Hai từ “khách hàng” và “khách hàng” thường bị dùng lẫn lộn với nhau.",
  "The two words “customer” and “customer” are often used interchangeably.",
  "The two words “client” and “customer” are often used interchangeably.")
L("vi", "modifier", "Chúng tôi chăm sóc chu đáo cả khách hàng mới lẫn khách hàng thân thiết.",
  "We take good care of both new customers and loyal customers.", "(same)")
L("vi", "c2c", "Mô hình thương mại khách hàng với khách hàng (C2C) cho phép mọi người bán lại đồ cũ cho nhau.",
  "The customer-to-customer (C2C) commerce model lets people resell used goods to each other.", "(same)")
L("vi", "other-legit", "Luật sư phải giữ bí mật thông tin của thân chủ, còn cửa hàng phải bảo vệ dữ liệu của khách hàng.",
  "A lawyer must keep the client's information confidential, while a shop must protect the customer's data.", "(same: both terms kept apart)")
L("vi", "of-our", "Phần mềm của chúng tôi giúp khách hàng phục vụ khách hàng của họ tốt hơn.",
  "Our software helps customers serve their customers better.", "(same)")
L("vi", "from-to-idiom", "Mức giá có thể thay đổi từ khách hàng này sang khách hàng khác.",
  "The price may vary from one customer to another.", "(same)")

# ============================================================ Russian
# клиент = client, покупатель/заказчик = customer.
C("ru", "or", "Клиент или клиент? Разница действительно есть",
  "Client or client? There really is a difference", "Client or customer? There really is a difference")
C("ru", "contrast-connective",
  "[[Клиент|cu]] покупает товар один раз, тогда как клиент годами получает профессиональные консультации.",
  "A client buys goods once, whereas a client receives professional advice for years.",
  "A customer buys goods once, whereas a client receives professional advice for years.")
C("ru", "between", "В чём разница между клиентом и клиентом?",
  "What is the difference between a client and a client?", "What is the difference between a client and a customer?")
C("ru", "with-compared", "Клиент по сравнению с клиентом: кто приносит бизнесу больше прибыли?",
  "Client compared with client: who brings the business more profit?",
  "Client compared with customer: who brings the business more profit?")
C("ru", "quotes-brackets", "Слова «клиент» и «клиент» часто путают, хотя означают они разное.",
  "The words «client» and «client» are often confused, although they mean different things.",
  "The words «client» and «customer» are often confused, although they mean different things.")
C("ru", "twin-definitions",
  "Клиент: тот, кто находится под защитой и опекой другого.\n[[Клиент|cu]]: тот, кто покупает товары или услуги.",
  "Client: one who is under the protection and care of another. / Client: one who buys goods or services.",
  "Client: one who is under the protection of another. / Customer: one who buys goods or services.")
C("ru", "parallel-clauses",
  "Покупатели приходят за скидками; [[покупатели|cl]] приходят за советом юриста и остаются на годы.",
  "Customers come for the discounts; customers come for a lawyer's advice and stay for years.",
  "Customers come for the discounts; clients come for a lawyer's advice and stay for years.",
  "the MT used the customer word for both")
C("ru", "table-header",
  "Основа для сравнения\tКлиент\t[[Клиент|cu]]\nЗначение\tЛицо, получающее профессиональные услуги\tЛицо, покупающее товары или услуги\nОтношения\tДолгосрочные\tКраткосрочные",
  "Basis for comparison | Client | Client / Meaning | receives professional services | buys goods or services / Relationship | long-term | short-term",
  "Basis for comparison | Client | Customer / ...")
C("ru", "contrast-connective",
  "Юрист работает с клиентами годами, а магазин общается с [[клиентами|cu]] лишь в момент покупки.",
  "A lawyer works with clients for years, while a shop deals with clients only at the moment of purchase.",
  "A lawyer works with clients for years, while a shop deals with customers only at the moment of purchase.")
L("ru", "other-legit", "Юрист обязан защищать интересы клиента, а магазин — права покупателя.",
  "A lawyer must protect the client's interests, and a shop the customer's rights.", "(same: both terms kept apart)")
L("ru", "from-to-idiom", "Стоимость услуг меняется от клиента к клиенту.",
  "The cost of the services varies from client to client.", "(same)")
L("ru", "x-by-x", "Мы завоёвывали доверие рынка клиент за клиентом.",
  "We won the market's trust client by client.", "(same)")
L("ru", "of-our", "Наша платформа помогает лучше понять клиентов наших клиентов.",
  "Our platform helps to understand the clients of our clients better.", "(same)")
L("ru", "modifier", "Для новых клиентов и постоянных клиентов действуют разные тарифы.",
  "Different rates apply to new clients and regular clients.", "(same)")
L("ru", "c2c", "Модель «клиент — клиент» (C2C) позволяет покупателям продавать вещи друг другу.",
  "The 'client-to-client' (C2C) model lets customers sell things to each other.", "(same)")

# ============================================================ Ukrainian
C("uk", "and", "Багато людей помилково вважають слова клієнт і клієнт синонімами.",
  "Many people wrongly consider the words client and client synonyms.",
  "Many people wrongly consider the words client and customer synonyms.")
C("uk", "contrast-connective",
  "Клієнт отримує від адвоката постійну правову підтримку, тоді як [[клієнт|cu]] просто купує товар у магазині.",
  "A client receives ongoing legal support from a lawyer, whereas a client simply buys goods in a shop.",
  "A client receives ongoing legal support from a lawyer, whereas a customer simply buys goods in a shop.")
C("uk", "between", "Різниця між клієнтом і клієнтом: пояснюємо просто",
  "The difference between a client and a client: we explain it simply",
  "The difference between a client and a customer: we explain it simply")
C("uk", "twin-headings",
  "[[Клієнт|cu]]\n[[Клієнт|cu]] — це особа, яка купує товари чи послуги в магазині або компанії.\nКлієнт\nКлієнт — це особа, яка отримує професійні послуги або поради й має тривалі стосунки з фахівцем.",
  "Client / A client is a person who buys goods or services from a shop or company. / Client / A client is a person who receives professional services or advice and has a long relationship with a specialist.",
  "Customer / A customer is a person who buys ... / Client / A client is a person who receives professional services ...")
C("uk", "tautology", "Кожен клієнт є клієнтом, але не кожен клієнт є клієнтом.",
  "Every client is a client, but not every client is a client.",
  "Every customer is a client, but not every client is a customer.")
L("uk", "from-to-idiom", "Ціни можуть відрізнятися від клієнта до клієнта.",
  "Prices may differ from client to client.", "(same)")
L("uk", "other-legit", "Адвокат працює з клієнтом роками, а магазин обслуговує покупця за кілька хвилин.",
  "A lawyer works with a client for years, while a shop serves a customer in a few minutes.", "(same: both terms kept apart)")
L("uk", "x-by-x", "Ми будували свою репутацію клієнт за клієнтом.",
  "We built our reputation client by client.", "(same)")

# ============================================================ Georgian
# კლიენტი = client, მომხმარებელი = customer.
C("ka", "title-continues", "კლიენტი და კლიენტი: ორი სხვადასხვა სიტყვა",
  "Client and client: two different words", "Client and customer: two different words")
C("ka", "between", "რა განსხვავებაა კლიენტსა და კლიენტს შორის?",
  "What is the difference between client and client?", "What is the difference between client and customer?")
C("ka", "contrast-connective",
  "კლიენტი ადვოკატისგან მუდმივად იღებს კონსულტაციას, მაშინ როცა [[კლიენტი|cu]] მაღაზიაში მხოლოდ ერთხელ ყიდულობს საქონელს.",
  "The client constantly receives advice from a lawyer, whereas the client buys goods in a shop only once.",
  "The client constantly receives advice from a lawyer, whereas the customer buys goods in a shop only once.")
C("ka", "parallel-clauses",
  "მომხმარებლები ფასდაკლებების გამო მოდიან, [[მომხმარებლები|cl]] კი იურისტის რჩევისთვის მოდიან და წლობით რჩებიან.",
  "Customers come because of discounts, and customers come for a lawyer's advice and stay for years.",
  "Customers come because of discounts, clients come for a lawyer's advice and stay for years.",
  "the MT used the customer word for both")
C("ka", "twin-definitions",
  "[[კლიენტი|cu]]: ადამიანი, რომელიც ყიდულობს საქონელს ან მომსახურებას.\nკლიენტი: ადამიანი, რომელიც იღებს პროფესიულ მომსახურებას ან რჩევას.",
  "Client: a person who buys goods or services. / Client: a person who receives professional services or advice.",
  "Customer: a person who buys goods or services. / Client: a person who receives professional services or advice.")
C("ka", "or", "ვინ უფრო მნიშვნელოვანია თქვენი ბიზნესისთვის: კლიენტი თუ კლიენტი?",
  "Who is more important for your business: the client or the client?",
  "Who is more important for your business: the client or the customer?")
C("ka", "contrast-connective",
  "იურისტი კლიენტის ინტერესებს იცავს, მაღაზია კი [[კლიენტის|cu]] კმაყოფილებაზე ზრუნავს.",
  "The lawyer protects the client's interests, and the shop cares about the client's satisfaction.",
  "The lawyer protects the client's interests, and the shop cares about the customer's satisfaction.")
L("ka", "other-legit", "ადვოკატი კლიენტის ინტერესებს იცავს, მაღაზია კი მომხმარებლის უფლებებს პატივს სცემს.",
  "The lawyer protects the client's interests, and the shop respects the customer's rights.", "(same: both terms kept apart)")
L("ka", "of-our", "ჩვენი პლატფორმა დაგეხმარებათ, უკეთ გაიცნოთ თქვენი კლიენტების კლიენტები.",
  "Our platform will help you get to know the clients of your clients better.", "(same)")
L("ka", "from-to-idiom", "მომსახურების ფასი კლიენტიდან კლიენტამდე იცვლება.",
  "The price of the service varies from client to client.", "(same)")

# ============================================================ Indonesian
C("id", "vs", "Pelanggan vs. Pelanggan: Apa Bedanya?",
  "Customer vs. Customer: What Is the Difference?", "Client vs. Customer: What Is the Difference?")
C("id", "contrast-connective",
  "Pelanggan membeli produk sekali saja, sedangkan [[pelanggan|cl]] menerima nasihat profesional secara berkelanjutan.",
  "The customer buys a product only once, whereas the customer receives professional advice on an ongoing basis.",
  "The customer buys a product only once, whereas the client receives professional advice on an ongoing basis.")
C("id", "quotes-brackets", "Istilah “klien” dan “klien” sering dianggap sama, padahal maknanya berbeda.",
  "The terms “client” and “client” are often considered the same, although their meanings differ.",
  "The terms “client” and “customer” are often considered the same, although their meanings differ.")
C("id", "twin-headings",
  "[[Pelanggan|cl]]\n[[Pelanggan|cl]] adalah orang atau organisasi yang menerima layanan profesional atau nasihat dalam hubungan jangka panjang.\nPelanggan\nPelanggan adalah orang yang membeli barang atau jasa dari toko atau bisnis.",
  "Customer / A customer is a person or organisation receiving professional services or advice in a long-term relationship. / Customer / A customer is a person who buys goods or services from a shop or business.",
  "Client / A client is ... / Customer / A customer is ...")
L("id", "reduplication", "Kami selalu mendengarkan masukan dari pelanggan-pelanggan setia kami.",
  "We always listen to feedback from our loyal customers.", "(same)")
L("id", "reduplication", "Klien-klien kami berasal dari berbagai sektor, mulai dari perbankan hingga kesehatan.",
  "Our clients come from various sectors, from banking to healthcare.", "(same)")
L("id", "other-legit", "Seorang pengacara mendampingi kliennya selama bertahun-tahun, sementara toko melayani pelanggan dalam hitungan menit.",
  "A lawyer accompanies their client for years, while a shop serves a customer in minutes.", "(same: both terms kept apart)")
L("id", "from-to-idiom", "Kebutuhan setiap proyek berbeda dari klien ke klien.",
  "The needs of each project differ from client to client.", "(same)")

# ============================================================ Malay
C("ms", "and", "Kami melayan pelanggan dan pelanggan di seluruh Malaysia dengan penuh dedikasi.",
  "We serve customers and customers throughout Malaysia with full dedication.",
  "We serve clients and customers throughout Malaysia with full dedication.")
C("ms", "contrast-connective",
  "Peguam memberikan nasihat berterusan kepada [[pelanggan|cl]], manakala pelanggan di kedai hanya membeli barang sekali.",
  "A lawyer gives ongoing advice to the customer, whereas the customer at a shop buys goods only once.",
  "A lawyer gives ongoing advice to the client, whereas the customer at a shop buys goods only once.")
C("ms", "title-continues", "Klien dan Klien: Dua Perkataan yang Berbeza",
  "Client and Client: Two Different Words", "Client and Customer: Two Different Words")
C("ms", "tautology", "Setiap pelanggan ialah pelanggan, tetapi tidak semua pelanggan ialah pelanggan.",
  "Every customer is a customer, but not every customer is a customer.",
  "Every customer is a client, but not every client is a customer.")
L("ms", "reduplication", "Pelanggan-pelanggan kami menerima penghantaran percuma bagi setiap pesanan.",
  "Our customers receive free delivery for every order.", "(same)")
L("ms", "other-legit", "Peguam wajib menjaga kerahsiaan anak guamnya, manakala kedai perlu melindungi data pelanggan.",
  "A lawyer must keep the client's confidentiality, whereas a shop must protect customer data.", "(same: both terms kept apart)")
L("ms", "modifier", "Pelanggan baharu dan pelanggan tetap akan menerima baucar yang berbeza.",
  "New customers and regular customers will receive different vouchers.", "(same)")

# ============================================================ Turkish
# müşteri covers both; its usual sense is the customer, so the wrong
# occurrence is the lawyer's/adviser's client (müvekkil, danışan).
C("tr", "title-continues", "Müşteri ve Müşteri Farkı Nedir?",
  "What Is the Difference of Customer and Customer?", "What Is the Difference Between Client and Customer?")
C("tr", "with-compared", "Müşteri ile müşteri karşılaştırması: hangisi işletmeye daha sadık?",
  "Comparison of customer with customer: which one is more loyal to the business?",
  "Comparison of client with customer: which one is more loyal to the business?")
C("tr", "between", "Müşteri ile müşteri arasındaki farklar nelerdir?",
  "What are the differences between customer and customer?", "What are the differences between client and customer?")
C("tr", "contrast-connective",
  "[[Müşteri|cl]] avukatından yıllarca danışmanlık alır; müşteri ise mağazadan yalnızca bir kez alışveriş yapar.",
  "The customer gets advice from their lawyer for years; the customer, on the other hand, shops at the store only once.",
  "The client gets advice from their lawyer for years; the customer, on the other hand, shops at the store only once.")
C("tr", "contrast-connective",
  "Avukat, [[müşterinin|cl]] çıkarlarını korur; mağaza ise müşterinin memnuniyetini önemser.",
  "The lawyer protects the customer's interests; the shop, for its part, cares about the customer's satisfaction.",
  "The lawyer protects the client's interests; the shop, for its part, cares about the customer's satisfaction.")
C("tr", "tautology", "Her müşteri bir müşteridir, ancak her müşteri bir müşteri değildir.",
  "Every customer is a customer, but not every customer is a customer.",
  "Every customer is a client, but not every client is a customer.")
L("tr", "from-to-idiom", "Teslim süreleri müşteriden müşteriye değişir.",
  "Delivery times vary from customer to customer.", "(same)")
L("tr", "of-our", "Müşterilerimizin müşterilerine de aynı özeni gösteriyoruz.",
  "We show the same care to our customers' customers.", "(same)")
L("tr", "other-legit", "Avukat, müvekkilinin çıkarlarını korur; mağaza ise müşterinin memnuniyetini önemser.",
  "The lawyer protects the client's interests; the shop cares about the customer's satisfaction.", "(same: both terms kept apart)")
L("tr", "c2c", "Müşteriden müşteriye (C2C) satış platformları hızla büyüyor.",
  "Customer-to-customer (C2C) sales platforms are growing fast.", "(same)")

# ============================================================ German
# Kunde covers both; its usual sense is the customer, so the wrong occurrence
# is the client (Mandant, Klient).
C("de", "and", "Viele Menschen verwenden die Begriffe Kunde und Kunde, als wären sie dasselbe.",
  "Many people use the terms customer and customer as if they were the same.",
  "Many people use the terms client and customer as if they were the same.")
C("de", "contrast-connective",
  "2. Merkmale: Der Kunde kauft einmal im Laden ein, während der [[Kunde|cl]] über Jahre von seiner Anwältin beraten wird.",
  "2. Features: the customer shops once in the store, while the customer is advised by his lawyer for years.",
  "2. Features: the customer shops once in the store, while the client is advised by his lawyer for years.")
C("de", "vs", "Kunde vs. Kunde: Was ist der Unterschied?",
  "Customer vs. customer: what is the difference?", "Client vs. customer: what is the difference?")
C("de", "twin-headings",
  "Kunde\nEin Kunde ist eine Person, die Waren oder Dienstleistungen von einem Geschäft oder Unternehmen kauft.\n[[Kunde|cl]]\nEin [[Kunde|cl]] ist eine Person oder Organisation, die fortlaufend professionelle Dienstleistungen oder Beratung erhält.",
  "Customer / A customer is a person who buys goods or services from a shop or business. / Customer / A customer is a person or organisation receiving professional services or advice on an ongoing basis.",
  "Customer / ... / Client / A client is a person or organisation receiving professional services or advice on an ongoing basis.")
C("de", "contrast-connective",
  "Die Anwältin berät ihre [[Kunden|cl]] über viele Jahre, der Händler dagegen sieht seine Kunden nur beim Kauf.",
  "The lawyer advises her customers over many years; the retailer, by contrast, sees his customers only when they buy.",
  "The lawyer advises her clients over many years; the retailer, by contrast, sees his customers only when they buy.")
C("de", "quotes-brackets", "Was ist ein Kunde (bzw. Kunde) und wie gewinnt man ihn?",
  "What is a customer (or customer) and how do you win one?", "What is a client (or customer) and how do you win one?")
L("de", "modifier", "Wir unterscheiden zwischen privaten Kunden und gewerblichen Kunden.",
  "We distinguish between private customers and business customers.", "(same)")
L("de", "of-our", "Wir helfen Ihnen, die Kunden Ihrer Kunden besser zu verstehen.",
  "We help you understand your customers' customers better.", "(same)")
L("de", "from-to-idiom", "Die Anforderungen sind von Kunde zu Kunde verschieden.",
  "The requirements differ from customer to customer.", "(same)")
L("de", "x-by-x", "So gewinnen wir Vertrauen, Kunde für Kunde.",
  "That is how we win trust, customer by customer.", "(same)")
L("de", "c2c", "Auf Kunde-zu-Kunde-Plattformen (C2C) verkaufen Privatleute gebrauchte Waren an andere Kunden.",
  "On customer-to-customer (C2C) platforms private persons sell used goods to other customers.", "(same)")
L("de", "other-legit", "Die Kanzlei berät ihre Mandanten, der Onlineshop beliefert seine Kunden.",
  "The law firm advises its clients, the online shop supplies its customers.", "(same: both terms kept apart)")

# ============================================================ French
# client covers both and there is no general word for the professional's
# client, so the fix is on the customer side (acheteur, consommateur).
C("fr", "between", "Quelle est la différence entre un client et un client ?",
  "What is the difference between a client and a client?", "What is the difference between a client and a customer?")
C("fr", "quotes-brackets", "Les termes « client » et « client » ne sont pas synonymes.",
  "The terms « client » and « client » are not synonyms.", "The terms « client » and « customer » are not synonyms.")
C("fr", "contrast-connective",
  "Le client reçoit des conseils professionnels suivis, tandis que le [[client|cu]] achète un produit une seule fois.",
  "The client receives ongoing professional advice, whereas the client buys a product only once.",
  "The client receives ongoing professional advice, whereas the customer buys a product only once.")
C("fr", "tautology", "Tout client est un client, mais tout client n'est pas un client.",
  "Every client is a client, but not every client is a client.", "Every customer is a client, but not every client is a customer.")
C("fr", "table-header",
  "Base de comparaison | Client | [[Client|cu]]\nDéfinition | Personne qui reçoit des services professionnels | Personne qui achète des biens ou des services\nRelation | Durable | Ponctuelle",
  "Basis for comparison | Client | Client / Definition | receives professional services | buys goods or services / Relationship | lasting | one-off",
  "Basis for comparison | Client | Customer / ...")
L("fr", "modifier", "Nous accueillons les nouveaux clients comme les clients fidèles.",
  "We welcome new customers as well as loyal customers.", "(same)")
L("fr", "x-by-x", "Nous avons bâti notre réputation client par client.",
  "We built our reputation client by client.", "(same)")
L("fr", "of-our", "Nous connaissons aussi les attentes des clients de nos clients.",
  "We also know the expectations of our clients' clients.", "(same)")
L("fr", "modifier", "Le client d'un cabinet d'avocats et le client d'un supermarché n'attendent pas la même chose.",
  "The client of a law firm and the customer of a supermarket do not expect the same thing.", "(same: the modifiers keep them apart)")

# ============================================================ Spanish
# as French: cliente covers both; the fix is on the customer side.
C("es", "or", "¿Cliente o cliente? Aprende a distinguirlos",
  "Client or client? Learn to tell them apart", "Client or customer? Learn to tell them apart")
C("es", "contrast-connective",
  "El [[cliente|cu]] compra un producto una sola vez, mientras que el cliente recibe asesoramiento profesional de forma continuada.",
  "The client buys a product only once, while the client receives professional advice on an ongoing basis.",
  "The customer buys a product only once, while the client receives professional advice on an ongoing basis.")
C("es", "between", "Diferencias entre cliente y cliente que todo emprendedor debe conocer",
  "Differences between client and client that every entrepreneur should know",
  "Differences between client and customer that every entrepreneur should know")
C("es", "title-continues", "Cliente y cliente: dos palabras diferentes",
  "Client and client: two different words", "Client and customer: two different words")
C("es", "twin-definitions",
  "Cliente: persona que recibe servicios profesionales o asesoramiento de forma continuada.\n[[Cliente|cu]]: persona que compra bienes o servicios en una tienda o empresa.",
  "Client: a person receiving professional services or advice on an ongoing basis. / Client: a person who buys goods or services in a shop or company.",
  "Client: ... / Customer: a person who buys goods or services in a shop or company.")
C("es", "quotes-brackets", "Los términos «cliente» y «cliente» no significan lo mismo.",
  "The terms «client» and «client» do not mean the same.", "The terms «client» and «customer» do not mean the same.")
L("es", "from-to-idiom", "Los plazos de entrega varían de cliente a cliente.",
  "Delivery times vary from customer to customer.", "(same)")
L("es", "x-by-x", "Ganamos su confianza cliente por cliente.",
  "We win their trust customer by customer.", "(same)")
L("es", "c2c", "El comercio de cliente a cliente (C2C) crece cada año en América Latina.",
  "Customer-to-customer (C2C) commerce grows every year in Latin America.", "(same)")
L("es", "other-legit", "El abogado defiende los intereses de su cliente; la tienda atiende al comprador.",
  "The lawyer defends his client's interests; the shop serves the buyer.", "(same: both terms kept apart)")

# ============================================================ Portuguese
C("pt", "vs", "Cliente – cliente: qual é a diferença entre os dois termos?",
  "Client – client: what is the difference between the two terms?",
  "Client – customer: what is the difference between the two terms?")
C("pt", "contrast-connective",
  "3. Relacionamento: o cliente mantém uma relação contínua com o consultor, enquanto o [[cliente|cu]] faz uma compra pontual.",
  "3. Relationship: the client keeps an ongoing relationship with the consultant, while the client makes a one-off purchase.",
  "3. Relationship: the client keeps an ongoing relationship with the consultant, while the customer makes a one-off purchase.")
C("pt", "quotes-brackets", "Os termos \"cliente\" e \"cliente\" não significam a mesma coisa.",
  "The terms \"client\" and \"client\" do not mean the same thing.",
  "The terms \"client\" and \"customer\" do not mean the same thing.")
C("pt", "tautology", "Todo cliente é um cliente, mas nem todo cliente é um cliente.",
  "Every client is a client, but not every client is a client.", "Every customer is a client, but not every client is a customer.")
C("pt", "with-compared", "Cliente comparado com cliente: quem gera mais receita?",
  "Client compared with client: who generates more revenue?", "Client compared with customer: who generates more revenue?")
L("pt", "from-to-idiom", "O prazo de entrega varia de cliente para cliente.",
  "The delivery time varies from customer to customer.", "(same)")
L("pt", "modifier", "Atendemos clientes pessoa física e clientes pessoa jurídica.",
  "We serve individual customers and corporate customers.", "(same)")
L("pt", "of-our", "Também cuidamos dos clientes dos nossos clientes.",
  "We also look after our clients' clients.", "(same)")

# ============================================================ Italian
# cliente covers both; assistito fits the professional's client, so the
# wrong occurrence is the client one.
C("it", "title-continues", "Cliente e cliente: due parole diverse",
  "Client and client: two different words", "Client and customer: two different words")
C("it", "contrast-connective",
  "Il cliente acquista un prodotto una volta sola, mentre il [[cliente|cl]] riceve dal proprio avvocato un'assistenza continuativa.",
  "The customer buys a product only once, while the customer receives continuous assistance from his lawyer.",
  "The customer buys a product only once, while the client receives continuous assistance from his lawyer.")
C("it", "twin-definitions",
  "Cliente: chi acquista beni o servizi da un negozio o da un'azienda.\n[[Cliente|cl]]: chi riceve servizi professionali o consulenza nell'ambito di un rapporto continuativo.",
  "Customer: one who buys goods or services from a shop or company. / Customer: one who receives professional services or advice in an ongoing relationship.",
  "Customer: ... / Client: one who receives professional services or advice in an ongoing relationship.")
C("it", "between", "Qual è la differenza tra cliente e cliente?",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("it", "parallel-clauses", "I clienti non hanno motivo di restare; i clienti non hanno motivo di andarsene.",
  "Customers have no reason to stay; customers have no reason to leave.",
  "Customers have no reason to stay; clients have no reason to leave.",
  "which half is the client cannot be told from the words")
L("it", "from-to-idiom", "Le esigenze cambiano da cliente a cliente.",
  "Needs change from customer to customer.", "(same)")
L("it", "x-by-x", "Abbiamo costruito la nostra reputazione cliente per cliente.",
  "We built our reputation client by client.", "(same)")
L("it", "other-legit", "L'avvocato tutela il proprio assistito, il negozio serve il cliente.",
  "The lawyer protects his client, the shop serves the customer.", "(same: both terms kept apart)")

# ============================================================ Polish
# klient covers both; the fix is on the customer side (kupujący, nabywca).
C("pl", "with-compared", "Klient a klient – czym się różnią?",
  "Client versus client – how do they differ?", "Client versus customer – how do they differ?")
C("pl", "contrast-connective",
  "Klient korzysta ze stałego doradztwa prawnika, podczas gdy [[klient|cu]] jednorazowo kupuje towar w sklepie.",
  "The client uses a lawyer's continuous advice, whereas the client buys goods in a shop once.",
  "The client uses a lawyer's continuous advice, whereas the customer buys goods in a shop once.")
C("pl", "between", "Jaka jest różnica między klientem a klientem?",
  "What is the difference between a client and a client?", "What is the difference between a client and a customer?")
C("pl", "parallel-clauses",
  "[[Klienci|cu]] wracają po promocje; klienci wracają po radę i zostają z kancelarią na lata.",
  "Clients come back for the promotions; clients come back for advice and stay with the law firm for years.",
  "Customers come back for the promotions; clients come back for advice and stay with the law firm for years.")
C("pl", "table-header",
  "Podstawa porównania\t[[Klient|cu]]\tKlient\nZnaczenie\tOsoba kupująca towary lub usługi\tOsoba korzystająca z usług profesjonalnych\nRelacja\tKrótkotrwała\tDługotrwała",
  "Basis for comparison | Client | Client / Meaning | a person buying goods or services | a person using professional services / Relationship | short | long",
  "Basis for comparison | Customer | Client / ...")
C("pl", "contrast-connective",
  "2. Lojalność: lojalność [[klientów|cu]] zależy od cen, natomiast lojalność klientów zależy od zaufania do doradcy.",
  "2. Loyalty: the loyalty of clients depends on prices, whereas the loyalty of clients depends on trust in the adviser.",
  "2. Loyalty: the loyalty of customers depends on prices, whereas the loyalty of clients depends on trust in the adviser.")
L("pl", "from-to-idiom", "Ceny zmieniają się od klienta do klienta.",
  "Prices change from client to client.", "(same)")
L("pl", "x-by-x", "Zaufanie zdobywaliśmy klient po kliencie.",
  "We earned trust client by client.", "(same)")
L("pl", "modifier", "Obsługujemy zarówno klientów indywidualnych, jak i klientów biznesowych.",
  "We serve both individual clients and business clients.", "(same)")

# ============================================================ Czech
# klient = client, zákazník = customer.
C("cs", "title-continues", "Zákazník a zákazník: jaký je mezi nimi rozdíl?",
  "Customer and customer: what is the difference between them?",
  "Client and customer: what is the difference between them?")
C("cs", "contrast-connective",
  "Zákazník nakupuje v obchodě jednorázově, zatímco [[zákazník|cl]] dostává od advokáta průběžné poradenství.",
  "The customer shops in a store once, whereas the customer receives ongoing advice from a lawyer.",
  "The customer shops in a store once, whereas the client receives ongoing advice from a lawyer.")
C("cs", "between", "Rozdíl mezi klientem a klientem",
  "The difference between a client and a client", "The difference between a client and a customer")
C("cs", "twin-headings",
  "Klient\nKlient je osoba nebo organizace, která dlouhodobě přijímá odborné služby nebo poradenství.\n[[Klient|cu]]\n[[Klient|cu]] je osoba, která kupuje zboží nebo služby od obchodu či firmy.",
  "Client / A client is a person or organisation that receives professional services or advice over a long time. / Client / A client is a person who buys goods or services from a shop or company.",
  "Client / ... / Customer / A customer is a person who buys goods or services from a shop or company.")
L("cs", "other-legit", "Advokát hájí zájmy klienta, obchod se stará o spokojenost zákazníka.",
  "A lawyer defends the client's interests, a shop looks after the customer's satisfaction.", "(same: both terms kept apart)")
L("cs", "from-to-idiom", "Požadavky se liší od zákazníka k zákazníkovi.",
  "The requirements differ from customer to customer.", "(same)")
L("cs", "modifier", "Pro nové zákazníky i stálé zákazníky máme připravené slevy.",
  "We have discounts ready for new customers and regular customers.", "(same)")

# ============================================================ Dutch
# klant covers both, usually the customer; cliënt is the professional's client.
C("nl", "or", "Klant of klant: wat is het verschil?",
  "Customer or customer: what is the difference?", "Client or customer: what is the difference?")
C("nl", "contrast-connective",
  "De klant koopt één keer een product, terwijl de [[klant|cl]] jarenlang advies krijgt van zijn advocaat.",
  "The customer buys a product once, whereas the customer gets advice from his lawyer for years.",
  "The customer buys a product once, whereas the client gets advice from his lawyer for years.")
C("nl", "quotes-brackets", "Het verschil tussen 'klant' en 'klant' uitgelegd",
  "The difference between 'customer' and 'customer' explained", "The difference between 'client' and 'customer' explained")
C("nl", "twin-headings",
  "[[Klant|cl]]\nEen [[klant|cl]] is een persoon of organisatie die doorlopend professionele diensten of advies ontvangt.\nKlant\nEen klant is iemand die goederen of diensten koopt bij een winkel of bedrijf.",
  "Customer / A customer is a person or organisation that receives professional services or advice on an ongoing basis. / Customer / A customer is someone who buys goods or services at a shop or business.",
  "Client / A client is ... / Customer / A customer is ...")
L("nl", "from-to-idiom", "De wensen verschillen van klant tot klant.",
  "The wishes differ from customer to customer.", "(same)")
L("nl", "modifier", "Nieuwe klanten en terugkerende klanten krijgen elk een eigen aanbod.",
  "New customers and returning customers each get their own offer.", "(same)")
L("nl", "c2c", "Op klant-tot-klantplatforms (C2C) verkopen particulieren spullen aan elkaar.",
  "On customer-to-customer (C2C) platforms private persons sell things to each other.", "(same)")

# ============================================================ Swedish
# kund covers both, usually the customer; klient is the lawyer's client.
C("sv", "title-continues", "Kund och kund – två olika ord",
  "Customer and customer – two different words", "Client and customer – two different words")
C("sv", "contrast-connective",
  "En kund handlar en gång i butiken, medan en [[kund|cl]] får löpande juridisk rådgivning av sin advokat.",
  "A customer shops once in the store, while a customer receives ongoing legal advice from his lawyer.",
  "A customer shops once in the store, while a client receives ongoing legal advice from his lawyer.")
C("sv", "tautology", "Alla kunder är kunder, men alla kunder är inte kunder.",
  "All customers are customers, but not all customers are customers.",
  "All customers are clients, but not all clients are customers.")
C("sv", "parallel-clauses", "[[Kunder|cl]] får råd och stannar i flera år; kunder handlar och går.",
  "Customers get advice and stay for several years; customers shop and leave.",
  "Clients get advice and stay for several years; customers shop and leave.")
L("sv", "from-to-idiom", "Behoven skiljer sig från kund till kund.",
  "The needs differ from customer to customer.", "(same)")
L("sv", "x-by-x", "Vi bygger förtroende kund för kund.",
  "We build trust customer by customer.", "(same)")
L("sv", "other-legit", "Advokaten företräder sin klient, butiken betjänar sina kunder.",
  "The lawyer represents his client, the store serves its customers.", "(same: both terms kept apart)")

# ============================================================ Greek
# πελάτης covers both; εντολέας is the lawyer's client.
C("el", "between", "Ποια είναι η διαφορά μεταξύ πελάτη και πελάτη;",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("el", "contrast-connective",
  "Ο πελάτης αγοράζει ένα προϊόν μία φορά, ενώ ο [[πελάτης|cl]] λαμβάνει συνεχή νομική συμβουλή από τον δικηγόρο του.",
  "The customer buys a product once, while the customer receives continuous legal advice from his lawyer.",
  "The customer buys a product once, while the client receives continuous legal advice from his lawyer.")
C("el", "vs", "Πελάτης vs. πελάτης: οι βασικές διαφορές",
  "Customer vs. customer: the main differences", "Client vs. customer: the main differences")
C("el", "twin-definitions",
  "[[Πελάτης|cl]]: πρόσωπο που λαμβάνει επαγγελματικές υπηρεσίες ή συμβουλές στο πλαίσιο μιας μακροχρόνιας σχέσης.\nΠελάτης: πρόσωπο που αγοράζει αγαθά ή υπηρεσίες από ένα κατάστημα ή μια επιχείρηση.",
  "Customer: a person receiving professional services or advice in a long-term relationship. / Customer: a person who buys goods or services from a shop or business.",
  "Client: ... / Customer: ...")
L("el", "from-to-idiom", "Οι ανάγκες διαφέρουν από πελάτη σε πελάτη.",
  "Needs differ from customer to customer.", "(same)")
L("el", "of-our", "Φροντίζουμε και τους πελάτες των πελατών μας.",
  "We also look after our customers' customers.", "(same)")
L("el", "other-legit", "Ο δικηγόρος προστατεύει τα συμφέροντα του εντολέα του, ενώ το κατάστημα εξυπηρετεί τους πελάτες του.",
  "The lawyer protects his client's interests, while the shop serves its customers.", "(same: both terms kept apart)")

# ============================================================ Hungarian
# ügyfél covers both, usually the client; the wrong occurrence is the customer
# (vásárló, vevő).
C("hu", "title-continues", "Ügyfél és ügyfél: mi a különbség?",
  "Client and client: what is the difference?", "Client and customer: what is the difference?")
C("hu", "contrast-connective",
  "Az [[ügyfél|cu]] egyszer vásárol a boltban, míg az ügyfél évekig folyamatos szakmai tanácsadást kap.",
  "The client buys once in the shop, while the client receives continuous professional advice for years.",
  "The customer buys once in the shop, while the client receives continuous professional advice for years.")
C("hu", "parallel-clauses",
  "Az ügyfelek évekig a tanácsadónál maradnak; az [[ügyfelek|cu]] csak akciók idején jönnek vásárolni.",
  "Clients stay with the adviser for years; clients come to shop only during sales.",
  "Clients stay with the adviser for years; customers come to shop only during sales.")
C("hu", "between", "Mi a különbség az ügyfél és az ügyfél között?",
  "What is the difference between the client and the client?", "What is the difference between the client and the customer?")
L("hu", "from-to-idiom", "Az igények ügyfélről ügyfélre változnak.",
  "The needs change from client to client.", "(same)")
L("hu", "of-our", "Ügyfeleink ügyfeleire is gondolunk.",
  "We also think of our clients' clients.", "(same)")
L("hu", "other-legit", "Az ügyvéd a megbízója érdekeit védi, a bolt pedig a vásárlók elégedettségére figyel.",
  "The lawyer protects his client's interests, and the shop pays attention to customers' satisfaction.", "(same: both terms kept apart)")

# ============================================================ Arabic
# عميل covers both; موكل is the lawyer's client: the wrong occurrence is the client.
C("ar", "glued-conjunction", "الفرق بين العميل والعميل",
  "The difference between the customer and the customer", "The difference between the client and the customer")
C("ar", "contrast-connective",
  "يشتري العميل المنتج مرة واحدة، بينما يتلقى [[العميل|cl]] استشارات قانونية مستمرة من محاميه.",
  "The customer buys the product once, while the customer receives continuous legal advice from his lawyer.",
  "The customer buys the product once, while the client receives continuous legal advice from his lawyer.")
C("ar", "or", "عميل أو عميل؟ إليك الفرق الحقيقي",
  "Customer or customer? Here is the real difference", "Client or customer? Here is the real difference")
C("ar", "twin-headings",
  "العميل\nالعميل هو الشخص الذي يشتري السلع أو الخدمات من متجر أو شركة.\n[[العميل|cl]]\n[[العميل|cl]] هو الشخص أو المؤسسة التي تتلقى خدمات مهنية أو استشارات في إطار علاقة مستمرة.",
  "The customer / The customer is the person who buys goods or services from a shop or company. / The customer / The customer is the person or organisation receiving professional services or advice in an ongoing relationship.",
  "The customer / ... / The client / The client is the person or organisation receiving professional services ...")
C("ar", "parallel-clauses",
  "يأتي العملاء من أجل الخصومات، أما [[العملاء|cl]] فيأتون طلبًا لمشورة المحامي ويبقون لسنوات.",
  "Customers come for the discounts, while as for customers, they come seeking a lawyer's advice and stay for years.",
  "Customers come for the discounts, while clients come seeking a lawyer's advice and stay for years.")
C("ar", "glued-conjunction", "لماذا يخلط الناس بين العملاء والعملاء؟",
  "Why do people confuse customers and customers?", "Why do people confuse clients and customers?")
L("ar", "of-our", "نهتم أيضًا بعملاء عملائنا.",
  "We also care about our customers' customers.", "(same)")
L("ar", "from-to-idiom", "تختلف المتطلبات من عميل إلى عميل.",
  "The requirements differ from customer to customer.", "(same)")
L("ar", "other-legit", "يدافع المحامي عن مصالح موكله، بينما يهتم المتجر برضا الزبون.",
  "The lawyer defends his client's interests, while the shop cares about the customer's satisfaction.", "(same: both terms kept apart)")

# ============================================================ Hebrew
# לקוח covers both; מרשה is the lawyer's client: the wrong occurrence is the client.
C("he", "glued-conjunction", "ההבדל בין לקוח ולקוח",
  "The difference between customer and customer", "The difference between client and customer")
C("he", "contrast-connective",
  "הלקוח קונה מוצר פעם אחת, בעוד [[שהלקוח|cl]] מקבל ייעוץ משפטי שוטף מעורך הדין שלו.",
  "The customer buys a product once, whereas the customer receives ongoing legal advice from his lawyer.",
  "The customer buys a product once, whereas the client receives ongoing legal advice from his lawyer.")
C("he", "parallel-clauses", "[[הלקוחות|cl]] נשארים עם משרד הייעוץ שנים, והלקוחות קונים והולכים.",
  "The customers stay with the consulting firm for years, and the customers buy and leave.",
  "The clients stay with the consulting firm for years, and the customers buy and leave.")
C("he", "tautology", "כל לקוח הוא לקוח, אבל לא כל לקוח הוא לקוח.",
  "Every customer is a customer, but not every customer is a customer.",
  "Every customer is a client, but not every client is a customer.")
C("he", "quotes-brackets", "המילים \"לקוח\" ו\"לקוח\" אינן מילים נרדפות.",
  "The words \"customer\" and \"customer\" are not synonyms.", "The words \"client\" and \"customer\" are not synonyms.")
L("he", "from-to-idiom", "המחיר משתנה מלקוח ללקוח.",
  "The price varies from customer to customer.", "(same)")
L("he", "of-our", "אנחנו דואגים גם ללקוחות של הלקוחות שלנו.",
  "We also take care of our customers' customers.", "(same)")
L("he", "other-legit", "עורך הדין מגן על האינטרסים של המרשה שלו, והחנות דואגת ללקוחות שלה.",
  "The lawyer protects the interests of his client, and the shop looks after its customers.", "(same: both terms kept apart)")

# ============================================================ Persian
# مشتری covers both, usually the customer; موکل is the lawyer's client.
C("fa", "and", "تفاوت مشتری و مشتری چیست؟",
  "What is the difference of customer and customer?", "What is the difference between client and customer?")
C("fa", "contrast-connective",
  "مشتری یک بار از فروشگاه خرید می‌کند، در حالی که [[مشتری|cl]] سال‌ها از وکیل خود مشاوره حقوقی می‌گیرد.",
  "The customer buys from the shop once, whereas the customer gets legal advice from his lawyer for years.",
  "The customer buys from the shop once, whereas the client gets legal advice from his lawyer for years.")
C("fa", "vs", "مشتری در مقابل مشتری: کدام برای کسب‌وکار شما مهم‌تر است؟",
  "Customer versus customer: which is more important for your business?",
  "Client versus customer: which is more important for your business?")
C("fa", "table-header", "مبنای مقایسه | مشتری | مشتری",
  "Basis for comparison | Customer | Customer", "Basis for comparison | Client | Customer",
  "a header row alone: which column is the client cannot be told")
L("fa", "of-our", "ما به مشتریان مشتریان خود نیز اهمیت می‌دهیم.",
  "We also care about our customers' customers.", "(same)")
L("fa", "from-to-idiom", "قیمت‌ها از مشتری به مشتری متفاوت است.",
  "Prices differ from customer to customer.", "(same)")
L("fa", "other-legit", "وکیل از حقوق موکل خود دفاع می‌کند و فروشگاه به رضایت خریدار اهمیت می‌دهد.",
  "The lawyer defends his client's rights and the shop cares about the buyer's satisfaction.", "(same: both terms kept apart)")

# ============================================================ Hindi
# ग्राहक covers both, usually the customer; मुवक्किल/क्लाइंट are the client.
C("hi", "between", "ग्राहक और ग्राहक में क्या अंतर है?",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("hi", "contrast-connective",
  "ग्राहक दुकान से एक बार सामान खरीदता है, जबकि [[ग्राहक|cl]] अपने वकील से लगातार कानूनी सलाह लेता है।",
  "The customer buys goods from a shop once, whereas the customer takes continuous legal advice from his lawyer.",
  "The customer buys goods from a shop once, whereas the client takes continuous legal advice from his lawyer.")
C("hi", "vs", "ग्राहक बनाम ग्राहक: दो अलग शब्द",
  "Customer versus customer: two different words", "Client versus customer: two different words")
C("hi", "twin-definitions",
  "[[ग्राहक|cl]]: वह व्यक्ति या संस्था जो किसी पेशेवर से लंबे समय तक सेवाएँ या सलाह प्राप्त करती है।\nग्राहक: वह व्यक्ति जो किसी दुकान या व्यवसाय से सामान या सेवाएँ खरीदता है।",
  "Customer: a person or organisation that receives services or advice from a professional over a long time. / Customer: a person who buys goods or services from a shop or business.",
  "Client: ... / Customer: ...")
C("hi", "or", "ग्राहक या ग्राहक: आपके व्यवसाय के लिए कौन ज़्यादा अहम है?",
  "Customer or customer: who matters more for your business?", "Client or customer: who matters more for your business?")
L("hi", "modifier", "नए ग्राहकों और पुराने ग्राहकों के लिए अलग-अलग ऑफ़र हैं।",
  "There are different offers for new customers and old customers.", "(same)")
L("hi", "of-our", "हम अपने ग्राहकों के ग्राहकों का भी ध्यान रखते हैं।",
  "We also take care of our customers' customers.", "(same)")
L("hi", "other-legit", "वकील अपने मुवक्किल के हितों की रक्षा करता है, और दुकानदार खरीदार की ज़रूरतों का ध्यान रखता है।",
  "The lawyer protects his client's interests, and the shopkeeper takes care of the buyer's needs.", "(same: both terms kept apart)")

# ============================================================ Chinese
# 客户 covers both, usually the business client; 顾客 is the shop's customer:
# the wrong occurrence is the customer.
C("zh", "and", "客户和客户的区别",
  "The difference of client and client", "The difference between client and customer")
C("zh", "contrast-connective",
  "客户与律师事务所保持长期合作，而[[客户|cu]]只是在商店里购买一次商品。",
  "The client keeps a long-term cooperation with the law firm, while the client only buys goods once in a shop.",
  "The client keeps a long-term cooperation with the law firm, while the customer only buys goods once in a shop.")
C("zh", "vs", "客户 vs 客户：有什么区别？",
  "Client vs client: what is the difference?", "Client vs customer: what is the difference?")
C("zh", "table-header",
  "比较基础 | 客户 | [[客户|cu]]\n定义 | 接受专业服务或咨询的个人或机构 | 从商店或企业购买商品或服务的人\n关系 | 长期 | 短期",
  "Basis for comparison | Client | Client / Definition | person or organisation receiving professional services or advice | person buying goods or services from a shop or business / Relationship | long-term | short-term",
  "Basis for comparison | Client | Customer / ...")
C("zh", "tautology", "每个客户都是客户，但并不是每个客户都是客户。",
  "Every client is a client, but not every client is a client.", "Every customer is a client, but not every client is a customer.")
C("zh", "between", "客戶與客戶之間有什麼區別？",
  "What is the difference between client and client? (traditional script)", "What is the difference between client and customer?")
C("zh", "with-compared", "客户与客户相比，谁对企业更忠诚？",
  "Compared with the client, which client is more loyal to the company?",
  "Client compared with customer: who is more loyal to the company?")
C("zh", "parallel-clauses", "客户没有理由留下；客户没有理由离开。",
  "Clients have no reason to stay; clients have no reason to leave.",
  "Customers have no reason to stay; clients have no reason to leave.",
  "which half is the customer cannot be told from the words")
C("zh", "twin-definitions",
  "客户：长期从专业人士那里获得服务或建议的个人或组织。\n[[客户|cu]]：从商店或企业购买商品或服务的人。",
  "Client: a person or organisation that receives services or advice from a professional over a long time. / Client: a person who buys goods or services from a shop or business.",
  "Client: ... / Customer: ...")
C("zh", "and", "CRM API 指南：getClient() 与 getCustomer() 返回的客户和客户有什么区别？",
  "CRM API guide: what is the difference between the client and the client returned by getClient() and getCustomer()?",
  "CRM API guide: what is the difference between the client and the customer returned by getClient() and getCustomer()?",
  "more Latin letters than Han: the page must still be read as Chinese")
L("zh", "of-our", "我们帮助企业更好地服务客户的客户。",
  "We help companies serve their clients' clients better.", "(same)")
L("zh", "x-by-x", "我们一个客户一个客户地建立信任。",
  "We build trust client by client.", "(same)")
L("zh", "other-legit", "律师维护当事人的利益，商店则关心顾客的满意度。",
  "The lawyer upholds the client's interests, whereas the shop cares about customer satisfaction.", "(same: both terms kept apart)")
L("zh", "other-legit", "客户端 SDK 会自动重试失败的请求，客户无需额外配置。",
  "The client SDK retries failed requests automatically; the client needs no extra configuration.",
  "(same: 客户端 is client software, not a second occurrence of the term)")

# ============================================================ Japanese
# 顧客 covers both, usually the customer; クライアント/依頼人 are the client.
C("ja", "particle", "顧客と顧客の違いとは？",
  "What is the difference between customer and customer?", "What is the difference between client and customer?")
C("ja", "contrast-connective",
  "顧客は店で一度だけ商品を購入する一方、[[顧客|cl]]は弁護士から継続的に専門的な助言を受ける。",
  "The customer buys a product in a shop only once, whereas the customer receives professional advice from a lawyer continuously.",
  "The customer buys a product in a shop only once, whereas the client receives professional advice from a lawyer continuously.")
C("ja", "twin-headings",
  "顧客\n顧客とは、店舗や企業から商品やサービスを購入する人のことです。\n[[顧客|cl]]\n[[顧客|cl]]とは、専門家から継続的にサービスや助言を受ける個人または組織のことです。",
  "Customer / A customer is a person who buys goods or services from a shop or company. / Customer / A customer is a person or organisation that receives services or advice from a professional continuously.",
  "Customer / ... / Client / A client is ...")
C("ja", "title-continues", "顧客と顧客：2つの異なる言葉",
  "Customer and customer: two different words", "Client and customer: two different words")
C("ja", "vs", "顧客 vs 顧客：その違いを徹底解説",
  "Customer vs customer: the difference explained in depth", "Client vs customer: the difference explained in depth")
L("ja", "of-our", "お客様のお客様にも満足していただけるサービスを目指しています。",
  "We aim for a service that satisfies our customers' customers too.", "(same)")
L("ja", "other-legit", "弁護士は依頼人の利益を守り、店舗は顧客の満足を大切にします。",
  "The lawyer protects the client's interests, and the shop values customer satisfaction.", "(same: both terms kept apart)")
L("ja", "modifier", "新規顧客とリピート顧客では、求めるものが異なります。",
  "New customers and repeat customers want different things.", "(same)")

# ============================================================ Korean
# 고객 covers both, usually the customer; 의뢰인/클라이언트 are the client.
C("ko", "particle", "고객과 고객의 차이점",
  "The difference between customer and customer", "The difference between client and customer")
C("ko", "contrast-connective",
  "고객은 매장에서 한 번 물건을 구매하는 반면, [[고객은|cl]] 변호사로부터 지속적인 법률 자문을 받는다.",
  "The customer buys goods in a store once, whereas the customer receives continuous legal advice from a lawyer.",
  "The customer buys goods in a store once, whereas the client receives continuous legal advice from a lawyer.")
C("ko", "title-continues", "고객과 고객: 서로 다른 두 단어",
  "Customer and customer: two different words", "Client and customer: two different words")
C("ko", "parallel-clauses", "[[고객은|cl]] 컨설팅 회사와 수년간 관계를 유지하고, 고객은 할인 행사 때만 찾아온다.",
  "The customer keeps a relationship with the consulting firm for years, and the customer comes only during sales.",
  "The client keeps a relationship with the consulting firm for years, and the customer comes only during sales.")
C("ko", "particle", "고객과 고객의 개념을 혼동하지 마세요.",
  "Do not confuse the concepts of customer and customer.", "Do not confuse the concepts of client and customer.")
L("ko", "of-our", "우리는 고객의 고객까지 생각합니다.",
  "We think even of our customers' customers.", "(same)")
L("ko", "modifier", "신규 고객과 기존 고객에게 서로 다른 혜택을 제공합니다.",
  "We offer different benefits to new customers and existing customers.", "(same)")
L("ko", "other-legit", "변호사는 의뢰인의 이익을 보호하고, 매장은 고객의 만족을 중요하게 생각합니다.",
  "The lawyer protects the client's interests, and the store values customer satisfaction.", "(same: both terms kept apart)")

# ============================================================ Thai
# ลูกค้า covers both, usually the customer; ลูกความ is the lawyer's client.
C("th", "between", "ความแตกต่างระหว่างลูกค้าและลูกค้า",
  "The difference between customer and customer", "The difference between client and customer")
C("th", "contrast-connective",
  "ลูกค้าซื้อสินค้าจากร้านเพียงครั้งเดียว ในขณะที่[[ลูกค้า|cl]]ได้รับคำปรึกษาทางกฎหมายจากทนายความอย่างต่อเนื่อง",
  "The customer buys goods from the shop only once, while the customer receives legal advice from a lawyer continuously.",
  "The customer buys goods from the shop only once, while the client receives legal advice from a lawyer continuously.")
C("th", "vs", "ลูกค้า vs. ลูกค้า: ต่างกันอย่างไร?",
  "Customer vs. customer: how do they differ?", "Client vs. customer: how do they differ?")
C("th", "tautology", "ลูกค้าทุกคนเป็นลูกค้า แต่ไม่ใช่ลูกค้าทุกคนที่เป็นลูกค้า",
  "Every customer is a customer, but not every customer is a customer.",
  "Every customer is a client, but not every client is a customer.")
L("th", "of-our", "เราใส่ใจลูกค้าของลูกค้าของเราด้วย",
  "We care about our customers' customers too.", "(same)")
L("th", "other-legit", "ทนายความปกป้องผลประโยชน์ของลูกความ ส่วนร้านค้าใส่ใจความพึงพอใจของลูกค้า",
  "The lawyer protects the client's interests, while the shop cares about customer satisfaction.", "(same: both terms kept apart)")
L("th", "modifier", "เรามีโปรโมชันพิเศษสำหรับลูกค้าใหม่และลูกค้าเก่า",
  "We have special promotions for new customers and old customers.", "(same)")


# ============================================================ second batch
# Added after the first commit, at the end so earlier ids stay stable: more
# cases whose wrong side the meaning decides (definitions, table rows,
# clauses), more wrong-first cases, and ro, bg, hr, sr.
C("vi", "twin-definitions",
  "Khách hàng: người mua hàng hóa hoặc dịch vụ từ một cửa hàng.\n[[Khách hàng|cl]]: người nhận dịch vụ chuyên môn hoặc lời khuyên trong một mối quan hệ lâu dài.",
  "Customer: a person who buys goods or services from a shop. / Customer: a person who receives professional services or advice in a long-term relationship.",
  "Customer: ... / Client: ...")
C("vi", "table-header",
  "Cơ sở so sánh | [[Khách hàng|cl]] | Khách hàng\nÝ nghĩa | Người nhận dịch vụ chuyên môn hoặc lời khuyên | Người mua hàng hóa hoặc dịch vụ\nMối quan hệ | Lâu dài | Ngắn hạn",
  "Basis for comparison | Customer | Customer / Meaning | receives professional services or advice | buys goods or services / Relationship | long-term | short-term",
  "Basis for comparison | Client | Customer / ...")
C("ru", "contrast-connective",
  "Основное отличие: клиент нуждается в постоянном сопровождении, а [[клиент|cu]] совершает разовую покупку.",
  "The main difference: the client needs constant support, and the client makes a one-off purchase.",
  "The main difference: the client needs constant support, while the customer makes a one-off purchase.")
C("ru", "contrast-connective",
  "В отличие от клиента, которому нужен личный юрист, [[клиент|cu]] просто выбирает товар на полке.",
  "Unlike the client, who needs a personal lawyer, the client simply picks goods from the shelf.",
  "Unlike the client, who needs a personal lawyer, the customer simply picks goods from the shelf.")
C("uk", "twin-definitions",
  "Клієнт: особа, яка отримує професійні послуги або поради.\n[[Клієнт|cu]]: особа, яка купує товари чи послуги.",
  "Client: a person who receives professional services or advice. / Client: a person who buys goods or services.",
  "Client: ... / Customer: a person who buys goods or services.")
C("ka", "table-header",
  "შედარების საფუძველი | კლიენტი | [[კლიენტი|cu]]\nმნიშვნელობა | იღებს პროფესიულ მომსახურებას ან რჩევას | ყიდულობს საქონელს ან მომსახურებას",
  "Basis for comparison | Client | Client / Meaning | receives professional services or advice | buys goods or services",
  "Basis for comparison | Client | Customer / ...")
C("ka", "twin-headings",
  "[[მომხმარებელი|cl]]\n[[მომხმარებელი|cl]] არის პირი, რომელიც იღებს პროფესიულ მომსახურებას ან რჩევას.\nმომხმარებელი\nმომხმარებელი არის პირი, რომელიც ყიდულობს საქონელს ან მომსახურებას.",
  "Customer / A customer is a person who receives professional services or advice. / Customer / A customer is a person who buys goods or services.",
  "Client / A client is ... / Customer / A customer is ...",
  "the MT used the customer word for both")
C("id", "parallel-clauses",
  "[[Pelanggan|cl]] membutuhkan pendampingan hukum selama bertahun-tahun; pelanggan hanya membutuhkan harga yang murah.",
  "Customers need legal assistance for years; customers only need a low price.",
  "Clients need legal assistance for years; customers only need a low price.")
C("id", "with-compared", "Dibandingkan dengan klien, [[klien|cu]] hanya datang untuk membeli.",
  "Compared with the client, the client only comes to buy.",
  "Compared with the client, the customer only comes to buy.")
C("ms", "twin-definitions",
  "Klien: orang yang menerima perkhidmatan profesional secara berterusan.\n[[Klien|cu]]: orang yang membeli barangan atau perkhidmatan dari kedai.",
  "Client: a person who receives professional services on an ongoing basis. / Client: a person who buys goods or services from a shop.",
  "Client: ... / Customer: ...")
C("tr", "twin-headings",
  "Müşteri\nMüşteri, bir mağazadan veya işletmeden mal ya da hizmet satın alan kişidir.\n[[Müşteri|cl]]\n[[Müşteri|cl]], bir avukattan veya danışmandan sürekli olarak profesyonel hizmet alan kişi ya da kurumdur.",
  "Customer / A customer is a person who buys goods or services from a shop or business. / Customer / A customer is a person or institution that receives professional services from a lawyer or consultant on an ongoing basis.",
  "Customer / ... / Client / ...")
C("tr", "table-header",
  "Karşılaştırma temeli | [[Müşteri|cl]] | Müşteri\nAnlamı | Profesyonel hizmet veya danışmanlık alan kişi | Mal veya hizmet satın alan kişi",
  "Basis for comparison | Customer | Customer / Meaning | receives professional services or advice | buys goods or services",
  "Basis for comparison | Client | Customer / ...")
C("de", "twin-definitions",
  "[[Kunde|cl]]: eine Person, die fortlaufend von einem Anwalt oder Steuerberater betreut wird.\nKunde: eine Person, die in einem Geschäft Waren kauft.",
  "Customer: a person looked after on an ongoing basis by a lawyer or tax adviser. / Customer: a person who buys goods in a shop.",
  "Client: ... / Customer: ...")
C("de", "parallel-clauses", "Kunden kaufen und gehen; [[Kunden|cl]] bleiben jahrelang bei ihrer Kanzlei.",
  "Customers buy and leave; customers stay with their law firm for years.",
  "Customers buy and leave; clients stay with their law firm for years.")
C("fr", "twin-headings",
  "Client\nUn client est une personne qui reçoit des services professionnels ou des conseils dans le cadre d'une relation durable.\n[[Client|cu]]\nUn [[client|cu]] est une personne qui achète des biens ou des services auprès d'un magasin ou d'une entreprise.",
  "Client / A client is a person who receives professional services or advice in a lasting relationship. / Client / A client is a person who buys goods or services from a shop or business.",
  "Client / ... / Customer / ...")
C("fr", "parallel-clauses",
  "Les [[clients|cu]] achètent et repartent ; les clients restent fidèles à leur conseiller pendant des années.",
  "Clients buy and leave; clients stay loyal to their adviser for years.",
  "Customers buy and leave; clients stay loyal to their adviser for years.")
C("es", "table-header",
  "Base de comparación | [[Cliente|cu]] | Cliente\nSignificado | Persona que compra bienes o servicios | Persona que recibe servicios profesionales de forma continuada",
  "Basis for comparison | Client | Client / Meaning | buys goods or services | receives professional services on an ongoing basis",
  "Basis for comparison | Customer | Client / ...")
C("es", "parallel-clauses",
  "Los clientes confían en su abogado durante años; los [[clientes|cu]] compran y se van.",
  "Clients trust their lawyer for years; clients buy and leave.",
  "Clients trust their lawyer for years; customers buy and leave.")
C("pt", "twin-definitions",
  "[[Cliente|cu]]: pessoa que compra bens ou serviços numa loja.\nCliente: pessoa que recebe serviços profissionais de forma contínua.",
  "Client: a person who buys goods or services in a shop. / Client: a person who receives professional services on an ongoing basis.",
  "Customer: ... / Client: ...")
C("it", "table-header",
  "Base di confronto | Cliente | [[Cliente|cl]]\nSignificato | Chi acquista beni o servizi | Chi riceve servizi professionali o consulenza",
  "Basis for comparison | Customer | Customer / Meaning | buys goods or services | receives professional services or advice",
  "Basis for comparison | Customer | Client / ...")
C("it", "twin-headings",
  "[[Cliente|cl]]\nIl [[cliente|cl]] è una persona o un'organizzazione che riceve servizi professionali o consulenza in modo continuativo.\nCliente\nIl cliente è una persona che acquista beni o servizi in un negozio.",
  "Customer / The customer is a person or organisation receiving professional services or advice continuously. / Customer / The customer is a person who buys goods or services in a shop.",
  "Client / ... / Customer / ...")
C("pl", "twin-definitions",
  "Klient: osoba korzystająca z usług profesjonalnych w ramach stałej współpracy.\n[[Klient|cu]]: osoba kupująca towary lub usługi w sklepie.",
  "Client: a person using professional services in a lasting cooperation. / Client: a person buying goods or services in a shop.",
  "Client: ... / Customer: ...")
C("cs", "parallel-clauses",
  "[[Zákazníci|cl]] zůstávají u své advokátní kanceláře celé roky; zákazníci přijdou, nakoupí a odejdou.",
  "Customers stay with their law firm for years; customers come, shop and leave.",
  "Clients stay with their law firm for years; customers come, shop and leave.")
C("cs", "table-header",
  "Základ pro srovnání | Klient | [[Klient|cu]]\nVýznam | Osoba, která přijímá odborné služby | Osoba, která kupuje zboží nebo služby",
  "Basis for comparison | Client | Client / Meaning | receives professional services | buys goods or services",
  "Basis for comparison | Client | Customer / ...")
C("nl", "twin-definitions",
  "Klant: iemand die goederen of diensten koopt.\n[[Klant|cl]]: iemand die doorlopend professioneel advies krijgt van een advocaat of adviseur.",
  "Customer: someone who buys goods or services. / Customer: someone who gets ongoing professional advice from a lawyer or adviser.",
  "Customer: ... / Client: ...")
C("nl", "parallel-clauses", "[[Klanten|cl]] blijven jarenlang bij hun advocaat; klanten kopen en vertrekken.",
  "Customers stay with their lawyer for years; customers buy and leave.",
  "Clients stay with their lawyer for years; customers buy and leave.")
C("sv", "twin-headings",
  "[[Kund|cl]]\nEn [[kund|cl]] är en person eller organisation som får professionella tjänster eller rådgivning under lång tid.\nKund\nEn kund är en person som köper varor eller tjänster i en butik.",
  "Customer / A customer is a person or organisation that receives professional services or advice over a long time. / Customer / A customer is a person who buys goods or services in a store.",
  "Client / ... / Customer / ...")
C("sv", "table-header",
  "Jämförelsegrund | Kund | [[Kund|cl]]\nBetydelse | Köper varor eller tjänster | Får professionell rådgivning under lång tid",
  "Basis for comparison | Customer | Customer / Meaning | buys goods or services | gets professional advice over a long time",
  "Basis for comparison | Customer | Client / ...")
C("el", "parallel-clauses",
  "Οι [[πελάτες|cl]] μένουν με τον δικηγόρο τους για χρόνια· οι πελάτες αγοράζουν και φεύγουν.",
  "Customers stay with their lawyer for years; customers buy and leave.",
  "Clients stay with their lawyer for years; customers buy and leave.")
C("el", "table-header",
  "Βάση σύγκρισης | Πελάτης | [[Πελάτης|cl]]\nΈννοια | Αγοράζει αγαθά ή υπηρεσίες | Λαμβάνει επαγγελματικές υπηρεσίες ή συμβουλές",
  "Basis for comparison | Customer | Customer / Meaning | buys goods or services | receives professional services or advice",
  "Basis for comparison | Customer | Client / ...")
C("hu", "twin-definitions",
  "Ügyfél: az a személy, aki hosszú távon szakmai szolgáltatást vagy tanácsadást kap.\n[[Ügyfél|cu]]: az a személy, aki árut vagy szolgáltatást vásárol egy üzletben.",
  "Client: a person who receives professional services or advice over the long term. / Client: a person who buys goods or services in a shop.",
  "Client: ... / Customer: ...")
C("hu", "table-header",
  "Összehasonlítás alapja | [[Ügyfél|cu]] | Ügyfél\nJelentés | Árut vagy szolgáltatást vásárol | Szakmai tanácsadást kap hosszú távon",
  "Basis for comparison | Client | Client / Meaning | buys goods or services | receives professional advice over the long term",
  "Basis for comparison | Customer | Client / ...")
C("ar", "parallel-clauses", "[[العميل|cl]] يبقى مع محاميه لسنوات، والعميل يشتري ويمضي.",
  "The customer stays with his lawyer for years, and the customer buys and goes on his way.",
  "The client stays with his lawyer for years, and the customer buys and goes on his way.")
C("ar", "glued-conjunction", "العملاء والعملاء: ما الفرق؟",
  "Customers and customers: what is the difference?", "Clients and customers: what is the difference?")
C("he", "twin-definitions",
  "[[לקוח|cl]]: אדם או ארגון המקבלים שירותים מקצועיים או ייעוץ במסגרת קשר מתמשך.\nלקוח: אדם הקונה מוצרים או שירותים מחנות או מעסק.",
  "Customer: a person or organisation receiving professional services or advice in an ongoing relationship. / Customer: a person who buys goods or services from a shop or business.",
  "Client: ... / Customer: ...")
C("he", "table-header",
  "בסיס להשוואה | לקוח | [[לקוח|cl]]\nמשמעות | קונה מוצרים או שירותים | מקבל ייעוץ מקצועי מתמשך",
  "Basis for comparison | Customer | Customer / Meaning | buys goods or services | receives ongoing professional advice",
  "Basis for comparison | Customer | Client / ...")
C("he", "glued-conjunction", "ההבדל בין הלקוח והלקוח: מדריך קצר",
  "The difference between the customer and the customer: a short guide",
  "The difference between the client and the customer: a short guide")
C("fa", "twin-definitions",
  "مشتری: کسی که کالا یا خدمات را از فروشگاه یا کسب‌وکاری می‌خرد.\n[[مشتری|cl]]: شخص یا سازمانی که به‌طور مستمر از یک متخصص خدمات حرفه‌ای یا مشاوره دریافت می‌کند.",
  "Customer: someone who buys goods or services from a shop or business. / Customer: a person or organisation that receives professional services or advice from a specialist continuously.",
  "Customer: ... / Client: ...")
C("fa", "parallel-clauses", "[[مشتریان|cl]] سال‌ها نزد وکیل خود می‌مانند؛ مشتریان خرید می‌کنند و می‌روند.",
  "Customers stay with their lawyer for years; customers shop and leave.",
  "Clients stay with their lawyer for years; customers shop and leave.")
C("hi", "table-header",
  "तुलना का आधार | [[ग्राहक|cl]] | ग्राहक\nअर्थ | पेशेवर सेवाएँ या सलाह प्राप्त करने वाला | सामान या सेवाएँ खरीदने वाला",
  "Basis for comparison | Customer | Customer / Meaning | one who receives professional services or advice | one who buys goods or services",
  "Basis for comparison | Client | Customer / ...")
C("hi", "parallel-clauses",
  "ग्राहक सामान खरीदकर चले जाते हैं; [[ग्राहक|cl]] वर्षों तक अपने सलाहकार के साथ रहते हैं।",
  "Customers buy goods and leave; customers stay with their adviser for years.",
  "Customers buy goods and leave; clients stay with their adviser for years.")
C("zh", "twin-headings",
  "[[客户|cu]]\n[[客户|cu]]是指从商店或企业购买商品或服务的人。\n客户\n客户是指长期接受专业服务或咨询的个人或组织。",
  "Client / A client is a person who buys goods or services from a shop or business. / Client / A client is a person or organisation that receives professional services or advice over a long time.",
  "Customer / ... / Client / ...")
C("ja", "table-header",
  "比較の基準 | 顧客 | [[顧客|cl]]\n意味 | 商品やサービスを購入する人 | 専門的なサービスや助言を継続的に受ける人",
  "Basis for comparison | Customer | Customer / Meaning | a person who buys goods or services | a person who receives professional services or advice continuously",
  "Basis for comparison | Customer | Client / ...")
C("ja", "parallel-clauses",
  "[[顧客|cl]]は何年も同じ弁護士に相談し続け、顧客は買い物をして帰っていく。",
  "Customers keep consulting the same lawyer for years, and customers shop and go home.",
  "Clients keep consulting the same lawyer for years, and customers shop and go home.")
C("ko", "twin-definitions",
  "고객: 상점이나 기업에서 상품이나 서비스를 구매하는 사람.\n[[고객|cl]]: 전문가로부터 지속적으로 서비스나 조언을 받는 개인 또는 조직.",
  "Customer: a person who buys goods or services from a shop or business. / Customer: a person or organisation that receives services or advice from a professional continuously.",
  "Customer: ... / Client: ...")
C("ko", "table-header",
  "비교 기준 | [[고객|cl]] | 고객\n의미 | 전문 서비스나 조언을 받는 사람 | 상품이나 서비스를 구매하는 사람",
  "Basis for comparison | Customer | Customer / Meaning | receives professional services or advice | buys goods or services",
  "Basis for comparison | Client | Customer / ...")
C("ko", "particle", "고객과 고객의 관계는 어떻게 다를까?",
  "How does the relationship of customer and customer differ?",
  "How do the relationships with a client and a customer differ?")
C("th", "twin-definitions",
  "ลูกค้า: ผู้ที่ซื้อสินค้าหรือบริการจากร้านค้าหรือธุรกิจ\n[[ลูกค้า|cl]]: บุคคลหรือองค์กรที่ได้รับบริการหรือคำปรึกษาจากผู้เชี่ยวชาญอย่างต่อเนื่อง",
  "Customer: one who buys goods or services from a shop or business. / Customer: a person or organisation that receives services or advice from a professional continuously.",
  "Customer: ... / Client: ...")
C("th", "parallel-clauses",
  "[[ลูกค้า|cl]]อยู่กับสำนักงานกฎหมายเป็นเวลาหลายปี ส่วนลูกค้าซื้อของแล้วก็จากไป",
  "Customers stay with the law office for many years, while customers buy things and leave.",
  "Clients stay with the law office for many years, while customers buy things and leave.")

# Romanian: client covers both; the fix is on the customer side (cumpărător).
C("ro", "between", "Care este diferența dintre client și client?",
  "What is the difference between client and client?", "What is the difference between client and customer?")
C("ro", "contrast-connective",
  "Clientul primește consultanță profesională pe termen lung, în timp ce [[clientul|cu]] cumpără un produs o singură dată.",
  "The client receives long-term professional advice, whereas the client buys a product only once.",
  "The client receives long-term professional advice, whereas the customer buys a product only once.")
C("ro", "twin-definitions",
  "[[Client|cu]]: persoană care cumpără bunuri sau servicii de la un magazin.\nClient: persoană care primește servicii profesionale în cadrul unei relații de durată.",
  "Client: a person who buys goods or services from a shop. / Client: a person who receives professional services in a lasting relationship.",
  "Customer: ... / Client: ...")
L("ro", "from-to-idiom", "Cerințele diferă de la client la client.",
  "The requirements differ from client to client.", "(same)")
L("ro", "modifier", "Avem oferte diferite pentru clienții noi și pentru clienții fideli.",
  "We have different offers for new customers and for loyal customers.", "(same)")
# Bulgarian: клиент is mostly the client (as in Russian); the fix is on the customer side (купувач).
C("bg", "or", "Клиент или клиент? Каква е разликата",
  "Client or client? What is the difference", "Client or customer? What is the difference")
C("bg", "contrast-connective",
  "Клиентът получава постоянни правни консултации, докато [[клиентът|cu]] просто купува стока от магазина.",
  "The client receives ongoing legal advice, while the client simply buys goods from the shop.",
  "The client receives ongoing legal advice, while the customer simply buys goods from the shop.")
L("bg", "from-to-idiom", "Цените варират от клиент на клиент.",
  "Prices vary from client to client.", "(same)")
L("bg", "other-legit", "Адвокатът защитава интересите на доверителя си, а магазинът се грижи за купувача.",
  "The lawyer defends his client's interests, and the shop looks after the buyer.", "(same: both terms kept apart)")
# Croatian: klijent = client, kupac = customer.
C("hr", "title-continues", "Klijent i klijent: dvije različite riječi",
  "Client and client: two different words", "Client and customer: two different words")
C("hr", "contrast-connective",
  "[[Klijent|cu]] jednom kupi proizvod u trgovini, dok klijent godinama dobiva savjete od odvjetnika.",
  "The client buys a product in a shop once, while the client gets advice from a lawyer for years.",
  "The customer buys a product in a shop once, while the client gets advice from a lawyer for years.")
L("hr", "other-legit", "Odvjetnik štiti interese klijenta, a trgovina brine o zadovoljstvu kupca.",
  "The lawyer protects the client's interests, and the shop cares about the customer's satisfaction.", "(same: both terms kept apart)")
L("hr", "from-to-idiom", "Zahtjevi se razlikuju od klijenta do klijenta.",
  "The requirements differ from client to client.", "(same)")
# Serbian, in both scripts: клијент/klijent = client, купац/kupac = customer.
C("sr", "vs", "Клијент vs. клијент: у чему је разлика?",
  "Client vs. client: what is the difference?", "Client vs. customer: what is the difference?")
C("sr", "contrast-connective",
  "Klijent dobija stalne pravne savete, dok [[klijent|cu]] samo kupuje robu u prodavnici.",
  "The client gets ongoing legal advice, while the client only buys goods in the shop.",
  "The client gets ongoing legal advice, while the customer only buys goods in the shop.")
L("sr", "other-legit", "Адвокат штити интересе клијента, а продавница брине о задовољству купца.",
  "The lawyer protects the client's interests, and the shop cares about the customer's satisfaction.", "(same: both terms kept apart)")

# more legitimate repetitions: reduplication, particles and glued conjunctions that are not collapses
L("id", "reduplication", "Untuk klien-klien korporat, kami menyediakan manajer akun khusus.",
  "For corporate clients we provide a dedicated account manager.", "(same)")
L("ms", "reduplication", "Klien-klien kami terdiri daripada syarikat tempatan dan antarabangsa.",
  "Our clients consist of local and international companies.", "(same)")
L("ja", "of-our", "私たちは顧客の顧客まで理解することを大切にしています。",
  "We value understanding even our customers' customers.", "(same)")
L("he", "modifier", "אנחנו מציעים הטבות ללקוחות קיימים וללקוחות חדשים.",
  "We offer benefits to existing customers and to new customers.", "(same)")
L("ar", "modifier", "نقدم عروضًا خاصة للعملاء الحاليين والعملاء الجدد.",
  "We offer special deals to existing customers and new customers.", "(same)")
L("ko", "modifier", "개인 고객과 기업 고객을 위한 요금제가 따로 있습니다.",
  "There are separate plans for individual customers and corporate customers.", "(same)")
L("zh", "modifier", "我们为个人客户和企业客户提供不同的方案。",
  "We offer different plans for individual clients and corporate clients.", "(same)")
L("tr", "modifier", "Bireysel müşteriler ve kurumsal müşteriler için farklı paketlerimiz var.",
  "We have different packages for individual customers and corporate customers.", "(same)")


def main() -> int:
    return CASES.write(HERE / "cases.jsonl", "{lang}-{n:03d}",
                       "written by hand as MT-style web text and read back against the gloss")


if __name__ == "__main__":
    sys.exit(main())

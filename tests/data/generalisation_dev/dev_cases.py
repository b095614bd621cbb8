"""Development cases for the text-alone rules (see build.py for the markup).

(id, lang, pattern, collapsed, marked text, English gloss of what the text says)
Collapsed texts are what machine translation writes for a source that had
"client" and "customer"; legitimate ones repeat one word on purpose.
"""

CASES = [
    # ---- English ------------------------------------------------------------
    ("en-001", "en", "vs", True, "Customer vs. Customer", "Customer vs. Customer"),
    ("en-002", "en", "title-continues", True, "Customer and Customer: Two Words, Two Relationships",
     "Customer and Customer: two words, two relationships"),
    ("en-003", "en", "contrast-connective", True,
     "2. Features: the customer buys a product once, while the {{customer|client}} receives ongoing professional advice.",
     "the customer buys once, while the customer receives ongoing advice"),
    ("en-004", "en", "tautology", True, "Every customer is a customer, but not every customer is a customer.",
     "every customer is a customer, but not every customer is a customer"),
    ("en-005", "en", "table-header", True,
     "Basis for comparison\tCustomer\tCustomer\nMeaning\tA person who buys goods from a shop\t"
     "A person who receives professional advice from a lawyer or adviser\n"
     "Relationship\tOne-time purchase\tOngoing, long-term relationship",
     "comparison table with the same word heading both columns"),
    ("en-006", "en", "parallel-clauses", True,
     "Customers pay for a product once; {{customers|client}} pay a lawyer for ongoing advice.",
     "customers pay once; customers pay a lawyer for ongoing advice"),
    ("en-007", "en", "twin-headings", True,
     "What is a customer?\nA customer is a person who buys goods or services from a shop or an online store.\n"
     "What is a {{customer|client}}?\nA {{customer|client}} is someone who receives professional advice from a lawyer, "
     "an accountant or a consultant in an ongoing relationship.",
     "two sections headed 'What is a customer?'"),
    ("en-008", "en", "quotes-brackets", True, "The difference between “customer” and “customer”",
     "the difference between 'customer' and 'customer'"),
    ("en-009", "en", "with-compared", True, "Customer compared to customer: which word should a law firm use?",
     "customer compared to customer"),
    ("en-010", "en", "modifier", False, "New customers and returning customers behave differently.",
     "new and returning customers"),
    ("en-011", "en", "from-to-idiom", False, "The news spread from customer to customer.", "from customer to customer"),
    ("en-012", "en", "x-by-x", False, "We won the market customer by customer.", "customer by customer"),
    ("en-013", "en", "of-our", False, "The client of our client is a large retailer.", "the client of our client"),
    ("en-014", "en", "c2c", False, "Marketplaces for customer-to-customer (C2C) sales are growing fast.",
     "customer-to-customer (C2C)"),
    ("en-015", "en", "other-legit", False, "Customer service and customer support are run by different teams.",
     "customer service and customer support"),
    ("en-016", "en", "modifier", False, "Business customers and private customers pay different prices.",
     "business customers and private customers"),
    ("en-017", "en", "other-legit", False,
     "The customer paid at the till, and the customer behind her waited patiently.",
     "two different shoppers, both customers"),

    # ---- Vietnamese ----------------------------------------------------------
    ("vi-001", "vi", "between", True, "Sự khác biệt giữa khách hàng và khách hàng",
     "the difference between customer and customer"),
    ("vi-002", "vi", "contrast-connective", True,
     "Khách hàng mua sản phẩm một lần, trong khi {{khách hàng|client}} nhận được sự tư vấn chuyên nghiệp lâu dài.",
     "the customer buys once, while the customer receives long-term professional advice"),
    ("vi-003", "vi", "title-continues", True, "Khách hàng và khách hàng: hai từ khác nhau",
     "customer and customer: two different words"),
    ("vi-004", "vi", "twin-definitions", True,
     "Khách hàng: người mua hàng hoá hoặc dịch vụ từ một cửa hàng.\n"
     "{{Khách hàng|client}}: người nhận dịch vụ tư vấn chuyên nghiệp từ luật sư trong một mối quan hệ lâu dài.",
     "customer: one who buys from a shop / customer: one who receives advice from a lawyer"),
    ("vi-005", "vi", "or", True, "Khách hàng hay khách hàng?", "customer or customer?"),
    ("vi-006", "vi", "modifier", False, "Khách hàng mới và khách hàng cũ có nhu cầu khác nhau.",
     "new customers and old customers have different needs"),
    ("vi-007", "vi", "from-to-idiom", False, "Tin tức lan truyền từ khách hàng này sang khách hàng khác.",
     "the news spread from one customer to another"),
    ("vi-008", "vi", "of-our", False, "Khách hàng của khách hàng chúng tôi là các nhà bán lẻ.",
     "our customers' customers are retailers"),

    # ---- Russian ---------------------------------------------------------------
    ("ru-001", "ru", "or", True, "Клиент или клиент?", "client or client?"),
    ("ru-002", "ru", "between", True, "В чём разница между клиентом и клиентом?",
     "what is the difference between client and client?"),
    ("ru-003", "ru", "contrast-connective", True,
     "{{Клиент|customer}} покупает товар один раз, тогда как клиент получает постоянные профессиональные консультации.",
     "the client buys once, whereas the client receives ongoing professional advice"),
    ("ru-004", "ru", "contrast-connective", True,
     "{{Клиент|customer}} заходит в магазин и покупает товар, а клиент годами получает советы юриста.",
     "the client walks into a shop and buys, while the client gets a lawyer's advice for years"),
    ("ru-005", "ru", "tautology", True, "Каждый клиент — клиент, но не каждый клиент — клиент.",
     "every client is a client, but not every client is a client"),
    ("ru-006", "ru", "modifier", False, "Новые клиенты и постоянные клиенты получают разные предложения.",
     "new and regular clients get different offers"),
    ("ru-007", "ru", "from-to-idiom", False, "Слухи передавались от клиента к клиенту.", "from client to client"),
    ("ru-008", "ru", "of-our", False, "Клиент нашего клиента — крупная сеть магазинов.",
     "our client's client is a large chain of shops"),
    ("ru-009", "ru", "x-by-x", False, "Мы завоёвывали рынок клиент за клиентом.", "client by client"),

    # ---- Ukrainian -------------------------------------------------------------
    ("uk-001", "uk", "between", True, "Різниця між клієнтом і клієнтом", "the difference between client and client"),
    ("uk-002", "uk", "contrast-connective", True,
     "{{Клієнт|customer}} купує товар у магазині, тоді як клієнт отримує довгострокові консультації юриста.",
     "the client buys in a shop, whereas the client gets long-term legal advice"),
    ("uk-003", "uk", "modifier", False, "Нові клієнти та постійні клієнти мають різні потреби.",
     "new and regular clients have different needs"),

    # ---- German (Kunde covers both; the client side is fixed: Mandant) -------------
    ("de-001", "de", "vs", True, "Kunde vs. Kunde – was ist der Unterschied?", "Kunde vs. Kunde: what is the difference?"),
    ("de-002", "de", "contrast-connective", True,
     "Ein Kunde kauft einmal im Laden ein, während ein {{Kunde|client}} von seinem Anwalt laufend beraten wird.",
     "a Kunde shops once, while a Kunde is advised continuously by his lawyer"),
    ("de-003", "de", "modifier", False, "Neue Kunden und bestehende Kunden erhalten unterschiedliche Angebote.",
     "new and existing customers get different offers"),
    ("de-004", "de", "between", True, "Der Unterschied zwischen Kunde und Kunde", "the difference between Kunde and Kunde"),

    # ---- French (client covers both; the customer side is fixed: acheteur) --------
    ("fr-001", "fr", "between", True, "Quelle est la différence entre un client et un client ?",
     "what is the difference between a client and a client?"),
    ("fr-002", "fr", "contrast-connective", True,
     "Le {{client|customer}} achète un produit une fois, tandis que le client bénéficie des conseils continus de son avocat.",
     "the client buys once, whereas the client benefits from his lawyer's ongoing advice"),
    ("fr-003", "fr", "modifier", False, "Les nouveaux clients et les clients fidèles ont des attentes différentes.",
     "new clients and loyal clients have different expectations"),
    ("fr-004", "fr", "from-to-idiom", False, "La rumeur est passée de client en client.", "from client to client"),

    # ---- Spanish --------------------------------------------------------------------
    ("es-001", "es", "vs", True, "Cliente vs. cliente: ¿cuál es la diferencia?", "cliente vs. cliente: what is the difference?"),
    ("es-002", "es", "contrast-connective", True,
     "El {{cliente|customer}} compra un producto en la tienda, mientras que el cliente recibe asesoría profesional continua.",
     "the cliente buys in a shop, while the cliente receives ongoing professional advice"),
    ("es-003", "es", "modifier", False, "Los clientes nuevos y los clientes habituales reciben ofertas distintas.",
     "new and regular clients get different offers"),
    ("es-004", "es", "from-to-idiom", False, "El rumor pasó de cliente a cliente.", "from client to client"),

    # ---- Portuguese ---------------------------------------------------------------
    ("pt-001", "pt", "vs", True, "Cliente x Cliente: qual é a diferença?", "cliente x cliente: what is the difference?"),
    ("pt-002", "pt", "between", True, "A diferença entre cliente e cliente", "the difference between cliente and cliente"),
    ("pt-003", "pt", "modifier", False, "Clientes novos e clientes antigos têm necessidades diferentes.",
     "new clients and old clients have different needs"),

    # ---- Italian --------------------------------------------------------------------
    ("it-001", "it", "between", True, "Qual è la differenza tra cliente e cliente?", "the difference between cliente and cliente"),
    ("it-002", "it", "contrast-connective", True,
     "Il cliente acquista un prodotto in negozio, mentre il {{cliente|client}} riceve una consulenza professionale continuativa.",
     "the cliente buys in a shop, while the cliente receives ongoing professional advice"),
    ("it-003", "it", "modifier", False, "I clienti nuovi e i clienti abituali hanno esigenze diverse.",
     "new and regular clients have different needs"),

    # ---- Dutch / Swedish --------------------------------------------------------------
    ("nl-001", "nl", "between", True, "Wat is het verschil tussen een klant en een klant?",
     "what is the difference between a klant and a klant?"),
    ("nl-002", "nl", "modifier", False, "Nieuwe klanten en vaste klanten krijgen andere aanbiedingen.",
     "new and regular customers get other offers"),
    ("sv-001", "sv", "between", True, "Skillnaden mellan kund och kund", "the difference between kund and kund"),
    ("sv-002", "sv", "contrast-connective", True,
     "En kund köper en vara i butiken, medan en {{kund|client}} får löpande råd från sin advokat.",
     "a kund buys in the shop, while a kund gets ongoing advice from his lawyer"),

    # ---- Polish / Czech ----------------------------------------------------------------
    ("pl-001", "pl", "and", True, "Klient a klient – jaka jest różnica?", "klient and klient: what is the difference?"),
    ("pl-002", "pl", "modifier", False, "Nowi klienci i stali klienci dostają różne oferty.",
     "new and regular clients get different offers"),
    ("cs-001", "cs", "between", True, "Rozdíl mezi klientem a klientem", "the difference between client and client"),
    ("cs-002", "cs", "contrast-connective", True,
     "{{Klient|customer}} si jednou koupí zboží v obchodě, zatímco klient dostává dlouhodobé rady od svého právníka.",
     "the client buys goods once, whereas the client gets long-term advice from his lawyer"),

    # ---- Turkish (müşteri covers both) --------------------------------------------------
    ("tr-001", "tr", "between", True, "Müşteri ile müşteri arasındaki fark nedir?",
     "what is the difference between müşteri and müşteri?"),
    ("tr-002", "tr", "title-continues", True, "Müşteri ve Müşteri Farkı Nedir?", "what is the müşteri and müşteri difference?"),
    ("tr-003", "tr", "contrast-connective", True,
     "Müşteri bir ürünü bir kez satın alır, {{müşteri|client}} ise avukatından sürekli danışmanlık alır.",
     "the müşteri buys a product once, the müşteri on the other hand gets ongoing advice from a lawyer"),
    ("tr-004", "tr", "modifier", False, "Yeni müşteriler ve sadık müşteriler farklı kampanyalardan yararlanır.",
     "new and loyal customers benefit from different campaigns"),

    # ---- Indonesian / Malay ---------------------------------------------------------------
    ("id-001", "id", "between", True, "Perbedaan antara pelanggan dan pelanggan", "the difference between customer and customer"),
    ("id-002", "id", "contrast-connective", True,
     "Pelanggan membeli barang di toko, sedangkan {{pelanggan|client}} menerima nasihat profesional dari pengacara.",
     "the customer buys goods in a shop, whereas the customer receives professional advice from a lawyer"),
    ("id-003", "id", "reduplication", False, "Pelanggan-pelanggan kami datang dari seluruh kota.",
     "our customers come from all over the city"),
    ("ms-001", "ms", "or", True, "Pelanggan atau pelanggan?", "customer or customer?"),

    # ---- Chinese -------------------------------------------------------------------------------
    ("zh-001", "zh", "between", True, "客户和客户之间的区别", "the difference between 客户 and 客户"),
    ("zh-002", "zh", "title-continues", True, "客户与客户的区别是什么？", "what is the difference between 客户 and 客户?"),
    ("zh-003", "zh", "contrast-connective", True,
     "客户只在商店购买一次商品，而{{客户|client}}则长期接受律师的专业咨询。",
     "the 客户 buys goods once in a shop, whereas the 客户 receives a lawyer's professional advice long-term"),
    ("zh-004", "zh", "c2c", False, "客户对客户（C2C）电子商务发展很快。", "customer-to-customer (C2C) e-commerce grows fast"),
    ("zh-005", "zh", "modifier", False, "新客户和老客户的需求不同。", "new and old customers have different needs"),
    ("zh-006", "zh", "of-our", False, "我们客户的客户大多是零售商。", "our customers' customers are mostly retailers"),
    ("zh-007", "zh", "vs", True, "客户 vs 客户", "客户 vs 客户"),

    # ---- Japanese --------------------------------------------------------------------------------
    ("ja-001", "ja", "particle", True, "顧客と顧客の違い", "the difference between 顧客 and 顧客"),
    ("ja-002", "ja", "contrast-connective", True,
     "顧客は店で一度だけ商品を購入するのに対し、{{顧客|client}}は弁護士から継続的な助言を受ける。",
     "the 顧客 buys goods once in a shop, whereas the 顧客 receives ongoing advice from a lawyer"),
    ("ja-003", "ja", "of-our", False, "顧客の顧客は小売業者です。", "the customer's customers are retailers"),

    # ---- Korean ------------------------------------------------------------------------------------
    ("ko-001", "ko", "particle", True, "고객과 고객의 차이점", "the difference between 고객 and 고객"),
    ("ko-002", "ko", "contrast-connective", True,
     "고객은 매장에서 상품을 한 번 구매하는 반면, {{고객|client}}은 변호사에게 지속적인 자문을 받는다.",
     "the 고객 buys goods once in a shop, whereas the 고객 receives ongoing advice from a lawyer"),
    ("ko-003", "ko", "of-our", False, "고객의 고객은 대부분 소매업체입니다.", "the customer's customers are mostly retailers"),

    # ---- Arabic / Hebrew / Persian -------------------------------------------------------------------
    ("ar-001", "ar", "glued-conjunction", True, "الفرق بين العميل والعميل", "the difference between the عميل and the عميل"),
    ("ar-002", "ar", "contrast-connective", True,
     "يشتري العميل المنتج مرة واحدة من المتجر، بينما يتلقى {{العميل|client}} استشارات مهنية مستمرة من المحامي.",
     "the عميل buys once from the shop, while the عميل receives ongoing professional advice from the lawyer"),
    ("ar-003", "ar", "from-to-idiom", False, "انتقل الخبر من عميل إلى عميل.", "the news went from عميل to عميل"),
    ("he-001", "he", "glued-conjunction", True, "ההבדל בין לקוח ללקוח", "the difference between לקוח and לקוח"),
    ("he-002", "he", "glued-conjunction", True, "לקוח ולקוח: שתי מילים שונות", "לקוח and לקוח: two different words"),
    ("fa-001", "fa", "between", True, "تفاوت بین مشتری و مشتری چیست؟", "what is the difference between مشتری and مشتری?"),

    # ---- Georgian / Greek / Hungarian / Hindi / Thai ------------------------------------------------
    ("ka-001", "ka", "between", True, "განსხვავება კლიენტსა და კლიენტს შორის", "the difference between client and client"),
    ("ka-002", "ka", "contrast-connective", True,
     "{{კლიენტი|customer}} მაღაზიაში ერთხელ ყიდულობს საქონელს, ხოლო კლიენტი ადვოკატისგან მუდმივ რჩევას იღებს.",
     "the client buys goods once in a shop, while the client gets constant advice from a lawyer"),
    ("el-001", "el", "title-continues", True, "Πελάτης και πελάτης: ποια είναι η διαφορά;",
     "πελάτης and πελάτης: what is the difference?"),
    ("el-002", "el", "modifier", False, "Οι νέοι πελάτες και οι τακτικοί πελάτες έχουν διαφορετικές ανάγκες.",
     "new and regular customers have different needs"),
    ("hu-001", "hu", "between", True, "Mi a különbség az ügyfél és az ügyfél között?",
     "what is the difference between the ügyfél and the ügyfél?"),
    ("hi-001", "hi", "between", True, "ग्राहक और ग्राहक में अंतर", "the difference between ग्राहक and ग्राहक"),
    ("th-001", "th", "between", True, "ความแตกต่างระหว่างลูกค้ากับลูกค้า", "the difference between ลูกค้า and ลูกค้า"),
    ("th-002", "th", "modifier", False, "ลูกค้าใหม่และลูกค้าเก่ามีความต้องการต่างกัน", "new and old customers have different needs"),

    # ---- Croatian / Serbian / Bulgarian / Romanian -------------------------------------------------------
    ("hr-001", "hr", "between", True, "Razlika između klijenta i klijenta", "the difference between client and client"),
    ("sr-001", "sr", "or", True, "Klijent ili klijent?", "client or client?"),
    ("bg-001", "bg", "between", True, "Разликата между клиент и клиент", "the difference between клиент and клиент"),
    ("ro-001", "ro", "between", True, "Care este diferența dintre client și client?", "the difference between client and client"),
    ("ro-002", "ro", "modifier", False, "Clienții noi și clienții fideli primesc oferte diferite.",
     "new and loyal clients get different offers"),
]

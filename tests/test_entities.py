"""Entity rules in context, with the statistical model: each row is a sentence and the (name, type)
pairs it must yield (other entities may be found too); NOT_ENTITIES must never come out."""
import pytest

pytestmark = pytest.mark.model

ENTITIES = [
    ("La start-up lyonnaise Veltis lève 85 millions d'euros.", [("Veltis", "COMPANY")]),
    ("Veltis lève des fonds auprès d'Index Ventures.", [("Veltis", "COMPANY"), ("Index Ventures", "COMPANY")]),
    # a nationality before a name the model reads as a person's, but ending in a company's word
    ("La société appartient à l'américain Halvern Analytics, qui l'avait rachetée.", [("Halvern Analytics", "COMPANY")]),
    # a trade noun whose words the tagger misreads ("de cloud" as a pronoun); the body first naming the company alone,
    # wherever the candidates stand in the resolver's list
    ("Cloud : Dorsalis décroche un contrat\n\nLe fournisseur grenoblois de cloud Dorsalis a annoncé un contrat. Le "
     "groupement basculera sur Dorsalis Workspace, la suite collaborative de l'éditeur.",
     [("Dorsalis", "COMPANY"), ("Dorsalis Workspace", "PRODUCT")]),
    # a product in apposition to its kind and its maker, described ("de l'éditeur bordelais X")
    ("Parmi elles figurait Cirrus Météo, l'application de prévisions de l'éditeur bordelais Alizé Apps.",
     [("Cirrus Météo", "PRODUCT"), ("Alizé Apps", "COMPANY")]),
    # an ordinary noun as a company's name: the subject of a business verb, capitalised mid-sentence elsewhere
    ("Tablier lève 18 millions d'euros. Ulysse Navarro a créé Tablier en 2021.", [("Tablier", "COMPANY")]),
    ("Poussette lève 12 millions d'euros. Marie Durand dirige Poussette depuis 2022.", [("Poussette", "COMPANY")]),
    ("Ardoise rachète Cantal Soft. Marie Durand rejoint Ardoise en mars.", [("Ardoise", "COMPANY")]),
    # an unknown name as the subject of a business verb is a company, whatever the model thought
    ("Obsyra recrute 40 ingénieurs à Nantes.", [("Obsyra", "COMPANY")]),
    ("Klinova a racheté un concurrent allemand.", [("Klinova", "COMPANY")]),
    ("Anne-Sophie Keller a parlé.", [("Anne-Sophie Keller", "PERSON")]),
    ("Jacques-Henri Eyraud, président de l'OM, a parlé.", [("Jacques-Henri Eyraud", "PERSON")]),
    ("a reconnu Marc-Antoine Delorme, PDG de Paynovo.", [("Marc-Antoine Delorme", "PERSON"), ("Paynovo", "COMPANY")]),
    ("Dan Ives de Wedbush Securities estime que le titre va monter.",
     [("Dan Ives", "PERSON"), ("Wedbush Securities", "COMPANY")]),
    ("Selon Le Monde, le projet avance.", [("Le Monde", "COMPANY")]),
    ("Amazon Music et YouTube Gaming progressent.", [("Amazon Music", "PRODUCT"), ("YouTube Gaming", "PRODUCT")]),
    ("L'iPhone 16 Pro Max et le Galaxy S25 Ultra sont sortis.",
     [("iPhone 16 Pro Max", "PRODUCT"), ("Galaxy S25 Ultra", "PRODUCT")]),
    ("Son application, Mévora Care, alerte les soignants.", [("Mévora Care", "PRODUCT")]),
    ("Le Conseil français du culte musulman a réagi.", [("Conseil français du culte musulman", "ORGANIZATION")]),
    ("Arthur Mensch, cofondateur de Mistral AI, a parlé.", [("Arthur Mensch", "PERSON"), ("Mistral AI", "COMPANY")]),
    ("Le contrat revient à une autre entreprise, SpaceX.", [("SpaceX", "COMPANY")]),
    # a family, series or line of products in apposition
    ("Orsalis développe Atlas, une famille de modèles spécialisés.", [("Atlas", "PRODUCT")]),
    # a platform named like no other company of the text stays a company
    ("Kelvane a levé 20 millions d'euros. La plateforme Kelvane compte deux millions d'utilisateurs.",
     [("Kelvane", "COMPANY")]),
    ("Les groupes de luxe LVMH, Kering et Hermès se sont engagés.", [("Hermès", "COMPANY")]),
    ("Le tribunal de commerce de Paris a tranché.", [("tribunal de commerce de Paris", "ORGANIZATION")]),
    ("Gabriel Kahn, professeur à l'université de Californie du Sud, a parlé.",
     [("université de Californie du Sud", "ORGANIZATION")]),
    # a product named with its maker is one product; a model number grows the name
    ("L'Amazon Kindle Scribe et la Samsung Galaxy Tab S10 arrivent.",
     [("Amazon Kindle Scribe", "PRODUCT"), ("Samsung Galaxy Tab S10", "PRODUCT")]),
    ("Samsung équipe son smartphone de la puce Exynos 2500.", [("Exynos 2500", "PRODUCT")]),
    # the second name of a list after a product noun; the subject of "va collaborer"
    ("Datadog commercialise ses logiciels Watchdog et Veltigram.", [("Watchdog", "PRODUCT"), ("Veltigram", "PRODUCT")]),
    ("Veltis va collaborer avec Capgemini sur l'IA.", [("Veltis", "COMPANY")]),
    ("Orange doit racheter Veltis.", [("Orange", "COMPANY")]),
    # a known company named only as a platform one posts on is a product in that article, a company otherwise
    ("Patrick Pouyanné l'a annoncé dans un message publié sur Twitter.", [("Twitter", "PRODUCT")]),
    ("Twitter a racheté Veltis. Le message a été publié sur Twitter.", [("Twitter", "COMPANY")]),
    # vehicles, launchers and drugs are products too
    ("La production des utilitaires électriques Kangoo sera transférée à Douai.", [("Kangoo", "PRODUCT")]),
    ("Les ventes de son médicament Veltimab ont bondi.", [("Veltimab", "PRODUCT")]),
    # what a company launches is a product, even with a company's apposition after it
    ("Amazon a annoncé le lancement de Luna, sa plateforme de jeux vidéo.", [("Luna", "PRODUCT")]),
    # a name in apposition after a possessive and a kind of product; a source before an apposition is no company
    ("Google favorise sa propre plateforme d'échange, AdX, et son serveur publicitaire destiné aux éditeurs, DFP.",
     [("AdX", "PRODUCT"), ("DFP", "PRODUCT")]),
    ("Selon Bruxelles, la filiale d'Alphabet favorise ses propres services.", [("Bruxelles", "LOCATION")]),
    # a channel said to be one is a product (ANNOTATION.md); "la chaîne CNBC" alone is left to what else is known
    ("Le groupe mise sur sa chaîne d'information Bellerive Info et sa chaîne de divertissement Rivages TV.",
     [("Bellerive Info", "PRODUCT"), ("Rivages TV", "PRODUCT")]),
    # "l'ERP X", "le CRM X": a kind of product written as an acronym, which starts no name
    ("Celle-ci réunit trois modules : l’ERP Horizon Finance, le logiciel Horizon Ventes et le CRM Horizon Relation.",
     [("Horizon Finance", "PRODUCT"), ("Horizon Ventes", "PRODUCT"), ("Horizon Relation", "PRODUCT")]),
    # an ambiguous known product stands alone when its maker is named near it
    ("Microsoft a greffé Copilot à sa suite Dynamics 365.", [("Microsoft", "COMPANY"), ("Copilot", "PRODUCT")]),
    # plural kinds of product, machines and equipment cue products too
    ("Le groupe livrera des systèmes de nettoyage Nimbus 8 et des machines Stratos 300.",
     [("Nimbus 8", "PRODUCT"), ("Stratos 300", "PRODUCT")]),
    # "X, une jeune pousse": written with a space as with a hyphen
    ("Même soulagement chez Adveris, une jeune pousse parisienne dont le serveur publicitaire, Adveris Yield, équipe "
     "80 sites.", [("Adveris", "COMPANY"), ("Adveris Yield", "PRODUCT")]),
    # a known product's name that goes on with a company suffix is still a product
    ("Les deux montres profitent des fonctions Galaxy AI.", [("Galaxy AI", "PRODUCT")]),
    ("Veltis a dévoilé Mevobox, son nouveau boîtier.", [("Mevobox", "PRODUCT")]),
    # a minister read together with the portfolio: the person is split off
    ("La ministre de la Culture Rachida Dati a parlé.", [("Rachida Dati", "PERSON")]),
    ("Le ministre des Transports Paul Martin avait anticipé une perte.", [("Paul Martin", "PERSON")]),
    # a cue a person fits too leaves a person a person
    ("Marco Arment, créateur de la plateforme de podcast Overcast, a parlé.", [("Marco Arment", "PERSON")]),
    ("a déclaré le cofondateur de la messagerie, Pavel Dourov, mardi.", [("Pavel Dourov", "PERSON")]),
    ("Veltis, créateur de logiciels, recrute.", [("Veltis", "COMPANY")]),
    # a platform one posts on is a product; a capital that ends a sentence ends a name, an initial does not
    ("Il l'a écrit dans un message publié sur Veltigram, puis sur son compte Mevobook.",
     [("Veltigram", "PRODUCT"), ("Mevobook", "PRODUCT")]),
    ("Microsoft a dévoilé la Xbox Series X. Le groupe vise Noël.", [("Xbox Series X", "PRODUCT")]),
    ("George W. Bush a parlé.", [("George W. Bush", "PERSON")]),
    # a unit named after its group is a company of its own
    ("Citi Ventures et Google France recrutent.", [("Citi Ventures", "COMPANY"), ("Google France", "COMPANY")]),
    ("Orange investit 2 milliards d'euros dans la fibre.", [("Orange", "COMPANY")]),
    ("PARIS (AFP) - Orange lève 2 milliards d'euros.", [("Orange", "COMPANY"), ("AFP", "COMPANY")]),
    # a generic noun before a name stays out of it; a newspaper's article may be in lower case
    ("Selon l'ONG Oxfam, les riches paient peu.", [("Oxfam", "ORGANIZATION")]),
    ("Radio France recrute.", [("Radio France", "COMPANY")]),
    ("L'information, relayée par les Echos, a surpris.", [("Les Echos", "COMPANY")]),
    ("Le tour est mené par Axa Venture Partners.", [("Axa Venture Partners", "COMPANY")]),
    # a company's name said before, then a word that is no unit of a company: its product; a model number
    # grows a product name; a descriptor may coordinate nouns
    ("La start-up Velmora recrute. Son outil, Velmora Pulse, sera vendu en Europe.", [("Velmora Pulse", "PRODUCT")]),
    ("La start-up Velmora recrute. Velmora Cloud suivra.", [("Velmora Cloud", "COMPANY")]),
    ("La start-up Velmora recrute. Velmora édite Velmora Engine, une plateforme de déploiement.",
     [("Velmora Engine", "PRODUCT")]),
    ("La start-up Velmora recrute. Sa filiale Velmora Health, une société de conseil, grandit.",
     [("Velmora Health", "COMPANY")]),
    ("La nouvelle usine produira ses échangeurs Thermalis.", [("Thermalis", "PRODUCT")]),
    ("Le nouveau modèle Brisant 2 dépasse son aîné.", [("Brisant 2", "PRODUCT")]),
    ("Paul Durand a racheté l'opérateur Tarvo Mobile.", [("Tarvo Mobile", "COMPANY")]),
    ("Le fabricant de grues et de nacelles Dorvange recrute.", [("Dorvange", "COMPANY")]),
    ("L'action Dorvange a chuté de 11 %.", [("Dorvange", "COMPANY")]),
    ("Kymaro a signé un accord de distribution avec Solvane, qui vendra la gamme.", [("Solvane", "COMPANY")]),
    ("Veltis a conclu un partenariat avec Emmanuel Macron.", [("Emmanuel Macron", "PERSON")]),
    ("Le Nova 5 embarque une puce Snapdragon 7s Gen 3 de Qualcomm.", [("Snapdragon 7s Gen 3", "PRODUCT")]),
    ("Le conseil d'administration de Dorvange a voté.", [("Dorvange", "COMPANY")]),
    # a unit of a known group named after it, and a place the model read with a company's suffix
    ("La CNIL avait condamné Amazon France Logistique à 32 millions d’euros d’amende.",
     [("Amazon France Logistique", "COMPANY")]),
    ("Tesseo a levé 38 millions auprès de Sidobre Ventures.", [("Sidobre Ventures", "COMPANY")]),
    ("Zentra a lancé le Vela 7. Le directeur de Zentra France, Paul Martin, est confiant.",
     [("Zentra France", "COMPANY")]),
    # a name the parse misread as a common noun or an adjective, before a business verb
    ("À l'autre bout du SBF 120, Brévalis dévisse de 11,8 % à 16,40 EUR. Entre les deux, Ordalis grappille 1,2 %.",
     [("Brévalis", "COMPANY"), ("Ordalis", "COMPANY")]),
    # a name the parse misread at the head of a sentence, before a business verb
    ("Ostrale a lancé le Nordix 7 en mars.", [("Ostrale", "COMPANY"), ("Nordix 7", "PRODUCT")]),
    ("Ostrale présente le Nordix 7, un smartphone à 499 euros.", [("Ostrale", "COMPANY")]),
    # the maker after a product and its "de", where the model saw a product or one name
    ("Le smartphone embarque une puce Kerys X2 de Veltis.", [("Kerys X2", "PRODUCT"), ("Veltis", "COMPANY")]),
    ("Le Nordix 7 d'Ostrale sera vendu 499 euros.", [("Nordix 7", "PRODUCT"), ("Ostrale", "COMPANY")]),
    ("Le spécialiste isérois des équipements pour semi-conducteurs Nexolith a publié ses comptes.",
     [("Nexolith", "COMPANY")]),
    # a lawyer's "Me" is no part of her name; a code the model took for a company is a product
    ("« Nous ferons appel », a réagi Me Carole Dumesnil.", [("Carole Dumesnil", "PERSON")]),
    ("Le téléphone embarque un processeur d’image maison, le ZenCore R2.", [("ZenCore R2", "PRODUCT")]),
    # a product name runs over its series, model code, size and suffixes
    ("AMD a officialisé les Radeon RX 9070 XT et Radeon RX 9070.",
     [("Radeon RX 9070 XT", "PRODUCT"), ("Radeon RX 9070", "PRODUCT")]),
    ("Les Ryzen 9 9950X3D arrivent, avec Gemini 1.5 Flash et Llama 3 70B.",
     [("Ryzen 9 9950X3D", "PRODUCT"), ("Gemini 1.5 Flash", "PRODUCT"), ("Llama 3 70B", "PRODUCT")]),
    ("La montre embarque une puce Snapdragon W5+ Gen 1, comme la Lenovo Tab M11.",
     [("Snapdragon W5+ Gen 1", "PRODUCT"), ("Lenovo Tab M11", "PRODUCT")]),
    ("Le jeu sort sur Xbox Series X|S et PC.", [("Xbox Series X|S", "PRODUCT")]),
    # a city's or a region's adjective before a name, like a nation's ("le lyonnais Badgix"); not a noun
    ("Plandora a racheté en 2024 le lyonnais Badgix.", [("Plandora", "COMPANY"), ("Badgix", "COMPANY")]),
    ("Le Français Thomas Pesquet parle.", [("Thomas Pesquet", "PERSON")]),
    # a company's unit named with a French or Nordic suffix; a suite described after its name is a product
    ("La société Delmarc Systèmes équipe les usines. Quinconce Collectivités vend Edilis, sa suite de gestion.",
     [("Delmarc Systèmes", "COMPANY"), ("Quinconce Collectivités", "COMPANY"), ("Edilis", "PRODUCT")]),
    # a product with its version before its description ("MiraOS 6, sa surcouche"); "3D" is no name
    ("Le téléphone tourne sous MiraOS 6, sa surcouche maison.", [("MiraOS 6", "PRODUCT")]),
    # a name after two joined titles ("fondateur et président de X") is a company
    ("« Notre facture a doublé », raconte Hugo Lemaire, fondateur et président de Cartolys.",
     [("Hugo Lemaire", "PERSON"), ("Cartolys", "COMPANY")]),
    # capitalised words right after a known company's name: its product, unless a unit, a place or an event
    ("Kervalon vend son client VPN Kervalon Connect. Le groupe utilise Ericsson Private 5G.",
     [("Kervalon", "COMPANY"), ("Kervalon Connect", "PRODUCT"), ("Ericsson Private 5G", "PRODUCT")]),
    ("Airbus Helicopters recrute, comme Microsoft France. Microsoft Experience ouvre.",
     [("Airbus Helicopters", "COMPANY"), ("Microsoft France", "COMPANY"), ("Microsoft", "COMPANY")]),
    # a known chip's code after a product is its model ("M3"); a model's own name after its number
    ("Face au MacBook Air M3 d'Apple, vendu 1 299 euros.", [("MacBook Air M3", "PRODUCT"), ("Apple", "COMPANY")]),
    ("Il devance Llama 4 Maverick, le modèle de Meta, et Claude 3 Opus.",
     [("Llama 4 Maverick", "PRODUCT"), ("Meta", "COMPANY"), ("Claude 3 Opus", "PRODUCT")]),
    ("L'iPhone 16 Tim Cook l'a présenté.", [("iPhone 16", "PRODUCT"), ("Tim Cook", "PERSON")]),
    # a product line's word with its number glued on; a family that grows to a model number needs no other support
    ("Il rivalise avec le Galaxy Z Flip6 et la Galaxy Watch7 de Samsung.",
     [("Galaxy Z Flip6", "PRODUCT"), ("Galaxy Watch7", "PRODUCT"), ("Samsung", "COMPANY")]),
    ("Le modèle Sable 8B.", [("Sable 8B", "PRODUCT")]),
    # a name before a person's title in apposition is a person's, whatever the model read (here a place)
    ("Selon Gili Naftalovich, directrice financière de Kovalt, la croissance ralentit.",
     [("Gili Naftalovich", "PERSON")]),
    ("Anurag Rana, analyste chez Bloomberg Intelligence, estime que Microsoft gagne.", [("Anurag Rana", "PERSON")]),
    # … from its compound first name on, after a name it runs into
    ("« Nous allons saisir le Conseil d'État », réagit auprès de L'Informé Paul-Henri Sauvat, président de la société.",
     [("Paul-Henri Sauvat", "PERSON")]),
    # … not a company's name before a title
    ("Chez Halden Securities, analyste depuis 2019, Marc Vidal reste prudent.",
     [("Halden Securities", "COMPANY"), ("Marc Vidal", "PERSON")]),
    # a place stays a place: a plant's town in apposition ("son principal site"), a listing place after "coté à"
    ("Le groupe investit 96 millions d’euros dans son usine d’Épinal, son principal site de production.",
     [("Épinal", "LOCATION")]),
    ("Un spécialiste belge de la vidéosurveillance coté à Bruxelles.", [("Bruxelles", "LOCATION")]),
    # … but a name after a medium's noun or a person's title ("la chaîne CNBC", "le sénateur LR")
    ("Sur la chaîne CNBC, le patron de Xbox a parlé.", [("CNBC", "COMPANY")]),
    # ", la start-up a doublé…" after a founder opens the next clause; ", la start-up lyonnaise, a levé" is an apposition
    ("Son concurrent Koalys accélère. Fondée en 2020 par Lucie Danglade, la start-up a doublé son revenu.",
     [("Lucie Danglade", "PERSON")]),
    ("Le secteur bouge. Kovalt Dupré, la start-up lyonnaise, a levé 5 millions d'euros.",
     [("Kovalt Dupré", "COMPANY")]),
    # a French sector word ending a name makes it a company's, even where the model read a person
    ("Le contrat a été attribué à Kervel Optronique et à Morval Logistique.",
     [("Kervel Optronique", "COMPANY"), ("Morval Logistique", "COMPANY")]),
    # "5G" is one word: a plan after it is named, a product's name goes on over it
    ("Elle peut être couplée au forfait 5G Sovelia Mobile, qui offre 150 Go.", [("Sovelia Mobile", "PRODUCT")]),
    ("Pour les entreprises, l'offre Sovelia Fibre Pro 8G fournit 8 Gbit/s.", [("Sovelia Fibre Pro 8G", "PRODUCT")]),
    # a group's name, words and a company word: a company of the group, not a product named after it
    ("Le fonds LVMH Luxury Ventures a investi.", [("LVMH Luxury Ventures", "COMPANY")]),
    # the model's whole product name around a known one
    ("Les ROG Xbox Ally et ROG Xbox Ally X, conçues par Asus avec Microsoft, sont disponibles.",
     [("ROG Xbox Ally", "PRODUCT"), ("ROG Xbox Ally X", "PRODUCT")]),
    # what one founds is a company; a second company after a founder's title too
    ("Bruno Salles, qui a fondé Tersane en 2004, s'en va.", [("Bruno Salles", "PERSON"), ("Tersane", "COMPANY")]),
    ("Léa Morin, fondatrice de Tersane et de Kovalt, investit.",
     [("Léa Morin", "PERSON"), ("Tersane", "COMPANY"), ("Kovalt", "COMPANY")]),
    # the model's name stopped before a model code: the code and what follows it ("Gen 11") are the product's
    ("Il a présenté trois portables : les Yoga Slim 7x Gen 11 et Yoga Pro 9i Gen 11.",
     [("Yoga Slim 7x Gen 11", "PRODUCT"), ("Yoga Pro 9i Gen 11", "PRODUCT")]),
    ("Tavelis lance aussi une station d'accueil USB-C, le Dock T4, vendue 249 euros.", [("Dock T4", "PRODUCT")]),
    ("Le studio Hexaluna prépare Vespera, un RPG en monde ouvert.", [("Vespera", "PRODUCT")]),
    # ", la société a levé…" after a list of founders opens the next clause: no apposition making a company
    ("Fondée en 2021 à Nantes par Salomé Verdon et Ilyès Morand, la société a levé 38 millions d'euros.",
     [("Ilyès Morand", "PERSON")]),
    # a one-word name the model read as a person, before a business verb, is a company
    ("Cardiel commercialise aussi Cardiel Scribe, un assistant d’IA.", [("Cardiel", "COMPANY")]),
    # names listed after a colon whose clause names a kind of product
    ("Trois agents sont disponibles dès ce mois-ci : Sourcing Scout, Contract Guard et Invoice Match.",
     [("Sourcing Scout", "PRODUCT"), ("Contract Guard", "PRODUCT"), ("Invoice Match", "PRODUCT")]),
    ("Le portable embarque un Core Ultra 9 285H et une GeForce RTX 5060 Laptop, face au Steam Deck OLED.",
     [("Core Ultra 9 285H", "PRODUCT"), ("GeForce RTX 5060 Laptop", "PRODUCT"), ("Steam Deck OLED", "PRODUCT")]),
    ("Brennac a commandé 120 baies GB300 NVL72 ; OpenAI facture GPT-5 mini 0,25 dollar.",
     [("GB300 NVL72", "PRODUCT"), ("GPT-5 mini", "PRODUCT")]),
    # a name the model took for a body or a place, with its model number
    ("Nexolith publie. La société vend les fours Thermis 2 et les graveurs NX-Etch 300.",
     [("Thermis 2", "PRODUCT"), ("NX-Etch 300", "PRODUCT")]),
    # the company's name starts its product's name, where the model split them or saw only the company
    ("La marque Orvane a dévoilé la bague Orvane Ring 2 et le bracelet Orvane Band 5, avec l'offre Orvane+.",
     [("Orvane", "COMPANY"), ("Orvane Ring 2", "PRODUCT"), ("Orvane Band 5", "PRODUCT"), ("Orvane+", "PRODUCT")]),
    ("Orvane Ring 2, Watch R1 et Band 5 : prix\n\nLa marque Orvane lance la montre Orvane Watch R1 et le bracelet "
     "Orvane Band 5.", [("Orvane Watch R1", "PRODUCT"), ("Orvane Band 5", "PRODUCT")]),
    # a product noun after a bare "de" or "des" says what the company makes; a company-only noun in apposition
    ("L'éditeur nantais de logiciels d'achats Linvaro a publié ses comptes.", [("Linvaro", "COMPANY")]),
    ("Le spécialiste français des terminaux de paiement Halvane a publié ses comptes.", [("Halvane", "COMPANY")]),
    ("L'offre lancée le 12 mai par Morvane Santé, filiale du groupe familial Hexalune, valorisait Cardiel à 1 milliard.",
     [("Morvane Santé", "COMPANY")]),
    # a capitalised name and its model number or code, whatever the noun before it
    ("Les livraisons du lidar Optis 900 sont décalées ; Alcyone dévoile aussi Cardan 1.5, face aux Instinct MI400 "
     "d'AMD, et la Lumio Tab 12 mise sur Android.",
     [("Optis 900", "PRODUCT"), ("Cardan 1.5", "PRODUCT"), ("Instinct MI400", "PRODUCT"), ("Lumio Tab 12", "PRODUCT")]),
    # a known company's name and a model number: its product ("le Xiaomi 15 Ultra"), not a quantity ("Apple 3 %")
    ("Le Jade 7 rivalise avec le Xiaomi 15 Ultra ; Apple 3 % et Nvidia 10 milliards de dollars.",
     [("Xiaomi 15 Ultra", "PRODUCT"), ("Apple", "COMPANY"), ("Nvidia", "COMPANY")]),
    # a word no model knows that starts product names with a model number, said alone as a subject, is their maker
    ("Isokai K7 Pro : prix, fiche technique et date de sortie du nouveau rival du Galaxy S25\n\nIsokai passe la seconde "
     "en France. Le constructeur chinois, encore confidentiel il y a deux ans, a présenté ce mardi à Paris ses Isokai K7 "
     "et K7 Pro, deux smartphones qui visent frontalement le Galaxy S25 de Samsung.",
     [("Isokai", "COMPANY"), ("Isokai K7 Pro", "PRODUCT")]),
    # a company's name and one word, where the body first names it so, is its full name (a title may shorten it);
    # the same name and another word later is a product line
    ("Paiements : Teravia relève ses objectifs après un deuxième trimestre record\n\nTeravia Paiements a publié mercredi "
     "soir un chiffre d’affaires de 412 millions d’euros. Dans le détail, l’activité de paiement en ligne, portée par la "
     "plateforme Teravia Checkout, a progressé de 21 %. Teravia vend le terminal Nomad T5.",
     [("Teravia Paiements", "COMPANY"), ("Teravia Checkout", "PRODUCT")]),
    # …and one word of its own, no number: a product line, not a unit, person or place of the company
    ("La néobanque Virelle propose les formules Virelle Plus à 7,99 euros et Virelle Metal à 16,99 euros, et Virelle "
     "Split, une fonction de paiement fractionné.", [("Virelle Metal", "PRODUCT"), ("Virelle Split", "PRODUCT")]),
    # a trade noun before a name the model reads as a person's; a sector word ending a name the model reads so
    ("Le motoriste toulousain Zéphyr Propulsion a levé 12 millions d'euros lors d'un tour de table mené par Mirabeau "
     "Impact.", [("Zéphyr Propulsion", "COMPANY"), ("Mirabeau Impact", "COMPANY")]),
    ("Bréval Défense livre ses premiers drones. Kestrel Space a levé 5 millions d'euros.",
     [("Bréval Défense", "COMPANY"), ("Kestrel Space", "COMPANY")]),
    ("L'armateur Nordmer et le sous-traitant Lormet ont signé un accord.", [("Nordmer", "COMPANY"), ("Lormet", "COMPANY")]),
    # …but a district with its article stays a place
    ("Son siège est à Paris La Défense, près du quartier de La Défense.", [("La Défense", "LOCATION")]),
    # a stock exchange is where shares trade, no company (ANNOTATION.md: optional at most)
    ("Le titre Kelvane a bondi de 12 % à la Bourse de Paris mardi, et Nvidia a reculé à la Bourse de New York.",
     [("Bourse de Paris", "LOCATION"), ("Bourse de New York", "LOCATION")]),
]
NOT_ENTITIES = [
    ("Les trois jeux coûtent : 30 euros chacun.", "30"),
    # an acronym qualifying a common noun is no company
    ("La version longue reçoit des cellules NMC de Verkor.", "NMC"),
    ("Elle promet 340 km d’autonomie WLTP.", "WLTP"),
    # a measure is no product name
    ("Sa batterie de 6 000 mAh se recharge en 90 W.", "90 W"),
    ("La version 512 Go coûte 1 299 euros.", "512 Go"),
    ("Sur la chaîne CNBC, le patron de Xbox Phil Spencer a assuré que ZeniMax resterait indépendant.",
     "Xbox Phil Spencer"),
    ("Il a nommé l'ancien ministre des Finances, Carlos Leitão.", "des Finances"),
    ("Le ministre des Transports Paul Martin avait anticipé une perte.", "Transports Paul Martin"),
    ("La société de Redmond a publié ses résultats.", "Redmond"),
    ("Gérard Collomb, le ministre de l'Intérieur, s'est exprimé.", "ministre de l'Intérieur"),
    ("Le marché de la tech progresse. Perspectives et enjeux", "Perspectives"),
    ("C’est la somme qu’Amazon prévoit d’investir.", "C’"),
    ("Le conseil d'administration a voté.", "conseil d'administration"),
    ("Le conseil d'administration de Dorvange a voté.", "conseil d'administration de Dorvange"),
    ("L'entreprise affiche 12 milliards de dollars de CA, contre un CA de 10 milliards.", "CA"),
    ("Les Chinois et les Américains s'affrontent sur l'IA.", "Chinois"),
    ("Les Européens et les Français votent.", "Français"),
    ("La start-up a bouclé une série B de 40 millions d'euros.", "B"),
    ("Les aimants tiennent 150 °C sans dysprosium.", "C"),
    ("La filière dépend des machines de lithographie EUV du néerlandais ASML.", "EUV"),
    # "sa suite" of a game is its sequel, no kind of product a name is apposed to
    ("Sa franchise s'est vendue à 3 millions d'exemplaires, et sa suite, Les Veilleurs d’Ombre II, est attendue en "
     "2026.", "Veilleurs"),
    ("Le module fonctionne entre -40°F et 85 °F.", "F"),
    ("L'action a reculé à la Bourse mardi.", "Bourse mardi"),
    ("Twitch 1 - Mixer 0, Microsoft arrête les frais.", "Mixer 0"),
    ("Une photo du salon.\nJOEL SAGET / AFP", "JOEL"),
    ("Une photo du salon.\nJOEL SAGET / AFP", "JOEL SAGET"),
    # laws are no products or companies
    ("L'hébergeur échappe au Cloud Act américain et se prépare à NIS2.", "Cloud Act"),
    ("L'hébergeur échappe au Cloud Act américain et se prépare à NIS2.", "NIS2"),
    ("Le Chips Act européen finance les usines.", "Chips Act européen"),
    ("Vendu 449 euros dans sa version 256 Go, le téléphone affiche 120 Hz.", "Go"),
    ("Vendu 449 euros dans sa version 256 Go, le téléphone affiche 120 Hz.", "Hz"),
    # a place is no short name of a company named after it
    ("France Bleu a diffusé le match. La police en France enquête. France : la grève commence.", "France"),
    ("Le SBF 120 a gagné 1 %, le CAC 40 aussi.", "SBF"),
    ("Brévalis dévisse de 11,8 % à 16,40 EUR.", "EUR"),
    # events are no entities (ANNOTATION.md)
    ("Zentra dégaine quatre smartphones avant le MWC de Barcelone.", "MWC"),
    ("Le sommet Choose France a réuni les investisseurs.", "Choose France"),
    ("Eurazeo participe, aux côtés de Sidobre Ventures, qui avait mené la série A de 11 millions d’euros.",
     "A de 11 millions d’euros"),
    ("Le SBF 120 a gagné 1 %, le CAC 40 aussi.", "SBF 120"),
    # a number after a word that is no name: a rule, a licence, a quantity
    ("Le club de Ligue 1 publie sous licence Apache 2.0 ; Environ 25 salariés partent.", "Apache 2.0"),
    ("Le club de Ligue 1 publie sous licence Apache 2.0 ; Environ 25 salariés partent.", "Environ 25"),
    ("Selon l'article 17, Vercorys 140 millions d'euros et Kerlys 12 salariés.", "Kerlys 12"),
    ("Orvane Ring 2, Watch R1 et Band 5 : prix\n\nLa marque Orvane lance la montre Orvane Watch R1.", "Band 5 : prix"),
    # a known acronym inside a hyphenated one is no mention of it
    ("L'AP-HP a signé un contrat avec la start-up Medisoa, sous HP-UX.", "HP"),
]
# Capitalised ordinary words that are no company: a rubric before a colon, a word of a longer name, a place, a
# word never capitalised mid-sentence
NOT_COMPANIES = [
    ("Paiements : Teravia relève ses objectifs. Teravia Paiements a publié ses résultats.", "Paiements"),
    ("Satellite : Orbelia lève 20 millions d'euros. Orbelia lance Satellite Direct.", "Satellite"),
    ("Lyon investit 20 millions d'euros dans un campus. Le campus ouvrira à Lyon.", "Lyon"),
    ("Tablier lève 18 millions d'euros. Le tablier est blanc.", "Tablier"),
    ("Le titre Kelvane a bondi de 12 % à la Bourse de Paris mardi.", "Bourse de Paris"),
]


@pytest.mark.parametrize("sentence,expected", ENTITIES)
def test_entities_in_context(nlp, sentence, expected):
    from extractor import extract

    found = {(e.name, e.type) for e in extract(sentence).entities}
    assert set(expected) <= found


def test_units_and_products_point_to_their_group_and_maker(nlp):
    from extractor import extract

    record = extract("Citi Ventures investit. L'Amazon Kindle Scribe sort. Google France recrute.")
    by_name = {e.name: e for e in record.entities}
    assert by_name["Citi Ventures"].parent == "citigroup"
    assert by_name["Google France"].parent == "google"
    assert by_name["Amazon Kindle Scribe"].maker == "amazon"


# (sentence, product, its maker): a model number makes a product of an ambiguous word; the company named
# right after a product ("de Zhipu", "conçu par Mistral AI") makes it, known or not.
MAKERS = [
    ("La puce Aster-7, conçue par le taïwanais Helvix, arrive en mai.", "Aster-7", "helvix"),
    ("Moonshot AI a publié le modèle Kimi K2.", "Kimi K2", "moonshot_ai"),
    ("Le modèle GLM-4.5 de Zhipu rivalise avec GPT-4o.", "GLM-4.5", "zhipu_ai"),
    ("La puce Xuanji de BYD équipe la voiture.", "Xuanji", "byd"),
    ("Le Galaxy S25 de Samsung arrive.", "Galaxy S25", "samsung"),
    ("Le robot Orvilo, conçu par Mistral AI, arrive.", "Orvilo", "mistral_ai"),
    ("Le jeu Tarnhold de l'éditeur lyonnais Ardelune s'est bien vendu.", "Tarnhold", "ardelune"),
    ("Le smartphone embarque une puce Kerys X2 de Veltis.", "Kerys X2", "veltis"),
    # a name grown from a company's, always after a product noun, is its product, not a company
    ("Orsane AI propose un abonnement à la plateforme Orsane Studio.", "Orsane Studio", "orsane_ai"),
    ("Halvane publie ses comptes. Les services regroupent la plateforme de gestion de parc Halvane Cloud.",
     "Halvane Cloud", "halvane"),
    ("Morvane Santé revendique 190 millions d'euros de revenus avec sa suite Morvane Clinic.", "Morvane Clinic",
     "morvane_sante"),
    ("Ces modèles seront intégrés à la plateforme 3DEXPERIENCE de Dassault Systèmes.", "3DEXPERIENCE",
     "dassault_systemes"),
    ("Les données transitent par la plateforme Kestra de Valmont Software.", "Kestra", "valmont_software"),
    ("Orvane lance sa bague. Les analyses sont regroupées dans l'offre Orvane+, facturée 4,99 € par mois.", "Orvane+",
     "orvane"),
]


@pytest.mark.parametrize("sentence,product,maker", MAKERS)
def test_makers(nlp, sentence, product, maker):
    from extractor import extract

    assert {e.name: e.maker for e in extract(sentence).entities}.get(product) == maker


@pytest.mark.parametrize("sentence,name", NOT_COMPANIES)
def test_not_companies(nlp, sentence, name):
    from extractor import extract

    assert (name, "COMPANY") not in {(e.name, e.type) for e in extract(sentence).entities}


@pytest.mark.parametrize("sentence,name", NOT_ENTITIES)
def test_not_entities(nlp, sentence, name):
    from extractor import extract

    names = {m.text for e in extract(sentence).entities for m in e.mentions}
    assert name not in names


def test_channels_and_leagues_with_a_number_stay_what_the_model_says(nlp):
    from extractor import extract

    found = {e.name: e.type for e in extract("Selon France 2 et Europe 1, le club de Ligue 1 a été vendu.").entities}
    assert found["France 2"] == found["Europe 1"] == "COMPANY"


def test_a_product_named_with_and_without_its_makers_name_is_one_product(nlp):
    from extractor import extract

    record = extract("La start-up Velmora lance le Velmora Pulse 2. Le Pulse 2 coûte 99 euros.")
    products = [e for e in record.entities if e.type == "PRODUCT"]
    assert [sorted(m.text for m in e.mentions) for e in products] == [["Pulse 2", "Velmora Pulse 2"]]


def test_a_word_the_model_read_as_a_place_is_the_short_name_of_the_company_before_it(nlp):
    from extractor import extract

    record = extract("Alizéa Télécom recrute. Le marché d'Alizéa progresse. Lille grandit. Lille Métropole aussi.")
    by_mention = {m.text: e.name for e in record.entities for m in e.mentions}
    assert by_mention["Alizéa"] == "Alizéa Télécom"
    assert by_mention.get("Lille") != "Lille Métropole"  # a place the model knows stays a place


def test_a_product_the_model_took_for_a_company_joins_the_product_named_with_its_maker(nlp):
    from extractor import extract

    record = extract("Orvane Ring 2, Watch R1 et Band 5 : prix\n\nLa marque Orvane lance la montre Orvane Watch R1.")
    watch = next(e for e in record.entities if any(m.text == "Watch R1" for m in e.mentions))
    assert (watch.type, watch.name) == ("PRODUCT", "Orvane Watch R1")


def test_a_name_the_model_cut_short_where_the_text_repeats_it_is_the_whole_name(nlp):
    from extractor import extract

    record = extract("La levée est menée par Mercure Partners. Kima Ventures remet au pot.\n\nLe marché reste disputé. "
                     "Mercure Partners parie pourtant sur une consolidation.")
    assert {(e.name, e.type, len(e.mentions)) for e in record.entities} >= {("Mercure Partners", "COMPANY", 2)}
    assert "Mercure" not in {m.text for e in record.entities for m in e.mentions}


def test_a_name_never_runs_over_a_line_break(nlp):
    from extractor import extract

    record = extract("Séance agitée pour Ashen Crown 2\n\nLa Bourse de Paris a fini en hausse. Solvane\n\nSolvane recrute.")
    assert not [m.text for e in record.entities for m in e.mentions if "\n" in m.text]


def test_a_one_word_company_joins_the_name_it_has_with_a_company_suffix(nlp):
    from extractor import extract

    record = extract("Nacréon Interactive supprime 120 postes. Chez l'éditeur Nacréon, la grève couve. "
                     "Nacréon Interactive édite aussi Nacréon Kart.")
    companies = {e.id for e in record.entities if any(m.text == "Nacréon" for m in e.mentions)}
    assert companies == {"nacreon_interactive"}
    assert any(r.type == "MAKER" and r.arguments == {"maker": "nacreon_interactive", "product": "nacreon_kart"}
               for r in record.relations)


def test_a_known_body_is_named_again_by_its_head_word(nlp):
    from extractor import extract

    record = extract("La Commission européenne a infligé une amende à Apple. Teresa Ribera, vice-présidente exécutive "
                     "de la Commission, l'a annoncé.")
    bodies = {e.id: [m.text for m in e.mentions] for e in record.entities if e.type == "ORGANIZATION"}
    assert bodies == {"european_commission": ["Commission européenne", "Commission"]}


def test_a_short_name_before_a_company_word_is_the_same_company(nlp):
    from extractor import extract

    record = extract("La start-up Tangram Devices lance une console portable. « Nous visons les joueurs PC », explique Nicolas "
                     "Trémeau, cofondateur et patron de Tangram.")
    companies = [e for e in record.entities if e.type == "COMPANY"]
    assert [(e.name, e.aliases) for e in companies] == [("Tangram Devices", ["Tangram"])]
    assert {(r.title_normalized, r.organization) for e in record.entities for r in e.roles} == {
        ("cofounder", "tangram_devices"), ("CEO", "tangram_devices")}

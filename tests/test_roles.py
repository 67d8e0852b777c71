"""Table tests of `roles.find_roles`, a pure function over text and entity mentions.

Mentions are given as {surface: (id, label)}; every occurrence of a surface in the text is a mention.
"""
import re

import pytest

from extractor.roles import MentionRef, find_roles, topic_of

ENTITIES = {"Andy Jassy": ("andy_jassy", "PERSON"), "Amazon": ("amazon", "COMPANY"),
            "Azéral": ("azeral", "COMPANY"), "Daoulas Optronique": ("daoulas_optronique", "COMPANY"),
            "Erwan Le Goasguen": ("erwan_le_goasguen", "PERSON"), "Tencent": ("tencent", "COMPANY"),
            "Hautecombe": ("hautecombe", "COMPANY"), "Jean-Marc Vérany": ("jean_marc_verany", "PERSON"),
            "Jensen Huang": ("jensen_huang", "PERSON"), "Nvidia": ("nvidia", "COMPANY"),
            "Claire Vidal": ("claire_vidal", "PERSON"), "Julien Berger": ("julien_berger", "PERSON"),
            "Veltis": ("veltis", "COMPANY"), "Karim Benali": ("karim_benali", "PERSON"),
            "Clara Chappaz": ("clara_chappaz", "PERSON"), "Bercy": ("bercy", "ORGANIZATION"),
            "Sorbonne": ("sorbonne", "ORGANIZATION"), "Xbox": ("xbox", "PRODUCT"), "iPhone": ("iphone", "PRODUCT"),
            "Apple": ("apple", "COMPANY"), "Eurazeo": ("eurazeo", "COMPANY"),
            "Atelier Sorbier": ("atelier_sorbier", "COMPANY"), "Lucile Kervarec": ("lucile_kervarec", "PERSON"),
            "Ombelle AI": ("ombelle_ai", "COMPANY"), "Google DeepMind": ("google_deepmind", "COMPANY"),
            "Mercure Partners": ("mercure_partners", "COMPANY"), "Broadcom": ("broadcom", "COMPANY"),
            "Hock Tan": ("hock_tan", "PERSON"), "ministère des Armées": ("ministere_armees", "ORGANIZATION"),
            "Sébastien Lecornu": ("sebastien_lecornu", "PERSON"), "Ekalia": ("ekalia", "COMPANY"),
            "Yanis Guerfi": ("yanis_guerfi", "PERSON")}

ROLES = [
    # the company a description opening the sentence stands for, named in the sentence before
    ("Broadcom a fait une offre. Le groupe dirigé par Hock Tan a proposé 60 milliards de dollars.",
     [("hock_tan", "CEO", "broadcom")]),
    # a ministry is run by its minister
    ("Le ministère des Armées, dirigé par Sébastien Lecornu, a commandé des drones.",
     [("sebastien_lecornu", "minister", "ministere_armees")]),
    # a company founded with someone, named as the object: "il" / "elle" is the person named before
    ("Claire Vidal dirige Veltis. Auparavant, elle a cofondé Ekalia avec Yanis Guerfi en 2016.",
     [("claire_vidal", "cofounder", "ekalia"), ("yanis_guerfi", "cofounder", "ekalia"), ("claire_vidal", "head", "veltis")]),
    ("Andy Jassy, le PDG d'Amazon, a parlé.", [("andy_jassy", "CEO", "amazon")]),
    ("Le PDG d'Amazon, Andy Jassy, a parlé.", [("andy_jassy", "CEO", "amazon")]),
    ("Amazon avance. Son patron Andy Jassy a parlé.", [("andy_jassy", "CEO", "amazon")]),
    # a title after "un" is a role when it is a hire, not any "un analyste, X"
    ("Veltis grandit. Veltis a recruté en octobre un directeur financier, Karim Benali, un ancien d'Apple.",
     [("karim_benali", "CFO", "veltis")]),
    ("Veltis grandit. Selon un directeur financier, Karim Benali, le marché recule.", []),
    # a quotation over two sentences names no employer (not Nvidia); the subject of the sentence before it does,
    # even at the end of the paragraph before (dev: "Amazon émerge… ¶ « … », s'est enorgueilli son patron Jeff Bezos")
    ('Veltis recrute. Apple aussi.\n"Nous ne serons pas un de plus face à Nvidia. Nous serons européens", martèle '
     "sa PDG, Claire Vidal.", [("claire_vidal", "CEO", "apple")]),
    # an organisation we do not know, after a title with a tail, is no link to the article's company
    ("Veltis recrute. Karim Benali, directeur commercial de Solvane, le confirme.", [("karim_benali", "director", None)]),
    # "du fonds" is the company introduced as a fund, not the article's company
    ("Veltis recrute. Veltis a rejeté l'offre du fonds Eurazeo. Claire Vidal, associée du fonds, insiste.",
     [("claire_vidal", "other", "eurazeo")]),
    # a body run by someone: "dirigée par" is its chief executive, "présidée par" its president
    ("Veltis, dirigée par Claire Vidal, recrute.", [("claire_vidal", "CEO", "veltis")]),
    ("Le dossier revient à la Sorbonne, présidée par Julien Berger.", [("julien_berger", "president", "sorbonne")]),
    ("Pour Veltis, que dirige Claire Vidal, le choix est stratégique.", [("claire_vidal", "CEO", "veltis")]),
    # a body described, then who runs it: the body named last
    ("La Sorbonne a tranché. L'institution, présidée par Julien Berger, confirme.",
     [("julien_berger", "president", "sorbonne")]),
    # in the apposition after a founder, the post now held: at the company founded
    ("Fondée en 2019 par Claire Vidal et Karim Benali, ancien ingénieur d'Apple aujourd'hui directeur technique, "
     "Veltis recrute.", [("claire_vidal", "cofounder", "veltis"), ("karim_benali", "cofounder", "veltis"),
                         ("karim_benali", "CTO", "veltis")]),
    # an apposition with a possessive between founders; "son" in the opening clause is the company named after it
    ("Fondée en 2021 par Claire Vidal, sa présidente, et Karim Benali, un ingénieur passé par Apple, Veltis recrute.",
     [("claire_vidal", "cofounder", "veltis"), ("karim_benali", "cofounder", "veltis"),
      ("claire_vidal", "president", "veltis")]),
    # an office "chargée de" after a public body of the paragraph is that body's; the company's otherwise
    ("Amazon recrute. Bercy a ouvert une enquête sur Amazon. Clara Chappaz, vice-présidente chargée du numérique, "
     "a parlé.", [("clara_chappaz", "vice-president", "bercy")]),
    ("Amazon recrute. Clara Chappaz, vice-présidente chargée du cloud, a parlé.",
     [("clara_chappaz", "vice-president", "amazon")]),
    # a company founded "with" someone, described: the article's, not a source named before; a cofounder only
    ("Veltis change de tête. Veltis recrute. Dans un message consulté par Eurazeo, Claire Vidal, qui avait fondé "
     "l'entreprise en 2018 avec Julien Berger, s'en va.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    # founders of an opening clause, then the company described: the one named before in the paragraph
    ("Amazon recrute.\n\nEn face, Veltis accélère. Fondée en 2020 par Claire Vidal, la start-up a doublé son revenu.",
     [("claire_vidal", "founder", "veltis")]),
    # …after a relative clause too, and a PME is a company noun
    ("Azéral rachète Daoulas Optronique. Fondée en 2004 par Erwan Le Goasguen, qui restera à sa tête, la PME emploie "
     "210 salariés.", [("erwan_le_goasguen", "founder", "daoulas_optronique")]),
    # "qui a créé le studio": the company introduced as a studio, not the article's
    ("Tencent rachète le studio lyonnais Hautecombe. Tencent paiera 612 millions d'euros. Jean-Marc Vérany, qui a "
     "créé le studio en 1998, apporte ses titres.", [("jean_marc_verany", "founder", "hautecombe")]),
    # …"avec" someone described first ("avec l'ancien trader X")
    ("Veltis paie. Karim Benali, le PDG, qui a fondé Veltis en 2012 avec l'ancien trader Julien Berger, a parlé.",
     [("karim_benali", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis"), ("karim_benali", "CEO", "veltis")]),
    # the founder of two companies
    ("Claire Vidal, fondatrice de Veltis et d'Eurazeo, investit.",
     [("claire_vidal", "founder", "veltis"), ("claire_vidal", "founder", "eurazeo")]),
    ("Karim Benali, président de Veltis, s'en va. Il sera remplacé le 15 avril par Julien Berger.",
     [("karim_benali", "president", "veltis"), ("julien_berger", "president", "veltis")]),
    # a firm in apposition with no title: where one works
    ("« Les ventes sont solides », estime Karim Benali, d'Eurazeo.", [("karim_benali", "other", "eurazeo")]),
    # "le groupe dirigé par X": the company named before it in the sentence
    ("Amazon recrute. L'offre rejoint celles de Veltis, en vertu d'un accord signé avec le groupe dirigé par Claire "
     "Vidal.", [("claire_vidal", "CEO", "veltis")]),
    ("Veltis a vendu sa filiale. Karim Benali conserve son poste de directeur financier.",
     [("karim_benali", "CFO", "veltis")]),
    # whose "son" / "sa" is: never a name inside the quote; the company "le groupe" stands for in the sentence
    # before, not the one named last
    ("Veltis recrute. « Nous ne battrons pas Nvidia », estime sa directrice générale, Claire Vidal.",
     [("claire_vidal", "CEO", "veltis")]),
    ("Veltis recrute. Nvidia vend des puces. Le groupe prévoit une hausse. « C'est net », a expliqué son "
     "directeur financier, Karim Benali.", [("karim_benali", "CFO", "veltis")]),
    ("Amazon avance. Andy Jassy, son PDG, a parlé.", [("andy_jassy", "CEO", "amazon")]),
    ("Le marché reste dominé par Nvidia, dont le directeur général Jensen Huang a parlé.",
     [("jensen_huang", "CEO", "nvidia")]),
    ("Claire Vidal, cofondatrice et directrice technique de Veltis, a parlé.",
     [("claire_vidal", "cofounder", "veltis"), ("claire_vidal", "CTO", "veltis")]),
    ("Veltis recrute. Claire Vidal, directrice technique de la société, a parlé.",
     [("claire_vidal", "CTO", "veltis")]),
    ("Fondée en 2021 par Claire Vidal et Julien Berger, Veltis recrute.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    # the founders' apposition between them and the company: still the company after it, not the article's
    ("Amazon recrute. Amazon investit. Fondée en 2021 par Claire Vidal et Julien Berger, deux anciens de "
     "l'Inria, Veltis lève 5 M€.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    ("Veltis a nommé Karim Benali directeur financier.", [("karim_benali", "CFO", "veltis")]),
    # appointments stated after the person
    ("Claire Vidal a été nommée directrice générale de Veltis.", [("claire_vidal", "CEO", "veltis")]),
    ("Julien Berger devient président de Nvidia.", [("julien_berger", "president", "nvidia")]),
    ("Karim Benali est promu directeur financier d'Amazon.", [("karim_benali", "CFO", "amazon")]),
    # founders named after their company
    ("La jeune pousse Veltis, fondée par Claire Vidal et Julien Berger, recrute.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    ("Veltis recrute. Julien Berger, directeur technique, indique que Veltis grandit.",
     [("julien_berger", "CTO", "veltis")]),
    ("Andy Jassy a parlé d'Amazon.", []),
    # a minister serves a government body, never the article's company
    ("Veltis lève 10 M€. Clara Chappaz, secrétaire d'État, a salué Veltis.", [("clara_chappaz", "minister", None)]),
    ("Veltis lève 10 M€. Clara Chappaz, ministre de Bercy, a salué Veltis.", [("clara_chappaz", "minister", "bercy")]),
    # a copula, "en sa qualité de", a title before the name and its body after it, words between title and body
    ("Andy Jassy est aussi le PDG d'Amazon.", [("andy_jassy", "CEO", "amazon")]),
    ("Une lettre envoyée par Andy Jassy en sa qualité de PDG d'Amazon.", [("andy_jassy", "CEO", "amazon")]),
    ("Amazon recule, note l'analyste Julien Berger, de Veltis.", [("julien_berger", "other", "veltis")]),
    ("Claire Vidal, directrice commerciale pour la France de Veltis, a parlé.", [("claire_vidal", "director", "veltis")]),
    ("Julien Berger, analyste spécialisé en semi-conducteurs chez Veltis, a parlé.",
     [("julien_berger", "other", "veltis")]),
    ("Claire Vidal, professeure à la Sorbonne, a parlé.", [("claire_vidal", "other", "sorbonne")]),
    ("Bercy a tranché. Sa présidente Claire Vidal a parlé.", [("claire_vidal", "president", "bercy")]),
    # "son PDG" belongs to the subject of the sentence before, not to the article's company
    ("Veltis domine. Amazon a publié ses comptes. Andy Jassy, son PDG, a parlé. Veltis aussi.",
     [("andy_jassy", "CEO", "amazon")]),
    # a role said of a pronoun: the article's main person, else the person named last; never without a body
    ("Andy Jassy parle. Andy Jassy a cédé la main à Julien Berger. En tant que PDG d'Amazon, il a touché 8 M$.",
     [("andy_jassy", "CEO", "amazon")]),
    ("Julien Berger arrive. Il est aussi le PDG de Veltis.", [("julien_berger", "CEO", "veltis")]),
    ("Julien Berger arrive. En tant que PDG, il décide.", []),
    # a brand or unit someone runs, unless its company is named right after it
    ("Julien Berger, le patron de Xbox, a parlé.", [("julien_berger", "CEO", "xbox")]),
    ("Le patron de Xbox Julien Berger a parlé.", [("julien_berger", "CEO", "xbox")]),
    ("Julien Berger, directeur de l'iPhone chez Apple, a parlé.", [("julien_berger", "director", "apple")]),
    # "autre", "l'un des" before a title; a verb whose object describes the company named before
    ("Claire Vidal, autre cofondatrice de Veltis, a parlé.", [("claire_vidal", "cofounder", "veltis")]),
    ("Claire Vidal, l'une des cofondatrices de Veltis, a parlé.", [("claire_vidal", "cofounder", "veltis")]),
    ("Veltis va mal. Julien Berger, qui dirige l'entreprise depuis 2019, est parti.", [("julien_berger", "head", "veltis")]),
    # a plural title after a list is each one's; "pour" a body
    ("Claire Vidal et Julien Berger, analystes pour Veltis, le disent.",
     [("julien_berger", "other", "veltis"), ("claire_vidal", "other", "veltis")]),
    ("Claire Vidal et Julien Berger, le PDG de Veltis, le disent.", [("julien_berger", "CEO", "veltis")]),
    # plural possessives
    ("Veltis grandit. Ses cofondateurs, Claire Vidal et Julien Berger, visent l'Europe.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    # an age between the name and its role; a verb that says who runs a body
    ("Claire Vidal, 49 ans, deviendra PDG de Veltis.", [("claire_vidal", "CEO", "veltis")]),
    ("Julien Berger, qui dirigeait Veltis, a parlé.", [("julien_berger", "head", "veltis")]),
    ("Julien Berger préside aussi le conseil d'administration du groupe Nvidia.", [("julien_berger", "chair", "nvidia")]),
    ("Julien Berger dirige une enquête sur Nvidia.", []),
    ("Julien Berger, associé-fondateur de Veltis, a parlé.", [("julien_berger", "cofounder", "veltis")]),
    # every body of a coordination
    ("Andy Jassy, le patron d'Amazon et Nvidia, a parlé.", [("andy_jassy", "CEO", "amazon"), ("andy_jassy", "CEO", "nvidia")]),
    ("Andy Jassy, le PDG d'Amazon, et Jensen Huang ont parlé.", [("andy_jassy", "CEO", "amazon")]),
    # a title's own words before "du studio"; "le studio" of the sentence before a quotation, the one introduced so;
    # "Chez X, …" frames the sentence before a quotation
    ("Apple vend. Le studio nantais Atelier Sorbier sort un jeu. Apple aussi. « On joue », explique Lucile Kervarec, "
     "directrice créative du studio.", [("lucile_kervarec", "director", "atelier_sorbier")]),
    ("Apple vend. Le studio nantais Atelier Sorbier sort un jeu. Le studio a signé avec Apple. « Merci. Vraiment », "
     "reconnaît Lucile Kervarec, sa directrice générale.", [("lucile_kervarec", "CEO", "atelier_sorbier")]),
    ("L'action Apple bondit. Chez Veltis, on ne ferme pas la porte. « Notre offre est juste. Nous ne surenchérirons "
     "pas », a réagi son président, Karim Benali.", [("karim_benali", "president", "veltis")]),
    # where the person comes from, said aside, before the appointment
    ("Veltis recrute. Claire Vidal, passée par Apple, devient directrice financière.",
     [("claire_vidal", "CFO", "veltis")]),
    # founders: "cofondé … avec", a list with an apposition, a company in apposition before "fondée par"
    ("Apple vend. « On joue », dit Andy Jassy, PDG de Veltis, qui a cofondé l'entreprise en 2017 avec Claire Vidal, "
     "aujourd'hui directrice technique.", [("andy_jassy", "cofounder", "veltis"), ("claire_vidal", "cofounder", "veltis"),
                                          ("andy_jassy", "CEO", "veltis"), ("claire_vidal", "CTO", "veltis")]),
    ("Apple vend. Claire Vidal dirige Veltis, qu'elle a créée en 2020 avec Julien Berger, son directeur technique.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis"),
      ("claire_vidal", "head", "veltis"), ("julien_berger", "CTO", "veltis")]),
    ("Apple vend. Ombelle AI, start-up parisienne fondée en 2023 par Claire Vidal, ancienne chercheuse chez Google "
     "DeepMind, et Julien Berger, a dévoilé un modèle.",
     [("claire_vidal", "cofounder", "ombelle_ai"), ("julien_berger", "cofounder", "ombelle_ai"),
      ("claire_vidal", "other", "google_deepmind")]),
    # a cook is no head of the article's company
    ("Amazon fête ses 30 ans. Le dîner était préparé par le chef Julien Berger.", []),
    # a board seat taken: of the company named after the board, else of the one "son" stands for, else of the
    # article's, never of the fund the apposition names
    ("Veltis lève 20 millions. « C'est une chance », estime Claire Vidal, associée chez Eurazeo, qui rejoint le "
     "conseil d'administration.", [("claire_vidal", "other", "eurazeo"), ("claire_vidal", "director", "veltis")]),
    ("Apple vend. Karim Benali, associé d'Eurazeo, entre au conseil de surveillance de Veltis.",
     [("karim_benali", "other", "eurazeo"), ("karim_benali", "director", "veltis")]),
    ("Veltis recrute Julien Berger, l'ancien PDG d'Apple, qui rejoint son conseil d'administration.",
     [("julien_berger", "CEO", "apple"), ("julien_berger", "director", "veltis")]),
    ("Eurazeo investit. Claire Vidal, associée chez Eurazeo, qui rejoint le conseil d'administration, se tait.",
     [("claire_vidal", "other", "eurazeo")]),
    # promoted: the apposition names no company, so the new post is at the article's
    ("Veltis recrute. Claire Vidal, jusqu'ici vice-présidente chargée de l'ingénierie, devient directrice technique.",
     [("claire_vidal", "vice-president", "veltis"), ("claire_vidal", "CTO", "veltis")]),
    # a trade between "fondée par" and the founder; "cofondée et dirigée par": a cofounder who runs it
    ("Apple vend. Veltis, fondée par l'entrepreneur Claire Vidal, grandit.", [("claire_vidal", "founder", "veltis")]),
    ("Apple vend. Veltis, cofondée et dirigée par Claire Vidal, grandit.",
     [("claire_vidal", "cofounder", "veltis"), ("claire_vidal", "CEO", "veltis")]),
    # "a succédé à": the one succeeded held the post said before
    ("Veltis recrute. Claire Vidal, sa directrice générale, se défend. Elle a succédé à Karim Benali, parti.",
     [("claire_vidal", "CEO", "veltis"), ("karim_benali", "CEO", "veltis")]),
    # "sa directrice" in a paragraph whose subject is described ("la start-up"), a company named after "par la
    # fintech" being no subject
    ("Ombelle AI lève 20 millions. Ombelle AI recrute.\n\nFondée en 2022 par Claire Vidal, passée par la fintech "
     "Veltis, la start-up a fait le pari de l'IA. Son modèle est petit. « Oui », résume Karim Benali, sa directrice "
     "générale.", [("claire_vidal", "founder", "ombelle_ai"), ("karim_benali", "CEO", "ombelle_ai")]),
    # "associée du fonds": the company last named like a fund
    ("Veltis lève 20 millions auprès de Mercure Partners. Claire Vidal, associée du fonds, se réjouit.",
     [("claire_vidal", "other", "mercure_partners")]),
]


def _mentions(text):
    return [MentionRef(entity_id, label, m.start(), m.end())
            for surface, (entity_id, label) in ENTITIES.items() for m in re.finditer(re.escape(surface), text)]


@pytest.mark.parametrize("text,expected", ROLES)
def test_find_roles(text, expected):
    found = [(r.person, r.title_normalized, r.organization) for r in find_roles(text, _mentions(text))]
    assert found == expected


def test_main_company_is_the_most_mentioned_the_first_named_counting_one_more():
    assert topic_of(_mentions("Amazon, Nvidia, Nvidia et Nvidia.")) == "nvidia"
    assert topic_of(_mentions("Amazon, Nvidia et Nvidia.")) == "amazon"  # the title's company, on a tie
    assert topic_of(_mentions("Amazon et Nvidia.")) == "amazon"


# (text, [(person, title_normalized, organization, former)]): past roles and "à la tête de"
FORMER_AND_HEAD = [
    # a post left ("abandonne la présidence du conseil") is a former one, and the one who replaces him takes it
    ("Veltis se réorganise. Karim Benali, 77 ans, qui avait fondé Veltis en 1987, abandonne la présidence du conseil "
     "d'administration. Il sera remplacé le 15 avril par Julien Berger.",
     [("karim_benali", "founder", "veltis", False), ("karim_benali", "chair", "veltis", True),
      ("julien_berger", "chair", "veltis", False)]),
    ("L'ancien PDG d'Amazon, Andy Jassy, a parlé.", [("andy_jassy", "CEO", "amazon", True)]),
    ("Andy Jassy, ex-PDG d'Amazon, a parlé.", [("andy_jassy", "CEO", "amazon", True)]),
    ("Claire Vidal, qui a fondé Veltis en 2010, prend sa retraite.", [("claire_vidal", "founder", "veltis", False)]),
    # an interim of the chief executive's post; a successor takes the top post stated last before him
    ("Veltis change de tête. La directrice financière, Claire Vidal, assurera l'intérim de la direction générale.",
     [("claire_vidal", "CEO", "veltis", False), ("claire_vidal", "CFO", "veltis", False)]),
    ("Veltis annonce le départ de son directeur général, Julien Berger. La directrice financière, Claire Vidal, "
     "assurera l'intérim jusqu'à l'arrivée de son successeur, Karim Benali.",
     [("julien_berger", "CEO", "veltis", False), ("claire_vidal", "CFO", "veltis", False),
      ("karim_benali", "CEO", "veltis", False)]),
    ("Veltis recrute. Veltis embauche Karim Benali, jusqu'ici directeur financier d'Apple, qui a pris le 4 mai ses "
     "fonctions de directeur financier.", [("karim_benali", "CFO", "apple", True), ("karim_benali", "CFO", "veltis", False)]),
    # "jusqu'ici" says a past post; the appointment after it is the new one
    ("Claire Vidal, jusqu'ici directrice financière d'Amazon, nommée directrice générale de Veltis, arrive.",
     [("claire_vidal", "CFO", "amazon", True), ("claire_vidal", "CEO", "veltis", False)]),
    ("Andy Jassy, le PDG d'Amazon, a parlé.", [("andy_jassy", "CEO", "amazon", False)]),
    ("Claire Vidal, à la tête de Veltis depuis 2019, a parlé.", [("claire_vidal", "head", "veltis", False)]),
    ("Claire Vidal succède à Julien Berger à la tête de Veltis.",
     [("claire_vidal", "head", "veltis", False), ("julien_berger", "head", "veltis", True)]),
    ("Claire Vidal remplace Julien Berger à la tête de Veltis.",
     [("claire_vidal", "head", "veltis", False), ("julien_berger", "head", "veltis", True)]),
    ("Claire Vidal succède à Julien Berger comme PDG de Veltis.",
     [("claire_vidal", "CEO", "veltis", False), ("julien_berger", "CEO", "veltis", True)]),
    # an appointment with its day; the one replaced held the post said just before; the chair kept
    ("Le conseil de Veltis a nommé mercredi Claire Vidal directrice générale. Elle succède à Julien Berger, "
     "66 ans, qui conserve la présidence du conseil d'administration.",
     [("claire_vidal", "CEO", "veltis", False), ("julien_berger", "CEO", "veltis", True),
      ("julien_berger", "chair", "veltis", False)]),
    ("Veltis a recruté Karim Benali comme directeur financier, en remplacement de Julien Berger.",
     [("karim_benali", "CFO", "veltis", False), ("julien_berger", "CFO", "veltis", True)]),
    # founders after a description of them; "son" after a sentence opened by a pronoun is the company's
    ("Veltis, fondée l'an dernier par deux anciens chercheurs d'Apple, Claire Vidal et Julien Berger, recrute.",
     [("claire_vidal", "cofounder", "veltis", False), ("julien_berger", "cofounder", "veltis", False),
      ("claire_vidal", "other", "apple", True), ("julien_berger", "other", "apple", True)]),
    # founders after the list, and the company a description before "fondée par" stands for (the one named last)
    ("Amazon lance sa bague. Une offensive qui n'effraie pas Veltis. La start-up rennaise, fondée en 2022 par Claire "
     "Vidal et Julien Berger, deux anciens ingénieurs d'Apple, lance sa gamme.",
     [("claire_vidal", "cofounder", "veltis", False), ("julien_berger", "cofounder", "veltis", False),
      ("claire_vidal", "other", "apple", True), ("julien_berger", "other", "apple", True)]),
    # "de la marque": the company introduced as a brand, not the article's
    ("Amazon lance sa bague. Amazon vend. Face à Amazon, la jeune marque Veltis résiste. « Nous visons le salon », "
     "résume Claire Vidal, directrice technique de la marque.", [("claire_vidal", "CTO", "veltis", False)]),
    ("Veltis grandit. Elle a levé 5 millions auprès d'Eurazeo. Son directeur technique, Karim Benali, recrute.",
     [("karim_benali", "CTO", "veltis", False)]),
    # the post taken ("prendra la direction générale de"), the chair a founder becomes, an arrival in a post
    ("Veltis change de tête. Claire Vidal, jusqu'ici directrice financière d'Apple, prendra la direction générale "
     "de la start-up le 1er décembre. Elle succède à Julien Berger, qui a fondé Veltis en 2019 et devient président "
     "du conseil d'administration.",
     [("claire_vidal", "CFO", "apple", True), ("julien_berger", "founder", "veltis", False),
      ("claire_vidal", "CEO", "veltis", False), ("julien_berger", "CEO", "veltis", True),
      ("julien_berger", "chair", "veltis", False)]),
    ("Veltis licencie. Le groupe a annoncé l'arrivée de Claire Vidal au poste de directrice financière, en "
     "remplacement de Julien Berger, parti chez Apple en décembre.",
     [("claire_vidal", "CFO", "veltis", False), ("julien_berger", "CFO", "veltis", True)]),
    # the post held at a body named before ", où elle a dirigé", ", où il était …"
    ("Claire Vidal a passé six ans chez Apple, où elle a dirigé les ventes.", [("claire_vidal", "head", "apple", True)]),
    ("Passé par Amazon, où il était directeur financier, Karim Benali rejoint Veltis.",
     [("karim_benali", "CFO", "amazon", True)]),
    ("Veltis a recruté Claire Vidal. Passée par Apple, où elle dirigeait les ventes, elle prendra ses fonctions en mai.",
     [("claire_vidal", "head", "apple", True)]),
    # a later mention of the body lists no other
    ("L'offre a été saluée par le conseil de Veltis et par son fondateur et PDG, Julien Berger, qui détient 22 % du "
     "capital. Dans le sillage de Veltis, Apple a pris 6 %.",
     [("julien_berger", "founder", "veltis", False), ("julien_berger", "CEO", "veltis", False)]),
]


@pytest.mark.parametrize("text,expected", FORMER_AND_HEAD)
def test_former_roles_and_heads(text, expected):
    found = [(r.person, r.title_normalized, r.organization, r.former) for r in find_roles(text, _mentions(text))]
    assert found == expected


# a plural title shared by a list of people; a description of the company after the title
SHARED_AND_DESCRIBED = [
    ("Les cofondateurs de Veltis, Claire Vidal et Julien Berger, ont parlé.",
     [("claire_vidal", "cofounder", "veltis"), ("julien_berger", "cofounder", "veltis")]),
    ("Amazon va mal. Le président du géant américain, Andy Jassy, a parlé.", [("andy_jassy", "president", "amazon")]),
    ("Andy Jassy, cofondateur du fonds d'investissement américain Veltis, a parlé.",
     [("andy_jassy", "cofounder", "veltis")]),
]


@pytest.mark.parametrize("text,expected", SHARED_AND_DESCRIBED)
def test_shared_titles_and_described_companies(text, expected):
    assert [(r.person, r.title_normalized, r.organization) for r in find_roles(text, _mentions(text))] == expected


def test_a_post_only_implied_is_an_employment_not_a_stated_role(nlp):
    from extractor import extract

    record = extract("La start-up Veltis change de tête. Son conseil a nommé mercredi Claire Vidal directrice générale. "
                     "Elle succède à Julien Berger, 66 ans, qui conserve la présidence du conseil d'administration.")
    roles = {e.id: [(r.title_normalized, r.former) for r in e.roles] for e in record.entities if e.type == "PERSON"}
    assert roles == {"claire_vidal": [("CEO", False)], "julien_berger": [("chair", False)]}
    employments = {(r.arguments["person"], r.attributes["title_normalized"], r.attributes.get("former"))
                   for r in record.relations if r.type == "EMPLOYMENT"}
    assert ("julien_berger", "CEO", "true") in employments

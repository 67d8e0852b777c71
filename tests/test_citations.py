"""Mentions that only cite a source (pure). A new case goes in CITATIONS or NOT_CITATIONS: the text and the
mention, which must occur once in it."""
import pytest

from extractor.normalize.citations import is_citation

CITATIONS = [
    ("Spotify rachète Anchor, selon le Wall Street Journal.", "Wall Street Journal"),
    ("D'après Bloomberg, l'offre dépasse 10 milliards.", "Bloomberg"),
    ("L'accord, révélé par Les Echos, sera signé lundi.", "Les Echos"),
    ("Le projet est abandonné, a indiqué un porte-parole à l'AFP.", "AFP"),
    ("« Nous restons confiants », a-t-il déclaré au Figaro.", "Figaro"),
    ("« C'est fini », a confié le dirigeant à Reuters.", "Reuters"),
    ("PARIS (AFP) - Orange lève 2 milliards d'euros.", "AFP"),
    ("Une photo de l'usine.\nJOEL SAGET / AFP", "AFP"),
    ("Le texte de l'article.\n\nReuters\n", "Reuters"),
    ("La demande explose, a-t-il ajouté. (Reuters)", "Reuters"),
    ("Le rachat serait imminent, selon des sources proches de Bloomberg.", "Bloomberg"),
    ("Le dîner a coûté 11 000 euros, rapporte franceinfo.", "franceinfo"),
    ("L'offre est rejetée, écrit le Wall Street Journal.", "Wall Street Journal"),
]

NOT_CITATIONS = [
    ("Spotify rachète Anchor, selon le Wall Street Journal.", "Spotify"),
    ("Il devance Llama 3.1, le modèle open source de Meta.", "Meta"),
    ("Le code source de Microsoft a fuité.", "Microsoft"),
    ("Bloomberg a racheté la start-up.", "Bloomberg"),
    ("Le rapport qu'écrit Deloitte chaque année paraît.", "Deloitte"),
    ("Le groupe Les Echos a été vendu à LVMH.", "LVMH"),
    ("Orange (ex-France Télécom) annonce ses résultats.", "Orange"),
    ("Le site, exploité par ESMC (European Semiconductor Manufacturing Company), ouvrira en 2027.",
     "European Semiconductor Manufacturing Company"),
    ("Microsoft a indiqué vouloir racheter Activision.", "Activision"),
]


@pytest.mark.parametrize("text,mention", CITATIONS)
def test_is_citation(text, mention):
    start = text.index(mention)
    assert is_citation(text, start, start + len(mention))


@pytest.mark.parametrize("text,mention", NOT_CITATIONS)
def test_is_not_citation(text, mention):
    start = text.index(mention)
    assert not is_citation(text, start, start + len(mention))

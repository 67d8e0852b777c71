"""The cue patterns with their first word test read from a lexeme flag find what the plain patterns find."""
import pytest
import spacy
from spacy.matcher import Matcher

from extractor.components._flags import with_first_word_flag
from extractor.resources import cue_patterns

SENTENCES = [
    "Le titre Kelvora a bondi après le lancement de Kelvora Pulse.",
    "Le rachat de l'américain Halvorn par Nextalys, la banque Ostrale et le PDG de Veltis.",
    "Mistral AI, la start-up française, publie Codestral, un modèle de code, sur son compte LinkedIn.",
    "Un accord de partenariat avec la société Quorelia, un contrat de 5 ans auprès de la SNCF.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_flagged_patterns_match_like_the_plain_ones(sentence):
    nlp = spacy.blank("fr")
    plain, flagged = Matcher(nlp.vocab), Matcher(nlp.vocab, validate=False)
    for file in ("cues_before", "cues_after"):
        for row in cue_patterns(file):
            if not any("POS" in token for token in row["pattern"]):
                plain.add(row["id"], [row["pattern"]], greedy="LONGEST")
                flagged.add(row["id"], [with_first_word_flag(nlp.vocab, row["pattern"])], greedy="LONGEST")
    doc = nlp(sentence)
    expected = sorted(plain(doc))
    assert expected and sorted(flagged(doc)) == expected


def test_one_flag_per_test_and_vocab():
    nlp = spacy.blank("fr")
    pattern = [{"LOWER": {"IN": ["banque", "fonds"]}}, {"IS_TITLE": True}]
    first, second = with_first_word_flag(nlp.vocab, pattern), with_first_word_flag(nlp.vocab, list(pattern))
    assert first == second and "LOWER" not in first[0] and first[1] == {"IS_TITLE": True}

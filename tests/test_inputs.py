"""Reading inputs, without the model: headlines as titles, which files a folder walk reads.

A new headline case goes in HEADLINES (the text, the title expected or None)."""
import pytest

from extractor.inputs import headline_of, iter_article_paths

HEADLINES = [
    ("Mistral AI lève 600 M€\n\nLa start-up a annoncé mardi une levée.", "Mistral AI lève 600 M€"),
    ("Pourquoi Nvidia vaut-il 3 000 milliards ?\nLe fabricant de puces...", "Pourquoi Nvidia vaut-il 3 000 milliards ?"),
    ("\n\n  Titre après des lignes vides  \n\nCorps.", "Titre après des lignes vides"),
    ("Date: 2025-02-07\nAmazon accélère\n\nCorps.", "Amazon accélère"),
    ("# Un titre Markdown\n\nCorps.", "Un titre Markdown"),
    ("Dates clés du salon VivaTech\n\nCorps.", "Dates clés du salon VivaTech"),
    # not headlines
    ("La start-up a annoncé une levée.\nElle recrute.", None),
    ("Un texte d'une seule ligne", None),
    ("Selon le communiqué :\nAmazon investit.", None),
    ("x" * 201 + "\nCorps.", None),
]


@pytest.mark.parametrize("text,title", HEADLINES)
def test_headline_of(text, title):
    assert headline_of(text) == title


FOLDER = ["a.txt", "b.html", "feed.jsonl", "notes.pdf", "README.md", "SOURCES.md", "LICENSE.txt", ".hidden.txt",
          "drafts/c.txt", "drafts/README.txt"]
WALKS = [
    ({}, ["a.txt", "b.html", "drafts/c.txt", "feed.jsonl"]),
    ({"include": ["*.txt"]}, ["a.txt", "drafts/c.txt"]),
    ({"include": ["drafts/*"]}, ["drafts/c.txt"]),
    ({"exclude": ["drafts/*"]}, ["a.txt", "b.html", "feed.jsonl"]),
    ({"exclude": ["*.jsonl", "b.*"]}, ["a.txt", "drafts/c.txt"]),
]


@pytest.mark.parametrize("options,expected", WALKS)
def test_iter_article_paths_in_a_folder(tmp_path, options, expected):
    for name in FOLDER:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_article_paths([tmp_path], **options)]
    assert sorted(found) == expected


def test_iter_article_paths_reads_a_file_named_explicitly(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("x", encoding="utf-8")
    assert list(iter_article_paths([readme], exclude=["*.md"])) == [readme]

"""Batch runs: every input kind and encoding, output formats, long texts, interruption and --resume."""
import csv
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from paths import FIXTURES

pytestmark = pytest.mark.model

SENTENCE = "Le 3 février 2025, Amazon a annoncé investir 26,3 milliards de dollars, soit 40 % de plus."
HTML = """<!DOCTYPE html><html lang="fr"><head><title>Amazon accélère</title>
<meta property="article:published_time" content="2025-02-07T08:00:00+01:00"></head>
<body><nav><a href="/">Accueil</a> | <a href="/tech">Tech</a></nav>
<article><h1>Amazon accélère ses investissements</h1>
<p>Amazon prévoit d'investir 26,3 milliards de dollars chaque trimestre en 2025, affirme Andy Jassy, le PDG d'Amazon,
qui veut rester en tête de la course à l'intelligence artificielle face à Microsoft et Google.</p>
<p>Le groupe de Seattle construit ses propres puces, les Trainium2, pour réduire sa dépendance à Nvidia. Les analystes
saluent une stratégie cohérente, même si les marges du cloud restent sous pression cette année.</p>
<p>L'action a gagné 40 % sur l'année écoulée, portée par la croissance d'Amazon Web Services.</p></article>
<footer>© 2025 Exemple Médias — Mentions légales</footer></body></html>"""


@pytest.fixture()
def cli(nlp):
    from extractor.cli import app

    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(app, list(args), **kw)


def _offsets_hold(record, text):
    mentions = [m for e in record["entities"] for m in e["mentions"]]
    mentions += record["amounts"] + record["percentages"] + record["dates"]
    return all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_mixed_folder(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Date: 2025-02-07\n\n" + SENTENCE, encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: Amazon\npublished: 2025-02-06\nurl: https://ex.fr/a\n---\n"
                                   + SENTENCE + "\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "feed-1", "text": SENTENCE, "published": "2025-02-05"}) + "\n"
        + "{not json\n" + json.dumps({"id": "feed-3", "text": "Hier, Meta a levé 2 millions d'euros."}) + "\n",
        encoding="utf-8")
    (tmp_path / "e.txt").write_bytes(("Le CA a progressé de 3 % à Besançon, selon Société Générale. " + SENTENCE)
                                     .encode("cp1252"))
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(tmp_path), "-o", str(out), "--published", "2025-01-01")
    assert result.exit_code == 1  # the broken feed line
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_source = {r["source"]: r for r in records}
    assert list(by_source) == [str(tmp_path / n) for n in ("a.txt", "b.md", "c.html")] + [
        "feed-1", f"{tmp_path / 'd.jsonl'}:2", "feed-3", str(tmp_path / "e.txt")]
    a, b, c = (by_source[str(tmp_path / n)] for n in ("a.txt", "b.md", "c.html"))
    assert (a["published"], a["encoding"]) == ("2025-02-07", "utf-8")
    assert (b["published"], b["title"], b["url"]) == ("2025-02-06", "Amazon", "https://ex.fr/a")
    assert c["published"] == "2025-02-07" and c["text"] and "Accueil" not in c["text"]
    assert _offsets_hold(c, c["text"]) and c["amounts"][0]["value"] == 26300000000
    assert by_source["feed-1"]["published"] == "2025-02-05"
    assert by_source[f"{tmp_path / 'd.jsonl'}:2"]["error"]["code"] == "E_INPUT"
    assert by_source["feed-3"]["published"] == "2025-01-01"  # the --published default
    assert by_source["feed-3"]["dates"][0]["value"] == "2024-12-31"
    e = by_source[str(tmp_path / "e.txt")]
    assert e["encoding"] not in ("utf-8", None)
    e_text = (tmp_path / "e.txt").read_bytes().decode("cp1252")
    assert _offsets_hold(e, e_text) and e_text.startswith("Le CA a progressé")
    for name in ("a.txt", "b.md"):
        text = (tmp_path / name).read_text("utf-8")
        assert _offsets_hold(by_source[str(tmp_path / name)], text)


BAD_INPUTS = [
    ("empty.txt", b"", "E_EMPTY"),
    ("blank.txt", b"  \n\t \n", "E_EMPTY"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "E_DECODE"),
    ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "E_DECODE"),
    ("data.txt", b"\x1f\x8b\x08\x00" + bytes(50), "E_DECODE"),
    ("nul.txt", b"Amazon\x00\x00\x00 investit", "E_DECODE"),
]


@pytest.mark.parametrize("name,data,code", BAD_INPUTS)
def test_bad_file_gives_an_error_record_and_the_batch_goes_on(cli, tmp_path, name, data, code):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z_good.txt").write_text(SENTENCE, encoding="utf-8")
    result = cli("extract", str(tmp_path), "-q")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert [r.get("error", {}).get("code") for r in lines] == [code, None]
    assert name in result.stderr


GOOD_ENCODINGS = [
    ("bom.txt", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8")),
    ("utf16.txt", SENTENCE.encode("utf-16")),
    ("crlf.txt", SENTENCE.replace(", ", ",\r\n").encode("utf-8")),
    ("cr.txt", SENTENCE.replace(", ", ",\r").encode("utf-8")),
]


@pytest.mark.parametrize("name,data", GOOD_ENCODINGS)
def test_encodings_and_line_ends_keep_offsets(cli, tmp_path, name, data):
    from extractor.inputs import decode

    (tmp_path / name).write_bytes(data)
    result = cli("extract", str(tmp_path / name), "-q")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    text, _ = decode(data)
    assert result.exit_code == 0 and record["amounts"][0]["value"] == 26300000000
    assert _offsets_hold(record, text)


def test_symlink_loop_is_not_followed(cli, tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "loop")
    result = cli("extract", str(tmp_path), "-q")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_csv_and_json_formats(cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(SENTENCE, encoding="utf-8")
    rows = list(csv.reader(io.StringIO(cli("extract", str(article), "--format", "csv", "-q").stdout)))
    assert rows[0][:4] == ["source", "kind", "type", "id"]
    assert ["amount", "MONEY"] in [r[1:3] for r in rows] and ["entity", "COMPANY"] in [r[1:3] for r in rows]
    records = json.loads(cli("extract", str(article), str(article), "--format", "json", "-q").stdout)
    assert len(records) == 2 and records[0] == records[1]


def test_long_text_is_split_and_merged_with_exact_offsets(nlp):
    from extractor import api

    paragraph = ("Amazon a annoncé investir 26,3 milliards de dollars en 2025. Andy Jassy, le PDG d'Amazon, "
                 "a salué une hausse de 40 %.\n\n")
    text = paragraph * 40
    whole = api.extract(text)
    old = api.CHUNK_CHARS
    api.CHUNK_CHARS = 1000
    try:
        split = api.extract(text)
    finally:
        api.CHUNK_CHARS = old
    assert split.model_dump() == whole.model_dump()
    assert len(split.amounts) == 40 and len({e.id for e in split.entities}) == len(split.entities)


def test_split_text_cuts_at_paragraphs():
    from extractor.api import split_text

    text = "a" * 50 + "\n\n" + "b" * 50 + "\n\n" + "c" * 10
    parts = split_text(text, limit=60)
    assert "".join(p for _, p in parts) == text
    assert [offset for offset, _ in parts] == [0, 52, 104]


@pytest.mark.parametrize("sizes,batch_size,expected", [
    ([100] * 5, 32, [5]),  # short texts: one batch
    ([100] * 5, 2, [2, 2, 1]),  # at most batch_size texts
    ([12_000, 12_000, 3_000, 3_000], 32, [2, 2]),  # a batch closes once it holds BATCH_CHARS characters
    ([60_000, 10], 32, [1, 1]),  # a long text is a batch of its own
    ([], 32, []),
])
def test_batches_are_bounded_by_texts_and_by_characters(sizes, batch_size, expected):
    from extractor.api import BATCH_CHARS, batches

    assert BATCH_CHARS == 20_000
    pairs = [("x" * size, i) for i, size in enumerate(sizes)]
    found = list(batches(iter(pairs), batch_size=batch_size))
    assert [len(batch) for batch in found] == expected
    assert [pair for batch in found for pair in batch] == pairs  # nothing lost, order kept


def _cli(args, **kw):
    # Ctrl-C reaches the run even when the tests themselves run in the background, where a shell starts
    # them with SIGINT ignored and Python then installs no handler
    return subprocess.Popen([sys.executable, "-m", "extractor", "extract", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)


def test_interrupted_run_leaves_whole_lines_and_resume_completes_it(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = (FIXTURES / "articles" / "016_capex_ia.txt").read_text("utf-8")
    paths = [folder / f"{i:03d}.txt" for i in range(8)]
    for path in paths:
        path.write_text(body, encoding="utf-8")
    inputs = [str(path) for path in paths]
    reference = tmp_path / "reference.jsonl"
    assert _cli([*inputs, "-o", str(reference), "-q", "--batch-size", "1"]).wait() == 0
    # the fifth input becomes a pipe nobody writes to: the run waits there, its first four records written,
    # however fast or slow the machine
    paths[4].unlink()
    os.mkfifo(paths[4])
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    process = _cli([*inputs, "-o", str(out), "-q", "--batch-size", "1"])
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not partial.exists() or partial.read_text("utf-8").count("\n") < 4):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    try:
        assert process.wait(timeout=60) == 130
    finally:
        process.kill()  # never left waiting on the pipe
    assert not out.exists()
    data = partial.read_text("utf-8")
    assert data.endswith("\n") and all(json.loads(line) for line in data.splitlines())
    assert len(data.splitlines()) == 4
    paths[4].unlink()
    paths[4].write_text(body, encoding="utf-8")
    assert _cli([*inputs, "-o", str(out), "-q", "--batch-size", "1", "--resume"]).wait() == 0
    assert out.read_bytes() == reference.read_bytes()
    assert not partial.exists()


def test_two_workers_give_the_same_records_in_the_same_order(nlp):
    from extractor import extract_many

    paths = sorted((FIXTURES / "articles").glob("*.txt"))[:6]
    one = [r.model_dump_json() for r in extract_many(paths)]
    two = [r.model_dump_json() for r in extract_many(paths, n_process=2, batch_size=2)]
    assert one == two


def test_file_that_vanishes_or_is_unreadable_gives_an_error_record(nlp, tmp_path):
    from extractor import extract_many

    gone = tmp_path / "gone.txt"
    locked = tmp_path / "locked.txt"
    locked.write_text(SENTENCE, encoding="utf-8")
    locked.chmod(0)
    try:
        readable = os.access(locked, os.R_OK)  # root reads anything: then only the vanished file fails
        records = list(extract_many([gone, locked, tmp_path / "missing-dir" / "x.txt"]))
    finally:
        locked.chmod(0o644)
    codes = [getattr(getattr(r, "error", None), "code", None) for r in records]
    assert codes == ["E_READ", None if readable else "E_READ", "E_READ"]


PATHOLOGICAL = [
    "1 " * 500_000,  # 1 MB of digits and spaces
    "€" * 1_000_000,
    "$1 " * 300_000,
    "le 1er " * 150_000,
    ("26,3 milliards de dollars " * 40_000),
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=["ones", "euros", "dollars", "le-1er", "amounts"])
def test_pathological_megabyte_inputs_complete(text):
    """Bounded time is shown by completion: a super-linear grammar would not finish a megabyte."""
    from extractor.normalize.amounts import find_amount_spans, parse_amount
    from extractor.normalize.dates import find_date_spans
    from extractor.normalize.percentages import find_percentages

    spans = find_amount_spans(text)
    assert all(parse_amount(text[s.start : s.end]) is not None for s in spans[:1000])
    find_percentages(text)
    find_date_spans(text)


def test_non_french_nfd_and_zero_width_text_keeps_exact_offsets(nlp):
    import unicodedata

    from extractor import extract

    english = "Amazon plans to invest 26.3 billion dollars in 2025, said Andy Jassy, the chief executive of the company."
    assert extract(english).language == "en"
    nfd = unicodedata.normalize("NFD", "Société Générale a levé 3 millions d’euros en février 2025.")
    zero_width = "Ama\u200bzon inves\u200btit 26,3 mil\u200dliards de dollars.\ufeff"
    for text in (nfd, zero_width):
        record = extract(text)
        assert _offsets_hold(record.model_dump(mode="json"), text)


def test_ten_thousand_entities_in_one_article(nlp):
    from extractor import extract

    text = " ".join(f"Amazon, Google, Meta, Apple et Microsoft investissent {i} millions d'euros."
                    for i in range(2000))  # 10 000 entity mentions, over 100 000 characters: cut in parts
    record = extract(text)
    assert sum(len(e.mentions) for e in record.entities) == 10_000 and len(record.entities) == 5
    assert [a.value for a in record.amounts] == [i * 10**6 for i in range(2000)]


def test_records_validate_against_the_json_schema(nlp):
    from extractor import extract
    from extractor.models import ArticleRecord

    record = extract((FIXTURES / "articles" / "016_capex_ia.txt").read_text("utf-8"))
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record


@pytest.mark.parametrize("shape", ["paragraphs", "one-line"])
def test_huge_files_are_read_and_cut_into_bounded_parts(tmp_path, shape):
    """A 50 MB file and a single 5 MB line are read and cut into parts spaCy can take; extracting them in
    full takes minutes, so the test stops at the cut (the merge is tested above on a smaller text)."""
    from extractor.api import CHUNK_CHARS, split_text
    from extractor.inputs import read_article

    path = tmp_path / "huge.txt"
    unit = SENTENCE + ("\n\n" if shape == "paragraphs" else " ")
    size = 50_000_000 if shape == "paragraphs" else 5_000_000
    path.write_text(unit * (size // len(unit)), encoding="utf-8")
    text = read_article(path).text
    parts = split_text(text)
    assert all(len(part) <= CHUNK_CHARS for _, part in parts)
    assert "".join(part for _, part in parts) == text
    assert all(part.endswith(("\n\n", ". ", " ")) for _, part in parts[:-1])


def test_mixed_encodings_in_one_file_still_give_a_record(cli, tmp_path):
    from extractor.inputs import decode

    data = "Société Générale lève 3 millions d’euros. ".encode("utf-8") + "Crédit à 5 %.".encode("cp1252")
    (tmp_path / "mixed.txt").write_bytes(data)
    result = cli("extract", str(tmp_path / "mixed.txt"), "-q")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    text, encoding = decode(data)
    assert result.exit_code == 0 and record["encoding"] == encoding
    assert _offsets_hold(record, text)


def test_a_second_run_on_the_same_output_stops_at_once(cli, tmp_path):
    import fcntl

    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text('{"source": "a.txt"}\n', encoding="utf-8")
    with partial.open("a") as held:  # a run in progress holds the lock
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = cli("extract", str(FIXTURES / "articles" / "001_veltis_serie_b.txt"), "-o", str(out), "--resume")
    assert result.exit_code == 2
    assert "another run is writing to" in result.stderr and "Traceback" not in result.output
    assert partial.read_text("utf-8") == '{"source": "a.txt"}\n' and not out.exists()


def test_records_are_yielded_before_a_long_text_is_done(nlp):
    from extractor import api

    short = "Amazon investit 26,3 milliards de dollars."
    long = ("Nvidia gagne 3 % à Wall Street. " * 40 + "\n\n") * 120  # about 150 000 characters, 3 parts or more
    done = []
    records = api.extract_many([short, long], on_progress=done.append)
    first = next(records)
    assert first.amounts[0].text == "26,3 milliards de dollars"
    assert sum(done) < len(short) + len(long)  # the long text is not finished when the short record comes
    second = next(records)
    assert sum(done) == len(short) + len(long) and len(second.percentages) == 40 * 120

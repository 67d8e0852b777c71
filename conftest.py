"""Executed documentation: the Python examples of README.md and docs/*.md run as tests (sybil).

A ```python block runs as a doctest (`>>>` lines and the output they print) or as plain code. A ```json block
shows a record: it must equal `record.model_dump(mode="json")`, where `record` is what the Python examples
before it in the same file computed, so an example record can never drift from what the code emits.
"""
from __future__ import annotations

import json

from sybil import Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser


def check_json_record(example) -> str | None:
    record = example.namespace.get("record")
    if record is None:
        return "a json block needs a `record` computed by a python block before it"
    shown, produced = json.loads(example.parsed), record.model_dump(mode="json")
    if shown != produced:
        return ("the json block differs from the record the code produces:\n"
                + json.dumps(produced, ensure_ascii=False, indent=1))
    return None


pytest_collect_file = Sybil(
    parsers=[PythonCodeBlockParser(), CodeBlockParser("json", check_json_record), SkipParser()],
    patterns=["README.md", "docs/*.md"],
    excludes=["*/*/*.md", "*/*/*/*.md", "*/*/*/*/*.md"],  # README.md of the top folder only, docs/ not below
).pytest()

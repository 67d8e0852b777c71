"""How whole-article records are written as snapshots: JSON where each value that fits on one line stays on
one line (a mention, an amount, a relation's arguments), so that a snapshot diff reads as a list of changes."""
from __future__ import annotations

import json

WIDTH = 140


def compact_json(value, level: int = 0) -> str:
    """`value` as JSON: a container that fits in WIDTH columns is written on one line, a longer one is split.

    >>> print(compact_json({"a": [1, 2], "b": {"c": "x" * 150}}))
    {
     "a": [1, 2],
     "b": {
      "c": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
     }
    }
    """
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or not value or level + len(flat) <= WIDTH:
        return flat
    pad = " " * (level + 1)
    if isinstance(value, dict):
        items = [f"{pad}{json.dumps(key, ensure_ascii=False)}: {compact_json(item, level + 1)}"
                 for key, item in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * level + "}"
    items = [pad + compact_json(item, level + 1) for item in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * level + "]"

"""Pydantic records: the output contract of technews-extractor.

Every `{text, start, end}` in a record satisfies `original_text[start:end] == text`.
The models are frozen and refuse unknown fields; `ArticleRecord.model_json_schema()` is the
JSON Schema that `extractor schema` prints.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION = "1.3"

EntityType = Literal["COMPANY", "PERSON", "PRODUCT", "ORGANIZATION", "LOCATION"]
Qualifier = Literal["exact", "approx", "at_least", "at_most", "range"]
Period = Literal["hour", "day", "week", "month", "quarter", "half", "year"]


def _decimal_to_json(value: Decimal) -> int | float:
    """JSON numbers, not strings: integral values stay integers (26300000000, not 2.63e10)."""
    return int(value) if value == value.to_integral_value() else float(value)


JsonDecimal = Annotated[Decimal, PlainSerializer(_decimal_to_json, return_type=int | float, when_used="json")]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Mention(_Record):
    text: str = Field(description="The mention exactly as written: original_text[start:end].")
    start: int = Field(ge=0, description="Character offset of the first character in the original text.")
    end: int = Field(ge=0, description="Character offset just past the last character (Python slice end).")


class Role(_Record):
    title: str = Field(description="The title as written in the article, e.g. 'PDG'.")
    title_normalized: str = Field(
        description="One of CEO, CFO, CTO, COO, founder, cofounder, chair, president, vice-president, "
        "managing director, director, minister, head, spokesperson, other."
    )
    organization: str | None = Field(default=None, description="`id` of the entity the title belongs to.")
    former: bool = Field(default=False, description="True for a past role: 'l'ancien PDG', 'l'ex-directrice'.")


class Entity(_Record):
    id: str = Field(description="Canonical id, shared by every mention of this real-world entity.")
    type: EntityType = Field(description="COMPANY, PERSON, PRODUCT, ORGANIZATION (non-company body) or LOCATION.")
    name: str = Field(description="The name as the article writes it: the gazetteer's canonical name when a form "
                      "of the article holds it, else the fullest form seen ('Total' in 2019, 'Facebook' before "
                      "Meta). `id` is the key that stays the same across articles.")
    aliases: list[str] = Field(default_factory=list, description="Every other surface form seen in the article.")
    mentions: list[Mention] = Field(default_factory=list, description="Every mention, in text order.")
    kind: str | None = Field(default=None, description="Products: chip, ai_model, software, device, service, …")
    maker: str | None = Field(default=None, description="Products: `id` of the maker entity when known.")
    parent: str | None = Field(default=None, description="Companies: `id` of the parent company when known.")
    wikidata: str | None = Field(default=None, description="Wikidata QID, only when verified.")
    roles: list[Role] = Field(default_factory=list, description="People: titles the article gives them. A post "
                              "it only implies (the one a successor takes over: 'Elle succède à X') is an "
                              "EMPLOYMENT relation with `former`, not a role.")
    known: bool = Field(default=False, description="True when the entity comes from the bundled gazetteer.")
    source_only: bool = Field(
        default=False,
        description="True when every mention only cites the entity as where the news comes from ('selon Le "
        "Figaro', '(AFP)', a photo credit): a source of the article, never an argument of its relations.",
    )


class Reference(_Record):
    id: str = Field(description="Gazetteer id of a known entity the article does not name.")
    type: EntityType
    name: str = Field(description="Its canonical name, to show in place of the id.")


class Amount(Mention):
    value: JsonDecimal | None = Field(description="Amount in units of the currency (low bound of a range).")
    currency: str | None = Field(description="ISO 4217 code, or null when the currency cannot be told.")
    currency_inferred: bool = Field(
        default=False, description="True when the currency was carried forward from an earlier amount."
    )
    qualifier: Qualifier = Field(default="exact", description="exact, approx, at_least, at_most or range.")
    value_max: JsonDecimal | None = Field(default=None, description="High bound of a range.")
    period: Period | None = Field(default=None, description="Recurrence: 'par an' -> year, 'chaque trimestre' -> quarter.")
    duration: str | None = Field(default=None, description="ISO 8601 duration the amount is spread over ('sur cinq ans' -> P5Y).")


class Percentage(Mention):
    value: JsonDecimal | None = Field(description="The number, sign kept: '-4 %' -> -4 (low bound of a range).")
    unit: Literal["percent", "points"] = Field(default="percent", description="percent, or percentage points.")
    value_max: JsonDecimal | None = Field(default=None, description="High bound of a range: 'de 3 à 4 %' -> 4.")


class DateMention(Mention):
    value: str | None = Field(
        description="ISO 8601: 2025, 2025-02, 2025-02-03, 2025-02-03T15:30:00, 2025-W06, 2025-Q1, 2025-H2, decades "
        "as 200X (EDTF); the first bound of an interval; null when it depends on an unknown publication date."
    )
    value_max: str | None = Field(
        default=None,
        description="Last bound of an interval, in the same form: 'du 3 au 5 mars 2025' -> value 2025-03-03, "
        "value_max 2025-03-05; 'entre 2024 et 2026' -> 2024, 2026.",
    )
    precision: Literal[
        "second", "minute", "hour", "day", "week", "month", "quarter", "half", "season", "year", "decade"
    ] | None = Field(description="Granularity of `value` (a season gives its year: 'cet été' -> 2025, season).")
    relative: bool = Field(default=False, description="True when resolved against the publication date.")


class Span(_Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Relation(_Record):
    type: str = Field(description="INVESTMENT, FUNDING_ROUND, ACQUISITION, PARTNERSHIP, PRODUCT_LAUNCH, MAKER, "
                      "EMPLOYMENT, STOCK_MOVE, REVENUE, QUOTE, VALUATION, FINE, STAKE (roles of each: "
                      "docs/relations.md).")
    arguments: dict[str, str | list[str]] = Field(
        description="role -> an entity id, or 'amounts/N', 'percentages/N', 'dates/N' (index into this "
        "record's lists); a list for roles with several members (partners, investors)."
    )
    attributes: dict[str, str] = Field(
        default_factory=dict,
        description="Literal facts: direction (up/down), round (série B), metric (revenue, net_income, loss), "
        "period, title, former, status (of a deal: announced, offer, completed, rejected, planned), text (of a "
        "quote).",
    )
    sentence: Span = Field(description="Offsets of the evidence sentence.")
    trigger: Mention | None = Field(default=None, description="The word that signals the relation.")
    rule: str = Field(description="Name of the rule that produced the relation.")
    confidence: float = Field(ge=0, le=1)


class ArticleRecord(_Record):
    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this record format.")
    source: str | None = Field(default=None, description="File path, URL or id the article came from.")
    published: dt.date | None = Field(default=None, description="Publication date, when known.")
    language: str = Field(default="fr", description="ISO 639-1 code of the article language.")
    title: str | None = Field(default=None, description="Title, when the input carries one (front matter, HTML, feed).")
    url: str | None = Field(default=None, description="URL, when the input carries one.")
    encoding: str | None = Field(default=None, description="Encoding the file was decoded from (utf-8, cp1252…).")
    text: str | None = Field(
        default=None,
        description="The text every offset refers to, when it is not the input as given (the main text of an "
        "HTML page), or on request.",
    )
    entities: list[Entity] = Field(default_factory=list)
    references: list[Reference] = Field(
        default_factory=list,
        description="One id space: every id the record uses (an entity's `maker` or `parent`, a role's "
        "`organization`, an entity in a relation's arguments) is the `id` of one of `entities` or of one of "
        "these, the known entities the article refers to without naming them (DeepSeek's maker, DeepSeek AI).",
    )
    amounts: list[Amount] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="What limited this record, for a person: e.g. a text with more mentions than the ceiling "
        "of 100 000, whose record covers only the text before the mention past it.",
    )


class ErrorDetail(_Record):
    code: str = Field(description="Stable error code, e.g. E_READ, E_DECODE, E_EMPTY.")
    message: str = Field(description="What went wrong, for a person.")


class ErrorRecord(_Record):
    source: str | None = Field(description="The input that failed.")
    error: ErrorDetail

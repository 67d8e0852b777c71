"""Record models of technews-extractor (pydantic v2)."""
from extractor.models.records import (
    SCHEMA_VERSION,
    Amount,
    ArticleRecord,
    DateMention,
    Entity,
    ErrorDetail,
    ErrorRecord,
    Mention,
    Percentage,
    Reference,
    Relation,
    Role,
    Span,
)

__all__ = [
    "SCHEMA_VERSION", "Amount", "ArticleRecord", "DateMention", "Entity", "ErrorDetail", "ErrorRecord",
    "Mention", "Percentage", "Reference", "Relation", "Role", "Span",
]

"""Typed, coded errors. Library code raises these; the CLI turns them into messages and exit codes."""
from __future__ import annotations


class ExtractorError(Exception):
    """Base class: every error of this package has a stable `code`."""

    code = "E_EXTRACTOR"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputReadError(ExtractorError):
    """The input could not be read (missing, permission denied, a directory...)."""

    code = "E_READ"


class InputDecodeError(ExtractorError):
    """The bytes are not text in any encoding we accept."""

    code = "E_DECODE"


class InputError(ExtractorError):
    """An input item is malformed (a feed line that is not JSON, an item without text)."""

    code = "E_INPUT"


class EmptyInputError(ExtractorError):
    """The input holds no text."""

    code = "E_EMPTY"


class ModelNotFoundError(ExtractorError):
    """The spaCy model is not installed."""

    code = "E_MODEL"


class ResourceError(ExtractorError):
    """A bundled data file is invalid (unknown key, duplicate id, dangling reference)."""

    code = "E_RESOURCE"


class OutputExistsError(ExtractorError):
    """The output file exists and --force was not given."""

    code = "E_OUTPUT_EXISTS"


class OutputLockedError(ExtractorError):
    """Another run is writing to the same output file."""

    code = "E_OUTPUT_LOCKED"

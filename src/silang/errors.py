"""The errors silang raises. The CLI turns any SilangError into a clear message and exit code."""

from __future__ import annotations


class SilangError(Exception):
    """Base of every error silang raises on purpose."""


class InputError(SilangError):
    """An input cannot be read or understood (binary, empty, too large, malformed)."""


class UnsupportedLanguage(SilangError):
    """Text is in a language no language pack covers."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        self.language = language
        self.supported = supported
        super().__init__(
            f"language {language!r} is not supported (supported: {', '.join(supported)})"
        )


class FetchError(InputError):
    """A URL could not be fetched (timeout, HTTP error, wrong content type, too large)."""


class StoreError(SilangError):
    """The store cannot be opened, migrated or written."""

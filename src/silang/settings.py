"""Explicit limits and choices for a run, with defaults that suit news articles."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    #: Files larger than this are rejected unread (a news page is rarely over 2 MB; WARCs and
    #: feeds are containers and get their own, larger cap).
    max_file_bytes: int = 20 * MIB
    max_container_bytes: int = 2048 * MIB
    #: An article body longer than this (in characters, after extraction) is rejected: it is a
    #: dump, a book or a mis-extracted page, not a news article.
    max_article_chars: int = 200_000
    #: Bodies shorter than this after cleaning carry no story (a caption, an error page).
    min_article_chars: int = 40
    #: ``fetch_timeout_s`` bounds each connect and read; ``fetch_deadline_s`` bounds the whole
    #: fetch, redirects included, so a server that dribbles a byte per second cannot hold a run.
    fetch_timeout_s: float = 20.0
    fetch_deadline_s: float = 60.0
    fetch_max_bytes: int = 10 * MIB
    fetch_max_redirects: int = 5
    user_agent: str = "silang/0.1 (+https://github.com/silang-news/silang)"
    #: Languages the language identifier chooses among. Articles in a language without a pack
    #: (e.g. Malay) are rejected with UnsupportedLanguage rather than analysed with wrong rules.
    detect_languages: tuple[str, ...] = ("id", "en", "ms", "tl", "nl")
    workers: int = 1

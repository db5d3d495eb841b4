"""Corpus-level stages: what needs every article at once (derivation links, and later stories).

They run after the per-document stages and only when the set of stored articles changed since
their last run, so a second ``analyze`` of the same input does no new work here either.
"""

from __future__ import annotations

import hashlib

from silang.lang import SUPPORTED, load_pack
from silang.link import find_links
from silang.model import Annotated, Link
from silang.store import Store

#: Bumped when the link stage's output changes, so stored links are recomputed.
LINK_VERSION = 1


def corpus_fingerprint(items: list[Annotated]) -> str:
    """A hash of which articles, with which annotations version, the corpus holds."""
    digest = hashlib.sha256()
    for article_id in sorted(item.article.id for item in items):
        digest.update(article_id.encode() + b"\n")
    return digest.hexdigest()


def update_links(store: Store, *, seed: int = 1) -> tuple[Link, ...] | None:
    """Recompute the derivation links if the corpus changed; None when nothing was done."""
    items = store.annotated()
    fingerprint = corpus_fingerprint(items)
    if store.state("link", LINK_VERSION) == fingerprint:
        return None
    lexicons = {code: load_pack(code).derivations for code in SUPPORTED}
    links = find_links(items, lexicons, seed=seed)
    with store.transaction():
        store.replace_links_in_transaction(links)
        store.put_state("link", LINK_VERSION, fingerprint)
    return links

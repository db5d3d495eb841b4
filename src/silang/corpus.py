"""Corpus-level stages: what needs every article at once (derivation links, stories).

They run after the per-document stages and only when the set of stored articles changed since
their last run, so a second ``analyze`` of the same input does no new work here either.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

from silang.cluster import ClusterState, assign, empty_state, refresh_records
from silang.cluster.records import placed_ids
from silang.cluster.state import STATE_VERSION
from silang.cluster.vectorize import FeatureCache
from silang.lang import LanguagePack
from silang.link import find_links
from silang.model import Annotated, Link, Story
from silang.store import Store, codec

#: Bumped when the link stage's output changes, so stored links are recomputed.
#: Bumped whenever silang.link changes which links it finds, so that a store made by an
#: earlier silang links its articles again (its corpus fingerprint alone would not change).
#: 2: publication windows for direction, in_blocks order, the translation order rule.
LINK_VERSION = 2


def corpus_fingerprint(items: Sequence[Annotated], annotate_version: int = 0) -> str:
    """A hash of which articles the corpus holds, and of the annotation version they carry
    (annotated again, the same articles can link differently)."""
    digest = hashlib.sha256(f"annotations {annotate_version}\n".encode())
    for article_id in sorted(item.article.id for item in items):
        digest.update(article_id.encode() + b"\n")
    return digest.hexdigest()


def update_links(
    store: Store,
    items: Sequence[Annotated],
    packs: Mapping[str, LanguagePack],
    *,
    seed: int = 1,
    annotate_version: int = 0,
    workers: int = 1,
) -> tuple[Link, ...] | None:
    """Recompute the derivation links of ``items`` (every stored article) if the corpus or
    its annotation version changed; None when nothing was done."""
    fingerprint = corpus_fingerprint(items, annotate_version)
    if store.state("link", LINK_VERSION) == fingerprint:
        return None
    lexicons = {code: pack.derivations for code, pack in packs.items()}
    links = find_links(items, lexicons, seed=seed, workers=workers)
    with store.transaction():
        store.replace_links_in_transaction(links)
        store.put_state("link", LINK_VERSION, fingerprint)
    return links


def update_stories(
    store: Store, items: Sequence[Annotated], packs: Mapping[str, LanguagePack]
) -> tuple[Story, ...]:
    """Place the articles of ``items`` (every stored article) that no story holds yet into the
    kept clustering state, and store the stories. Articles already placed stay where they are:
    adding articles never recomputes the world (a batch over the same articles gives the same
    stories whatever their order); only the stories this run changed get new records (their
    cut and sub-events), the others keep theirs, and only the changed records are written.
    The stories come back as :meth:`Store.stories` gives them, by id."""
    saved = store.state("cluster", STATE_VERSION)
    state = codec.loads(ClusterState, saved) if saved is not None else empty_state()
    placed = placed_ids(state)
    new_items = [item for item in items if item.article.id not in placed]
    previous = store.stories()
    if not new_items and saved is not None:
        return tuple(previous)
    lexicons = {code: pack.stories for code, pack in packs.items()}
    links = store.links()
    # What placing reads of the new articles, the records of their stories read again.
    features = FeatureCache()
    state, changed = assign(state, new_items, links, lexicons, features=features)
    records = refresh_records(state, changed, previous, items, links, lexicons, features=features)
    save_stories(store, state, previous, records)
    return tuple(sorted(records, key=lambda story: story.id))


def save_stories(
    store: Store, state: ClusterState, previous: Sequence[Story], records: Sequence[Story]
) -> None:
    """Store the clustering state and the story ``records`` in one transaction, where the
    store held the ``previous`` records: only the records that are new or differ are written,
    and those no longer made are deleted (rewriting every record of a store of 1M articles
    took 15 s of CPU to add 1,000)."""
    kept = {story.id: story for story in previous}
    put = [story for story in records if kept.get(story.id) != story]
    drop = kept.keys() - {story.id for story in records}
    with store.transaction():
        store.put_state("cluster", STATE_VERSION, codec.dumps(state))
        store.update_stories_in_transaction(put, drop)

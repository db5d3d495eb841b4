"""Corpus-level stages: what needs every article at once (derivation links, stories).

They run after the per-document stages and only when the set of stored articles changed since
their last run, so a second ``analyze`` of the same input does no new work here either.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace

from silang.cluster import ClusterState, StoryState, assign, empty_state, refresh_records
from silang.cluster import links as must_links
from silang.cluster.records import holders, members_of, placed_ids, remade_records
from silang.cluster.state import DEFAULT_PARAMS, STATE_VERSION, Archive
from silang.cluster.vectorize import FeatureCache
from silang.lang import LanguagePack
from silang.lang.stories import StoriesLexicon
from silang.link import find_links
from silang.model import Annotated, Link, Story
from silang.store import Store, codec

#: The clustering state of silang before the store kept its archived stories in rows: its
#: JSON holds them, and a run continues from it once, moving them (StoriesRun).
LEGACY_STATE_VERSION = 1

#: Bumped whenever silang.link changes which links it finds, so that a store made by an
#: earlier silang links its articles again (its corpus fingerprint alone would not change).
#: 2: publication windows for direction, in_blocks order, the translation order rule.
#: 3: outlets matched by the names they are known by (link/outlets.py), the year vote.
#: 4: rewrites of stories told in quotes (classify.narrative_verbatim), the cut's tail.
#: 5: the newsroom's-own-report direction vote.
#: 6: a day named with its weekday read as a two-day window for direction; the own-report
#: vote reads run-in domain names and spun copies' kept sentences.
#: 7: a passage of three narrative sentences kept as written is a rewrite
#: (classify.copied_passage).
#: 8: speech reported without quote marks is no narrative of such a passage.
#: 9: the wording a rewrite keeps is counted outside quotes and reproduced text
#: (classify.kept_wording); an article derived from two unlinked originals joins only the one
#: it carries most of (origins._without_merges).
#: 10: "berbunyi:" hands over to a reproduced text (lang/id/link_reproduction_cues.txt).
#: 11: a page pasted together from two unlinked pages names both as its sources
#: (link/compiled.py), so that it does not join them.
#: 12: two sources that both carry part of the page as written are versions of one wire
#: story, not a compilation (compiled.SHARED_PASTED).
#: 13-14: a short version of a wire story (at most 5 sentences) is a rewrite on two aligned
#: narrative sentences where it keeps the other's quotes as sent.
#: 15: 'below is a statement by ...:' hands over to a reproduced text; a sentence-by-sentence
#: paraphrase is a rewrite (classify.paraphrased).
#: 16: a paraphrase's sentences must align with their names and numbers left out; 'here is
#: a ...' hands over only to a statement, message, text ... 'by' or 'from' someone.
#: 17: a rewrite's aligned sentences may break their order once (classify.kept_order); 'here
#: is an excerpt / the transcript' hands over to a reproduced text.
#: 18: a date code closing a URL's slug ('-160225n.html') dates its page
#: (direction.url_window); 'here is the transcript' hands over only where no word stands
#: right before 'here'.
#: 19: a slug's day code yields to a blog's month path, and years past 2039 are none.
#: 20: a spin vote yields to a recorded date that puts the spun side surely earlier
#: (direction._spun_first).
#: 21: only more than a day apart and not against the site's article numbers; a URL's run of
#: 10 digits is an article number, no day.
#: 22: a text holding most of the other's 5-grams is a copy only where its narrative matches
#: too; a statement one side quotes and the other prints is shared, not narrative.
#: 23: a continued statement runs only while its pairs align closely; copied_text asks the
#: narrative share only where one side quotes what the other prints.
#: 24: session 22's statement rules taken back (classify.py as before them).
#: 25: a closing formula ("Begitu bunyi pesan itu") marks the text before it as reproduced; a
#: later day named with its weekday keeps an inferred publication day's window open.
#: 26: a day told as still to come after it ("Kamis (5/11/2015) mendatang", "..., KPU akan")
#: keeps the week; "Begitulah bunyinya" closes too.
#: 27: a spin needs aligned raw similarity or a share of swaps; a paraphrase covering 0.55
#: of the shorter text is a rewrite (classify.paraphrase_cover, was 0.7).
#: 28: a day whose weekday contradicts it dates no report; an opening sentence's event day
#: gives way to a later day given with its weekday, unless that day is told as to come.
#: 29: a rewrite carrying its own reporting joined no origins (Link.own).
#: 30: 29 taken back (held-out copy groups fell); links as at 28.
LINK_VERSION = 30


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
    kept clustering state, and store the stories (add_stories). The stories come back as
    :meth:`Store.stories` gives them, by id: every record is read for that, which a caller
    that does not need them avoids by calling add_stories."""
    add_stories(store, items, packs)
    return tuple(store.stories())


def add_stories(
    store: Store,
    items: Sequence[Annotated],
    packs: Mapping[str, LanguagePack],
    *,
    features: FeatureCache | None = None,
    new: Collection[str] | None = None,
) -> StoriesRun | None:
    """Place the articles of ``items`` (every stored article) that no story holds yet into the
    kept clustering state, and store what changed; None when no article was new. Articles
    already placed stay where they are: adding articles never recomputes the world (a batch
    over the same articles gives the same stories whatever their order); only the stories
    this run changed get new records (their cut and sub-events), the others keep theirs, and
    only the changed records are read, made and written. ``features`` keeps what placing
    reads of the new articles for their stories' records (one cache per run by default).
    ``new``, where the caller knows it, holds the ids of every article of ``items`` that may
    be unplaced (Store.unfinished_articles: those of the runs that have not finished), and
    only those are looked up; by default every article of ``items`` is (at 1M stored
    articles that lookup alone took 2.0 s of CPU, bench/cluster.py)."""
    run = StoriesRun.start(store, items, store.links(), features or FeatureCache(), new)
    if run is None:
        return None
    lexicons = {code: pack.stories for code, pack in packs.items()}
    run.place(lexicons)
    run.read_replaced()
    run.remake(items, lexicons)
    run.save()
    return run


@dataclass
class StoriesRun:
    """One run of the story stage, step by step (bench/cluster.py times each step).

    The store keeps the clustering state's open stories as JSON and its archived stories in
    rows of their own; a run reads the archived stories must-linked to its new articles and
    the records of the stories it changes, not the rest; a changed story grows from its
    records where it is not due to be grouped again in full (records.py: what that
    guarantees against a batch). A store whose records may not follow its state
    (no state yet, or a version-1 state, whose JSON held the archive) takes a full run once:
    every record is read and checked (records.refresh_records) and the archive moved to rows.
    """

    store: Store
    #: The state as stored, holding the archived stories this run may reopen (all of them on
    #: a full run).
    before: ClusterState
    new_items: Sequence[Annotated]
    links: Sequence[Link]
    features: FeatureCache
    #: Whether this is a full run (see the class).
    full: bool
    #: Stories to remake whatever comes: those whose stored record has no sub-events.
    bare: frozenset[str] = frozenset()
    after: ClusterState | None = None
    changed: tuple[Story, ...] = ()
    #: The stored records this run may replace (every record on a full run).
    previous: Sequence[Story] = ()
    #: The records made (every record on a full run, else those of the changed stories).
    records: tuple[Story, ...] = ()

    @classmethod
    def start(
        cls,
        store: Store,
        items: Sequence[Annotated],
        links: Sequence[Link],
        features: FeatureCache,
        new: Collection[str] | None = None,
    ) -> StoriesRun | None:
        """Read what a run starts from; None when every article of ``items`` is placed.
        ``new``: the articles that may be unplaced, where the caller knows (add_stories); a
        full run checks every article against the state whatever it says."""
        saved = store.state("cluster", STATE_VERSION)
        if saved is None:
            return cls._full_start(store, items, links, features)
        state = codec.loads(ClusterState, saved)
        new_items = _unplaced(store, state, items, new)
        if not new_items:
            return None
        bare_records = store.stories_without_sub_events()
        firsts = {record.article_ids[0] for record in bare_records if record.article_ids}
        archived = store.archived_holding(firsts | _linked_to(links, new_items))
        state = replace(
            state, archive=Archive.of([codec.loads(StoryState, row) for row in archived])
        )
        return cls(
            store,
            state,
            new_items,
            links,
            features,
            full=False,
            bare=frozenset(holders(state, firsts)),
        )

    @classmethod
    def _full_start(
        cls,
        store: Store,
        items: Sequence[Annotated],
        links: Sequence[Link],
        features: FeatureCache,
    ) -> StoriesRun:
        legacy = store.state("cluster", LEGACY_STATE_VERSION)
        state = empty_state()
        if legacy is not None:
            state = replace(codec.loads(ClusterState, legacy), version=STATE_VERSION)
        placed = placed_ids(state)
        new_items = [item for item in items if item.article.id not in placed]
        return cls(store, state, new_items, links, features, full=True, previous=store.stories())

    def place(self, lexicons: Mapping[str, StoriesLexicon]) -> None:
        """Place the new articles (assign)."""
        self.after, self.changed = assign(
            self.before, self.new_items, self.links, lexicons, features=self.features
        )

    def read_replaced(self) -> None:
        """Read the stored records the stories placing changed may replace: those holding
        their articles (a full run has read them all)."""
        if not self.full:
            stale = members_of(self._placed(), self._stale())
            self.previous = self.store.stories_holding(stale)

    def remake(self, items: Sequence[Annotated], lexicons: Mapping[str, StoriesLexicon]) -> None:
        """Make the records of the stories placing changed (``items``: every stored article)."""
        state = self._placed()
        if self.full:
            self.records = refresh_records(
                state,
                self.changed,
                self.previous,
                items,
                self.links,
                lexicons,
                features=self.features,
            )
        else:
            self.records = remade_records(
                state,
                self._stale(),
                items,
                self.links,
                lexicons,
                features=self.features,
                previous=self.previous,
            )

    def save(self) -> None:
        """Store the state, its archived stories and the records in one transaction."""
        with self.store.transaction():
            save_state(self.store, self._placed(), None if self.full else self.before.archive)
            save_stories(self.store, self.previous, self.records)

    def _stale(self) -> set[str]:
        return {story.id for story in self.changed} | self.bare

    def _placed(self) -> ClusterState:
        assert self.after is not None, "place() comes first"
        return self.after


def _linked_to(links: Sequence[Link], new_items: Sequence[Annotated]) -> set[str]:
    """The articles must-linked (directly or through others) to an article of ``new_items``:
    the archived stories holding them are those placing may reopen. A must-link between two
    articles of earlier runs is not followed into the archive (reading every archived story
    any must-link ever named grew with all the links ever found): it still merges their
    stories where both are open."""
    linked = must_links.groups(links, DEFAULT_PARAMS.must_link, DEFAULT_PARAMS.min_link_score)
    roots = {linked[item.article.id] for item in new_items if item.article.id in linked}
    return {article_id for article_id, root in linked.items() if root in roots}


def save_state(store: Store, state: ClusterState, before: Archive | None) -> None:
    """Store the clustering state inside a transaction the caller holds: its open stories as
    JSON, its archived stories in rows, where the rows held those of ``before`` (written
    again only where they differ, dropped where no longer archived); all rows replaced when
    ``before`` is None."""
    if before is None:
        store.clear_archived_in_transaction()
    kept = {story.id: story for story in before.stories()} if before is not None else {}
    archived = state.archive.stories()
    store.drop_archived_in_transaction(kept.keys() - {story.id for story in archived})
    store.put_archived_in_transaction(
        (story.id, story.article_ids, codec.dumps(story))
        for story in archived
        if kept.get(story.id) != story
    )
    store.put_state("cluster", STATE_VERSION, codec.dumps(replace(state, archive=Archive())))


def _unplaced(
    store: Store,
    state: ClusterState,
    items: Sequence[Annotated],
    new: Collection[str] | None = None,
) -> list[Annotated]:
    """The articles of ``items`` that no story holds: neither an open story of ``state`` nor
    a stored record (every placed article is in one). Where ``new`` is given, the others are
    placed, and only those of ``new`` are looked up."""
    open_members = {article_id for story in state.stories for article_id in story.article_ids}
    if new is not None:
        # Every stored article is looked up in ``new``: as a set, whatever collection the
        # caller passed (a tuple of a chunk's 1,000 ids made this scan grow with the store,
        # 0.22 s at 20k stored articles).
        wanted = set(new)
        items = [item for item in items if item.article.id in wanted]
    others = [item for item in items if item.article.id not in open_members]
    placed = store.in_stories(item.article.id for item in others)
    return [item for item in others if item.article.id not in placed]


def save_stories(store: Store, previous: Sequence[Story], records: Sequence[Story]) -> None:
    """Store the story ``records`` where the store held the ``previous`` ones, inside a
    transaction the caller holds: only the records that are new or differ are written, and
    those of ``previous`` no longer made are deleted (rewriting every record of a store of 1M
    articles took 15 s of CPU to add 1,000)."""
    kept = {story.id: story for story in previous}
    put = [story for story in records if kept.get(story.id) != story]
    drop = kept.keys() - {story.id for story in records}
    store.update_stories_in_transaction(put, drop)
